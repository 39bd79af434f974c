"""Asking for a person (or whether this is a bot), and asking for a personal recommendation."""

from handoff.triage.rules.base import TREATMENT, Rule, rules_for

human = rules_for("human_request")
consult = rules_for("consultation")

_PERSON = (
    r"(?:(?:person|human|someone|somebody|people|manager|owner|nurse|doctor|dr|injector|provider|"
    r"staff|receptionist|front desk|representative|rep|agent|supervisor|director|team member|"
    r"human being|real|actual|live|np|rn|pa)s?|"
    # "whoever did my botox", "the lady who did my lips"
    r"whoever|the (?:lady|girl|guy|woman|man|one) (?:who|that))"
)
# "which days work for me", "what time is best for me": a slot, not a treatment.
_SCHEDULE = r"(?:days?|times?|dates?|slots?|locations?|offices?|hours?|nights?|weekends?)"
_CONCERN = (
    r"(?:wrinkles?|lines|fine lines|acne|acne scars?|scars?|dark spots?|sun ?spots?|sun damage|"
    r"melasma|pigment\w*|rosacea|redness|pores|texture|double chin|jowls?|sagging|loose skin|"
    r"laxity|hair loss|thinning|cellulite|stubborn fat|belly fat|stretch marks|dark circles|"
    r"under ?eye bags|bags|hollows?|thin lips|volume loss|crows? ?feet|11s|frown lines|"
    r"smile lines|marionette lines|nasolabial|gummy smile|sweating|hyperhidrosis|veins|aging|"
    r"skin tone|uneven skin|crepey|crepiness|neck lines|necklace lines|tech neck|turkey neck|"
    r"large pores|big pores)"
)

# "botox or filler, which can I use my points on?" asks about money or a visit, not a choice.
_NOT_A_CHOICE = (
    r"\b(?:pay|paying|price|prices|cost|costs|how much|book|booking|appointment|appt|hsa|"
    r"fsa|financ\w*|gift|same (?:day|visit)|hours|open|cancel\w*|reschedul\w*|deposit|"
    r"points|discount|member\w*|package)\b"
)

