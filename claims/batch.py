"""Many articles at once: a bounded number in flight, results in the order they finish, and a
budget that stops new work before the money runs out."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

from .models import ExtractionResult, Usage
from .pricing import Price

Item = TypeVar("Item")
Result = TypeVar("Result")


def concurrently(
    work: Callable[[Item], Result], items: Iterable[Item], jobs: int
) -> Iterator[Result]:
    """``work`` on each item in up to ``jobs`` threads, yielding results as they finish.

    Items are drawn only as slots free up, so a batch of any size holds ``jobs`` articles in
    memory, and an item source that stops (a spent budget) stops new work. When the caller
    stops early (Ctrl-C), queued work is dropped and only the calls in flight are lost.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="claims")
    try:
        running: set[Future[Result]] = set()
        pending = iter(items)
        drawn_all = False
        while True:
            while not drawn_all and len(running) < jobs:
                try:
                    running.add(pool.submit(work, next(pending)))
                except StopIteration:
                    drawn_all = True
            if not running:
                return
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


class Budget:
    """Spending of one batch against a limit in dollars. An article starts only when what is
    spent, plus the most that the running ones and it may cost, stays within the limit."""

    def __init__(self, limit: float, price: Price) -> None:
        self.limit = limit
        self.price = price
        self.spent = 0.0
        self.exhausted = False
        self._reserved = 0.0
        self._lock = threading.Lock()

    def reserve(self, estimate: Usage) -> float | None:
        """Dollars set aside for one article; None (and ``exhausted``) when it does not fit."""
        cost = self.price.of(estimate)
        with self._lock:
            if self.spent + self._reserved + cost > self.limit:
                self.exhausted = True
                return None
            self._reserved += cost
            return cost

    def settle(self, reserved: float, result: ExtractionResult) -> None:
        with self._lock:
            self._reserved -= reserved
            if not result.cached:
                self.spent += self.price.of(result.usage)
