"""Possible emergencies: signs of vascular occlusion, vision change, anaphylaxis, spreading
infection with fever, chest pain or fainting. Written for recall: a needless page costs far
less than a missed occlusion."""

from handoff.triage.rules.base import Rule, rules_for

rule = rules_for("urgent")

_COLOUR = (
    r"(?:wh?ite|wh?itish|blanch\w*|gr[ae]y\w*|dusky|(?<!black and )blue?\b|bluish|purple\w*|mottled|"
    r"lacy|darker(?! than)|"
    r"darkening|(?:turn\w*|gone|going|went|getting|got) (?:\w+ ){0,2}(?:dark|black|grey|gray|"
    r"blue|purple)|(?:all |many |different |weird |funny |strange )+colou?rs\b(?! of)|"
    r"pale (?:and|n|&) cold|cold (?:and|n|&) pale|cold to the touch|ice cold|icy|like ice)"
)
_AREA = (
    r"(?:skin|lips?|nose|tip|cheeks?|chin|area|spot|patch|patches|forehead|face|it|"
    r"injection site|jaw\w*|temple|under ?eye)"
)
# Where filler went: a colour change or a breakdown of the skin named alongside it is a sign of
# occlusion, whatever the area is called ("smile lines", "the corner of my mouth").
_FILLER_SITE = (
    r"(?:fil+e?rs?|juvederm|restylane|rha|voluma|volbella|kysse|radiesse|sculptra|injected|"
    r"injections? (?:site|spot|area|point)s?|tear troughs?|lips? done|non[- ]?surgical nose job|"
    r"liquid (?:rhinoplasty|nose job))"
)
# Colours of a skin starved of blood. Not when the colour names something else ("white tea",
# "grey hair", "black friday", "blue light") or a skin type ("darker skin", "darker than").
_COLOUR_SIGN = (
    r"(?:wh?ite|wh?ite?-?ish|pale|paler|blanch\w*|gr[ae]y\w*|ashen|dusky|(?<!black and )blue?\b|"
    r"bluish|purpl\w*|violet|mottl\w*|lacy|net[- ]?like|web[- ]?like|marbled|waxy|darker|"
    r"darkening|black|discolou?r\w*|dark (?:patch\w*|blotch\w*|streak\w*|spot(?!s))|"
    r"(?:turn\w*|going|gone|went|getting|got|looks?|is|are) (?:really |very |kinda |so |a |all )?dark\b|"
    r"(?:weird|odd|funny|strange|different|bad) colou?rs?\b(?! of)|(?:chang|turn)\w* colou?rs?|"
    r"spider ?webs?|cobwebs?|net pattern|fishnet|like a (?:net|web|lace)|corned beef)"
    r"(?! ?(?:hair|heads?|tea|light|friday|ink|tattoos?|circles|veins|eyes|shampoo|stretch|"
    r"skinned|skin ?(?:tones?|types?)|than|complexion|tones?|and gold))"
)
# The patient's skin type, not a change in it: "I have pale skin", "filler for darker skin".
_SKIN_TYPE = (
    r"\b(?:i have|i'?ve got|with|someone with|people with|for|on) (?:very |really |naturally )?"
    r"(?:pale|white|darker|dark|fair|olive|black|brown) skin\b"
)
# A colour patch someone wants gone is a cosmetic concern, not a sign.
_WANTS_GONE = (
    r"\b(?:get rid of|remove|removal|fade|lighten|even out|naturally|always been)\b|"
    r"\bdo you (?:treat|do anything for|have anything for)\b|"
    r"\b(?:work|works|good|help|helps) (?:on|for|with) (?:white|gr[ae]y|purple|blue|dark)\b"
)
_PAIN_BAD = (
    r"severe|extreme|excruciating|unbearable|intense|horrible|terrible|awful|worst|insane|"
    r"crazy|really bad|so bad|10/10|killing me|worsening|getting worse|worse and worse|"
    r"more and more|increasing|sharp"
)
_PAIN_AFTER = rf"(?:{_PAIN_BAD}|so much|a lot|badly|like hell|like crazy|this (?:bad|much))"
# "does it hurt a lot?" asks about a treatment in general.
_PAIN_QUESTION = (
    r"\b(?:does|do|will|would|is|are|did) (?!my\b)(?:\w+ ){1,3}"
    r"(?:hurt|painful|going to hurt|gonna hurt)\b"
)
_INFECTION = (
    r"(?:red\w*|swollen|swelling|hot|warm|pus|infect\w*|spreading|oozing|draining|abscess|"
    r"erythema\w*|indurat\w*|cellulitis|crust\w*)"
)
# "Fever blisters" are cold sores: a contraindication, not a fever.
_FEVER = (
    r"(?:fever(?! blisters?)|feverish|fevers|chills|shiver\w*|sweats|flu[- ]?like|"
    r"temp(?:erature)? (?:of|is|was|at)|running (?:a )?(?:temp|10\d)|"
    r"(?:have|got|had|with) (?:a )?(?:temp|temperature)\b|10[0-4](?:\.\d)? ?(?:f|degrees|°)|"
    r"(?:have|got|getting|coming down with) (?:the |a )?flu\b|flu symptoms|"
    r"(?:i'?m|im|i am|been|feel|feeling|she'?s|he'?s) burning up|"
    # "I took my temp this morning and it was 102".
    r"(?:temp(?:erature)?|thermometer)\b(?:\W+\w+){0,6}?\W+10[0-5](?:\.\d)?|"
    # "T max 38.6, rigors", "I'm 102 tonight", "febrile"
    r"rigors|febrile|t ?max|the shakes|10[0-4]\.\d\b|(?:temp\w*|t) (?:of |is |was |at )?3[89](?:\.\d)?|3[89]\.\d ?(?:c|degrees|°)|"
    r"(?:i'?m|im|i am|she'?s|he'?s|running|hit|was|at) 10[0-5](?:\.\d)?\b)"
)
# Habitual fainting around needles is something to plan for, not an emergency.
_HABITUAL_FAINT = (
    r"\b(?:around|with|of|see|seeing) needles\b|\bblood (?:draws?|drawn|work|tests?)\b|"
    r"\bsight of (?:blood|needles)\b|\b(?:usually|always|tend to|normally|often|prone to|"
    r"history of|easily)\b"
)
# Eye words that name an area or a treatment, not the eye itself.
# Feeling better again: "felt a little lightheaded during my drip but totally fine now".
_RECOVERED = r"\b(?:(?:totally |completely |all )?fine|ok|okay|better|good) now\b"
# The colours of a patch starved of blood, said plainly: a narrower list than _COLOUR_SIGN for
# the rules that need no filler named beside it.
_PALE_OR_DUSKY = (
    r"(?:white|whitish|pale|blanch\w*|gr[ae]y\w*|ashen|dusky|blue|bluish|purpl\w*|violet|mottl\w*|"
    r"lacy|net[- ]?like|web[- ]?like|marbled|like a (?:net|web|lace))"
)
_EYE = r"eyes?\b(?! ?(?:area|bags?|lids?|brows?|lash\w*|circles|hollows?|filler|cream|makeup))"
_SIGHT_WRONG = (
    r"(?:blurr?\w*|fuzzy|cloudy|foggy|hazy|dim|dark|black|shadows?|double|spots?|curtain|"
    r"flash\w*|grey|gray|weird|swimmy|wavy|wobbly|(?:can'?t|cannot|can only|could only) see|lost|gone)"
)

