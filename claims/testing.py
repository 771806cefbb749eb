"""A scripted OpenAI-compatible server on 127.0.0.1, for testing pipelines without a model.

    with FakeOpenAI([Reply(content='{"claims": []}'), Reply(status=429)]) as fake:
        settings = Settings(base_url=fake.url, api_key="test", model="fake")

Each request takes the next reply; a reply may also be a function of the request body, so
a test can answer from what the pipeline actually sent.

It also speaks the Batch API: files uploaded with purpose "batch", a batch created from
one, polled and its output and error files downloaded. Each line of a batch takes the next
reply as a live call would; a reply with an error status becomes a line of the error file.
A batch is "validating" when created, "in_progress" for ``batch_polls`` polls, then ends as
``batch_end`` says: "completed"; "failed" (the input was refused, no line runs); or
"expired" (no line ran in time: each is a batch_expired line of the error file).
"""

from __future__ import annotations

import collections
import email.parser
import email.policy
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal


@dataclass(frozen=True)
class Reply:
    content: str | None = None
    """The assistant message; ignored when ``body`` is given."""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None
    """A raw response body, for malformed replies (in a batch it must be JSON)."""
    delay: float = 0.0
    """Seconds to wait before answering (longer than the client's timeout = a timeout);
    not applied to the lines of a batch."""
    finish_reason: str = "stop"
    prompt_tokens: int = 100
    completion_tokens: int = 50


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # a batch with many jobs connects at once
    daemon_threads = True


Script = Reply | Callable[[dict[str, Any]], Reply]
BatchEnd = Literal["completed", "failed", "expired"]


