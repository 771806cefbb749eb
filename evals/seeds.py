"""Reading a seeds folder: each labelled article with its gold and, when present, gold-2."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from claims.models import Article
from evals.gold import GoldError, GoldFile, load_gold

GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class Case:
    """One article to score: its gold labelling and, when there is one, a second labelling."""

    article: Article
    gold: GoldFile
    gold2: GoldFile | None = None


class _Split(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dev: list[str]
    test: list[str]


def load_cases(seeds: Path, split: str | None = None) -> list[Case]:
    """Every article in `seeds` with a gold file, or only those `split.json` lists under `split`.

    Raises `GoldError` for a gold file with problems, a missing file, or an unknown split.
    """
    if split is None:
        ids = sorted(path.name.removesuffix(GOLD_SUFFIX) for path in seeds.glob(f"*{GOLD_SUFFIX}"))
    else:
        ids = _split_ids(seeds / "split.json", split)
    return [_load_case(seeds, article_id) for article_id in ids]


def _split_ids(path: Path, split: str) -> list[str]:
    try:
        splits = _Split.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as error:
        raise GoldError([f"{path}: -: -: cannot read the split: {_one_line(error)}"]) from error
    if split not in ("dev", "test"):
        raise GoldError([f"{path}: -: -: no split named {split!r} (dev, test)"])
    return splits.dev if split == "dev" else splits.test


def _load_case(seeds: Path, article_id: str) -> Case:
    labelled = load_gold(seeds / f"{article_id}{GOLD_SUFFIX}")
    meta_path = seeds / f"{article_id}.meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        # Article ignores the meta fields it has no place for (`credit`).
        article = Article.model_validate({**meta, "id": article_id, "text": labelled.text})
    except (OSError, TypeError, json.JSONDecodeError, ValidationError) as error:
        problem = f"{meta_path}: -: -: cannot read the metadata: {_one_line(error)}"
        raise GoldError([problem]) from error
    second = seeds / f"{article_id}.gold-2.json"
    gold2 = load_gold(second).gold if second.exists() else None
    return Case(article=article, gold=labelled.gold, gold2=gold2)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
