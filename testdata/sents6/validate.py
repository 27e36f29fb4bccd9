#!/usr/bin/env python3
"""Check sents6/records.jsonl: JSON, ids, categories, PLOVER types, CAMEO->PLOVER mapping,
country codes, no-event records, sentence length. Prints the errors and 'N errors'.
Later sentence sets in this format call main with their own directory, name and id prefix."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MAP_PATHS = [os.path.join(HERE, "..", "..", "..", "shared", "gold", "cameo-to-plover.json"),
             "/work/shared/gold/cameo-to-plover.json"]


def main(here=HERE, name="sents6", prefix="sf"):
    errors = []
    mapping = None
    for p in MAP_PATHS:
        if os.path.exists(p):
            mapping = json.load(open(p))
            break
    if mapping is None:
        errors.append("cameo-to-plover.json not found")
        mapping = {}
    seen = set()
    n = 0
    with open(os.path.join(here, "records.jsonl")) as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (ln, e))
                continue
            n += 1
            rid = r.get("id", "")
            where = "line %d (%s)" % (ln, rid)
            for k in ("id", "set", "category", "split", "date", "text", "no_event", "events"):
                if k not in r:
                    errors.append("%s: missing %s" % (where, k))
            if not re.fullmatch(prefix + r"\d{3}", rid):
                errors.append("%s: id must be %sNNN" % (where, prefix))
            if rid in seen:
                errors.append("%s: duplicate id" % where)
            seen.add(rid)
            if r.get("set") != name or r.get("split") != "dev":
                errors.append("%s: set/split" % where)
            if not re.fullmatch(r"(19[789]\d|20[012]\d)-\d\d-\d\d", r.get("date", "")) or \
                    not ("1979" <= r["date"][:4] <= "2025"):
                errors.append("%s: date %r" % (where, r.get("date")))
            words = len(r.get("text", "").split())
            if not 15 <= words <= 45:
                errors.append("%s: %d words" % (where, words))
            cat = r.get("category")
            evs = r.get("events", [])
            if r.get("no_event"):
                if cat != "NONE" or evs:
                    errors.append("%s: no_event record must have category NONE and no events" % where)
            else:
                if cat not in TYPES:
                    errors.append("%s: category %r" % (where, cat))
                if not evs:
                    errors.append("%s: event record without events" % where)
                if cat in TYPES and cat not in {e.get("plover") for e in evs}:
                    errors.append("%s: category %s not among its events' types" % (where, cat))
            for i, e in enumerate(evs):
                w = "%s event %d" % (where, i)
                for k in ("source_country", "source_sector", "target_country", "target_sector",
                          "plover", "cameo", "mode", "location"):
                    if k not in e:
                        errors.append("%s: missing %s" % (w, k))
                if e.get("plover") not in TYPES:
                    errors.append("%s: plover %r" % (w, e.get("plover")))
                cameo = e.get("cameo", "")
                if not re.fullmatch(r"\d{2,4}", cameo or ""):
                    errors.append("%s: cameo %r" % (w, cameo))
                elif mapping and mapping.get(cameo) != e.get("plover"):
                    errors.append("%s: cameo %s maps to %s, not %s" % (w, cameo, mapping.get(cameo), e.get("plover")))
                for k in ("source_country", "target_country"):
                    v = e.get(k)
                    if v is not None and not re.fullmatch(r"[A-Z]{3}", v):
                        errors.append("%s: %s %r" % (w, k, v))
                for k in ("source_sector", "target_sector"):
                    v = e.get(k)
                    if not isinstance(v, str) or (v and not re.fullmatch(r"[A-Z]{3}", v)):
                        errors.append("%s: %s %r" % (w, k, v))
    if n != 120:
        errors.append("expected 120 records, found %d" % n)
    for e in errors:
        print(e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
