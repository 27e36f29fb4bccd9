"""Helpers the owned sets' build.py files write their stories and gold with.

Each build.py lists its stories (S) and gold lines (E, F) and calls write() with its
own folder; this module only shapes the records and writes stories.jsonl and gold.jsonl.
"""
import json
import os

STORIES = []  # (id, published, region, text)
GOLD = []

# Tolerant roots where careful coders split (news-dev README, "Tolerant roots").
COUP = ["17", "19"]
AGREE = ["05", "03", "08"]
DEMAND = ["10", "02"]
DENY = ["01", "12"]
VPROT = ["14", "18", "17"]
REPR = ["17", "18"]
SANCT = ["16", "17"]
CLASH = ["19", "18", "14"]


def plover(cameo):
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
            "17": "COERCE", "18": "ASSAULT", "20": "ASSAULT"}[r]


def A(name, country, sector):
    return {"name": name, "country": country, "sector": sector}


def P(name, country):
    return {"name": name, "country": country}


def S(doc, published, region, text):
    STORIES.append((doc, published, region, text.strip("\n")))


def E(doc, snip, src, tgt, roots, cameo, date, place, req, note=None):
    g = {"doc": doc, "sentence_contains": snip, "source": src, "target": tgt, "cameo_root": roots,
         "cameo": cameo, "plover": plover(cameo), "date": date, "place": place, "required": req}
    if note:
        g["note"] = note
    GOLD.append(g)


def F(doc, snip, note):
    GOLD.append({"doc": doc, "sentence_contains": snip, "forbidden": True, "note": note})


def write(here):
    """Writes stories.jsonl and gold.jsonl into folder here."""
    with open(os.path.join(here, "stories.jsonl"), "w", encoding="utf-8") as f:
        for doc, pub, region, text in STORIES:
            f.write(json.dumps({"id": doc, "text": text, "published": pub}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
