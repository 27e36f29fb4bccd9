#!/usr/bin/env python3
"""Check testdata/sents1/records.jsonl. Prints each problem and then `N errors`; exit status 1 if any.

Checks: valid JSON per line; the record fields of the PLOVER dev format; ids unique, "sa" + 3 digits;
set "sents1", split "dev"; date a real YYYY-MM-DD in 1979-2001; category a PLOVER type or NONE;
no_event records have category NONE and no events, others at least one event and a category equal to
one of their events' types; each event's plover a valid type and its cameo (2-4 digits) mapped to that
type by cameo-to-plover.json; countries three upper-case letters or null; sectors strings (or null
with a null country); sentence 15-45 words; 110 event records and 10 no-event records, at least 4 per
type.

Usage: python3 validate.py [records.jsonl] [cameo-to-plover.json]
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
REC_KEYS = {"id", "set", "category", "split", "date", "text", "no_event", "events"}
EV_KEYS = {"source_country", "source_sector", "target_country", "target_sector", "plover", "cameo", "mode",
           "location"}


def find_mapping():
    if len(sys.argv) > 2:
        return sys.argv[2]
    for p in (os.path.join(HERE, "../../../shared/gold/cameo-to-plover.json"),
              "/work/shared/gold/cameo-to-plover.json"):
        if os.path.exists(p):
            return p
    sys.exit("cameo-to-plover.json not found; pass its path as the second argument")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "records.jsonl")
    mapping = json.load(open(find_mapping()))
    errs = []
    ids = set()
    texts = set()
    per_type = collections.Counter()
    n_event = n_none = 0

    def err(where, msg):
        errs.append("%s: %s" % (where, msg))

    for ln, line in enumerate(open(path), 1):
        where = "line %d" % ln
        try:
            r = json.loads(line)
        except ValueError as e:
            err(where, "bad JSON: %s" % e)
            continue
        if not isinstance(r, dict):
            err(where, "not an object")
            continue
        missing = REC_KEYS - set(r)
        if missing:
            err(where, "missing fields %s" % sorted(missing))
            continue
        where = "%s (%s)" % (where, r["id"])
        if not re.fullmatch(r"sa\d{3}", str(r["id"])):
            err(where, "id must be 'sa' + 3 digits")
        if r["id"] in ids:
            err(where, "duplicate id")
        ids.add(r["id"])
        if r["set"] != "sents1":
            err(where, "set must be sents1")
        if r["split"] != "dev":
            err(where, "split must be dev")
        try:
            d = datetime.date.fromisoformat(r["date"])
            if not (1979 <= d.year <= 2001) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                err(where, "date outside 1979-2001 or not YYYY-MM-DD")
        except (TypeError, ValueError):
            err(where, "bad date %r" % r["date"])
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err(where, "empty text")
            continue
        if text in texts:
            err(where, "duplicate text")
        texts.add(text)
        nw = len(text.split())
        if not 15 <= nw <= 45:
            err(where, "sentence has %d words (15-45)" % nw)
        if not isinstance(r["no_event"], bool):
            err(where, "no_event must be a boolean")
        cat = r["category"]
        evs = r["events"]
        if not isinstance(evs, list):
            err(where, "events must be a list")
            continue
        if r["no_event"]:
            n_none += 1
            if evs:
                err(where, "no_event record has events")
            if cat != "NONE":
                err(where, "no_event record must have category NONE")
            continue
        n_event += 1
        if cat not in TYPES:
            err(where, "bad category %r" % cat)
        else:
            per_type[cat] += 1
        if not evs:
            err(where, "event record without events")
        types_here = set()
        for j, e in enumerate(evs):
            w = "%s event %d" % (where, j)
            if not isinstance(e, dict):
                err(w, "not an object")
                continue
            miss = EV_KEYS - set(e)
            if miss:
                err(w, "missing fields %s" % sorted(miss))
                continue
            if e["plover"] not in TYPES:
                err(w, "bad plover type %r" % e["plover"])
            c = e["cameo"]
            if not (isinstance(c, str) and re.fullmatch(r"\d{2,4}", c)):
                err(w, "bad cameo %r" % c)
            elif c not in mapping:
                err(w, "cameo %s not in cameo-to-plover.json" % c)
            elif mapping[c] != e["plover"]:
                err(w, "cameo %s maps to %s, not %s" % (c, mapping[c], e["plover"]))
            types_here.add(e["plover"])
            for side in ("source", "target"):
                cc, sec = e[side + "_country"], e[side + "_sector"]
                if cc is not None and not (isinstance(cc, str) and re.fullmatch(r"[A-Z]{3}", cc)):
                    err(w, "%s_country %r not 3 upper-case letters or null" % (side, cc))
                if sec is not None and not (isinstance(sec, str) and re.fullmatch(r"[A-Z]{0,4}", sec)):
                    err(w, "%s_sector %r not a sector code or empty" % (side, sec))
                if sec is None and cc is not None:
                    err(w, "%s_sector null with a country: use \"\" for the state as a whole" % side)
            if e["source_country"] is None and e["source_sector"] is None and e["target_country"] is None \
                    and e["target_sector"] is None:
                err(w, "no actor at all")
            loc = e["location"]
            if loc is not None and not (isinstance(loc, dict) and isinstance(loc.get("name"), str)):
                err(w, "location must be null or {name: ...}")
        if cat in TYPES and cat not in types_here:
            err(where, "category %s is none of its events' types %s" % (cat, sorted(types_here)))

    if n_event != 110:
        err("set", "%d event records, want 110" % n_event)
    if n_none != 10:
        err("set", "%d no-event records, want 10" % n_none)
    for t in sorted(TYPES):
        if per_type[t] < 4:
            err("set", "type %s has %d records, want at least 4" % (t, per_type[t]))
    for e in errs:
        print(e)
    print("%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
