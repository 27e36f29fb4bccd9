#!/usr/bin/env python3
"""Check testdata/sents3/records.jsonl. Prints the errors, then 'N errors'. Stdlib only."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAPPING = os.path.join(HERE, "..", "..", "..", "shared", "gold", "cameo-to-plover.json")
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
KEYS = {"id", "set", "category", "split", "date", "text", "no_event", "events"}
EKEYS = {"source_country", "source_sector", "target_country", "target_sector", "plover", "cameo", "mode",
         "location"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "records.jsonl")
    mapping_path = sys.argv[2] if len(sys.argv) > 2 else MAPPING
    mapping = json.load(open(mapping_path))
    errors = []
    ids = set()
    n = 0
    for ln, line in enumerate(open(path), 1):
        n += 1
        where = "line %d" % ln
        try:
            r = json.loads(line)
        except ValueError as e:
            errors.append("%s: bad JSON (%s)" % (where, e))
            continue
        missing = KEYS - set(r)
        if missing:
            errors.append("%s: missing keys %s" % (where, sorted(missing)))
            continue
        rid = r["id"]
        where = "%s (%s)" % (where, rid)
        if not re.fullmatch(r"sc\d{3}", str(rid)):
            errors.append("%s: id must be scNNN" % where)
        if rid in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(rid)
        if r["set"] != "sents3" or r["split"] != "dev":
            errors.append("%s: set/split" % where)
        if not re.fullmatch(r"(198[5-9]|199\d|200[0-8])-\d\d-\d\d", r["date"]):
            errors.append("%s: date %r not YYYY-MM-DD in 1985-2008" % (where, r["date"]))
        words = len(r["text"].split())
        if not 15 <= words <= 45:
            errors.append("%s: %d words (15-45)" % (where, words))
        cat = r["category"]
        evs = r["events"]
        if r["no_event"]:
            if cat != "NONE":
                errors.append("%s: no_event record must have category NONE" % where)
            if evs:
                errors.append("%s: no_event record has events" % where)
            continue
        if cat not in TYPES:
            errors.append("%s: bad category %r" % (where, cat))
        if not evs:
            errors.append("%s: event record without events" % where)
        if cat in TYPES and cat not in {e.get("plover") for e in evs}:
            errors.append("%s: no event of the record's category" % where)
        for i, e in enumerate(evs):
            w = "%s event %d" % (where, i)
            if set(e) != EKEYS:
                errors.append("%s: keys %s" % (w, sorted(set(e) ^ EKEYS)))
                continue
            for k in ("source_country", "target_country"):
                v = e[k]
                if v is not None and not re.fullmatch(r"[A-Z]{3}", str(v)):
                    errors.append("%s: %s %r not three upper-case letters or null" % (w, k, v))
            for k in ("source_sector", "target_sector"):
                if not re.fullmatch(r"[A-Z]{0,3}", str(e[k])):
                    errors.append("%s: %s %r" % (w, k, e[k]))
            if e["plover"] not in TYPES:
                errors.append("%s: bad plover %r" % (w, e["plover"]))
            c = str(e["cameo"])
            if not re.fullmatch(r"\d{2,4}", c):
                errors.append("%s: cameo %r not 2-4 digits" % (w, c))
            elif mapping.get(c) != e["plover"]:
                errors.append("%s: cameo %s maps to %s, not %s" % (w, c, mapping.get(c), e["plover"]))
            if e["source_country"] is None and e["source_sector"] == "" and e["target_country"] is None \
                    and e["target_sector"] == "":
                errors.append("%s: no actor at all" % w)
    for e in errors:
        print(e)
    print("%d records" % n)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
