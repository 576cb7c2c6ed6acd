"""Speaker registry: canonical names, aliases, transliterations, roles and titles.

One JSON object per line in ``seeds/speakers.jsonl``::

    {"canonical": "Volodymyr Zelensky", "type": "person", "role": "President of Ukraine",
     "country": "Ukraine", "aliases": ["Zelenskyy", "Zelenskiy", "Selenskyj"],
     "titles": ["Ukrainian president", "Ukraine's president"], "gender": "m",
     "role_from": "2019-05-20", "role_to": null}

``speaker_id`` is the slug of the folded canonical name, so an unknown speaker gets the same id in
every article from its own folded name, and a registry entry keeps the id it would have had anyway.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.names import fold, slug

# Words that may precede a name without being part of it ("President Zelensky", "Mr Peskov").
HONORIFICS = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady sen senator rep representative gov governor gen general
    lt col colonel maj major capt captain adm admiral sgt president vice prime minister chancellor
    secretary spokesman spokeswoman spokesperson mp mep ambassador envoy king queen prince pope
    premier mayor deputy chief commander foreign defence defense state interior finance the former
    acting outgoing incoming elect speaker leader head
    """.split()
)
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Token normalisation so that "Russia's defence ministry", "the Russian Ministry of Defense" and
# "Russian Defence Ministry" share one key.
_TOKEN_MAP = {
    "defense": "defence", "russia": "russian", "ukraine": "ukrainian", "ukraines": "ukrainian",
    "america": "us", "american": "us", "usa": "us", "britain": "british", "uk": "british",
    "england": "british", "germany": "german", "france": "french", "poland": "polish", "china": "chinese",
    "hungary": "hungarian", "italy": "italian", "turkey": "turkish", "belarus": "belarusian",
    "moldova": "moldovan", "lithuania": "lithuanian", "latvia": "latvian", "estonia": "estonian",
    "finland": "finnish", "sweden": "swedish", "slovakia": "slovak", "czech": "czech", "japan": "japanese",
    "canada": "canadian", "iran": "iranian", "israel": "israeli", "kyiv": "ukrainian", "kiev": "ukrainian",
    "moscow": "russian", "washington": "us", "london": "british", "berlin": "german", "paris": "french",
    "warsaw": "polish", "budapest": "hungarian", "beijing": "chinese", "spokesperson": "spokesman",
    "spokeswoman": "spokesman", "pm": "prime minister", "premier": "prime minister", "organisation": "organization", "programme": "program",
    "nato": "nato", "eu": "european union", "un": "united nations", "the": "", "a": "", "an": "",
}
_MULTI_MAP = [
    (re.compile(r"\bunited states( of america)?\b"), "us"),
    (re.compile(r"\bunited kingdom\b"), "british"),
    (re.compile(r"\bu s\b"), "us"),
    (re.compile(r"\bu k\b"), "british"),
    (re.compile(r"\bu n\b"), "united nations"),
    (re.compile(r"\be u\b"), "european union"),
    (re.compile(r"\bministry of ([a-z]+(?: affairs)?)\b"), r"\1 ministry"),
    (re.compile(r"\bdepartment of ([a-z]+)\b"), r"\1 department"),
    (re.compile(r"\bforeign affairs ministry\b"), "foreign ministry"),
    (re.compile(r"\bpresident elect\b"), "president"),
    (re.compile(r"\bsecretary general\b"), "secretary general"),
]


# a company's legal suffix, as folded ("jpmorgan chase co", "goldman sachs group inc"): no part of the name it is known by
_CORPORATE_SUFFIX_RE = re.compile(r"(?:\s+(?:group|holdings?))?\s+(?:inc|corp|corporation|co|ltd|limited|plc|llc|ag|se|nv|"
                                  r"spa|gmbh|asa|oyj)$")


