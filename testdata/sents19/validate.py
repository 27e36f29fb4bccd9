#!/usr/bin/env python3
"""Check sents19/records.jsonl with sents6's validator (same format): python3 validate.py"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "sents6_validate", os.path.join(HERE, "..", "sents6", "validate.py"))
v = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v)

if __name__ == "__main__":
    sys.exit(v.main(HERE, "sents19", "ss"))
