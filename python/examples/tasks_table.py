"""The tasks of a plan as a table of unit, task, deadline (the README's example).

    python python/examples/tasks_table.py [FILE]

With pandas installed, the same rows make a DataFrame: pandas.DataFrame(rows).
"""

import os
import sys
from pathlib import Path

import vanban

root = Path(__file__).resolve().parents[2]
default = Path(os.environ.get("VANBAN_SHARED", root.parent / "shared")) / "seeds" / "003_56bdbea5d1b1712c.txt"
path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
if not path.exists():
    path = root / "corpus" / "docs" / "binhdinh_kh_318.txt"

doc = vanban.parse_file(path)
rows = [
    {"unit": unit, "role": role, "task": t.text[:48], "deadline": t.deadline or t.deadline_text or ""}
    for t in doc.tasks
    for role, units in (("lead", t.lead), ("support", t.support))
    for unit in units
]
print(f"{doc.doc_type}: {doc.subject}")
print(f"{'unit':<42} {'role':<8} {'task':<50} deadline")
for r in rows:
    print(f"{r['unit'][:41]:<42} {r['role']:<8} {r['task']:<50} {r['deadline']}")
