"""Choosing the LLM backend. Every backend fits one seam: an OpenAI-style ``create``."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import instructor

from ..errors import ConfigError
from ..settings import Settings

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
NO_MODEL = "none"
"""The model name that asks for no model: the rules alone (``claims/backends/no_model.py``)."""


@dataclass(frozen=True)
class Backend:
    model: str
    """What results record as the model."""
    description: str
    """One line for the user: what runs, where."""
    mode: instructor.Mode
    create: Callable[..., Any]
    """Takes chat-completion keyword arguments, returns an OpenAI ``ChatCompletion``."""
    strategy: Strategy = field(default_factory=lambda: Strategy())
    """What suits this kind of model, unless the settings say otherwise."""
    local: bool = False
    """The model runs in this process: its calls cannot overlap (they would only thrash the
    same cores) and cost nothing."""
    calls_a_model: bool = True
    """Its answers come from a model: false for no model, whose answers count as no calls."""


@dataclass(frozen=True)
class Strategy:
    """A large remote model writes every field of a claim in one call per long chunk; a
    small local one cites sentences in short chunks and code decides what the text can."""

    prompt: str = "extract_claims/v1"
    chunk_tokens: int = 1200
    max_output_tokens: int = 2048
    validation_retries: int = 2

    def but(self, settings: Settings) -> Strategy:
        """This strategy with whatever the settings set explicitly."""
        chosen = {
            name: getattr(settings, name)
            for name in ("prompt", "chunk_tokens", "max_output_tokens", "validation_retries")
            if getattr(settings, name) is not None
        }
        return replace(self, **chosen)


LABELLING = Strategy(
    prompt="label_sentences/v1", chunk_tokens=400, max_output_tokens=700, validation_retries=0
)
"""A 1.5B model copying claims loops and stops early (cite_claims/v1 measured 0.24 full-claim
F1 on dev); labelling each sentence with its speaker, in a list whose length the grammar
fixes, cannot loop and is 3x faster (0.40). No re-asks: the grammar keeps the JSON valid, and
code grounds every label."""


@dataclass(frozen=True)
class Endpoint:
    model: str
    base_url: str | None
    api_key: str | None


def choose(settings: Settings) -> Backend:
    """An explicit model or base URL wins; else an OpenAI key; else the embedded model.
    ``none`` is no model at all: the rules alone."""
    if no_model_asked(settings):
        from . import no_model

        return no_model.load(settings)
    remote = endpoint(settings)
    if remote is not None:
        from . import openai_compat

        return openai_compat.connect(remote.model, remote.base_url, remote.api_key, settings)
    from . import embedded, weights

    model = _model(settings)
    return embedded.load(Path(model) if model else weights.default_model(), settings)


def no_model_asked(settings: Settings) -> bool:
    """Whether the settings (or ``CLAIMS_MODEL``, unless a base URL is given) say ``none``."""
    if (settings.model or "").lower() == NO_MODEL:
        if settings.base_url or settings.api_key:
            raise ConfigError(f"--model {NO_MODEL} calls no model: drop --base-url and --api-key")
        return True
    env = os.environ.get("CLAIMS_MODEL") or ""
    return settings.model is None and settings.base_url is None and env.lower() == NO_MODEL


def endpoint(settings: Settings) -> Endpoint | None:
    """The OpenAI-compatible endpoint ``choose`` would use, or None for the embedded model
    or none."""
    if no_model_asked(settings):
        return None
    model = _model(settings)
    base_url = (
        settings.base_url or os.environ.get("CLAIMS_BASE_URL") or os.environ.get("OPENAI_BASE_URL")
    )
    api_key = settings.api_key or os.environ.get("OPENAI_API_KEY")
    if model and _is_model_file(model):
        return None
    if model or base_url or api_key:
        return Endpoint(model or DEFAULT_OPENAI_MODEL, base_url, api_key)
    return None


def _model(settings: Settings) -> str | None:
    """The model the settings name, else ``CLAIMS_MODEL`` (but not its ``none`` beside an
    explicit base URL)."""
    env = os.environ.get("CLAIMS_MODEL")
    return settings.model or (env if env and env.lower() != NO_MODEL else None)


def _is_model_file(model: str) -> bool:
    if model.endswith(".gguf"):
        if not Path(model).is_file():
            raise ConfigError(f"--model {model}: no such GGUF file")
        return True
    return Path(model).is_file()


MODES = {
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "tools": instructor.Mode.TOOLS,
    "md_json": instructor.Mode.MD_JSON,
}


def structured_mode(settings: Settings, default: instructor.Mode) -> instructor.Mode:
    if settings.structured_mode is None:
        return default
    if settings.structured_mode not in MODES:
        raise ConfigError(
            f"unknown structured mode {settings.structured_mode!r}; use one of {', '.join(MODES)}"
        )
    return MODES[settings.structured_mode]
