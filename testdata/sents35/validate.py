#!/usr/bin/env python3
"""Check sents35/records.jsonl with the checks of ../sents6/validate.py (JSON, ids tiNNN, set and
split, dates 1979-2025, 15-45 words, categories, PLOVER types, the CAMEO->PLOVER mapping, countries,
sectors, no-event records, 120 records). Prints the errors and 'N errors'."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate as base  # noqa: E402

if __name__ == "__main__":
    sys.exit(base.main(here=HERE, name="sents35", prefix="ti"))
