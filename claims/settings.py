"""Everything a run can be tuned with, in one object instead of long parameter lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    """A model name for an OpenAI-compatible endpoint, a path to a GGUF file, or ``none``
    for no model (the rules alone)."""
    base_url: str | None = None
    api_key: str | None = None
    prompt: str | None = None
    """A prompt version (``task/vN``); None takes the backend's default strategy."""
    structured_mode: str | None = None
    """json, json_schema, tools or md_json; None picks the backend's default."""
    chunk_tokens: int | None = None
    """Budget for the article part of one call; longer articles are split on paragraphs.
    None (like every None here) takes the backend's strategy."""
    max_output_tokens: int | None = None
    """Hard cap per call, so a model that never stops generating stops."""
    validation_retries: int | None = None
    """How often output that fails validation is sent back to the model with the error;
    None takes the backend's default."""
    transport_attempts: int = 5
    transport_max_seconds: float = 120.0
    transport_backoff: float = 1.0
    """First wait in seconds between transport retries; it doubles (with jitter) up to 30 s."""
    request_timeout: float = 120.0
    rpm: float | None = None
    """Requests per minute this client may send (None: no limit of its own)."""
    tpm: float | None = None
    """Tokens per minute (prompt plus the answer's cap, as servers count them)."""
    temperature: float = 0.0
    context_tokens: int = 8192
    """Context window of the embedded model."""
    prices: Path | None = None
    """A JSON price table overriding the built-in one (see claims.pricing)."""
    threads: int | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)

    def cache_key(self) -> dict[str, object]:
        """The settings, beside the strategy, that change what the extractor returns."""
        return {"structured_mode": self.structured_mode, "temperature": self.temperature}
