"""The embedded model: llama.cpp in-process, on the CPU, with JSON-schema constrained decoding."""

from __future__ import annotations

import atexit
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import instructor

from ..errors import BackendError, ConfigError
from ..settings import Settings
from . import LABELLING, Backend, structured_mode

if TYPE_CHECKING:
    from llama_cpp import Llama


def load(path: Path, settings: Settings) -> Backend:
    llm = _llama(str(path), settings.context_tokens, settings.threads or os.cpu_count() or 1)

    def create(**kwargs: Any) -> Any:
        kwargs.pop("model", None)
        kwargs["response_format"] = _llama_format(kwargs.get("response_format"))
        try:
            return llm.create_chat_completion_openai_v1(**kwargs)
        except ValueError as error:  # llama.cpp's way of saying the prompt does not fit
            raise BackendError(f"embedded model: {error}") from error

    return Backend(
        model=path.name,
        description=f"embedded model {path.name} (llama.cpp on {llm.n_threads} CPU threads)",
        mode=structured_mode(settings, instructor.Mode.JSON_SCHEMA),
        create=create,
        local=True,
        strategy=LABELLING,
    )


@cache
def _llama(path: str, context_tokens: int, threads: int) -> Llama:
    """Loaded once per process: loading takes seconds and a gigabyte of memory."""
    try:
        from llama_cpp import Llama
    except ImportError:
        raise ConfigError(
            "the embedded model needs llama-cpp-python: pip install -e '.[local]' "
            "(or use --base-url for an OpenAI-compatible server)"
        ) from None
    llm = Llama(
        model_path=path,
        n_ctx=context_tokens,
        n_threads=threads,
        n_threads_batch=threads,
        verbose=False,
        seed=0,
    )
    # Left to the garbage collector at interpreter exit, llama.cpp's handles are already
    # gone and it prints a traceback; close it while they still exist.
    atexit.register(llm.close)
    return llm


def _llama_format(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """llama-cpp-python takes a schema as ``{"type": "json_object", "schema": ...}``."""
    if response_format and response_format.get("type") == "json_schema":
        return {"type": "json_object", "schema": response_format["json_schema"]["schema"]}
    return response_format
