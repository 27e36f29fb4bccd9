#!/usr/bin/env python3
"""Check sents15/records.jsonl with sents6's checks (ids so001-so120, set "sents15").
Prints the errors and 'N errors'."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
import validate as v6  # noqa: E402

if __name__ == "__main__":
    sys.exit(v6.main(HERE, "sents15", "so"))
