"""Build train.jsonl and test.jsonl from the hand-written sources in src/.

The message texts are written by hand in src/*.txt; this script only turns that compact notation
into the labelled JSONL lines, numbers them, fills the label defaults of each category, attaches
timestamps to some lines and applies the fixed train/test split. Run it from anywhere:

    python data/corpus/build.py && python data/corpus/stats.py

Source notation (one message per line, blank lines and lines starting with # are ignored):

    @clinic glow                 the clinic of the following lines (glow or harbor)
    @cat routine                 the category of the following lines; "urgent" means a medical
                                 line with urgent=true and triggers ["urgent", "medical"]
    < p: text                    a history turn of the next message (p patient, a assistant,
    < a: =booking                s staff); "=key" stands for that FAQ's answer in the clinic's KB
    MODS :: text                 a message; MODS are optional space-separated tokens:
        faq keys                 bare words (or comma-separated): acceptable FAQ keys
        bl                       borderline
        pair=NAME                near-miss pair (both lines go to the same split)
        grp=NAME                 lines to keep in the same split (shared conversation); output
                                 as "group": "clinic:NAME"
        trig=a,b                 triggers instead of the category default
        trig+=a,b                triggers added to the category default
        cat=X                    category for this line only
        at=2026-11-28T23:10      local time at the clinic (the UTC offset is added)
        urgent / lead            set the flag

Ids are stable: a line already in train.jsonl/test.jsonl (same clinic, text and history) keeps
its id and pair number, so its split never changes; a new or edited line gets the next free id.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
CLINICS = {
    "glow": {"kb": HERE / "kb_glow.csv", "offset": "-06:00"},
    "harbor": {"kb": HERE / "kb_harbor.csv", "offset": "-08:00"},
}
DEFAULTS = {
    "routine": ("answer", []),
    "smalltalk": ("answer", []),
    "medical": ("handoff", ["medical"]),
    "urgent": ("handoff", ["urgent", "medical"]),
    "emotional": ("handoff", ["emotional"]),
    "human_request": ("handoff", ["human_request"]),
    "consultation": ("handoff", ["consultation"]),
    "lead": ("handoff", ["lead"]),
    "out_of_scope": ("handoff", ["low_confidence"]),
    "ambiguous": ("handoff", ["ambiguous", "low_confidence"]),
    "spanish": ("handoff", ["low_confidence"]),
    "adversarial": ("handoff", ["low_confidence", "ambiguous"]),
}
ROLES = {"p": "patient", "a": "assistant", "s": "staff"}
TEST_SHARE = 30  # percent


def split_of(key: str) -> str:
    """The fixed split rule: sha256 of the split key, modulo 100, below 30 goes to test."""
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 100
    return "test" if h < TEST_SHARE else "train"


def load_kb(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["key"]: row["answer"] for row in csv.DictReader(f)}


def stable_int(*parts: str) -> int:
    return int(hashlib.sha256("/".join(parts).encode("utf-8")).hexdigest()[:12], 16)


# Dates between 2 Nov 2026 and 5 Mar 2027 (both clinics on standard time: no DST shift).
DAYS = 123
WEEKDAY_OF_NOV2 = 0  # 2 Nov 2026 is a Monday


def auto_at(mid: str, text: str, offset: str) -> str | None:
    """Give about 40% of lines without an explicit time a deterministic arrival time."""
    from datetime import date, timedelta

    n = stable_int("at", mid)
    if n % 100 >= 40:
        return None
    low = text.lower()
    day = date(2026, 11, 2) + timedelta(days=(n // 100) % DAYS)
    wd = (WEEKDAY_OF_NOV2 + (day - date(2026, 11, 2)).days) % 7
    slot = (n // 100_000) % 10
    if re.search(r"\btonight\b|\bthis evening\b|\blast night\b", low):
        hour = 19 + slot % 5
    elif "this morning" in low:
        hour = 11 + slot % 4
    elif "this afternoon" in low:
        hour = 15 + slot % 4
    elif slot < 5:
        hour = 9 + (n // 7) % 9  # daytime
    elif slot < 7:
        hour = 19 + (n // 7) % 4  # evening
    elif slot < 8:
        hour = [23, 0, 1, 2, 5, 6][(n // 7) % 6]  # night
    else:
        # a weekend day instead
        day = day + timedelta(days=(5 - wd) % 7 + (n // 11) % 2)
        hour = 8 + (n // 13) % 14
    minute = (n // 17) % 60
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{offset}"


def parse_sources() -> list[dict]:
    kbs = {c: load_kb(v["kb"]) for c, v in CLINICS.items()}
    records: list[dict] = []
    for path in sorted(SRC.glob("*.txt")):
        clinic = None
        cat = None
        history: list[dict] = []
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{lineno}"
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@clinic "):
                clinic = line.split()[1]
                assert clinic in CLINICS, where
                continue
            if line.startswith("@cat "):
                cat = line.split()[1]
                assert cat in DEFAULTS, where
                continue
            if line.startswith("<"):
                m = re.match(r"<\s*([pas]):\s?(.*)$", line)
                assert m, f"bad history line {where}"
                text = m.group(2).strip()
                if text.startswith("="):
                    text = kbs[clinic][text[1:].strip()]
                history.append({"role": ROLES[m.group(1)], "text": text})
                continue
            assert clinic and cat, f"no @clinic/@cat before {where}"
            mods, sep, text = line.partition(" :: ")
            if not sep:
                if line.startswith(":: "):
                    mods, text = "", line[3:]
                else:
                    mods, text = "", line
            text = text.strip()
            assert text, f"empty text {where}"
            rec_cat = cat
            faq: list[str] = []
            flags = {"bl": False, "urgent": False, "lead": False}
            pair = grp = at = None
            trig = None
            trig_add: list[str] = []
            action = None
            for tok in mods.split():
                if tok in ("bl", "urgent", "lead"):
                    flags[tok] = True
                elif tok in ("answer", "handoff"):
                    action = tok
                elif tok.startswith("pair="):
                    pair = tok[5:]
                elif tok.startswith("grp="):
                    grp = tok[4:]
                elif tok.startswith("trig+="):
                    trig_add = tok[6:].split(",")
                elif tok.startswith("trig="):
                    trig = [t for t in tok[5:].split(",") if t]
                elif tok.startswith("cat="):
                    rec_cat = tok[4:]
                    assert rec_cat in DEFAULTS, where
                elif tok.startswith("at="):
                    at = tok[3:]
                else:
                    faq.extend(k for k in tok.split(",") if k)
            for k in faq:
                assert k in kbs[clinic], f"unknown faq key {k!r} for {clinic} at {where}"
            d_action, d_trig = DEFAULTS[rec_cat]
            triggers = list(trig if trig is not None else d_trig)
            triggers += [t for t in trig_add if t not in triggers]
            urgent = flags["urgent"] or rec_cat == "urgent" or "urgent" in triggers
            category = "medical" if rec_cat == "urgent" else rec_cat
            if urgent:
                for t in ("medical", "urgent"):
                    if t not in triggers:
                        triggers.insert(0, t)
                triggers = ["urgent", "medical"] + [
                    t for t in triggers if t not in ("urgent", "medical")
                ]
            lead = flags["lead"] or category == "lead"
            rec: dict = {"id": None, "clinic": clinic, "text": text}
            if history:
                rec["history"] = history
            if at:
                rec["at"] = (
                    at
                    if re.search(r"[+-]\d\d:\d\d$", at)
                    else ((at if len(at) > 16 else at + ":00") + CLINICS[clinic]["offset"])
                )
            if pair:
                rec["pair"] = pair
            rec["expect"] = {
                "category": category,
                "action": action or d_action,
                "faq": faq,
                "urgent": urgent,
                "lead": lead,
                "borderline": flags["bl"],
                "triggers": triggers if (action or d_action) == "handoff" else [],
            }
            if grp:
                rec["group"] = f"{clinic}:{grp}"
            rec["_where"] = where
            records.append(rec)
            history = []
        assert not history, f"dangling history at end of {path.name}"
    return records


def line_key(rec: dict) -> str:
    """What makes a line the same line across rebuilds: clinic, text and history."""
    return json.dumps([rec["clinic"], rec["text"], rec.get("history", [])], ensure_ascii=False)


def load_previous() -> dict[str, dict]:
    """Ids and pair ids of the lines already published, so that they never change."""
    by_key: dict[str, dict] = {}
    for name in ("train", "test"):
        path = HERE / f"{name}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                by_key[line_key(rec)] = rec
    return by_key


def main() -> int:
    records = parse_sources()
    previous = load_previous()
    # Ids: a line already published keeps its id (and so its split); a new or edited line gets
    # the next free number of its clinic, in source order.
    used = {r["id"] for r in previous.values()}
    next_no = {
        c: 1 + max([int(i.split("-")[1]) for i in used if i.startswith(c)] or [0]) for c in CLINICS
    }
    pair_of_name: dict[str, str] = {}
    assigned: set[str] = set()
    for rec in records:
        old = previous.get(line_key(rec))
        if old and old["id"] not in assigned:
            rec["id"] = old["id"]
            assigned.add(old["id"])
            if "pair" in rec and "pair" in old:
                pair_of_name.setdefault(rec["pair"], old["pair"])
    for rec in records:
        if rec["id"] is None:
            c = rec["clinic"]
            rec["id"] = f"{c}-{next_no[c]:04d}"
            next_no[c] += 1
        if "at" not in rec:
            auto = auto_at(rec["id"], rec["text"], CLINICS[rec["clinic"]]["offset"])
            if auto:
                rec["at"] = auto
    # Pair names become p001, p002 ...: published pairs keep their number, new ones get the next.
    taken = set(pair_of_name.values())
    n = max([int(p[1:]) for p in taken] or [0])
    for rec in records:
        if "pair" in rec:
            if rec["pair"] not in pair_of_name:
                n += 1
                pair_of_name[rec["pair"]] = f"p{n:03d}"
            rec["pair"] = pair_of_name[rec["pair"]]
    # Key order of every line: id, clinic, text, history, at, pair, group, expect.
    order = ["id", "clinic", "text", "history", "at", "pair", "group", "expect"]
    out = {"train": [], "test": []}
    for rec in sorted(records, key=lambda r: (r["clinic"], r["id"])):
        key = rec.get("group") or rec.get("pair") or rec["id"]
        rec.pop("_where")
        out[split_of(key)].append({k: rec[k] for k in order if k in rec})
    for name, recs in out.items():
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"train {len(out['train'])}  test {len(out['test'])}  pairs {len(pair_of_name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
