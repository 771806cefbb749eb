"""Choosing the LLM backend. Every backend fits one seam: an OpenAI-style ``create``."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import instructor

from ..errors import ConfigError
from ..settings import Settings

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class Backend:
    model: str
    """What results record as the model."""
    description: str
    """One line for the user: what runs, where."""
    mode: instructor.Mode
    create: Callable[..., Any]
    """Takes chat-completion keyword arguments, returns an OpenAI ``ChatCompletion``."""
    default_prompt: str = "extract_claims/v1"
    """The strategy that suits this kind of model: a large remote model writes every field;
    a small local one cites sentences and code decides what the text can decide."""
    validation_retries: int = 2


def choose(settings: Settings) -> Backend:
    """An explicit model or base URL wins; else an OpenAI key; else the embedded model."""
    model = settings.model or os.environ.get("CLAIMS_MODEL")
    base_url = (
        settings.base_url or os.environ.get("CLAIMS_BASE_URL") or os.environ.get("OPENAI_BASE_URL")
    )
    api_key = settings.api_key or os.environ.get("OPENAI_API_KEY")
    if model and _is_model_file(model):
        from . import embedded

        return embedded.load(Path(model), settings)
    if model or base_url or api_key:
        from . import openai_compat

        return openai_compat.connect(model or DEFAULT_OPENAI_MODEL, base_url, api_key, settings)
    from . import embedded, weights

    return embedded.load(weights.default_model(), settings)


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
