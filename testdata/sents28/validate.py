#!/usr/bin/env python3
"""Check sents28/records.jsonl with the checks of ../sents6/validate.py (JSON, ids tbNNN,
set and split, dates, sentence length, categories, PLOVER types, CAMEO->PLOVER mapping,
countries, sectors, no-event records, count). Prints the errors and 'N errors'."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate as base  # noqa: E402

if __name__ == "__main__":
    sys.exit(base.main(here=HERE, name="sents28", prefix="tb"))
