"""Issue bar on the seed article with the default backend: prints numbers, judges nothing.

    python benchmarks/seed_bar.py [--model PATH.gguf] [--prompt extract_claims/vN]

Runs `claims extract` as a user would (a fresh process, nothing configured, no cache) and
reports claims found, grounding, speakers, hedges, boilerplate and wall time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ukraine-nato-presence.txt"
SPEAKERS = ("Danilov", "Sikorski", "Macron")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prompt", default=None)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    command = [
        sys.executable,
        "-m",
        "claims.cli",
        "extract",
        str(SEED),
        "--format",
        "jsonl",
        "--no-cache",
    ]
    if args.prompt:
        command += ["--prompt", args.prompt]
    if args.model:
        command += ["--model", args.model]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        print(done.stderr)
    result = json.loads(done.stdout)
    text = SEED.read_text(encoding="utf-8")
    tail = text.index("Read more:")
    found = result["claims"]
    grounded = [
        c
        for c in found
        if text[c["evidence"]["start"] : c["evidence"]["end"]] == c["evidence"]["text"]
    ]
    hedged = [c for c in found if c["hedged"] and c["hedge_cues"]]
    names = " ".join(c["speaker"]["name"] or "" for c in found)
    print(f"prompt            {result['prompt_version']}  model {result['model']}")
    print(f"claims            {len(found)}")
    print(f"grounded          {len(grounded)}/{len(found)}")
    print(f"speakers covered  {', '.join(s for s in SPEAKERS if s in names)}")
    print(f"hedged with cues  {len(hedged)}")
    print(f"from boilerplate  {sum(c['evidence']['start'] >= tail for c in found)}")
    print(f"LLM calls         {result['usage']['calls']}")
    print(
        f"tokens            {result['usage']['prompt_tokens']} prompt + "
        f"{result['usage']['completion_tokens']} completion"
    )
    print(f"wall seconds      {wall:.1f} (extraction {result['seconds']:.1f})")
    for warning in result["warnings"]:
        print(f"warning           {warning}")


if __name__ == "__main__":
    main()
