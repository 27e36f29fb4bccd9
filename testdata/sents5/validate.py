#!/usr/bin/env python3
"""Validate sents5/records.jsonl; prints 'N errors' (must be 0)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAP = os.path.join(HERE, "..", "..", "..", "shared", "gold", "cameo-to-plover.json")
if not os.path.exists(MAP):
    MAP = "/work/shared/gold/cameo-to-plover.json"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SECTORS = {"", "GOV", "MIL", "COP", "REB", "OPP", "PTY", "CVL", "BUS", "MED", "IGO", "JUD", "LEG", "NGO",
           "REF", "EDU", "CRM", "SPY", "REL", "ELI", "LAB", "UAF", "HLH"}
REGIONS = {"Africa", "Middle East", "Asia", "South Asia", "Europe/Eurasia", "Americas", "Pacific"}

def main():
    cmap = json.load(open(MAP))
    errs = []
    ids = set()
    path = os.path.join(HERE, "records.jsonl")
    for n, line in enumerate(open(path), 1):
        def err(msg):
            errs.append("line %d: %s" % (n, msg))
        try:
            r = json.loads(line)
        except ValueError as e:
            err("bad JSON: %s" % e); continue
        for k in ("id", "set", "category", "split", "date", "text", "no_event", "events"):
            if k not in r:
                err("missing %s" % k)
        rid = r.get("id", "")
        if not re.fullmatch(r"se\d{3}", rid): err("bad id %r" % rid)
        if rid in ids: err("duplicate id %s" % rid)
        ids.add(rid)
        if r.get("set") != "sents5": err("set is not sents5")
        if r.get("split") != "dev": err("split is not dev")
        if not re.fullmatch(r"(19[89]\d|20[012]\d)-\d\d-\d\d", r.get("date", "")): err("bad date")
        elif not ("1979-01-01" <= r["date"] <= "2025-12-31"): err("date outside 1979-2025")
        if r.get("region") not in REGIONS: err("bad region %r" % r.get("region"))
        words = len(r.get("text", "").split())
        if not 15 <= words <= 45: err("sentence has %d words" % words)
        cat = r.get("category")
        evs = r.get("events", [])
        if r.get("no_event"):
            if cat != "NONE": err("no_event record must have category NONE")
            if evs: err("no_event record has events")
        else:
            if cat not in TYPES: err("bad category %r" % cat)
            if not evs: err("event record without events")
            if cat in TYPES and cat not in {e.get("plover") for e in evs}:
                err("category %s not among its events" % cat)
        for e in evs:
            for side in ("source", "target"):
                c = e.get(side + "_country")
                if c is not None and not re.fullmatch(r"[A-Z]{3}", c): err("bad %s_country %r" % (side, c))
                if e.get(side + "_sector") not in SECTORS: err("bad %s_sector %r" % (side, e.get(side + "_sector")))
            if e.get("plover") not in TYPES: err("bad plover %r" % e.get("plover"))
            c = e.get("cameo", "")
            if not re.fullmatch(r"\d{2,4}", c): err("bad cameo %r" % c)
            elif cmap.get(c) != e.get("plover"):
                err("cameo %s maps to %s, not %s" % (c, cmap.get(c), e.get("plover")))
            if not e.get("note"): err("event without note")
            if e.get("source_country") is None and e.get("source_sector") == "" and e.get("target_country") is None \
                    and e.get("target_sector") == "":
                err("event with no actors at all")
    for m in errs:
        print(m)
    print("%d errors" % len(errs))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
