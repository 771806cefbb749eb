"""Scale-out on Ray Data: a dataset of articles in, one ExtractionResult per article out.

    claims.distributed.run(["s3://news/articles/"], "s3://news/claims/", settings, concurrency=16)

Each Ray actor builds one Extractor, so the client is made (or the model loaded) once per
actor, not once per batch. A result travels as its JSON line in a string column: Arrow
never has to reconcile the nested, mostly empty fields of results across blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import articles, extractor
from .articles import Failed
from .errors import ConfigError
from .models import Article
from .output import jsonl_line
from .settings import Settings

if TYPE_CHECKING:
    import pyarrow
    from ray.data import Dataset
    from ray.data.block import BlockAccessor
    from ray.data.datasource import Datasink

ROWS_PER_FILE = 1000
"""Results per output file, at least (the last files of a run may hold fewer)."""


def run(
    inputs: Sequence[str],
    output_dir: str,
    settings: Settings,
    *,
    concurrency: int,
    num_cpus: float = 1.0,
) -> None:
    """Extract the articles of JSONL files into JSONL files in ``output_dir``.

    ``inputs`` are files or directories anywhere Ray reads (local, ``s3://``, ``gs://``).
    Each line is read as ``claims extract`` reads it, and each output line is what
    ``claims extract --format jsonl`` writes for that article. ``concurrency`` and
    ``num_cpus`` are as for ``extract_dataset``.
    """
    try:
        import ray.data
    except ImportError:
        raise ConfigError('scaling out needs Ray: pip install "claims[ray]"') from None
    files = ray.data.read_binary_files(list(inputs), include_paths=True)
    rows = files.flat_map(_articles_in)
    results = extract_dataset(rows, settings, concurrency=concurrency, num_cpus=num_cpus)
    results.write_datasink(_lines_sink(output_dir))


def extract_dataset(
    ds: Dataset,
    settings: Settings,
    *,
    concurrency: int,
    num_cpus: float = 1.0,
    batch_size: int = 8,
) -> Dataset:
    """One row ``{"id", "result"}`` per article, ``result`` being the article's line of
    ``claims extract --format jsonl`` (an ``ExtractionResult`` as JSON).

    Rows hold the fields of the JSONL input: ``id`` (``"?"`` when missing), ``text``, and
    optionally ``title``, ``published``, ``publisher``, ``url``; a row with ``error`` set
    stands for an input that could not be read. Such rows, unusable ones and failed
    extractions come out as results with ``error``: one bad article never stops the job.

    ``concurrency`` actors each take ``batch_size`` articles at a time and reserve
    ``num_cpus`` CPUs: a fraction for a remote endpoint (the actor mostly waits on it), the
    embedded model's threads for that model. Leave a CPU free for reading and writing, or
    the job waits for one forever.
    """
    from ray.data import ActorPoolStrategy

    # Ray sizes blocks in bytes and gives an actor a whole block; articles are small but
    # take seconds each, so without this a file's articles could all queue on one actor.
    batches = ds.repartition(target_num_rows_per_block=batch_size)
    return batches.map_batches(
        _Extract,
        fn_constructor_args=(settings,),
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ActorPoolStrategy(size=concurrency),
        num_cpus=num_cpus,
    )


class _Extract:
    """A Ray actor's extractor: built once, then called on batch after batch."""

    def __init__(self, settings: Settings) -> None:
        self.extractor = extractor(settings)

    def __call__(self, batch: pyarrow.Table) -> dict[str, list[str]]:
        items = (_article(row) for row in batch.to_pylist())
        results = list(self.extractor.extract_many(items))
        return {"id": [r.id for r in results], "result": [jsonl_line(r) for r in results]}


def _article(row: dict[str, Any]) -> Article | Failed:
    where = str(row.get("id") or "?")
    if row.get("error"):
        return Failed(where, row["error"])
    return articles.from_item(row, where)


def _articles_in(file: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per line of a JSONL file, read as ``claims extract`` reads it."""
    rows = []
    for item in articles.read_jsonl(file["bytes"], file["path"]):
        if isinstance(item, Failed):
            rows.append(dict.fromkeys(Article.model_fields) | {"id": item.id, "error": item.error})
        else:
            rows.append(item.model_dump(mode="json") | {"error": None})
    return rows


def _lines_sink(path: str) -> Datasink[None]:
    from ray.data.datasource import BlockBasedFileDatasink

    class Lines(BlockBasedFileDatasink):
        def write_block_to_file(self, block: BlockAccessor, file: pyarrow.NativeFile) -> None:
            for line in block.to_arrow().column("result").to_pylist():
                file.write(line.encode())

    return Lines(path, file_format="jsonl", min_rows_per_file=ROWS_PER_FILE)
