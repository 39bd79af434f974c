"""The patient-specific guard: their own side effects, recovery and aftercare, whether
something is normal, contraindications, promised outcomes and dosing. A general question
("how long does botox last?") is left to the knowledge base."""

from handoff.triage.rules.base import TREATMENT, Rule, rules_for

rule = rules_for("medical")

SYMPTOM = (
    r"(?:swell\w*|swollen|puff\w*|bruis\w*|lumps?|lumpy|bumps?|bumpy|knots?|nodules?|"
    r"hard spots?|pain\w*|hurt\w*|sore|tender\w*|aching|ache|throb\w*|rash\w*|hives|itch\w*|"
    r"red(?! light)|redness|infect\w*|pus|ooz\w*|drainage|draining|blisters?|blistering|"
    r"burn(?:ing|t|s|ed)?(?! (?:fat|calories))|scabs?|scabbing|crust\w*|numbness|still numb|"
    r"(?:feels?|is|are|gone|went) numb|tingl\w*|droop\w*|ptosis|"
    r"heavy (?:eyelid|brow|forehead)s?|uneven(?! (?:skin|tone|texture))|asymmetr\w*|lopsided|"
    r"migrat\w*|tyndall|discolou?r\w*|headaches?|migraines?|nause\w*|vomit\w*|throwing up|"
    r"dizz\w*|fever|chills|bleed\w*|(?<!acne )scar(?:s|ring|red)?|hyperpigment\w*|broke out|"
    r"breaking out|breakouts?|allergic|reactions?|side effects?|complications?|constipat\w*|"
    r"diarrh\w*|hair (?:loss|falling)|hair (?:is |has been |keeps )?(?:falling|thinning|shedding)|"
    r"shedding|losing (?:my )?hair|peeling|flaking|weeping|welts?|"
    r"(?<!stretch )marks?|indent\w*|dents?|overfilled|too (?:big|much filler)|"
    r"can'?t (?:move|smile|raise|close)|spock|"
    r"feel(?:s|ing)? (?:really |so |very |super |kinda |kind of |a bit |a little )?"
    r"(?:heavy|weird|tight|strange|off|funny|hard|hot|warm|lumpy|swollen|stiff|numb)|"
    r"looks? (?:really |so |very |kinda |a bit )?(?:weird|strange|off|crooked|wrong|different|"
    r"uneven|lopsided|droopy|frozen|fake)|crooked|upset stomach|"
    r"stomach (?:\w+ ){0,2}(?:upset|ache|aches|pain|cramp\w*|issues|problems)|"
    r"(?:one|1) (?:side|brow|eyebrow|eye|lip|cheek) (?:is |looks )?(?:higher|lower|bigger|smaller)|"
    r"one side (?:is|looks|feels) (?:bigger|smaller|higher|lower|different|fuller)|"
    r"(?:bigger|smaller|higher|lower|fuller) than the other)"
)
_ACTIVITY = (
    r"(?:work ?out|exercise|gym|run|running|yoga|sauna|steam|hot tub|drink\w*|alcohol|wine|"
    r"coffee|shower|wash (?:my )?face|makeup|make up|sleep|lay down|lie down|lay flat|fly|"
    r"flight|travel|tan|tanning|sun|beach|swim\w*|pool|massage|facial|retinol|tretinoin|"
    r"skin ?care|ice|heat|advil|tylenol|ibuprofen|aspirin|fish oil|eat|bend over|"
    r"wear (?:a )?(?:mask|hat|glasses))"
)
_CONDITION = (
    r"(?:pregnan\w*|breast ?feed\w*|nursing (?:mom|mother|my baby|a baby)|"
    r"(?:i'?m|im|i am|we'?re|she'?s) expecting\b(?! (?:results|to|a (?:call|text|refund)))|"
    r"baby on the way|"
    r"(?:i'?m|am|currently|still|while) nursing|trying to (?:conceive|get pregnant)|ttc|"
    r"diabet\w*|autoimmune|lupus|cancer|chemo\w*|keloids?|cold sores?|herpes|hsv|epilep\w*|"
    r"seizure disorder|heart (?:condition|disease|problems?)|blood pressure|hypertension|"
    r"thyroid|pcos|myasthenia|bell'?s palsy|rosacea|eczema|psoriasis|vitiligo|"
    r"bleeding disorder|hemophilia|kidney (?:disease|problems?|failure)|"
    r"liver (?:disease|problems?)|pancreatitis|gallbladder|gastroparesis|eating disorder|"
    r"bulimi\w*|anorexi\w*|allerg\w*|pacemaker|metal implants?|immunocompromised|hiv|"
    r"hepatitis|men ?2|medullary)"
)
_MEDICATION = (
    r"(?:medications?|meds|medicine|pills|prescriptions?|antibiotics?|blood thinners?|"
    r"anticoagulants?|aspirin|ibuprofen|advil|motrin|aleve|tylenol|eliquis|xarelto|warfarin|"
    r"coumadin|plavix|accutane|isotretinoin|retinol|tretinoin|retin-?a|birth control|insulin|"
    r"metformin|steroids?|prednisone|antidepressants?|ssris?|zoloft|lexapro|prozac|lithium|"
    r"levothyroxine|synthroid|benadryl|antihistamines?|supplements?|fish oil|vitamin e|arnica)"
)
_NORMAL = r"(?:normal|expected|common|typical|usual)"

