"""The words of med-spa texting: slang, brands, misspellings and the concepts they stand for.

Data only; `knowledge.normalize` applies it. Add a phrasing here when patients keep using one
the knowledge bases do not: a concept family ("wear off", "hold up" -> "last") helps every
clinic, a single FAQ's wording helps none.
"""


def word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list."""
    return frozenset(text.split())


# (pattern, replacement): one pass over lower-cased, accent-free text, leftmost match first and,
# at the same place, the earlier pattern first. "{0}" in a replacement is the matched text, so a
# brand keeps its name and gains its family ("dysport" -> "dysport neurotox") and both kinds of
# FAQ match. Replacements are final: no pattern sees another's output.
PHRASES: tuple[tuple[str, str], ...] = (
    # prices and money
    (r"\$\s*(?=\d)", "price "),
    (r"\$", "price"),
    # "how much down to book" asks the deposit.
    (r"\bhow much (?:do (?:i|you|we) (?:need to |have to )?(?:put |pay )?)?down\b", "deposit"),
    (r"\bhow much\b(?! (?:weight|downtime|time|swelling|bruising|pain))", "price"),
    # "is the 20% off hydrafacial thing still going"
    (r"\b\d{1,3} off\b", "{0} special"),
    (r"\b(?:cost|costs|costing|pricing|prices|priced|charge|charges|rates?|fees?)\b", "price"),
    # "what would it run me", "what does a full face co2 run?"
    (r"\brun (?:me|ya|you|u)\b", "price"),
    (
        r"\bwhats?\b(?=.*(?<!my )(?<!a )\brun\b\s*(?:$|these days|now|nowadays|roughly|to|for))",
        "{0} price",
    ),
    (r"\bper unit\b", "price unit"),
    # Treatment names as speech-to-text and autocorrect hear them: "bow talks", "semi glue tide".
    (r"\b(?:bow ?talks?|boat ?ox|boe ?tox|bo tox|bow ?tox|bo talks)\b", "botox neurotox"),
    (r"\b(?:dis ?port|dice ?port)\b", "dysport neurotox"),
    (r"\b(?:julie|juvie|juvy|juva) ?derm\b", "juvederm filler"),
    (
        r"(?:(?<=\blip )|(?<=\blips )|(?<=\bcheek )|(?<=\bchin )|(?<=\bjaw )|(?<=\btrough ))"
        r"(?:killer|fillet|fillers?t)\b",
        "filler",
    ),
    (r"\bmicro ?(?:kneeling|needle ?ing|kneading|knitting)\b", "microneedling"),
    (r"\bmorph ?(?:eus|yes|ius|is|ease|ias) ?(?:8|eight|ate)\b", "morpheus8 rfmicroneedling"),
    (r"\b(?:semi|sema|sammy) ?glue ?(?:tide|tied|tight)\b", "semaglutide weightloss"),
    (
        r"\b(?:tears?|ter|tur|terse) ?(?:zep|zap) ?(?:a|uh)? ?(?:tide|tied)\b",
        "tirzepatide weightloss",
    ),
    (r"\b(?:kai|ky|kye|cuy) ?bell?a\b", "kybella"),
    (r"\bbrow lamb?(?:ination|ation| ?nation)?\b", "brow lamination"),
    (r"\bcool ?sculpt(?:ing|in)?\b", "coolsculpting"),
    (r"\bsculpt ?tra\b|\bsculptor\b", "sculptra biostimulator"),
    # neurotoxins
    (r"\bbrotox\b", "botox neurotox men"),
    (
        r"\b(?:bo[tx]{1,2}o[xs]+|botx|botax|boxtox|botoks|botex|btox|b-tox|tox|neuro ?toxins?|"
        r"neuromodulators?|wrinkle relaxers?|anti[- ]?wrinkle injections?|wrinkle (?:shots?|"
        r"injections?|jabs?))\b",
        "botox neurotox",
    ),
    (r"\b(?:dysport|xeomin|daxxify|jeuveau|letybo)\b", "{0} neurotox"),
    (
        r"\blip flips?\b|\blips? flip(?:ped|ping)?\b|\bflip my (?:upper )?lip\b|"
        r"\bupper lip (?:botox|tox)\b|\b(?:botox|tox) (?:in|on|for) (?:my |the )?upper lip\b",
        "lipflip neurotox",
    ),
    # Lines treated with a neurotoxin: asking about them asks about the neurotoxin.
    (r"\b(?:11s|elevens|eleven lines|frown lines?|glabellar lines?)\b", "frownlines neurotox"),
    (r"\bcrows? ?feet\b", "crowsfeet neurotox"),
    # fillers
    (r"\b(?:(?:my|old|lip) )*filler (?:\w+ ){0,4}?(?:taken out|removed)\b", "filler dissolve"),
    (r"\blip (?:injections?|augmentation|enhancement|plump\w*)\b|\blips done\b", "lip filler"),
    (r"\bcheek (?:injections?|augmentation)\b", "cheek filler"),
    (
        r"\b(?:mouth|lips?) plump\w*|\bplump(?:ed|ing)? (?:up )?(?:my |the )?(?:lips?|mouth)\b",
        "lip filler",
    ),
    (r"\b(?:tear ?troughs?|under[- ]?eye filler)\b", "tearthrough filler"),
    (r"\bliquid (?:face ?lift|rhinoplasty|nose job)\b", "filler"),
    (r"\bdermal fill\w*\b|\bfiller?s?\b", "filler"),
    (
        r"\b(?:juvederm|restylane|rha|versa|belotero|voluma|volbella|vollure|kysse|radiesse)\b",
        "{0} filler",
    ),
    (r"\bsculptra\b", "sculptra biostimulator"),
    # devices and treatments
    (r"\bmorph(?:eus)?[ -]?8\b|\bmorpheus ?eight\b", "morpheus8 rfmicroneedling"),
    (r"\b(?:rf|radio ?frequency) micro[- ]?needling\b", "rfmicroneedling"),
    (
        r"\bmicro[- ]?needling\b|\bcollagen induction(?: therapy)?\b|\bcollagen needl\w*",
        "microneedling",
    ),
    (r"\bskin ?pen\b", "skinpen microneedling"),
    (r"\bvampire facials?\b|\bprp facials?\b", "prp vampire facial"),
    (r"\bplatelet[- ]rich plasma\b", "prp"),
    (r"\bhydr[ao][- ]?facials?\b", "hydrafacial facial"),
    (r"\blaser hair(?: removal)?\b|\blhr\b", "laserhair"),
    (
        r"\blaser(?:ing)? (?:on |for |off )?(?:my |the )?(?:legs?|under ?arms?|arm ?pits?|pits|bikini|"
        r"brazilian|upper lip|lip|chin|back|arms?|chest|face)\b|\b(?:upper lip|lip|chin|underarm|"
        r"leg|bikini|brazilian|back) laser\b",
        "laserhair {0}",
    ),
    (r"\bphoto ?facials?\b|\bintense pulsed light\b", "ipl"),
    (r"\bchem(?:ical)? peels?\b", "peel"),
    (r"\b(?:semaglutide|ozempic|wegovy|rybelsus)\b", "{0} semaglutide weightloss"),
    (r"\b(?:tirzepatide|mounjaro|zepbound)\b", "{0} tirzepatide weightloss"),
    (
        r"\bglp[- ]?1s?\b|\bweight[- ]?loss (?:shots?|injections?|program|meds?|medication)\b",
        "glp1 weightloss",
    ),
    (r"\bweight[- ]?loss\b|\blose weight\b|\blosing weight\b", "weightloss"),
    (r"\biv (?:therapy|drips?|infusions?|hydration)\b|\bdrips?\b|\bivs\b", "iv"),
    (
        r"\bcool ?sculpt\w*\b|\bfat freez\w*\b|\bfreez\w* (?:\w+ )?(?:for )?(?:my |the )?"
        r"(?:belly|fat|love handles|stomach|tummy|double chin|flanks?|thighs?|muffin top)\b",
        "coolsculpting",
    ),
    (r"\bkybella\b|\bdouble chin\b|\bfat dissolv\w*|\bchin fat\b", "kybella"),
    (r"\bb ?12 (?:shots?|injections?)\b|\bb-12\b", "b12"),
    (
        r"\bdermaplan\w*\b|\bface shav\w*|\bshav\w* (?:my |the |your |people'?s |ppl'?s )?faces?\b",
        "dermaplaning",
    ),
    (r"\bbacne\b", "back acne"),
    (r"\bbnpl\b|\bbuy now,? pay later\b", "financing"),
    # asking for a time: a booking request whatever the treatment
    (
        r"\b(?:can (?:i|we|u|you) (?:get|grab|snag|do|have)|any chance (?:of|for|i can)|"
        r"need (?:a|an)|want (?:a|an|to get)|looking for (?:a|an)|spots?|slots?|room for|"
        r"(?:like|love|want|hoping|wanting) to come in)\b"
        r"(?=[^.?!]*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?s?|sat|wed|thu|thur)\b|"
        r"[^.?!]*\b(?:tomorrow|"
        r"tmrw|today|tonight|this week|next week|morning|afternoon|evening|after work|lunch|"
        r"\d{1,2}(?::\d\d)? ?(?:am|pm)|at \d{1,2})\b)",
        "book availability",
    ),
    # Two treatments in one visit, not a same-day booking: "a lash lift and brow lam same day".
    (
        r"\b(?:both|together|and (?:a |the )?\w+(?: \w+)?) (?:on the |in the |at the )?same "
        r"(?:day|visit|appointment|appt|time)\b",
        "{0} together",
    ),
    # walk-ins
    (
        r"\bwalk[- ]?ins?\b|\bsame[- ]day\b|\bjust (?:show up|come in|stop by|pop in|drop in)\b|"
        r"\b(?:show up|pop in|drop in|swing by) (?:without|w/?o|w o)\b|\bwithout (?:an? )?"
        r"(?:appointment|appt|booking)\b|\bw ?/?o (?:an? )?(?:appointment|appt|booking)\b|"
        r"\bno (?:appointment|appt)\b",
        "walkin",
    ),
    # when a treatment starts and stops working
    (
        r"\bhow (?:fast|soon|quickly)\b|\bsee (?:a|any) (?:difference|change)\b|"
        r"\bnotice (?:a difference|results|anything)\b|\bkicked in\b|\bstart(?:s|ed)? to work\b",
        "takeeffect",
    ),
    (
        r"\bstill (?:be )?(?:working|going|in effect)\b|\b(?:last|good) (?:until|till|through)\b|"
        r"\bhold(?:s)? up\b|\bstick(?:s)? around\b|\bhow many months\b|\bhow long (?:will|would) "
        r"(?:it|they|that|results?) (?:be|stay|keep)\b|\bbetween (?:appointments|appts|treatments|"
        r"sessions|visits)\b",
        "last",
    ),
    (
        r"\bhangs? around\b|\bhow long (?:does|do|will|would) (?:it|they|that|results?|"
        r"\w+(?: \w+)?) (?:hold|stay)\b",
        "last",
    ),
    # How often people come back is how long it lasts: "how often do ppl come back for botox".
    (
        r"\bhow often (?:do|does|should|would|will|must|can) (?:i|you|we|u|people|ppl|most people|"
        r"someone|one|patients|clients|it|they) (?:\w+ )?(?:need to |have to |usually |typically )?"
        r"(?:come back|go back|return|redo|re-do|repeat|get (?:it |them |this |that )?(?:done|redone|"
        r"again|repeated|touched up)|do (?:it|this|that) again|re-?up)\b",
        "{0} last",
    ),
    (r"\bhow many (?:rounds|treatments|visits|times|appointments|appts)\b", "how many sessions"),
    (r"\btouch[- ]?ups?\b|\btop[- ]?ups?\b|\bfollow[- ]?ups?\b|\bcheck[- ]?ups?\b", "touchup"),
    (
        r"\bdissolv\w*|\bhylenex\b|\bmelt (?:old |my )?filler\b|\breverse (?:my )?filler\b",
        "dissolve",
    ),
    # running late, before "how late" asks for the hours
    (
        r"\beta \d+|\bhow late can (?:i|we) (?:be|arrive|show up)\b|\bgive (?:my|the) (?:spot|"
        r"appointment|appt) away\b",
        "late",
    ),
    # times and places; "48 hours" is notice or a wait, not opening hours
    (
        r"\b(?:\d+|twenty[- ]four|forty[- ]eight|a few|a couple(?: of)?|several) ?(?:hours?|hrs?)\b",
        "notice",
    ),
    # "6:30 on a wednesday or is that too late", "how late could I come in on a Friday"
    (
        r"\b(?:is that|is it|is \d{1,2}(?: \d\d)? ?(?:am|pm)?|thats) too late\b(?! (?:to|for))",
        "hours",
    ),
    (r"\bhow late (?:could|can|would) (?:i|we) (?:come in|come by|stop by|get in|book)\b", "hours"),
    (r"\btoo late (?:to|for)\b", "notice"),
    # "will be there at 1:20 instead of 1:10"
    (
        r"\b(?:be there|arrive|get there|make it) (?:at|by|around) \d{1,2}(?: \d\d)?(?: ?[ap]m)? "
        r"instead\b|\binstead of \d{1,2} \d\d\b",
        "late",
    ),
    # "if a spot doesn't take, do I pay to fix it": the touch-up policy.
    (
        r"\bif (?:a |one |the |my |it |that )?(?:\w+ )?(?:doesn'?t|didn'?t|does not|did not) take\b",
        "touchup",
    ),
    (
        r"\b(?:till|until|til) what time\b|\bhow late (?:are|r|do|is|can)\b|\bwhat time'?s? (?:is )?"
        r"(?:your|the) (?:last|first|earliest|latest)\b|\b(?:earliest|latest) (?:appointment|appt|"
        r"time)\b|\b(?:are|r) (?:you|u|yall) (?:guys )?there\b",
        "hours",
    ),
    (
        r"\baddy\b|\bcross streets?\b|\bwhat floor\b|\bwhich building\b|\bclose to\b|"
        r"\bfar from\b|\bgps\b|\bgoogle maps\b|\bpin\b",
        "location",
    ),
    (
        r"\bsuite\b|\bstreet (?:#|number|address)|\bentrance\b|\bwhich (?:door|floor|building)\b",
        "location",
    ),
    (
        r"\bcall (?:you|u|y'?all|the (?:office|clinic|front desk|spa))\b|\bfront desk\b|"
        r"\b(?:email|e-mail) (?:address|addy|you)\b",
        "phone",
    ),
    (r"\bmyers(?:'? cocktail)?\b|\bnad\+?(?= |$)", "{0} iv"),
    (r"\bamerican express\b", "amex pay"),
    (r"\be-?mail\b", "phone"),
    (
        r"\b(?:i'?m|i am|she'?s|he'?s) (?:black|brown|dark[- ]skinned|african american|a (?:wo)?man "
        r"of colou?r|poc)\b",
        "skintone",
    ),
    (
        r"\bdo (?:i|we|you) (?:need|have to (?:make|have|book)) (?:an? )?(?:appt|appointment|"
        r"booking)\b",
        "walkin",
    ),
    (r"\bsubscriptions?\b", "membership"),
    (
        r"\b(?:if|when) my (?:friend|sister|brother|mom|mother|cousin|coworker|partner|husband|wife|"
        r"bestie|bff)s? (?:books?|comes?\b(?! (?:with|along))|signs? up|goes)\b",
        "referral",
    ),
    (r"\bup ?front\b", "deposit"),
    (r"\b(?:in |take |taking )?full effect\b", "takeeffect"),
    (
        r"\b(?:medicare|medicaid|premera|aetna|cigna|blue cross|bcbs|united ?healthcare|humana|"
        r"kaiser|tricare|regence|anthem|hcf|bupa|medibank|nib|health fund|private health)\b",
        "{0} insurance",
    ),
    (
        r"\b(?:leave|put|drop) (?:my|the|our) car\b|\bwhere (?:do|can|should) (?:i|we) park\b",
        "parking",
    ),
    (r"\b(?:join|joining|become|becoming|sign up) (?:as )?a member\b|\bmembers?\b", "membership"),
    (
        r"\bput (?:\$\s?\d+|money|anything|a card|cash) down\b|\bdown ?payment\b|"
        r"\b(?:have to|need to|to) put down\b",
        "deposit",
    ),
    # "my coworker sent me", "sent me your way": a referral; "you sent me a link" is not.
    (
        r"\bsent me\b(?! (?:a|an|the|my|your(?! way)|this|that|it|some|another|over|back)\b)",
        "referral",
    ),
    # A note for work is not the providers' page.
    (
        r"\b(?:doctor'?s|dr'?s?|work|school|sick) note\b|\bnote for (?:work|school|my (?:job|boss|"
        r"employer))\b",
        "sicknote",
    ),
    (r"\b(?:go|head|get) (?:straight |right )?back to (?:work|the office|school)\b", "downtime"),
    (r"\bage (?:limit|requirement|minimum|restriction)s?\b|\bhow old\b|\bminimum age\b", "age"),
    (
        r"\b(?:need to|have to|must|got to|gotta) be (?:at least |over )?(?:1[5-9]|2[01]|an adult|of age|"
        r"old enough)\b",
        "age",
    ),
    # "I bring my friend, I get something?"
    (
        r"\b(?:bring|brought|bringing) (?:a |my |in )?(?:friend|friends|buddy|sister|mom|coworker)s?\b"
        r"(?=.*\b(?:get|earn|discount|credit|reward|something|anything|bonus)\b)",
        "{0} referral",
    ),
    (
        r"\bpay (?:it )?(?:off )?(?:over|in) (?:a few |several |a couple (?:of )?|\d+ )?"
        r"(?:months|weeks|payments|chunks)\b",
        "financing",
    ),
    (r"\bvalidat\w*|\bgarage\b|\bpark(?:ing)? (?:lot|spot|deck|structure)\b", "parking"),
    # cancelling, moving, paying
    (
        r"\b(?:don'?t|do not|didn'?t|did not|never|not|no) show(?:ed)? up\b|"
        r"\bmiss(?:ed|ing)? (?:my |an |the |your |our )?(?:appointment|appt|apt|visit)\b|"
        r"\bno[- ]?call[- ]?no[- ]?show\b",
        "noshow",
    ),
    (
        r"\b(?:can'?t|cannot|won'?t|not going to|not gonna) make (?:it|my|the)\b|"
        r"\b(?:have|need|got) to cancel\b|\bcall(?:ing)? (?:it )?off\b|\blast[- ]minute\b",
        "cancel",
    ),
    (
        r"\b(?:move|moving|bump|bumping|push|pushing|switch|switching|shift|change|changing) "
        r"(?:it|my \w+|the (?:time|day|date)|"
        r"(?:my |the )?(?:\d{1,2}(?::\d\d)?|tomorrow'?s?|friday'?s?|monday'?s?) ?(?:am|pm)?)\b|"
        r"\b(?:another|a different) (?:day|time)\b",
        "reschedule",
    ),
    (
        r"\bsplit (?:it|the cost|the payment|payments) (?:into|in|over)\b|\binstallments?\b",
        "financing",
    ),
    (r"\b(?:zelle|venmo|paypal|apple pay|google pay|cash ?app)\b", "{0} pay"),
    (r"\bballpark\b|\bquote\b|\brun me\b|\bset me back\b", "price"),
    (r"\bon the house\b|\bcomplimentary\b|\bcomp(?:ed)?\b", "free"),
    (
        r"\b(?:sunscreen|spf|moisturi[sz]er|serums?|cleanser|skinmedica|skinceuticals|obagi|alastin|"
        r"eltamd|isdin|revision|neocutis|colorescience|supergoop|zo)\b",
        "{0} skincare product",
    ),
    (r"\b(?:cash|checks?|debit|credit cards?|amex|visa|mastercard|discover)\b", "{0} pay"),
    (
        r"\bsend(?:ing)? (?:my )?(?:friends?|people|someone|family|coworkers?) (?:your way|to you|"
        r"over|in)\b|\brefer\w*",
        "referral",
    ),
    (r"\b(?:for|as) a gift\b|\bgift (?:it|one)\b", "giftcard"),
    (
        r"\b(?:is|am|are|i'?m|she'?s|he'?s|they'?re) (?:only |just )?1[0-9]\b(?! (?:min|mins|minutes|"
        r"hours|days|weeks|units))|\bturning 18\b|\bunder (?:18|21)\b",
        "age",
    ),
    (
        r"\b(?:phone|cell|office) number\b|\bnumber to (?:call|text|reach)\b|\bbest number\b|"
        r"\ba number\b|\b(?:right|correct|your|ur|the clinic'?s|this) number\b|"
        # Any other "number" but a count ("the number of units"); the stemmer would make it "numb".
        r"\bnumbers?\b(?! of\b)",
        "phone",
    ),
    (r"\b(?:put|pencil|sign) me (?:down|in)\b", "book"),
    (r"\b(?:stay|open|opened) (?:late|till|until|til|past)\b|\bclose early\b", "hours"),
    (r"\bclub\b", "membership"),
    (r"\bbike racks?\b|\b(?:park|leave|lock up) (?:my |a )?(?:bike|scooter)\b", "parking"),
    (r"\bclose (?:by|to (?:me|here|you|u))\b|\bnearby\b", "near"),
    (
        r"\bfreez\w* (?:my |the |our )?(?:forehead|face|wrinkles|lines|11s|crows? ?feet)\b",
        "botox neurotox",
    ),
    (r"\bcard (?:people|ppl|teens|minors|me)\b", "age"),
    # Children along at a visit: "can I bring my 3 yr old", "no sitter this week", "the stroller".
    (
        r"\b(?:bring|bringing|come with|with) (?:my|our|the|a) (?:[1-9]|1[0-2]|one|two|three|four|"
        r"five|six|seven|eight|nine|ten) ?(?:yrs?|years?|yo|y/o|months?|mos?)[- ]?old\b|"
        r"\b(?:kids?|kiddos?|children|child|toddlers?|infants?|newborns?|strollers?|babysitt\w+|"
        r"sitters?|childcare|daycare|little ones?)\b|\b(?:my|a|the|our) bab(?:y|ies)\b(?! ?(?:botox|tox))",
        "children",
    ),
    # Getting in: "my grandmother uses a walker", "any steps?"
    (r"\b(?:wheel ?chairs?|walkers?|handicap\w*|accessib\w+|mobility)\b", "{0} accessible stairs"),
    (r"\b(?:any|are there|lots of|how many) steps\b(?! (?:of|in|for|to (?:book|a|the)))", "stairs"),
    # A consultation that is not in person: "can I do a zoom consult first?"
    (
        r"\b(?:zoom|facetime|face time|telehealth|telemedicine|virtual\w*|video(?= (?:call|chat|visit|"
        r"consult)))\b",
        "{0} virtual",
    ),
    (
        r"\b(?:paperwork|intake forms?|new patient forms?|health history forms?|consent forms?)\b",
        "{0} forms",
    ),
    (r"\b(?:punch|stamp) ?cards?\b", "{0} loyalty"),
    (r"\beducators?\b", "teacher"),
    # Manufacturers' loyalty programs and points.
    (r"\b(?:alle|aspire|xperience\+?|evolus rewards|brilliant distinctions)\b", "{0} loyalty"),
    (
        r"\b(?:reward|rewards|loyalty) (?:points?|programs?|cards?)\b|"
        r"\b(?:earn|use|redeem|get|collect|rack up|stack) (?:\w+ ){0,2}points\b",
        "loyalty",
    ),
    (
        r"\bmedical director\b|\bsupervising (?:physician|doctor)\b|\bnurse practitioners?\b|"
        r"\bnurses?\b|\bdoctors?\b|\bphysicians?\b|\b(?:esthetician|aesthetician)s?\b",
        "{0} injector",
    ),
    (r"\brunning (?:\w+ ){0,3}?(?:behind|late)\b", "late"),
    # "omw but 20 out", "10 mins away, still ok?"
    (r"(?<![:\d])\b\d{1,2} ?(?:min(?:ute)?s? )?(?:out|away|behind)\b(?! (?:from|of|in))", "late"),
    (r"\bhold (?:my |the |your )?(?:spot|appointment|appt|time|slot)\b", "late"),
    (
        r"\bholidays?\b|\bblack friday\b|\bchristmas(?: eve)?\b|\bxmas\b|\bthanksgiving\b|"
        r"\bnew year'?s?(?: eve| day)?\b|\bmemorial day\b|\blabor day\b|\bmlk(?: day)?\b|"
        r"\b(?:july 4(?:th)?|4th of july|fourth of july)\b|\beaster\b|\bpresidents'? day\b|"
        r"\b(?:australia|anzac|boxing|labour|turkey|christmas|veterans|columbus|canada) day\b|"
        r"\bjuneteenth\b|\bhanukkah\b",
        "holiday",
    ),
    (
        r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|evening|night|late) "
        r"(?:appointments|appts|hours)\b|\bopen (?:on )?(?:weekends?|(?:mon|tues|wednes|thurs|fri|"
        r"satur|sun)days?|evenings?)\b",
        "hours {0}",
    ),
    (
        r"\b(?:dark(?:er)?|olive|brown|black) skin\b|\bskin (?:tones?|types?|of colou?r)\b",
        "skintone",
    ),
    (r"\b(?:arm ?pits?|pits|under ?arms?)\b", "underarm"),
    # logistics
    (
        r"\b(?:move|change|switch|push) (?:my )?(?:appts?|apt|appointments?)\b|\bre-?schedul\w*\b|"
        r"\b(?:move|moving|push|pushing|switch|switching|bump|bumping) (?:it|that|mine)"
        r"(?= (?:to|back|up|till|until|over)\b)",
        "reschedule",
    ),
    (
        r"\b(?:get|make|set up|grab|snag|need|want|book) (?:me )?(?:in )?(?:an? )?(?:new )?"
        r"(?:appts?|apt|appointments?)\b",
        "book appointment",
    ),
    (
        r"\bset up (?:a |an )?(?:time|visit|session)\b|\b(?:make|need|want) (?:a |an )?reservation\b|"
        r"\breserve (?:a |an |my )?(?:spot|time|slot|session)\b",
        "book",
    ),
    (r"\bappts?\b|\bapt\b|\bappointments?\b", "appointment"),
    (
        r"\bconsults?\b|\bconsultations?\b|\b(?:discuss|go over|talk (?:through|about)) "
        r"(?:my |the |some )?options\b",
        "consultation",
    ),
    (r"\bgift ?cards?\b|\bgift certificates?\b", "giftcard"),
    (r"\bcare ?credit\b", "carecredit financing"),
    (r"\b(?:cherry|affirm|klarna|afterpay|patientfi|sezzle)\b", "{0} financing"),
    (
        r"\bpayment plans?\b|\b(?:monthly|installment) payments?\b|\bpay(?:ing)? (?:\w+ ){0,2}?"
        r"(?:over time|monthly|in installments)\b|\bsplit (?:\w+ ){0,2}?(?:into|in|over) "
        r"(?:monthly |a few |several )?payments\b|\bmake payments\b",
        "financing",
    ),
    (r"\b(?:hsa|fsa)\b|\bflex(?:ible)? spending(?: accounts?)?\b|\bhealth savings\b", "hsa"),
    (r"\b(?:promos?|deals?|discounts?|coupons?|specials?|sales?)\b", "special"),
    (r"\bmemberships?\b|\bvip (?:club|program)\b", "membership"),
    (
        r"\bwhere (?:are you|r u|is the (?:clinic|office|spa))\b|\b(?:address|adress|addres)\b|"
        r"\blocated\b",
        "location",
    ),
    (
        r"\bdirections\b|\bhow (?:do|can) i (?:get|find) (?:to )?(?:you|your \w+|the \w+)\b",
        "location",
    ),
    (
        r"\bwhat time (?:do|does|are|r|will) (?:you|u|yall|the \w+)(?: guys| all)? (?:open|close)\w*",
        "hours",
    ),
    (r"\b(?:are|r) (?:you|u|yall) (?:guys )?(?:open|closed)\b", "hours open"),
    (r"\bopening times?\b|\bbusiness hours\b|\bhours\b|\bhrs\b", "hours"),
    (
        r"\bcan (?:i|we|u|you) (?:come in|get in|stop by|swing by|pop in|drop in|"
        r"fit me in|squeeze me in)\b",
        "book availability",
    ),
    (
        r"\b(?:anything|something|any ?thing|spots?|times?) (?:open|available|free)\b",
        "availability",
    ),
    (
        r"\b(?:availability|openings?|slots?|(?:squeeze|fit|get) me in|on the books)\b|"
        r"\bavailable (?:on|at|this|next|tomorrow|today|tonight|for (?:an? )?(?:appointment|appt))\b|"
        r"\b(?:any|anything|anyone|anybody) available\b",
        "availability",
    ),
    # what a treatment does over time
    (
        r"\b(?:kicks? in|kicking in|shows? up|starts? working|takes? effect|see (?:the )?results?|"
        r"results? (?:show|appear))\b",
        "takeeffect",
    ),
    (r"\b(?:wears? off|wearing off|wore off)\b", "last"),
    (r"\blast (?:time|visit)\b", "before"),
    (
        r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is|they'?re) (?:1[0-9]|[1-9])\b"
        r"(?! (?:min|mins|minutes|hours|days|weeks|units|syringes|vials|lbs|pounds))",
        "age",
    ),
    (
        r"\b\d{1,2}[ -]?(?:years?[ -]old|yrs?[ -]old|yo|y/o)\b|\b(?:minors?|teenagers?|underage)\b",
        "age",
    ),
    # An age, and the word a "teen facial" is named by.
    (r"\bteens?\b", "teen age"),
    # getting ready for a treatment: what to put on, take off or avoid beforehand
    (
        r"\b(?:come|show up|be|arrive) (?:\w+ )?(?:shaved|hairy|unshaven|clean[- ]shaven)\b|"
        r"\b(?:trim|shave|wax|pluck)(?:ed|ing)? or (?:trim|shave|wax|pluck)\w*\b|"
        r"\b(?:deodorant|lotion|self[- ]?tanner|perfume|makeup|make-up)\b(?=[^.?!]*\b(?:to|before|"
        r"for) (?:my |the |an? |your )?(?:\w+ )?(?:laser|appointment|appt|session|treatment|visit|"
        r"facial|peel)\b)|"
        r"\b(?:tan|tanning|sun ?bathe|sunbathing)\b(?= (?:before|prior))",
        "{0} prepare",
    ),
    # how much it hurts and what is done about it are one question
    (r"\b(?:hurts?|hurting|hurted|painful|pain|numb\w*|lidocaine|ouch\w*)\b", "numb"),
    # getting a tattoo is not having one removed
    (
        r"\b(?:get|do|offer|give|doing) (?:a |an |new |any )?tattoos?\b(?!\s*(?:remov|off|fad))|"
        r"\btattoo (?:artists?|shops?|parlou?rs?|studios?)\b",
        "newtattoo",
    ),
    # what the clinic does at all
    (
        r"\bwhat (?:all|else|other (?:\w+ )?(?:things|stuff|treatments|services)|kinds? of "
        r"(?:things|stuff|treatments|services)) (?:do|does|can) (?:you|u|y'?all)(?: guys| all)? "
        r"(?:do|offer|have|provide)\b|\b(?:full )?(?:list|menu) of (?:services|treatments)\b",
        "services offer",
    ),
    (r"\bblood ?work\b|\bblood (?:tests?|panels?)\b|\blab (?:work|panels?|tests?)\b", "labs"),
    (r"\b(?:side|part) of (?:town|the city)\b", "location"),
    (r"\bschedul\w*\b", "book"),
    (r"\bcancel\w*\b", "cancel"),
    (r"\bno[- ]shows?\b", "noshow"),
    # "if I open it and don't like it" opens a product, not the doors.
    (
        r"\b(?:open|opens|close|closes|closing|closed)\b(?! (?:it|them|something|anything|a|an|"
        r"my|up|the (?:box|package|bottle|jar|product|seal))\b)",
        "{0} hours",
    ),
)
# Single-token slang, texting shorthand and misspellings.
TOKEN_MAP: dict[str, str] = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ty": "thanks",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomorow": "tomorrow",
    "2morrow": "tomorrow",
    "2day": "today",
    "wknd": "weekend",
    "wkend": "weekend",
    "b4": "before",
    "prep": "prepare",
    "w": "with",
    "bday": "birthday",
    "yr": "year",
    "yrs": "year",
    "mins": "minute",
    "min": "minute",
    "hr": "hour",
    "sat": "saturday",
    "mon": "monday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thurs": "thursday",
    "fri": "friday",
    "filer": "filler",
    "fillr": "filler",
    "juvaderm": "juvederm",
    "restalyne": "restylane",
    "morpheus": "morpheus8",
    "m8": "morpheus8",
    "flip": "lipflip",
    "hf": "hydrafacial",
    "hydra": "hydrafacial",
    "peal": "peel",
    "peals": "peel",
    "sema": "semaglutide",
    "semi": "semaglutide",
    "tirz": "tirzepatide",
    "zep": "tirzepatide",
    "addy": "location",
    "lmk": "tell",
    "asap": "soon",
    "hydrofacial": "hydrafacial",
    "micro": "microneedling",
    "numbing": "numb",
    "lipo": "liposuction",
    "creditcard": "credit",
    "visa": "credit",
    "mastercard": "credit",
    "amex": "credit",
    "venmo": "venmo",
    "docs": "doctor",
    "doc": "doctor",
    "md": "doctor",
    "np": "nurse",
    "rn": "nurse",
    "injectors": "injector",
    "provider": "injector",
    "providers": "injector",
}

STOPWORDS: frozenset[str] = word_set(
    """a an the is are am was were be been being do does did doing done have has had having
    i me my mine myself you your yours yourself we us our ours it its this that these those
    there here to of for in on at by from with about as into onto and or but if so just also
    too very really please hi hello hey hiya thanks thank tysm what whats which whom whose how
    why can could would will shall should may might must get gets got getting go going know
    like want wanna wants wanted need needs needed looking wondering wonder question questions
    curious tell let lets any some much many more most other one ones thing things im ive id
    ill youre youll yall dont doesnt didnt cant wont isnt arent ok okay um uh hmm lol omg oh
    well yes yeah yep no nope sure still again maybe actually quick quickly something anything
    someone anyone guys girl ma sir he she they them their his her hoping hope find out
    place spot info information details ask asking say said wondered interested interest idea
    currently right now then than because though anyway btw etc via per around approximately
    roughly usually typically generally exactly kind sort lot lots bit little put office
    clinic spa studio practice med up sometime sometimes anytime whenever best"""
)

# Dates and times: a booking request names them, and a knowledge base that never mentions
# "tuesday" should not count that as a sign the text is off-topic.
NEUTRAL_WORDS: frozenset[str] = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow
    yesterday morning afternoon evening night week weekend month next this last am pm noon
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec early later soon asap time day days"""
)

