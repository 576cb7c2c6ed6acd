"""Synthetic landing files for load tests: realistic article shapes from templates, deterministic by seed.

Not training data: the text is assembled from fixed fragments so that throughput and memory can be
measured at 100k+ articles. A share of lines is deliberately bad (malformed JSON, missing text, bad
dates, path-like ids, HTML, duplicates) so the quarantine path is exercised at scale too.
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

SPEAKERS = [
    ("Volodymyr Zelensky", "Ukraine's president", "he"), ("Dmitry Peskov", "the Kremlin spokesman", "he"),
    ("Keir Starmer", "the British prime minister", "he"), ("Ursula von der Leyen", "the Commission president", "she"),
    ("Viktor Orban", "Hungary's prime minister", "he"), ("Mariia Ionova", "a Ukrainian MP", "she"),
    ("Antony Blinken", "the US secretary of state", "he"), ("Sergei Lavrov", "Russia's foreign minister", "he"),
    ("Kaja Kallas", "the EU's foreign policy chief", "she"), ("Mark Rutte", "Nato's secretary general", "he"),
    ("Hanna Koval", "a defence analyst in Kyiv", "she"), ("Tom Berrington", "a Republican senator", "he"),
]
CLAIMS = [
    "we need more air defence before the winter", "the sanctions are finally starting to bite",
    "sending more weapons will only prolong the war", "the aid package must pass without further delay",
    "talks can only begin once Russia withdraws its troops", "the funding should be cut until there is an audit",
    "the deliveries arrived on schedule last week", "the front line has barely moved in a month",
    "Europe cannot afford to look away now", "any long-range strikes would be met with a response",
    "the training of pilots will take at least six months", "the frozen assets should pay for reconstruction",
]
VERBS = ["said", "told reporters", "warned", "argued", "insisted", "stressed", "added", "noted"]
FILLER = [
    "Officials met in the capital on {day} to review the latest package of military and financial support.",
    "The talks came as fighting continued along the eastern front, where both sides reported heavy losses.",
    "Diplomats said the proposal would be discussed again at a summit later this month.",
    "Analysts expect the debate over funding to dominate the coming weeks in several European capitals.",
    "The ministry published new figures on deliveries of ammunition and armoured vehicles on {day}.",
    "Energy infrastructure has been hit repeatedly, leaving thousands of households without power for hours.",
    "Lawmakers are due to vote on the measure next week after a lengthy committee hearing.",
]
OUTLETS = ["Meridian Wire", "The Northern Ledger", "Daily Courier", "Policy Desk Blog", "Continental Live"]


def _paragraph(rng: random.Random, day: str) -> str:
    name, title, pronoun = rng.choice(SPEAKERS)
    claim = rng.choice(CLAIMS)
    surname = name.split()[-1]
    # Forms 6-7 are narration only: they bring the quote density to that of the gold corpus
    # (~15 quotes per 450 words; see tests/test_synth.py), so benchmarks weigh quotes realistically.
    form = rng.randrange(8)
    filler = rng.choice(FILLER).format(day=day)
    if form >= 6:
        return f"{filler} {rng.choice(FILLER).format(day=day)}"
    if form == 0:
        return f"{filler} \"{claim.capitalize()},\" {name}, {title}, said."
    if form == 1:
        return f"“{claim.capitalize()},” said {name}. “{rng.choice(CLAIMS).capitalize()}.”"
    if form == 2:
        return f"{name} {rng.choice(VERBS)} that {claim}. {filler}"
    if form == 3:
        return f"According to {surname}, {claim}. {filler}"
    if form == 4:
        return f"{title.capitalize()}, {name}, said: \"{claim.capitalize()}. {rng.choice(CLAIMS).capitalize()}.\""
    return f"{filler} {pronoun.capitalize()} later {rng.choice(VERBS)} that {claim}."


def _article(rng: random.Random, dt: str, n: int, words: int) -> dict:
    paragraphs = []
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.append(_paragraph(rng, dt))
    return {"article_id": f"syn-{dt}-{n:07d}", "url": f"https://synthetic.example/{dt}/{n}",
            "source": rng.choice(OUTLETS), "published_at": f"{dt}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
            "title": f"Synthetic story {n}", "text": "\n\n".join(paragraphs)}


def _bad_line(rng: random.Random, good: dict, previous: dict | None) -> str:
    kind = rng.randrange(6)
    if kind == 4 and previous is None:
        kind = 0
    if kind == 0:
        return json.dumps(good)[: rng.randrange(10, 60)]                     # truncated JSON
    if kind == 1:
        return json.dumps({**good, "text": ""})                              # empty text
    if kind == 2:
        return json.dumps({**good, "published_at": "sometime last week"})    # bad date
    if kind == 3:
        return json.dumps({**good, "article_id": "../../etc/passwd"})        # path-like id
    if kind == 4:
        # re-sent earlier story: new id, same URL (the earlier line was written, so this one is a duplicate)
        return json.dumps({**previous, "article_id": previous["article_id"] + "-dup"})
    return json.dumps({**good, "article_id": good["article_id"] + "-html",
                       "url": good["url"] + "?html", "text": "<p>" + good["text"].replace("\n\n", "</p><p>") + "</p>"})


def generate(out: Path, n: int, days: int = 1, start: str = "2024-11-18", seed: int = 7, words: int = 450,
             bad_share: float = 0.02, files_per_day: int = 1) -> dict:
    """Write ``n`` articles spread over ``days`` landing folders under ``out``; returns counts."""
    rng = random.Random(seed)
    first = date.fromisoformat(start)
    counts = {"articles": 0, "bad": 0, "files": 0}
    per_day = [n // days + (1 if i < n % days else 0) for i in range(days)]
    for day_index, day_n in enumerate(per_day):
        dt = (first + timedelta(days=day_index)).isoformat()
        folder = out / f"dt={dt}"
        folder.mkdir(parents=True, exist_ok=True)
        handles = [open(folder / f"synthetic-{k:02d}.jsonl", "w", encoding="utf-8") for k in range(files_per_day)]
        counts["files"] += len(handles)
        previous = None
        try:
            for i in range(day_n):
                good = _article(rng, dt, i, words)
                if rng.random() < bad_share:
                    line = _bad_line(rng, good, previous)
                    counts["bad"] += 1
                else:
                    line = json.dumps(good, ensure_ascii=False)
                    counts["articles"] += 1
                    previous = good
                handles[i % files_per_day].write(line + "\n")
        finally:
            for handle in handles:
                handle.close()
    return counts
