"""A JSON Lines results file that a re-run of the same batch resumes.

Each result is one line, flushed as it finishes, so a crash loses only the articles in
flight. On resume the file keeps its finished results and drops failed ones and a line cut
short by a crash: the re-run writes those articles again, so no article appears twice.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def resume(path: Path) -> set[str]:
    """Ids of the articles already done in ``path`` (none when it does not exist), after
    rewriting it to hold only those."""
    if not path.exists():
        return set()
    done: set[str] = set()
    kept = path.with_name(path.name + ".resume")
    with (
        path.open(encoding="utf-8", errors="replace") as lines,
        kept.open("w", encoding="utf-8") as out,
    ):
        for line in lines:
            try:
                result = json.loads(line)
            except json.JSONDecodeError:
                continue
            if (
                isinstance(result, dict)
                and result.get("error") is None
                and isinstance(result.get("id"), str)
                and result["id"] not in done
            ):
                done.add(result["id"])
                out.write(line if line.endswith("\n") else line + "\n")
    os.replace(kept, path)
    return done
