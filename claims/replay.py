"""Model answers recorded on disk by their exact request, and replayed when the same request
comes again: code after the model (sources, frames, hedges, splits) is re-scored in seconds,
where the embedded model takes half an hour over the dev split."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from .backends import Backend


def recorded(backend: Backend, folder: Path) -> Backend:
    """``backend`` whose answers are kept in ``folder``, one JSON file a request. Only
    answers are kept: a failed call is not, so it is tried again next time."""
    folder.mkdir(parents=True, exist_ok=True)

    def create(**kwargs: Any) -> Any:
        request = json.dumps([backend.model, kwargs], sort_keys=True, default=str)
        path = folder / f"{hashlib.sha256(request.encode()).hexdigest()}.json"
        if path.is_file():
            from openai.types.chat import ChatCompletion  # (a second to import: not before)

            return ChatCompletion.model_validate_json(path.read_text(encoding="utf-8"))
        answer = backend.create(**kwargs)
        partial = path.with_suffix(".part")
        partial.write_text(answer.model_dump_json(), encoding="utf-8")
        partial.replace(path)  # a run stopped mid-write leaves no half answer behind
        return answer

    return replace(backend, create=create)