HUMAN_REQUEST: list[Rule] = [
    human(
        "talk_to",
        rf"\b(?:talk|speak|chat|connect(?:ed)?|transfer(?:red)?|put me through|"
        rf"get (?:a hold|ahold) of|get in touch|get on the phone|hop on a call)\b"
        rf"(?:\W+\w+){{0,4}}?\W+{_PERSON}\b",
        rf"\b{_PERSON} (?:available|around|free|there) to (?:talk|chat|speak|call)\b",
        # "I'd like to go over that with a person on the phone"
        r"\b(?:go over|discuss|review) (?:\w+ ){0,4}?with (?:a |an |the |your )?(?:real |actual |"
        r"live )?(?:person|human|someone|somebody|nurse|manager|staff)\b",
        # A consultation asked about: "do I have to pay just to talk to somebody about sculptra",
        # "can i just come in and talk to someone first before committing".
        unless=r"\b(?:do i (?:need|have) to|do you have to|is there a way to|is it free to|"
        r"(?:pay|charge|cost|costs) (?:just )?to)\b",
    ),
    human(
        "want_person",
        r"\b(?:is there|can i get|can i have|i need|i want|i'?d like|give me|get me|"
        r"let me talk to|need to talk to)\b(?:\W+\w+){0,2}?\W+(?:real |actual |live )?"
        r"(?:person|human|someone real|manager|agent|representative)\b",
        r"\b(?:real|actual|live) (?:person|human|agent|people)\b",
        r"\b(?:human|person|agent|representative|operator) please\b",
        r"^\W*(?:human|agent|representative|operator|person)\W*$",
        # "front desk pls", "need the nurse"
        r"^\W*(?:need |want |get me )?(?:the )?(?:front desk|nurse|manager|injector|receptionist|"
        r"doctor)(?: pls| please| plz| asap)?\W*$",
    ),
    human(
        "call_me",
        r"\b(?:call me|call me back|give me a (?:call|ring)|callback|call back|ring me|phone me|"
        r"reach out to me|contact me|text me back|ring (?:him|her|us))\b|\bleave (?:a )?message "
        r"for\b",
        r"\b(?:can|could|would|will|have) (?:the|my|your|a) \w+(?: \w+){0,4} (?:please )?(?:text|call|"
        r"reach|contact|message) me\b",
        r"\b(?:can|could|would) (?:someone|somebody|anyone|a nurse|the nurse|you) (?:please )?call"
        r"\b(?! (?:to|ahead|in|for|the))|\brather (?:not text|talk|call|speak)\b",
        r"\bi'?d (?:like|love|prefer) to (?:speak|talk|chat) (?:to|with)\b",
        # Asking a person to do something for them: "could someone send it to me?"
        r"\b(?:can|could|would|will) (?:someone|somebody|anyone|a person|a real person) (?:there )?"
        r"(?:please )?(?:(?:send|email|mail|fax) (?:it|that|this|them|over|(?:me )?(?:a |the |my )?"
        r"(?:letter|receipt|invoice|forms?|records?|note|paperwork|documentation))|get back to|"
        r"reach out|look into)\b",
        r"\b(?:have|can|could|will|would) (?:someone|somebody|you|the \w+|a \w+|your \w+) "
        r"(?:please )?(?:call|phone|ring) me\b",
        r"\b(?:get|have|receive|set up|schedule|request|want|need) (?:a )?(?:phone )?call "
        r"(?:from|with|back)\b",
        r"\b(?:phone call|a call) instead\b|\binstead of (?:text\w*|messag\w*)|"
        r"\brather than text\w*",
        r"\b(?:pick up|answer) (?:the|your|ur) (?:damn |dang )?phones?\b",
        # "Can Kayla at the front desk text me", "can the NP call my mom", "talk to Dana about my Botox"
        r"\b(?:can|could|would|will) \w+ (?:at|from) the (?:front desk|office|clinic|desk) (?:\w+ ){0,3}"
        r"(?:text|call|message|ring) me\b|\b(?:call|text|ring) my (?:mom|mother|dad|father|wife|"
        r"husband|daughter|son)\b|\b(?:talk|speak) (?:to|with) (?!(?:you|u|someone|somebody|anyone|anybody)\b)[a-z]+ about my\b",
        # "nurse Marina can text me? she knows my case"
        r"\b(?:nurse|dr|doctor|injector|provider|manager|owner) \w+ (?:can|could|please) (?:text|"
        r"call|message|ring) me\b|\bknows my (?:case|history|face|situation)\b|"
        r"\bis (?:she|he) (?:in|working|there|around|available) (?:today|tomorrow|this week|now)\b",
    ),
    human(
        "is_bot",
        r"\b(?:are you|is this|r u|am i (?:talking|talkin'?|texting|textin'?|chatting|speaking)"
        r"(?: to| with)?|"
        r"is that) (?:a |an |even a |just a )?(?:bot|robot|ai|a\.i\.|automated|automatic|"
        r"computer|machine|software|an app|autoresponder|chat ?bot|chat ?gpt|gpt|real person|real|"
        r"human|person|actual person|"
        r"program|auto ?reply)\b",
        r"\b(?:messages|texts|replies|answers|responses) (?:are |is )?(?:automated|automatic|"
        r"from a bot|a bot|ai|generated)\b|\bis (?:someone|anyone|a person|a human) (?:there|"
        r"reading|on the other end)\b",
        r"\b(?:this is|you'?re|you are) (?:a |an |just a )?(?:bot|robot|automated|machine)\b",
        r"\bwho (?:am i(?! (?:seeing|booked|getting|with|having))|is this|are you|is texting|'?s texting|"
        r"is replying)\b|"
        r"\bwho'?s (?:this|texting|replying)\b",
    ),
    human(
        "spanish",
        r"\bhablar con (?:una persona|alguien|un humano|la enfermera|el doctor|la doctora|"
        r"un gerente|el gerente)\b|\bllam(?:ame|eme|enme)\b|\bme pueden llamar\b",
        r"\bpersona real\b|\beres (?:un )?(?:robot|bot)\b",
    ),
]

