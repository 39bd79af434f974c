"""High-value opportunities: weddings and events, groups, packages, big budgets."""

import re

from handoff.triage.rules.base import Rule, rules_for

rule = rules_for("lead")

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a bunch of)"

LEAD: list[Rule] = [
    rule(
        "event",
        r"\b(?:wedding|weddings|bride|bridal|bridesmaids?|maid of hono(?:u)?r|matron of honor|"
        r"groom|groomsmen|getting married|engaged|engagement (?:photos|party|shoot|pics)|"
        r"honeymoon|bachelor(?:ette)?|bach (?:party|weekend|trip)|hens? (?:party|night|do)|"
        r"bucks? (?:party|night)|stag (?:party|do)|rehearsal dinner|reunion|gala|red carpet|photo ?shoot|"
        r"big (?:event|day)|prom|quince\w*|vow renewal|anniversary (?:party|trip)|pageant|"
        r"milestone birthday|(?:30|40|50|60)th (?:birthday|bday)|graduation|senior (?:pics|photos|portraits)|"
        r"oscars|emmys|grammys|golden globes|met gala|awards? (?:show|season|ceremony)|"
        r"(?:film|tv|video|movie|\d+[- ]day) shoot|on (?:the )?set|"
        r"(?:office|holiday|christmas|xmas|work|"
        r"company|staff|team) (?:party|parties|event|outing|retreat))\b",
    ),
    rule(
        "group",
        r"\b(?:botox|tox|filler|spa|girls'?|ladies'?|group|bridal) (?:party|parties|night|day|"
        r"event)\b",
        r"\b(?:me and|my) (?:my )?(?:\d+|two|three|four|five|six|several|a few|some) (?:friends|"
        r"girls|girlfriends|sisters|bridesmaids|groomsmen|buddies|guys|boys|bros|teammates|"
        r"coworkers|colleagues|ladies|assistants|employees|"
        r"staff|team members|clients)\b",
        rf"\b(?:{_COUNT}|group of|party of) (?:of us|friends|girls|ladies|people|bridesmaids|groomsmen|"
        rf"coworkers|colleagues|employees|guests|women|moms|ppl|peeps|folks|attendees|gals|"
        rf"damas|chambelanes)\b",
        # "a pampering morning for 12 of our queens"
        r"\b(?:\d{2,3}|a dozen|dozen) of (?:us|our|my)\b",
        r"\b(?:whole|entire) (?:team|office|staff|family|group|bridal party|wedding party)\b",
        # "for her and her sisters", "for both Mr. and Mrs. Adler", "a full buyout day"
        r"\b(?:her|him|me|myself) and (?:her|his|my) (?:sisters|friends|bridesmaids|family|girls|"
        r"daughters|kids|crew)\b|\bfor both (?:of (?:us|them)|mr|mrs|my|our)\b|\bmr\.? and mrs\b|"
        r"\bbuy ?out\b|\bprivate (?:event|party)\b|\bexclusive(?:ly)? (?:use|booking|for)\b|"
        r"\bproduction (?:needs|company|team|crew)\b",
        # "for me, my sister and my mom": three or more people.
        r"\b(?:me|myself|i),? my \w+,? (?:and|&|\+) my \w+\b",
        r"\b(?:for|with) (?:my|our) (?:team|office|staff|employees|coworkers|company)\b",
        r"\bcorporate\b|\bcompany (?:event|outing|party)\b|\bteam building\b",
        r"\bgroup (?:booking|discount|rate|appointment|deal|package)\b",
        r"\b(?:my (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|mom|mother|sister|"
        r"daughter|friend|bestie|bff) and i|me and my (?:husband|wife|partner|boyfriend|girlfriend|"
        r"fiance|fiancee|mom|mother|sister|daughter|friend|bestie|bff)) (?:both )?(?:want|would like|"
        r"wanna|would both like|both want|are (?:looking|thinking|interested|planning))\b",
        r"\b(?:office|team|staff|group|company|practice|firm|party) of (?:\d+|four|five|six|seven|"
        r"eight|nine|ten|twelve|twenty)\b|\b(?:\d+|several) (?:guys|men|dudes|of my friends)\b|"
        r"\b(?:staff|employee|team|client) appreciation\b|\bwellness day\b",
    ),
    rule(
        "package",
        r"\b(?:full[- ]face (?:makeover|refresh|rejuvenation|transformation)|head to toe|"
        r"total makeover|makeover|(?:complete|full|total) (?:refresh|transformation|overhaul|"
        r"rejuvenation)|the works|in what order|what order (?:should|would|do)|"
        r"liquid face ?lift|mommy makeover|everything you (?:offer|have|recommend))\b",
        r"\b(?:put together|create|build|custom|customi[sz]ed|combo|combined|multi[- ]?treatment) "
        r"(?:a |an |my )?(?:\w+ )?(?:package|bundle|treatment plan|plan)\b",
        r"\b(?:package|bundle) (?:of|with|for) (?:several|multiple|a few|different|\w+ and \w+)\b",
        r"\b(?:multiple|several|a few|a series of|series of) (?:different )?treatments\b|"
        r"\bglow[- ]?up\b|\bprepa(?:y|id) (?:for )?(?:the |a )?(?:whole |full )?year\b|"
        r"\bannual (?:package|plan|program|membership)s?\b|\bfull[- ]body\b|"
        r"\bpay (?:for )?(?:everything|it all|all of it) up ?front\b|"
        r"\bmap (?:it|this|everything|them) (?:all )?out\b|"
        # "want all 3 packages, best price?", "a bundle price for all of it"
        r"\b(?:bundle|package)s?\b(?:\W+\w+){0,6}?\W+(?:for all|all of (?:it|them|these)|all \d+|"
        r"everything)\b|\ball (?:\d|three|four|five|of (?:it|them|these))\b(?:\W+\w+){0,3}?\W+"
        r"(?:bundle|package)s?\b|"
        r"\bpay (?:\w+ ){0,2}up ?front\b.*\b(?:package|bundle)\b|"
        r"\b(?:package|bundle)\b.*\bpay (?:\w+ ){0,2}up ?front\b|"
        # Buying in bulk: "best price if i prebuy 100 units".
        r"\bpre-?(?:buy|pay|purchase)\w*\b|\b(?:buy|buying) (?:in )?bulk\b|\bbulk (?:price|pricing|"
        r"discount|rate|units)\b|"
        r"\bso i look my best\b",
    ),
    rule(
        "big_budget",
        r"\bmoney(?:'?s not|'?s no| is not| isn'?t| is no) (?:an? )?(?:object|issue|problem|concern)\b",
        r"\bbudget (?:is|isn'?t) (?:not )?(?:an? )?(?:issue|concern|problem|unlimited|flexible)\b",
        r"\bwhatever it (?:costs|takes)\b|\bspare no expense\b|\bsplurge\b|\bbig budget\b|"
        # "I have budget 8000": a budget named without a dollar sign.
        r"\b(?:budget|spend|invest)\w* (?:of |is |about |around |like |up to |roughly )?"
        r"(?:[2-9]\d{3}|[1-9]\d{4}|\d{1,2},\d{3})\b|"
        r"\bno budget\b",
        r"\b(?:price|cost) (?:doesn'?t|does not|isn'?t|is not) (?:matter|an issue|a concern|"
        r"a problem)\b|\bdon'?t care (?:about the (?:price|cost)|how much|what it costs)\b",
    ),
    rule(
        "spanish",
        r"\b(?:boda|novia|damas de honor|quinceanera|despedida de soltera|paquetes?|grupo de|"
        r"me caso|casarme|nos casamos|mis \d+ damas|grupos|somos \d+|\d+ amigas)\b",
    ),
]

