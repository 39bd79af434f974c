"""Pull the facts staff want at a glance out of a patient's texts: treatments and dates."""

import re

_TREATMENTS: dict[str, str] = {
    r"botox|tox\b|dysport|xeomin|daxxify|jeuveau|neurotoxin|baby botox|lip flip": "Botox/neurotoxin",
    r"filler|juvederm|restylane|rha\b|sculptra|radiesse|tear trough|cheek(?:s)? filler|lip(?:s)? filler": "Filler",
    r"kybella": "Kybella",
    r"morpheus ?8|rf microneedling|radio ?frequency microneedling": "Morpheus8",
    r"microneedl\w*": "Microneedling",
    r"hydra ?facial": "HydraFacial",
    r"(?:chemical )?peel": "Chemical peel",
    r"laser hair|hair removal|\blhr\b": "Laser hair removal",
    r"\bipl\b|photofacial": "IPL",
    r"\bprp\b|vampire": "PRP",
    r"semaglutide|ozempic|wegovy|tirzepatide|mounjaro|zepbound|weight ?loss (?:shot|injection)s?": "Weight-loss injections",
    r"\biv\b|drip|infusion": "IV therapy",
    r"coolsculpt\w*": "CoolSculpting",
    r"tattoo removal": "Tattoo removal",
    r"facial": "Facial",
}
_TREATMENT_PATTERNS = [
    (re.compile(rf"\b(?:{p})", re.IGNORECASE), name) for p, name in _TREATMENTS.items()
]

_DATE = re.compile(
    r"""\b(?:
        today|tonight|yesterday|tomorrow|this\ morning|last\ night
      | (?:last|next|this)\ (?:week|month|weekend|mon|tues|wednes|thurs|fri|satur|sun)\w*
      | (?:on\ )?(?:mon|tues|wednes|thurs|fri|satur|sun)day
      | \d{1,2}/\d{1,2}(?:/\d{2,4})?
      | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?\ \d{1,2}(?:st|nd|rd|th)?
      | \d+\ (?:days?|weeks?|months?|hours?)\ ago
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def treatments_mentioned(texts: list[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        for pattern, name in _TREATMENT_PATTERNS:
            if pattern.search(text) and name not in found:
                found.append(name)
    return found


def dates_mentioned(texts: list[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        for match in _DATE.finditer(text):
            phrase = match.group(0).strip()
            if phrase.lower() not in (f.lower() for f in found):
                found.append(phrase)
    return found[:8]