CONSULTATION: list[Rule] = [
    consult(
        "which_should_i",
        r"\bwhich (?:\w+ ){0,3}(?:should|would|do you think) i (?:get|do|try|book|start|use|buy)\b",
        r"\b(?:a |the )?(?:good|better|best|right) (?:fit|candidate|option|choice) for (?:me|my|"
        r"someone)\b|\bsuits? me\b|\bright for me\b|\bworth it for someone\b|"
        r"\bwhat should i (?:pair|combine|add|do) with\b",
        r"\bshould i (?:start|get|do|try) (?:\w+ ){1,4}or (?:wait|not|hold off)\b",
        rf"\bwhich (?!{_SCHEDULE}\b)(?:\w+ ){{0,3}}?(?:work|works|be better|better|suits?|fits?|"
        r"makes? (?:more |the most )?sense)\b.*\bfor (?:me|my)\b|\bworth it for (?:me|my)\b",
    ),
    consult(
        "best_for_me",
        rf"\b(?:which|what)\b(?! {_SCHEDULE}\b)"
        r"(?:\W+\w+){0,6}?\W+(?:best|better|right|ideal|appropriate|suitable|recommend\w*|"
        r"suggest\w*|good|work best|most effective)\b(?:\W+\w+){0,5}?\W+(?:for me|for my|"
        r"i should|should i|in my case|for someone like me|for someone with)\b",
        r"\b(?:which|what)(?:'s| is)? (?:the )?best (?:thing|option|treatment|way) (?:for|to)\b"
        r"(?:\W+\w+){0,5}?\W+my\b",
        r"\bwhat (?:would|do|should|can|could) (?:you|u|yall|your \w+) (?:recommend|suggest|"
        r"advise|propose|do)\b",
        r"\b(?:recommend|suggest) (?:something|anything|a treatment|what) (?:for|to)\b|"
        r"\bany (?:recommendations|suggestions)\b",
        r"\b(?:not sure|no idea|don'?t know) what (?:i need|i should (?:get|do|book)|to (?:get|do|"
        r"book)|would (?:work|help|be best))\b|\bideas\W*$",
    ),
    consult(
        "recommend_treatment",
        r"\b(?:would|do|can|could) (?:you|u|yall|your \w+) (?:recommend|suggest)\b",
        needs=("treated",),
    ),
    consult(
        "compare",
        r"\bshould i (?:get|do|try|go with|choose|book|pick|start with)\b.*\bor\b",
        r"\b(?:better|best) (?:option|choice) for (?:me|my)\b|\b(?:better|best) for my\b",
        r"\bwhich (?:one|option|treatment|is better)\b(?:\W+\w+){0,4}?\W+(?:me|my|i)\b",
        r"\bor\b.*\b(?:help|work|better|best|enough)\b.*\bmy\b|\bdo you think (?:i|my|it)\b|"
        r"\bhelp me (?:choose|decide|pick)\b|\b(?:choose|decide|pick) between\b|"
        r"\bshould i (?:combine|pair|stack)\b|\bcombo\b.*\bfor (?:my|me)\b|"
        r"\bwhat (?:would|could|will|can) (?:fix|help|treat) (?:that|this|it|my)\b|"
        r"\bwhich (?:would|do) you (?:pick|choose|recommend)\b|"
        rf"\b{TREATMENT},? (?:\w+,? ){{0,2}}or what\W*$|"
        # "neck lines, tox or filler?", "saggy skin at 52, m8 or sculptra?"
        rf"\b{_CONCERN}\b(?:\W+\w+){{0,4}}?\W+{TREATMENT}\W+or\W+(?:\w+\W+){{0,2}}?{TREATMENT}\b|"
        r"\bshould i combine\b|\bbetter for me than\b|\bis (?:that|this|it) (?:better|best|right) for me\b",
        # "big pores on my nose. microneedling, hydrafacial or BBL?"
        rf"\b{TREATMENT}, (?:\w+ ){{0,2}}?{TREATMENT},? or (?:\w+ ){{0,2}}?{TREATMENT}\W*$",
        r"\bwhere (?:do|would|should) (?:i|you|we) (?:even )?start\b|\bwhat would you prioriti[sz]e\b|"
        r"\blook (?:refreshed|younger|less tired|more awake|like myself)\b|"
        r"\bwhat(?:'?s| is) (?:the|your) (?:game )?plan\b",
        rf"\b{TREATMENT}\b.*\bor (?:something|anything) (?:else|different)\b",
        r"\b(?:can|could|would|will) (?:\w+ )?(?:filler|botox|tox|it|that|this|\w+) fix (?:that|this|"
        r"it|my)\b|\bis there anything (?:you can do|that (?:helps|works)|for (?:that|this|it|my))\b",
    ),
    # "botox or filler for my forehead lines?"
    consult(
        "treatment_or_treatment",
        rf"\b{TREATMENT} or (?:\w+ )?{TREATMENT}\b(?:\W+\w+){{0,3}}?\W+(?:for|on|to fix|to help) "
        rf"(?:my|these|the) (?:\w+ ){{0,2}}?{_CONCERN}\b",
    ),
    # "RHA or Juvederm for my cheeks?", "my jawline is soft, kybella or filler?"
    consult(
        "either_treatment",
        rf"\b{TREATMENT}\b(?:\W+\w+){{0,3}}?\W+or\W+(?:\w+\W+){{0,3}}?{TREATMENT}\b",
        r"\bwhat (?:should|would|could|do) i (?:get|do|try|book)\b.*\bfor my\b",
        needs=("personal",),
        unless=_NOT_A_CHOICE,
    ),
    # "i want glass skin, what should i book?"; not what to do before a visit or to gift.
    consult(
        "what_to_get",
        r"\bwhat (?:should|do you think|would you have) i (?:get|book|try|get done|plan)\b",
        unless=r"\b(?:before|after|prep\w*|wear|bring|gift|present|first visit|for (?:her|him|my "
        r"(?:mom|mother|wife|husband|sister|friend|daughter|girlfriend|boyfriend|partner)))\b",
    ),
    # "Ultherapy, filler, or both?"
    consult(
        "or_both",
        rf"\b{TREATMENT},? (?:\w+,? ){{1,2}}or both\b",
        unless=_NOT_A_CHOICE,
    ),
    # "pageant in March, what treatments should I plan before then?"
    consult(
        "which_treatments",
        r"\bwhat (?:\w+ ){0,2}(?:treatments?|procedures?) (?:should|would|do you think) i\b",
    ),
    consult(
        "compare_treatments",
        r"\bor\b(?:\W+\w+){1,4}?\W+better\b|\bor\b(?:\W+\w+){1,3}?\W+for me\b",
        needs=("treated",),
    ),
    consult(
        "combine",
        r"\bcombin\w*\b",
        r"\b(?:can|could|should) i (?:get|do|have)\b.*\b(?:and|with|plus)\b.*"
        r"\b(?:same (?:day|time|visit|appointment)|together|at once)\b",
        needs=("treated",),
    ),
    consult(
        "candidate",
        # "do I actually need under eye filler or am I just not sleeping"
        # "I'm 27, should I start preventative botox?"
        rf"(?:^|[,.!?;]\s*)should i (?:start|begin|try) (?:\w+ ){{0,2}}?{TREATMENT}\W*$|"
        rf"\bdo i (?:actually|really|even|honestly|truly) need (?!to\b|an? consult|consult)"
        rf"(?:a |an |some |more |the )?(?:\w+ ){{0,2}}?{TREATMENT}\b(?! (?:redone|again|every|before|first))|"
        r"\b(?:am i|would i be|i'?m|could i be|is (?:my \w+|she|he)) (?:a )?(?:good |right |"
        r"suitable |possible |ideal )?candidate\b",
        r"\bwould (?:i|it|this|that|\w+) (?:work|help|be good|be right|do anything) (?:for|on) "
        r"(?:me|my)\b",
        r"\b(?:is|would|will) (?:\w+ )?(?:\w+ )?(?:be )?(?:right|good|ok|okay|suitable|a good fit|"
        r"the best|best|a good (?:idea|option|choice)|worth it|the way to go) for (?:me|my)\b",
        r"\b(?:would|will|could|does|do|can) (?:\w+ )?(?:botox|filler|morpheus8?|microneedling|"
        r"laser|ipl|peel|kybella|prp|it|this|that) (?:work|help|be good) (?:for|on|with) "
        r"(?:me|my)\b",
    ),
    consult(
        "my_concern",
        rf"\b(?:help|fix|get rid of|improve|reduce|treat|do about|do for)\b(?:\W+\w+){{0,1}}?\W+"
        rf"my\b(?:\W+\w+){{0,2}}?\W+{_CONCERN}\b",
        rf"\bmy\b(?:\W+\w+){{0,2}}?\W+{_CONCERN}\b.*\b(?:what|which|recommend|suggest|options?|"
        # "botox for my 11s next week, evenings work best for me" picks a time, not a treatment.
        rf"best(?! for me\b)|treat)\b",
        r"\bi (?:want|need|would like|'d like|wanna|am looking|'m looking) to (?:fix|get rid of|"
        r"improve|reduce|tighten|plump|smooth|lift|tone|slim|contour|refresh|look younger)\b",
        rf"\bi (?:have|hate|don'?t like|can'?t stand)\b(?:\W+\w+){{0,3}}?\W+{_CONCERN}\b.*"
        rf"\b(?:what|which|recommend|suggest|options?|help|do you)\b",
    ),
    consult(
        "spanish",
        r"\bque me recomienda\w*|\bcual es mejor\b|\bque es mejor para mi\b|"
        r"\bsoy (?:buena )?candidata?\b",
    ),
]
