"""A scripted OpenAI-compatible server on 127.0.0.1, for testing pipelines without a model.

    with FakeOpenAI([Reply(content='{"claims": []}'), Reply(status=429)]) as fake:
        settings = Settings(base_url=fake.url, api_key="test", model="fake")

Each request takes the next reply; a reply may also be a function of the request body, so
a test can answer from what the pipeline actually sent.
"""

from __future__ import annotations

import collections
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Reply:
    content: str | None = None
    """The assistant message; ignored when ``body`` is given."""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None
    """A raw response body, for malformed replies."""
    delay: float = 0.0
    """Seconds to wait before answering (longer than the client's timeout = a timeout)."""
    finish_reason: str = "stop"
    prompt_tokens: int = 100
    completion_tokens: int = 50


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # a batch with many jobs connects at once
    daemon_threads = True


Script = Reply | Callable[[dict[str, Any]], Reply]


class FakeOpenAI:
    def __init__(self, replies: Iterable[Script]) -> None:
        self._replies = collections.deque(replies)
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
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

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                reply = fake._next(request)
                time.sleep(reply.delay)
                body = reply.body if reply.body is not None else _body(reply, request)
                data = body.encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


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