URGENT: list[Rule] = [
    rule(
        "skin_colour",
        rf"\b{_AREA}\b(?:\W+\w+){{0,5}}?\W+(?:is |are |looks? |turn\w* |went |getting |gone |"
        rf"going )?(?:very |really |kinda |kind of |a bit |all |so )?{_COLOUR}\b",
        negatable=True,
        # "my skin looks dull and grey this winter" describes a complexion.
        unless=rf"\b(?:dull|sallow|lackluster|lifeless|complexion)\b|{_WANTS_GONE}",
    ),
    rule(
        "colour_patch",
        r"\b(?:white|whitish|blanched|gr[ae]y|dusky|blue|bluish|mottled|lacy|purple)"
        r"\W+(?:\w+\W+)?"
        r"(?:patch\w*|spots?|areas?|skin|blotch\w*|streaks?|lines?|web)\b",
        needs=("treated",),
        negatable=True,
        unless=_WANTS_GONE,
    ),
    # Any colour change named in the same sentence as the filler, whatever the area is called.
    rule(
        "colour_near_filler",
        rf"\b{_FILLER_SITE}\b.*\b{_COLOUR_SIGN}|\b{_COLOUR_SIGN}.*\b{_FILLER_SITE}\b",
        negatable=True,
        unless=rf"{_WANTS_GONE}|{_SKIN_TYPE}",
    ),
    # Skin breaking down days after filler (scabs, blisters, pimple-like pustules) is a late
    # sign of occlusion. Not a cold sore, and not a question asked before the treatment.
    rule(
        "skin_breakdown",
        rf"\b{_FILLER_SITE}\b.*\b(?:scab\w*|(?<!fever )blister\w*|crust\w*|pustules?|"
        r"white ?heads|(?:white|yellow|tiny|little|small) (?:bumps|pimples|dots|blisters|spots)|"
        r"like (?:little |tiny )?pimples|pimple[- ]?(?:like|looking)|(?<!cold )(?<!fever )sores?|"
        r"ulcer\w*|(?:skin|it) (?:is )?(?:breaking down|falling off|dying))\b|"
        r"\b(?:scab\w*|(?<!fever )blister\w*|crust\w*|pustules?|white ?heads|"
        r"(?:white|yellow|tiny|little|small) (?:bumps|pimples|dots|blisters)|"
        r"like (?:little |tiny )?pimples|pimple[- ]?(?:like|looking)|(?<!cold )(?<!fever )sores?|"
        r"ulcer\w*)\b.*"
        rf"\b{_FILLER_SITE}\b",
        negatable=True,
        unless=r"\bif (?:i|you) (?:have|get|had|'?ve|'?m)\b|"
        r"\b(?:prone to|history of|tend to get)\b|\bbefore (?:my|the|getting|i get|i have)\b",
    ),
    rule(
        "pale_or_cold",
        r"\b(?:lips?|nose|tip|chin|cheeks?|area|spot|patch|injection site|it)\b(?:\W+\w+){0,3}?"
        r"\W+(?:is |are |looks? |feels? |turn\w* |went |getting )?(?:very |really |kinda |a bit |"
        r"so )?(?:pale|cold|cool|numb and white)\b",
        needs=("treated",),
        negatable=True,
        unless=r"\b(?:weather|rain\w*|snow\w*|outside|winter|freezing out)\b",
    ),
    rule(
        "occlusion_words",
        r"\b(?:blanch\w*|dusky|mottl\w*|livedo|necros\w*|occlusion|occluded|scabbing over|"
        r"skin (?:is )?dying)\b",
        # The patient's own guess: "I think she hit a vessel".
        r"\b(?:hit|nicked|in|into) a (?:blood )?vessel\b|\bintravascular\b|"
        r"\bvascular (?:occlusion|compromise|event)\b",
        # Skin that stays white when pressed: slow capillary refill.
        r"\b(?:doesn'?t|does not|won'?t|isn'?t|not) (?:go|going|turn\w*|com\w*) back (?:to )?"
        r"(?:pink|red|normal)\b|\bstays? (?:white|pale)\b",
        negatable=True,
    ),
    rule(
        "severe_pain",
        rf"\b(?:{_PAIN_BAD})\W+(?:\w+\W+){{0,2}}?(?:pain|hurt\w*|throb\w*|ach\w*|burn\w*)\b",
        # "she's in so much pain she's crying"
        r"\bin so much pain\b|\bcrying (?:from|in|with|because of) (?:the )?pain\b|"
        r"\bpain (?:that )?(?:she'?s|he'?s|i'?m|im) crying\b",
        rf"\b(?:pain|hurts?|hurting|throbbing|ache|aching)\b(?:\W+\w+){{0,5}}?\W+{_PAIN_AFTER}",
        r"\breally (?:hurts|painful|sore)\b",
        r"\b(?:pain|hurts?|hurting|throbbing|sore)\b(?:\W+\w+){0,8}?\W+(?:[7-9]|10)"
        r"(?: ?/ ?10| out of 10)\b|\b(?:[7-9]|10)(?: ?/ ?10| out of 10) pain\b",
        negatable=True,
        unless=_PAIN_QUESTION,
    ),
    rule(
        "vision",
        r"\b(?:blurr?y|blurred|blurring|double|fuzzy|dim|cloudy|lost|losing|loss of|no|"
        r"changes? in|trouble with|problems? with|weird|spots in|dark spots in)\W+(?:my |\w+ )?"
        r"(?:vision|sight|eyesight)\b",
        r"\b(?:vision|eyesight|sight)\b(?:\W+\w+){0,7}?\W+(?:blurr?y|blurred|double|fuzzy|dim|"
        r"gone|changed|changing|weird|off|dark|black|spotty|going|loss|lost|fading|cloudy|"
        r"foggy|hazy)\b",
        # "a dark spot in my vision", "like a curtain over my eye"
        rf"\b(?:spots?|shadows?|curtain|veil|blind spot|floaters?|flash\w*|hole|blur|black|dark|"
        rf"gr[ae]y)\b(?:\W+\w+){{0,2}}?\W+(?:in|over|across|covering) (?:my |the |one |half |"
        rf"part of |half of )?(?:my )?(?:left |right )?(?:vision|sight|{_EYE})",
        # "things look cloudy out of my right eye"
        rf"\b(?:out of|in|from|with) (?:my |one |the |her |his )?(?:left |right |good |bad )?"
        rf"{_EYE}.*\b{_SIGHT_WRONG}\b|\b{_SIGHT_WRONG}\b.*\b(?:out of|in|from|with) "
        rf"(?:my |one |the |her |his )?(?:left |right |good |bad )?{_EYE}",
        r"\b(?:can'?t|cannot|couldn'?t|unable to|hard to|trouble|struggling to|can barely|"
        r"can hardly|could barely) (?:really |rly |realy |even |quite |totally |fully )?see "
        r"(?:out|outta|from|"
        r"well|clearly|properly|anything(?! (?:different|change|yet))|straight|right)\b",
        r"\b(?:seeing|see) (?:like |kinda |some |these |little )?(?:\w+ )?(?:double|spots|stars|flashes|"
        r"sparkl\w*|glitter\w*|shimmer\w*|flicker\w*|zig ?zags?|floaters)\b"
        # "seeing dark spots on my face after IPL" is the skin, not the eyes.
        r"(?! (?:on|in|all over|across) (?:my |the |her |his )?(?:skin|face|cheeks?|arms?|legs?|body|"
        r"chest|back|neck|forehead|nose|chin|hands?))|"
        r"\b(?:seeing|see) (?:double|spots|stars|flashes|weird|funny|strange|wrong|blurr?y)\b|\bgo(?:ing|ne)? blind\b|\bblindness\b",
        r"\b(?:see|seeing) two of (?:everything|every\w*)\b|\blooking through (?:frosted glass|"
        r"a fog|fog|a haze|haze|wax|a film|water|smoke|a veil|a curtain)\b|"
        r"\b(?:vision|sight)\b(?:\W+\w+){0,3}?\W+missing\b",
        r"(?<!under )(?<!under-)\beyes?\b(?:\W+\w+){0,3}?\W+(?:blurr?y|blurred|fuzzy|dim|dark|"
        r"black|double|cloudy)\b",
        r"\b(?:everything|things|it)(?:'s| is| looks| went| got| seems) (?:all |so |really )?"
        r"(?:blurr?y|fuzzy|doubled?)\b|\bdiplopia\b|"
        r"\b(?:everything|things|stuff)(?:'s| is| looks?| went| got| seems?| are) (?:gone |going |got |"
        r"gotten )?(?:all |so |really |kinda |kind of )?(?:dim|dark|cloudy|hazy|foggy)\b|"
        r"\blos(?:e|ing|t) (?:a bit of |some |part of |my |her |his )?(?:sight|vision)\b|"
        r"\beyes?'?s? (?:is |has |have )?(?:gone|going|went|gotten|got) (?:all |kinda |a bit |really )?"
        r"(?:swimmy|wavy|blurr?y|fuzzy|dim|dark|cloudy|funny|weird)\b",
        negatable=True,
    ),
    rule("blurry", r"\bblurr?y\b|\bblurred\b|\bblurriness\b", needs=("treated",), negatable=True),
    rule(
        "breathing",
        r"\b(?:can'?t|cannot|cant|hard to|trouble|difficulty|struggling to|unable to|hard time) "
        r"(?:really |rly |even |quite )?(?:breath|breathe|breathing|swallow\w*|catch (?:my|her|his|"
        r"their) breath)\b",
        r"\bshort(?:ness)? of breath\b|\bwheez\w*|\bgasping\b|\bchok(?:e|es|ing|ed)\b",
        r"\b(?:can'?t|cannot|not) get(?:ting)? (?:enough )?air\b|\bstruggling for air\b|"
        r"\bbreathing (?:is |feels )?(?:so |really |kinda |a little )?(?:hard|difficult|labou?red|shallow|"
        r"weird|tight)\b|\bstridor\b",
        negatable=True,
    ),
    rule(
        "anaphylaxis",
        r"\b(?:throat|tongue|airway)(?:'?s)?\b(?:\W+\w+){0,3}?\W+(?:closing|tight\w*|swell\w*|"
        r"swollen|thick\w*|itchy|scratchy|tingl\w*|closed|huge|fat|too big|enormous)\b",
        r"\banaphyla\w*|\bepi-?pen\b|\bangioedema\w*|\b(?:my|her|his) (?:own )?epi\b",
        r"\ballergic reaction\b.*\b(?:breath|throat|tongue|hives|swell)",
        r"\b(?:hives|urticaria)\b.*\b(?:lips?|face|tongue|eyes?|mouth|throat|swell\w*|swollen)\b",
        r"\b(?:lips?|face|tongue|eyes?|mouth) (?:\w+ )?(?:swell\w*|swollen)\b.*\bhives\b",
        r"\b(?:face|lips?|eyes?|eyelids?|tongue)\b(?:\W+\w+){0,3}?\W+(?:swell\w*|swollen|puff\w*|blew|"
        r"blow\w*|balloon\w*) (?:up )?(?:so |really |very |super )?(?:fast|quick\w*|rapidly|a lot|"
        r"badly|shut|like crazy)\b",
        # Hives or itching over the whole body, or with dizziness, is a systemic reaction.
        r"\b(?:hives|welts|itch\w*|rash)\b(?:\W+\w+){0,4}?\W+(?:all over|everywhere|whole body|"
        r"head to toe)\b|\b(?:covered in|all over in) (?:hives|welts)\b|"
        r"\b(?:all over|whole body|everywhere)\b(?:\W+\w+){0,4}?\W+(?:hives|welts|itch\w*)\b",
        r"\b(?:dizz\w*|light ?-?headed|woozy)\b.*\b(?:swell\w*|swollen|hives|itch\w*|welts)\b|"
        r"\b(?:swell\w*|swollen|hives|itch\w*|welts)\b.*\b(?:dizz\w*|light ?-?headed|woozy)\b",
        # Lips or tongue swelling after a drip or a shot: the swelling is not where it went in.
        r"\b(?:lips?|tongue|throat|mouth)\b(?:\W+\w+){0,4}?\W+(?:swell\w*|swollen|puff\w*)\b.*"
        r"\b(?:after|since|during|from)\b (?:\w+ ){0,2}?(?:iv|drips?|infusion|b12|nad\+?|myers|"
        r"vitamin|immunity|hydration|semaglutide|tirzepatide|ozempic|wegovy|mounjaro|zepbound|"
        r"glp-?1|shot)\b",
        r"\b(?:i'?m|im|i am|think i'?m|having|currently having) (?:having )?an? allergic "
        r"reaction\b",
        r"\bhoarse\b|\braspy\b|\bvoice (?:sounds|is|went|got) (?:\w+ )?(?:hoarse|weird|funny|"
        r"different|strange|tight)\b",
        r"\bitch\w*\b.*\b(?:swell\w*|swollen|bigger|puffy|hives|welts)\b|"
        r"\b(?:swell\w*|swollen|hives|welts)\b.*\bitch\w*",
        negatable=True,
        # A reaction long past: "I broke out in hives from lidocaine at the dentist once".
        unless=r"\b(?:once|in the past|years ago|as a kid|history of|last time i)\b",
    ),
    rule(
        "spreading_infection",
        r"\b(?:red\w*|rash|swelling|infection)\b(?:\W+\w+){0,2}?\W+spread\w*",
        r"\bspreading (?:red\w*|rash|infection)\b|\bred streaks?\b|\babscess\b",
        r"\bred (?:lines?|streaks?|trails?|tracks?) (?:\w+ ){0,2}?(?:going|running|moving|"
        r"spreading|up|travel\w*|creeping|toward)\b",
        r"\b(?:patch|spot|area|discolou?ration|bruise|mark|blotch)\w*\b(?:\W+\w+){0,2}?\W+"
        r"(?:spreading|getting bigger|growing)\b",
        rf"\b{_FEVER}\b.*\b{_INFECTION}\b|\b{_INFECTION}\b.*\b{_FEVER}\b",
        negatable=True,
    ),
    # A colour sign on a treated area after a treatment the patient had (this text or earlier):
    # "lil blisters + purple on chin" after "chin filler 3 days ago".
    rule(
        "colour_after_treatment",
        rf"\b(?:{_PALE_OR_DUSKY}|cold (?:and|n|&) pale|pale (?:and|n|&) cold)\b"
        r"(?! (?:bumps?|heads?|dots?|pimples?|spots?|flakes?|light|led))",
        needs=("had_treatment",),
        negatable=True,
        # Pigment darkening and peeling after light and laser treatments are expected.
        unless=rf"{_WANTS_GONE}|{_SKIN_TYPE}|\b(?:ipl|bbl|laser|peel|photofacial|tattoo|bruis\w*)\b",
    ),
    # "he had the Myers one today and he's been real woozy": dizzy after a treatment had.
    rule(
        "woozy_after_treatment",
        r"\b(?:dizz\w*|light ?-?headed|woozy|wobbly|shaky)\b",
        needs=("had_treatment",),
        negatable=True,
        unless=f"{_HABITUAL_FAINT}|{_RECOVERED}",
    ),
    # "white blotch on lip and it STINGS": a pale patch on the lips or nose that hurts.
    rule(
        "pale_patch_pain",
        rf"\b{_PALE_OR_DUSKY}\b(?:\W+\w+){{0,3}}?\W+"
        r"(?:on|around|by|near|above|under|over) (?:my |the |her |his )?(?:lips?|nose|chin|cheeks?)\b"
        r".*\b(?:sting\w*|hurts?|hurting|pain\w*|throb\w*|burn\w*|sore)\b",
        negatable=True,
    ),
    # "something's off with my lip since friday. color's weird. kinda splotchy. kinda hurts."
    rule(
        "odd_colour_pain",
        r"\b(?:lips?|nose|chin)\b.{0,80}?\b(?:colou?r(?:'s|s| is| looks?| went| has gone| turned)? "
        r"(?:weird|off|odd|funny|strange|wrong|different)|splotch\w*|blotch\w*)\b.{0,60}?\b(?:hurt\w*|"
        r"pain\w*|sting\w*|throb\w*|sore)\b",
        negatable=True,
        # Blotches after a peel or a laser are expected; pain denied is no sign.
        unless=rf"{_WANTS_GONE}|\bno (?:pain|hurt\w*)\b|\b(?:doesn'?t|does not|don'?t) hurt\b|"
        r"\b(?:ipl|bbl|laser|peel|photofacial|tattoo)\b",
    ),
    rule(
        "chest",
        r"\bchest\b(?:\W+\w+){0,3}?\W+(?:pain\w*|hurt\w*|tight\w*|pressure|heavy|squeez\w*|crush\w*)\b",
        # "pain going down my left arm"
        r"\bpain (?:going |shooting |running |spreading )?down (?:my |her |his )?(?:left )?arm\b|"
        r"\bleft arm (?:pain|hurts|is numb|went numb|tingl\w*)\b",
        r"\b(?:pain|pressure|tightness|weight|heaviness|elephant|squeez\w*|crushing|burning)\b"
        r"(?:\W+\w+){0,3}?\W+(?:in|on|across) (?:my |the |her |his )?chest\b|"
        r"\bsubsternal\b|\bretrosternal\b|\bsomeone (?:is )?sitting on (?:me|my chest)\b",
        negatable=True,
        # "is laser on the chest painful?" asks about the chest as a treatment area.
        unless=r"\b(?:laser|hair removal|wax\w*|peel|facial)\b.*\bon (?:the |my )?chest\b|"
        r"\bchest (?:laser|hair|wax\w*|facial|peel|acne)\b|\bchest area\b.*\b(?:laser|hair removal|"
        r"wax\w*)\b",
    ),
    rule(
        "heart",
        r"\b(?:heart|pulse)\b(?:\W+\w+){0,2}?\W+(?:rac\w*|pound\w*|flutter\w*|skip\w*|"
        r"jump\w*|beating (?:so |really |super |very )?(?:fast|hard|weird|funny)|going crazy|"
        r"won'?t slow down|through the roof|going like the clappers|going like mad)\b|\bpalpitations?\b|"
        r"\bbeat\w* out of (?:my )?chest\b|"
        r"\b(?:tachy\w*|heart rate|hr|pulse)\b(?:\W+\w+){0,3}?\W+1[3-9]\d\b",
        r"\b(?:heart rate|pulse) (?:is |was |went |of )?(?:up |over |at )?(?:so |really )?"
        r"(?:high|through the roof|1[2-9]\d|[2-9]\d\d)\b",
        negatable=True,
        # Nerves before a visit: "my heart is racing just thinking about needles".
        unless=r"\bthinking about\b|\bexcited\b|\bnervous (?:about|for)\b|"
        r"\bbefore my (?:appointment|appt|first)\b",
    ),
    rule(
        "fainting",
        r"\b(?:feel(?:ing|s)? (?:like i'?(?:m|ll) (?:going to |gonna )?)?faint|fainted|fainting|"
        r"pass(?:ed|ing)? out|blacked out|black(?:ing)? out|lost consciousness|unconscious|"
        r"collaps\w*|unresponsive|syncop\w*|(?:nearly|almost) (?:went down|passed out|fainted|fell over|"
        r"keeled over)|(?:went|go(?:es|ing)?) down (?:in|on|at) the (?:parking lot|lot|floor|lobby|"
        r"hall\w*|bathroom|restroom|car|street|sidewalk|kitchen))\b",
        negatable=True,
        unless=_HABITUAL_FAINT,
    ),
    rule(
        "severe_dizzy",
        r"\b(?:very|really|so|extremely|super) (?:dizzy|lightheaded|light-headed|weak)\b",
        r"\bcan'?t (?:stand|stay) up\b",
        needs=("treated",),
        negatable=True,
        unless=_HABITUAL_FAINT,
    ),
    # Dizziness after an injection or a drip can be the start of anaphylaxis or a faint.
    rule(
        "dizzy_after_treatment",
        r"\b(?:dizz\w*|light ?-?headed|woozy|vertigo|room (?:is )?spinning)\b.*"
        r"\b(?:after|since|during|from|post)\b|\b(?:after|since|during|post)\b.*"
        r"\b(?:dizz\w*|light ?-?headed|woozy|vertigo|room (?:is )?spinning)\b",
        needs=("treated",),
        negatable=True,
        unless=f"{_HABITUAL_FAINT}|{_RECOVERED}",
    ),
    rule(
        "abdomen",
        r"\b(?:severe|extreme|unbearable|terrible|horrible|sharp|intense|really bad|bad)\W+"
        r"(?:\w+\W+)?(?:stomach|abdominal|belly|abdomen|gut)\b",
        r"\b(?:threw up|thrown up|throwing up|vomit\w*|puk\w*) (?:like )?(?:\d+|several|many|"
        r"multiple|a bunch of|so many|all) (?:times|day|night)\b",
        r"\bcan'?t (?:stop (?:vomiting|throwing up)|keep (?:anything|food|water|liquids|fluids) "
        r"down)\b|\bvomiting blood\b",
        negatable=True,
    ),
    rule(
        "stroke",
        r"\bslurr\w* (?:speech|words)\b|\b(?:numb\w*|weak\w*|droop\w*) on one side\b",
        r"\b(?:had|having|have) a seizure\b|\bseizing\b|\bstroke\b",
        negatable=True,
    ),
    rule(
        "emergency",
        r"\b(?:emergency|911|ambulance|emergency room|urgent care)\b",
        r"\b(?:go|went|going|gone|been|be|to|call) (?:to )?(?:the )?(?:er|hospital)\b",
        negatable=True,
        # The city's emergency, not the patient's: "snow emergency declared, are you open?"
        unless=r"\b(?:snow|weather|winter|storm|ice|heat|flood|power) emergenc|"
        r"\bstate of emergency\b|\bemergency (?:declared|route|parking|alert)\b",
    ),
    rule(
        "emergency_place",
        r"\b(?:in|at) (?:the )?(?:er|hospital)\b",
        negatable=True,
        # Where the patient works, not where they ended up: "I work nights at the hospital".
        unless=r"\b(?:work|works|working|worked|shifts?|job|nurse|doctor|staff|employed|"
        r"schedule)\b(?:\W+\w+){0,6}?\W+(?:at|in) (?:the |a )?(?:er|hospital)\b",
    ),
    rule(
        "spanish",
        r"\bno puedo (?:respirar|ver|tragar)\b|\bme falta el aire\b|\bvision (?:borrosa|doble)\b",
        r"\b(?:veo|viendo|ve) (?:borroso|doble|manchas)\b|\bgarganta\b.*\b(?:cerr|hinch|inflam)\w*",
        r"\bpiel\b.*\b(?:blanca|morada|gris|azul|oscura)\b|\bdesmay\w*|\bdolor de pecho\b",
        r"\bdolor (?:muy )?(?:fuerte|intenso|severo|insoportable)\b|\bemergencia\b|"
        r"\b(?:me|le|les|nos) duele (?:muchisimo|demasiado|horrible|un monton)\b",
        # Signs of occlusion named on the treated area, not only on "piel".
        r"\b(?:labios?|nariz|mejillas?|frente|menton|cara|zona|punta|relleno)\b(?:\W+\w+){0,7}?\W+"
        r"(?:esta|estan|se ve|se ven|se puso|se pusieron|se esta poniendo|se volvio) "
        r"(?:\w+ )?(?:blanc|morad|gris|azul|oscur|negr|manchad|palid)\w*",
        r"\bse (?:me )?(?:puso|esta poniendo|volvio) (?:\w+ )?(?:blanc|morad|gris|azul|oscur)\w*",
        # Spanish puts the colour after the noun: "el labio blanco", "la piel morada y fria";
        # "labios mas oscuros" is a wish.
        r"\b(?:labios?|nariz|mejillas?|menton|cara|zona|punta|piel|parte) (?:(?!mas\b|menos\b)\w+ )?"
        r"(?:blanc|morad|gris|azul|oscur|negr|manchad|palid|fri[ao])\w*",
        # Vision.
        r"\bno veo (?:bien|nada|de un ojo)\b|\bperdi (?:la vista|la vision)\b|"
        r"\b(?:vista|vision) (?:esta |se ve |se puso |se me puso )?(?:borrosa|doble|nublada)\b",
        # Anaphylaxis.
        r"\bronchas\b.*\b(?:labios?|cara|lengua|garganta|hinch\w*)\b|"
        r"\b(?:lengua|garganta) (?:\w+ )?(?:hinchad|cerrad|apretad)\w*|"
        r"\b(?:cerr|cierr|hinch|apret|apriet)\w* (?:\w+ ){0,2}(?:la )?(?:garganta|lengua)\b|"
        r"\bronchas (?:\w+ ){0,3}(?:todo|todas partes|cuerpo)\b|\b(?:me cuesta|dificultad para) "
        r"respirar\b|\bme ahogo\b",
        # Spreading infection with fever.
        r"\bfiebre\b.*\b(?:roj|calient|pus|hinch|extiend|infecc)\w*|"
        r"\b(?:roj|calient|pus|hinch|extiend|infecc)\w*\b.*\bfiebre\b",
        # Chest pain or fainting after an IV or an injection.
        r"\b(?:me duele|dolor en) el pecho\b|\b(?:presion|opresion) en el pecho\b|"
        r"\bpecho (?:\w+ )?(?:apretado|cerrado|pesado)\b|\bapret\w* (?:en )?el pecho\b",
        r"\bcorazon\b(?:\W+\w+){0,3}?\W+(?:rapid\w*|acelerad\w*|fuerte|palpit\w*)|"
        r"\bpalpitaciones\b|\btaquicardia\b|\bmare(?:ad|and)\w*\b.*\b(?:despues|inyecc\w*|suero)\b|"
        r"\b(?:despues|inyecc\w*|suero)\b.*\bmare(?:ad|and)\w*",
    ),
]

# Checked across the whole text as well as sentence by sentence: "My lip is red and hot. I
# have a fever." is one picture.
MESSAGE_WIDE = (
    "urgent.spreading_infection",
    "urgent.anaphylaxis",
    # "Got filler yesterday. There's a dark patch on my chin that's spreading."
    "urgent.colour_near_filler",
    "urgent.skin_breakdown",
    "urgent.odd_colour_pain",
)
