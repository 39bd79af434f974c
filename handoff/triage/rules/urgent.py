"""Possible emergencies: signs of vascular occlusion, vision change, anaphylaxis, spreading
infection with fever, chest pain or fainting. Written for recall: a needless page costs far
less than a missed occlusion."""

from handoff.triage.rules.base import Rule, rules_for

rule = rules_for("urgent")

_COLOUR = (
    r"(?:white|whitish|blanch\w*|gr[ae]y\w*|dusky|blue|bluish|purple\w*|mottled|lacy|darker|"
    r"darkening|(?:turn\w*|gone|going|went) (?:a )?(?:\w+ )?(?:dark|black|grey|gray|blue|purple)|"
    r"pale and cold|cold and pale|cold to the touch|ice cold)"
)
_AREA = (
    r"(?:skin|lips?|nose|tip|cheeks?|chin|area|spot|patch|patches|forehead|face|it|"
    r"injection site|jaw\w*|temple|under ?eye)"
)
_PAIN_BAD = (
    r"severe|extreme|excruciating|unbearable|intense|horrible|terrible|awful|worst|insane|"
    r"crazy|really bad|so bad|10/10|killing me|worsening|getting worse|worse and worse|"
    r"more and more|increasing|sharp"
)
_PAIN_AFTER = rf"(?:{_PAIN_BAD}|so much|a lot|badly|like hell|like crazy)"
# "does it hurt a lot?" asks about a treatment in general.
_PAIN_QUESTION = (
    r"\b(?:does|do|will|would|is|are|did) (?:it|they|this|that|\w+|\w+ \w+) "
    r"(?:hurt|painful|going to hurt|gonna hurt)\b"
)
_INFECTION = r"(?:red\w*|swollen|swelling|hot|warm|pus|infect\w*|spreading|oozing|draining|abscess)"
_FEVER = r"(?:fever|feverish|chills|temperature of|10[0-4](?:\.\d)? ?(?:f|degrees))"

