"""``--model none``: no model, the rules alone, through the same pipeline and command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import claims
from claims.backends import DEFAULT_OPENAI_MODEL, choose, endpoint
from claims.cli import main
from claims.errors import ConfigError
from claims.settings import Settings

PARAGRAPH = (
    "Fire chief Tom Berg said on Tuesday that the blaze may have started in the kitchen. "
    "The restaurant opened in 1998."
)


def test_the_rules_alone_find_speaker_hedge_and_date() -> None:
    result = claims.extract(
        PARAGRAPH, published=dt.date(2024, 3, 9), settings=Settings(model="none")
    )
    assert result.error is None and result.model == "none"
    assert result.usage.prompt_tokens == result.usage.completion_tokens == 0
    assert result.usage.calls == 0  # (no model was called, though the pipeline ran)
    reported, own = result.claims
    assert reported.evidence.text == "the blaze may have started in the kitchen"
    assert (reported.speaker.name, reported.mode) == ("Tom Berg", "indirect")
    assert [cue.text for cue in reported.hedge_cues] == ["may"]
    assert reported.stated_on is not None and reported.stated_on.value[0] == dt.date(2024, 3, 5)
    assert (own.evidence.text, own.mode) == ("The restaurant opened in 1998", "author")


def test_no_model_answers_only_the_labelling_prompt() -> None:
    with pytest.raises(ConfigError, match="label_sentences/v1"):
        claims.extract(PARAGRAPH, settings=Settings(model="none", prompt="extract_claims/v1"))


def test_command_line_takes_none_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "fire.txt"
    article.write_text(PARAGRAPH, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.setenv("CLAIMS_MODEL", "none")
    assert main(["extract", str(article), "--no-cache", "-o", str(out)]) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    result = json.loads(line)
    assert result["model"] == "none"
    assert [claim["speaker"]["name"] for claim in result["claims"]] == ["Tom Berg", "author"]


def test_no_model_beside_an_endpoint_is_a_usage_error_and_the_environment_yields(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigError, match="drop --base-url"):
        choose(Settings(model="None", base_url="http://127.0.0.1:9/v1"))
    monkeypatch.setenv("CLAIMS_MODEL", "none")
    assert endpoint(Settings()) is None
    # an explicit base URL wins over the environment's none
    remote = endpoint(Settings(base_url="http://127.0.0.1:9/v1"))
    assert remote is not None and remote.model == DEFAULT_OPENAI_MODEL


def test_the_batch_api_says_no_model_runs_no_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "fire.txt"
    article.write_text(PARAGRAPH, encoding="utf-8")
    job = tmp_path / "job.json"
    assert main(["batch", "submit", str(article), "--job", str(job), "--model", "none"]) == 2
    assert "--model none calls no model" in " ".join(capsys.readouterr().err.split())
    assert not job.exists()


def test_a_quotation_paragraph_goes_on_with_the_speaker_before_across_parts() -> None:
    text = (
        'Professor Jane Eastman spoke to the press. "Pregnant women get half of what they '
        'need," she said.\n\n"If the deficiency is serious, children lose 15 IQ points."\n\n'
        '"She is lying. Many think that," said a protester using the pseudonym Katya.'
    )
    for tokens in (2000, 20):  # one part, and a part for each paragraph
        result = claims.extract(text, settings=Settings(model="none", chunk_tokens=tokens))
        by_words = {c.evidence.text: c.speaker.name for c in result.claims}
        assert by_words["If the deficiency is serious, children lose 15 IQ points"] == (
            "Jane Eastman"
        )
        # (a quotation its own paragraph attributes after it does not go on from before)
        assert by_words["She is lying"] != "Jane Eastman"
