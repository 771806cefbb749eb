"""The public surface of `evals` is what `__all__` names, and all of it imports."""

from __future__ import annotations

import evals


def test_every_exported_name_exists() -> None:
    assert [name for name in evals.__all__ if not hasattr(evals, name)] == []
