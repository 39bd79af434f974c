"""Upset, dissatisfied, complaining, threatening a review or a lawyer, or anxious."""

from handoff.triage.rules.base import TREATMENT, Rule, rules_for

rule = rules_for("emotional")

EMOTIONAL: list[Rule] = [
    # Kept waiting, billed more than quoted, a result not worth the money: complaints even
    # when they are asked calmly.
    rule(
        "kept_waiting",
        r"\b(?:been|still|i'?ve been|we'?ve been) waiting\b(?:\W+\w+){0,3}?\W+(?:\d+|over|almost|"
        r"more than|an|forever|all day|ages)\b",
        r"\b(?:still|never) (?:haven'?t|have not|hasn'?t|has not|didn'?t|did not)? ?(?:heard|"
        r"gotten|got|received) (?:a |any |my )?(?:call|text|reply|response|answer|anything)\b|"
        r"\bno one (?:has )?(?:called|come|texted|answered|replied|gotten back)\b|"
        r"\bis (?:anyone|anybody|someone) (?:going to|gonna) (?:come|call|answer|help)\b",
    ),
    rule(
        "billing",
        r"\b(?:quoted|told|promised)\b.*\b(?:charged|billed|paid)\b|\bcharged (?:me )?(?:twice|"
        r"double|more|extra|again)\b|\bdouble[- ]charged\b|\bovercharged\b",
    ),
    rule(
        "not_worth_it",
        r"\bwhat a waste\b|\bwaste of (?:money|time)\b|\b(?:zero|no|not any|not a single) "
        r"(?:difference|change|improvement|results?)\b(?! (?:yet|so far))",
        needs=("personal",),
    ),
    rule(
        "feelings",
        r"\b(?:angry|furious|mad at|so mad|really mad|pissed|livid|outraged|"
        r"fuming|frustrat\w*|annoyed|irritated|disgusted|devastated|heartbroken|miserable|"
        r"depressed|crying|cried|in tears|humiliated|embar+as+\w*(?! (?:to ask|question|q\b))|ashamed|"
        r"regret\w*|"
        r"(?:i'?m|i am|im|feel(?:ing)?|makes me|made me) (?:so |really |kinda |very |super |"
        r"honestly |just )?sad|sad (?:about|with) (?:how|my|the (?:results?|outcome))|"
        r"(?:want|wanna|going|gonna|about|could) (?:to )?cry|makes me (?:want to )?cry|"
        r"feel (?:so |really |super )?(?:ugly|hideous|gross|old|like a (?:monster|freak|clown))|"
        r"(?:don'?t|can'?t|do not) (?:even )?recogni[sz]e (?:myself|my (?:own )?face|me)|"
        r"(?:don'?t|doesn'?t) look like (?:me|myself)|"
        r"traumati[sz]ed|horrified|mortified|hurt my feelings|fed up|sick of|hurt by|"
        r"felt (?:judged|disrespected|ignored|dismissed|uncomfortable|embarrassed|rushed))\b",
        negatable=True,
    ),
    rule(
        "upset",
        r"\bupset\w*\b",
        negatable=True,
        unless=r"\b(?:stomach|tummy|belly|gi|gut)\b",
    ),
    rule(
        "dissatisfied",
        r"\b(?:not|isn'?t|aren'?t|wasn'?t|never|less than|far from) (?:happy|satisfied|pleased|"
        r"thrilled|impressed|okay with|ok with)\b",
        r"\b(?:unhappy|dissatisfied|disappoint\w*|dissapoint\w*|unacceptable|unprofessional|rude|"
        r"ridiculous|terrible|horrible|awful|worst|disaster|nightmare|botched|ruined|butchered|"
        r"messed up|screwed up|scam\w*|rip ?off|ripped off|waste of money|wasted my money|"
        r"incompetent|negligent|careless|lied|rob(?:bed|bing|bery|s)?|overpriced|highway robbery|expected more|"
        r"did (?:literally |absolutely |basically )?nothing|didn'?t do (?:anything|a thing|much)|"
        r"no difference|not worth|rushed|short with (?:me|my \w+|us)|"
        r"looks? (?:exactly |just |basically )?the same as before|"
        r"(?:filler|botox|tox|lips?|results?|it) i (?:absolutely |really |totally |honestly )?hate|"
        r"(?:don'?t|do not|can'?t|cannot) (?:see|notice|tell) (?:any|a|much of a) difference|"
        r"dismissive|ignored me|brushed me off|how i was (?:treated|spoken to)|condescending|"
        r"disrespectful|patroni[sz]ing|belittl\w*|judgmental|snippy|short with me|mean to me|"
        r"let down|(?:no one|nobody) (?:told|warned|mentioned)|you people|"
        r"(?:what|are|is) a joke)\b",
        r"\b(?:this|that|it)(?:'s| is) (?:just |honestly )?(?:unbelievable|unreal|absurd)\W*$",
        r"\b(?:you|y'?all|you guys|they|your \w+) (?:closed|cancel+ed|forgot|lost|messed up|"
        r"double[- ]booked|overbooked|never (?:called|answered|showed|told))\b|"
        r"\bwho'?s (?:paying|going to pay) for (?:that|this)\b|\bnot ok(?:ay)?\W*$",
        r"\bhate (?:how|the way|it|my|them|the results?|what|this|that|the look|these)\b",
        # "the filler I hate", "botox i regret": the treatment, then how they feel about it.
        rf"\b{TREATMENT}s? (?:that |which )?i (?:hate|regret|can'?t stand|despise|am unhappy with)\b",
        r"\b(?:looks?|look like|looking) (?:awful|terrible|horrible|ridiculous|weird|fake|"
        r"like a duck|duck|like a clown|worse|bad|deformed|crooked|strange|wrong|overdone)\b",
        r"\bi look (?:awful|terrible|horrible|ridiculous|old|worse|weird|crazy|deformed)\b",
        r"\bdoesn'?t look (?:good|right|natural|the same)\b",
        r"\bi'?m (?:so )?done\b|\b(?:second|third|2nd|3rd|another) time\b.*\b(?:you|your|again)\b|"
        r"\bhad enough\b|\bnever (?:coming back|again)\b|\btak\w* my business elsewhere\b|"
        r"\b(?:nobody|no one|no1) (?:there )?(?:cares|listens|called|calls|answers|responds)\b|"
        r"\b(?:don'?t|doesn'?t) (?:even )?care about\b",
        negatable=True,
        # "traffic on 75 is terrible, I'll be 20 minutes late" is about the drive.
        unless=r"\b(?:traffic|weather|rain|snow|commute|the drive|highway|freeway|parking|sunset|"
        r"road|roads|lot|garage)\b(?:\W+\w+){0,3}?\W+"
        r"(?:is|was|'s|are) (?:so |just |really |such )?(?:terrible|horrible|awful|the worst|"
        r"a nightmare|nightmare|insane|ridiculous)\b|"
        # "is parking a nightmare there?", "it sounds awful lol", "can it be dissolved if I hate it"
        r"\bis (?:parking|traffic|it|the drive) (?:a |such a )?nightmare\b|"
        r"\b(?:i-?)?\d{2,3} (?:is|was|'s) (?:a |such a )?nightmare\b|"
        r"\bsounds? (?:awful|scary|terrifying|painful|horrible|intense|terrible)\b|"
        r"\bif (?:i|you|u|ppl|people|someone|they|she|he) (?:end up |ends up )?(?:hate|hates|don'?t like|"
        r"doesn'?t like|(?:'?m|am|are|is|'?re|'?s) not happy)\b",
    ),
    # Leaving the clinic over a past visit, even when the text also asks a routine question
    # ("can i cancel friday? after how last time went i don't want to come back").
    rule(
        "not_coming_back",
        r"\b(?:not|never|won'?t(?: be)?|will not|don'?t (?:want|plan) to|do not want to|"
        r"don'?t wanna|not going to|not gonna) (?:ever )?com\w* back\b"
        # "not coming back to town until May" is about travel.
        r"(?! (?:to|into|in) (?:town|the (?:area|city|state|country|us|states))\b| "
        r"(?:until|till|til|from|before|for)\b)",
        r"\bafter (?:how|the way) (?:\w+ ){0,3}?last (?:time|visit|appointment|appt|session)"
        r"(?: \w+){0,2}? went\b|\bafter what happened (?:\w+ ){0,2}?last "
        r"(?:time|visit|appointment|appt|session)\b",
    ),
    rule(
        "complaint",
        r"\b(?:(?<!stop )(?<!quit )complain\w*|complaint|grievance|report (?:you|this|your)|"
        r"better business bureau|bbb|medical board|licensing board|state board|"
        r"report\w* (?:you|ur|your|this|her|him|them|y'?all|u)\b|"
        r"\b(?:contact\w*|call\w*|report\w*|complain\w*|writ\w*|going) (?:\w+ ){0,3}?(?:nursing board|"
        r"board of (?:nursing|medicine)))\b",
        r"\b(?:lawyer|attorney|sue (?:you|the|your)|suing|going to sue|i'?ll sue|i will sue|"
        r"lawsuit|legal action|malpractice|small claims)\b",
    ),
    rule(
        "refund",
        r"\b(?:want|need|demand\w*|deserve|expect\w*|get|give me|requesting|request|asking for|"
        r"ask for|owe me|issue me|i'?d like|i would like|appreciate)\b(?:\W+\w+){0,2}?\W+"
        r"(?:refund|money back)\b|\bwant (?:my \$?\d+|it) back\b|\b(?:months?|it|them|package) "
        r"refunded\b",
        r"\brefund (?:me|my|this|that|the|it)\b|\bmy money back\b|\bcharge ?back\b|"
        r"\b(?:partial|full) refund\b|"
        r"\bdisput\w* (?:the|this|my|a) (?:charge|payment|bill)\b|"
        r"\b(?:never|didn'?t|did not) (?:agree|sign up|authori[sz]e|consent)\b|"
        r"\b(?:call|contact|calling|contacting|go to|going to) my (?:bank|credit card company)\b|"
        r"\b(?:double|over) ?charged\b|\bcharged (?:me )?twice\b|\bwrong(?:ly)? charged\b|"
        r"\bkeep (?:charging|billing|taking) (?:me|my card|my money|money)\b|"
        r"\bwhy'?d (?:you|y'?all|u) (?:charge|bill)\b",
        # "I want my deposit back", "I want that money put back", "i want my deposit refunded"
        r"\bwant (?:my|the|that|our) (?:deposit|money|fee|payment|\$?\d+)(?: \w+)? (?:put )?back\b|"
        r"\b(?:deposit|money|fee|payment) (?:\w+ )?(?:refunded|put back|returned)\b",
        # "do you refund if someone's not happy?", "if I cancel, is my deposit refunded?": policy.
        unless=r"\bdo (?:you|u|y'?all) (?:\w+ )?refund\b|\brefund policy\b|\brefundable\b|"
        r"\bif (?:i|we) (?:cancel|move|change|reschedule|don'?t use)\b",
    ),
    rule(
        "review_threat",
        r"\b(?:bad|negative|terrible|horrible|awful|1[- ]?star|one[- ]?star|honest|scathing) "
        r"(?:google |yelp )?reviews?\b",
        r"\b(?:warn|tell) (?:everyone|people|all my friends)\b|\bexpose you\b",
        r"\b(?:post\w*|put\w*|going|go|write|writing|leave|leaving|report\w*|tell\w*)\b"
        r"(?:\W+\w+){0,4}?\W+(?:on |to )?(?:yelp|google|social media|instagram|tiktok|facebook)\b"
        r"(?!.*\b(?:great|love|amazing|results?|before and after)\b)",
    ),
    rule(
        "anxiety",
        r"\b(?:anxious|anxiety|nervous|scared|afraid|terrified|freak\w* out|panick\w*|panic|"
        r"worried|worrying|stressed|stressing|paranoid|petrified|dread\w*|overwhelmed|insecure|"
        r"self[- ]conscious)\b",
        negatable=True,
    ),
    rule(
        "billing",
        r"\b(?<!get )(?<!be )(?:charged|billed) (?:me|my card|my account|twice|again|the|a|for)\b|"
        r"\bgot a bill\b|"
        r"\bnever (?:had|got|ordered|received)\b.*\b(?:done|charged|billed|bill)\b",
        r"\bwhy (?:did|was|were|am|is) (?:you|u|y'?all|ya|i|we|my)\b.*\b(?:charge\w*|bill\w*|fee)\b",
        r"\bstill (?:got |getting |being |was |been )?(?:charged|billed)\b",
        # "cancelled on me the morning of AGAIN. i took off work for this"
        r"\b(?:cancel\w*|bailed) on (?:me|us)\b|\btook (?:time )?off (?:work )?for this\b",
        r"\b(?:kept|keep|took|taking|stole) my (?:deposit|money|card|\$?\d+)\b|\bfix this\b|"
        r"\bwhy did (?:you|u|y'?all) (?:take|charge|bill|run)\b|\bi paid \$?\d+ for (?:that|this)\b|"
        # "we were 12 minutes late and she was turned away. Explain that."
        r"\b(?:you|u|y'?all|your \w+) turned (?:me|us|her|him) away\b|\b(?:was|were|got) turned away\b|"
        r"\bexplain (?:that|this|yourself)\W*$|"
        r"\b(?:told|said|promised) (?:me|us)\b.*\bnow (?:you'?re|your|youre|you are) (?:saying|telling)\b|"
        r"\bi'?m so done\b|\bi'?m done with (?:you|this|y'?all)\b|"
        r"\bthis is how you treat\b|\bsent (?:me|us|her|him) home\b|\bshould (?:be|have been) free\b|"
        r"\b(?:says|said|listed|quoted|advertised)\b.*\b(?:got |was |been )?(?:charged|billed)\b|"
        r"\bi didn'?t ask (?:how|about|for|what|when|if|where)\b|\bi asked (?:when|what|how|if|about|for)\b|"
        r"\$0 balance|\b(?:balance|card) (?:is|says|shows) (?:\$?0|zero|nothing)\b",
        # "I was charged the $50 deposit, does that go toward my treatment?"
        unless=r"\bdoes (?:that|it|this) (?:go|count|come off|apply|get taken off)\b",
    ),
    rule(
        "ignored",
        r"\b(?:second|third|fourth|2nd|3rd|4th) (?:text|message|time|call|voicemail)\b|"
        r"\b(?:does|is) (?:anyone|anybody|someone) (?:actually |even )?(?:work|there\b(?! (?:speak|who)\b)|read|answer)",
        r"\b(?:nobody|no one) (?:there )?(?:cared|helped|listened|called|answered|responded)\b|"
        r"\b(?:nobody|no one)(?:'s| is) (?:here|answering|picking up|responding)\b",
        # Repeated attempts to reach the clinic: "I've called three times and no one picks up".
        r"\b(?:called|texted|emailed|messaged|left (?:a )?(?:message|voicemail)s?) (?:\w+ )?"
        r"(?:three|four|five|several|multiple|many|so many|[3-9]|\d\d) times\b|"
        r"\b(?:no one|nobody|no1) (?:ever )?(?:picks|picked|gets|got|is picking) (?:up|back)\b",
        r"\b(?:do not|don'?t|stop|quit) (?:text|texting|messaging|message|contact|contacting|"
        r"spamming) me\b|^\W*(?:fine\W+)?whatever\W*$|\bfine\W+whatever\b|\bcancel everything\b",
    ),
    rule(
        "threat",
        r"\b(?:i'?ll|i will|gonna|going to) (?:come down there|find you|hurt|kill|destroy|"
        r"ruin (?:you|your))\b|\bwatch your back\b|\byou'?ll (?:regret|pay for) (?:this|it)\b",
    ),
    rule(
        "frustration",
        r"\b(?:useless|(?<!dumb )(?<!silly )stupid(?! question)|(?<!is it )(?<!if )dumb(?! (?:question|q\b|to))|"
        r"pointless|"
        r"idiot\w*|wtf|omfg|fuck\w*|shit\w*|bullshit|damn it|wth|worthless|"
        r"just answer (?:my|the) (?:question|q)|what the (?:heck|hell)|"
        # "this is not an answer", "you're not reading my messages", "yes or no??"
        r"(?:this|that)(?:'s| is) not (?:an )?answer|not (?:reading|listening to) (?:my|what)|"
        r"yes or no\?\?)|"
        # Starred-out swearing: "f***ing", "f*** off", "sh*t".
        r"\b[a-z]{1,2}\*{2,}[a-z]*",
        r"😡|🤬|😠|😤|💔",
    ),
    # Crying about themselves ("my brows are two different shapes 😭"), not a shrug at a question
    # ("what's a hydrojelly mask even 😭") or an apology ("need to cancel, sorry 😞").
    rule(
        "crying_emoji",
        r"😭|😢|😞",
        needs=("personal",),
        unless=r"\b(?:cancel\w*|late|reschedul\w*|sorry|lost my|lol|lmao|haha)\b|\?",
    ),
    rule(
        "spanish",
        r"\b(?:enojad\w*|molest\w*|decepcionad\w*|reembolso|queja|abogado|demanda\w*|odio|"
        r"no estoy (?:content|feliz|satisfech)\w*|nerviosa?|miedo|asustad\w*|preocupad\w*)\b",
    ),
]
