"""Loading versioned prompt files: prompts/<task>/<version>.md, with # System and # User parts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

from .errors import ConfigError

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
_PART = re.compile(r"^# (System|User)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Prompt:
    name: str
    """``task/version``, recorded in every result so reports stay comparable."""
    system: str
    user: Template

    @property
    def text(self) -> str:
        return self.system + "\n" + self.user.template

    def messages(self, **values: str) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.user.substitute(values)},
        ]


@cache
def load(name: str) -> Prompt:
    path = PROMPTS / f"{name}.md"
    if not path.is_file():
        known = sorted(str(p.relative_to(PROMPTS).with_suffix("")) for p in PROMPTS.glob("*/*.md"))
        raise ConfigError(f"no prompt {name!r}; known: {', '.join(known)}")
    parts = _PART.split(path.read_text(encoding="utf-8"))
    sections = dict(zip(parts[1::2], (part.strip() for part in parts[2::2]), strict=True))
    if set(sections) != {"System", "User"}:
        raise ConfigError(f"{path}: needs exactly a '# System' and a '# User' part")
    return Prompt(name=name, system=sections["System"], user=Template(sections["User"]))