class FakeOpenAI:
    def __init__(
        self, replies: Iterable[Script], batch_polls: int = 1, batch_end: BatchEnd = "completed"
    ) -> None:
        self._replies = collections.deque(replies)
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        """Bodies of the chat completions asked for, live or as lines of a batch."""
        self.headers: list[dict[str, str]] = []
        """Headers of the live chat completion requests, lower-cased names."""
        self.files: dict[str, bytes] = {}
        """Uploaded and generated files by id."""
        self._batches: dict[str, dict[str, Any]] = {}
        self._polls: dict[str, int] = {}
        self._batch_polls = batch_polls
        self._batch_end = batch_end
        self._batch_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(request)
            script = (
                self._replies.popleft()
                if self._replies
                else Reply(status=500, body='{"error": {"message": "no scripted reply left"}}')
            )
        return script(request) if callable(script) else script

    def _store(self, data: bytes) -> str:
        id = f"file-{next(self._ids)}"
        self.files[id] = data
        return id

    def _upload(self, form: dict[str, Any]) -> dict[str, Any]:
        data = form["file"]["data"]
        return {
            "id": self._store(data),
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": form["file"]["filename"],
            "purpose": form["purpose"]["data"].decode(),
            "status": "processed",
        }

    def _create_batch(self, request: dict[str, Any]) -> dict[str, Any]:
        batch = {
            "id": f"batch_{next(self._ids)}",
            "object": "batch",
            "endpoint": request["endpoint"],
            "input_file_id": request["input_file_id"],
            "completion_window": request["completion_window"],
            "status": "validating",
            "created_at": int(time.time()),
        }
        with self._batch_lock:
            self._batches[batch["id"]] = batch
            self._polls[batch["id"]] = 0
        return batch

    def _poll(self, id: str) -> dict[str, Any]:
        with self._batch_lock:
            batch = self._batches[id]
            if batch["status"] in ("validating", "in_progress"):
                self._polls[id] += 1
                if self._polls[id] <= self._batch_polls:
                    batch["status"] = "in_progress"
                else:
                    self._end(batch)
            return dict(batch)

    def _end(self, batch: dict[str, Any]) -> None:
        if self._batch_end == "failed":
            error = {"code": "invalid_request", "message": "scripted batch failure"}
            batch.update(status="failed", errors={"object": "list", "data": [error]})
            return
        done: list[dict[str, Any]] = []
        failed: list[dict[str, Any]] = []
        for number, line in enumerate(_jsonl(self.files[batch["input_file_id"]]), 1):
            result: dict[str, Any] = {
                "id": f"batch_req_{number}",
                "custom_id": line["custom_id"],
                "response": None,
                "error": None,
            }
            if self._batch_end == "expired":
                result["error"] = {
                    "code": "batch_expired",
                    "message": "This request could not be executed before the "
                    "completion window expired.",
                }
                failed.append(result)
                continue
            reply = self._next(line["body"])
            body = reply.body if reply.body is not None else _body(reply, line["body"])
            result["response"] = {
                "status_code": reply.status,
                "request_id": f"req_{number}",
                "body": json.loads(body),
            }
            (done if reply.status == 200 else failed).append(result)
        batch.update(
            status=self._batch_end,
            output_file_id=self._store(_to_jsonl(done)) if done else None,
            error_file_id=self._store(_to_jsonl(failed)) if failed else None,
            request_counts={
                "completed": len(done),
                "failed": len(failed),
                "total": len(done) + len(failed),
            },
        )

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real endpoints do
            disable_nagle_algorithm = True  # else headers and body wait on a delayed ACK

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                data = self.rfile.read(length)
                path = self.path.rstrip("/")
                if path.endswith("/files"):
                    form = _form(self.headers.get("content-type", ""), data)
                    self._send(200, json.dumps(fake._upload(form)).encode())
                elif path.endswith("/batches"):
                    self._send(200, json.dumps(fake._create_batch(json.loads(data))).encode())
                else:
                    with fake._lock:
                        fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                    self._chat(json.loads(data or b"{}"))

            def do_GET(self) -> None:
                batch = re.fullmatch(r".*/batches/([^/]+)", self.path)
                content = re.fullmatch(r".*/files/([^/]+)/content", self.path)
                if batch and batch[1] in fake._batches:
                    self._send(200, json.dumps(fake._poll(batch[1])).encode())
                elif content and content[1] in fake.files:
                    self._send(200, fake.files[content[1]], "application/octet-stream")
                else:
                    self._send(404, b'{"error": {"message": "no such object"}}')

            def _chat(self, request: dict[str, Any]) -> None:
                reply = fake._next(request)
                time.sleep(reply.delay)
                body = reply.body if reply.body is not None else _body(reply, request)
                self._send(reply.status, body.encode(), headers=reply.headers)

            def _send(
                self,
                status: int,
                data: bytes,
                content_type: str = "application/json",
                headers: dict[str, str] | None = None,
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("content-type", content_type)
                    self.send_header("content-length", str(len(data)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def _form(content_type: str, data: bytes) -> dict[str, dict[str, Any]]:
    """The fields of a multipart/form-data body: each one's filename and bytes."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"content-type: {content_type}\r\n\r\n".encode() + data
    )
    return {
        str(part.get_param("name", header="content-disposition")): {
            "filename": part.get_filename(),
            "data": part.get_payload(decode=True),
        }
        for part in message.iter_parts()
    }


def _jsonl(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.decode().splitlines() if line.strip()]


def _to_jsonl(lines: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(line) + "\n" for line in lines).encode()


def _body(reply: Reply, request: dict[str, Any]) -> str:
    if reply.status >= 400:
        return json.dumps(
            {
                "error": {
                    "message": f"scripted HTTP {reply.status}",
                    "type": "scripted",
                    "code": reply.status,
                }
            }
        )
    return json.dumps(
        {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": request.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "finish_reason": reply.finish_reason,
                    "message": {"role": "assistant", "content": reply.content},
                }
            ],
            "usage": {
                "prompt_tokens": reply.prompt_tokens,
                "completion_tokens": reply.completion_tokens,
                "total_tokens": reply.prompt_tokens + reply.completion_tokens,
            },
        }
    )
