"""What a run costs: US dollars per million tokens, per model, from a table users can override.

The built-in table holds OpenAI list prices for live calls (checked 2026-11; they change: pass
``--prices FILE`` or set CLAIMS_PRICES to a JSON file ``{"model": [input, output], ...}``).
A local model costs nothing; a model in no table has no price, so a budget cannot be kept.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .models import Usage

PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5": (1.25, 10.00),
    "o4-mini": (1.10, 4.40),
}


@dataclass(frozen=True)
class Price:
    model: str
    input: float
    """Dollars per million prompt tokens."""
    output: float
    """Dollars per million completion tokens."""

    def of(self, usage: Usage) -> float:
        return (usage.prompt_tokens * self.input + usage.completion_tokens * self.output) / 1e6


def price(model: str, local: bool, table: Path | None = None) -> Price | None:
    """The model's price: from ``table`` (or CLAIMS_PRICES), else the built-in list; a
    dated variant ("gpt-4o-mini-2024-07-18") takes its family's price. None when unknown."""
    if local:
        return Price(model, 0.0, 0.0)
    prices = dict(PER_MILLION)
    source = table or os.environ.get("CLAIMS_PRICES")
    if source:
        prices |= _load(Path(source))
    name = model.rsplit("/", 1)[-1]
    family = max((known for known in prices if name.startswith(known)), key=len, default=None)
    if family is None:
        return None
    return Price(model, *prices[family])


def _load(path: Path) -> dict[str, tuple[float, float]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ConfigError(f"price table {path}: {error}") from None
    if not isinstance(data, dict):
        raise ConfigError(f'price table {path}: needs {{"model": [input, output], ...}}')
    table: dict[str, tuple[float, float]] = {}
    for model, pair in data.items():
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(v, int | float) and v >= 0 for v in pair)
        ):
            raise ConfigError(
                f"price table {path}: {model!r} needs [input, output] dollars per million tokens"
            )
        table[model] = (float(pair[0]), float(pair[1]))
    return table
