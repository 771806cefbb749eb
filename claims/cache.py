"""A persistent cache of results, keyed by everything that decides them.

One SQLite file (in the user cache directory by default); a hit makes no LLM call. Only
complete results are stored: a failed article is tried again next time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path

import platformdirs

from .models import Article, ExtractionResult


def cache_dir() -> Path:
    """Where the model file and the result cache live (CLAIMS_CACHE_DIR overrides)."""
    return Path(os.environ.get("CLAIMS_CACHE_DIR") or platformdirs.user_cache_dir("claims"))


def default_path() -> Path:
    return cache_dir() / "results.sqlite"


class Cache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # one connection shared by a batch's threads, one statement at a time
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._lock = threading.Lock()
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result TEXT NOT NULL)"
        )

    def get(self, key: str) -> ExtractionResult | None:
        with self._lock:
            row = self._db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return ExtractionResult.model_validate_json(row[0]).model_copy(update={"cached": True})

    def put(self, key: str, result: ExtractionResult) -> None:
        if result.error is None:
            with self._lock, self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO results VALUES (?, ?)", (key, result.model_dump_json())
                )

    def stats(self) -> tuple[int, int]:
        """Entries and bytes on disk."""
        (count,) = self._db.execute("SELECT COUNT(*) FROM results").fetchone()
        return int(count), self.path.stat().st_size

    def clear(self) -> int:
        with self._db:
            removed = self._db.execute("DELETE FROM results").rowcount
        self._db.execute("VACUUM")
        return int(removed)


@functools.cache
def code_version() -> str:
    """A digest of this package's source: a result made by other code is not reused (code
    decides speakers, modes, hedges and spans as much as the model does)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key(article: Article, model: str, prompt_text: str, settings: dict[str, object]) -> str:
    """Article content and metadata, model, the prompt's exact text, the settings that
    change output and the code (not the article's id: an id is only a label)."""
    material = {
        "code": code_version(),
        "text": article.text,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "publisher": article.publisher,
        "model": model,
        "prompt": hashlib.sha256(prompt_text.encode()).hexdigest(),
        "settings": settings,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()
