"""No model (``--model none``): every sentence is labelled with no speaker, so the code after
the model (sources, frames, splits, hedges, dates) decides alone, in milliseconds an article.
It measures what a model adds: an eval with it beside one with the model."""

from __future__ import annotations

import json
from typing import Any

import instructor

from ..errors import ConfigError
from ..settings import Settings
from . import LABELLING, NO_MODEL, Backend


def load(settings: Settings) -> Backend:
    """A backend that answers every labelling call with no speaker for any sentence."""
    if settings.prompt not in (None, LABELLING.prompt):
        raise ConfigError(
            f"--model {NO_MODEL} answers only {LABELLING.prompt}, not {settings.prompt}"
        )

    def create(**kwargs: Any) -> Any:
        from openai.types.chat import ChatCompletion  # (a second to import: not before)

        # the answer schema fixes how many sentences were shown
        schema = kwargs["response_format"]["json_schema"]["schema"]
        count = schema["properties"]["sentences"]["minItems"]
        content = json.dumps({"sentences": [{"who": None}] * count})
        return ChatCompletion.model_validate(
            {
                "id": NO_MODEL,
                "object": "chat.completion",
                "created": 0,
                "model": NO_MODEL,
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": content},
                    }
                ],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            }
        )

    return Backend(
        model=NO_MODEL,
        description="no model: the rules alone",
        mode=instructor.Mode.JSON_SCHEMA,
        create=create,
        local=True,
        calls_a_model=False,
        # the embedded model's chunks, so that the two runs differ only in the labels
        strategy=LABELLING,
    )
