#!/usr/bin/env python3
"""Validate sents8/records.jsonl. Prints the errors and then 'N errors'."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAP = os.path.join(HERE, "..", "..", "..", "shared", "gold", "cameo-to-plover.json")
for cand in (MAP, "/work/shared/gold/cameo-to-plover.json"):
    if os.path.exists(cand):
        MAP = cand
        break
TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "ACCUSE", "REQUEST",
         "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
KEYS = {"id", "set", "category", "split", "date", "text", "no_event", "events"}
EKEYS = {"source_country", "source_sector", "target_country", "target_sector", "plover", "cameo", "mode", "location"}


def main():
    cmap = json.load(open(MAP))
    errs = []
    ids = set()
    path = os.path.join(HERE, "records.jsonl")
    for n, line in enumerate(open(path), 1):
        where = "line %d" % n
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("%s: bad JSON (%s)" % (where, e))
            continue
        missing = KEYS - set(r)
        if missing:
            errs.append("%s: missing keys %s" % (where, sorted(missing)))
            continue
        rid = r["id"]
        where = "%s (%s)" % (where, rid)
        if not re.fullmatch(r"sh\d{3}", rid):
            errs.append("%s: id must be shNNN" % where)
        if rid in ids:
            errs.append("%s: duplicate id" % where)
        ids.add(rid)
        if r["set"] != "sents8" or r["split"] != "dev":
            errs.append("%s: set/split" % where)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or not ("2002" <= r["date"][:4] <= "2025"):
            errs.append("%s: date %r" % (where, r["date"]))
        nw = len(r["text"].split())
        if not 15 <= nw <= 45:
            errs.append("%s: sentence has %d words" % (where, nw))
        cat = r["category"]
        if r["no_event"]:
            if r["events"]:
                errs.append("%s: no_event record has events" % where)
            if cat != "NONE":
                errs.append("%s: no_event record category must be NONE" % where)
            continue
        if cat not in TYPES:
            errs.append("%s: bad category %r" % (where, cat))
        if not r["events"]:
            errs.append("%s: event record without events" % where)
        if cat in TYPES and cat not in {e.get("plover") for e in r["events"]}:
            errs.append("%s: no event of the record's category" % where)
        for j, e in enumerate(r["events"]):
            w = "%s event %d" % (where, j)
            if EKEYS - set(e):
                errs.append("%s: missing %s" % (w, sorted(EKEYS - set(e))))
                continue
            if e["plover"] not in TYPES:
                errs.append("%s: bad plover %r" % (w, e["plover"]))
            c = e["cameo"]
            if not re.fullmatch(r"\d{2,4}", c or ""):
                errs.append("%s: bad cameo %r" % (w, c))
            elif cmap.get(c) != e["plover"]:
                errs.append("%s: cameo %s maps to %s, not %s" % (w, c, cmap.get(c), e["plover"]))
            for k in ("source_country", "target_country"):
                v = e[k]
                if v is not None and not re.fullmatch(r"[A-Z]{3}", v):
                    errs.append("%s: %s %r" % (w, k, v))
            for k in ("source_sector", "target_sector"):
                if not isinstance(e[k], str) or not re.fullmatch(r"[A-Z]*", e[k]):
                    errs.append("%s: %s %r" % (w, k, e[k]))
    for e in errs:
        print(e)
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
