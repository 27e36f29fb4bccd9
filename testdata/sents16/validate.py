#!/usr/bin/env python3
"""Check sents16/records.jsonl with sents6's validator (same format, set sents16, ids spNNN)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate as v6  # noqa: E402

if __name__ == "__main__":
    sys.exit(v6.main(HERE, "sents16", "sp"))
