"""What a guard rule is, and the vocabulary several rules share.

Patterns run on `text.guard_text` output (lower case, no accents). A rule may need a condition
on its sentence: `personal` (the patient, or someone they speak for, is the subject: "my lip",
"I got", a treatment mentioned earlier in the thread), `treated` (a treatment or injection is
in the message or the recent thread) or `had_treatment` (the patient had or is on one: "had botox
this morning", "I'm starting tirzepatide", in this text or earlier in the thread). A `negatable` rule does not fire on "no fever".
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from handoff.triage.rules.literals import (
    Literals,
    may_match,
    may_match_holding,
    required_literals,
)

Need = Literal["personal", "treated", "had_treatment"]


@dataclass(frozen=True)
class Rule:
    trigger: str
    name: str
    pattern: re.Pattern[str]
    needs: tuple[Need, ...] = ()
    negatable: bool = False
    unless: re.Pattern[str] | None = None
    alternatives: tuple[str, ...] = ()  # the pattern's alternatives, as the rule lists them

    @cached_property
    def literals(self) -> Literals | None:
        """Strings one of which every match contains (`literals.required_literals`)."""
        return required_literals(self.pattern)

    def may_match(self, text: str) -> bool:
        """False when the pattern cannot match `text`: a cheap test before the pattern's own."""
        return may_match(self.literals, text)

    def may_match_holding(self, present: frozenset[str]) -> bool:
        """`may_match` for a text known to hold exactly `present` of the literals (see
        `literals.LiteralIndex`)."""
        return may_match_holding(self.literals, present)

    @cached_property
    def branches(self) -> tuple[tuple[Literals | None, re.Pattern[str]], ...]:
        """Each alternative alone, with the strings it cannot match without."""
        if len(self.alternatives) < 2:
            return ()
        compiled = [re.compile(f"(?:{a})") for a in self.alternatives]
        return tuple((required_literals(branch), branch) for branch in compiled)

    def matches_holding(self, text: str, present: frozenset[str]) -> bool:
        """`pattern.search(text)` found something, for a text known to hold exactly `present`
        of the literals: only the alternatives whose strings it holds are tried. A long text
        holds some string of most rules (" my ", "call"), rarely those of the one alternative
        that needs them all, and each alternative of a large rule costs a pass over the text."""
        if not self.branches:
            return self.pattern.search(text) is not None
        return any(
            branch.search(text) is not None
            for literals, branch in self.branches
            if may_match_holding(literals, present)
        )

    @cached_property
    def anchored(self) -> bool:
        """Whether the pattern is tied to the start or end of a sentence."""
        return "^" in self.pattern.pattern.replace("[^", "") or "$" in self.pattern.pattern


def rules_for(trigger: str) -> Callable[..., Rule]:
    """A builder of `trigger`'s rules: rule(name, *alternatives, needs=..., ...)."""

    def rule(
        name: str,
        *alternatives: str,
        needs: tuple[Need, ...] = (),
        negatable: bool = False,
        unless: str | None = None,
    ) -> Rule:
        return Rule(
            trigger=trigger,
            name=f"{trigger}.{name}",
            pattern=re.compile("|".join(f"(?:{a})" for a in alternatives)),
            needs=needs,
            negatable=negatable,
            unless=re.compile(unless) if unless else None,
            alternatives=alternatives,
        )

    return rule


TREATMENT = (
    r"(?:botox|tox|dysport|xeomin|daxxify|jeuveau|neurotoxin|fillers?|juvederm|restylane|rha|"
    r"sculptra|radiesse|voluma|volbella|kysse|lip flip|kybella|morpheus(?: ?8)?|m8|microneedling|"
    r"micro-needling|peel|hydra ?facial|facial|laser|ipl|photofacial|prp|vampire|semaglutide|"
    r"ozempic|wegovy|tirzepatide|mounjaro|zepbound|glp-?1|sema|tirz|weight ?loss (?:program|shots?|"
    r"injections?|meds?)|shots?|injections?|injected|iv|drip|myers|nad\+?|glutathione|"
    r"b12|treatment|procedure|session|coolsculpting|dermaplaning|lips? done|threads?|pdo|bbl|"
    r"co2|pico\w*|tattoo removal|sculptra|kybella|ultherapy|sofwave|thermage|skin ?boosters?|"
    r"skinvive|profhilo|emsculpt|trt|hrt|testosterone (?:therapy|shots?|injections?)|pellets?|"
    r"fraxel|moxi|clear ?brilliant|halo)"
)
TREATED = re.compile(rf"\b{TREATMENT}\b")
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|our)\b"
    # The subject dropped: "got baby botox friday and now one brow is higher".
    r"|(?:^|[,.;:!?])\W*(?:just )?(?:got|had) (?:\w+ )?(?:botox|tox|filler|lips|\w+ done)\b"
    r"|\b(?:injection sites?|(?:iv|shot|injection) (?:spot|site)s?|treated area|treatment area|"
    r"where (?:they|you|she|he) injected)\b"
    r"|\bthe (?:\w+ )?area\b"
    r"|\b(?:my|her|his) (?:daughter|son|mom|mother|dad|wife|husband|sister|friend|partner)\b"
    # Someone the patient speaks for: "will her forehead need", "his lips are swollen".
    r"|\b(?:her|his) (?:forehead|lips?|face|cheeks?|jaw\w*|chin|skin|eyes?|eyelids?|neck|nose|brows?)\b"
)
RECENCY = re.compile(
    r"\b(?:yesterday|this morning|last night|last week|since (?:my|the|i|getting|yesterday)|"
    r"(?:days?|weeks?|hours?|hrs?) ago|after my|after the|still|day \d+|"
    r"(?:has|have) been going on (?:for )?(?:\d+|a few|a couple(?: of)?|two|three|four|five|six|several) "
    r"(?:days?|weeks?)|"
    r"(?:it'?s|its|it has) been (?:\d+|a few|a couple(?: of)?|two|three|four|five|six) (?:days?|weeks?|"
    r"hours?|hrs?)|"
    r"after (?:\d+|a|one|two|three|four|five|several|a few|few) (?:\w+ )?(?:sessions?|treatments?|"
    r"rounds?|days?|weeks?|shots?|injections?))\b"
)
# The patient had a treatment or is on one: "got botox 2 days ago", "my filler", "I'm starting
# tirzepatide".
HAD_TREATMENT = re.compile(
    rf"\b(?:got|had|did|done|received|came in for|started|starting|been on|i'?m on|am on|"
    rf"after)\b(?:\W+\w+){{0,3}}?\W+{TREATMENT}\b"
    rf"|\bmy (?:\w+ )?{TREATMENT}\b"
    rf"|\b{TREATMENT}\b(?:\W+\w+){{0,3}}?\W+(?:yesterday|today|this morning|last (?:night|week|month)|"
    r"ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:got|had|gotten) (?:it|them|mine|this|that|these|those) (?:done|injected|put in)\b"
    # "lips at 4 today w ashley"
    r"|\b(?:lips|cheeks|chin|jaw\w*|under ?eyes?|tear troughs?)\b(?:\W+\w+){0,3}?\W+(?:today|"
    r"tonight|yesterday|this (?:morning|afternoon|evening)|last night)\b"
)
# ... unless the text speaks of one to come: "can I have wine tonight before my filler tomorrow?"
UPCOMING_TREATMENT = re.compile(
    rf"\bbefore (?:my|the|a|an|i|getting|it)\b|\b{TREATMENT}\b(?:\W+\w+){{0,3}}?\W+"
    r"(?:tomorrow|next|later|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
