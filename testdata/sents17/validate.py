#!/usr/bin/env python3
"""Check sents17/records.jsonl with sents6's validate.py (same format; ids sqNNN, set sents17)."""
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in ../sents6

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate as base  # noqa: E402

if __name__ == "__main__":
    sys.exit(base.main(HERE, "sents17", "sq"))
