"""Large jobs through the OpenAI Batch API: half the price, answers within 24 hours.

``prepare`` records the exact request the pipeline would send for each chunk of each
article (instructor builds it; nothing is sent), ``submit`` uploads them as one batch,
``status`` and ``wait`` follow it, and ``collect`` hands each downloaded answer to the same
``Extractor`` as a live call, so validation, salvage and grounding stay the pipeline's own.
A batch cannot re-ask: invalid output is treated like a live call out of re-asks.

    prepared = prepare(articles, settings)
    job = submit(prepared, settings)
    job.save(Path("job.json"))
    ...  # later, in any process
    job = load(Path("job.json"))
    wait(job)
    for result in collect(job):
        ...
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import openai
from openai.types import Batch
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError

from .articles import Failed
from .backends import Endpoint, endpoint, no_model_asked, openai_compat
from .errors import BackendError, ClaimsError, ConfigError, InputError
from .models import Article, ExtractionResult
from .pipeline import Extractor
from .settings import Settings

ENDED = ("completed", "expired", "cancelled", "failed")
"""Statuses after which a batch changes no more."""

_NOT_RUN = {
    "completed": "the batch output has no answer for this request",
    "expired": "the batch expired (24 h window) before this request ran",
    "cancelled": "the batch was cancelled before this request ran",
}
_NOT_SENT = (
    "this request was not in the batch: the prompt or chunking differs from what was "
    "submitted (was claims upgraded since?)"
)


class JobSettings(BaseModel):
    """What shapes the requests, so that collect rebuilds them exactly as submitted."""

    model: str
    base_url: str | None
    prompt: str | None
    structured_mode: str | None
    chunk_tokens: int | None
    max_output_tokens: int | None
    temperature: float


class Job(BaseModel):
    """A submitted batch and what collect needs to turn its answers into results, in any
    later process. The API key is never stored."""

    settings: JobSettings
    items: list[Article | Failed]
    """The inputs in order; unreadable ones are reported as failed when collected."""
    requests: list[str]
    """The custom_id of each request sent."""
    input_file_id: str
    batch_id: str

    def save(self, path: Path) -> None:
        path.write_text(self.model_dump_json(indent=1), encoding="utf-8")


@dataclasses.dataclass(frozen=True)
class Prepared:
    """The requests for a batch, not yet sent."""

    settings: JobSettings
    items: list[Article | Failed]
    requests: dict[str, dict[str, Any]]
    """Chat-completion request bodies by custom_id."""

    def jsonl(self) -> bytes:
        """The Batch API input file: one request per line."""
        lines = (
            {"custom_id": id, "method": "POST", "url": "/v1/chat/completions", "body": body}
            for id, body in self.requests.items()
        )
        return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()


class _Recorded(ClaimsError):
    """Stops a call once its request is recorded; the pipeline marks the chunk failed and
    goes on to the next, which is all that recording needs."""


def prepare(items: Iterable[Article | Failed], settings: Settings) -> Prepared:
    """The request of every chunk of every article, exactly as a live call would send it.

    Raises ConfigError when the settings choose the embedded model (a batch needs an
    endpoint) and InputError when no article leaves anything to send."""
    remote = _remote(settings)
    job_settings = JobSettings(
        model=remote.model,
        base_url=remote.base_url,
        prompt=settings.prompt,
        structured_mode=settings.structured_mode,
        chunk_tokens=settings.chunk_tokens,
        max_output_tokens=settings.max_output_tokens,
        temperature=settings.temperature,
    )
    items = list(items)
    requests: dict[str, dict[str, Any]] = {}

    def record(**body: Any) -> NoReturn:
        requests.setdefault(_request_id(body), body)
        raise _Recorded("recorded for the batch")

    extractor = _extractor(_settings(job_settings, settings), record)
    with _quiet_instructor():
        for item in items:
            if isinstance(item, Article):
                extractor.extract(item)
    if not requests:
        raise InputError("nothing to send: no article has text for the model")
    return Prepared(job_settings, items, requests)


def submit(prepared: Prepared, settings: Settings | None = None) -> Job:
    """Upload the requests and start the batch; save the returned job to collect it later."""
    settings = _settings(prepared.settings, settings)
    with _api(settings) as client:
        upload = client.files.create(
            file=("claims-batch.jsonl", prepared.jsonl(), "application/jsonl"), purpose="batch"
        )
        batch = client.batches.create(
            input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h"
        )
    return Job(
        settings=prepared.settings,
        items=prepared.items,
        requests=list(prepared.requests),
        input_file_id=upload.id,
        batch_id=batch.id,
    )


def load(path: Path) -> Job:
    """A job saved by ``Job.save``; InputError when it is missing or not a job file."""
    try:
        return Job.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        raise InputError(f"{path}: no such job file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the job file ({error.strerror})") from None
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or "the file"
        raise InputError(f"{path}: not a claims batch job ({where}: {problem['msg']})") from None


def status(job: Job, settings: Settings | None = None) -> Batch:
    """The batch as the API reports it now: ``status``, ``request_counts`` and so on.

    ``settings`` gives the API key, timeout and headers; the model, endpoint and prompt
    always come from the job."""
    with _api(_settings(job.settings, settings)) as client:
        return client.batches.retrieve(job.batch_id)


def wait(
    job: Job,
    settings: Settings | None = None,
    every: float = 60.0,
    on_poll: Callable[[Batch], None] | None = None,
) -> Batch:
    """Poll every ``every`` seconds until the batch has ended, however it ended."""
    while True:
        batch = status(job, settings)
        if on_poll is not None:
            on_poll(batch)
        if batch.status in ENDED:
            return batch
        time.sleep(every)


def collect(job: Job, settings: Settings | None = None) -> Iterator[ExtractionResult]:
    """One result per input, in order, validated and grounded as a live call's would be.

    An article whose requests got an error line, no line (an expired or cancelled batch)
    or invalid output fails with the reason, as a live call would; the rest are done.
    Raises BackendError when the batch failed or has not ended yet."""
    settings = _settings(job.settings, settings)
    with _api(settings) as client:
        batch = client.batches.retrieve(job.batch_id)
        if batch.status == "failed":
            reasons = [error.message or "" for error in (batch.errors and batch.errors.data) or []]
            raise BackendError(
                f"batch {batch.id} failed: {'; '.join(reasons) or 'no reason given'}"
            )
        if batch.status not in ENDED:
            raise BackendError(f"batch {batch.id} is {batch.status}: collect it once it has ended")
        answers: dict[str, ChatCompletion | str] = {}
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id is not None:
                for line in client.files.content(file_id).text.splitlines():
                    if line.strip():
                        parsed = json.loads(line)
                        answers[parsed["custom_id"]] = _answer(parsed)
    submitted = set(job.requests)
    not_run = _NOT_RUN[batch.status]

    def replay(**body: Any) -> ChatCompletion:
        id = _request_id(body)
        answer = answers.get(id, not_run if id in submitted else _NOT_SENT)
        if isinstance(answer, str):
            raise BackendError(answer)
        return answer

    return _extractor(settings, replay).extract_many(job.items)


def _answer(line: dict[str, Any]) -> ChatCompletion | str:
    """The completion in a line of the output or error file, or why there is none."""
    response = line.get("response") or {}
    if response.get("status_code") == 200:
        try:
            return ChatCompletion.model_validate(response.get("body"))
        except ValidationError:
            return "the Batch API's answer to this request is not a chat completion"
    error = line.get("error")
    if error:
        return (
            f"the Batch API did not run this request ({error.get('code')}: {error.get('message')})"
        )
    message = ((response.get("body") or {}).get("error") or {}).get("message") or "no message"
    return f"the Batch API answered this request with HTTP {response.get('status_code')}: {message}"


def _request_id(body: dict[str, Any]) -> str:
    """The same for the same request in any process: a hash of its canonical JSON."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "claims-" + hashlib.sha256(canonical.encode()).hexdigest()[:32]


