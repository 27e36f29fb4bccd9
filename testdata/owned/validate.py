#!/usr/bin/env python3
"""Checks testdata/owned/gold.jsonl against testdata/owned/stories.jsonl.

Adapted from news-dev's tools/validate.py (same sentence splitter and code checks); stories come from
stories.jsonl ({id, text, published}) instead of stories/*.txt + meta files, and the word range is 150-300.

Checks:
- every line names a story that exists; every story has gold lines and a meta file;
- sentence_contains is 4-10 words, occurs exactly once in its story, and lies inside one sentence
  (stories are split into paragraphs on blank lines, paragraphs into sentences);
- forbidden lines have only doc / sentence_contains / forbidden / note, and no forbidden sentence also
  carries a gold event;
- event lines: required is a bool; cameo is 2-4 digits and starts with one of cameo_root; roots are
  01-20; plover matches the held-out README's CAMEO->PLOVER list; source/target are null or objects with
  name/country/sector; country is null or 3 upper-case letters; sector is null, a code or a list of codes;
  date is null, YYYY, YYYY-MM or YYYY-MM-DD and not after the story's published date; place is null or
  {name, country};
- per story: 4-8 required events, exactly 2 forbidden lines, one optional line on the headline;
- stories: id oNN, published YYYY-MM-DD, 150-300 words (headline and dateline included).
Prints the errors and exits non-zero if there are any.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
REGIONS = {"Africa", "Middle East", "Asia", "Europe/Eurasia", "Americas"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "CVL", "BUS", "MED", "JUD", "COP", "CRM", "IGO", "NGO", "RAD", "REF",
           "REL", "LEG", "LAB", "EDU", "HLH", "ELI", "SPY", "UAF", "AGR", "DEV", "ENV"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ABBREV = {"U.S.", "U.N.", "Gen.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.", "Lt.", "Col.", "Maj.", "Sgt.", "Rep.", "Sen.", "Gov.", "Jr.", "Sr.", "Inc.", "Corp."}


def expected_plover(cameo):
    r = cameo[:2]
    if r in ("02", "10"):
        return "REQUEST"
    if r == "01":
        return "REJECT" if cameo.startswith("016") else None
    if r == "08":
        return "CONCEDE" if cameo[:3] in ("080", "081", "082", "083") else "RETREAT"
    if r == "19":
        return "COERCE" if cameo.startswith("191") else "ASSAULT"
    return {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
            "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
            "17": "COERCE", "18": "ASSAULT", "20": "ASSAULT"}.get(r, "?")


def sentences(text):
    """Return (start, end) spans of sentences. Paragraphs (blank-line separated) never share a sentence."""
    spans = []
    pos = 0
    for para in re.split(r"\n\s*\n", text):
        start = text.index(para, pos)
        pos = start + len(para)
        s = start
        for m in re.finditer(r"[.!?][\"')\]]*(?=\s+[\"'(]?[A-Z0-9])", para):
            end = start + m.end()
            words = text[s:end].split()
            if words and words[-1] in ABBREV:
                continue
            spans.append((s, end))
            s = end
            while s < pos and text[s].isspace():
                s += 1
        if s < pos:
            spans.append((s, pos))
    return spans


def main(root=ROOT, prefix="o", words=(150, 300)):
    """Checks root's gold against its stories: ids are prefix and two digits, stories words[0] to
    words[1] words long. testdata/owned2/validate.py calls it with its own."""
    lo, hi = words
    errors = []
    err = errors.append
    stories, metas = {}, {}
    for l in open(os.path.join(root, "stories.jsonl"), encoding="utf-8"):
        if not l.strip():
            continue
        s = json.loads(l)
        doc = s.get("id", "")
        if not re.fullmatch(re.escape(prefix) + r"\d{2}", doc):
            err(f"story id {doc!r}")
        if set(s) != {"id", "text", "published"}:
            err(f"{doc}: keys {sorted(s)}")
        stories[doc] = s["text"]
        metas[doc] = {"published": s.get("published", "")}
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(s.get("published", ""))):
            err(f"{doc}: published not YYYY-MM-DD")
        parts = re.split(r"\n\s*\n", s["text"])
        if len(parts) < 4 or not re.fullmatch(r"[A-Z][A-Z .'/-]+, [A-Z][A-Za-z .]+ —", parts[1]):
            err(f"{doc}: layout (headline, blank, 'CITY, Country —', blank, body) {parts[1][:40]!r}")
        n = len([w for w in s["text"].split() if re.search(r"\w", w)])
        if not lo <= n <= hi:
            err(f"{doc}: {n} words, outside {lo}-{hi}")
        print(f"{doc}: {n} words")

    lines = [json.loads(l) for l in open(os.path.join(root, "gold.jsonl"), encoding="utf-8") if l.strip()]
    per = {d: {"req": 0, "opt": 0, "forb": 0, "head": 0} for d in stories}
    event_sents = {d: set() for d in stories}
    forb_sents = {d: [] for d in stories}
    for i, g in enumerate(lines, 1):
        doc = g.get("doc")
        where = f"line {i} ({doc}: {g.get('sentence_contains')!r})"
        if doc not in stories:
            err(f"{where}: unknown doc")
            continue
        text = stories[doc]
        snip = g.get("sentence_contains", "")
        nw = len(snip.split())
        if not 4 <= nw <= 10:
            err(f"{where}: {nw} words, need 4-10")
        cnt = text.count(snip)
        if cnt != 1:
            err(f"{where}: occurs {cnt} times")
            continue
        a = text.index(snip)
        b = a + len(snip)
        sent = [k for k, (s, e) in enumerate(sentences(text)) if s <= a and b <= e]
        if len(sent) != 1:
            err(f"{where}: not inside one sentence")
            continue
        k = sent[0]
        headline_end = text.index("\n")
        if g.get("forbidden"):
            if set(g) - {"doc", "sentence_contains", "forbidden", "note"}:
                err(f"{where}: forbidden line has extra keys {sorted(set(g) - {'doc', 'sentence_contains', 'forbidden', 'note'})}")
            if g["forbidden"] is not True:
                err(f"{where}: forbidden must be true")
            per[doc]["forb"] += 1
            forb_sents[doc].append((k, where))
            continue
        for key in ("source", "target", "cameo_root", "cameo", "plover", "date", "place", "required"):
            if key not in g:
                err(f"{where}: missing {key}")
        if not isinstance(g.get("required"), bool):
            err(f"{where}: required not bool")
        cameo = g.get("cameo")
        roots = g.get("cameo_root") or []
        if not (isinstance(cameo, str) and re.fullmatch(r"\d{2,4}", cameo)):
            err(f"{where}: cameo {cameo!r}")
            continue
        if not roots or any(not (isinstance(r, str) and re.fullmatch(r"\d{2}", r) and 1 <= int(r) <= 20) for r in roots):
            err(f"{where}: cameo_root {roots!r}")
        if cameo[:2] not in roots:
            err(f"{where}: cameo {cameo} not under roots {roots}")
        if g.get("plover") is not None and g["plover"] not in PLOVER:
            err(f"{where}: plover {g['plover']!r}")
        if g.get("plover") != expected_plover(cameo):
            err(f"{where}: plover {g.get('plover')} but README mapping gives {expected_plover(cameo)}")
        for role in ("source", "target"):
            act = g.get(role)
            if act is None:
                if role == "source":
                    err(f"{where}: source is null")
                continue
            if not isinstance(act, dict) or set(act) != {"name", "country", "sector"}:
                err(f"{where}: {role} needs exactly name/country/sector")
                continue
            c = act["country"]
            if c is not None and not re.fullmatch(r"[A-Z]{3}", c):
                err(f"{where}: {role} country {c!r}")
            sec = act["sector"]
            secs = sec if isinstance(sec, list) else [sec]
            for s in secs:
                if s is not None and s not in SECTORS:
                    err(f"{where}: {role} sector {s!r}")
            if isinstance(sec, list) and (len(sec) < 2 or None in sec):
                err(f"{where}: {role} sector list must hold 2+ codes")
        date = g.get("date")
        if date is not None:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
                err(f"{where}: date {date!r}")
            elif doc in metas and date > metas[doc]["published"][:len(date)]:
                err(f"{where}: date {date} after publication {metas[doc]['published']}")
        pl = g.get("place")
        if pl is not None and (not isinstance(pl, dict) or set(pl) != {"name", "country"}
                               or not re.fullmatch(r"[A-Z]{3}", str(pl["country"]))):
            err(f"{where}: place {pl!r}")
        if a < headline_end:
            per[doc]["head"] += 1
            if g.get("required"):
                err(f"{where}: headline event must be optional")
        per[doc]["req" if g.get("required") else "opt"] += 1
        event_sents[doc].add(k)
    for doc in stories:
        for k, where in forb_sents[doc]:
            if k in event_sents[doc]:
                err(f"{where}: forbidden sentence also carries a gold event")
        c = per[doc]
        if not 4 <= c["req"] <= 8:
            err(f"{doc}: {c['req']} required events, need 4-8")
        if c["forb"] != 2:
            err(f"{doc}: {c['forb']} forbidden lines, need 2")
        if c["head"] < 1:
            err(f"{doc}: no optional line on the headline")
    tot = {k: sum(c[k] for c in per.values()) for k in ("req", "opt", "forb")}
    for doc in sorted(per):
        c = per[doc]
        print(f"{doc}: required {c['req']}, optional {c['opt']}, forbidden {c['forb']}")
    print(f"total: {len(lines)} lines; required {tot['req']}, optional {tot['opt']}, forbidden {tot['forb']}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
