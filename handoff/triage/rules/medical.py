"""The patient-specific guard: their own side effects, recovery and aftercare, whether
something is normal, contraindications, promised outcomes and dosing. A general question
("how long does botox last?") is left to the knowledge base."""

from handoff.triage.rules.base import TREATMENT, Rule, rules_for

rule = rules_for("medical")

SYMPTOM = (
    r"(?:swell\w*|swollen|puff\w*|bruis\w*|lumps?|lumpy|bumps?(?! (?:my|the|it|me|up|into))|bumpy|knots?|nodules?|"
    r"hard spots?|pain(?!less| free| relief)\w*|hurt(?! by| my credit)\w*|huge|sore|tender\w*|aching|ache|throb\w*|rash\w*|hives|itch\w*|"
    r"red\b(?! light)|reddish|redness|infect\w*|pus\b|ooz\w*|drainage|draining|blisters?|blistering|"
    r"burn(?:ing|t|s|ed)?(?! (?:fat|calories))|scabs?|scabbing|crust\w*|numbness|still numb|"
    r"(?:feels?|is|are|gone|went) numb|numb\b|twitch\w*|spasm\w*|heartburn|reflux|bloat\w*|"
    r"burp\w*|fatigue\w*|exhausted|insomnia|appetite|cramp\w*|falling out|"
    r"(?:got|gotten|getting|turned|turning) (?:darker|lighter|worse|bigger|redder)|"
    r"(?:one side|the other)\b.*\b(?:doesn'?t|does not|isn'?t|won'?t|can'?t)|"
    r"tingl\w*|droop\w*|ptosis|"
    r"heavy (?:eyelid|brow|forehead)s?|uneven(?! (?:skin|tone|texture))|asymmetr\w*|lopsided|"
    r"migrat\w*|tyndall|discolou?r\w*|headaches?|migraines?|nause\w*|vomit\w*|throwing up|"
    r"threw up|thrown up|puk\w*|(?:got|get|getting|feel|feeling|felt) sick (?:after|since|from|during)|"
    r"dizz\w*|fever|chills|bleed\w*|(?<!acne )scar(?:s|ring|red)?|hyperpigment\w*|broke out|"
    r"breaking out|breakouts?|allergic|reactions?|side effects?|complications?|constipat\w*|"
    r"diarrh\w*|hair (?:loss|falling)|hair (?:is |has been |keeps )?(?:falling|thinning|shedding)|"
    r"shedding|losing (?:my |more |a lot of |so much )?hair|hair (?:is |has been |keeps )?coming out|peeling|flaking|weeping|welts?|"
    r"coming off in (?:sheets|chunks|pieces)|broke (?:my \w+ )?out|"
    r"still (?:so |really |super |very )?(?:big|swollen|puffy|bruised|sore|tender)|"
    r"(?<!stretch )marks?|indent\w*|dents?|overfilled|too (?:big|much filler)|"
    r"can'?t (?:move|smile|raise|close)|spock|"
    r"feel(?:s|ing)? (?:really |so |very |super |kinda |kind of |a bit |a little )?"
    r"(?:heavy|weird|tight|strange|off|funny|hard|hot|warm|lumpy|swollen|stiff|numb)|"
    r"looks? (?:really |so |very |kinda |a bit )?(?:weird|strange|off|crooked|wrong|uneven|"
    r"lopsided|droopy)|crooked|upset stomach|"
    r"stomach (?:\w+ ){0,2}(?:upset|ache|aches|pain|cramp\w*|issues|problems)|"
    r"(?:one|1) (?:side|brow|eyebrow|eye|lip|cheek) (?:is |looks )?(?:way |much |a lot |a bit |"
    r"slightly |noticeably )?(?:higher|lower|bigger|smaller)|"
    r"one side (?:is|looks|feels) (?:bigger|smaller|higher|lower|different|fuller)|"
    r"(?:bigger|smaller|higher|lower|fuller) than the other|"
    r"(?:mine|lips?|face|cheeks?|teeth|gums?|neck|jaw|forehead|arms?|it) (?:is |are |'s |'re )?"
    r"killing me|"
    r"(?:so|really|super|very|still|gonna be|going to be) sensitive)"
)
_ACTIVITY = (
    r"(?:work ?out|exercise|gym|run|running|yoga|sauna|steam|hot tub|drink\w*|alcohol|wine|"
    r"coffee|shower|wash (?:my )?face|makeup|make up|sleep|lay down|lie down|lay flat|fly|"
    r"flight|travel|tan|tanning|sun|beach|swim\w*|pool|massage|facial|retinol|tretinoin|"
    r"beers?|cocktails?|margaritas?|champagne|booze|skin ?care|ice|heat|advil|tylenol|ibuprofen|aspirin|fish oil|eat|bend over|arnica|"
    r"supplements?|vitamins?|benadryl|zyrtec|claritin|antihistamines?|"
    r"wear (?:a )?(?:mask|hat|glasses))"
)
_CONDITION = (
    r"(?:pregnan\w*|breast ?feed\w*|nursing (?:mom|mother|my baby|a baby)|"
    r"(?:i'?m|im|i am|we'?re|she'?s) expecting\b(?! (?:results|to|a (?:call|text|refund)))|"
    r"baby on the way|"
    r"(?:i'?m|am|currently|still|while) nursing|nursing (?:rn|right now|now|currently)|"
    r"trying to (?:conceive|get pregnant)|ttc|"
    r"\d+ (?:weeks?|months?) along|weeks pregnant|(?:first|second|third|1st|2nd|3rd) trimester|"
    r"preggo|prego|post ?-?partum|just had (?:a|my|the) baby|(?:i'?m|im|i am|been|still) pumping|"
    # Autoimmune and inflammatory conditions are named far more often than "autoimmune".
    r"hashimoto\w*|graves|rheumatoid|arthritis|multiple sclerosis|"
    r"(?:have|with|diagnosed with) ms\b|crohn\w*|colitis|celiac|sjogren\w*|scleroderma|"
    r"blood clots?|fever blisters?|"
    r"diabet\w*|autoimmune|lupus|cancer|chemo\w*|keloids?|cold sores?|herpes|hsv|epilep\w*|"
    r"seizure disorder|heart (?:condition|disease|problems?)|blood pressure|hypertension|"
    r"thyroid|pcos|myasthenia|bell'?s palsy|rosacea|eczema|psoriasis|vitiligo|"
    r"bleeding disorder|hemophilia|kidney (?:disease|problems?|failure)|"
    r"liver (?:disease|problems?)|pancreatitis|gallbladder|gastroparesis|eating disorder|"
    r"bulimi\w*|anorexi\w*|allerg(?!an\b)\w*|pacemaker|metal implants?|immunocompromised|hiv|"
    r"hepatitis|men ?2|medullary|piercing|dental (?:work|procedure|cleaning|appointment)|"
    r"root canal|stitches|sunburn\w*|covid|flu shot|vaccine|too old|too young|iud|"
    r"(?:baby |daily )?aspirin for (?:my|his|her) heart)"
)
# Prescriptions and conditions' medicines. Over-the-counter items asked about before a
# treatment (fish oil, wine, advil, retinol) are preparation questions a KB usually answers.
_MEDICATION = (
    r"(?:medications?|meds|medicine|pills|prescriptions?|antibiotics?|blood thinners?|"
    r"anticoagulants?|eliquis|xarelto|warfarin|coumadin|plavix|accutane|roaccutane|absorica|"
    r"doxycycline|doxy|minocycline|amoxicillin|azithromycin|z-?pack|cipro\w*|bactrim|keflex|"
    r"cephalexin|clindamycin|"
    r"claravis|amnesteem|isotretinoin|"
    r"birth control|insulin|metformin|steroids?|prednisone|antidepressants?|ssris?|zoloft|"
    r"lexapro|prozac|lithium|levothyroxine|synthroid|adderall|antihistamines?|spironolactone|"
    r"finasteride|humira|biologics?|immunosuppress\w*|methotrexate|gabapentin|tamoxifen|"
    r"antivirals?|valtrex|valacyclovir|the pill|tretinoin|retin-?a|tazorac|tazarotene|adapalene|"
    r"differin)"
)
_NORMAL = r"(?:normal|expected|common|typical|usual)"
_LAB = (
    r"(?:hematocrit|hemoglobin|h(?:b|gb)?a1c|a1c|blood sugar|glucose|cholesterol|triglycerides|"
    r"liver enzymes|alt|ast|potassium|sodium|platelets|psa|estradiol|estrogen|testosterone|"
    r"t levels?|tsh|thyroid levels?|iron|ferritin|kidney function|creatinine|b12 levels?)"
)
_LAB_LEVEL = (
    rf"\b(?:high|higher|elevated|low|lower|abnormal|off|bad|raised|too high|too low) {_LAB}\b|"
    rf"\b{_LAB} (?:levels? )?(?:is|are|was|were|went|came back|got|has been) (?:\w+ )?"
    r"(?:high|up|low|down|elevated|abnormal|off|through the roof)\b"
)
# "will I bruise after filler?" and "how long does swelling last after lip filler?" ask what
# to expect before a treatment, which a KB's downtime answer covers; a body already treated
# ("still", "yesterday", "my lips") is the patient's own symptom.
_UNTREATED = (
    r"^\W*(?!.*\b(?:yesterday|today|tonight|this morning|last (?:night|week|month)|ago|still|"
    r"since|already|right now|currently|anymore|my|mine|normal|supposed|been)\b)"
)
_PROSPECTIVE = (
    _UNTREATED
    + r"(?:(?:(?:and|so|also|ok|hi|hey)\W+)?(?:how long (?:does|do|will|is|are|until|till|before)|"
    r"how (?:red|swollen|puffy|bruised|sore|bad|much|many days|flaky|peely) (?:will|would|do|does|"
    r"is|are)|how long (?:am i|will i be|do i stay)|"
    r"when (?:do|does|will) (?:you|u|it|people|ppl|most people) (?:usually |typically )?(?:start|stop)|"
    r"(?:will|would) i (?:be |get |have )?|(?:do|does|will|would) (?:people|ppl|most "
    r"people|patients|you|u|everyone|most) (?:usually |typically |normally |generally )?)|"
    # "im a baby with needles lol does botox hurt": whether a treatment hurts, asked before it.
    r".*\b(?:does|do|will|would|is|are) (?:\w+ ){1,3}(?:hurt|painful|sting)\b|"
    # "do you numb?" asks what the clinic does.
    r".*\b(?:do|does|will|would|can) (?:you|u|they|y'?all|you guys) (?:\w+ )?numb\b)|"
    r"^\W*(?:do|does|will|would|can) (?:you|u|they|y'?all|you guys) (?:\w+ )?numb (?:my|the|your)\b"
)
_GENERAL_AFTER = (
    r"\b(?:after (?:a|an)\b(?! (?:few|couple|day|week|month|while|bit)\b)|generally|in general)"
)
# Asked about people in general, with nothing of the patient's own: "is bruising common after
# filler?", "how much weight do people usually drop on it".
_GENERAL_QUESTION = (
    r"^(?!.*\b(?:my|mine|i'?m|im|i am|i have|i got|i had|i'?ve|me|i|side effects?|risks?|"
    r"complications?|dangerous)\b).*\b(?:common|usually|"
    r"typically|normally|in general|generally|most people|people|ppl|on average|for most)\b"
)
# A hypothetical about the policy: "if my tox comes out uneven is fixing it free?"
_IF_POLICY = (
    r"^\W*(?:and |so |but |ok )?if\b(?=.*\b(?:free|pay|charge\w*|cost|price|extra|touch[- ]?ups?|"
    r"fix(?:ing)? it)\b)"
)