# A named amount is a lead when it is a budget ("I have about $5k to spend"), not a price
# quoted back or money already spent.
BIG_BUDGET = 2000
SEVERAL_TREATMENTS = 3
MONEY = re.compile(
    r"\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|grand|thousand)?\b"
    r"|\b(\d+(?:\.\d+)?)\s?(k|grand|thousand)\b"
)
BUDGET_WORDS = re.compile(
    r"\b(?:budget|spend|invest|willing|afford|up to|saved|set aside|put toward|"
    r"looking to put|ready to|have about|have around|have like|gift ?cards?|gift certificates?)\b"
)
SPENT_WORDS = re.compile(r"\b(?:spent|paid|charged|cost me|wasted|lost|refund|owe)\b")
TREATMENT_FAMILIES = {
    name: re.compile(pattern)
    for name, pattern in {
        "botox": r"\b(?:botox|tox|dysport|xeomin|daxxify|jeuveau|lip flip|neurotoxin)\b",
        "filler": r"\b(?:fill?ers?|juvederm|restylane|rha|voluma|volbella|kysse|radiesse|"
        r"sculptra)\b",
        "kybella": r"\bkybella\b",
        "rf": r"\b(?:morpheus ?8?|rf microneedling)\b",
        "microneedling": r"\b(?:microneedling|micro-needling|vampire|prp)\b",
        "facial": r"\b(?:hydra ?facials?|facials?|peels?|dermaplaning)\b",
        "laser": r"\b(?:laser|ipl|photofacial)\b",
        "weightloss": r"\b(?:semaglutide|ozempic|wegovy|tirzepatide|mounjaro|zepbound|"
        r"weight ?loss|glp-?1|sema|tirz)\b",
        "hormones": r"\b(?:trt|hrt|testosterone|hormone (?:therapy|replacement|pellets?))\b",
        "booster": r"\b(?:skinvive|skin ?boosters?|profhilo)\b",
        "iv": r"\b(?:iv|drips?|nad|b12)\b",
        "body": r"\b(?:coolsculpting|body contouring|emsculpt)\b",
    }.items()
}


def big_budget(sentence: str) -> bool:
    if not BUDGET_WORDS.search(sentence) or SPENT_WORDS.search(sentence):
        return False
    for match in MONEY.finditer(sentence):
        number = (match.group(1) or match.group(3) or "0").replace(",", "")
        unit = match.group(2) or match.group(4)
        if float(number) * (1000 if unit else 1) >= BIG_BUDGET:
            return True
    return False