URGENT: list[Rule] = [
    rule(
        "skin_colour",
        rf"\b{_AREA}\b(?:\W+\w+){{0,3}}?\W+(?:is |are |looks? |turn\w* |went |getting |gone |"
        rf"going )?(?:very |really |kinda |kind of |a bit |all |so )?{_COLOUR}\b",
        negatable=True,
    ),
    rule(
        "colour_patch",
        r"\b(?:white|whitish|blanched|gr[ae]y|dusky|blue|bluish|mottled|lacy|purple)"
        r"\W+(?:\w+\W+)?"
        r"(?:patch\w*|spots?|areas?|skin|blotch\w*|streaks?|lines?|web)\b",
        needs=("treated",),
        negatable=True,
    ),
    rule(
        "pale_or_cold",
        r"\b(?:lips?|nose|tip|chin|cheeks?|area|spot|patch|injection site|it)\b(?:\W+\w+){0,3}?"
        r"\W+(?:is |are |looks? |feels? |turn\w* |went |getting )?(?:very |really |kinda |a bit |"
        r"so )?(?:pale|cold|cool|numb and white)\b",
        needs=("treated",),
        negatable=True,
    ),
    rule(
        "occlusion_words",
        r"\b(?:blanch\w*|dusky|mottl\w*|livedo|necros\w*|occlusion|occluded|scabbing over|"
        r"skin (?:is )?dying)\b",
        negatable=True,
    ),
    rule(
        "severe_pain",
        rf"\b(?:{_PAIN_BAD})\W+(?:\w+\W+){{0,2}}?(?:pain|hurt\w*|throb\w*|ach\w*|burn\w*)\b",
        rf"\b(?:pain|hurts?|hurting|throbbing|ache|aching)\b(?:\W+\w+){{0,5}}?\W+{_PAIN_AFTER}",
        r"\breally (?:hurts|painful|sore)\b",
        negatable=True,
        unless=_PAIN_QUESTION,
    ),
    rule(
        "vision",
        r"\b(?:blurr?y|blurred|blurring|double|fuzzy|dim|cloudy|lost|losing|loss of|no|"
        r"changes? in|trouble with|problems? with|weird|spots in|dark spots in)\W+(?:my |\w+ )?"
        r"(?:vision|sight|eyesight)\b",
        r"\b(?:vision|eyesight|sight)\b(?:\W+\w+){0,2}?\W+(?:blurr?y|blurred|double|fuzzy|dim|"
        r"gone|changed|changing|weird|off|dark|black|spotty|going)\b",
        r"\b(?:can'?t|cannot|couldn'?t|unable to|hard to|trouble|struggling to|can barely|"
        r"can hardly|could barely) see (?:out|from|"
        r"well|clearly|properly|anything|straight|right)\b",
        r"\bseeing (?:double|spots|stars|flashes)\b|\bgo(?:ing|ne)? blind\b|\bblindness\b",
        r"(?<!under )(?<!under-)\beyes?\b(?:\W+\w+){0,2}?\W+(?:blurr?y|blurred|fuzzy|dim|dark|"
        r"black|double|cloudy)\b",
        r"\b(?:everything|things|it)(?:'s| is| looks| went| got| seems) (?:all |so |really )?"
        r"(?:blurr?y|fuzzy|double)\b",
        negatable=True,
    ),
    rule("blurry", r"\bblurr?y\b|\bblurred\b|\bblurriness\b", needs=("treated",), negatable=True),
    rule(
        "breathing",
        r"\b(?:can'?t|cannot|cant|hard to|trouble|difficulty|struggling to|unable to|hard time) "
        r"(?:breath|breathe|breathing|swallow\w*|catch my breath)\b",
        r"\bshort(?:ness)? of breath\b|\bwheez\w*|\bgasping\b",
        negatable=True,
    ),
    rule(
        "anaphylaxis",
        r"\b(?:throat|tongue|airway)\b(?:\W+\w+){0,2}?\W+(?:closing|tight\w*|swell\w*|swollen|"
        r"thick\w*|itchy|closed)\b",
        r"\banaphyla\w*|\bepi-?pen\b",
        r"\ballergic reaction\b.*\b(?:breath|throat|tongue|hives|swell)",
        r"\bhives\b.*\b(?:lips?|face|tongue|eyes?|mouth|throat|swell\w*|swollen)\b",
        r"\b(?:lips?|face|tongue|eyes?|mouth) (?:\w+ )?(?:swell\w*|swollen)\b.*\bhives\b",
        r"\b(?:face|lips?|eyes?|tongue)\b(?:\W+\w+){0,3}?\W+(?:swell\w*|swollen|puff\w*) (?:up )?"
        r"(?:fast|quickly|rapidly|a lot|badly|shut)\b",
        r"\bhoarse\b|\braspy\b|\bvoice (?:sounds|is|went|got) (?:\w+ )?(?:hoarse|weird|funny|"
        r"different|strange|tight)\b",
        r"\bitch\w*\b.*\b(?:swell\w*|swollen|bigger|puffy|hives|welts)\b|"
        r"\b(?:swell\w*|swollen|hives|welts)\b.*\bitch\w*",
        negatable=True,
    ),
    rule(
        "spreading_infection",
        r"\b(?:red\w*|rash|swelling|infection)\b(?:\W+\w+){0,2}?\W+spread\w*",
        r"\bspreading (?:red\w*|rash|infection)\b|\bred streaks?\b|\babscess\b",
        r"\b(?:patch|spot|area|discolou?ration|bruise|mark|blotch)\w*\b(?:\W+\w+){0,2}?\W+"
        r"(?:spreading|getting bigger|growing)\b",
        rf"\b{_FEVER}\b.*\b{_INFECTION}\b|\b{_INFECTION}\b.*\b{_FEVER}\b",
        negatable=True,
    ),
    rule(
        "chest_or_fainting",
        r"\bchest\b(?:\W+\w+){0,2}?\W+(?:pain\w*|hurt\w*|tight\w*|pressure|heavy)\b",
        r"\b(?:heart|pulse)\b(?:\W+\w+){0,2}?\W+(?:racing|pounding|beating (?:so |really )?fast|"
        r"skipping)\b|\bpalpitations?\b",
        r"\b(?:feel(?:ing|s)? (?:like i'?(?:m|ll) (?:going to |gonna )?)?faint|fainted|fainting|"
        r"pass(?:ed|ing)? out|blacked out|black(?:ing)? out|lost consciousness|unconscious|"
        r"collaps\w*|unresponsive)\b",
        negatable=True,
    ),
    rule(
        "severe_dizzy",
        r"\b(?:very|really|so|extremely|super) (?:dizzy|lightheaded|light-headed|weak)\b",
        r"\bcan'?t (?:stand|stay) up\b",
        needs=("treated",),
        negatable=True,
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
        r"\b(?:go|went|going|gone|been|be|in|at|to|call) (?:to )?(?:the )?(?:er|hospital)\b",
        negatable=True,
    ),
    rule(
        "spanish",
        r"\bno puedo (?:respirar|ver|tragar)\b|\bme falta el aire\b|\bvision (?:borrosa|doble)\b",
        r"\bveo (?:borroso|doble|manchas)\b|\bgarganta\b.*\b(?:cerr|hinch|inflam)\w*",
        r"\bpiel\b.*\b(?:blanca|morada|gris|azul|oscura)\b|\bdesmay\w*|\bdolor de pecho\b",
        r"\bdolor (?:muy )?(?:fuerte|intenso|severo|insoportable)\b|\bemergencia\b",
        # Signs of occlusion named on the treated area, not only on "piel".
        r"\b(?:labios?|nariz|mejillas?|frente|menton|cara|zona|punta)\b(?:\W+\w+){0,3}?\W+"
        r"(?:esta|estan|se ve|se ven|se puso|se pusieron|se esta poniendo|se volvio) "
        r"(?:\w+ )?(?:blanc|morad|gris|azul|oscur|negr|manchad|palid)\w*",
        r"\bse (?:me )?(?:puso|esta poniendo|volvio) (?:\w+ )?(?:blanc|morad|gris|azul|oscur)\w*",
        # Vision.
        r"\bno veo (?:bien|nada|de un ojo)\b|\bperdi (?:la vista|la vision)\b|"
        r"\b(?:vista|vision) (?:borrosa|doble|nublada)\b",
        # Anaphylaxis.
        r"\bronchas\b.*\b(?:labios?|cara|lengua|garganta|hinch\w*)\b|"
        r"\b(?:lengua|garganta) (?:\w+ )?(?:hinchad|cerrad|apretad)\w*",
        # Spreading infection with fever.
        r"\bfiebre\b.*\b(?:roj|calient|pus|hinch|extiend|infecc)\w*|"
        r"\b(?:roj|calient|pus|hinch|extiend|infecc)\w*\b.*\bfiebre\b",
        # Chest pain or fainting after an IV or an injection.
        r"\b(?:me duele|dolor en) el pecho\b|\bpresion en el pecho\b",
    ),
]

# Checked across the whole text as well as sentence by sentence: "My lip is red and hot. I
# have a fever." is one picture.
MESSAGE_WIDE = ("urgent.spreading_infection", "urgent.anaphylaxis")
