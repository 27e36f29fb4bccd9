#!/usr/bin/env python3
"""Check sents34/records.jsonl with the checks of ../sents6/validate.py (JSON, ids thNNN, set and
split, dates 1979-2025, 15-45 words, categories and PLOVER types, the CAMEO->PLOVER mapping,
country and sector codes, no-event records, 120 records). Prints the errors and 'N errors'."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate  # noqa: E402

if __name__ == "__main__":
    sys.exit(validate.main(HERE, "sents34", "th"))