_MIDDLE_INITIAL_RE = re.compile(r"(?<=[a-z]) [a-z] (?=[a-z]{2})")


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """Folded key with nationality, spelling and word-order variants merged (used for lookups)."""
    key = fold(text)
    for pattern, repl in _MULTI_MAP:
        key = pattern.sub(repl, key)
    out = []
    for tok in key.split():
        tok = _TOKEN_MAP.get(tok, tok)
        if tok:
            out.append(tok)
    return " ".join(out)


def speaker_id_for(canonical_name: str) -> str:
    """Deterministic id of a speaker: the slug of the folded canonical name."""
    return slug(canonical_name) or "unknown"


@dataclass(frozen=True)
class Speaker:
    speaker_id: str
    name: str
    type: str
    role: str | None
    country: str | None


@dataclass(frozen=True)
class _Entry:
    speaker: Speaker
    gender: str | None
    role_from: str | None
    role_to: str | None


def _live(t_from: str | None, t_to: str | None, date: str | None) -> bool:
    if not date:
        return True
    day = date[:10]
    return (not t_from or t_from <= day) and (not t_to or day <= t_to)


def _strip_honorifics(tokens: list[str]) -> list[str]:
    i = 0
    while i < len(tokens) - 1 and tokens[i] in HONORIFICS:
        i += 1
    return tokens[i:]


def _same_first_name(known: str, written: str) -> bool:
    """Whether ``written`` can be ``known`` (both folded): the same initial when either is one, otherwise the
    same first letter and first two consonants ("Volodymyr"/"Vladimir", "Dmytro"/"Dmitry"; not "Naomi"/"Ned")."""
    if len(known) == 1 or len(written) == 1:
        return known[:1] == written[:1]

    def consonants(word: str) -> str:
        return "".join(ch for ch in word if ch.isalpha() and ch not in "aeiouy")[:2]

    return known[:1] == written[:1] and consonants(known) == consonants(written)