def _settings(job: JobSettings, settings: Settings | None) -> Settings:
    # a batch cannot re-ask: zero re-asks sends invalid output down the live
    # "out of re-asks" path (keep each valid, grounded claim, else fail with the reason)
    return dataclasses.replace(settings or Settings(), **job.model_dump(), validation_retries=0)


def _remote(settings: Settings) -> Endpoint:
    remote = endpoint(settings)
    if remote is None:
        local = (
            "--model none calls no model"
            if no_model_asked(settings)
            else "the embedded model cannot run batches"
        )
        raise ConfigError(
            "the Batch API needs an OpenAI endpoint (set OPENAI_API_KEY, or give --model "
            f"and --base-url); {local}"
        )
    return remote


def _extractor(settings: Settings, create: Callable[..., Any]) -> Extractor:
    remote = _remote(settings)
    backend = openai_compat.connect(remote.model, remote.base_url, remote.api_key, settings)
    return Extractor(dataclasses.replace(backend, create=create), settings)


@contextlib.contextmanager
def _api(settings: Settings) -> Iterator[openai.OpenAI]:
    """A client for the files and batches endpoints; its errors say what to fix."""
    remote = _remote(settings)
    if remote.api_key is None and remote.base_url is None:
        raise ConfigError("the OpenAI Batch API needs a key: set OPENAI_API_KEY or --api-key")
    where = remote.base_url or "https://api.openai.com/v1"
    client = openai.OpenAI(
        api_key=remote.api_key or "not-needed",
        base_url=remote.base_url,
        timeout=settings.request_timeout,
        default_headers=settings.extra_headers or None,
    )
    try:
        yield client
    except openai.APIError as error:
        raise BackendError(
            "Batch API: " + openai_compat.explain(error, remote.model, where)
        ) from error
    finally:
        client.close()


@contextlib.contextmanager
def _quiet_instructor() -> Iterator[None]:
    """Recording stops every call on purpose; instructor would log each as a failure."""
    logger = logging.getLogger("instructor")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
