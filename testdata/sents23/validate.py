#!/usr/bin/env python3
"""Check sents23/records.jsonl with sents6's validate.py checks (JSON, ids swNNN, set sents23,
categories, PLOVER types, CAMEO->PLOVER mapping, countries, sectors, no-event records,
sentence length, 120 records). Prints the errors and 'N errors'."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate  # noqa: E402

if __name__ == "__main__":
    sys.exit(validate.main(HERE, "sents23", "sw"))
