#!/usr/bin/env python3
"""Check sents29/records.jsonl with the checks of ../sents6/validate.py (this folder, set sents29,
ids tc001-tc120). Prints the errors and 'N errors'."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate as base  # noqa: E402

if __name__ == "__main__":
    sys.exit(base.main(here=HERE, name="sents29", prefix="tc"))
