"""Check the labelled corpus and print its counts per category and split.

    python data/corpus/stats.py            # prints the tables, exits 1 if any check fails

Checks: every line is valid JSON with the expected fields and values; ids are unique; every
`faq` key exists in that clinic's KB CSV; labels are consistent with the triage contract
(answers have no triggers, urgent lines are medical with "urgent" and "medical", ...); every
line sits in the split the fixed rule gives it and near-miss pairs are complete and in one
split; no two texts are (near-)duplicates; every FAQ of both KBs is asked at least 3 times by
routine lines; borderline lines stay at or below 5%.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("train", "test")
KBS = {"glow": HERE / "kb_glow.csv", "harbor": HERE / "kb_harbor.csv"}
CATEGORIES = (
    "routine",
    "smalltalk",
    "medical",
    "emotional",
    "human_request",
    "consultation",
    "lead",
    "out_of_scope",
    "ambiguous",
    "spanish",
    "adversarial",
)
TRIGGERS = {
    "urgent",
    "medical",
    "emotional",
    "human_request",
    "consultation",
    "lead",
    "low_confidence",
    "ambiguous",
}
ANSWERED = {"routine", "smalltalk"}
TEST_SHARE = 30
NEAR_DUP = 0.88  # character-trigram Jaccard at or above this counts as a near-duplicate


def split_of(key: str) -> str:
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 100
    return "test" if h < TEST_SHARE else "train"


def load_kb_keys(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames[:4] == ["key", "question", "answer", "alternates"], path
        return [row["key"] for row in reader]


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[!-/:-@\[-`{-~’‘“”…–—]", " ", text)  # ASCII punctuation; emoji stay
    return re.sub(r"\s+", " ", text).strip()


def trigrams(text: str) -> set[str]:
    t = f" {norm(text)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


STOP_WORDS = (
    "a an the is are do does you your u ur i me my to for of and or in on at it this that with "
    "how what whats what's can much be there any y'all yall guys r im i'm have has get go"
)
STOP = set(STOP_WORDS.split(" "))
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


def content_words(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9']+", text.lower()) if t not in STOP}


def load_kb_words(path: Path) -> dict[str, list[set[str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {
            row["key"]: [
                content_words(q) for q in [row["question"], *row["alternates"].split(" | ")]
            ]
            for row in csv.DictReader(f)
        }


def echo_share(rows: list[tuple[str, dict]], kb_words: dict) -> float:
    """Share of routine lines whose content words mostly sit in their FAQ's own question."""
    n = echo = 0
    for _, r in rows:
        if r["expect"]["category"] != "routine":
            continue
        n += 1
        words = content_words(r["text"])
        if words and any(
            len(words & q) / len(words) >= 0.75
            for k in r["expect"]["faq"]
            for q in kb_words[r["clinic"]].get(k, [])
        ):
            echo += 1
    return echo / max(n, 1)


