"""Offline NLP resources: the VADER lexicon for NLTK and a Punkt sentence splitter.

Nothing here downloads. NLTK (>= 3.10) only opens files under ``nltk.data.path``, so the lexicon that
ships inside the ``vaderSentiment`` wheel is packed into ``<data>/sentiment/vader_lexicon.zip`` (the
layout NLTK's ``SentimentIntensityAnalyzer`` expects) and ``<data>`` is put first on the path.
"""
from __future__ import annotations

import functools
import hashlib
import io
import zipfile
from pathlib import Path

VADER_RESOURCE = "sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt"

# Punkt learns abbreviations from text; untrained, it is given them. Lower-case, without the final period.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt lt.col brig
    st jr sr rev hon pres amb sec dep atty supt insp det
    u.s u.k u.n e.u u.s.a u.s.s.r d.c n.y l.a
    inc ltd co corp plc dept govt univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vs etc approx est fig al p pp a.m p.m
    """.split()
)


class ResourceError(RuntimeError):
    """An offline resource is missing and cannot be prepared."""


def _vader_source() -> Path:
    try:
        import vaderSentiment
    except ImportError as exc:  # pragma: no cover - dependency is pinned in the lock
        raise ResourceError("vaderSentiment is not installed; run `make run` to install from the lock") from exc
    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    if not path.is_file():
        raise ResourceError(f"vaderSentiment wheel has no lexicon at {path}")
    return path


def prepare_nltk_data(data_dir: Path) -> Path:
    """Create ``<data_dir>/sentiment/vader_lexicon.zip`` from the wheel's lexicon (idempotent)."""
    source = _vader_source()
    target = Path(data_dir) / "sentiment" / "vader_lexicon.zip"
    payload = source.read_bytes()
    digest = hashlib.sha256(payload).hexdigest()
    stamp = target.with_suffix(".sha256")
    if target.is_file() and stamp.is_file() and stamp.read_text().strip() == digest:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    # A fixed timestamp keeps the zip byte-identical across machines.
    info = zipfile.ZipInfo("vader_lexicon/vader_lexicon.txt", date_time=(2020, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(info, payload)
    tmp = target.with_suffix(".zip.tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(target)
    stamp.write_text(digest + "\n")
    return target


def use_nltk_data(data_dir: Path) -> None:
    """Put ``data_dir`` first on ``nltk.data.path`` (no-op when already there)."""
    import nltk

    folder = str(Path(data_dir).resolve())
    if not nltk.data.path or nltk.data.path[0] != folder:
        if folder in nltk.data.path:
            nltk.data.path.remove(folder)
        nltk.data.path.insert(0, folder)


def ensure_resources(data_dir: Path) -> None:
    """Prepare and register every offline resource; safe to call from every task."""
    prepare_nltk_data(data_dir)
    use_nltk_data(data_dir)


@functools.lru_cache(maxsize=1)
def sentence_splitter():
    """An untrained Punkt tokenizer that knows newsroom abbreviations (U.S., Mr., Sen., Gen. ...)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, paragraph breaks always ending a sentence."""
    tokenizer = sentence_splitter()
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            for start, end in tokenizer.span_tokenize(paragraph):
                spans.append((offset + start, offset + end))
        offset += len(paragraph) + 1
    return spans
