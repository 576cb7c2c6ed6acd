"""Name folding shared by the speaker registry and quote attribution.

``fold`` maps every spelling of a name to one comparable key: accents removed (Selenskyj and Zelenskyy
still differ, their aliases live in the registry), case folded, punctuation and possessives dropped,
whitespace collapsed. ``slug`` turns a folded name into an identifier.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"'s\b|'\B")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters NFKD does not decompose.
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key of ``name``: ``"Zelenskyy's"`` -> ``"zelenskyy"``."""
    if not name:
        return ""
    text = name.translate(_APOSTROPHES).translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _POSSESSIVE.sub("", text)
    text = text.replace("'", "")
    return _NON_ALNUM.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def plain_name(name: str) -> str:
    """Display form without diacritics, as the registry and the guidelines write names: ``"Gergely Gulyás"`` ->
    ``"Gergely Gulyas"``, ``"Line Kjær Mortensen"`` -> ``"Line Kjaer Mortensen"``; case and punctuation kept."""
    if name.isascii():
        return name
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def slug(name: str) -> str:
    """Identifier form of a name: ``"Volodymyr Zelensky"`` -> ``"volodymyr_zelensky"``."""
    return fold(name).replace(" ", "_")