def main() -> int:
    errors: list[str] = []
    kb_keys = {c: load_kb_keys(p) for c, p in KBS.items()}
    kb_words = {c: load_kb_words(p) for c, p in KBS.items()}
    rows: list[tuple[str, dict]] = []
    for split in SPLITS:
        path = HERE / f"{split}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{split}:{n}: invalid JSON ({e})")
                continue
            rows.append((split, rec))

    ids = Counter(rec.get("id") for _, rec in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    routine_cover: dict[str, Counter] = {c: Counter() for c in KBS}
    pairs: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    groups: dict[str, set[str]] = defaultdict(set)

    for split, rec in rows:
        rid = rec.get("id", "?")
        ex = rec.get("expect") or {}
        clinic = rec.get("clinic")
        if clinic not in KBS:
            errors.append(f"{rid}: unknown clinic {clinic!r}")
            continue
        if not isinstance(rec.get("text"), str) or not rec["text"].strip():
            errors.append(f"{rid}: empty text")
        for turn in rec.get("history", []):
            if turn.get("role") not in ("patient", "assistant", "staff") or not turn.get("text"):
                errors.append(f"{rid}: bad history turn {turn}")
        if "at" in rec and not re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", rec["at"]
        ):
            errors.append(f"{rid}: bad at {rec['at']!r}")
        cat, action = ex.get("category"), ex.get("action")
        faq, trig = ex.get("faq"), ex.get("triggers")
        if cat not in CATEGORIES:
            errors.append(f"{rid}: unknown category {cat!r}")
        for field in ("urgent", "lead", "borderline"):
            if not isinstance(ex.get(field), bool):
                errors.append(f"{rid}: expect.{field} must be a bool")
        if not isinstance(faq, list) or not isinstance(trig, list):
            errors.append(f"{rid}: expect.faq and expect.triggers must be lists")
            continue
        for k in faq:
            if k not in kb_keys[clinic]:
                errors.append(f"{rid}: faq key {k!r} not in {KBS[clinic].name}")
        for t in trig:
            if t not in TRIGGERS:
                errors.append(f"{rid}: unknown trigger {t!r}")
        if action not in ("answer", "handoff"):
            errors.append(f"{rid}: bad action {action!r}")
        if (action == "answer") != (cat in ANSWERED):
            errors.append(f"{rid}: category {cat} with action {action}")
        if action == "answer" and trig:
            errors.append(f"{rid}: an answer has no triggers")
        if action == "handoff" and (faq or not trig):
            errors.append(f"{rid}: a handoff has no faq keys and at least one trigger")
        if cat == "routine" and not faq:
            errors.append(f"{rid}: routine line without faq keys")
        if cat == "smalltalk" and faq:
            errors.append(f"{rid}: smalltalk line with faq keys")
        if ex.get("urgent") and not (
            cat in ("medical", "spanish") and trig[:2] == ["urgent", "medical"]
        ):
            errors.append(f"{rid}: urgent lines are medical with triggers urgent, medical first")
        if "urgent" in trig and not ex.get("urgent"):
            errors.append(f"{rid}: urgent trigger without urgent=true")
        if (cat == "lead") and not (ex.get("lead") and "lead" in trig):
            errors.append(f"{rid}: lead lines need lead=true and the lead trigger")
        if cat == "routine":
            for k in faq:
                routine_cover[clinic][k] += 1
        key = rec.get("group") or rec.get("pair") or rid
        if split_of(key) != split:
            errors.append(f"{rid}: in {split} but the split rule gives {split_of(key)}")
        if "pair" in rec:
            pairs[rec["pair"]].append((split, rec))
        if "group" in rec:
            groups[rec["group"]].add(split)

    for pid, members in pairs.items():
        if len(members) != 2:
            errors.append(f"pair {pid} has {len(members)} lines, not 2")
            continue
        (s1, a), (s2, b) = members
        if s1 != s2:
            errors.append(f"pair {pid} is split across train and test")
        la = (
            a["expect"]["category"],
            a["expect"]["action"],
            sorted(a["expect"]["faq"]),
            a["expect"]["urgent"],
            a["expect"]["lead"],
        )
        lb = (
            b["expect"]["category"],
            b["expect"]["action"],
            sorted(b["expect"]["faq"]),
            b["expect"]["urgent"],
            b["expect"]["lead"],
        )
        if la == lb:
            errors.append(f"pair {pid} ({a['id']}, {b['id']}) has the same label twice")
    for g, splits in groups.items():
        if len(splits) > 1:
            errors.append(f"group {g} is split across train and test")

    # Near-duplicates: identical normalised text is allowed only inside a near-miss pair whose
    # lines differ by clinic or history (e.g. "how much?" alone vs. after a price answer).
    seen: dict[str, dict] = {}
    for _, rec in rows:
        n = norm(rec["text"]) or rec["text"].strip()
        if n in seen:
            other = seen[n]
            same_pair = rec.get("pair") and rec.get("pair") == other.get("pair")
            differs = rec["clinic"] != other["clinic"] or rec.get("history") != other.get("history")
            if not (same_pair and differs):
                errors.append(f"duplicate text: {other['id']} and {rec['id']}: {rec['text']!r}")
        else:
            seen[n] = rec
    grams = [(rec, trigrams(rec["text"])) for _, rec in rows]
    for (a, ga), (b, gb) in combinations(grams, 2):
        if not ga or not gb or norm(a["text"]) == norm(b["text"]):
            continue
        small, big = sorted((len(ga), len(gb)))
        if small / big < NEAR_DUP:
            continue
        if len(ga & gb) / len(ga | gb) >= NEAR_DUP and a.get("pair") != b.get("pair"):
            errors.append(f"near-duplicate texts {a['id']} / {b['id']}: {a['text']!r}")

    for clinic, keys in kb_keys.items():
        for k in keys:
            if routine_cover[clinic][k] < 3:
                errors.append(
                    f"{clinic} FAQ {k!r} is asked by {routine_cover[clinic][k]} routine lines (< 3)"
                )

    total = len(rows)
    borderline = sum(1 for _, r in rows if r["expect"]["borderline"])
    if total and borderline / total > 0.05:
        errors.append(f"borderline share {borderline / total:.1%} is above 5%")

    # ---- tables ----
    table: dict[str, Counter] = defaultdict(Counter)
    for split, rec in rows:
        ex = rec["expect"]
        table[ex["category"]][split] += 1
        if ex["urgent"] and ex["category"] == "medical":
            table["  of which urgent"][split] += 1
    print(f"{'category':<20}{'train':>7}{'test':>7}{'total':>7}{'share':>8}")
    print("-" * 49)
    for cat in (*CATEGORIES[:3], "  of which urgent", *CATEGORIES[3:]):
        c = table[cat]
        t = c["train"] + c["test"]
        print(f"{cat:<20}{c['train']:>7}{c['test']:>7}{t:>7}{t / max(total, 1):>8.1%}")
    print("-" * 49)
    per_split = Counter(s for s, _ in rows)
    print(f"{'all':<20}{per_split['train']:>7}{per_split['test']:>7}{total:>7}")
    print()
    per_clinic = Counter((s, r["clinic"]) for s, r in rows)
    for clinic in KBS:
        tr, te = per_clinic[("train", clinic)], per_clinic[("test", clinic)]
        print(f"clinic {clinic:<13}{tr:>7}{te:>7}{tr + te:>7}")

    def count(pred) -> str:
        c = Counter(s for s, r in rows if pred(r))
        return f"{c['train'] + c['test']} (train {c['train']}, test {c['test']})"

    print()
    print(f"near-miss pairs        {len(pairs)}")
    print(f"lines in pairs         {count(lambda r: 'pair' in r)}")
    print(f"multi-turn (history)   {count(lambda r: bool(r.get('history')))}")
    print(f"with arrival time      {count(lambda r: 'at' in r)}")

    def when(r: dict) -> str:
        d = datetime.fromisoformat(r["at"])
        if d.weekday() >= 5:
            return "weekend"
        return "weekday 8-18h" if 8 <= d.hour < 18 else "weekday evening/night"

    slots = Counter(when(r) for _, r in rows if "at" in r)
    print("  of which              " + ", ".join(f"{k} {v}" for k, v in sorted(slots.items())))
    print(
        f"borderline             {count(lambda r: r['expect']['borderline'])}"
        f"  = {borderline / max(total, 1):.1%}"
    )
    print(f"urgent=true (any cat.) {count(lambda r: r['expect']['urgent'])}")
    print(f"lead=true (any cat.)   {count(lambda r: r['expect']['lead'])}")
    print(
        f"routine lines echoing their FAQ's wording: {echo_share(rows, kb_words):.1%}"
        " (content words >= 75% inside the FAQ question/alternates)"
    )
    texts = [r["text"] for _, r in rows]
    words = sorted(len(t.split()) for t in texts)
    print(
        f"style: starts lowercase {sum(t[:1].islower() for t in texts) / total:.0%}, "
        f"has emoji {sum(bool(EMOJI.search(t)) for t in texts) / total:.0%}, "
        f"no final punctuation {sum(t.rstrip()[-1:].isalnum() for t in texts) / total:.0%}, "
        f"words median {words[total // 2]}, max {words[-1]}"
    )
    for clinic, keys in kb_keys.items():
        cover = routine_cover[clinic]
        print(
            f"{clinic} KB: {len(keys)} FAQs, routine lines per FAQ min {min(cover[k] for k in keys)}"
            f", max {max(cover[k] for k in keys)}"
        )
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