# Treatments and body areas: what a question is about. A text naming a treatment that a
# clinic's knowledge base never mentions is most likely about something the clinic does not do.
TREATMENT_WORDS: frozenset[str] = word_set(
    """botox neurotox dysport xeomin daxxify jeuveau letybo lipflip filler juvederm restylane
    rha versa belotero voluma volbella vollure kysse radiesse sculptra biostimulator kybella
    morpheus8 rfmicroneedling microneedling prp hydrafacial facial facials peel laserhair ipl
    semaglutide tirzepatide weightloss glp1 iv b12 nad coolsculpting dermaplaning tattoo
    newtattoo ultherapy sofwave thermage emsculpt liposuction lipo thread threads pdo lash
    lashes eyelash wax waxing massage whitening augmentation rhinoplasty facelift tummy tuck bbl extensions
    microblading spray tan tanning sclerotherapy co2 fraxel pico picoway picosure halo moxi
    clearlift myers obagi skinmedica skinceuticals alastin isdin neocutis"""
)
AREA_WORDS: frozenset[str] = word_set(
    """frownlines crowsfeet lip lips cheek cheeks chin jawline jaw tearthrough nose forehead
    neck underarm underarms leg legs bikini brazilian face arm arms hand hands body brow brows
    teeth breast cellulite vein veins hair scalp acne scar scars pigmentation melasma rosacea"""
)
SUBJECT_WORDS: frozenset[str] = TREATMENT_WORDS | AREA_WORDS


