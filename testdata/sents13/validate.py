#!/usr/bin/env python3
"""Check sents13/records.jsonl with sents6's checker (../sents6/validate.py, which lists the
checks): set "sents13", ids smNNN. Prints the errors and 'N errors'."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate  # noqa: E402  (testdata/sents6/validate.py)

if __name__ == "__main__":
    sys.exit(validate.main(HERE, name="sents13", prefix="sm"))
