"""Shared mechanics of the sentence sets' build.py scripts (sents13 onwards): the
entry constructors, the fixed half-by-half order and the writing of records.jsonl.
Each set's build.py keeps its own sentences, codes and CAMEO->PLOVER table.
Python 3 standard library only; the output is deterministic."""
import json
import os
import random

N = None  # null country or sector
REGIONS = {"AF": "Africa", "ME": "Middle East", "AS": "Asia", "SA": "South Asia",
           "EU": "Europe/Eurasia", "AM": "Americas", "PA": "Pacific"}


def R(region, date, cat, text, events, loc=None):
    return dict(region=region, date=date, cat=cat, text=text, events=events, loc=loc, note="")


def NONE(region, date, text, note):
    return dict(region=region, date=date, cat="NONE", text=text, events=[], loc=None, note=note)


def ordered(entries, seed):
    """Fixed order: each category split evenly between odd lines (tuning half) and even lines
    (report half), then shuffled with a fixed seed and interleaved. Deterministic."""
    rng = random.Random(seed)
    odd, even, flip = [], [], 0
    for cat in sorted({e["cat"] for e in entries}):
        group = [e for e in entries if e["cat"] == cat]
        for j, e in enumerate(group):
            (odd if (j + flip) % 2 == 0 else even).append(e)
        if len(group) % 2:
            flip ^= 1
    assert len(odd) == len(even), (len(odd), len(even))
    rng.shuffle(odd)
    rng.shuffle(even)
    return [x for pair in zip(odd, even) for x in pair]


def build(here, set_name, prefix, seed, entries, c2p):
    """Check c2p against the shared cameo-to-plover.json when it is present, then write
    here/records.jsonl: ids prefix001..., halves by ordered(entries, seed)."""
    for p in (os.path.join(here, "..", "..", "..", "shared", "gold", "cameo-to-plover.json"),
              "/work/shared/gold/cameo-to-plover.json"):
        if os.path.exists(p):
            full = json.load(open(p))
            bad = {c: (v, full.get(c)) for c, v in c2p.items() if full.get(c) != v}
            assert not bad, bad
            break
    out = []
    for i, e in enumerate(ordered(entries, seed), 1):
        rec = {"id": "%s%03d" % (prefix, i), "set": set_name, "category": e["cat"], "split": "dev",
               "date": e["date"], "text": e["text"], "no_event": not e["events"], "events": []}
        for ev in e["events"]:
            # an event may carry a place of its own as a seventh item (sents15)
            sc, ss, tc, ts, cameo, note = ev[:6]
            loc = ev[6] if len(ev) > 6 else e["loc"]
            rec["events"].append({
                "source_country": sc, "source_sector": ss if ss is not None else "",
                "target_country": tc, "target_sector": ts if ts is not None else "",
                "plover": c2p[cameo], "cameo": cameo, "mode": "",
                "location": {"name": loc} if loc else None,
                "note": note,
            })
        rec["region"] = REGIONS[e["region"]]
        if e.get("note"):
            rec["note"] = e["note"]
        out.append(rec)
    with open(os.path.join(here, "records.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(out))
