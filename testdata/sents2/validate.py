#!/usr/bin/env python3
"""Check testdata/sents2/records.jsonl; prints the errors and then "N errors" (0 expected)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "ACCUSE", "REQUEST",
         "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
SECTORS = {"", "GOV", "MIL", "COP", "REB", "OPP", "PTY", "CVL", "BUS", "MED", "IGO", "JUD", "LEG", "NGO",
           "REF", "CRM", "LAB", "EDU", "ELI", "REL", "SPY", "UAF"}
REGIONS = {"Africa", "Middle East", "Asia", "South Asia", "Europe/Eurasia", "Americas", "Pacific"}


def load_map():
    for p in (os.path.join(HERE, "../../../shared/gold/cameo-to-plover.json"),
              "/work/shared/gold/cameo-to-plover.json"):
        if os.path.exists(p):
            with open(p) as f:
                return json.load(f)
    sys.path.insert(0, HERE)
    import build  # noqa: E402  (fallback: the copy kept in build.py)
    return build.MAP


def main():
    cmap = load_map()
    errs = []
    ids = set()
    n = 0
    with open(os.path.join(HERE, "records.jsonl")) as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("%s: bad JSON: %s" % (where, e))
            continue
        n += 1
        rid = r.get("id", "")
        where = "%s (%s)" % (where, rid)
        if not re.fullmatch(r"sb\d{3}", rid or ""):
            errs.append("%s: id must be sbNNN" % where)
        if rid in ids:
            errs.append("%s: duplicate id" % where)
        ids.add(rid)
        for k in ("set", "category", "split", "date", "text", "no_event", "events"):
            if k not in r:
                errs.append("%s: missing %s" % (where, k))
        if r.get("set") != "sents2" or r.get("split") != "dev":
            errs.append("%s: set/split" % where)
        if not re.fullmatch(r"(200[2-9]|201\d|202[0-4])-\d\d-\d\d", r.get("date", "")):
            errs.append("%s: date must be YYYY-MM-DD in 2002-2024" % where)
        if r.get("region") not in REGIONS:
            errs.append("%s: region %r" % (where, r.get("region")))
        words = len(r.get("text", "").split())
        if not 15 <= words <= 45:
            errs.append("%s: %d words (15-45)" % (where, words))
        cat = r.get("category")
        evs = r.get("events", [])
        if r.get("no_event"):
            if evs or cat != "NONE":
                errs.append("%s: no_event record must have no events and category NONE" % where)
            continue
        if cat not in TYPES:
            errs.append("%s: category %r" % (where, cat))
        if not evs:
            errs.append("%s: event record without events" % where)
        if cat not in {e.get("plover") for e in evs}:
            errs.append("%s: category %s not among its events' types" % (where, cat))
        for i, e in enumerate(evs):
            w = "%s event %d" % (where, i)
            for k in ("source_country", "source_sector", "target_country", "target_sector", "plover", "cameo",
                      "mode", "location"):
                if k not in e:
                    errs.append("%s: missing %s" % (w, k))
            for k in ("source_country", "target_country"):
                v = e.get(k)
                if v is not None and not re.fullmatch(r"[A-Z]{3}", v):
                    errs.append("%s: %s %r must be three upper-case letters or null" % (w, k, v))
            for k in ("source_sector", "target_sector"):
                if e.get(k) not in SECTORS:
                    errs.append("%s: %s %r" % (w, k, e.get(k)))
            if e.get("source_country") is None and e.get("source_sector") == "":
                pass  # unnamed attackers
            p, c = e.get("plover"), str(e.get("cameo", ""))
            if p not in TYPES:
                errs.append("%s: plover %r" % (w, p))
            if not re.fullmatch(r"\d{2,4}", c):
                errs.append("%s: cameo %r must be 2-4 digits" % (w, c))
            elif cmap.get(c) != p:
                errs.append("%s: cameo %s maps to %s, not %s" % (w, c, cmap.get(c), p))
    for e in errs:
        print(e)
    print("%d records" % n)
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