# What a question asks (its price, when, where, booking): a text that matches an FAQ on these
# but not on the treatment is closer than one that matches the treatment but asks otherwise.
INTENT_WORDS: frozenset[str] = word_set(
    """price hours open close location parking park deposit late financing insurance pay
    payment membership special giftcard last takeeffect old age who injector numb refund
    policy phone call visit expect bring difference sell product referral refer touch men kid
    kids children virtual accessible"""
)
# Asking to do something (book, move, cancel), or about a policy or something bought other
# than a treatment (an age limit, a gift card, HSA, a membership, a deposit, a referral, a
# consult, loyalty points), outweighs the treatment it is for: "any openings tomorrow for a
# hydrafacial?" is a booking question and "can my 16 year old get a hydrafacial?" an age one.
# Training files, rules only: routine right 2151 -> 2198, wrong answers 233 -> 205. A special
# ("any deal on microneedling?") is not one: the treatment's own FAQ often prices packages.
ACTION_WORDS: frozenset[str] = word_set(
    """book availability reschedule cancel noshow walkin financing age giftcard hsa membership
    deposit referral consultation loyalty prepare"""
)
# Things a patient buys or joins other than a treatment: a short follow-up that names none
# ("can I cancel whenever?" after a question about the membership) is about the same one.
TOPIC_WORDS: frozenset[str] = word_set(
    "membership giftcard package financing deposit referral consultation special"
)
