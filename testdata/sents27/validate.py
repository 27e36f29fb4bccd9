#!/usr/bin/env python3
"""Check sents27/records.jsonl with sents6's validate.py (the same checks: JSON, ids taNNN,
set and split, dates, sentence length, categories, PLOVER types, the CAMEO->PLOVER mapping,
countries, sectors, no-event records, count 120). Prints the errors and 'N errors'."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "sents6_validate", os.path.join(HERE, "..", "sents6", "validate.py"))
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

if __name__ == "__main__":
    sys.exit(_mod.main(HERE, "sents27", "ta"))
