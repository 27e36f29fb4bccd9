#!/usr/bin/env python3
"""Validate sents7/records.jsonl; prints '<n> errors'."""
import json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
mp = json.load(open(os.path.join(here, "../../../../shared/gold/cameo-to-plover.json"))) \
    if os.path.exists(os.path.join(here, "../../../../shared/gold/cameo-to-plover.json")) \
    else json.load(open("/work/shared/gold/cameo-to-plover.json"))
TYPES = set(mp.values())
errs = []
ids = set()
KEYS = {"id", "set", "category", "split", "date", "text", "no_event", "events"}
for n, line in enumerate(open(os.path.join(here, "records.jsonl")), 1):
    try:
        r = json.loads(line)
    except ValueError as e:
        errs.append("line %d: bad JSON %s" % (n, e)); continue
    rid = r.get("id", "")
    if set(r) != KEYS: errs.append("%s: keys %s" % (rid, sorted(r)))
    if not re.fullmatch(r"sg\d{3}", rid): errs.append("%s: bad id" % rid)
    if rid in ids: errs.append("%s: duplicate id" % rid)
    ids.add(rid)
    if r.get("set") != "sents7" or r.get("split") != "dev": errs.append("%s: set/split" % rid)
    if not re.fullmatch(r"(19[7-9]\d|200[01])-\d\d-\d\d", r.get("date", "")): errs.append("%s: date" % rid)
    nw = len(r["text"].split())
    if not 15 <= nw <= 45: errs.append("%s: %d words" % (rid, nw))
    cat = r["category"]
    if r["no_event"]:
        if r["events"] or cat != "NONE": errs.append("%s: no_event record with events or category" % rid)
        continue
    if cat not in TYPES: errs.append("%s: category %s" % (rid, cat))
    if not r["events"]: errs.append("%s: no events" % rid)
    if cat not in [e["plover"] for e in r["events"]]: errs.append("%s: category not among events" % rid)
    for e in r["events"]:
        if e["plover"] not in TYPES: errs.append("%s: plover %s" % (rid, e["plover"]))
        if mp.get(e["cameo"]) != e["plover"]: errs.append("%s: cameo %s does not map to %s" % (rid, e["cameo"], e["plover"]))
        for k in ("source_country", "target_country"):
            v = e[k]
            if v is not None and not re.fullmatch(r"[A-Z]{3}", v): errs.append("%s: %s %r" % (rid, k, v))
        for k in ("source_sector", "target_sector"):
            if not isinstance(e[k], str) or not re.fullmatch(r"[A-Z]{0,3}", e[k]): errs.append("%s: %s %r" % (rid, k, e[k]))
        if not e.get("note"): errs.append("%s: event without note" % rid)
for e in errs: print(e)
print("%d errors" % len(errs))
sys.exit(1 if errs else 0)