MEDICAL: list[Rule] = [
    rule(
        "own_symptom",
        rf"\b{SYMPTOM}",
        needs=("personal",),
        # "how do I avoid bruising before my appointment?" is preparation, not a symptom.
        # "if my botox looks uneven at two weeks, is the touch-up free?" asks the policy.
        unless=r"\bif\b(?:\W+\w+){0,5}?\W+(?:uneven|lopsided|asymmetric\w*)\b.*\btouch[- ]?ups?\b|"
        r"\b(?:avoid|prevent|minimi[sz]e|less|reduce)\b.*\bbefore\b|"
        r"\bbefore\b.*\b(?:avoid|prevent|minimi[sz]e)\b|" + _IF_POLICY + "|" + _PROSPECTIVE,
    ),
    rule(
        "symptom_after_treatment",
        rf"\b{SYMPTOM}\b.*\b(?:after|since|from|post)\b\W+(?:\w+\W+)?{TREATMENT}\b",
        unless=_PROSPECTIVE + "|" + _GENERAL_QUESTION,
    ),
    rule(
        "is_this_normal",
        r"\b(?:is|are|was) (?:this|that|it|these|those|th[ie]s|mine)\b(?:\W+\w+){0,3}?\W+"
        r"(?:normal|expected|common|bad(?! to\b)|serious|a problem|an issue|concerning|dangerous|"
        r"infected)\b",
        rf"\b{_NORMAL}\b.*\b{SYMPTOM}|\b{SYMPTOM}\b.*\b{_NORMAL}\b",
        unless=_GENERAL_QUESTION,
    ),
    rule(
        "supposed_to",
        r"\bsupposed to (?:be|look|feel|hurt|swell|bruise|have|happen|stay)\b",
        r"\bshould (?:it|this|they|my \w+) (?:look|feel|hurt|still|be (?:this|so|that))\b",
    ),
    rule("supposed_to_last", r"\bsupposed to (?:last|take|work|kick in)\b", needs=("personal",)),
    rule(
        "worried",
        r"\bshould i (?:just |still )?(?:be )?(?:worried|concerned|scared|nervous|go to|see a|ice|take|"
        r"stop|skip)\b",
        r"\b(?:worried|concerned|afraid|scared) (?:something|it|this|that) (?:is|might be|"
        r"could be|'?s) (?:wrong|infected|bad|not right)\b",
        r"\bdoes (?:this|it|that|my \w+) (?:look|seem|feel)\b(?:\W+\w+){0,2}?\W+(?:ok|okay|normal|"
        r"right|infected|bad|fine|swollen)\b",
        # "should I skip wine the night before filler?" is preparation a KB describes.
        unless=r"\bshould i (?:stop|skip|avoid)\b(?:\W+\w+){0,3}?\W+(?:fish oil|wine|alcohol|"
        r"drinking|coffee|caffeine|vitamin e|supplements?)\b",
    ),
    rule(
        "condition",
        rf"\b{_CONDITION}",
        # "Do you treat rosacea?" asks what the clinic does.
        unless=r"^\W*(?:do|can|does) (?:you|u|y'?all|your \w+) (?:\w+ )?(?:treat|help with|do anything "
        r"for|have anything for)\b(?!.*\b(?:my|i'?m|i have|i am|mine)\b)",
    ),
    # Their own lab results: "my labs came back", "gave me a high hematocrit".
    rule(
        "own_labs",
        rf"\b(?:my (?:\w+ )?(?:labs?|bloodwork|blood work|blood tests?) (?:came back|"
        rf"showed|show|say|said|were|are|was|is)|{_LAB_LEVEL})",
        needs=("personal",),
    ),
    rule(
        "medication",
        rf"\b(?:on|taking|take|took|started|starting|stop|stopped|using|use|prescribed|avoid)\b"
        rf"(?:\W+\w+){{0,3}}?\W+{_MEDICATION}\b",
        r"\b(?:accutane|roaccutane|absorica|isotretinoin|blood thinners?|anticoagulants?|eliquis|xarelto|warfarin|"
        r"coumadin|plavix|prednisone)\b",
        r"\binteract\w*\b|\binterfer\w*|\b(?:mix|combine) (?:\w+ )?with (?:my |alcohol|\w+ meds)",
        r"\b(?:i take|i'?m taking|i am taking|i'?m on|i am on|i started|currently (?:taking|on)|"
        r"i use)\b(?:\W+\w+){1,3}\W+(?:affect|interact|interfere|okay|ok|safe|matter|problem|"
        r"issue|mess)\w*",
        r"\b(?:i'?m|i am|been) on (?:a |an |my )?(?!(?:payment |monthly )?plans?\b|wait ?list|"
        r"budget|break|lunch|vacation|trip|call|schedule|membership)[a-z]+(?:[- ][a-z0-9]+)? "
        r"(?:for|from)\b|"
        r"\btook (?:\d+|a|an|some|two) \w+ (?:this morning|today|tonight|last night|earlier)\b",
        r"\b(?:does|will|would|could|can) (?:that|it|this|my \w+) (?:affect|interfere with|"
        r"interact with|mess with|change) (?:how|the|my|botox|filler|\w+ works)",
    ),
    rule(
        "dosing",
        r"\bunits (?:do|will|would|should) i\b|\bhow much (?:\w+ ){0,2}(?:botox|tox|filler|b12|nad|"
        r"semaglutide|tirzepatide|sema|tirz\w*|testosterone|hormones?|product|fat|weight|inches) "
        r"(?:do|will|would|should|can) "
        r"(?:i|it|they|\w+ )",
        r"\b(?:take|taking|skip|miss|move|delay|change|stop|pause|hold) my (?:\w+ )?(?:shot|dose|injection|"
        r"semaglutide|tirzepatide|medication|meds)\b",
        r"\b(?:missed|skip(?:ped)?|double(?! chin)|increase|up|raise|lower) (?:a |my )?(?:\w+ )?(?:dose|"
        r"dosage|shot|injection)\b|\bdouble up\b",
        r"\b\d+ ?(?:mg|milligrams?|units?|ml|cc)\b.*\b(?:instead|more|higher|increase|bump|less|"
        r"lower)\b|\b(?:bump|move|go|titrate) (?:me|my dose|it) (?:up|down)\b|"
        r"\b(?:go|move|bump|step) up to \d+(?:\.\d+)? ?(?:mg|milligrams?|units?)\b|"
        r"\bgo up (?:a|one|to the next) dose\b",
        unless=_GENERAL_QUESTION,
    ),
    # "how many units does a forehead usually take" is a general question a KB may answer.
    rule(
        "own_dosing",
        # Sessions and visits are a plan the KB describes ("most people need 6 to 8"); units,
        # syringes and milligrams are a dose for this patient.
        r"\bhow many (?:\w+ )?(?:units|syringes?|vials?|ml|cc|mg)\b|"
        r"\bdo i need (?:\w+ ){0,4}(?:syringes?|vials?|units)\b|"
        r"\bhow (?:many|much)\b.*\b(?:i'?d|i would|would i|should i|i will|i'?ll|do i|will i) need\b|"
        r"\bhow (?:many|much) (?:\w+ ){0,4}(?:will|would|does|do) (?:her|his) (?:\w+ ){0,2}need\b|"
        # "will two syringes in my cheeks be enough"
        r"\b(?:will|would|is|are) (?:\w+ ){0,2}(?:syringes?|units?|vials?|ml|cc)\b(?:\W+\w+){0,4}?\W+"
        r"be enough\b|"
        r"\b(?:dose|dosage|dosing|doses|milligrams?)\b",
        needs=("personal",),
        unless=r"\b(?:typical|typically|usually|average|most people|on average|normally|sessions?|"
        r"treatments?|visits?|appointments?|rounds?)\b|"
        r"\bhow (?:many|much) (?:\w+ )?(?:makeup|time|points|money|notice|days?|weeks?|times)\b|"
        r"\b(?:tiny|small|low|light|baby) dose\b",
    ),
    rule(
        "outcome_promise",
        r"\bguarantee\w*|\b\d+ (?:years?|yrs?) younger\b",
        # "can you give me a receipt", "would someone be able to give me a ring": a request.
        r"\b(?:will|would|can|could|does|do) (?!(?:you|u|y'?all|someone|somebody|anyone|"
        r"one of you)\b)(?:\w+ ){1,4}(?:make me|make my|give me|help me lose|get me (?:(?:a|an)(?! "
        r"(?:discount|deal|spot|appointment|appt|price|refund|credit|rate|free))|to|my|rid|back))\b",
        # "how much is the trt program gonna help me"
        # "take 10 years off me", "will my jowls be totally gone?"
        r"\btake (?:\d+|ten|five|a few|some) (?:years?|yrs) off\b|"
        r"\bwill (?:my|the|these|those) (?:\w+ ){1,2}be (?:totally |completely |fully |all |100% )?"
        r"gone\b",
        r"\bhow (?:much|well) (?:will|would|is|does|do|can) (?:\w+ ){0,4}?(?:gonna |going to )?"
        r"(?:help|work for|improve|change) (?:me|my)\b",
        # "how long will Sculptra last for me? I'm 58": the duration for them, not in general.
        r"\bhow long (?:will|would|is|does|do|can) (?:\w+ ){0,4}?(?:gonna |going to )?last "
        r"(?:for|on|with|in) (?:me|someone like me|a person like me|someone my age)\b",
        r"\b(?:will|would|can|could|does|do) (?:\w+ ){1,3}(?:clear up|get rid of|fix|cure|remove|"
        r"take off|melt) (?:my|the \w+ on my|\w+ off my)\b|\bfor sure\b|\bdefinitely (?:work|"
        r"fix|help)\b",
        r"\b(?:get rid of|remove|fix|erase|cure)\b.*\b(?:completely|permanently|forever|100%|"
        r"for good)\b",
        r"\bhow (?:much|many (?:pounds|lbs|kilos)) (?:weight )?(?:will|would|can|could|should) i "
        r"(?:lose|drop)\b|\bwill i (?:lose|drop|look)\b(?! (?:my|the|a|our) (?:deposit|spot|"
        r"appointment|appt|booking|money|fee|credit|points|membership)\b)",
    ),
    rule(
        "aftercare",
        rf"\b(?:can|could|should|may|when can|how long (?:until|before|till|should|do|must|after)|"
        rf"is it (?:ok|okay|safe|fine|alright) (?:to|if)|am i allowed to|how soon (?:can|could|"
        rf"after))\b.{{0,150}}?\b{_ACTIVITY}\b.{{0,150}}?\b(?:after|since|following|post)\b",
        rf"\b(?:after|since)\b.{{0,150}}?\b(?:can|could|should) i\b.{{0,150}}?\b{_ACTIVITY}\b",
        # "can I have wine tonight, I got filler this afternoon"
        rf"\b(?:can|could|should|may) i (?:still )?(?:\w+ ){{0,3}}?{_ACTIVITY}\b(?:\W+\w+){{0,4}}?\W+"
        rf"(?:today|tonight|this (?:afternoon|evening))\b(?=(?:\W+\w+){{0,6}}?\W+(?:got|had|did|done)\b)",
        r"\bmy (?:recovery|healing|downtime|aftercare|after care)\b|\b(?:i'?m|is it|it'?s) "
        r"(?:still )?healing\b",
        needs=("personal",),
        # "can I wear makeup after a hydrafacial?" asks about a treatment not yet had.
        unless=_UNTREATED + ".*" + _GENERAL_AFTER,
    ),
    # "Can I work out today? had botox this morning", "can i do hot yoga today" after "i got
    # botox 2 days ago", "can I drink on it?" after "I'm starting tirzepatide".
    rule(
        "activity_now",
        rf"\b(?:(?:can|could|should|may) (?:i|we)|is it (?:ok|okay|safe|fine|alright) (?:to|if i)) "
        rf"(?:still |even |already )?(?:\w+ ){{0,4}}?{_ACTIVITY}\b"
        r"(?:\W+\w+){0,4}?\W+(?:today|tonight|now|rn|this (?:afternoon|evening|weekend)|tomorrow)\b",
        rf"\b(?:can|could|should|may) (?:i|we) (?:still )?(?:\w+ ){{0,2}}?{_ACTIVITY} (?:on|with) "
        r"(?:it|this|that|them|these)\b",
        # "whats the rule on working out tonight", "wine tonight ok?", "lay down after?"
        rf"\b(?:rule|ok|okay|safe|allowed)\b(?:\W+\w+){{0,3}}?\W+{_ACTIVITY}\b(?:\W+\w+){{0,3}}?\W+"
        r"(?:today|tonight|now)\b",
        rf"^\W*{_ACTIVITY}\W+(?:tonight|today|now|after)\W*(?:ok|okay|fine|safe)?\W*$",
        needs=("had_treatment",),
    ),
    rule(
        "own_treatment_question",
        r"\b(?:is|was) (?:it|that|this) (?:ok|okay|safe|fine|normal|bad|a problem)\b|"
        r"\bsafe(?:ly)?\b|\bside effects?\b|\b(?:make|made) (?:it|them|my \w+) worse\b|"
        r"\bruin (?:my|it|the)\b|\blong[- ]term\b|\bnormal\W*$|\bcan (?:i|we) still\b|"
        # "Botox will move to my eyes now?"
        r"\b(?:botox|tox|filler|it) (?:will |would |could |might |can )?(?:move|migrate|spread)\b|"
        r"\b(?:move|migrate|mess up|ruin|affect) (?:the|my) (?:botox|tox|filler|results?)\b"
        r"(?! (?:appt|appointment|booking|time|slot|session|visit)s?\b)|"
        r"\bhow (?:long|soon) after\b.*\bcan (?:i|we)\b",
        r"\b(?:can|could|should) i\b.*\b(?:after|following) (?:my |the |a )?(?:\w+ )?"
        + TREATMENT
        + r"\b",
        needs=("personal", "treated"),
        # "can I go back to work after filler?" asks about downtime, which a KB describes.
        unless=_UNTREATED + r"(?:.*\b(?:go|head|get) (?:straight |right )?back to (?:work|the "
        r"office|school|class)\b|.*" + _GENERAL_AFTER + ")|"
        # "how long after dissolving can I get new filler", "is it bad to wax before my laser appt"
        r"^\W*(?:and |so )?how (?:long|soon) after dissolv\w*\b|"
        r"\bbefore (?:my|the|a|an) (?:\w+ )?(?:appt|appointment|session|visit|treatment)\b",
    ),
    rule(
        "treatment_history",
        r"\b(?:i|i'?ve) (?:had|got|gotten|did|done)\b(?:\W+\w+){0,4}?\W+(?:\d+|a few|several|"
        r"couple|two|three) (?:days?|weeks?|months?|years?) ago\b.*\b(?:(?:can|should|could|do|is) "
        r"(?:i|it)|i (?:can|should|could))\b",
        needs=("treated",),
    ),
    rule(
        "safe_for_me",
        r"\bsafe (?:for me|if i|while|during|when i|with my|for someone (?:with|who))\b",
        r"\b(?:is it|is this|is that|it'?s) (?:safe|ok|okay|fine|alright) (?:for me|if i|while|"
        r"since i|because i|with my)\b",
    ),
    rule(
        "not_working",
        r"\b(?:didn'?t|did not|doesn'?t|does not|isn'?t|is not|hasn'?t|has not|not|never|stopped|"
        r"won'?t) (?:\w+ )?(?:work\w*|kick\w* in|take|taking effect|do anything)\b",
        r"\b(?:wore|wearing|worn) off\b",
        r"\b(?:is|isn'?t|is not) (?:it|this|that|my \w+) (?:working|kicking in|taking)\b|"
        r"\bnothing(?:'s| is| has)? (?:moving|changed|changing|happening|different|working)\b|"
        r"\bstill (?:moves?|moving|move)\b|\b(?:can still|still can) (?:move|frown|raise)\b",
        needs=("personal", "treated"),
        # "if my botox doesn't work at all, can I get a touch-up?" asks the policy.
        unless=r"^\W*if\b.*\btouch[- ]?ups?\b",
    ),
    rule(
        "wore_off_early",
        r"\b(?:mine|my (?:\w+ )?(?:botox|tox|filler|results?|lips?))\b(?:\W+\w+){0,2}?\W+"
        r"(?:wore|worn|wearing) off\b|\bonly lasted\b|"
        r"\bthe (?:botox|tox|filler|dysport|xeomin|daxxify) (?:\w+ )?(?:wore|worn) off (?:in|after)\b",
    ),
    rule(
        "see_doctor",
        r"\bshould i (?:see|call|go to|visit) (?:a |the |my )?(?:doctor|dr|er|hospital|"
        r"dermatologist|nurse|urgent care)\b|\bneed (?:a |to see a )?(?:doctor|prescription)\b",
        r"\b(?:look at|check|see) (?:this|my|a|the) (?:photo|pic|picture|selfie|lips?|face)\b",
        r"\bsending (?:you )?(?:a )?(?:photo|pic|picture)\b",
    ),
    rule(
        "spanish",
        r"\b(?:hinchad\w*|hinchazon|inflamad\w*|moret\w*|dolor|duele|embarazada|lactando|"
        r"amamantando|alergi\w*|reaccion|infeccion|infectad\w*|bultos?|es normal|"
        r"efectos? secundarios?|sangr\w*|ardor|picazon|medicamentos?)\b",
    ),
]