class SpeakerRegistry:
    """Lookup of canonical speakers by alias, transliteration, surname or title."""

    def __init__(self, entries: list[dict], version: str = "none"):
        self.version = version
        self._alias: dict[str, _Entry] = {}
        self._surname: dict[str, list[_Entry]] = {}
        self._titles: dict[str, list[tuple[_Entry, str | None, str | None]]] = {}
        self._by_id: dict[str, _Entry] = {}
        # bodies whose members speak as one ("the leaders said" after a G7 summit): "collective" in the registry
        self.collective_ids: set[str] = set()
        self._collective_names: dict[str, Speaker] = {}
        self._collective_re: re.Pattern | None = None
        self._title_keys: dict[str, list[tuple[str, str | None, str | None]]] = {}
        self._titles_cache: dict[tuple, frozenset] = {}
        # lookups are pure once the registry is built: memoised per registry
        self._alias_cache: dict[str, Speaker | None] = {}
        self._resolve_cache: dict[tuple, Speaker | None] = {}
        self._title_cache: dict[tuple, Speaker | None] = {}
        self._adjective_country: dict[str, str] | None = None
        for raw in entries:
            self._add(raw)

    # -- building -------------------------------------------------------------------------
    def _add(self, raw: dict) -> None:
        self._alias_cache.clear()
        self._resolve_cache.clear()
        self._title_cache.clear()
        canonical = raw["canonical"].strip()
        stype = raw.get("type", "person")
        speaker = Speaker(speaker_id_for(canonical), canonical, stype, raw.get("role"), raw.get("country"))
        entry = _Entry(speaker, raw.get("gender"), raw.get("role_from"), raw.get("role_to"))
        self._by_id[speaker.speaker_id] = entry
        if raw.get("collective"):
            self.collective_ids.add(speaker.speaker_id)
            for name in [canonical, *raw.get("aliases", [])]:
                self._collective_names[name] = speaker
            self._collective_re = None
        names = [canonical, *raw.get("aliases", [])]
        for name in names:
            for key in {fold(name), norm_key(name)}:
                if key:
                    self._alias.setdefault(key, entry)
            if stype == "person" and raw.get("surname_lookup", True):
                toks = [t for t in fold(name).split() if t not in NAME_SUFFIXES]
                if len(toks) >= 2 or name != canonical:
                    sur = toks[-1] if toks else ""
                    if sur and len(sur) > 2:
                        bucket = self._surname.setdefault(sur, [])
                        if entry not in bucket:
                            bucket.append(entry)
        for title in raw.get("titles", []):
            # a title is a string (held for the entry's role period) or {"title", "from", "to"}
            if isinstance(title, dict):
                text, t_from, t_to = title["title"], title.get("from"), title.get("to")
            else:
                text, t_from, t_to = title, raw.get("role_from"), raw.get("role_to")
            key = norm_key(text)
            if key:
                self._titles.setdefault(key, []).append((entry, t_from, t_to))
                self._title_keys.setdefault(speaker.speaker_id, []).append((key, t_from, t_to))

    @classmethod
    def load(cls, path) -> "SpeakerRegistry":
        path = Path(path)
        payload = path.read_bytes()
        entries = [json.loads(line) for line in payload.decode("utf-8").splitlines() if line.strip()]
        return cls(entries, version=hashlib.sha256(payload).hexdigest()[:12])

    @classmethod
    def empty(cls) -> "SpeakerRegistry":
        return cls([], version="empty")

    def __len__(self) -> int:
        return len(self._by_id)

    # -- lookups --------------------------------------------------------------------------
    def knows_token(self, folded: str) -> bool:
        """True when a single folded word is a registry alias or a registry surname."""
        return folded in self._alias or folded in self._surname

    def last_collective_mention(self, text: str, start: int, end: int) -> Speaker | None:
        """The collective body (G7, NATO, the EU ...) whose name or alias occurs last in ``text[start:end]``."""
        if not self._collective_names:
            return None
        if self._collective_re is None:
            names = sorted(self._collective_names, key=len, reverse=True)
            self._collective_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
        last = None
        for last in self._collective_re.finditer(text, start, end):
            pass
        return self._collective_names[last.group()] if last is not None else None

    def by_id(self, speaker_id: str) -> Speaker | None:
        entry = self._by_id.get(speaker_id)
        return entry.speaker if entry else None

    def country_of(self, speaker_id: str | None, name: str | None) -> str | None:
        """The country a quote's speaker speaks for, in the registry's spelling ("Russia", "Ukraine",
        "United States"): the registry's entry for the speaker, else the nationality word opening the name of a
        body the registry does not know ("Russian Defence Ministry" -> Russia). None when unknown."""
        sp = self.by_id(speaker_id) if speaker_id else None
        if sp is None and name:
            sp = self.lookup_alias(name)
        if sp is not None and sp.country:
            return sp.country
        if not name or " " not in name:
            return None
        if self._adjective_country is None:
            from pipeline.lexicon import COUNTRY_ADJ  # (the lexicon's nationality words, once)

            countries = {e.speaker.country for e in self._by_id.values() if e.speaker.country}
            self._adjective_country = {adj: c for c, adj in COUNTRY_ADJ.items() if c in countries}
        return self._adjective_country.get(name.split()[0])

    def titles_of(self, speaker_id: str, date: str | None = None) -> frozenset[str]:
        """Normalised title keys of a speaker (only those held on ``date`` when given)."""
        key = (speaker_id, date[:10] if date else None)
        hit = self._titles_cache.get(key)
        if hit is None:
            hit = frozenset(k for k, f, t in self._title_keys.get(speaker_id, ()) if _live(f, t, date))
            if len(self._titles_cache) > 100_000:
                self._titles_cache.clear()
            self._titles_cache[key] = hit
        return hit

    def gender(self, speaker_id: str) -> str | None:
        entry = self._by_id.get(speaker_id)
        return entry.gender if entry else None

    def lookup_alias(self, name: str) -> Speaker | None:
        """Exact alias (folded or normalised) only: no surname or title guessing."""
        try:
            return self._alias_cache[name]
        except KeyError:
            pass
        key = fold(name)
        entry = self._alias.get(key) or self._alias.get(norm_key(name))
        if entry is None and (short := _CORPORATE_SUFFIX_RE.sub("", key)) != key and short:
            entry = self._alias.get(short)  # "JPMorgan Chase & Co.", "Goldman Sachs Group Inc." -> the firm
        if entry is None and (short := _MIDDLE_INITIAL_RE.sub(" ", key)) != key:
            entry = self._alias.get(short)  # "Lindsey O. Graham" -> Lindsey Graham
        hit = entry.speaker if entry else None
        if len(self._alias_cache) > 200_000:
            self._alias_cache.clear()
        self._alias_cache[name] = hit
        return hit

    def lookup_surname(self, surname: str) -> Speaker | None:
        bucket = self._surname.get(fold(surname))
        if bucket and len(bucket) == 1:
            return bucket[0].speaker
        return None

    def lookup_title(self, title: str, date: str | None = None) -> Speaker | None:
        """A title-only reference ("the Kremlin spokesman") to the person holding it (on ``date``)."""
        ckey = (title, date[:10] if date else None)
        try:
            return self._title_cache[ckey]
        except KeyError:
            pass
        hit = self._lookup_title(title, date)
        if len(self._title_cache) > 200_000:
            self._title_cache.clear()
        self._title_cache[ckey] = hit
        return hit

    def _lookup_title(self, title: str, date: str | None) -> Speaker | None:
        bucket = self._titles.get(norm_key(title))
        if not bucket:
            return None
        if date:
            live = [e for e, f, t in bucket if _live(f, t, date)]
            if live:
                return live[0].speaker
            return None
        current = [e for e, f, t in bucket if not t]
        if len({e.speaker.speaker_id for e, _f, _t in bucket}) == 1:
            return bucket[0][0].speaker
        return current[0].speaker if len({e.speaker.speaker_id for e in current}) == 1 else None

    def resolve(self, name: str, date: str | None = None) -> Speaker | None:
        """Alias / transliteration / honorific-stripped / surname / title lookup; ``None`` if unknown."""
        if not name or not name.strip():
            return None
        ckey = (name, date[:10] if date else None)
        try:
            return self._resolve_cache[ckey]
        except KeyError:
            pass
        hit = self._resolve(name, date)
        if len(self._resolve_cache) > 200_000:
            self._resolve_cache.clear()
        self._resolve_cache[ckey] = hit
        return hit

    def _resolve(self, name: str, date: str | None) -> Speaker | None:
        hit = self.lookup_alias(name)
        if hit:
            return hit
        tokens = fold(name).split()
        if tokens and tokens[0] == "the":
            tokens = tokens[1:]
        stripped = _strip_honorifics(tokens)
        if stripped != tokens and stripped:
            hit = self.lookup_alias(" ".join(stripped))
            if hit:
                return hit
        core = [t for t in stripped if t not in NAME_SUFFIXES] or stripped
        if len(core) == 1:
            hit = self.lookup_surname(core[0])
            if hit:
                return hit
        elif len(core) >= 2:
            # "Volodymyr Zelenskyy" when only "Zelenskyy" and "Volodymyr Zelensky" are known:
            # same surname key and a first name that can be a spelling of the known one.
            bucket = self._surname.get(core[-1])
            if bucket and len(bucket) == 1:
                cand = fold(bucket[0].speaker.name).split()
                if cand and any(_same_first_name(cand[0], t) for t in core[:-1]):  # (after a description)
                    return bucket[0].speaker
        return self.lookup_title(" ".join(tokens), date)

    def speaker_for(self, name: str, type: str = "person") -> Speaker:
        """Registry speaker for ``name``, else an unknown speaker whose id is its folded name."""
        hit = self.resolve(name)
        if hit:
            return hit
        clean = clean_name(name)
        return Speaker(speaker_id_for(clean), clean, type, None, None)


_LEAD_THE = re.compile(r"^(?:the|The)\s+")
_POSS = re.compile(r"['’]s?$")


def clean_name(name: str) -> str:
    """Display form of an unknown name: trimmed, no leading article, no possessive."""
    name = " ".join(name.split())
    name = _LEAD_THE.sub("", name)
    name = _POSS.sub("", name)
    return name.strip(" ,.;:")
