"""Speaker registry: ids, aliases, transliterations, surnames, titles and unknown speakers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.names import fold, slug
from pipeline.speakers import SpeakerRegistry, norm_key, speaker_id_for

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "seeds" / "speakers.jsonl"


@pytest.fixture(scope="module")
def registry() -> SpeakerRegistry:
    return SpeakerRegistry.load(REGISTRY)


def test_fold_and_slug():
    assert fold("Zelenskyy's") == "zelenskyy"
    assert fold("  Viktor ORBÁN ") == "viktor orban"
    assert fold("Radosław Sikorski") == "radoslaw sikorski"
    assert slug("Donald Trump Jr.") == "donald_trump_jr"
    assert speaker_id_for("Ursula von der Leyen") == "ursula_von_der_leyen"


def test_registry_file_is_valid_and_large_enough():
    lines = [json.loads(line) for line in REGISTRY.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 150
    ids = [speaker_id_for(e["canonical"]) for e in lines]
    assert len(ids) == len(set(ids)), "one person, one entry"
    for e in lines:
        assert e["type"] in ("person", "organization")
        assert isinstance(e.get("aliases", []), list) and isinstance(e.get("titles", []), list)
    types = {e["type"] for e in lines}
    assert types == {"person", "organization"}


@pytest.mark.parametrize("alias", ["Zelensky", "Zelenskyy", "Zelenskiy", "Selenskyj", "Volodymyr Zelenskyy",
                                   "President Zelensky", "zelensky"])
def test_transliterations_resolve_to_one_speaker(registry, alias):
    sp = registry.resolve(alias)
    assert sp is not None and sp.speaker_id == "volodymyr_zelensky" and sp.name == "Volodymyr Zelensky"


@pytest.mark.parametrize("alias,expected", [
    ("Syrsky", "Oleksandr Syrskyi"), ("Syrskyi", "Oleksandr Syrskyi"), ("Kuleba", "Dmytro Kuleba"),
    ("Sybiha", "Andrii Sybiha"), ("Peskov", "Dmitry Peskov"), ("Lavrov", "Sergei Lavrov"),
    ("Shoigu", "Sergei Shoigu"), ("Belousov", "Andrei Belousov"), ("Zakharova", "Maria Zakharova"),
    ("Medvedev", "Dmitry Medvedev"), ("Orbán", "Viktor Orban"), ("Mr Peskov", "Dmitry Peskov"),
])
def test_surnames_and_variants(registry, alias, expected):
    assert registry.resolve(alias).name == expected


def test_organisation_aliases_share_a_key(registry):
    for name in ["Russia's defence ministry", "the Russian Ministry of Defense", "Russian Defence Ministry"]:
        assert registry.resolve(name).name == "Russian Defence Ministry"
    assert registry.resolve("the Kremlin").speaker_id == "kremlin"
    assert registry.resolve("Nato").name == "NATO"
    assert norm_key("the U.S. State Department") == norm_key("US State Department")


def test_titles_resolve_by_date(registry):
    assert registry.lookup_title("the Kremlin spokesman").name == "Dmitry Peskov"
    assert registry.lookup_title("Ukraine's foreign minister", "2023-05-01").name == "Dmytro Kuleba"
    assert registry.lookup_title("Ukraine's foreign minister", "2024-11-01").name == "Andrii Sybiha"
    assert registry.lookup_title("NATO secretary general", "2023-07-11").name == "Jens Stoltenberg"
    assert registry.lookup_title("NATO secretary general", "2025-06-24").name == "Mark Rutte"
    assert registry.lookup_title("US president", "2023-01-01").name == "Joe Biden"


def test_ambiguous_common_surname_is_not_guessed(registry):
    # several registry people are called Johnson; a bare surname must not pick one at random
    assert registry.resolve("Johnson") is None


def test_speaker_for_unknown_gets_folded_id(registry):
    sp = registry.speaker_for("Hnat Kovalčuk")
    assert sp.speaker_id == "hnat_kovalcuk" and sp.name == "Hnat Kovalčuk" and sp.role is None
    org = registry.speaker_for("the Odesa port authority", "organization")
    assert org.type == "organization" and org.speaker_id == "odesa_port_authority"
    assert registry.speaker_for("Peskov").name == "Dmitry Peskov"


def test_version_is_content_hash(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text('{"canonical": "Test Person", "type": "person"}\n', encoding="utf-8")
    b = tmp_path / "b.jsonl"
    b.write_text('{"canonical": "Test Person", "type": "person"}\n', encoding="utf-8")
    va, vb = SpeakerRegistry.load(a).version, SpeakerRegistry.load(b).version
    assert va == vb and len(va) == 12
    b.write_text('{"canonical": "Other Person", "type": "person"}\n', encoding="utf-8")
    assert SpeakerRegistry.load(b).version != va


def test_commission_short_forms_and_memoised_lookups(registry):
    assert registry.resolve("the Commission").name == "European Commission"
    first = registry.resolve("Zelenskyy", "2024-03-01")
    assert first is registry.resolve("Zelenskyy", "2024-03-01")
    assert registry.lookup_alias("Peskov") is registry.lookup_alias("Peskov")
    assert registry.resolve("Nobody Atall") is None and registry.resolve("Nobody Atall") is None


def test_title_shared_by_successive_office_holders_resolves_by_date(registry):
    assert registry.lookup_title("Donetsk governor", "2022-04-08").name == "Pavlo Kyrylenko"
    assert registry.lookup_title("Donetsk governor", "2024-06-01").name == "Vadym Filashkin"


def test_new_organisations_resolve(registry):
    assert registry.lookup_alias("Ukrainian Railways").name == "Ukrainian Railways"
    assert registry.lookup_alias("Chinese government").name == "Chinese Government"


def test_spy_agency_and_anti_terror_committee_aliases(registry):
    assert registry.lookup_alias("South Korea's spy agency").name == "South Korean National Intelligence Service"
    assert registry.lookup_alias("Russia’s anti-terror committee").name == "Russian National Anti-Terrorism Committee"


def test_country_of_a_speaker_from_the_registry_or_the_bodys_nationality(registry):
    assert registry.country_of("dmitry_peskov", "Dmitry Peskov") == "Russia"
    assert registry.country_of(None, "Kremlin") == "Russia"
    assert registry.country_of(None, "Russian Defence Ministry") == "Russia"  # a body the registry may not know
    assert registry.country_of(None, "British Foreign Office") == "United Kingdom"
    assert registry.country_of(None, "Olena Koval") is None
    assert registry.country_of(None, None) is None
