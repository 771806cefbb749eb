"""Client-side limits shared by every call of a batch: requests and tokens per minute, and a
pause that holds the whole batch back after a 429 instead of letting each job hammer on."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class _Bucket:
    """A token bucket refilled at ``per_minute`` / 60 a second, holding at most ten seconds'
    worth, so a batch starts without a burst the server would refuse."""

    def __init__(self, per_minute: float, now: float) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, per_minute / 6.0)
        self.level = self.capacity
        self.stamp = now

    def wait(self, amount: float, now: float) -> float:
        """Seconds until ``amount`` fits (0: take it now). A call larger than the bucket
        goes when the bucket is full and leaves it in debt."""
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now
        needed = min(amount, self.capacity)
        return 0.0 if self.level >= needed else (needed - self.level) / self.rate


class Limiter:
    def __init__(
        self,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        now = clock()
        self._requests = _Bucket(rpm, now) if rpm else None
        self._tokens = _Bucket(tpm, now) if tpm else None
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._paused_until = 0.0

    def acquire(self, tokens: int) -> float:
        """Block until one request of about ``tokens`` tokens may go; returns seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                delay = max(
                    self._paused_until - now,
                    self._requests.wait(1, now) if self._requests else 0.0,
                    self._tokens.wait(tokens, now) if self._tokens else 0.0,
                )
                if delay <= 0:
                    if self._requests:
                        self._requests.level -= 1
                    if self._tokens:
                        self._tokens.level -= tokens
                    return waited
            self._sleep(delay)
            waited += delay

    def pause(self, seconds: float) -> None:
        """No call of the batch starts for ``seconds`` (after a 429)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)