MEDICAL: list[Rule] = [
    rule("own_symptom", rf"\b{SYMPTOM}", needs=("personal",)),
    rule(
        "symptom_after_treatment",
        rf"\b{SYMPTOM}\b.*\b(?:after|since|from|post)\b\W+(?:\w+\W+)?{TREATMENT}\b",
    ),
    rule(
        "is_this_normal",
        r"\b(?:is|are|was) (?:this|that|it|these|those|th[ie]s|mine)\b(?:\W+\w+){0,3}?\W+"
        r"(?:normal|expected|common|bad|serious|a problem|an issue|concerning|dangerous|"
        r"infected)\b",
        rf"\b{_NORMAL}\b.*\b{SYMPTOM}|\b{SYMPTOM}\b.*\b{_NORMAL}\b",
    ),
    rule(
        "supposed_to",
        r"\bsupposed to (?:be|look|feel|hurt|swell|bruise|have|happen|stay)\b",
        r"\bshould (?:it|this|they|my \w+) (?:look|feel|hurt|still|be (?:this|so|that))\b",
    ),
    rule("supposed_to_last", r"\bsupposed to (?:last|take|work|kick in)\b", needs=("personal",)),
    rule(
        "worried",
        r"\bshould i (?:be )?(?:worried|concerned|scared|nervous|go to|see a|ice|take|stop|skip)\b",
        r"\b(?:worried|concerned|afraid|scared) (?:something|it|this|that) (?:is|might be|"
        r"could be|'?s) (?:wrong|infected|bad|not right)\b",
        r"\bdoes (?:this|it|that|my \w+) (?:look|seem|feel)\b(?:\W+\w+){0,2}?\W+(?:ok|okay|normal|"
        r"right|infected|bad|fine|swollen)\b",
    ),
    rule("condition", rf"\b{_CONDITION}"),
    rule(
        "medication",
        rf"\b(?:on|taking|take|took|started|starting|stop|stopped|using|use|prescribed|avoid)\b"
        rf"(?:\W+\w+){{0,3}}?\W+{_MEDICATION}\b",
        r"\b(?:accutane|isotretinoin|blood thinners?|anticoagulants?|eliquis|xarelto|warfarin|"
        r"coumadin|plavix|prednisone)\b",
        r"\binteract\w*\b|\b(?:mix|combine) (?:\w+ )?with (?:my |alcohol|\w+ meds)",
    ),
    rule(
        "dosing",
        r"\bunits (?:do|will|would|should) i\b|\bhow much (?:botox|tox|filler|semaglutide|"
        r"tirzepatide|product) (?:do|will|would|should) i\b",
        r"\b(?:missed|skip(?:ped)?|double|increase|up|raise|lower) (?:a |my )?(?:dose|dosage|shot|"
        r"injection)\b",
    ),
    # "how many units does a forehead usually take" is a general question a KB may answer.
    rule(
        "own_dosing",
        r"\bhow many (?:units|syringes?|vials?|ml|cc|mg|sessions|treatments)\b|"
        r"\b(?:dose|dosage|dosing|doses|milligrams?)\b",
        needs=("personal",),
        unless=r"\b(?:typical|typically|usually|average|most people|on average|normally)\b",
    ),
    rule(
        "outcome_promise",
        r"\bguarantee\w*|\b\d+ (?:years?|yrs?) younger\b",
        r"\b(?:will|would|can|could|does|do) (?:it|this|that|they|botox|tox|filler|\w+) "
        r"(?:make me|make my|help me lose)\b",
        r"\b(?:get rid of|remove|fix|erase|cure)\b.*\b(?:completely|permanently|forever|100%|"
        r"for good)\b",
        r"\bhow (?:much|many (?:pounds|lbs|kilos)) (?:weight )?(?:will|would|can|could|should) i "
        r"(?:lose|drop)\b|\bwill i (?:lose|drop|look|be able)\b",
    ),
    rule(
        "aftercare",
        rf"\b(?:can|could|should|may|when can|how long (?:until|before|till|should|do|must|after)|"
        rf"is it (?:ok|okay|safe|fine|alright) (?:to|if)|am i allowed to|how soon (?:can|could|"
        rf"after))\b.*\b{_ACTIVITY}\b.*\b(?:after|before|since|following)\b",
        rf"\b(?:after|before)\b.*\b(?:can|could|should) i\b.*\b{_ACTIVITY}\b",
        r"\b(?:after ?care|post ?care|pre ?care|post-?treatment|pre-?treatment|recovery|healing|"
        r"downtime|heal)\b",
        needs=("personal",),
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
        r"\bstill (?:moves?|moving|move)\b|\bcan still (?:move|frown|raise)\b",
        needs=("personal", "treated"),
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
