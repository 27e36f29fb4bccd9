#!/usr/bin/env python3
"""Check records.jsonl of sents4; prints the errors and 'N errors'."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAPFILE = os.path.join(HERE, "..", "..", "..", "shared", "gold", "cameo-to-plover.json")
if not os.path.exists(MAPFILE):
    MAPFILE = "/work/shared/gold/cameo-to-plover.json"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
         "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
FIELDS = ["id", "set", "category", "split", "date", "text", "no_event", "events"]
EFIELDS = ["source_country", "source_sector", "target_country", "target_sector", "plover", "cameo", "mode",
           "location"]


def main():
    c2p = json.load(open(MAPFILE))
    errs = []
    ids = set()
    path = os.path.join(HERE, "records.jsonl")
    for n, line in enumerate(open(path), 1):
        where = "line %d" % n
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("%s: bad JSON: %s" % (where, e))
            continue
        for k in FIELDS:
            if k not in r:
                errs.append("%s: missing %s" % (where, k))
        rid = r.get("id", "")
        where = "%s (%s)" % (where, rid)
        if not re.fullmatch(r"sd\d{3}", rid or ""):
            errs.append("%s: bad id" % where)
        if rid in ids:
            errs.append("%s: duplicate id" % where)
        ids.add(rid)
        if r.get("set") != "sents4" or r.get("split") != "dev":
            errs.append("%s: bad set/split" % where)
        if not re.fullmatch(r"20(09|1\d|2[0-5])-\d\d-\d\d", r.get("date") or ""):
            errs.append("%s: bad date %r" % (where, r.get("date")))
        words = len((r.get("text") or "").split())
        if not 15 <= words <= 45:
            errs.append("%s: %d words" % (where, words))
        cat = r.get("category")
        evs = r.get("events") or []
        if r.get("no_event"):
            if evs or cat != "NONE":
                errs.append("%s: no_event record with events or category %s" % (where, cat))
            continue
        if cat not in TYPES:
            errs.append("%s: bad category %r" % (where, cat))
        if not evs:
            errs.append("%s: no events" % where)
        if cat not in {e.get("plover") for e in evs}:
            errs.append("%s: category %s not among event types" % (where, cat))
        for j, e in enumerate(evs):
            w = "%s event %d" % (where, j)
            for k in EFIELDS:
                if k not in e:
                    errs.append("%s: missing %s" % (w, k))
            if e.get("plover") not in TYPES:
                errs.append("%s: bad plover %r" % (w, e.get("plover")))
            cam = e.get("cameo")
            if not re.fullmatch(r"\d{2,4}", cam or "") or cam not in c2p:
                errs.append("%s: bad cameo %r" % (w, cam))
            elif c2p[cam] != e.get("plover"):
                errs.append("%s: cameo %s maps to %s, not %s" % (w, cam, c2p[cam], e.get("plover")))
            for k in ("source_country", "target_country"):
                v = e.get(k)
                if v is not None and not re.fullmatch(r"[A-Z]{3}", v):
                    errs.append("%s: bad %s %r" % (w, k, v))
            for k in ("source_sector", "target_sector"):
                if not isinstance(e.get(k), str):
                    errs.append("%s: %s not a string" % (w, k))
    for e in errs:
        print(e)
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
