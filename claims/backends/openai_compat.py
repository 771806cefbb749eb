"""Any OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp server).

Transport faults are retried here with tenacity (the openai client's own retries are off
so there is one policy); instructor above only re-asks on invalid output. The openai
package is imported at the first call, not before: it takes a second, which a run served
from the cache, and every command that calls no model, need not pay.
"""

from __future__ import annotations

import email.utils
import json
import threading
import time
from typing import TYPE_CHECKING, Any

import instructor
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)

from ..errors import BackendError, ConfigError
from ..ratelimit import Limiter
from ..settings import Settings
from . import Backend, structured_mode

if TYPE_CHECKING:
    import openai

_MAX_RETRY_AFTER = 60.0
_BEARER: Any = {"security": {"bearer_auth": True}}  # the authentication create() asks for


def connect(model: str, base_url: str | None, api_key: str | None, settings: Settings) -> Backend:
    if api_key is None:
        if base_url is None:
            raise ConfigError(
                f"model {model!r} needs an endpoint: set OPENAI_API_KEY for OpenAI, or "
                "--base-url for another OpenAI-compatible server"
            )
        api_key = "not-needed"  # local servers (Ollama, vLLM, llama.cpp) accept any key
    where = base_url or "https://api.openai.com/v1"
    limiter = Limiter(settings.rpm, settings.tpm)
    connected: list[tuple[Any, Retrying]] = []  # the client and its retry policy, at first use
    connecting = threading.Lock()

    def connection() -> tuple[Any, Retrying]:
        with connecting:
            if not connected:
                connected.append(_connect(base_url, api_key, settings, limiter))
        return connected[0]

    def attempt(client: Any, **kwargs: Any) -> Any:
        from openai.types.chat import ChatCompletion

        # the prompt is serialised to count its tokens only when tokens are limited
        limiter.acquire(_tokens(kwargs) if settings.tpm else 0)
        # The request client.chat.completions.create(**kwargs) sends, through the client's
        # documented post() for raw requests: create() re-types every message of a body that
        # is already plain JSON, a third of the client's CPU per call (benchmarks/README.md).
        return client.post(
            "/chat/completions", body=kwargs, cast_to=ChatCompletion, options=_BEARER
        )

    def create(**kwargs: Any) -> Any:
        import openai

        client, retrying = connection()
        try:
            return retrying(attempt, client, **kwargs)
        except openai.APIError as error:
            raise BackendError(explain(error, model, where)) from error

    return Backend(
        model=model,
        description=f"model {model} at {where}",
        mode=structured_mode(settings, instructor.Mode.JSON),
        create=create,
    )


def _connect(
    base_url: str | None, api_key: str, settings: Settings, limiter: Limiter
) -> tuple[Any, Retrying]:
    import openai

    client = openai.OpenAI(
        api_key=api_key,
        base_url=base_url,
        max_retries=0,
        timeout=settings.request_timeout,
        default_headers=settings.extra_headers or None,
    )

    def hold_back_everyone(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, openai.RateLimitError) and state.next_action is not None:
            limiter.pause(state.next_action.sleep)

    transient = (
        openai.RateLimitError,
        openai.InternalServerError,
        openai.APITimeoutError,
        openai.APIConnectionError,
    )
    retrying = Retrying(
        retry=retry_if_exception_type(transient),
        wait=_Wait(settings.transport_backoff),
        stop=stop_after_attempt(settings.transport_attempts)
        | stop_after_delay(settings.transport_max_seconds),
        before_sleep=hold_back_everyone,
        reraise=True,
    )
    return client, retrying


def _tokens(kwargs: dict[str, Any]) -> int:
    """What a call counts against a tokens-per-minute limit, as servers count it: the prompt
    (about four characters a token) plus the most the answer may take."""
    prompt = len(json.dumps(kwargs.get("messages", []), ensure_ascii=False)) // 4
    return prompt + int(kwargs.get("max_tokens") or kwargs.get("max_completion_tokens") or 0)


class _Wait:
    """The server's Retry-After when it sends one, else exponential backoff with jitter."""

    def __init__(self, initial: float) -> None:
        self._exponential = wait_exponential_jitter(multiplier=initial, max=30, jitter=initial)

    def __call__(self, state: RetryCallState) -> float:
        import openai

        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, openai.APIStatusError):
            seconds = _retry_after(error.response.headers.get("retry-after"))
            if seconds is not None:
                return min(seconds, _MAX_RETRY_AFTER)
        return float(self._exponential(state))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        moment = email.utils.parsedate_to_datetime(value)
        return max(0.0, moment.timestamp() - time.time()) if moment else None


def explain(error: openai.APIError, model: str, where: str) -> str:
    """A message that says what to fix."""
    import openai

    if isinstance(error, openai.AuthenticationError):
        return f"{where} refused the API key (401): check --api-key / OPENAI_API_KEY"
    if isinstance(error, openai.PermissionDeniedError):
        return f"{where} denied access (403): the key may lack access to model {model!r}"
    if isinstance(error, openai.NotFoundError):
        return (
            f"{where} answered 404: check the model name ({model!r}) and that --base-url "
            "ends at the API root (for example http://localhost:11434/v1)"
        )
    if isinstance(error, openai.APITimeoutError):
        return f"{where} did not answer in time (gave up after retries)"
    if isinstance(error, openai.APIConnectionError):
        return f"cannot reach {where}: is the server running and the URL right?"
    if isinstance(error, openai.APIStatusError):
        return (
            f"{where} failed with HTTP {error.status_code} (gave up after retries): {error.message}"
        )
    return f"{where}: {error}"
