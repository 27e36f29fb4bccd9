#!/usr/bin/env python3
"""Checks testdata/owned88/gold.jsonl against testdata/owned88/stories.jsonl with the owned set's
validator (../owned/validate.py, which lists the checks): ids ckNN, and 190-260 words a story (this
set's brief). Prints the errors and exits non-zero if there are any.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
import validate  # noqa: E402  (testdata/owned/validate.py)

if __name__ == "__main__":
    sys.exit(validate.main(HERE, prefix="ck", words=(190, 260)))
