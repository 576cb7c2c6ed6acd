"""Quote extraction and speaker attribution for English news articles (rules, regex, no models).

``extract_quotes(text, registry)`` returns every direct and reported quote with offsets into the
original text, the cue, the speaker as written, the resolved canonical speaker and an attribution
confidence. Conventions (spans, patterns) follow ``seeds/gold/GUIDELINES.md``.

How it works, per article:

1. Paragraphs (lines) are scanned for double quotation marks; marks are paired with direction
   heuristics so an unbalanced mark only affects its own paragraph. Each quoted segment is a direct
   quote candidate when it stands at a clause boundary, otherwise a fragment (scare quote, title,
   or the quoted part of a mixed quote).
2. Direct quote contents are masked (same length), so sentence splitting and reported-speech rules
   never look inside them.
3. A single pass over the masked text finds capitalised name sequences with their titles and
   appositions; they become article entities (registry speakers or folded unknown names) with
   surname, title and gender information, used to resolve surnames, titles and pronouns.
4. Paragraph by paragraph, direct quotes are attributed (after-quote, inverted, dash, colon lead,
   previous line, split/multi-paragraph continuation, follow-on) and reported speech is found
   around communication verbs, "according to" and post-posed attributions.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from dataclasses import dataclass, field

from pipeline import lexicon as L
from pipeline.names import fold, plain_name
from pipeline.speakers import Speaker, SpeakerRegistry, clean_name, norm_key, speaker_id_for


@dataclass
class ExtractedQuote:
    start: int
    end: int
    continuations: list[tuple[int, int]]
    quote_type: str
    cue: str | None
    pattern: str
    speaker_as_written: str | None
    speaker: str | None
    speaker_id: str | None
    speaker_type: str | None
    attribution_confidence: float
    context_start: int
    context_end: int

    def text_of(self, text: str) -> str:
        parts = [text[self.start:self.end]] + [text[s:e] for s, e in self.continuations]
        return " ".join(parts)


# ----------------------------------------------------------------------------------------------
# Precompiled patterns
# ----------------------------------------------------------------------------------------------
MASK = "\x00"
_PARA_RE = re.compile(r"([ \t]*(?:[•▪●◦*\-][ \t]+)?)([^\n]+)")
# a transcript label at a paragraph's start: "Q: …" / "A: …" (also "Question:", "Answer:", bold "**Q:**")
_QA_LABEL_RE = re.compile(r"[ \t*_]*(Q|A|Question|Answer)[ \t]*:[ \t*_]*(?=\S)")
# a broadcast transcript's speaker label: "ANDRII SYBIHA:", "CALLOWAY:", "RUTH CALLOWAY, HOST:", and a TV
# script's "KEIR STARMER, PRIME MINISTER (SOT):" / "ASKEW (VO):" (groups: name, code, role, code)
_SPEAKER_LABEL_RE = re.compile(r"[ \t*_]*([A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,3})"
                               r"(?:[ \t]*\(([A-Z][A-Z ,/\-]{0,40})\))?(?:,[ \t]*([A-Z][A-Z \-]{1,30}))?"
                               r"(?:[ \t]*\(([A-Z][A-Z ,/\-]{0,40})\))?[ \t]*:[ \t*_]*(?=\S)")
# the programme's own voices, named outside their turns: a script's credit line ("NEWSREADER: HELEN ASHCROFT",
# "Presenter: Tom Ward") and a hand-over in the narration ("Our Europe correspondent James Whitlow is in Brussels")
_CREDIT_HOST_RE = re.compile(r"(?<!,)(?<!, )\b(?:NEWSREADER|PRESENTER|HOST|ANCHOR|REPORTER|Newsreader|Presenter|Host|Anchor|Reporter)"
                             r":[ \t]*([A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})")
_OUR_REPORTER_RE = re.compile(r"\b[Oo]ur\s+(?:[\w\-]+\s+){0,3}?(?:correspondent|reporter|editor|presenter)"
                              r",?\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})")
# an edited interview printed as questions and answers says so
_INTERVIEW_NOTE_RE = re.compile(r"\b(?:[Tt]his|[Tt]he)\s+(?:interview|conversation|exchange)\s+(?:has\s+been|was)\s+"
                                r"(?:(?:lightly|slightly)\s+)?(?:edited|condensed|translated|shortened|abridged)\b|"
                                r"\bedited\s+for\s+(?:length|clarity|brevity)\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|us|my|My|me)\b")
_HOST_ROLES = frozenset({"HOST", "CO-HOST", "PRESENTER", "ANCHOR", "INTERVIEWER", "MODERATOR", "BYLINE",
                         "REPORTER", "CORRESPONDENT", "EDITOR"})
# a TV script's codes for the programme's own voice: voice-over, live two-way, piece to camera, out of vision
# ("SOT", sound on tape, is a contributor speaking)
_NARRATION_CODES = frozenset({"VO", "V/O", "LIVE", "PTC", "OOV", "TRACK", "IN VISION"})
# an interview's labels in ordinary capitals: "Sunday Chronicle: …?" / "Pistorius: …"
_NAME_LABEL_RE = re.compile(r"[ \t*_]*([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2})[ \t]*:[ \t*_]*(?=\S)")
# "(Through interpreter)", "(Speaking Russian)": a transcript's stage direction opening a turn is no part of it
# how far into a paragraph a transcript label's colon can be: a name, a role and a code ("(SOT, THROUGH
# INTERPRETER)") as _SPEAKER_LABEL_RE allows them
_LABEL_SPAN = 100
_STAGE_DIRECTION_RE = re.compile(r"\([^()\n]{1,40}\)\s*")
_STAGE_ONLY_RE = re.compile(r"\s*[(\[][^()\[\]\n]{1,40}[)\]]\s*")
_LABEL_FUNCTION_WORDS = frozenset({"ON", "THE", "OF", "AND", "IN", "AT", "FOR", "TO", "A", "AN", "BY", "FROM", "WITH"})
_DQ_RE = re.compile(r'["“”«»]')
_OPENERS = "“«"
_CLOSERS = "”»"
def _alt(words) -> str:
    """Alternation of ``words`` grouped by their first two letters (much faster in ``re`` than a flat
    alternation of hundreds of words), guarded by a lowercase-letter lookahead."""
    groups: dict[str, list[str]] = {}
    for w in set(words):
        groups.setdefault(w[:2], []).append(w[2:])
    parts = []
    for prefix, rests in sorted(groups.items()):
        rests = sorted(rests, key=len, reverse=True)
        parts.append(re.escape(prefix) + "(?:" + "|".join(re.escape(r) for r in rests) + ")")
    return "(?=[a-z])(?:" + "|".join(parts) + ")"


class _GuardedPattern:
    """A compiled pattern with the literals of which every match contains at least one: ``search`` returns
    None at once when none of them occurs in the searched span. Most spans have no comma, "and" or "but",
    and a substring test is much cheaper than running a large alternation at every position."""

    def __init__(self, pattern: re.Pattern, needles: tuple[str, ...]):
        self.pattern = pattern
        self.needles = needles

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        span = text if pos == 0 and endpos is None else text[pos:endpos]
        for needle in self.needles:
            if needle in span:
                return self.pattern.search(text, pos, len(text) if endpos is None else endpos)
        return None


_V_DIRECT = _alt(L.DIRECT_VERBS)
_V_ALL = _alt(set(L.ALL_VERBS) - L.PARTICLE_ONLY_VERBS - L.USED_TO_ONLY_VERBS)
_V_CLAUSE = _alt(set(L.CLAUSE_VERBS) | set(L.TELL_VERBS))
# cue verbs that start a new report after "and"/"but"; "showed"/"found" after "and" go on with the content
# ("said the address was confrontational and showed that Paris wanted the war to go on")
_V_SPEECH = _alt(set(L.ALL_VERBS) - L.FINDING_VERBS - L.PARTICLE_ONLY_VERBS - L.USED_TO_ONLY_VERBS)
_TELL_SET = frozenset(L.TELL_VERBS)
_OBJECT_SET = frozenset(L.OBJECT_VERBS) | L.USED_TO_ONLY_VERBS
_URGE_SET = frozenset({"asked", "asks", "urged", "urges", "urging", "pressed", "presses", "pressing", "appealed", "appeals",
                       "appealing", "called", "calls", "calling", "begged", "begs", "begging", "implored", "implores",
                       "imploring", "urge"})
# "Biden used his speech to the assembly to accuse Russia of …": the occasion used to say something
_USED_TO_RE = re.compile(
    # "Starmer rose to say that …", "went on to warn that …"
    r"\b(?:rose|rises|stood\s+up|got\s+up|went\s+on|goes\s+on)\s+to\s+$|"
    r"\b(?:used|uses|using|took|takes)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:own\s+)?(?:[\w'’\-]+\s+){0,2}?"
    r"(?:speech|address|remarks|appearance|visit|statement|interview|opportunity|occasion|platform|post|column|"
    r"op-ed|letter|session|briefing|news\s+conference|press\s+conference)\b[^.;:!?\x00]{0,80}?\s+to\s+$")

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_AUX_WORDS = (r"has|have|had|also|again|later|then|previously|earlier|repeatedly|once|would|will|did|does|"
              r"simply|just|quickly|flatly|publicly|privately|separately|further|bluntly|calmly|firmly|still|"
              r"angrily|recently|already|long|often|frequently|reportedly|allegedly|subsequently|since|"
              r"openly|sharply|strongly|explicitly|implicitly|consistently|always|never|first|initially|"
              r"originally|swiftly|immediately|last\s+week|"
              r"last\s+month|last\s+year|this\s+week|yesterday|today|(?:on\s+)?" + _DAYS + r"(?![\w'’\-])")
_AUX = rf"(?:(?:{_AUX_WORDS})\s+)*"
# A full stop that does not end the attribution: initials, "U.N.", "Jr.", "Gen.".
_ABBR_DOT = (r"\.(?=\S)|\.(?=\s+[a-z])|(?<=\b[A-Z])(?<!\bon X)\.|(?<=\bJr|\bSr|\bDr|\bMr|\bMs|\bLt|\bSt)\.|"
             r"(?<=\bGen|\bSen|\bRep|\bMrs|\bCol|\bGov|\bMaj|\bSgt|\bAdm|\bCpl|\bPte)\.|(?<=\bCapt|\bProf)\.")
# After a closing mark: '," Zelensky said' / '," said Peskov' / '" — Zelensky'.
_DASH_MEDIUM_RE = re.compile(r"\s+(?:on|in|via)\s+(?:X|Twitter|Telegram|Facebook|Instagram|LinkedIn|Bluesky|social\s+media|"
                             r"a\s+(?:statement|post|video|message|tweet)|an\s+interview)\s*$")
_AFTER_DASH_RE = re.compile(
    rf"^\s*(?:[—–]|--?\s)\s*(?P<spk>(?:[^{MASK}\"“”«».;:!?(,]|{_ABBR_DOT})+?)\s*(?=[,;:!?(]|$|(?!{_ABBR_DOT})\.)")
# (the lazy speaker must not stop at the dot of "Sen." / "Gen.": "— Sen. Lindsey Graham, in a statement")
# Before an opening mark: 'Zelensky said in his address: "' (the last cue verb of the lead-in).
_VERB_RE = re.compile(rf"(?<![\w'’\-])(?P<verb>{_V_ALL})(?![\w'’\-])")
def _scan_alt(words) -> str:
    """Alternation grouped by first letter behind a first-letter lookahead: ``re`` can then skip
    positions that cannot start a word of the list (several times faster on running text)."""
    groups: dict[str, list[str]] = {}
    for w in set(words):
        groups.setdefault(w[0], []).append(w[1:])
    alt = "|".join(re.escape(c) + "(?:" + "|".join(re.escape(r) for r in sorted(rs, key=len, reverse=True)) + ")"
                   for c, rs in sorted(groups.items()))
    return "(?=[" + "".join(sorted(groups)) + "])(?<![\\w'’\\-])(?:" + alt + ")(?![\\w'’\\-])"


_VERB_SCAN_RE = re.compile("(?P<verb>" + _scan_alt(L.ALL_VERBS) + ")")


def _trie_alt(words) -> str:
    """Alternation of ``words`` as a prefix tree ("sa(?:id|ys)"): ``re`` rejects a non-matching word after
    a character or two instead of trying every word with the same first letter."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# The same matches as ``_VERB_SCAN_RE`` (the cue verbs are lowercase ASCII words), found in two cheaper scans:
# after a space (a literal prefix ``re`` searches for quickly: nearly every verb), and after any other
# character that is not an ASCII word character (line starts, quote marks, dashes; non-ASCII letters slip
# through this class and are rejected by re-checking with ``_VERB_SCAN_RE``).
_VERB_TRIE = _trie_alt(L.ALL_VERBS)
_VERB_AFTER_SPACE_RE = re.compile(rf" (?P<verb>{_VERB_TRIE})(?![\w'’\-])")
_VERB_AFTER_OTHER_RE = re.compile(rf"[^ a-zA-Z0-9_](?P<verb>{_VERB_TRIE})(?![\w'’\-])")
assert all(v.isascii() and v.isalpha() and v.islower() for v in L.ALL_VERBS), "verb scan assumes lowercase ASCII verbs"


def _scan_verbs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, verb) of every ``_VERB_SCAN_RE`` match in ``text``, in text order."""
    found = [(mm.start("verb"), mm.end("verb"), mm.group("verb")) for mm in _VERB_AFTER_SPACE_RE.finditer(text)]
    found += [(mm.start("verb"), mm.end("verb"), mm.group("verb")) for mm in _VERB_AFTER_OTHER_RE.finditer(text)
              if _VERB_SCAN_RE.match(text, mm.start("verb"))]
    first = _VERB_SCAN_RE.match(text)
    if first:
        found.append((first.start(), first.end(), first.group()))
    found.sort()
    return found
# (not "delivered according to plan", "according to the rules": a manner, nobody's statement)
_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+(?!(?:the\s+|its\s+|their\s+|our\s+)?(?:plan|plans|schedule|"
                           r"script|rules|protocol|procedure|tradition|custom|instructions|need|"
                           r"availability|capacity)\b)")
# where the source of "according to" ends
_ACCORDING_STOP_RE = re.compile(r"[,.](?!\d)|[;:!?]|\s(?:and|but|which|who|that|[a-z]+ing|released|published|seen|issued|"
                                r"obtained|cited)\s")
_THAT_RE = re.compile(r"\bthat\b")
_DEMONSTRATIVE_THAT_RE = re.compile(r"that\s+(?:was|is|were|are|would|will|could|had|has|must|should|can|may|"
                                    r"might|seemed|seems|remained|remains)\b")
_COORD_RE = _GuardedPattern(re.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later|again|afterwards|subsequently|initially|originally|first|"
    r"publicly|privately|openly|flatly|separately|swiftly|quickly|immediately|still|even|repeatedly|has|have|had)\s+){0,2}$"),
    ("and", "but"))
_NOT_RULE_OUT_RE = re.compile(r"\s(?:(?:did|does|do|would|will|could|has|have|had|can)(?:\s+not|n['’]t)|"
                              r"(?:refused|refuses|refusing|declined|declines|declining)\s+to)\s+$")
_CLAUSE_VERB_THAT_RE = re.compile(rf"\b(?:{_V_CLAUSE})\s+that\b")
_TELL_THAT_RE = re.compile(rf"\b(?:{_alt(L.TELL_VERBS)})\s+[^,.;:\x00]{{1,60}}?\s+that\b")
_PART_BLOCK_RE = re.compile(r"\b(?:is|are|was|were|be|been|am|by|of|for|without|about|keep|kept|stop|stopped)\s+$")
# ", who said", ", which says": the speech verb of a relative clause, whose subject is the phrase before it
_REL_SPEAKER_RE = re.compile(rf",\s*(?:who|which)\s+{_AUX}$")
_PASSIVE_AFTER_RE = re.compile(r"^\s+(?:by|as\s+being)\b")

_MEDIUM = (r"(?:statement|statements|interview|address|speech|post|posts|briefing|conference|video|message|"
           r"broadcast|meeting|summit|visit|appearance|session|call|remarks|comments|hearing|debate|forum|event|"
           r"rally|television|TV|radio|Telegram|X|Facebook|Twitter|Instagram|media|channel|website|podcast|"
           r"programme|program|show|letter|op-ed|article|report|parliament|Congress|press|reporters|journalists|"
           r"outlet|newspaper|agency|broadcaster|platform|account|feed|network|sidelines|talks|ceremony|"
           r"gathering|audience|session|update|appeal|call|evening|morning|night|afternoon|weekend|release|readout|"
           r"communique|bulletin|notice)(?![\w'’\-])")
_TRAILING_MEDIUM_RE = re.compile(
    # ("dismissed the criticism at the government's weekly press briefing")
    r"\s+(?:in|on|via|during|through|at)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:statement|post|video|message|interview|address|briefing|speech|broadcast|tweet|update|conference)"
    r"(?:\s+(?:on|to|in)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)?$|"
    # "defended the plan on public radio"
    r"\s+on\s+(?:(?:public|state|national|French|German|Polish|Russian|Ukrainian|local)\s+)?(?:radio|television|TV)$|"
    # "denied the charges throughout the trial": when, not what
    r"\s+(?:throughout|during)\s+(?:the|his|her|their)\s+(?:trial|hearings?|proceedings|case|campaign|talks|process)$")
_QUOTED_TITLE_RE = re.compile(r"(?<=\b(?:on|to|in)\s)(?:[A-Z][\w.\-]*['’]s\s+)?[\"“][A-Z][^\"“”\x00,.;:!?]{0,40}[\"”]")
# "…, X said[ to reporters on a call], and|but CLAUSE": the attribution's adjuncts, then the coordinator
_COMMA_GAP_RE = re.compile(r",(?=[\s\"”’'])")
_TOLD_PROGRAMME_RE = re.compile(r"^\s+(?:[A-Z][\w.\-]*['’]s\s+)?[\"“][A-Z][^\"“”\x00,.;:!?]{0,40}[\"”]")
_POSTPOSED_CONT_RE = re.compile(r"[^,;:.!?\"“”\x00]{0,70}?,\s+((?:and|but|because|if|unless|provided|although|though|"
                                r"even\s+if|as\s+long\s+as|so\s+long\s+as|once|until)\s+)")
_SPEAKER_ACT_RE = re.compile(r"(?:he|she|they|it)\s+(?:did\s+not|didn['’]t|declined|refused|gave\s+no|offered\s+no|"
                             r"provided\s+no|would\s+not\s+(?:say|give|elaborate|comment|name|specify|provide))\b")
_FINDING_SUBJECT_RE = re.compile(
    r"(?:A|An|The|Its|Their|This|That|[A-Z][\w\-]*['’]s)\s+(?:[\w'’\-]+\s+){0,3}?(?:report|study|survey|analysis|"
    r"investigation|review|audit|poll|paper|assessment|tracker|research|findings|estimate|inquiry|"
    r"court|judge|tribunal|jury|panel)s?\b"
    r"[^,;:.!?\"“”\x00]{0,80}\s+$")
_ADVERBIAL_RE = re.compile(
    r"^(?:\s*,?\s*(?:"
    # "on Monday" and the wire's bare "said Monday"
    rf"(?:late\s+|early\s+|earlier\s+|later\s+)?(?:on\s+)?{_DAYS}(?![\w'’\-])(?:\s+(?:night|evening|morning|afternoon))?|"
    r"(?:yesterday|today|tonight|earlier|later|again|also|repeatedly|publicly|privately|separately|bluntly|"
    r"firmly|flatly|previously|recently|once|then|now|too|last\s+(?:week|month|year|night)|"
    # "warned, however, that …": a connective between the verb and its clause
    r"however|though|nonetheless|nevertheless|meanwhile|instead|in\s+turn|for\s+(?:its|his|her|their)\s+part|"
    r"by\s+(?:tele)?phone|by\s+video\s+link|over\s+the\s+phone|"
    r"on\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|"
    r"(?:outside|inside|near)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’\-]+\s+)?[\w'’\-]+|"
    r"this\s+(?:week|month|year|morning|evening)|in\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|on\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d+)|"
    r"(?:on|in|at|during|via|through|over|after|before|from|to|while|following|ahead\s+of|alongside|with|"
    r"speaking\s+(?:at|in|on|to))\s+(?:(?:a|an|the|his|her|their|its|state|national)\s+)?(?:[\w'’\-.]+\s+){0,5}?"
    rf"{_MEDIUM}(?:\s+{_MEDIUM})?(?:\s+(?:in|on|at|with|to|of|from)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)?|"
    r"(?:in|at)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
    r"))+", re.S)

_AUDIENCE_RE = re.compile(
    r"^\s+(?:(?:him|her|them|us|me|it)\b|"
    r"(?:(?:the|a|an|his|her|their|its|state|local|visiting|foreign|western|Ukrainian|Russian|US|American|"
    r"British|German|French|European|fellow|senior|several|some)\s+){0,3}"
    r"(?:[\w'’\-]+\s+){0,3}(?i:reporters|journalists|lawmakers|legislators|parliament|senators|MPs|deputies|"
    r"audience|conference|briefing|summit|council|Council|nation|supporters|troops|soldiers|crowd|meeting|"
    r"newspaper|broadcaster|interviewer|outlet|channel|television|TV|radio|media|agency|officials|leaders|"
    r"ministers|diplomats|allies|partners|counterparts|colleagues|members|delegates|students|residents|"
    r"voters|viewers|listeners|readers|committee|hearing|forum|Congress|Senate|lawmakers|press|staff|"
    r"analysts|investors|shareholders|clients|donors|aides|advisers|envoys|ambassadors|commanders|chamber|group|"
    # 'told the ambassador that …', 'told everyone she would be back': one person, or everybody
    r"ambassador|envoy|counterpart|minister|president|chancellor|everyone|everybody|anyone|friends|family|"
    r"delegation|coalition|congregation|worshippers|parishioners|sitting|session|workers|employees|graduates|cadets|"
    r"customers|passengers|subscribers|followers|users|crews|pilots|recruits|jurors|jury|court|judge|judges|"
    r"generals|chiefs|officers|delegations|governors|mayors|negotiators|guests|visitors|attendees|participants|"
    r"villagers|parents|teachers|pupils|volunteers|mourners|fans|farmers|veterans|executives|"
    r"tribunal|inquiry|panel|magistrates|"
    r"hall|room|rally|House|Commons|Bundestag|Sejm|Rada|Duma|"
    r"cabinet|assembly|gathering|podcast|programme|program|show|network|newsroom|editors|public|(?:portal|"
    r"site|website|magazine|journal|publication|tabloid|blog|correspondent|broadcasters)\b(?-i:(?!\s+[A-Z])))\b"
    # "a joint sitting of the Dáil and Seanad", "a session of the Bundestag"
    r"(?:\s+of\s+(?:(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*)*(?:\s+[a-z]+){0,2}"
    r"(?:\s+in\s+[A-Z][\w'’\-]*)?|"
    # "told listeners of his weekly podcast that …"
    r"(?:his|her|their|its|the|a)\s+(?:[\w'’\-]+\s+){0,2}(?:podcast|programme|program|show|channel|newspaper|"
    r"column|blog|broadcast|station|newsletter)s?\b))?|"
    r"(?:(?:the\s+)?[A-Z][\w'’\-.]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’\-.]*)*"
    r"(?:\s+(?:news\s+|state\s+|daily\s+|weekly\s+)?(?:site|website|agency|outlet|newspaper|paper|channel|"
    r"broadcaster|podcast|programme|program|show|magazine|daily|weekly|radio|television|TV|network)\b)?))")

_CLAUSE_CUT_RE = _GuardedPattern(re.compile(
    # ", and he did not rule out …": a second report by the same speaker, negated or not
    rf"(?:,\s*|\s+)(?:and|but|while|though|although|whereas)\s+(?:(?:he|she|they|it)\s+)?(?:{_AUX})?"
    rf"(?:(?:not|never)\s+)?(?:{_V_SPEECH})\b|"
    # ", and that allies had pledged …" is a second "that"-clause of the same verb, not a new report
    # "said the partnership continues but declined to give details": the speaker's own act, not the report
    # "… and asked partners for more systems": the speaker's request, a new report
    r"(?:,\s*|\s+)and\s+(?:then\s+|also\s+)?asked\s+(?:[\w'’\-]+\s+){0,3}?(?:for|to)\b|"
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:then|also)\s+)?(?:(?:declined|refused|wanted)\s+to|(?:would|did|could)\s*(?:not|n['’]t)|"
    r"gave\s+no|offered\s+no|provided\s+no|stopped\s+short\s+of)\s+(?:be\s+drawn|say|said|comment|elaborate|give|"
    r"provide|specify|discuss|name|answer|respond|confirm|disclose|reveal|offer|speculate|detail|details|explain|"
    r"further|more|any|a\s+timeline|naming|saying|specifying|indication|timetable)\b|"
    # "said Russia would respond, without giving details": the writer's note on the speaker's act
    r",\s*without\s+(?:giving|offering|providing|elaborating|specifying|saying|naming)\b(?![^,.;]*,\s*that\b)|"
    rf",\s*(?:and|but|while|whereas)\s+(?!that\b)(?:[\w'’\-.]+\s+){{1,7}}?(?:{_AUX})?(?:{_V_CLAUSE})\b|"
    # "Scholz said peace could not mean …, French President Emmanuel Macron said the summit …": a list of reports
    rf",\s*(?:[A-Z][\w'’\-.]*\s+){{1,6}}(?:{_V_CLAUSE})\s+(?:that\s+)?[a-z]|"
    r",\s*(?:saying|adding|warning|arguing|insisting|noting|stressing|claiming|calling|telling|asking|"
    r"urging|accusing|describing|explaining|suggesting|promising|vowing|threatening|complaining|"
    r"cautioning|pledging|acknowledging|admitting|asserting|declaring|emphasi[sz]ing|denying|dismissing|"
    r"rejecting|criticising|criticizing|predicting)\b|;\s|,\s*according\s+to\b|\s[—–]\s|\s--\s|"
    # a bracket ends the clause, except an amount converted or rounded inside it: "15.8 billion yen (about $105m)"
    r"\s\((?!(?:about|around|roughly|some|nearly|approximately|almost|up\s+to|over|more\s+than|less\s+than|"
    r"[€$£¥]|US\$|\d))"),
    (",", ";", "—", "–", "(", "--", "and", "but", "while", "though", "whereas"))


def _platform_x(text: str, tok_start: int) -> bool:
    """'posted on X.': the platform, not an initial, so the full stop ends the sentence."""
    return text[tok_start - 3:tok_start + 1] in ("on X", "on x")


# capital letters, Latin ones with diacritics included ("Šimonytė", "Łukasz", "Ó Fearghaíl")
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_FOOTNOTE_END_RE = re.compile(r"\[\d{1,3}\]\s*$")
# (a commentary's footnote marker stays with its sentence: '… "for decades".[6] Moscow has …')
_SENT_END_RE = re.compile(rf"[.!?…]+[\"”’)\]]*(?:\[\d{{1,3}}\])?(?=\s+[\"“‘(\[]?[{_UPPER}0-9\x00\"“])")
_ABBREV = frozenset("""mr mrs ms dr prof sen rep gen lt col maj capt cmdr adm sgt st jr sr gov rev hon pres amb
sec dep u.s u.k u.n e.u d.c no nos vol vs etc approx est fig al a.m p.m inc ltd co corp dept govt jan feb mar
apr jun jul aug sep sept oct nov dec brig gen.-lt""".split())

_CAP_TOKEN = rf"(?:[A-Z]\.(?:[A-Z]\.)+|[{_UPPER}][\w'’\-]*\.?)"
_NAME_SEQ_RE = re.compile(
    rf"[{_UPPER}](?<![\w'’\-&][{_UPPER}])(?:\.(?:[A-Z]\.)+|[\w'’\-]*(?:&[{_UPPER}]+)?\.?)(?:[ \t]+(?:(?:von|van|der|de|den|la|le|al|bin|da|dos|di|du|ter)[ \t]+)*{_CAP_TOKEN})*")
# a title with its portfolio opening a sentence, then the name: "Poland's minister for European affairs, ",
# "The special envoy for Ukraine, " (group 2: the role noun; group 3: the portfolio's preposition)
_PORTFOLIO_TITLE_RE = re.compile(r"(?:(?:The|the|[A-Z][\w\-]*['’]s)\s+)?(?:[a-z\-]+\s+){0,2}([a-z\-]+\s+)?([a-z]+)\s+"
                                 r"((?:for|of|on)\s+[^,.;:!?]{2,50}),\s+")
_TITLE_RUN_WORD = re.compile(r"[\w'’\-.]+")
_FEMALE_SURNAME_RE = re.compile(r"(?:ova|eva|yova|ina|aya|skaya|tskaya|ska|cka|ová|ienė|aitė|ytė|ūtė)$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its", "our"})
# a sentence opening on a preposition and a plain lowercase noun phrase: no subject, no finite verb yet
_INTRO_PP_RE = re.compile(r"\s*(?:In|On|At|Via|Through|During|After|With|From)\s+(?:a|an|the|his|her|its|their|one)"
                          r"(?:\s+[a-z][a-z-]*)+\s*$")
# ", Centrenergo." after "according to its operator": a capitalised name closing the clause
_NAME_APPOS_AFTER_RE = re.compile(r",\s+([A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,4})\s*(?=[,.;]|$)")
_ORG_DESCRIPTORS = frozenset("""operator owner company firm manufacturer maker producer developer utility
provider agency""".split())
# a statement, video or speech right before a participle ("a statement posted later on Telegram")
_PARTICIPLE_HOST_RE = re.compile(r"\b(?:" + "|".join(sorted(L.DOC_HEADS | {"video", "address", "interview", "speech",
                                                                          "remarks", "comments", "sermon", "clip"}))
                                 + r")(?:\s+(?:later|earlier|online|jointly|overnight|late|early|first))?\s*$")
_TITLE_BEFORE_FOR_RE = re.compile(r"\b(?:Minister|Commissioner|Secretary|Director|Envoy|Representative|"
                                  r"Adviser|Advisor|Ombudsman|Coordinator|Chief)\s+(?:for|of)\s+$")
_POST_NOMINALS = frozenset("KC QC MP MEP MSP MLA TD OBE MBE CBE KBE PhD".split())
_CLERGY_TITLES = frozenset("Metropolitan Patriarch Archbishop Bishop Cardinal Father Pope Abbot".split())
# royals are known by one name with their title too ("Prince William", "King Charles")
_ONE_NAME_TITLES = _CLERGY_TITLES | frozenset("Prince Princess King Queen".split())
_TITLE_PARTICIPLES = frozenset("""acting outgoing incoming governing ruling leading retired elected appointed designated
embattled""".split())
# clause words that cannot sit inside a title phrase before a name
_NOT_TITLE_PREFIX = frozenset("""that which who when while as because if and or but than to for with by from at in on
of said says told met was is were are has have had will would could can""".split())
_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "many", "two", "three", "four", "five", "other",
                         "another", "unnamed", "anonymous", "senior", "most", "few", "various", "numerous"})
_TITLE_NOISE = frozenset("""former outgoing incoming new current then later veteran embattled beleaguered furious
defiant combative powerful influential hawkish veteran longtime long-serving newly-appointed newly eldest youngest
elder younger""".split())
_INTRO_WORDS = frozenset("""In On At After Before During Standing Speaking Writing Asked Earlier Later Meanwhile However For
With By From Since Despite Amid Following Addressing Visiting Answering Hours Days Minutes Moments Back Last This
Inside Outside Near Elsewhere Separately Overnight Today Yesterday""".split())
_NOT_DESCRIPTORS = frozenset("""the a an and or but of in on at to for from with by as than that this these those
is are was were be been has have had said says told with without about after before during into onto over under
between against toward towards via per like unlike including""".split())
_TITLE_TOKENS = L.TITLE_CAPS | L.RANK_CAPS
_FUNCTION_CAPS = frozenset("""The A An In On At But And Or As After Before During Since While When Where If Although
Though Yet So Then Now Today Yesterday Tomorrow Meanwhile However Still Instead Also Earlier Later Last Next This
That These Those There Here It Its He She They We I You His Her Their Our My Your Some Many Several Most More Both
Each Every No Not Speaking Asked Writing For From With By Under Over Despite Amid Among Across Against Any All
Such Neither Either Whatever Whichever Through Throughout Via Beyond Without Within Unlike Like Upon Toward Towards""".split())
_PLAIN_CAPS = (L.NON_NAME_CAPS | frozenset(L.COUNTRY_ADJ) | _FUNCTION_CAPS) - L.TITLE_CAPS - L.RANK_CAPS
_PREPS = frozenset({"of", "for", "to", "at", "in", "from", "with", "on"})
_PREPS_OR_DETERMINERS = _PREPS | _DETERMINERS
# words that open a clause with its own subject (or no predicate), so a fronted head before an interpolated
# attribution is not that clause's subject: "In Kyiv, he said, the mood was grim"
_NOT_PREDICATE_STARTS = _DETERMINERS | _PREPS | frozenset("""there these those some many most all both each every
no any several few one two three four five if when while because although though since as so but or nor yet whether
what which who how why where""".split())
_PREPS_OR_AND = _PREPS | {"and"}
_REL_CHUNK_RE = re.compile(
    r",\s*(?:who|which|whose|whom|where|speaking|writing|standing|appearing|talking|\d+|aged\s+\d+|"
    r"[a-z]+ing|meanwhile|however|too|also|though|in\s+turn|for\s+(?:its|his|her|their)\s+part|"
    r"himself|herself|themselves|"
    r"on|in|at|for|after|before|during|since|from|by|under|with)\b[^,]*(?=,)")
_PLACE_TAIL_RE = re.compile(r"^(?:of|from|in)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}$")
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z'.\-/ ]{2,}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]\s+|"
    # "(CNX) - The Republican chairman …": an agency tag alone opening the story
    r"\([A-Z][A-Za-z.]{1,15}\)\s*[-—–]\s+|"
    r"(?:Breaking|BREAKING|Update|UPDATE|Analysis|ANALYSIS|Live|LIVE)\s*[:\-—–]\s*|"
    # "MOSCOW: The Kremlin said …", "ON THE GROUND: …": a briefing's place or section label
    r"[A-Z][A-Z'.\-/ ]{2,}:\s+|"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[-—–:]\s+)")
_INTRO_LOWER = frozenset(w.lower() for w in _INTRO_WORDS) | {"if", "when", "unless", "because", "although", "though",
                                                                 "once", "until", "while", "whether", "as"}
_DOC_RELEASED_BY_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(L.DOC_HEADS)) +
    r")\b[^,;:]{0,40}?\s(?:released|issued|published|put\s+out|circulated|posted|distributed)\s+by\s+(?P<agent>[^,;:]+)$")
_PARTY_STATE_RE = re.compile(r"\s*[,(]\s*([DRI])-([A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]*\.?)?)[),]?")
_NOBODY_SUBJECT_RE = re.compile(r"\s*(?:No|Nobody|No one|None|Neither)\s")
_GENERIC_ORG_HEADS = frozenset({"organization", "organisation", "group"})
_TITLE_BODIES = {"most senior": "top", "alliance": "nato", "bloc": "european union"}
_TITLE_BODY_RE = re.compile(r"\b(?:most senior|alliance|bloc)\b")
_LEDE_DATELINE_RE = re.compile(r"([A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,2})(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?"
                               r"\s*(?:\([^)]{1,40}\))?(?:\s+[—–-]|:)\s+(?=[A-Z\"“‘'])")
_PROGRESSIVE_RE = re.compile(r"\b(?:was|were|is|are|am|been)\s+(?:(?:also|still|now|repeatedly|already|again|"
                             r"long|privately|publicly)\s+)?$")
_PLACE_PREPS = frozenset({"at", "in", "inside", "outside", "near", "on"})
_ASKED_INTRO_RE = re.compile(
    r"(?:Asked|Pressed|Questioned|Challenged)\s+(?:(?:again|later|directly|repeatedly)\s+)?"
    r"(?:whether|if|about|how|why|what|when|who|where|on)\b[^,.;:!?\"“”\n]{1,200},\s+|"
    # "Speaking to a small group of British journalists, the minister said": the audience is no subject
    r"(?:Speaking|Talking|Writing)\s+(?:to|with)\s+[^,.;:!?\"“”\n]{1,120},\s+")
_AFTER_CLAUSE_CUT_RE = _GuardedPattern(re.compile(
    r",\s+but\s+(?!(?:would|will|could|should|might|may|must|can|had|has|have|was|were|is|are|did|does|do|also|not|"
    r"still|only|then|that)\b)|"
    r",\s+and\s+(?=the\b|a\b|an\b|[A-Z]|(?:he|she|they|it|we)\s+(?!(?:would|will|could|should|might|may|must|can|"
    r"had|has|have|was|were|is|are|did|does|do)\b))|"
    r",\s+and\s+(?=(?:[a-z][\w\-]*\s+){1,2}(?:showed|shows|said|says|reported|reports|broadcast|aired|published|"
    r"posted|wrote|claimed|added)\b)|"
    r",\s+(?:despite|with|which|amid|ending|making|even\s+as|just\s+as|though|although|while|whereas|after|before|as(?!\s+well\s+as)|"
    r"when|adding|saying|in\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(?:move|sign|signal|indication|statement)|a|an)\b|"
    # "…had sunk a corvette overnight, the latest blow to a fleet that …": the writer's gloss on the news
    r",\s+(?:the|a)\s+(?:latest|first|second|third|fourth|fifth|newest|[a-z]{3,}est|most\s+[a-z]+)\s+"
    r"(?:such\s+|major\s+|big\s+)?(?:blow|setback|attack|strike|incident|sign|step|move|measure|escalation|"
    r"in\s+a\s+(?:series|string|wave)|number|level|total|toll|tally|figure|count|rate|since)\b|"
    # "…, North Korean state media reported on Thursday": a second attribution closing the sentence
    r",\s+(?:[\w'’\-]+\s+){0,3}(?:state\s+)?(?:media|news\s+agency|agency|television|TV|newspapers?|outlets?)\s+"
    r"(?:reported|said|quoted|reports|says)\b|"
    # "said Russia was betting on the cold, and made a fresh appeal to allies": the speaker's next act
    r",\s+and\s+(?:then\s+|also\s+|later\s+)?(?:made|gave|took|met|left|sent|held|thanked|appealed|visited|"
    r"signed|framed|described|cast|presented|portrayed|hailed|praised|welcomed|urged|pledged|promised)\b|"
    # "… and referred further questions to the Defense Ministry": the speaker's next act
    r",?\s+and\s+(?:then\s+)?(?:referred|directed)\s+(?:all\s+|further\s+|other\s+)?(?:questions|queries|inquiries)\b|"
    # "…, in a series of statements by senior officials carried by state media": the medium, not the report
    r",\s+(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’\-]+\s+){0,3}?(?:statements?|interviews?|"
    r"posts?|briefings?|speech|speeches|address|remarks|comments|broadcasts?|messages?)\b|"
    # "said X and summoned the ambassador": an official act of the speaker, not part of what was said
    r",?\s+and\s+(?:(?:then|also|later|immediately)\s+)?(?:summoned|convened|expelled|dispatched|recalled)\s+"
    r"(?=(?:the|its|his|her|their|a|an)\s)"), (",", "and"))
_OBJECT_CUT_RE = re.compile(
    r"(?<!\d),(?!\d{3})(?!\s+including\s)(?!(?:\s+(?!\w+ing\b|that\b|which\b|who\b)[\w'’\-]+){1,5}\s+(?:and|or)\s[^,.;:]{1,60}[.;])(?!\s+not\s+(?:a|an|the|just|only|merely)\s)(?!\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3},\s+of\b)(?!\s+of\s+[a-z]+ing\b)|;|\s[—–]\s|\s+and\s+(?:has\s+|had\s+|have\s+)?[a-z]{3,}ed\b|\s+but\s+(?:not\s+|[a-z]{3,}ing\b)|"
    # "called Russia a 'paper tiger' in a post that …": the medium, not the object
    r"\s+in\s+(?:a|an|his|her|their|its)\s+(?:post|statement|interview|speech|video|message|address|tweet)\b|"
    # "urged companies to invest 'now' as he opened a conference": the occasion, not the object
    r"\s+as\s+(?:he|she|they|it|we)\s+[a-z]+ed\b|"
    # "rejected the comparison at a press conference later in the day"
    r"\s+at\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+)?(?:press\s+conference|news\s+conference|"
    r"briefing)\b|\s+by\s+(?:tele)?phone\b|"
    # "welcomed the drone package but left no doubt …": the speaker's next act
    r"\s+but\s+(?:[a-z]{3,}ed|left|made|gave|took|said|told|kept|held|set|put|went|came|sent)\b|"
    # "defended the decision to reporters after the vote": the audience, not the object
    r"\s+to\s+(?:reporters|journalists|the\s+press)\b|"
    r"\s(?:during|throughout|(?<!\bgo )(?<!\bgoing )(?<!\bwent )(?<!\bcome )(?<!\blook )after|since|amid|despite|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|last\s+(?:week|month|year)|earlier\s+this|this\s+week|in\s+the\s+days|on\s+Twitter|"
    r"on\s+Telegram|on\s+social\s+media|on\s+X)\b")
# one token shaped like an organisation's name, not a person's: an acronym (NABU), inner capitals (DeepState) or
# digits (Brave1)
_ONE_NAME_RE = re.compile(r"[A-Z][\w'’&.\-]+")
_DATA_HEADS = frozenset({"data", "figures", "estimate", "estimates", "statistics", "calculations", "tracking"})
_ORG_LIKE_NAME_RE = re.compile(r"[A-Z](?:[A-Z0-9&]+|[a-z]+[A-Z][A-Za-z]*|[A-Za-z]*\d[A-Za-z0-9]*)")
_PAREN_TAIL_RE = re.compile(r"\s*\([^()\x00]{1,40}\)\s*$")
_AGAINST_VERBS = frozenset("warned warns warning cautioned cautions cautioning argued argues arguing".split())
_WARN_OF_VERBS = frozenset("warned warns warning".split())
_APPOINT_VERBS = frozenset("confirmed confirms named names appointed appoints nominated nominates".split())
_ARGUE_FOR_VERBS = frozenset("argued argues arguing".split())
_RULED_THAT_RE = re.compile(r"(?:\s+[^,.;:\x00]{0,40}?)?\s+that\b")
# "Germany, criticised for weeks by its allies, …": a passive participle in an apposition
_PASSIVE_BY_RE = re.compile(r"(?:\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)[^,.;:\x00]{0,40}?)?\s+by\s")
# "confirmed him as defence minister": an appointment
_APPOINTED_AS_RE = re.compile(r"\s+(?:him|her|them|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+as\s")
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec spring summer
autumn fall winter""".split())
# relations that introduce a person by first name: "her mother, Halyna", "his neighbour Oksana"
_KIN_WORDS = ("mother", "father", "brother", "sister", "son", "daughter", "wife", "husband", "partner", "grandmother",
              "grandfather", "grandson", "granddaughter", "aunt", "uncle", "niece", "nephew", "cousin", "fiancee",
              "fiancée", "fiance", "fiancé", "mum", "mom", "dad", "neighbour", "neighbor", "friend", "colleague",
              "classmate", "comrade", "landlady", "landlord", "roommate")
_KIN_BEFORE_RE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ww]hose)|[A-Z][\w\-]*['’]s)\s+(?:(?:younger|older|elder|late|eldest|"
                            r"youngest|best|old|\d+-year-old)\s+)?(" + "|".join(_KIN_WORDS) + r")\s*,?\s*$")
_KIN_GENDER = {"mother": "f", "sister": "f", "daughter": "f", "wife": "f", "grandmother": "f", "granddaughter": "f",
               "aunt": "f", "niece": "f", "fiancee": "f", "fiancée": "f", "mum": "f", "mom": "f",
               "father": "m", "brother": "m", "son": "m", "husband": "m", "grandfather": "m", "grandson": "m",
               "uncle": "m", "nephew": "m", "fiance": "m", "fiancé": "m", "dad": "m"}
# Chinese, Korean and Vietnamese family names, written first ("Lin Jian", "Kang Min-jae", "Nguyen Van An")
_FAMILY_NAME_FIRST = frozenset("""wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang
song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan
du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long
duan lei qian yin qiao lai gong wen mo geng kim park choi jung cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon
ko moon son bae baek heo nam shim noh kwak sung cha joo woo koo min ryu chun won chae nguyen tran pham hoang vu vo dang
bui ngo duong ly""".split())
# "Ashworth, not to be outdone, pointed out …": an infinitive aside between subject and verb
_INFINITIVE_ASIDE_RE = re.compile(r"(?:not\s+)?to\s+\w+")
_CORPORATE_HEADS = frozenset("company firm group corporation operator depository utility producer manufacturer maker "
                             "conglomerate supplier giant".split())
_BODY_WORDS_ALT = "|".join(sorted(_CORPORATE_HEADS | {"refiner", "carrier", "airline", "bank", "lender", "insurer",
                                                      "broadcaster", "agency", "charity", "organisation", "organization",
                                                      "federation", "association", "union", "body", "regulator"}))
# "that" + a verb with no subject of its own after other words: a relative clause ("talks that lasted an hour")
_RELATIVE_THAT_RE = re.compile(r"that\s+(?:(?:also|still|only|had|has|have|was|were|is|are|will|would)\s+)?"
                               r"(?:[a-z]+ed|lasted|began|came|went|took|made|saw|ran|left|brought|ended)\b")
# relative clauses with these verbs still report speech: "Mike Johnson, who said the bill would not get a vote"
_PLAIN_SPEECH_VERBS = frozenset("said says told warned warns argued argues insisted insists claimed claims".split())
_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me"})
_PARTITIVE_END_RE = re.compile(r"\b(?:of|from|among)\s+$")
# after the subordinate clause's subject: its own verb phrase, no comma ("… after Zelensky used his speech to")
_VERB_AFTER_NAME_RE = re.compile(r"\s+[a-z][^,;:]*$")
_SUBORDINATE_LEAD_RE = re.compile(r"\b(?:after|before|when|while|as|since|because|until)\s+(?=[A-Z])")
_LOWER_WORD_AFTER_RE = re.compile(r" [a-z]")
# tails that go on with what was said unless they carry a speech verb of their own (guidelines: "the clause
# keeps the tail when it is part of what was said")
_CONTRAST_TAILS = ("while", "whereas", "with", "though", "although")
# nouns that describe an organisation ("Kpler, a data firm", "Baykar, the company that builds the drone")
_ORG_NOUNS = (r"firm|group|company|insurer|lender|bank|organisation|organization|agency|monitor|institute|watchdog|charity|NGO|outlet|"
              r"platform|service|network|association|body|authority|regulator|operator|website|channel|"
              r"broadcaster|newspaper")
_ORG_APPOS_RE = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w'’\-]+\s+){{0,5}}?(?:{_ORG_NOUNS}|consultancy|think\s+tank|project|tracker)\b")
_JOINT_BEFORE_RE = re.compile(r"[A-Z][\w'’\-]*\s+(?:and|&)(?:\s+(?:[A-Z][\w.'’\-]*|of|the))*\s+$")
_ORG_DESCRIPTION_RE = re.compile(
    rf"(?:(?:the|a|an)\s+|[A-Z][\w'’\-]*['’]s\s+)(?:[\w'’\-]+\s+){{0,4}}?(?:{_ORG_NOUNS}|manufacturer|maker|producer|"
    r"union)\b")
# "Antony Blinken and Defense Secretary Lloyd Austin": "and" with the second person's title
_JOINT_GAP_RE = re.compile(r"(?:and|&)(?:\s+(?:[A-Z][\w.'’\-]*|of|the|defen[cs]e|foreign|prime|state))*")
# British and American spellings of organisation words count as one ("the organization" for an "organisation")
_LEAD_TIME_RE = re.compile(r"\s*(?:(?:(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?|"
                           r"(?:(?:In|in)\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)(?:\s+\d{4})?|"
                           # "For two years the Swedish government said …"
                           r"(?:(?:For|for)\s+)?(?:two|three|four|five|six|several|many|\d+)\s+(?:days|weeks|months|years|"
                           r"decades))\s+(?=the\s)")
_LEAD_TIME_WORDS = frozenset("""Early early Late late Later later Earlier earlier On on In in Monday Tuesday Wednesday
Thursday Friday Saturday Sunday January February March April May June July August September October November
December For for two three four five six several many""".split())
_SPELLING = {"organization": "organisation", "defense": "defence", "center": "centre"}
_SURNAME_PARTICLES = frozenset("von van der de den la le al bin da dos di du ter".split())
_THAT_ONLY_VERBS = frozenset("shouted shouts shouting yelled yells yelling".split())
_TRANSITIVE_CLAUSE_VERBS = frozenset("""claimed claims denied denies announced announces confirmed confirms promised
promises pledged pledges proposed proposes acknowledged acknowledges admitted admits predicted
predicts welcomed demanded demands rejected threatened threatens vowed vows""".split())
# "the two leaders said", "both ministers": a pair of people of the article
_PAIR_HEADS = frozenset({"leaders", "presidents", "ministers", "men", "women", "officials", "sides", "chancellors"})
_GROUP_HEADS = frozenset({"leaders", "members", "allies", "states", "countries", "governments", "ministers",
                          "diplomats", "envoys", "partners", "nations"})
# People who speak for the institution they work at: "analysts at the Institute for the Study of War",
# "Kiel's researchers" are the institute (an anonymous official at a ministry stays unnamed)
_EXPERT_HEADS = frozenset({"analysts", "researchers", "economists", "experts", "scholars", "authors", "strategists", "scientists"})
# Documents a collective body issues as one: "the communique said" after a G7 summit
_COLLECTIVE_DOCS = frozenset({"communique", "communiqué", "declaration", "conclusions"})
_NP_TOK_RE = re.compile(r"[^\s,]+|,")
_AGE_WORD_RE = re.compile(r"\d{1,3}-year-old")
# person nouns that do not end like agent nouns: "the sailor", "the pensioner", "the nurse"
_PERSON_NOUNS = frozenset("""nurse medic doctor surgeon paramedic pensioner veteran mother father son daughter widow
widower wife husband sister brother grandmother grandfather student pupil artist poet priest monk nun chef cook
mechanic engineer sailor soldier refugee volunteer woman man resident""".split())
_OPENING_MARKS = frozenset('"“«‘\'')
_SEX_NOUNS = {"woman": "f", "girl": "f", "widow": "f", "businesswoman": "f", "she": "f", "her": "f",
              "man": "m", "boy": "m", "widower": "m", "businessman": "m", "he": "m", "his": "m"}
_SINGULAR_OPENERS = frozenset({"a", "an", "the", "one", "another", "this", "that"})


def _one_unnamed_person(words: list[str]) -> bool:
    """An attribution's words name one unnamed person: 'he'/'she' left unnamed, 'the volunteer', 'a 27-year-old
    who flew MiG-29s', 'One of the Ukrainians' (not 'officials', 'the ministry')."""
    if words in (["he"], ["she"]):
        return True
    if not words or not (words[0] in _SINGULAR_OPENERS or words[0].endswith(("'s", "’s"))):
        return False  # ("Andrii's company commander, a 34-year-old captain": somebody's unnamed person too)
    head = words[1:6]
    if words[0] == "one" and head[:1] == ["of"]:
        return True
    return any(w.strip(",") in _PERSON_NOUNS or _AGE_WORD_RE.fullmatch(w.strip(",")) or (
        w.strip(",") in L.ANON_NOUNS and not w.strip(",").endswith("s")) for w in head)


_FIRST_NAME_VERB_RE = re.compile(r" (?:is|was|has|had|says|said|tells|told|keeps|kept|lives|lived|works|worked|runs|ran|"
                                 r"spends|spent|sits|sat|stands|stood|remembers|recalls|recalled|shrugs|shrugged|"
                                 r"nods|nodded|admits|admitted|explains|explained|laughs|laughed|smiles|smiled)\b")
_APPOS_GAP_RE = re.compile(r",\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}")
_AGENT_PLURALS = ("ers", "ors", "ists", "ians")
_AGENT_SINGULARS = ("er", "or", "ist", "ian")
_ADDED_TO_RE = re.compile(r"\sto\s+(?:its|the|their|his|her|a|an|our)\s")
_LENIENT_TITLE_WORDS = frozenset({"regional", "local", "city", "provincial", "state", "region", "of", "the"})
_NATIONALITY_WORDS = frozenset(norm_key(w) for w in set(L.COUNTRY_ADJ) | set(L.COUNTRY_ADJ.values()))


def _blank(mm) -> str:
    return " " * len(mm.group())


_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
_REL_START_RE = re.compile(r"^(?:who|which|whose|whom|where|when|while|speaking|writing|standing|appearing|"
                           r"himself|herself|themselves|"
                           r"talking|according|\d+|aged\s+\d+|[a-z]+ing|meanwhile|however|too|also|though|"
                           r"on|in|at|for|after|before|during|since|from|by|under|with|normally|once|now|then|"
                           r"still|long|usually|often|a|an)\b")
_APPOS_SKIP_RE = re.compile(
    r",\s*(?:who|which|whose|whom|where|speaking|writing|standing|appearing|talking|according|like|as|"
    r"after|before|during|when|while|in\s+a|in\s+an|in\s+his|in\s+her|on\s+\w+|at\s+a|at\s+the|[a-z]+ing)\b[^,]*,?\s*$")


# ----------------------------------------------------------------------------------------------
# Internal records
# ----------------------------------------------------------------------------------------------
@dataclass
class _Entity:
    speaker: Speaker
    gender: str | None
    titles: set = field(default_factory=set)
    last_pos: int = -1
    person_ok: bool = False   # evidence that a capitalised sequence names a person
    title_checks: int = 0


@dataclass
class _Seg:
    o: int                 # opening mark offset
    c: int | None          # closing mark offset (None: runs to paragraph end)
    cs: int                # content start
    ce: int                # content end
    para: int
    direct: bool = False
    used: bool = False
    question: bool = False  # a question put by a reporter or the writer: masked, never a quote
    answer: bool = False    # an interview transcript's answer paragraph ("A: …"): the interviewee's words


@dataclass
class _Attr:
    speaker: Speaker | None
    as_written: str | None
    conf: float
    pos: int               # where the attribution starts (for context and discourse order)
    end: int


# ----------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------
def _mark_kind(text: str, i: int, lo: int, hi: int) -> str:
    ch = text[i]
    if ch in _OPENERS:
        return "o"
    if ch in _CLOSERS:
        return "c"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left_open = prev.isspace() or prev in "([{—–-/"
    right_close = nxt.isspace() or nxt in ".,;:!?)]}—–-"
    if left_open and not right_close:
        return "o"
    if right_close and not left_open:
        return "c"
    return "a"


def _pair_marks(text: str, ps: int, pe: int, para: int) -> list[_Seg]:
    segs: list[_Seg] = []
    open_at = None
    for m in _DQ_RE.finditer(text, ps, pe):
        i = m.start()
        kind = _mark_kind(text, i, ps, pe)
        if open_at is None:
            if kind == "c":
                continue
            open_at = i
        elif kind == "o" and text[open_at] in _OPENERS and text[i] in _OPENERS:
            open_at = i  # the earlier opener was never closed
        else:
            segs.append(_Seg(open_at, i, open_at + 1, i, para))
            open_at = None
    if open_at is not None:
        end = pe
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        segs.append(_Seg(open_at, None, open_at + 1, end, para))
    return segs


_WORDS_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
# 'one reporter shouted: "…?"', 'When a journalist asked Kallas, "…?"', 'I put the question to her: "…?"': the
# question of a reporter or of the writer is not a quote (the guidelines exclude reporters' questions)
_QUESTIONER_RE = re.compile(
    r"\b(?:reporters?|journalists?|correspondents?|interviewers?|questioners?|I|we)\b[^\"“”«».;!?]{0,60}?"
    r"\b(?:asked|asks|shouted|shouts|called\s+out|put|puts|posed|poses|pressed|presses|wanted\s+to\s+know)\b"
    r"[^\"“”«».;!?]{0,60}$")
# '"Is Ukraine being asked to surrender?" one reporter called out.': the question's asker comes after it
_QUESTIONER_AFTER_RE = re.compile(
    r"[\"”’]?,?\s+(?:(?:one|a|another|the|several)\s+)?(?:[\w\-]+\s+){0,2}?(?:reporters?|journalists?|correspondents?|"
    r"interviewers?|questioners?)\s+(?:asked|asks|shouted|called\s+out|pressed|wanted\s+to\s+know)\b")
_SENT_SPLIT_RE = re.compile(r"[.!?][\"”’)]*\s+")
_FINITE_WORDS = frozenset("is are was were will would be been being has have had can could should must may might do "
                          "does did".split()
                          # negated modals are finite too: "the budget, they wrote, cannot conjure …"
                          + [w.replace("'", q) for w in "cannot can't won't wouldn't couldn't shouldn't isn't wasn't "
                             "aren't weren't hasn't haven't hadn't doesn't didn't don't".split() for q in "'’"])
_NEG_WORDS = frozenset("not never whom what if whether was were been be is are to when how why".split())
_NEG_PAIRS = frozenset({("declined", "to"), ("refused", "to"), ("unwilling", "to")})
_AUX_SET = frozenset(("has have had also again later then previously earlier repeatedly once would will did does "
                      "simply just quickly flatly publicly privately separately further bluntly calmly firmly still "
                      "angrily recently already long often frequently reportedly allegedly subsequently since "
                      "openly sharply strongly explicitly implicitly consistently always never yesterday today first initially "
                      "originally swiftly immediately himself herself itself themselves").split())
_NOUN_MARKERS = frozenset("the a an its his her their our my your this these those its central main key new".split())
_CLAUSE_BAD_STARTS = frozenset("""where which who whom whose when while as after before until since because making ending
posted published released seen issued according but although though unless despite""".split())
# "said that since the start of September Russian forces had …": after "that", an adverbial clause may open it
_SUBORDINATORS = frozenset("when while as after before until since because".split())
_QUOTED_AS_RE = re.compile(r"\bquoted\s+(.{2,80}?)\s+as\s+$")
_ADDRESSEE_VERBS = frozenset("""warned warns warning cautioned cautions cautioning promised promises promising
reminded reminds assured assures advised advises""".split())
_KEEP_LEADING = frozenset({"The", "A", "An", "He", "She", "They", "It", "Our", "His", "Her", "Their", "Its", "My",
                           "Some", "Many", "Several", "Most", "Both", "Each", "No"})
_NEWSROOM = frozenset("correspondent correspondents reporter reporters editor editors team newspaper newsroom "
                      "columnist writer analyst colleague colleagues".split())
_FROM_LEAD_RE = re.compile(r"\b(?:from|by|with)\s+((?:the\s+)?[^,.;:!?\x00\"“”]{2,80}?)\s*:?\s*$")
_TO_VERBS = frozenset("""vowed vows vowing pledged pledges pledging promised promises promising threatened threatens
threatening offered offers offering""".split())
# "asked allies for more systems", "has asked NATO to change the rules": a request of someone; not a reporter's
# question ("asked him whether …", "asked about …") and not "asked not to be named"
_ASKED_OBJECT_RE = re.compile(r"\s+(?!(?:him|her|them|me|us|you|it|questions?|not|to|for)\b)(?:(?!(?:whether|if|about|"
                              r"why|what|how|when|where|who|that)\b)[\w'’\-]+\s+){1,5}?(?:to\s+(?!be\b)[a-z]|"
                              r"not\s+to\s|for\s)")
# "offered to host the talks", "offered Turkey as an ideal host": an offer is a position; "offered no details",
# "offered condolences" are not
_OFFERED_RE = re.compile(r"\s+(?:to\s+[a-z]|(?:[\w'’\-]+\s+){1,3}as\s)")
_TO_INF_RE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
_WORD2_RE = re.compile(r"[A-Za-z]{2,}")
# an apposition with its own relative clause: ", the developer who has become the main channel to Moscow,"
_APPOS_REL_RE = re.compile(r"\s*(?:the|a|an|[A-Z][\w'’\-]*['’]s)\s+[^,;:]*?\b(?:who|which|whose)\s")
_SUBJECT_STARTS = frozenset("""the a an this that these those his her its their our my your he she it they we i you
there some many no none all every each any both several more most few such only nothing nobody everyone
everybody something someone anything everything""".split())
_CLAUSE_VERB_HINTS = frozenset("is are was were will would could should can must may might had has have did does do "
                               "needed wanted planned intended remained showed meant made took".split())
_TIME_NOUNS = frozenset("week month year night weekend morning evening afternoon spring summer autumn winter time".split())
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _has_finite(text: str) -> bool:
    return not _FINITE_WORDS.isdisjoint(map(str.lower, _WORDS_RE.findall(text)))


def _negated(before: str) -> bool:
    """The cue verb is negated or embedded: "did not say", "declined to say", "whether he said"."""
    words = before.split()
    if not words or before[-1:] not in (" ", "\t"):
        return False
    last = words[-1].lower()
    if last in _NEG_WORDS or last.endswith(("n't", "n’t")):
        return True
    if len(words) >= 2 and (words[-2].lower(), last) in _NEG_PAIRS:
        return True
    return False


_AUX_PHRASE_ENDS = ("time", "first", "turn", "response", "reply", "point", "again")
_AUX_PHRASE_RE = re.compile(r"\s(?:at the time|at first|in turn|in response|in reply|at one point|once again)$",
                            re.IGNORECASE)


def _aux_tail_start(text: str, lo: int = 0) -> int:
    """Offset where trailing auxiliaries/adverbs ("has repeatedly", "on Monday", "at the time") begin, else
    len(text)."""
    end = len(text.rstrip())
    cut = len(text)
    while end > lo:
        pm = _AUX_PHRASE_RE.search(text, max(lo, end - 16), end) if text.endswith(_AUX_PHRASE_ENDS, lo, end) else None
        if pm is not None:
            cut = end = pm.start() + 1
            while end > lo and text[end - 1] == " ":
                end -= 1
            continue
        ws = text.rfind(" ", lo, end) + 1
        word = text[ws:end].lower()
        if word in _AUX_SET:
            cut = ws
        elif word in _DAY_WORDS and text[max(lo, ws - 3):ws].lower() == "on ":
            cut = ws - 3
            ws -= 3
        elif word in _TIME_NOUNS and text[max(lo, ws - 5):ws].lower() in ("last ", "this "):
            cut = ws - 5
            ws -= 5
        else:
            break
        end = ws
        while end > lo and text[end - 1] == " ":
            end -= 1
    if cut < len(text):
        # keep the separating space out of the noun phrase
        while cut > lo and text[cut - 1] == " ":
            cut -= 1
    return cut


@lru_cache(maxsize=65536)
def _surname_key(name: str) -> str:
    toks = [t for t in fold(name).split() if t not in ("jr", "sr", "ii", "iii")]
    return toks[-1] if toks else ""


@lru_cache(maxsize=65536)
def _family_name_first(name: str) -> str:
    """The family name a name opens on ("Lin Jian", "Kang Min-jae", "Kim Jong Un"), else ""."""
    toks = fold(name).split()
    return toks[0] if 2 <= len(toks) <= 3 and toks[0] in _FAMILY_NAME_FIRST else ""


@lru_cache(maxsize=65536)
def _surname_keys(name: str) -> tuple[str, ...]:
    """Keys a person is named by alone: the last name, and a leading family name ("Lin Jian" -> "Lin said",
    "Kang Min-jae" -> "Kang said")."""
    return tuple(k for k in dict.fromkeys((_surname_key(name), _family_name_first(name))) if k)


def _unposs(word: str) -> str:
    """Drop a possessive ending: "Ukraine's" -> "Ukraine", "allies'" -> "allies"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


# words that make a title another office: "the defence secretary" is not the shadow defence secretary, "the
# president" not the vice-president
_OFFICE_QUALIFIERS = frozenset({"shadow", "deputy", "vice", "former", "assistant", "junior", "under", "ex"})
# (a bare "the minister" may be a deputy minister; it is never the shadow one)
_OTHER_OFFICE = frozenset({"shadow", "vice", "former", "ex"})
# what may precede a sentence's subject: nothing, or a fronted phrase closed by a comma ("In Moscow, the …")
_SUBJECT_LEAD_RE = re.compile(r"\s*(?:[^,.;:\x00]{0,60},\s*)?(?:the\s+)?")


@lru_cache(maxsize=65536)
def _title_words(title: str, country: str) -> frozenset:
    """Words of a title key and of its holder's country key: what a title-only reference must match."""
    words = frozenset(_TITLE_SYNONYMS.get(w, w) for w in title.split())
    if "secretary" in words and not words.isdisjoint(_PORTFOLIOS):
        words |= {"minister"}  # "Defence Secretary John Healey … The British minister also confirmed"
    return words | frozenset(country.split())


_COUPLE_RE = re.compile(r" and ([A-Z][a-z]+) ([A-Z][\w'’\-]+)(?![\w'’\-]| [A-Z])")
_SAME_SURNAME_KIN = frozenset({"husband", "wife", "son", "daughter"})
_BIRTH_KIN = frozenset({"father", "mother", "brother", "sister", "dad", "mum", "mom"})


def _surname_for_sex(surname: str, of_sex: str | None, to_sex: str | None) -> str:
    """A Slavic surname in the form for the other sex (Petrov -> Petrova, Kovalska -> Kovalskyi); others unchanged."""
    if of_sex == to_sex or to_sex is None or of_sex is None:
        return surname
    if to_sex == "f":
        if surname.endswith(("skyi", "skyy", "skiy")):
            return surname[:-3] + "a"
        if surname.endswith(("sky", "ski")):
            return surname[:-1] + "a"
        return surname + "a" if surname.endswith(("ov", "ev", "in", "yn")) else surname
    if surname.endswith("ska"):
        return surname[:-1] + "yi"
    return surname[:-1] if surname.endswith(("ova", "eva", "ina", "yna")) else surname


def _country_adj(word: str) -> str | None:
    """The nationality adjective a country word (_COUNTRY_WORD_RE) stands for: 'Japan', "Kyiv's" place, 'Japanese'."""
    return word if word in _COUNTRY_ADJS else L.COUNTRY_ADJ.get(word)


def _gender_of_name(name: str) -> str | None:
    toks = fold(name).split()
    if not toks:
        return None
    first = toks[0]
    if first in L.FEMALE_FIRST_NAMES:
        return "f"
    if first in L.MALE_FIRST_NAMES:
        return "m"
    if len(toks) >= 2 and _FEMALE_SURNAME_RE.search(toks[-1]):
        return "f"
    return None



# ----------------------------------------------------------------------------------------------
# Article analysis
# ----------------------------------------------------------------------------------------------
_TAIL_END_RE = re.compile(r"^\s*[.!?]?[\"”’]?\s*$")
_TAIL_PP_RE = re.compile(r"^\s+(?:in|on|at|during|after|before|while|as|when|from|via|outside|inside|"
                         r"ahead\s+of|to\s+(?=the\b|a\b|an\b|his\b|her\b|their\b|reporters\b|journalists\b|[A-Z]))"
                         r"(?![\w'’\-])[^,.;:!?\x00]{0,60}$")


_TAIL_PARTICIPLE_RE = re.compile(r"^\s+(?:issued|released|published|posted|broadcast|aired|given|delivered|made|"
                                 r"carried|shared|sent|read|recorded|filmed)(?=\s+(?:on|in|at|after|before|by|"
                                 r"during|late|early|from|via|to)\b)")


_COUNTRY_ADJS = frozenset(L.COUNTRY_ADJ.values())
_COUNTRY_WORD_RE = re.compile(r"(?<![\w\-])(" + "|".join(sorted(
    (re.escape(w) for w in set(L.COUNTRY_ADJ) | _COUNTRY_ADJS if len(w) > 2), key=len, reverse=True)) + r")(?![\w\-])")
_WAR_PARTY_ADJS = frozenset({"Ukrainian", "Russian"})
_IN_PLACE_RE = re.compile(r"\bin\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)")
_UNIT_HEADS = frozenset({"brigade", "corps", "regiment", "battalion", "division", "squadron"})
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")
_STATE_HEADS = frozenset({"ministry", "government", "force", "forces", "navy", "army", "police", "guard"})
# a country's own bodies that news names without the country ("the Central Electoral Commission", "the Treasury")
_NATIONAL_HEADS = frozenset({"commission", "bureau", "service", "agency", "office", "treasury", "ministry",
                             "inspectorate", "directorate", "staff"})
# ("the General Staff", "the Military Intelligence and Security Service")
_NATIONAL_FIRST = frozenset({"National", "Central", "State", "Federal", "General", "Military", "Intelligence"})
# (a word may be an abbreviation with full stops: "A retired U.S. Air Force officer")
_ANON_WORD = r"[A-Za-z][\w'’\-]*(?:\.[A-Za-z]+)*\.?"
_ANON_LEAD_RE = re.compile(r"(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|Four|Five|[Ss]everal|[Ss]ome|Many|Other)\s+((?:"
                           + _ANON_WORD + r"\s+){0,4}[a-z][\w'’\-]*)\b")
# "The chief executive of a Kyiv-based company that builds drones told …", "The head of an Auckland community group
# said …": a person described by the role they hold in an unnamed body (often named later)
_DEF_ROLE_OF_INDEF_RE = re.compile(r"[Tt]he\s+((?:[a-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*)(?=\s+(?:of|at)\s+(?:a|an)\s)")
# "the regional (city) military administration" of a Ukrainian place named nearby
_MIL_ADMIN_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(city(?:['’]s)?|regional|region(?:['’]s)|oblast|local)\s+"
                           r"(?:military\s+)?administration")
_UA_PLACE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, L.UA_PLACES), key=len, reverse=True)) + r")\b")
_NAMED_BODY_HEADS = frozenset({"court", "tribunal"})
# last words of a public body's name, which keeps its capitalised first words ("Ukrainian Sea Ports Authority")
_BODY_NAME_ENDS = frozenset("authority agency service commission committee council bureau directorate inspectorate "
                            "office institute association federation foundation fund court tribunal".split())
# last words of a company's name ("Nayara Energy", "Vartova Systems", "General Dynamics"): "the company" later
_COMPANY_NAME_ENDS = frozenset("energy systems dynamics industries technologies corporation company inc ltd holdings "
                               "airlines motors aerospace shipbuilding steel metals".split())
# what a court dismisses without saying anything: "dismissed charges against three officers"
_LEGAL_OBJECT_RE = re.compile(r"\s+(?:all\s+)?(?:the\s+)?(?:charges|case|cases|lawsuit|suit|appeal|appeals|indictment|"
                              r"complaint|petition|motion)\b")
# the object of "write" when it is a work being authored, not a statement ("writing a book about …")
_WRITTEN_WORK_RE = re.compile(r"\s+(?:a|an|his|her|their|two|three)\s+(?:[\w'’-]+\s+){0,2}?(?:book|novel|memoir|"
                              r"biography|history|thesis|dissertation|screenplay|play|poem|song|opera|doctorate)s?\b")
_PARTICIPLE_BEFORE_RE = re.compile(r",\s+[a-z]{3,}ing\s+[^,;:.\x00]*$")
_PARTICIPLE_START_RE = re.compile(r"[a-z]{3,}ing\s")
_SHORT_INTRO_RE = re.compile(r"(?:Within|In|On|At|After|Before|During|Hours|Minutes|Moments|Days|Later|Earlier|"
                             r"Meanwhile|Separately|Elsewhere|Overnight|Today|Yesterday|Since|By|From)\b"
                             r"[^,.;:!?\"“”\x00\n]{0,40},\s+(?=(?:a|an|one|another|two|three|several|some)\s)")
_ANON_SENT_RE = re.compile(r"(?:(?<=\n)|(?<=[.!?\"”]\s)|^)(?:(?:(?:But|And|Yet|Still)\s+(?:a|an|one|another)|A|An|One|"
                           r"Another)\s+|"
                           # "On the edge of the city, a drone operator who …": after a short opening phrase
                           r"[A-Z][^,.;:!?\"“”\x00\n]{0,60},\s+(?:a|an|one|another)\s+|"
                           # "Among the delegates was a Perth engineer whose …": an inverted sentence introduces them
                           r"[A-Z][^,.;:!?\"“”\x00\n]{0,60}\s(?:was|were|sat|stood)\s+(?:a|an)\s+)"
                           r"((?:[0-9][\w'’\-]*\s+|" + _ANON_WORD + r"\s+){0,4}[a-z][\w'’\-]*)\b")
# words ending like agent nouns that name nobody ("a sniper", "a developer" do)
_NOT_AGENTS = frozenset("whether together another neither rather however former latter further either number "
                        "border winter summer quarter center letter matter chapter order".split())
_ANON_EXTRA_HEADS = frozenset({"operator", "operators", "sapper", "mechanic", "fighter", "infantryman", "gunner"})
_MOTION_AFTER_RE = re.compile(r"\s+(?:into|onto|through|across)\b")
_HOST_VERBS = frozenset({"welcomed", "welcomes", "welcoming", "greeted", "greets", "received", "hosted"})
_HOSTED_OBJECT_RE = re.compile(
    r"(?:(?:the|his|her|their|its|fellow|visiting|foreign|world|European|Western|NATO|G7|EU)\s+)*"
    r"(?:leaders|guests|delegates|delegations|visitors|heads\s+of\s+state|dignitaries|counterparts|ministers|troops|"
    r"soldiers|refugees|children|crowds?|him|her|them|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*(?<!['’]s))"
    r"(?:\s+(?:at|to|in|on|into|back|home|aboard)\b.*)?$")
_MEDIUM_VERBS = frozenset({"posted", "posts", "posting", "tweeted", "tweets", "shared", "shares", "published",
                           "publishes", "uploaded", "wrote", "writes", "writing"})
_DOC_WORD_RE = re.compile(r"\b(?:statements?|communiqu[eé]s?|declarations?|documents?|drafts?|readouts?|"
                          r"letters?|decrees?|resolutions?|conclusions|papers?|plans?|proposals?|blueprints?)\b")
_ISSUE_VERB_RE = re.compile(r"\s(?:issued|released|published|put\s+out|adopted|agreed|signed|sent|posted|"
                            r"circulated|approved|unveiled|presented)\b")
_TAIL_ADVS_RE = re.compile(r"^(?:\s+(?:afterwards|afterward|later|earlier|again|too|also|overnight|yesterday|today|"
                           r"tonight|then|separately|publicly|privately|repeatedly))+$")
_TAIL_TIME_ADV_RE = re.compile(r"\s+(?:early|late|earlier|later|shortly|soon|just)(?=\s)")


_GERUND_SUBJECT_RE = re.compile(
    r"[a-z]{3,}ing\s+(?:[\w'’\-]+\s+){0,6}?(?:is|was|are|were|has|had|have|would|will|could|can|must|should|"
    r"might|may)\s+(?!by\b)|"
    # "fighting continued along the front", "shelling in the south intensified": an -ing noun and a past verb
    r"[a-z]{3,}ing\s+(?:(?:in|on|at|near|around|along)\s+(?:the\s+)?[\w'’\-]+\s+)?(?!and\b)[a-z]{3,}ed\b")


def _gerund_subject(clause: str) -> bool:
    """'lifting sanctions on Russian banks was not on the table', 'shelling had knocked out the line': a gerund
    or -ing noun as the subject of a finite verb a few words on."""
    m = _GERUND_SUBJECT_RE.match(clause)
    return m is not None and not any(ch in clause[:m.end()] for ch in ",;:")


def _is_tail(rest: str) -> bool:
    """What may follow the verb of a post-posed attribution: adverbials and the full stop."""
    if _TAIL_GERUND_RE.match(rest.rstrip(" .!?\"”’")):
        return True  # "…, Giorgetti said after chairing a meeting of G7 finance chiefs in Washington on Wednesday."
    adv = _ADVERBIAL_RE.match(rest)
    remaining = rest[adv.end():] if adv else rest
    if _TAIL_END_RE.match(remaining):
        return True
    core = remaining.rstrip(" .!?\"”’")
    if _TAIL_GLOSS_RE.match(core) or _TAIL_TIME_AFTER_RE.match(core):
        return True  # "…, the foreign ministry said, the third such incident in a month": the writer's gloss
    if "that" in core and _THAT_RE.search(core):
        return False
    if _WHAT_CALLED_RE.match(core):
        return True  # "…, Putin said, in what he called a response to …": the speaker's own gloss follows
    if _TAIL_CONTRAST_RE.match(core):
        return True  # "…, he said, but only if industry delivered faster" / "…, X said, without saying which …"
    if _TAIL_SUBORDINATE_RE.match(core):
        return True  # "…, John Healey announced on Wednesday as he chaired a meeting …"
    if _TAIL_ADVS_RE.match(core):
        return True  # "…, Trump wrote on social media afterwards."
    part = _TAIL_PARTICIPLE_RE.match(core)
    if part:
        # "… in a joint statement issued after the talks", "… in a statement posted early on Saturday"
        core = core[part.end():]
        tm = _TAIL_TIME_ADV_RE.match(core)
        if tm:
            core = core[tm.end():]
    if _TAIL_PP_RE.match(core) and len(core.split()) <= 8:
        return True
    # "… in the parliament building.": the adverbial scan stopped inside a place phrase that still ends the sentence
    whole = rest.rstrip(" .!?\"”’")
    return (adv is not None and bool(_TAIL_PP_RE.match(whole)) and len(whole.split()) <= 8
            and " that " not in whole and not _has_finite(whole) and not _CLAUSE_AFTER_ADV_RE.match(remaining))


# a clause with its own subject after the verb's adverbial ("said on Monday it regretted the decision"): the reported
# clause, not the rest of a place phrase
_CLAUSE_AFTER_ADV_RE = re.compile(r"\s*(?:(?:it|he|she|they|we|I|you)\s+[\"“‘']?[a-z]|(?:(?:the|a|an|its|his|her|their)\s+"
                                  r"[a-z\-]+|[A-Z][\w'’\-]*)\s+[\"“‘']?[a-z]+ed\b)")


_NOT_OBJECT_START_RE = re.compile(r"\s*(?:as|since|when|while|after|before|because|until)\b")
_TAIL_TIME_AFTER_RE = re.compile(r",\s+(?:hours|days|weeks|minutes|moments|a\s+day|a\s+week|shortly|soon|just)\s+"
                                 r"(?:after|before)\b")
_TAIL_GLOSS_RE = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+(?:latest|first|second|third|fourth|fifth|last|biggest|largest|"
                            r"worst|deadliest|only|such|same|next|most)\b")
_TAIL_GERUND_RE = re.compile(r"^\s+(?:after|before|while|when|since|upon|on)\s+[a-z]{3,}ing\b[^,;:!?\"“”\x00]{0,100}$")
_TAIL_SUBORDINATE_RE = re.compile(r",?\s*(?:as|when|while|after|before)\s+(?:he|she|they|it|[A-Z][\w'’\-]*|"
                                  r"(?:the\s+)?[a-z]+(?:ers|ors|ists|ians|ies|ts))\s")
_EMPLOYER_TAIL_RE = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|for|and|the))*"
                               r"\s*,?")
# a sentence whose subject is a plural group of people: "In Kremenchuk, residents told …", "Local officials said …"
_PEOPLE_SUBJECT_RE = re.compile(r"\s*(?:[A-Z][^,.;:]{0,40},\s+)?(?!(?:Its|Their|His|Her|Our)\s)(?:(?:the|some|many|"
                                r"most|local|other|several|two|three|four|few|[A-Z][a-z]+)\s+){0,2}([a-z]{3,}s)\b")
_PRESSED_ON_RE = re.compile(r"\s+(?:him|her|them|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+(?:on|about|over)\b")
_QUESTIONED_PEOPLE_RE = re.compile(r"\s+(?:him|her|them|(?:the|a|an|two|three|several|its|his|her|their)\s+(?:[a-z]+\s+)?"
                                   r"(?:crew|suspects?|witness(?:es)?|detainees?|captain|driver|sailors|men|man|"
                                   r"women|woman|people|passengers|staff|employees|officers|soldiers))\b")
_COUNTRY_PAIR_RE = re.compile(r"(" + "|".join(sorted(map(re.escape, L.COUNTRY_ADJ), key=len, reverse=True))
                              + r")\s+and\s+$")
_TRAILING_ADVERB_RE = re.compile(r"\s+(?:outright|flatly|publicly|again|repeatedly|immediately|firmly|strongly|"
                                 r"sharply|angrily|bluntly|loudly|unequivocally|out\s+of\s+hand|in\s+the\s+(?:Dáil|Dail|"
                                 r"Commons|House|Senate|Bundestag|Sejm|Rada|Duma|Assembly|chamber|parliament))$")
_ITS_BEFORE_RE = re.compile(r"\b[Ii]ts\s+(?:[a-z][\w\-]*\s+){0,2}$")
# a sentence opening on a country's body in lowercase words: "Russia's defence ministry has …"
_BODY_SUBJECT_RE = re.compile(r"\s*(?:(?:In|At|From)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?,\s+)?"  # "In Kyiv, the …"
                              r"((?:[A-Z][\w'’\-]*['’]s|The|the)\s+(?:[A-Za-z][\w\-]*\s+){0,3}(?i:ministry|"
                              r"government|army|navy|military|embassy|office|agency|service|police|command|"
                              r"commission|council|committee|company|operator|parliament|staff|force|forces|brigade|"
                              r"guard|directorate|court)"
                              r"(?:\s+in\s+[A-Z][\w'’\-]*)?)\s+(?!said|says|told)")
_GIVES_NAME_RE = re.compile(r"\s+(?:gives|gave)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
                            r"([A-Z][\w'’\-]+)")
_AND_NAME_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s+and\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*")
# nothing but capitalised title words (or nothing) before a name opening a sentence
_TITLE_RUN_ONLY_RE = re.compile(r"\s*(?:[A-Z][\w.'’\-]*\s+)*")
_JOINT_INTRO_RE = re.compile(r"\s*In\s+a\s+joint\s+(?:statement|letter|declaration|communiqu[eé]|message|op-ed)"
                             r"(?:\s+[^,;:.\x00]{1,40})?,\s+")
_OF_A_BODY_RE = re.compile(r"\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z]")
_RENEW_OBJECT_RE = re.compile(r"\s+(?:his|her|their|its|the|a)\s+(?:[a-z]+\s+)?(?:calls?|appeals?|demands?|pleas?|"
                              r"warnings?|criticism|offer|pledge|request|threats?)\b")
_MARK_CONTRAST_RE = re.compile(r",[”\"’']\s+(?:while|whereas)\s")
_AUTHORED_RE = re.compile(r"\b(?:sent|sends|wrote|writes|issued|issues|published|signed|released|posted|"
                          r"put\s+out|circulated|drafted)\b")
# an inverted sentence whose subject comes after the verb: "Standing beside him on the way in was (title,) X"
_INVERTED_SUBJECT_RE = re.compile(r"(?:[A-Z][a-z]+ing|Among|Beside|Behind|Alongside|Next\s+to)\b[^.;:!?\"“”\x00]{0,120}"
                                  r"\s(?:was|were)(?:\s+[^.;:!?,\"“”\x00]{1,60},)?$")
# what opens a description of somebody the text names later ("One Republican senator …" … "said the senator, X")
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "one", "another", "his", "her", "their"})
# "the woman, Oksana Hrytsenko", "The ex-officer, Richard Halloran", "said the former commander, Neil Ashdown"
_NAMING_APPOS_RE = re.compile(r"\b[Tt]he\s+(?:former\s+|ex-)?([a-z]+),\s+(?=[A-Z])")
# a quoted nickname or call sign closing a subject phrase
_NICKNAME_TAIL_RE = re.compile(r"(?:,\s*|\s+)(?:who\s+(?:goes|went|uses|used)\s+(?:by\s+)?|whose\s+call\s*sign\s+is|known|"
                               r"nicknamed|dubbed|codenamed|code-named|with\s+the\s+call\s*sign|call\s*sign)\b"
                               r"[^\"“”,]{0,40}[\"“][^\"“”]{1,30}[\"”],?$")
# party names several countries share: registry name -> {country the story opens on -> that country's party}
_PARTY_ELSEWHERE = {
    "Conservative Party": {"Canadian": "Conservative Party of Canada"},
    "Liberal Party": {"Canadian": "Liberal Party of Canada", "Australian": "Liberal Party of Australia"},
    "Labour Party": {"Australian": "Australian Labor Party", "New Zealand": "New Zealand Labour Party"},
    "Democratic Party": {"South Korean": "Democratic Party of Korea", "Japanese": "Constitutional Democratic Party"},
}
# a dateline's place in capitals: "OTTAWA —", "ABU DHABI //", "WASHINGTON/MOSCOW, March 15 (AP) –"
_CAPS_DATELINE_RE = re.compile(r"\s*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)?)(?=\s*(?:[—–/:(,]|- ))")
# regions whose governors speak in the news (the registry holds them as "<Region> governor")
_REGION_NAME_RE = re.compile(r"\b(Kherson|Kharkiv|Odesa|Mykolaiv|Zaporizhzhia|Dnipropetrovsk|Donetsk|Luhansk|Sumy|"
                             r"Chernihiv|Belgorod|Kursk|Bryansk)\b")
# "according to Scottish Government figures", "Eurostat data": a body's name before a word for its numbers
_DATA_OF_NAME_RE = re.compile(r"\s*(?:the\s+)?([A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,3})(?:['’]s)?\s+(?:official\s+|latest\s+|"
                              r"preliminary\s+|new\s+)?(?:figures|data|estimates|statistics|numbers|calculations|tallies|tally)\s*")
# a firm's name of two to four capitalised words: "Argus Media", "Kiel Institute" (data compiled by it)
_FIRM_NAME_RE = re.compile(r"[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){1,3}")
_CAPITALS = {"British": "London", "Irish": "Dublin", "German": "Berlin", "French": "Paris", "US": "Washington",
             "American": "Washington", "Canadian": "Ottawa", "Australian": "Canberra", "Japanese": "Tokyo",
             "Italian": "Rome", "Spanish": "Madrid", "Dutch": "The Hague", "Belgian": "Brussels", "Swedish": "Stockholm",
             "Norwegian": "Oslo", "Danish": "Copenhagen", "Finnish": "Helsinki", "Polish": "Warsaw", "Czech": "Prague",
             "Austrian": "Vienna", "Swiss": "Bern", "Romanian": "Bucharest", "Moldovan": "Chisinau", "Indian": "New Delhi",
             "South African": "Pretoria", "New Zealand": "Wellington", "Ukrainian": "Kyiv", "Russian": "Moscow"}
_EMBASSY_IN_RE = re.compile(r"\b[Ee]mbassy\s+in\s+((?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_ANONYMITY_RE = re.compile(r"\b(?:not\s+to\s+be\s+(?:identified|named)|anonymity|not\s+authori[sz]ed\s+to)\b")
# other nouns a described person is named under later
_DESCRIBED_ALSO = {"ambassador": ("diplomat",), "envoy": ("diplomat",), "diplomat": ("ambassador", "envoy")}
# where an apposition naming somebody ends: "the Social Democrat MP Anders Hult, who …"
_APPOS_END_RE = re.compile(r"[,;:!?\"“”\x00]|\.(?:\s|$)")
# "said the analyst, Hannah Whitcombe", "The trader, Pieter van Wyk, who runs …": a description, then the name
_DESCRIBED_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[\w\-]+\s+){0,2}$")
_APPOS_NAME_RE = re.compile(r",\s+([A-Z][\w'’\-]+(?:\s+(?:van|von|de|der|da|di|al|bin|la|le)?\s*[A-Z][\w'’\-]+){1,3})\b")
_MARK_AND_RE = re.compile(r",[”\"’']\s+(?:and|but)\s+(?=[A-Z])")
_TAIL_CONTRAST_RE = re.compile(r",\s+(?:but\s+only\b|without\s+[a-z]+ing\b|even\s+as\b|even\s+though\b|"
                               r"(?:if|unless|provided|as\s+long\s+as|so\s+long\s+as)\s+(?!not\b)[a-z]+\s)")
_WHAT_CALLED_RE = re.compile(r",?\s*in\s+what\s+(?:he|she|it|they|[A-Z][\w'’\-]*)\s+(?:called|described|termed)\b")
_SMALL_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "to", "at"})
_KEEP_PLACE_HEADS = frozenset({"embassy", "consulate", "mission", "office"})


def _canonical_org_name(ctext: str) -> str:
    """Display name of an organisation not in the registry: "Norway's defence ministry" ->
    "Norwegian Defence Ministry", "the Joint Coordination Centre in Istanbul" -> "Joint Coordination Centre"."""
    words = ctext.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if (len(words) >= 3 and words[-1] in ("faction", "party", "bloc", "caucus", "movement")
            and words[-2][:1].isupper() and (words[-3][:1].isupper() or words[-3] in _SMALL_WORDS)):
        words = words[:-1]  # "the ruling Servant of the People faction": the party's own name
    cap = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    if cap == 1 and _ORDINAL_RE.fullmatch(words[0]):
        cap = 0  # "the 7th Rapid Response Corps": a unit's number is part of its name
    if cap and all(w[:1].isupper() or w in _SMALL_WORDS for w in words[cap:]) and not any(
            w in L.ORG_HEADS or w in _PREPS for w in words[:cap]):
        words = words[cap:]  # "the official Saudi Press Agency": lowercase descriptions are no part of a proper name
    if words:
        first = _unposs(words[0])
        if first in L.COUNTRY_ADJ and first != words[0]:
            words[0] = L.COUNTRY_ADJ[first]
    # "... in Istanbul": a location suffix is not part of the name (embassies excepted)
    for i in range(1, len(words) - 1):
        if words[i] == "in" and words[i + 1][:1].isupper():
            if not any(w.lower() in _KEEP_PLACE_HEADS for w in words[:i]):
                words = words[:i]
            break
    out = []
    for i, w in enumerate(words):
        if w.isupper() or (w.lower() in _SMALL_WORDS and i > 0):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return _ministry_spelling(clean_name(" ".join(out)))


def _ministry_spelling(name: str) -> str:
    """One spelling for ministries, as the registry writes them ("Romanian Defence Ministry", "Singaporean Foreign
    Ministry")."""
    return name.replace("Defense Ministry", "Defence Ministry").replace("Foreign Affairs Ministry", "Foreign Ministry")


# Patterns used inside methods, compiled once.
_LAST_WORD_RE = re.compile(r"([A-Za-z][\w\-]*)\s+$")
_AGE_APPOS_RE = re.compile(r",\s*\d{1,3}\s*[,.]")
# ", an energy economist at …", ", head of rates strategy at …", ", a Christian Democrat on …": a description of
# a person right after the name (evidence of a person, though no unique title)
_PERSON_APPOS_RE = re.compile(r",\s+(?:(?:a|an|the)\s+)?((?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)(?=\s+(?:at|of|on|for|in|from|with|"
                              r"who|whose)\b|,|\s*[.;]|$)")
_PERSON_APPOS_NOUNS = L.ROLE_NOUNS | L.ANON_NOUNS | frozenset(
    "scientist scientists engineer councillor councilman councilwoman democrat republican sophomore freshman "
    "undergraduate graduate pensioner retiree".split())
# a speech verb right after a name: the name is its subject
_SPEAKS_AFTER_RE = re.compile(rf"\s+{_AUX}(?:{_V_CLAUSE})(?![\w'’\-])")
# a sentence opening on a title-only subject: "The Italian prime minister told …"
_TITLE_SUBJECT_RE = re.compile(r"(?:(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))The|(?<=,\s)the)\s+"
                               r"(?:[A-Za-z][\w'’\-]*\s+){0,3}?(?i:"
                               + "|".join(sorted((w for w in L.ROLE_NOUNS if len(w) > 3), key=len, reverse=True))
                               + r")(?![\w'’\-])", re.M)
# the people who speak for a person: "Starmer's spokesman" is Starmer
_SPOKES_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
# portfolios whose secretary is a minister ("defence secretary"; not "press secretary", "secretary general")
_PORTFOLIOS = frozenset("defence defense foreign home health business trade energy culture transport education "
                        "environment treasury justice interior".split())
# abbreviated and gendered forms of the same title: "Rep. Don Bacon" … "the congressman"
_TITLE_SYNONYMS = {"rep": "representative", "congressman": "representative", "congresswoman": "representative",
                   "sen": "senator", "rev": "priest", "reverend": "priest", "pastor": "priest", "fr": "priest"}
# the journalist in the first person: an interview article
_INTERVIEW_RE = re.compile(r"\b(?:(?:I|we)\s+(?:met|asked|put|read|spoke|visited|interviewed)\b|told\s+(?:me|us)\b|"
                           r"(?:in|during)\s+an\s+interview\s+with\s+(?:me|us|this\s+newspaper)\b)")
# Necessary parts of _INTERVIEW_RE without its leading \b, which makes ``re`` try every position (240 -> 40 us
# an article): the full pattern runs only where one of them occurs.
_INTERVIEW_HINTS = (re.compile(r"(?:I|we)\s+(?:met|asked|put|read|spoke|visited|interviewed)\b"),
                    re.compile(r"told\s+(?:me|us)\b"), re.compile(r"interview\s+with\s+(?:me|us|this\s+newspaper)\b"))
# a home state before a party word opens a title: "Georgia Republican Marjorie Taylor Greene"
_US_STATE_NAMES = frozenset(L.US_STATES.values())
# party affiliations that end a description, never a name: "the Idaho Republican", "a Connecticut Democrat"
_AFFILIATION_CAPS = frozenset({"Republican", "Democrat", "Republicans", "Democrats", "Conservative", "Tory",
                               "Socialist", "Liberal", "Independent"})
# gap between a person and a following description or home place: ", the ", ", a veteran ", " of "
_DESCR_GAP_RE = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:(?!(?:of|for|to|at|in|from|with|on|and|by)\s)"
                           r"[a-z][\w\-'’]*\s+){0,3}|\s+of\s+(?:the\s+)?")
# a first name with an age ("Gary, 71,") or a role apposition ("Bohdan, a 29-year-old drone pilot")
_FIRST_NAME_AGE_RE = re.compile(r",\s*(?:(?:now\s+|aged\s+)?\d{1,3}\s*,|who\s+(?!(?:do|does|did|should|would|could|can|will|shall)\b)(?:has\s+|had\s+|is\s+|was\s+)?[a-z]+\b|whose\s+(?:son|daughter|husband|wife|mother|father|brother|sister|"
                                r"children|family|grandson|granddaughter|parents)\b)")
# "Yet people who have worked with him say …": an unnamed group opening the clause
_BARE_GROUP_LEAD_RE = re.compile(r"(?:(?:Yet|But|And|Still|Now)\s+)?([A-Za-z]+)\s+(?:who|close\s+to|familiar\s+with)\s")
# a sentence's end inside a phrase (not the full stop of an abbreviation: "U.S. munitions")
_SENTENCE_PUNCT_RE = re.compile(r"[;:!?\"“”]|(?<![A-Z])\.(?:\s|$)")
_ORG_WORD = r"(?!The\b)[A-Z][\w'’&\-]*"
# a body's name with small words inside: "Centre for Research on Energy and Clean Air", "State Service of Ukraine
# for …", "Westmorland and Furness Council" (the phrase walk would cut it at its first "and" or "for")
_BODY_HEAD = (r"(?:Centre|Center|Institute|Association|Group|Council|Service|Foundation|Agency|Office|Commission|"
              r"Committee|Bureau|Federation|Union|Alliance|League|Society|Fund|Directorate|Chamber|Board|Authority|"
              r"Confederation|Coalition|Network|Forum)")
_BODY_OF = (r"(?:" + _ORG_WORD + r"\s+){0,3}" + _BODY_HEAD + r"\s+(?:of|for|on)\s+(?:the\s+)?" + _ORG_WORD +
            r"(?:\s+(?:of|for|on|and|the|" + _ORG_WORD + r"))*")
_PAIR_BODY_HEAD = r"(?:Council|Party|Group|Institute|Centre|Center|Association)"
_LONG_ORG_END_RE = re.compile(r"(" + _BODY_OF + r"\s*|" + _ORG_WORD + r"\s+and\s+" + _ORG_WORD + r"\s+" +
                              _PAIR_BODY_HEAD + r"\s*)$")
# a cheap test for _LONG_ORG_END_RE: a body's head word before "of/for/on", or "X and Y Council"
_LONG_ORG_HINT_RE = re.compile(_BODY_HEAD + r"\s+(?:of|for|on)\s|\sand\s+[A-Z][\w'’\-]*\s+" + _PAIR_BODY_HEAD + r"\b")
# the same name read forwards, from "according to": it runs to the next comma or full stop
_LONG_ORG_AFTER_RE = re.compile(r"\s*(?:the\s+)?(" + _BODY_OF + r")(?=[,.;:]|\s*$)")
# a nickname in marks inside a name: 'Gareth “Taff” Pryce' (_blank_nicknames)
_NICKNAME_AT_RE = re.compile(r"[“\"][A-Z][\w'’\-]{1,15}[”\"] (?=[A-Z][a-z])")
# "posted a handwritten note in which Trump wrote that …": the document's writer reports
_DOC_IN_WHICH_RE = re.compile(r"(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(L.DOC_HEADS))
                              + r")s?\s+in\s+which\s")
# "Analysts at Kestrel Securities in Hong Kong": a place after a body (not an embassy's, part of its name)
_PLACE_PP_END_RE = re.compile(r"\b(?!(?:Embassy|Consulate|Mission|Office|Bureau)\b)[A-Z][\w'’\-]*"
                              r"( in ((?:[A-Z][\w'’\-]*\s?){1,3}))\s*$")
# "claimed, without offering evidence, that …": an aside before the that-clause
_WITHOUT_THAT_RE = re.compile(r"without\s+[^,;:.]{1,40},\s+that\s+")
# "One of the Ukrainians, a 27-year-old who …": a member of a group opening the clause
_PARTITIVE_LEAD_RE = re.compile(r"(?:One|Two|Three|Some|Several|Many|Most|Few)\s+of\s+(?:the|those|these|its|their)\s+"
                                r"(?:[a-z][\w\-]*\s+)?([A-Za-z][\w'’\-]*)(?=[\s,])")
# '"…," said the officer, Commander X': the text before the speaker of an inverted attribution
_INVERTED_SAID_END_RE = re.compile(r"[”\"]\s*(?:said|says|added|adds|told|wrote|writes)(?:\s+the)?$")
# "Ryanair says …": one capitalised word as the whole subject
_LONE_NAME_RE = re.compile(r"[A-Z][a-z]+[A-Za-z]*|[A-Z]{2,6}")
# plural people opening a reported clause with no determiner
_PEOPLE_SUBJECTS = frozenset(("women men people children officials soldiers troops residents civilians families "
                              "refugees workers farmers voters pupils students doctors nurses volunteers prisoners").split())
_HE_SHE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_VERB_COLON_RE = re.compile(r"\b([a-z]+)\s*:\s*$")
_DIRECT_VERB_SET = frozenset(L.DIRECT_VERBS)
_REL_OBJECT_BEFORE_RE = re.compile(r"((?:[Tt]he|[Aa]n?|[A-Z][\w'’\-]*['’]s)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+(?:who|that)\s+"
                                   r"(?:[a-z]+\s+){0,2}?[a-z]+ed\s+$")
_CLAUSE_LINKS = frozenset({"after", "before", "since", "until", "when", "while", "because", "although", "though",
                           "whereas", "unless", "once"})
_REL_OPEN_RE = re.compile(r",\s+(?:who|whose|which)\s")
_COORD_SUBJECT_RE = re.compile(r".*,\s+(?:and|but)\s+")
# "…, who drove Iryna to every appointment": inside a relative clause
_IN_WHO_CLAUSE_RE = re.compile(r",\s+who\s+[^,.;:!?\"“”\x00]*$")
# "Bohdan, a drone pilot": a first name introduced with a role
_FIRST_NAME_INTRO_RE = re.compile(r",\s+an?\s")
# "who gave his name only as Taras", "identified only as Olena": a person named by first name only (the
# text right before the name)
_NAMED_ONLY_RE = re.compile(r"(?:(?:gave|gives|give|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+"
                            r"(?:only\s+)?as|identified\s+only\s+as|(?:man|woman|miner|driver|soldier|farmer|nurse|"
                            r"medic|volunteer|teacher|pensioner|resident|worker|officer|fighter|sergeant)\s+named|"
                            r"(?:his|her)\s+first\s+name,|known\s+only\s+as)\s+$")
# the same inside a description before its verb: "a border guard who gave only his first name, Maksym,"
_GAVE_NAME_RE = re.compile(r"\b(?:gave|gives|give|giving|identified\s+(?:only\s+)?(?:by|as))\s+(?:only\s+)?"
                           r"(?:(?:his|her|their)\s+)?(?:first\s+)?name(?:,|\s+as\b)")
_FIRST_NAME_APPOS_RE = re.compile(
    r",\s*(?:a|an|the\s+[\w\-]+[’']s|our|my|his|her|their)\s+(?:(?:[\w\-]+\s+){0,4}?(?:\d{1,3}-year-old|(?:" + "|".join(sorted(
        (w for w in L.ROLE_NOUNS | {"worker", "volunteer", "teacher", "nurse", "driver", "engineer", "student",
                                     "pensioner", "farmer", "resident", "mother", "father", "grandmother",
                                     "grandfather", "accountant", "operator", "medic", "doctor", "veteran"}
         if w.isalpha() and len(w) > 3), key=len, reverse=True)) + r")|"
    # any agent noun: "Dave, a scaffolder from Hartlepool", "Serhii, a former software tester"
    r"(?!former\b|member\b|number\b|quarter\b|center\b|corner\b|border\b)[a-z]{4,}(?:er|or|ist|ian))\b)")


def _person_kind_word(w: str) -> bool:
    """A word naming a kind of person: a role, an anonymous-source noun or an agent noun ("paratrooper")."""
    return w in L.ROLE_NOUNS or w in L.ANON_NOUNS or (
        len(w) > 5 and w.isalpha() and w.endswith(_AGENT_SINGULARS) and w not in _NOT_AGENTS)


def _describes_anon_person(words: str) -> bool:
    """The words after "A"/"An"/"One" name a kind of person ("retired British general", "plant engineer")."""
    low = [w.lower() for w in words.split()]
    return any(w in L.ANON_NOUNS or w in L.ROLE_NOUNS or w in _ANON_EXTRA_HEADS for w in low) or any(
        len(w) > 5 and w.isalpha() and w.endswith(_AGENT_SINGULARS) and w not in _NOT_AGENTS for w in low[:2])


def _blank_nicknames(masked: str) -> str:
    """'Colour Sergeant Gareth “Taff” Pryce': a nickname in marks between a known first name and a capitalised word
    is blanked with tabs (which join the words of a name), so the name is read whole. (Looks only at the marks.)"""
    cuts = []
    for mark in ("“", '"'):
        i = masked.find(mark)
        while i >= 0:
            mm = _NICKNAME_AT_RE.match(masked, i) if i >= 2 and masked[i - 1] == " " else None
            if mm is not None:
                word = masked[masked.rfind(" ", 0, i - 1) + 1:i - 1]
                if word[:1].isupper() and word[1:].isalpha() and _gender_of_name(word):
                    cuts.append((i, mm.end()))
            i = masked.find(mark, i + 1)
    if not cuts:
        return masked
    out, cursor = [], 0
    for a, b in sorted(cuts):
        out.extend((masked[cursor:a], "\t" * (b - a)))
        cursor = b
    out.append(masked[cursor:])
    return "".join(out)


_APPOS_STOP_RE = re.compile(r"[,.;:()\"“”]|\s(?:said|says|told|who|which|warned|added)\b")
_NONSPACE_RE = re.compile(r"[^\s,]+")
_SPLIT_GAP_RE = re.compile(r"[^\x00\"“”«»]{0,80}?[,.;:—–]?\s*")
_GAP_HEAD_RE = re.compile(r"^[^,.;:—–]*")
_WORD3_RE = re.compile(r"[A-Za-z]{3,}")
_INNER_SINGLE_RE = re.compile(r"(?<!\S)'\w")
_BY_AGENT_RE = re.compile(r"\bby\s+((?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*)*"
                          r"(?:(?:\s+[a-z]+){0,2}\s+(?:" + "|".join(sorted(L.ORG_HEADS, key=len, reverse=True))
                          + r")\b)?)")
# "a statement from the European Commission", "the report of the Council of Europe"
_DOC_FROM_RE = re.compile(r"\b(?:" + "|".join(sorted(L.DOC_HEADS, key=len, reverse=True))
                          + r")s?\s+(?:from|of|issued\s+by|released\s+by)\s+"
                          r"((?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)")
# "according to indicative prices compiled by Tradeweb": whoever compiled the figures is the source
_COMPILED_BY_RE = re.compile(r"\b(?:compiled|collected|gathered|published|calculated|tracked|estimated)\s+by\s$")
_POSS_S_RE = re.compile(r"['’]s\b")
_NEXT_WORD_RE = re.compile(r"\s+(\w+)\b")
_CALL_OBJECT_RE = re.compile(r"\s+(?:the|it|this|that|his|her|their|a|an|him|them)\b")
_CALL_OFF_RE = re.compile(r"\s+(?:(?:it|this|that|them|the\s+\w+)\s+)?off\b")
_AGREE_VERBS = frozenset("agreed agrees agreeing".split())
_SURNAME_PARTICLES = frozenset("von van der den de la le al bin da dos di du ter".split())
# object verbs whose "is urging …" is a report in the progressive ("is backing" stays a plain verb)
_PROGRESSIVE_OBJECT = frozenset("""urging pressing accusing criticising criticizing condemning demanding begging
imploring""".split())
_WITH_SUBJECT_RE = re.compile(r"\bwith\s+((?:[\w'’\-.]+\s+){1,5}?)$")
_DESCRIPTION_HEADS = frozenset("campaign charity movement tank outfit initiative platform nonprofit".split())
_PERSON_OBJECT_END_RE = re.compile(r"\s*(?:[,.;]|$|(?:on|in|from|after|and|with|last|this)\b)")
# 'called Kallas "a product of …"': a person labelled with a quoted phrase carries the speaker's position
_CALL_NAMED_RE = re.compile(r"\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}\s+(?:a\s+|an\s+|the\s+)?[\"“][a-z]")
# "called talk of a shadow fleet “an invention …”": a bare noun phrase, then the quoted label
_CALL_QUOTED_RE = re.compile(r"\s+(?!you\b)(?:[A-Z][\w\-]*['’]s\s+)?[a-z][\w'’\-]*(?:\s+[\w'’\-]+){0,5}?\s+(?:a\s+|an\s+|the\s+)?[\"“‘][A-Za-z]")
_ANY_WORD_RE = re.compile(r"\s+\w+")
_INVERTED_TAIL_RE = re.compile(r"^\s+([^,.;:!?]{2,80}?)\s*[.!?]?\s*$")
_LEAD_THAT_RE = re.compile(r"\s*,?\s*that\b")
# "denied targeting civilian sites": a gerund object, not a clause
_GERUND_OBJECT_RE = re.compile(r"\s*(?:ever\s+|any\s+)?(?!thing\b|nothing\b|something\b|anything\b|everything\b|during\b)[a-z]{2,}ing\s+(?!(?:is|was|are|were|has|had|will|would|could|can|should|must|may|might)\b)")
_OWN_CUE_CLAUSE = frozenset("warned denied insisted claimed announced confirmed vowed pledged threatened".split())
# what may follow a post-posed attribution: "…, the air force said on Sunday, adding …" / "…, most of which were
# shot down" (a relative clause about the report before the attribution)
_TAIL_PART_RE = _GuardedPattern(re.compile(
    r",\s+(?:[a-z]{3,}ing\b|(?:most|many|some|all|none|several|half|one|two|three|four|five)\s+of\s+(?:which|whom)\b|"
    # "…, Naftogaz said, in the first major attack on …" / "…, the union said on Friday, because …": the writer's
    # gloss or the speaker's reason after the attribution
    r"because\b|in\s+(?:the|a|an|what)\s+(?:[\w\-]+\s+){0,2}?(?:latest|first|second|third|new|rare|major|"
    r"biggest|largest|worst|deadliest|sign|move|step|blow|setback|series|string|wave)\b)"),
    (",",))
_JOINT_DOC_BY_RE = re.compile(r"\bjoint\s+(?:statement|letter|declaration|communiqu[eé]|op-ed|article)\s+(?:by|from)\s")
_TIME_ONLY_RE = re.compile(r"(?:the\s+same|that|this|the\s+next|the\s+following|the\s+previous|last|later\s+that)\s+"
                           r"(?:day|evening|morning|night|week|afternoon|month)")
_CAME_CRY_RE = re.compile(r"\s*,?\s*came\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:shouts?|cry|cries|reply|response|retort|"
                          r"voice|heckle|call|roar|chant)\b(?:\s+from\s+(?P<who>[^.,;!?\"“”\x00]{1,60}))?")
# "Claire Marchetti of the Paris firm …": the description sits in a phrase attached to the name before it
_PP_BEFORE_RE = re.compile(r"[A-Z][\w'’\-]*\s+(?:of|at|from|with)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}$")
_ORG_NOUN_WORDS = frozenset("""firm company group agency consultancy bank fund broadcaster newspaper channel network
outlet publisher carrier airline insurer lender maker manufacturer producer contractor exporter importer trader
operator startup start-up charity institute organisation organization association foundation society
club federation union alliance coalition movement collective""".split())
def _opens_which_clause(text: str, pos: int) -> bool:
    """A clause cut at ``pos`` opens a "which" relative clause."""
    return text[pos:pos + 12].lstrip(" ,").startswith("which ")


# "dismissed the commander of Ukraine's air force", "sacked his chief of staff": a post holder as the object
_ROLE_OBJECT_RE = re.compile(r"\s+(?:the|his|her|its|their)\s+(?:[a-z][\w'’\-]*\s+){0,2}?(?:commander|chief|head|"
                             r"minister|governor|director|ambassador|general|envoy|adviser|advisor|spokesman|"
                             r"spokeswoman|prosecutor|deputy|secretary|chairman|chairwoman)(?:\s+of\b|\s*[,.;]|\s*$)")
# ", Sergei Lavrov," / ", formerly Twitter,": a name (or a platform's former name) in apposition
_GAP_NAME_APPOS_RE = re.compile(r",\s+(?:formerly\s+(?:known\s+as\s+)?)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3},")
_GAP_RELATIVE_RE = re.compile(r",\s+(?:which|where)\s+[^,;:\"“”\x00]{1,100},")
_GAP_BAD_RE = re.compile(r"[;:\"“”]")



# --- word scanning (fast paths instead of large regex alternations) --------------------------------
_WORD_POS_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_DIRECT_SINGLE = frozenset(v for v in L.DIRECT_VERBS if " " not in v)
_DIRECT_MULTI: dict[str, frozenset] = {}
for _v in L.DIRECT_VERBS:
    if " " in _v:
        _a, _b = _v.split(" ", 1)
        _DIRECT_MULTI[_a] = _DIRECT_MULTI.get(_a, frozenset()) | {_b}
_INV_STOP = frozenset("on in at during after before when while as from via adding saying who late earlier last this "
                      "told to of".split())
_ABBR_WORDS = frozenset("jr sr dr mr ms lt st gen sen rep mrs col gov maj sgt adm cpl pte capt prof".split())


def _direct_verb_at(words, i) -> tuple[str, int] | None:
    """(cue, index of its last word) when words[i] starts a direct-quote cue ("said", "shot back")."""
    w = words[i].group()
    if w in _DIRECT_SINGLE:
        return w, i
    nxt = _DIRECT_MULTI.get(w)
    if nxt and i + 1 < len(words) and words[i + 1].group() in nxt:
        return f"{w} {words[i + 1].group()}", i + 1
    return None


def _has_direct_verb(text: str) -> bool:
    words = list(_WORD_POS_RE.finditer(text))
    return any(_direct_verb_at(words, i) for i in range(len(words)))


def _dot_ends(text: str, j: int) -> bool:
    """True when the full stop at text[j] ends the attribution (not an initial or an abbreviation)."""
    nxt = text[j + 1:j + 3]
    if nxt[:1] and not nxt[:1].isspace():
        return False  # "U.S", "J.D"
    if nxt[:1].isspace() and nxt[1:2].islower():
        return False
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:j]
    if len(word) == 1 and word.isupper():
        return False
    return word.lower() not in _ABBR_WORDS


def _speaker_span_end(text: str, start: int, stop_words: frozenset | None) -> int:
    """End of an attribution phrase starting at ``start``: the first clause punctuation or stop word."""
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in ",;:!?(" or ch in '"“”«»' or ch == MASK:
            return i
        if ch == "." and _dot_ends(text, i):
            return i
        if ch == " " and stop_words:
            j = i + 1
            k = j
            while k < n and text[k].isalpha():
                k += 1
            if text[j:k] in stop_words:
                return i
        i += 1
    return n


def _clean_attr_region(text: str) -> bool:
    """An attribution phrase may not cross a sentence end, a quote mark or masked text."""
    for j, ch in enumerate(text):
        if ch in ';:!?"“”«»' or ch == MASK:
            return False
        if ch == "." and _dot_ends(text, j):
            return False
    return True


def _registry_memo(registry: SpeakerRegistry, name: str) -> dict:
    """A memo dict for facts derived from ``registry`` alone, kept with the registry (bounded)."""
    memos = registry.__dict__.setdefault("_quote_memos", {})
    memo = memos.get(name)
    if memo is None or len(memo) > 200_000:
        memo = memos[name] = {}
    return memo


class _Article:
    def __init__(self, text: str, registry: SpeakerRegistry, date: str | None = None):
        self.text = text
        self.reg = registry
        self.date = date
        # (a list item's bullet is no part of its paragraph: "• Kaja Kallas, arriving …: “…”")
        self.paras: list[tuple[int, int]] = [(m.end(1), m.end()) for m in _PARA_RE.finditer(text) if m.group(2).strip()]
        self._para_starts = [ps for ps, _pe in self.paras]
        self.segs: list[list[_Seg]] = [_pair_marks(text, ps, pe, k) for k, (ps, pe) in enumerate(self.paras)]
        # a broadcast transcript's answer paragraph -> the person its label names
        self.answer_speakers: dict[int, Speaker | None] = {}
        self._label_speakers: dict[str, Speaker | None] = {}  # a role-only label ("Senator:") -> its person
        # answers of a transcript: first paragraph of each answer -> the paragraphs it runs on into; a transcript
        # needs three paragraphs opening on a label ("Q:", "SYBIHA:", "MARK RUTTE, NATO SECRETARY GENERAL (SOT):"):
        # a colon near their start
        self.answers: dict[int, list[int]] = self._transcript_answers() if sum(
            text.find(":", ps, ps + _LABEL_SPAN) >= 0 for ps, _pe in self.paras) >= 3 or (
                ("interview" in text or "edited for" in text) and _INTERVIEW_NOTE_RE.search(text)) else {}
        self.entities: dict[str, _Entity] = {}
        self._anon_by_para: dict[int, list] = {}  # paragraph -> unnamed-person descriptions (_anon_descriptions)
        self.surnames: dict[str, _Entity] = {}
        # known first names of the article's people -> the one person with it (None once two share it)
        self.first_names: dict[str, _Entity | None] = {}
        self._family_named: dict[int, _Entity] = {}  # a relative's first name -> the person with the family surname
        self._embassy_city: str | None = None  # the one city the article places an embassy in ('' for none)
        # discourse events: (pos, entity_key, salient)
        self.ev_pos: list[int] = []
        self.ev: list[tuple[int, str, bool]] = []
        self.mentions: list[tuple[int, int, str]] = []   # (start, end, entity key) of name mentions
        self.mention_starts: list[int] = []
        self.quotes: list[ExtractedQuote] = []
        # quotes whose speaker is one unnamed person ("said the volunteer", "One of the pilots … said"):
        # (attribution start, attribution end, its words), for the 'he said' that goes on with them
        self._unnamed_speakers: list[tuple[int, int, list[str]]] = []
        self.last_speaker_by_para: dict[int, _Attr] = {}
        self._sent_cache: dict[int, list[tuple[int, int]]] = {}
        self.masked = text  # replaced by the masked copy once direct quotes are known
        self._clause_starts: dict[int, int] = {}
        # capitalised sequence -> registry facts; pure given the registry, so shared by all articles
        self._token_known: dict[str, tuple] = _registry_memo(registry, "token_known")
        self._attr_starts: list[int] = []
        self._attr_spans: list[tuple[int, int]] = []
        self._np_cache: dict[tuple[int, int], object] = {}
        self._mention_by_end: dict[int, tuple[int, int, str]] = {}
        self._after_cache: dict[tuple[int, int], object] = {}
        self._joint: list[tuple[int, Speaker]] = []  # (pos, first source) of "X and Y said" subjects

    # -- stage 1: direct candidates and masking ------------------------------------------------
    def _transcript_answers(self) -> dict[int, list[int]]:
        """'Q: …' / 'A: …' paragraphs of an interview transcript (at least two of each). An answer runs on
        into unlabelled paragraphs up to the next question; after the last question the text is narration
        again. Each answer paragraph becomes one direct segment (marks inside it are nested quotes)."""
        labels = {}
        for k, (ps, pe) in enumerate(self.paras):
            lm = _QA_LABEL_RE.match(self.text, ps, pe)
            if lm:
                labels[k] = (lm.group(1)[0], lm.end(), None)
        kinds = [kind for kind, _, _ in labels.values()]
        by_name = False  # a broadcast transcript's labels name each turn's speaker (None: nobody identifiable)
        if kinds.count("Q") < 2 or kinds.count("A") < 2:
            labels = self._speaker_labels() or self._interview_labels()
            by_name = bool(labels)
            if not labels:
                labels = self._unlabelled_interview()
                if not labels:
                    return {}
        last_question = max((k for k, (kind, _, _) in labels.items() if kind == "Q"), default=-1)
        answers: dict[int, list[int]] = {}
        current = None
        for k, (ps, pe) in enumerate(self.paras):
            kind, start, speaker = labels.get(k, (None, ps, None))
            if kind == "A":
                sd = _STAGE_DIRECTION_RE.match(self.text, start, pe)
                if sd is not None:
                    start = sd.end()
                    if start >= ps + len(self.text[ps:pe].rstrip()) - 1:
                        current = None
                        continue  # "PRESIDENT VLADIMIR PUTIN: (Speaking Russian)." has no words to quote
                current = answers.setdefault(k, [])
                if by_name:
                    self.answer_speakers[k] = speaker
            elif kind == "Q":
                current = None
                continue
            elif current is None or k > last_question or _STAGE_ONLY_RE.fullmatch(self.text, ps, pe):
                current = None  # ("(CROSSTALK)": a stage direction ends the answer)
                continue
            else:
                current.append(k)
            end = ps + len(self.text[ps:pe].rstrip())
            self.segs[k] = [_Seg(o=start, c=None, cs=start, ce=end, para=k, direct=True, answer=True)]
        return answers

    def _speaker_labels(self) -> dict[int, tuple[str, int, Speaker]]:
        """'SYBIHA: …' paragraphs of a broadcast transcript: at least three turns by at least two people, each
        label a person's name. Guests' turns are answers ('A') spoken by the labelled person, the host's are
        questions ('Q'): paragraph -> (kind, text start, person). Newsletter section labels ('MOSCOW:',
        'ON THE GROUND:') name no person and do not count."""
        turns = {}
        for k, (ps, pe) in enumerate(self.paras):
            lm = _SPEAKER_LABEL_RE.match(self.text, ps, pe)
            if lm:
                turns[k] = lm
        if len(turns) < 3:
            return {}
        people: dict[str, Speaker] = {}   # label surname -> person
        hosts: set[str] = {fold(m_.group(1).split()[-1]) for rx in (_CREDIT_HOST_RE, _OUR_REPORTER_RE)
                            for m_ in rx.finditer(self.text) if m_.group(1).split()[0] not in _FUNCTION_CAPS}
        labels = {}
        for k, lm in turns.items():
            words = lm.group(1).split()
            if any(w in _LABEL_FUNCTION_WORDS for w in words) or lm.group(1) in L.NON_NAME_CAPS:
                return {}
            while len(words) > 1 and (words[0].capitalize() in L.TITLE_CAPS or words[0].capitalize() in L.RANK_CAPS):
                words = words[1:]  # "PRESIDENT VLADIMIR PUTIN:" is Vladimir Putin
            name = " ".join(w.capitalize() if w.isupper() else w for w in words)
            surname = fold(words[-1])
            role = (lm.group(3) or "").strip()
            code = (lm.group(4) or lm.group(2) or "").split(",")[0].strip()
            if not _HOST_ROLES.isdisjoint(role.split()):
                hosts.add(surname)  # "TOM ASKEW, POLITICAL EDITOR:", "WARD, PRESENTER:": the programme's own voice
            sp = people.get(surname) if len(words) == 1 else None
            if sp is None:
                sp = self._label_person(name, len(words) == 1)
                if sp is None and len(words) == 1 and role and _HOST_ROLES.isdisjoint(role.split()):
                    # "IRYNA, PENSIONER (SOT):": a vox pop gives a first name and what the person does
                    sp = Speaker(speaker_id_for(name), name, "person", None, None)
                if sp is None and len(words) == 1:
                    # "HETMAN:" — a call sign or first name the transcript never gives in full: a turn by someone
                    # nobody can identify (a label that also names no person elsewhere stays a label)
                    labels[k] = ("Q" if surname in hosts or code in _NARRATION_CODES else "A", lm.end(), None)
                    continue
                if sp.type != "person":
                    return {}
                people[surname] = sp
            labels[k] = ("Q" if surname in hosts or code in _NARRATION_CODES else "A", lm.end(), sp)
        voices = {fold(lm.group(1).split()[-1]) for lm in turns.values()} & hosts
        return labels if len(people) + len(voices - set(people)) >= 2 else {}

    def _unlabelled_interview(self) -> dict[int, tuple[str, int, None]]:
        """A printed Q&A whose labels were lost (bold questions scraped as plain text): the article says it is an
        edited interview ("The interview has been translated and condensed.") and at least three paragraphs after
        the introduction are questions (end on a question mark). Each question's next paragraph opens an answer
        ('A'), the interviewee's; the paragraphs after it run on in the answer up to the next question."""
        if _INTERVIEW_NOTE_RE.search(self.text) is None:
            return {}
        asks = [k for k, (ps, pe) in enumerate(self.paras) if k > 0 and self.text[ps:pe].rstrip().endswith("?")]
        if len(asks) < 3:
            return {}
        labels: dict[int, tuple[str, int, None]] = {}
        asked = False
        for k in range(asks[0], len(self.paras)):
            ps, pe = self.paras[k]
            if k in asks or not _FIRST_PERSON_RE.search(self.text, ps, pe):
                # (an answer speaks in the first person; a paragraph that does not is the interviewer's statement
                # put as a question: "Some politicians in Europe argue that rebuilding is a waste of money.")
                labels[k], asked = ("Q", ps, None), True
            elif asked:
                labels[k], asked = ("A", ps, None), False
        return labels

    def _label_person(self, name: str, one_word: bool) -> Speaker | None:
        """Whom a transcript label names: a registry alias; a registry surname for one word ("ZAKHAROVA:"); a
        full name as written otherwise; None for a word nobody can be identified by (yet)."""
        sp = self.reg.lookup_alias(name)
        if sp is None and one_word:
            sp = self.reg.resolve(name, self.date)
        if sp is None and not one_word:
            sp = Speaker(speaker_id_for(name), name, "person", None, None)
        return sp

    def _interview_labels(self) -> dict[int, tuple[str, int, Speaker | None]]:
        """'Sunday Chronicle: …?' / 'Pistorius: …' and 'Host: …?' / 'Senator: …' / 'Congressman: …' paragraphs of
        a printed or broadcast interview: one asking label (a host's role word, or most of its turns end on a
        question mark) and one or more answering labels, at least two answers in all. An answering label names
        the interviewee, or is a role the introduction gave a name ('Senator Lindsey Graham'); both are resolved
        against the article's names when the quote is made."""
        turns: dict[str, list[tuple[int, int]]] = {}
        for k, (ps, pe) in enumerate(self.paras):
            lm = _NAME_LABEL_RE.match(self.text, ps, pe)
            if lm and lm.group(1) not in L.NON_NAME_CAPS:  # ("Update:", "Note:" are no speakers)
                turns.setdefault(lm.group(1), []).append((k, lm.end()))
        if len(turns) < 2 or len(turns) > 4:
            return {}

        def asks(label: str) -> bool:
            if label.upper() in _HOST_ROLES:
                return True
            ends = [self.text[self.paras[k][0]:self.paras[k][1]].rstrip(" \"”’*_")[-1:] for k, _s in turns[label]]
            return len(ends) >= 2 and 2 * ends.count("?") >= len(ends)

        asking = [label for label in turns if asks(label)]
        answering = [label for label in turns if label not in asking]
        if len(asking) != 1 or not answering or sum(len(turns[a]) for a in answering) < 2:
            return {}
        labels = {k: ("Q", start, None) for k, start in turns[asking[0]]}
        for label in answering:
            sp = self._label_person(label, " " not in label)
            if sp is not None and sp.type != "person":
                return {}
            labels.update({k: ("A", start, sp) for k, start in turns[label]})
        return labels

    def classify_segments(self) -> None:
        text = self.text
        for k, segs in enumerate(self.segs):
            if k in self.answers or any(s.answer for s in segs):
                continue
            ps, pe = self.paras[k]
            prev_direct = None
            for seg in segs:
                content = text[seg.cs:seg.ce]
                words = len(content.split())
                pre = text[ps:seg.o].rstrip()
                if pre.endswith(("(", "[")):
                    # '(“We will not be bullied,” he added.)': a parenthesised quotation
                    pre = pre[:-1].rstrip()
                boundary = False
                if not pre:
                    boundary = True
                else:
                    last = pre[-1]
                    if last in ".!?:;—–" or last in "\"”»" or pre.endswith(" -"):
                        boundary = True
                    elif last == "," and self._verb_shortly_before(pre[-80:].rstrip(" ,"), 7):
                        boundary = True
                    elif self._verb_shortly_before(pre[-30:], 1) and not content[:1].islower():
                        # 'the parties agreed "to ensure safe navigation …"', 'be asked "whether they want …"',
                        # 'answered "with all the means we have"': marks opening on a lowercase word after a verb
                        # continue the sentence (a mixed quote), they do not open a direct one
                        boundary = True
                    elif (last == "," and prev_direct is not None and prev_direct.c is not None
                          and seg.o - prev_direct.c < 200 and content[:1].islower()):
                        # '"A," said X, 52, whose flat was hit, "and B."': the quote resumes mid-sentence
                        between = text[prev_direct.c + 1:seg.o]
                        if _has_direct_verb(between) and not any(
                                ch in between for ch in ';!?"“”') and not any(
                                ch == "." and _dot_ends(between, j) for j, ch in enumerate(between)):
                            boundary = True
                if not boundary:
                    continue
                if seg.c is None:
                    seg.direct = words >= 1
                    continue
                stripped = content.rstrip()
                ends_punct = bool(stripped) and stripped[-1] in ".,!?…—–-:;"
                after = text[seg.c + 1: min(pe, seg.c + 4)]
                after_punct = after[:1] in ".,;:!?—–)" or after.strip()[:1] in ("—", "–") or seg.c + 1 >= pe
                if words >= 3 and (ends_punct or after_punct or self._has_after_attr(seg, pe)):
                    seg.direct = True
                    prev_direct = seg
                    if stripped.rstrip(" ,")[-1:] == "?" and (
                            _QUESTIONER_RE.search(_SENT_SPLIT_RE.split(pre)[-1])
                            or _QUESTIONER_AFTER_RE.match(text, seg.c + 1, pe)):
                        seg.question = True
                elif words >= 1 and ends_punct and self._has_after_attr(seg, pe):
                    seg.direct = True
        # masked copy: direct quote contents hidden
        chars = []
        cursor = 0
        for segs in self.segs:
            for seg in segs:
                if seg.direct:
                    chars.append(text[cursor:seg.cs])
                    chars.append(MASK * (seg.ce - seg.cs))
                    cursor = seg.ce
        chars.append(text[cursor:])
        self.masked = "".join(chars)
        self.masked = _blank_nicknames(self.masked)
        self._clause_starts = {}  # sentence start -> clause start, in the masked text

    @staticmethod
    def _verb_shortly_before(text: str, n_words: int) -> bool:
        """A direct cue among the last ``n_words`` words of ``text``."""
        words = list(_WORD_POS_RE.finditer(text))[-(n_words + 1):]
        for i in range(len(words)):
            if len(words) - i > n_words and not (i + 1 < len(words) and words[i].group() in _DIRECT_MULTI):
                continue
            hit = _direct_verb_at(words, i)
            if hit is not None and hit[1] >= len(words) - n_words:
                tail = text[words[hit[1]].end():]
                if not any(ch in tail for ch in '.!?;:"“”'):
                    return True
        return False

    def _has_after_attr(self, seg: _Seg, pe: int) -> bool:
        return self._after_parse(seg, pe) is not None

    # -- sentences ------------------------------------------------------------------------------
    def sentences(self, k: int) -> list[tuple[int, int]]:
        cached = self._sent_cache.get(k)
        if cached is None:
            cached = self._sent_cache[k] = self._split_sentences(k)
        return cached

    def _split_sentences(self, k: int) -> list[tuple[int, int]]:
        ps, pe = self.paras[k]
        m = self.masked
        out = []
        start = ps
        for match in _SENT_END_RE.finditer(m, ps, pe):
            j = match.start()
            tok_start = m.rfind(" ", start, j) + 1
            tok = m[tok_start:j].lower().lstrip("(\"“'‘")
            if tok in _ABBREV or (len(tok) == 1 and tok.isalpha() and not _platform_x(m, tok_start)) \
                    or (len(tok) >= 3 and tok[-2] == "."):
                continue
            end = match.end()
            out.append((start, end))
            start = end
            while start < pe and m[start].isspace():
                start += 1
        if start < pe:
            out.append((start, pe))
        return out

    # -- stage 2: entity mentions --------------------------------------------------------------
    def scan_mentions(self) -> None:
        m = self.masked
        sent_starts: list[int] = []
        for k in range(len(self.paras)):
            sent_starts.extend(s0 for s0, _e in self.sentences(k))
        known = self._token_known
        surnames = self.surnames
        for match in _NAME_SEQ_RE.finditer(m):
            seq = match.group()
            if " " not in seq and "\t" not in seq:
                # a lone capitalised word is only a mention when it is a known name
                info = known.get(seq)
                if info is None:
                    word = seq.rstrip(".")
                    bare = word[:-2] if word.endswith(("'s", "’s")) else word
                    key = fold(bare)
                    info = known[seq] = (word in _FUNCTION_CAPS, key, self.reg.knows_token(key))
                if info[0] or not (info[2] or info[1] in surnames or (
                        " " in info[1] and info[1].split()[-1] in surnames)   # hyphenated: "Al-Khulaifi"
                        or self._first_name_person(seq, match.end()) or self._org_noun_before(match.start())
                        or self.first_names.get(info[1]) is not None):
                    continue
            else:
                info = known.get(seq)
                if info is None:
                    toks = seq.split()
                    plain = all(t in _PLAIN_CAPS or t.rstrip(".") in _PLAIN_CAPS for t in toks)
                    org = None
                    if plain:
                        core = [t for t in toks if t not in _FUNCTION_CAPS]
                        org = self.reg.lookup_alias(" ".join(core)) if core else None
                        if org is not None and org.type != "organization":
                            org = None
                    info = known[seq] = (plain, org, None)
                if info[0] and info[1] is None:
                    continue  # "In Washington", "The European Union": no speaker in it
            start = match.start()
            i = bisect.bisect_right(sent_starts, start) - 1
            self._process_sequence(start, seq, sent_starts[i] if i >= 0 else 0)

    def _org_noun_before(self, start: int) -> str | None:
        """'the Melbourne company SYPAQ', 'the consultancy Kpler': the word for a body right before a name."""
        before = self.masked[max(0, start - 30):start]
        last = before.split()[-1:] if before.endswith((" ", "\t")) else ()  # (string ops: called for every lone name)
        return last[0] if last and last[0] in _ORG_NOUN_WORDS else None

    def _described_org(self, name: str, noun: str, start: int) -> _Entity | None:
        """The organisation a description names ('the Paris firm Marchetti Roux'): an entity of the article that
        keeps the description's noun, so that 'the firm said' finds it. Inside a prepositional phrase ('Claire
        Marchetti of the Paris firm Marchetti Roux, called …') it is no mention: the subject is the person."""
        if _PP_BEFORE_RE.search(self.masked, max(0, start - 50), start):
            return None
        known = self.reg.lookup_alias(name)
        ent = self._entity_for(known, None) if known is not None else self.entities[self._unregistered_org(name).speaker_id]
        ent.titles.add(noun)
        return ent

    def _introduces_first_name(self, start: int, length: int) -> bool:
        """The text introduces somebody by a first name alone ("who gave only his first name, Oleksandr"; "Bohdan,
        a drone pilot"; "her mother, Halyna"), so it is no reference back to a person named in full with it (an
        age is no introduction: "When Kateryna Bondar stepped off the train … Kateryna, 36, said")."""
        return (_FIRST_NAME_INTRO_RE.match(self.masked, start + length) is not None or self._kin_word_before(start)
                or self._named_only_before(start) is not None)

    def _kin_word_before(self, start: int) -> bool:
        """A kinship word ends right before ``start``: "her mother, Halyna", "his brother Taras"."""
        return self.masked[max(0, start - 14):start].rstrip(" ,").lower().endswith(_KIN_WORDS)

    def _named_only_before(self, start: int) -> re.Match | None:
        """A phrase naming somebody by first name alone ends right before ``start`` (_NAMED_ONLY_RE; a cheap test of
        the phrase's last word first)."""
        if not self.masked[max(0, start - 7):start].endswith((" as ", "name, ", " named ")):
            return None
        return _NAMED_ONLY_RE.search(self.masked, max(0, start - 40), start)

    def _first_name_person(self, word: str, end: int) -> bool:
        """'Gary, 71, a retired …', 'Bohdan, a 29-year-old drone pilot, …': a lone capitalised word followed by an
        age or a role apposition is a person named by first name only (vox pops, features); it becomes an
        entity so that later 'Gary said' and 'he said' find it."""
        s0 = end - len(word)
        if word.endswith("."):
            word, end = word[:-1], end - 1  # "would give only his first name, Mykola." closes the sentence
        if self.first_names.get(fold(word)) is not None and not self._introduces_first_name(s0, len(word)):
            return False  # "Kateryna, 36, said" after "Kateryna Bondar": the person named in full (scan_mentions)
        couple = _COUPLE_RE.match(self.masked, end) if self.masked.startswith(" and ", end) else None
        if couple is not None and _gender_of_name(word) is not None and _gender_of_name(couple.group(1)) is not None:
            # "Ruth and Alan Pickering, retired teachers": two first names share the surname after the second
            name = f"{word} {couple.group(2)}"
            ent = self._entity_for(Speaker(speaker_id_for(name), name, "person", None, None), _gender_of_name(word))
            ent.person_ok = True
            return True
        # "her mother, Halyna, …", "his brother Taras said": a relative named by first name
        # (a cheap pre-check for _KIN_BEFORE_RE: a kinship word ends right before the name)
        kin_hint = self._kin_word_before(s0)
        named_only = self._named_only_before(s0)
        # "Oksana is already on her knees. She sweeps …": a known first name as the subject of a present or past verb
        # (not the first name of a person the article names in full: "Iryna Melnyk … Iryna says")
        # (only looked for when no comma, kinship word or naming phrase already decides)
        verb_next = False
        if self.masked[end:end + 1] != "," and not kin_hint and named_only is None:
            verb_next = (self.masked[end:end + 1] == " " and _FIRST_NAME_VERB_RE.match(self.masked, end) is not None
                         and _gender_of_name(word) is not None and " " not in fold(word)
                         and re.search(rf"\b{re.escape(word)}\s+[A-Z][a-z]", self.masked) is None)
            if not verb_next:
                return False
        if not word.isalpha() \
                or len(word) < 3 \
                or word.isupper() or word in _FUNCTION_CAPS or word in L.NON_NAME_CAPS \
                or word in L.NON_PERSON_TOKENS or word in L.COUNTRY_ADJ or word in _COUNTRY_ADJS \
                or word in _TITLE_TOKENS:
            return False
        kin = _KIN_BEFORE_RE.search(self.masked, max(0, s0 - 40), s0) if kin_hint else None
        if kin is None and named_only is None and not verb_next:
            if self.masked[end:end + 1] != ",":
                return False
            after = self.masked[end:end + 80]
            if not (_FIRST_NAME_AGE_RE.match(after) or _FIRST_NAME_APPOS_RE.match(after)):
                return False
            if _gender_of_name(word) is None and self.masked[max(0, s0 - 8):s0].rstrip().rsplit(None, 1)[-1:] in (
                    ["at"], ["in"], ["near"], ["from"], ["outside"], ["of"], ["to"], ["into"]):
                return False  # "a border guard at Nuijamaa, who …", "north of Munich, a former paratrooper": a place
        gender = _gender_of_name(word) or (_KIN_GENDER.get(kin.group(1).lower()) if kin else None)
        family = self._family_surname(kin, gender) if kin is not None else None
        name = f"{word} {family}" if family else word
        sp = Speaker(speaker_id_for(name), name, "person", None, None)
        ent = self._entity_for(sp, gender)
        if family:
            self._family_named[s0] = ent  # (the mention scan finds the person at this first name)
        ent.person_ok = True
        return True

    def _family_surname(self, kin: re.Match, gender: str | None) -> str | None:
        """The surname a relative named by first name shares with the person whose relative they are ("Olha
        Melnyk, 38, her husband Andrii" -> Melnyk; "Tkachenko came with his wife, Iryna, and their son, Maksym"):
        the latest person of the paragraph (of the sentence for 'their') before the kinship phrase, of the
        possessive's sex, named in full; None when there is none. A Slavic surname takes the relative's sex
        (Kovalenko stays, Petrov's wife is Petrova, Ivanova's son Ivanov)."""
        owner = kin.group(0).split(None, 1)[0].lower()
        want = {"his": "m", "her": "f"}.get(owner)
        if owner not in ("his", "her", "their"):
            return None  # "Zelensky's wife, Olena": a named owner's family is the registry's business
        if kin.group(1).lower() not in _SAME_SURNAME_KIN and not (owner == "his" and kin.group(1).lower() in _BIRTH_KIN):
            return None  # a married woman's mother or brother need not share her surname
        k = self._para_index(kin.start())
        lo = self.paras[k][0]
        if owner == "their":
            lo = next((a for a, b in self.sentences(k) if a <= kin.start() < b), lo)
        for p, key, _sal in reversed(self.ev[bisect.bisect_left(self.ev_pos, lo):
                                             bisect.bisect_left(self.ev_pos, kin.start())]):
            ent = self.entities[key]
            if ent.speaker.type != "person" or (want is not None and ent.gender not in (None, want)):
                continue
            toks = ent.speaker.name.split()
            if len(toks) < 2 or self.reg.by_id(ent.speaker.speaker_id) is not None:
                return None
            return _surname_for_sex(toks[-1], ent.gender, gender)
        # "Natalia Moroz props her phone … / Her husband Serhiy, 41, …", "… / Their son Maksym, 10, …": at a
        # paragraph's start, the one family of the previous paragraph's people (of the possessive's sex)
        if k == 0 or self.masked[lo:kin.start()].strip():
            return None
        keys = dict.fromkeys(key for _p, key, _s in self.ev[bisect.bisect_left(self.ev_pos, self.paras[k - 1][0]):
                                                              bisect.bisect_left(self.ev_pos, lo)])
        people = [e for e in map(self.entities.get, keys) if e.speaker.type == "person" and (want is None or e.gender in (None, want))]
        families = {fold(e.speaker.name.split()[-1]) for e in people if " " in e.speaker.name}
        if len(families) != 1 or len(people) != sum(" " in e.speaker.name for e in people) or any(
                self.reg.by_id(e.speaker.speaker_id) is not None for e in people):
            return None
        ent = people[0]
        return _surname_for_sex(ent.speaker.name.split()[-1], ent.gender, gender)

    def _process_sequence(self, start: int, seq: str, sent_start: int) -> None:
        if " " not in seq and "\t" not in seq:
            self._process_group([(start, seq)], sent_start)
            return
        toks = []
        pos = start
        for tok in seq.split():
            pos = seq.find(tok, pos - start) + start
            toks.append((pos, tok))
            pos += len(tok)
        # split at sentence-final periods and after possessives
        groups: list[list[tuple[int, str]]] = [[]]
        new_sentence: set[int] = set()  # groups opening a sentence: "… after the Cold War. Rinaldi now …"
        for pos, tok in toks:
            groups[-1].append((pos, tok))
            low = tok.lower().rstrip(".")
            if tok.endswith(".") and not (low in _ABBREV or len(low) == 1 or "." in low):
                groups.append([])
                new_sentence.add(len(groups) - 1)
            elif tok.endswith(("'s", "’s")) or tok.endswith(("s'", "s’")):
                groups.append([])
        for k, group in enumerate(groups):
            if group:
                if len(group) == 1 and k + 1 in new_sentence and fold(group[0][1]) not in self.surnames:
                    # "… his first name, Mykola. He is 86.": a first-name person closing a sentence
                    self._first_name_person(group[0][1], group[0][0] + len(group[0][1]))
                self._process_group(group, group[0][0] if k in new_sentence else sent_start)

    def _process_group(self, group: list[tuple[int, str]], sent_start: int) -> None:
        toks = [(p, t) if t[-1] != "." or t.lower()[:-1] in _ABBREV or len(t) == 2 else (p, t.rstrip("."))
                for p, t in group]
        possessive = False
        last_p, last_t = toks[-1]
        if last_t.endswith(("'s", "’s", "s'", "s’")):
            possessive = True
            toks[-1] = (last_p, _unposs(last_t))
        caps = 0
        while caps < len(toks) - 1 and toks[caps][1].isupper() and len(toks[caps][1]) > 1:
            caps += 1
        if caps and toks[caps][1][:1].isupper() and not toks[caps][1].isupper():
            # a tabloid's opening words in capitals: "FOR MONTHS Donald Trump has …", "VLADIMIR Putin's …",
            # "PRINCE William made …"
            if all(t.capitalize() in _TITLE_TOKENS for _p, t in toks[:caps]):
                toks[:caps] = [(p_, t.capitalize()) for p_, t in toks[:caps]]
            elif _gender_of_name(toks[caps][1]) is not None:
                toks = toks[caps:]
            elif caps == 1 and _gender_of_name(toks[0][1].capitalize()) is not None:
                toks[0] = (toks[0][0], toks[0][1].capitalize())
        # drop leading function words ("But", "In", "The") that are not titles
        i = 0
        while i < len(toks) and toks[i][1] in _FUNCTION_CAPS:
            i += 1
        head_start = toks[i][0] if i < len(toks) else None
        lead_from = self._clause_start(sent_start) if i < len(toks) and toks[i][1] in L.NON_NAME_CAPS else None
        if lead_from is not None and toks[0][0] >= lead_from and \
                _SUBJECT_LEAD_RE.fullmatch(self.masked, lead_from, toks[0][0]):
            # "The Kremlin was watching. Its spokesman said …": a known organisation opening its sentence is a
            # discourse entity even when it does not speak, so that "it" / "its" can point back to it
            org = self.reg.lookup_alias(" ".join(t for _, t in toks[i:]))
            if org is not None and org.type == "organization":
                end = toks[-1][0] + len(toks[-1][1])
                if possessive:
                    self.mentions.append((toks[i][0], end, org.speaker_id))
                    self._add_event(toks[i][0], self._entity_for(org, None).speaker.speaker_id, False)
                else:
                    self._add_mention(toks[i][0], end, self._entity_for(org, None), sent_start)
                return
        body_name = len(toks) - i >= 3 and toks[-1][1].lower() in _BODY_NAME_ENDS
        while i < len(toks) and toks[i][1] in L.NON_NAME_CAPS and toks[i][1] not in L.TITLE_CAPS and not body_name:
            i += 1  # (a body's name keeps its first words: "the Ukrainian Sea Ports Authority")
        toks = toks[i:]
        if not toks:
            return
        if (len(toks) >= 3 and toks[0][1] in L.COUNTRY_ADJ and toks[0][1] not in _COUNTRY_ADJS
                and self.masked[max(0, toks[0][0] - 4):toks[0][0]] == " of "):
            # "Prime Minister of Ukraine Denys Shmyhal": the country closes the title, the name follows
            toks = toks[1:]
        while len(toks) > 2 and toks[-1][1] in _POST_NOMINALS:
            toks = toks[:-1]  # "Alison Greaves KC", "Tom Tugendhat MP": letters after a name are no part of it
        if len(toks) >= 3 and head_start is not None and self.masked[max(0, head_start - 5):head_start] in (
                " for ", " of ") and _TITLE_BEFORE_FOR_RE.search(self.masked, max(0, head_start - 40), head_start):
            # "Deputy Prime Minister for European Integration Olha Stefanishyna", "Commissioner for Enlargement
            # Marta Kos": the title's portfolio, then the name (from its first first name on)
            j = next((j for j in range(1, len(toks) - 1) if _gender_of_name(toks[j][1]) is not None), None)
            if j is not None:
                toks = [(toks[j - 1][0], "Minister")] + toks[j:]
        # last title token splits title from name
        t_idx = -1
        for j, (_, t) in enumerate(toks):
            if t in _TITLE_TOKENS or t.rstrip(".") in _TITLE_TOKENS or (
                    t in _AFFILIATION_CAPS and j == t_idx + 1 and len(toks) - j >= 3):
                t_idx = j  # ("Fellow Conservative Bob Seely": a party word before a name describes it)
        if t_idx < 0 and len(toks) >= 4:
            # "Georgia Republican Marjorie Taylor Greene", "New York Democrat Ritchie Torres": home state and party
            for n in (1, 2):
                if " ".join(t for _, t in toks[:n]) in _US_STATE_NAMES and toks[n][1] in _AFFILIATION_CAPS \
                        and len(toks) - n - 1 >= 2:
                    t_idx = n
                    break
        if t_idx >= 0:
            # "National Anti-Corruption Bureau", "State Border Guard Service": an organisation whose name starts
            # with a title word
            whole = self.reg.lookup_alias(" ".join(t for _, t in toks))
            if whole is not None and whole.type == "organization":
                ent = self._entity_for(whole, None)
                self._add_mention(toks[0][0], toks[-1][0] + len(toks[-1][1]), ent, sent_start)
                return
        name_toks = toks[t_idx + 1:]
        title_toks = toks[: t_idx + 1]
        if not name_toks:
            # "The Kremlin", "White House", "Pentagon": organisations written in capitals
            name = " ".join(t for _, t in toks)
            hit = self.reg.lookup_alias(name)
            if hit is None and len(toks) >= 2 and toks[-1][1].lower() in _COMPANY_NAME_ENDS and not any(
                    t in _TITLE_TOKENS or t in L.NON_NAME_CAPS for _, t in toks[:-1]):
                # "run by Nayara Energy": a company whose name ends on a word that also opens titles ("Energy
                # Minister"), so that "Nayara said" and "the company said" find it
                hit = self._unregistered_org(name)
                self.entities[hit.speaker_id].titles.update(("company", "firm"))
            if hit and hit.type == "organization":
                ent = self._entity_for(hit, None)
                self._add_mention(toks[0][0], toks[-1][0] + len(toks[-1][1]), ent, sent_start)
            return
        n_start = name_toks[0][0]
        n_end = name_toks[-1][0] + len(name_toks[-1][1])
        name = " ".join(t for _, t in name_toks)
        # "Lord Cameron", "Sir Keir": a registry alias that includes its honorific comes first
        titled = self.reg.lookup_alias(f"{title_toks[-1][1]} {name}") if title_toks else None
        if titled is not None and titled.type == "person":
            ent = self._entity_for(titled, None)
        else:
            ent = self._entity_from_name(name, name_toks, title_toks[-1][1] if title_toks else "")
        if ent is None:
            return
        # titles: capitalised title words inside the sequence, then lowercase role words before it
        ent.title_checks += 1
        run_start = title_toks[0][0] if title_toks else n_start
        if title_toks and head_start is not None:
            run_start = min(run_start, head_start)
        title_text = self.masked[run_start:n_start].strip()
        pre_title = self._title_before(run_start, sent_start) if ent.title_checks <= 3 else ""
        if title_toks and pre_title.rsplit(None, 1)[-1:] in (["to"], ["for"], ["of"]):
            # "Podolyak, an adviser to President Volodymyr Zelensky": the role before the preposition is the
            # adviser's; the name after it has its own title and is no subject
            pre_title = ""
        if pre_title:
            title_text = (pre_title + " " + title_text).strip()
            run_start = min(run_start, self._last_title_start)
        if title_text and self._has_role(title_text):
            self._add_title(ent, title_text)
            ent.person_ok = True
        appos = self._apposition_after(n_end) if ent.title_checks <= 3 else ""
        if appos:
            self._add_title(ent, appos)
            ent.person_ok = True
        tag = _PARTY_STATE_RE.match(self.masked, n_end) if self.masked[n_end:n_end + 4].lstrip(" ,(")[1:2] == "-" else None
        state = L.US_STATES.get(tag.group(2).replace(".", "").replace(" ", "").lower()) if tag else None
        if state is not None:
            # "Sen. Richard Blumenthal (D-Conn.)" -> "the Connecticut Democrat" later
            self._add_title(ent, f"{state} {L.US_PARTIES[tag.group(1)]}")
            ent.person_ok = True
        if ent.gender is None:
            tl = fold(title_text).split()
            if any(t in L.FEMALE_TITLES for t in tl):
                ent.gender = "f"
            elif any(t in L.MALE_TITLES for t in tl):
                ent.gender = "m"
        if ent.speaker.type == "person" and not ent.person_ok:
            before_word = _LAST_WORD_RE.search(self.masked[max(sent_start, run_start - 30):run_start])
            after = self.masked[n_end:n_end + 12]
            # ("André Wüstner, who chairs the association": only people take "who")
            if (_AGE_APPOS_RE.match(after) or title_toks or after.startswith(", who ") or
                    (before_word and before_word.group(1).islower() and before_word.group(1) not in _NOT_DESCRIPTORS)):
                ent.person_ok = True
            else:
                pm = _PERSON_APPOS_RE.match(self.masked, n_end, n_end + 80)
                if pm and not _PERSON_APPOS_NOUNS.isdisjoint(w.lower() for w in pm.group(1).split()):
                    ent.person_ok = True
        if not possessive:
            self._add_mention(n_start, n_end, ent, sent_start, run_start)
        else:
            self.mentions.append((n_start, n_end, ent.speaker.speaker_id))
            self._add_event(n_start, ent.speaker.speaker_id, False)

    def _org_named(self, name: str) -> Speaker:
        """The organisation called ``name``: the registry's entry, else the article's own (an entity either way)."""
        known = self.reg.lookup_alias(name)
        return self._entity_for(known, None).speaker if known is not None else self._unregistered_org(name)

    def _unregistered_org(self, name: str) -> Speaker:
        """An organisation the registry does not know, as an entity of the article (a capitalised name the
        mention scan took for a person becomes the organisation it names)."""
        sp = Speaker(speaker_id_for(name), name, "organization", None, None)
        ent = self.entities.get(sp.speaker_id)
        if ent is not None and ent.speaker.type == "person" and self.reg.by_id(sp.speaker_id) is None:
            ent.speaker, ent.gender, ent.person_ok = sp, None, False
        return self._entity_for(sp, None).speaker

    def _entity_from_name(self, name: str, name_toks, title: str) -> _Entity | None:
        """The entity a capitalised name refers to; ``title`` is the title word written before it, if any."""
        has_title = bool(title)
        first = name_toks[0][1]
        if len(name_toks) == 1:
            key = fold(name)
            if name_toks[0][0] in self._family_named:
                return self._family_named[name_toks[0][0]]
            if key in self.surnames:
                return self.surnames[key]
            if self.first_names.get(key) is not None and not self._introduces_first_name(name_toks[0][0], len(name)):
                return self.first_names[key]
            if " " in key:
                # "Al-Khulaifi" after "Mohammed Al-Khulaifi": a hyphenated surname folds to several words
                known = self.surnames.get(key.split()[-1])
                if known is not None and fold(known.speaker.name).endswith(key):
                    return known
            hit = self.reg.lookup_alias(name)
            if hit is None and (has_title or key in self.reg._surname):
                hit = self.reg.resolve(name, self.date)
            if hit is not None:
                return self._entity_for(hit, None)
            if has_title and first not in L.NON_NAME_CAPS and first not in L.NON_PERSON_TOKENS and (
                    key not in L.ORG_HEADS):  # ("the National Bureau of Investigation": no person "Bureau")
                if title in _CLERGY_TITLES and self.first_names.get(key) is not None:
                    return self.first_names[key]  # "Father Mykola Hnatiuk … Father Mykola said"
                if title in _ONE_NAME_TITLES:
                    # "Metropolitan Pavel", "Father Andriy", "Prince William": known by one name, with the title
                    name = f"{title} {name}"
                sp = Speaker(speaker_id_for(name), name, "person", None, None)
                return self._entity_for(sp, None)
            noun = self._org_noun_before(name_toks[0][0])
            if noun is not None and not has_title and first not in L.NON_NAME_CAPS:
                return self._described_org(name, noun, name_toks[0][0])  # "the Melbourne company SYPAQ"
            return None
        if all(t.lower() in _SURNAME_PARTICLES for _, t in name_toks[:-1]):
            # "De Wever said" after "Bart De Wever", "Van Dijk" after "Rafael van Dijk": a surname with its particle
            known = self.surnames.get(fold(name_toks[-1][1]))
            if known is not None and fold(name) in fold(known.speaker.name):
                return known
        if name in L.COUNTRY_ADJ:
            # "Saudi Arabia", "South Korea": a country is no person; as a speaker it is its government
            gov = f"{L.COUNTRY_ADJ[name]} Government"
            return self._entity_for(self.reg.lookup_alias(gov) or Speaker(speaker_id_for(gov), gov, "organization",
                                                                          None, None), None)
        hit = self.reg.lookup_alias(name)
        if hit is None and len(name_toks) >= 3 and name_toks[-1][1] in ("II", "III", "IV"):
            hit = self.reg.lookup_alias(name.rsplit(" ", 1)[0])  # "Lloyd J. Austin III": the registry's Lloyd Austin
        if hit is None:
            core = [t for _, t in name_toks]
            # "Volodymyr Zelenskyy": registry surname with the same first initial
            hit = self.reg.resolve(name, self.date) if fold(core[-1]) in self.reg._surname else None
            if hit is not None and hit.type != "person":
                hit = None
        if hit is not None:
            return self._entity_for(hit, None)
        if (first in L.NON_NAME_CAPS or any(t in L.NON_PERSON_TOKENS for _, t in name_toks)) and not (
                len(name_toks) >= 2 and first in L.NON_PERSON_TOKENS and _gender_of_name(first) is not None
                and not any(t in L.NON_PERSON_TOKENS for _, t in name_toks[1:])):
            # (but "Line Kjær Mortensen": a first name that is also a word, then a surname)
            last = name_toks[-1][1].lower().rstrip(".")
            if len(name_toks) >= 2 and first not in L.NON_NAME_CAPS and (
                    last in _NAMED_BODY_HEADS or last in _COMPANY_NAME_ENDS):
                # "The Helsinki District Court dismissed …", "listing Nayara Energy": a body the registry does not
                # know, so that "the court said", "the company said" find it
                ent = self.entities[self._unregistered_org(name).speaker_id]
                if last in _COMPANY_NAME_ENDS:
                    ent.titles.update(("company", "firm"))
                return ent
            return None
        if any(not (t[0].isupper()) for _, t in name_toks if t.lower() not in _SURNAME_PARTICLES):
            return None
        if len(name_toks) > 4 or all(t.isupper() and len(t) > 1 for _, t in name_toks):
            return None  # "QUOTE OF THE DAY", "ON THE GROUND": a newsletter's section label, not a name
        # a known first name opening a name of two or more words: a new person ("the historian and broadcaster
        # Pieter de Wolff", "the Berliner Abendpost, the columnist Ulrike Sander")
        first_named = len(name_toks) >= 2 and _gender_of_name(name) is not None
        noun = self._org_noun_before(name_toks[0][0]) if not first_named else None
        if noun is not None and not has_title:
            # "the Paris firm Marchetti Roux", "the consultancy Kpler Analytics": a body's name, no person
            return self._described_org(name, noun, name_toks[0][0])
        prev = self._described_person(name_toks[0][0]) if not first_named else None
        if prev is not None or name_toks[-1][1] in _AFFILIATION_CAPS:
            # "Jim Risch, the Idaho Republican", "Jeanne Shaheen of New Hampshire", "the Papillion Republican": a
            # description or home place of a person, never a new person (the description becomes a title)
            if prev is not None and name_toks[-1][1] in _AFFILIATION_CAPS:
                self._add_title(prev, name)
            return None
        key = fold(name)
        existing = self.entities.get(speaker_id_for(name))
        if existing:
            return existing
        if len(name_toks) == 2 and key in self.surnames:
            return self.surnames[key]
        sp = Speaker(speaker_id_for(name), name, "person", None, None)
        return self._entity_for(sp, _gender_of_name(name))

    def _described_person(self, start: int) -> _Entity | None:
        """The person mentioned right before ``start`` when only ', the' / ', a' (+ lowercase modifiers) or 'of'
        separates them: the capitalised words at ``start`` describe that person or name their place."""
        if not self.mentions:
            return None
        _ms, me, key = self.mentions[-1]
        ent = self.entities.get(key)
        if ent is None or ent.speaker.type != "person" or me > start or start - me > 60:
            return None
        return ent if _DESCR_GAP_RE.fullmatch(self.masked[me:start]) else None

    def _entity_for(self, sp: Speaker, gender: str | None) -> _Entity:
        ent = self.entities.get(sp.speaker_id)
        if ent is None:
            g = self.reg.gender(sp.speaker_id) or gender
            if g is None and sp.type == "person":
                g = _gender_of_name(sp.name)
            ent = _Entity(sp, g if sp.type == "person" else None)
            ent.person_ok = sp.type == "person" and (self.reg.by_id(sp.speaker_id) is not None or g is not None)
            ent.titles.update(self.reg.titles_of(sp.speaker_id, self.date))
            self.entities[sp.speaker_id] = ent
            if sp.type == "person":
                for sur in _surname_keys(sp.name):
                    self.surnames.setdefault(sur, ent)
                toks = fold(sp.name).split()
                if len(toks) >= 3 and toks[-2] not in _SURNAME_PARTICLES:
                    # "Iratxe García Pérez … García Pérez told": a double surname named alone
                    self.surnames.setdefault(" ".join(toks[-2:]), ent)
                if len(toks) >= 2 and _gender_of_name(toks[0]) is not None:
                    # "his daughter, Leanne Thornton, … Leanne said": a feature's first-name references
                    self.first_names[toks[0]] = ent if self.first_names.get(toks[0], ent) is ent else None
        return ent

    def _add_mention(self, s: int, e: int, ent: _Entity, sent_start: int, run_start: int | None = None) -> None:
        self.mentions.append((s, e, ent.speaker.speaker_id))
        if ent.speaker.type == "person" and " " in self.masked[s:e].strip():
            # a family name written first is shared by many ("Kim Jong Un" … "Kim Hong-kyun … Kim told"): alone it
            # means the person last named in full with it (a family story's shared surname keeps its first holder)
            family = _family_name_first(ent.speaker.name)
            if family:
                self.surnames[family] = ent
        end = run_start if run_start is not None else s
        prefix = self.masked[max(sent_start, end - 240):end].strip()
        # (a relative named after a possessive, "Her husband, Andrii, serves …", leaves the focus on the one whose
        # relative they are)
        self._add_event(s, ent.speaker.speaker_id, s not in self._family_named and self._salient_prefix(prefix))

    @staticmethod
    def _salient_prefix(prefix: str) -> bool:
        """A mention in subject position: nothing but titles, an intro phrase or a conjunction before it."""
        if not prefix:
            return True
        if prefix[-1] in "-—–:" and _DATELINE_RE.fullmatch(prefix + " "):
            return True  # "STOCKHOLM – Pål Jonson does not raise his voice.": the story's subject after its dateline
        if prefix.endswith((" as", "name,")) and _NAMED_ONLY_RE.search(prefix + " "):
            return True  # "A commander, who gave his name as Andrii, …": the name of the sentence's subject
        if prefix.endswith((" was", " were", ",")) and _INVERTED_SUBJECT_RE.match(prefix):
            return True  # "Standing beside him was Ukraine's defence minister, Rustem Umerov.": the subject, inverted
        if (prefix.endswith(",") and len(prefix.split()) <= 6) or prefix.endswith((", and", " but", "But", "And")):
            return True
        if prefix.endswith(" and"):
            # "Shoigu and Gerasimov met": a subject when the first conjunct is one; "accused Shoigu and
            # Gerasimov": objects
            return _Article._salient_prefix(prefix[:-4].replace(",", " ").strip())
        if MASK in prefix:
            # ('"…," said the officer, Commander Ian Halloway.': the speaker of an inverted attribution)
            return prefix.rstrip().endswith((",", "\"", "”")) or _INVERTED_SAID_END_RE.search(prefix) is not None
        if "," in prefix:
            # "Standing in a hangar at the air base, Danish Prime Minister": intro phrase + title
            head, prefix = prefix.rsplit(",", 1)
            first = head.split()[0] if head.split() else ""
            # (a participle clause may be long: "Asked by the presenter whether he regretted …, Sikorski laughed")
            limit = 26 if first in ("Asked", "Pressed", "Questioned") or first.endswith("ing") else 14
            if not (first in _INTRO_WORDS or first.endswith("ing")) or len(head.split()) > limit:
                return False
            prefix = prefix.strip()
            if not prefix:
                return True
        words = prefix.split()
        if (len(words) <= 6 and (words[0].endswith(("'s", "’s")) or words[0] in ("The", "the"))
                and all(w.isalpha() and w.islower() and (not w.endswith(("ed", "ing")) or w in _TITLE_PARTICIPLES)
                        for w in words[1:])):
            # "Poland's caretaker infrastructure minister, Alvin Gajadhur, met": a possessive or definite title
            # phrase of plain nouns before the name (verbs, participles and clause words rule it out)
            return not any(w in _NOT_TITLE_PREFIX for w in words[1:])
        for w in words:
            lw = _unposs(w.lower().strip(",."))
            # ("Ukrainian foreign ministry spokesman Oleg Nikolenko": an organisation word inside the title)
            if not (w[0].isupper() or lw in L.NP_MODIFIERS or lw in L.ROLE_NOUNS or lw in _DETERMINERS
                    or lw in L.ORG_HEADS):
                return False
        return True

    def _add_event(self, pos: int, key: str, salient: bool) -> None:
        i = bisect.bisect_right(self.ev_pos, pos)
        self.ev_pos.insert(i, pos)
        self.ev.insert(i, (pos, key, salient))

    _last_title_start = 0

    def _title_before(self, run_start: int, sent_start: int) -> str:
        """Lowercase role phrase directly before a name: 'Kremlin spokesman Dmitry Peskov'."""
        window = self.masked[max(sent_start, run_start - 80):run_start]
        if not window.endswith(" "):
            return ""
        prev = window.rstrip(" ,").rsplit(None, 1)[-1:] 
        if not prev:
            return ""
        pw = prev[0].lower().rstrip(".")
        pw = pw[:-2] if pw.endswith(("'s", "’s")) else pw
        if not (pw in L.ROLE_NOUNS or pw in L.NP_MODIFIERS or prev[0][:1].isupper()) or pw in ("and", "said", "told"):
            pm = _PORTFOLIO_TITLE_RE.fullmatch(self.masked, sent_start, run_start) if window.endswith(", ") else None
            if pm is not None and pm.group(2).lower() in L.ROLE_NOUNS:
                # "Poland's minister for European affairs, Adam Szłapka, said": the role before its portfolio,
                # when the title opens the sentence (not "After meeting the minister for trade, Szłapka said")
                return self._title_before(pm.start(3), sent_start)
            return ""
        words = list(_TITLE_RUN_WORD.finditer(window))
        if not words or not window.endswith((" ", ", ")):
            return ""
        tail = window.rstrip()
        comma = tail.endswith(",")
        taken = []
        gap_ok = True
        for w in reversed(words):
            tok = w.group()
            low = tok.lower().rstrip(".")
            low_np = _unposs(low)
            if (low_np in L.ROLE_NOUNS or low_np in L.NP_MODIFIERS or tok[0].isupper()) and low not in ("and", "said", "told"):
                taken.append(w)
                continue
            break
        if not taken:
            return ""
        taken.reverse()
        # drop leading prepositions/determiners
        while taken and taken[0].group().lower() in _PREPS_OR_DETERMINERS:
            taken = taken[1:]
        if not taken or not gap_ok:
            return ""
        phrase = window[taken[0].start():].strip().rstrip(",").strip()
        if comma and not self._has_role(phrase):
            return ""
        if not self._has_role(phrase):
            return ""
        if "," in phrase or phrase.rsplit(None, 1)[-1].lower() in _PREPS_OR_DETERMINERS:
            # "Mustafa Dzhemilev, the veteran leader of the Crimean Tatars": the name is the role's complement
            return ""
        self._last_title_start = max(sent_start, run_start - 80) + taken[0].start()
        return phrase

    def _apposition_after(self, n_end: int) -> str:
        """', the Kremlin spokesman,' after a name."""
        m = self.masked
        if n_end >= len(m) or m[n_end] != ",":
            return ""
        seg = m[n_end + 1:n_end + 90]
        stop = _APPOS_STOP_RE.search(seg)
        phrase = seg[:stop.start()] if stop else seg
        phrase = phrase.strip()
        if not phrase or len(phrase.split()) > 8 or _has_finite(phrase) or self._cue_between(
                n_end + 1, n_end + 1 + len(seg[:stop.start()] if stop else seg)):
            return ""  # ("Speaking in New Delhi, the prime minister accused …": a clause, no apposition)
        words = [_unposs(w.lower()) for w in phrase.split()]
        if words[0] not in ("the", "a", "an") and not (words[0] in L.NP_MODIFIERS or phrase[0].isupper()) and not (
                words[0] in L.ROLE_NOUNS and len(words) > 1 and words[1] == "of"):
            return ""
        if words[0] in ("a", "an"):
            return ""  # "a former comedian": descriptive, not a unique title
        if words[0] in L.ROLE_NOUNS and len(words) > 1 and words[1] == "of":
            return phrase  # ", leader of Shropshire Vale Council,": a unique role without its article
        if not self._has_role(phrase):
            return ""
        return phrase

    @staticmethod
    def _has_role(phrase: str) -> bool:
        for w in fold(phrase).split():
            if w in L.ROLE_NOUNS:
                return True
        return False

    @staticmethod
    def _add_title(ent: _Entity, phrase: str) -> None:
        key = norm_key(phrase)
        words = [w for w in key.split() if w not in _DETERMINERS]
        if words:
            ent.titles.add(" ".join(words))

    # -- resolution -----------------------------------------------------------------------------
    def _mention_end_at(self, pos: int) -> int:
        return self.mentions[bisect.bisect_left(self.mention_starts, pos)][1]

    def _possessive_at(self, pos: int) -> bool:
        """The name mentioned at ``pos`` is written as an owner ("Zelenskyy's office")."""
        if not self._mention_starts_at(pos):
            return False
        end = self._mention_end_at(pos)
        return self.masked[end:end + 2] in ("'s", "’s") or self.masked[end:end + 1] in ("'", "’")

    def _mention_starts_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.mention_starts, pos)
        return i < len(self.mentions) and self.mentions[i][0] == pos

    def _mention_in(self, s: int, e: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.mention_starts, s)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < e:
            if self.mentions[i][1] <= e:
                out.append(self.mentions[i])
            i += 1
        return out

    def resolve_np(self, s: int, e: int) -> _Attr | None:
        """Resolve the speaker noun phrase masked[s:e]; None when it is not a speaker phrase."""
        key = (s, e)
        if key in self._np_cache:
            return self._np_cache[key]
        res = self._resolve_np(s, e)
        if res is not None and res.speaker is None:
            named = self._named_in_apposition(s, e)
            if named is not None:
                res = _Attr(named, res.as_written, 0.8, res.pos, res.end)
        self._np_cache[key] = res
        return res

    def _named_in_apposition(self, s: int, e: int) -> Speaker | None:
        """'said the analyst, Hannah Whitcombe of Petrologic', 'The trader, Pieter van Wyk, who runs …': a
        definite role phrase whose apposition names the person. The unnamed quotes of the same role before it
        (the analyst introduced as 'an energy analyst') are that person too (see ``_name_described``)."""
        words = self.masked[s:e].split()
        if len(words) < 2 or len(words) > 4 or words[0].lower() != "the" or not (
                words[-1].lower() in L.ROLE_NOUNS or words[-1].lower() in L.ANON_NOUNS):
            return None
        am = _APPOS_NAME_RE.match(self.masked, e)
        return self._person_mentioned_at(am.start(1)) if am is not None else None

    def _person_mentioned_at(self, pos: int) -> Speaker | None:
        """The person whose name mention starts at ``pos`` (None: no mention there, or not a person)."""
        if not self._mention_starts_at(pos):
            return None
        ent = self.entities.get(self.mentions[bisect.bisect_left(self.mention_starts, pos)][2])
        return ent.speaker if ent is not None and ent.speaker.type == "person" else None

    def _resolve_np(self, s: int, e: int) -> _Attr | None:
        m = self.masked
        raw = m[s:e]
        if MASK in raw:
            return None
        # "Early on Friday the defence ministry said": a time phrase without its comma is no part of the subject
        tm = _LEAD_TIME_RE.match(raw) if raw.lstrip().split(" ", 1)[0] in _LEAD_TIME_WORDS else None
        if tm is not None and tm.end() < len(raw):
            s += tm.end()
            raw = raw[tm.end():]
        # trim and split appositions
        lead = len(raw) - len(raw.lstrip(" ,"))
        s += lead
        raw = raw.strip(" ,")
        if raw.endswith((',"', ",”")):
            raw = raw[:-2]  # 'McCarthy, appearing on "Capitol Week," said': the aside's comma inside its mark
        e = s + len(raw)
        if not raw:
            return None
        # drop relative/participial appositions at the end
        while "," in raw:
            mm = _APPOS_SKIP_RE.search(raw, max(0, raw.rfind(",", 0, max(0, len(raw) - 1)) - 1))
            if not mm or mm.start() == 0:
                break
            raw = raw[:mm.start()]
            e = s + len(raw)
        # quoted words are no part of a name; those of a dropped relative clause do not matter
        # ('Viktor Orban, who went on what he called a "peace mission", said …')
        if '"' in raw or "“" in raw or "”" in raw:
            nick = _NICKNAME_TAIL_RE.search(raw)
            if nick is None or nick.start() == 0:
                return None
            # 'The pilot, known as "Moonfish", said', 'A commander who goes by the call sign "Hunter" said': the
            # nickname describes the subject before it
            raw = raw[:nick.start()]
            e = s + len(raw)
        chunks = []
        pos = 0
        for part in raw.split(","):
            cs = s + pos + (len(part) - len(part.lstrip()))
            chunks.append((cs, cs + len(part.strip()), part.strip()))
            pos += len(part) + 1
        chunks = [c for i, c in enumerate(chunks) if c[2] and not (i > 0 and _REL_START_RE.match(c[2]))
                  # ", appearing alongside General Charles Q. Brown,": a participle phrase names a companion
                  and not (i > 0 and "ing " in c[2] and _PARTICIPLE_START_RE.match(c[2]))
                  and not (i == 0 and _REL_START_RE.match(c[2]) and c[2].split()[0] not in ("a", "an"))]
        if not chunks or len(chunks) > 4:
            return None
        # intro phrases before the subject ("On Monday, Zelensky")
        while len(chunks) > 1 and self._is_intro(chunks[0][2]):
            chunks = chunks[1:]
        if len(chunks) >= 2:
            named = self._name_with_org_description(chunks[0], chunks[1]) or self._name_with_org_description(
                chunks[1], chunks[0])
            if named is not None:
                return named
        if len(chunks) in (2, 3) and chunks[0][2].split()[0].lower() in ("the", "a", "an") and not L.ROLE_NOUNS.isdisjoint(
                _unposs(w) for w in chunks[0][2].lower().split(" of ")[0].split()[1:5]):
            # "the head of the state nuclear corporation Rosatom, Alexei Likhachev,", "the report's lead author,
            # Ingrid Solberg, a former official at …": the role describes the person named after it
            named = self._resolve_chunk(*chunks[1])
            if named and named.speaker is not None and named.speaker.type == "person":
                return named
        best = None
        for cs, ce, ctext in chunks:
            res = self._resolve_chunk(cs, ce, ctext)
            if res is False:
                if best is None and len(chunks) == 1:
                    return None
                continue
            if res is None:
                continue
            if best is None or (best.speaker is None and res.speaker is not None) or (
                    res.speaker is not None and best.conf < res.conf):
                best = res
        if best is None:
            if all(self._resolve_chunk(*c) is False for c in chunks):
                return None
            return _Attr(None, raw, 0.5, s, e)
        return best

    @staticmethod
    def _is_intro(chunk: str) -> bool:
        first = chunk.split()[0].lower() if chunk.split() else ""
        return first in {"on", "in", "at", "after", "before", "during", "meanwhile", "however", "separately",
                         "earlier", "later", "speaking", "asked", "writing", "today", "yesterday", "last",
                         "this", "but", "and", "instead", "still", "now", "then", "also", "overnight", "elsewhere",
                         "for", "from", "with", "while", "when", "as", "since", "by", "under", "over", "in",
                         "across", "beyond", "inside", "outside", "amid", "despite", "following"}

    def _resolve_chunk(self, cs: int, ce: int, ctext: str):
        """_Attr, None (a human speaker nobody can identify), or False (not a speaker phrase)."""
        words = ctext.split()
        if not words or len(words) > 14:
            return False
        low = []
        for w in words:
            lw = w.lower().strip(".")
            if lw.endswith(("'s", "’s")):
                lw = lw[:-2]
            elif lw.endswith(("'", "’")):
                lw = lw[:-1]
            low.append(lw)
        if low[-1] in _CALENDAR_WORDS and all(w in _CALENDAR_WORDS or w.isdigit() or w in _PREPS for w in low):
            return False  # "In March, Army officials testified …": a date is no speaker
        if low in (["one", "of", "them"], ["one", "of", "those"], ["some", "of", "them"], ["two", "of", "them"]):
            return _Attr(None, ctext, 0.5, cs, ce)  # "…, one of them said": a member of an unnamed group
        if low[-2:] == ["city", "council"] and len(low) == 3 and low[0] in ("the", "its") and (
                place := self._ua_place_before(cs, near_only=True)) is not None:
            # "A funeral will be held in Chernihiv on Thursday, the city council said": that city's council
            return self._local_body(f"{place} City Council", ctext, cs, ce)
        if low[-1] == "administration" and (ma := _MIL_ADMIN_RE.fullmatch(ctext)) is not None:
            place = self._ua_place_before(cs)
            if place is not None:
                # "In Odesa itself, … the regional military administration said": that place's administration
                level = "City" if ma.group(1).lower().startswith("city") else "Regional"
                return self._local_body(f"{place} {level} Military Administration", ctext, cs, ce)
        if len(words) == 1 and low[0] in L.PRONOUNS:
            if low[0] in _OBJECT_PRONOUNS and _PARTITIVE_END_RE.search(self.masked, max(0, cs - 12), cs):
                # "a senior official from one of them told us": an unnamed member of the group
                return _Attr(None, ctext, 0.4, cs, ce)
            return self._resolve_pronoun(low[0], cs, ctext)
        if len(low) > 3 and low[0] in ("the", "that") and low[1] in ("same", "next", "day") and (
                low[2] in ("day", "week", "evening", "morning", "before")):
            # "the same day Ukraine's military said": a time phrase before the subject
            k = 3 if low[1] != "day" else 2
            off = len(" ".join(words[:k])) + 1
            return self._resolve_chunk(cs + off, ce, " ".join(words[k:]))
        if low[0] in ("of", "from") and _PLACE_TAIL_RE.match(ctext):
            return False  # "Linda, 67, of Papillion, said": a hometown apposition is never the speaker
        if low[0] == "the" and len(words) >= 3 and words[-1][:1].isupper():
            # "the human rights group Memorial", "the monitoring group DeepState", "the think tank Chatham House": a
            # lowercase description, then the organisation's own name
            k = next((i for i in range(1, len(words)) if words[i][:1].isupper()), None)
            if (k is not None and k >= 2 and (low[k - 1] in L.ORG_HEADS or low[k - 1] in _DESCRIPTION_HEADS)
                    and all(w[:1].isupper() or w in _SMALL_WORDS for w in words[k:])):
                off = len(" ".join(words[:k])) + 1
                res = self._resolve_chunk(cs + off, ce, " ".join(words[k:]))
                if isinstance(res, _Attr) and res.speaker is not None:
                    return res
                name = clean_name(" ".join(words[k:]))
                if len(words) - k == 1 or low[-1] not in L.ANON_NOUNS:
                    return _Attr(self.reg.lookup_alias(name) or self._unregistered_org(name), ctext, 0.7, cs, ce)
        if "the" in low[2:-1]:
            # "Anti-war group the Stop the War Coalition", "think tank the Royal United Services Institute": a
            # lowercase description, then the organisation's own name
            k = low.index("the", 2)
            if (words[k - 1].islower() and (low[k - 1] in L.ORG_HEADS or low[k - 1] in _DESCRIPTION_HEADS)
                    and words[k + 1][:1].isupper()):
                off = len(" ".join(words[:k + 1])) + 1
                res = self._resolve_chunk(cs + off, ce, " ".join(words[k + 1:]))
                if isinstance(res, _Attr) and res.speaker is not None:
                    return res
        if low[0] in ("our", "my", "this") and any(w in _NEWSROOM for w in low[1:]):
            return False  # "our correspondent writes": the outlet's own narration
        if (low[0] in _INDEFINITE and 1 < len(words) <= 8 and any(
                w in L.ANON_NOUNS or w in L.ROLE_NOUNS or (w.isalpha() and len(w) > 5 and w.endswith(_AGENT_SINGULARS))
                for w in low[1:4]) and not any(w in _FINITE_WORDS for w in low)):
            # "one woman reached by phone", "a senior official familiar with the talks", "one 34-year-old drone
            # operator near Pokrovsk" (an indefinite agent noun names nobody)
            return _Attr(None, ctext, 0.6, cs, ce)
        # lowercase head before a preposition: "a spokesman for the ministry", "allies of Trump"
        head_end = len(words)
        for j, w in enumerate(low):
            if (w in _PREPS or (w == "by" and j > 0 and low[j - 1] in L.DOC_HEADS)) and j > 0 and (
                    not words[j - 1][0].isupper() or low[j - 1] in L.ANON_NOUNS or low[j - 1] in L.ROLE_NOUNS):
                head_end = j
                break
        if " and " in ctext:
            # "Centre for Research on Energy and Clean Air": a registered name with "and" inside is one speaker,
            # whatever names the mention scan found in it
            hit = self.reg.lookup_alias(ctext[4:] if low[0] == "the" else ctext)
            if hit is not None:
                return _Attr(self._entity_for(hit, None).speaker, ctext, 0.9, cs, ce)
        mentions = self._mention_in(cs, ce)
        if (len(mentions) == 2 and (head_end == len(words) or self.entities[mentions[0][2]].speaker.type == "person")
                and _JOINT_GAP_RE.fullmatch(self.masked[mentions[0][1]:mentions[1][0]].strip())
                and not self.masked[mentions[1][1]:ce].strip()
                and self.entities[mentions[0][2]].speaker.type == self.entities[mentions[1][2]].speaker.type):
            # "Keir Starmer and Emmanuel Macron said in a joint statement": the first source named speaks
            ms, me, key = mentions[0]
            ent = self.entities[key]
            self._note_joint(cs, ent.speaker)
            return _Attr(ent.speaker, self.text[ms:me], 0.9, cs, ce)
        if head_end < len(words) and low[head_end] in ("of", "for") and mentions and not self.masked[mentions[-1][1]:ce].strip():
            # "Prime Minister of Ukraine Denys Shmyhal", "President of the European Commission Ursula von der Leyen":
            # a title with its country or body, then the person's name
            ms, me, key = mentions[-1]
            between = self.masked[cs:ms].split()[head_end + 1:]
            if self.entities[key].speaker.type == "person" and self.entities[key].person_ok and between and all(
                    w[:1].isupper() or w in ("the", "of", "and", "for") for w in between):
                return _Attr(self.entities[key].speaker, self.text[ms:me], 0.9, cs, ce)
        if len(low) == 3 and low[0] == "the" and low[1] in ("two", "both") or len(low) == 2 and low[0] == "both":
            # "the two leaders", "both men": the latest joint subject in this or the previous paragraph
            k = bisect.bisect_left([p for p, _sp in self._joint], cs) - 1
            if (k >= 0 and self._para_index(self._joint[k][0]) >= self._para_index(cs) - 1
                    and (low[-1] in L.ROLE_NOUNS or low[-1] in L.ANON_NOUNS or low[-1] in ("men", "women"))):
                return _Attr(self._joint[k][1], ctext, 0.7, cs, ce)
        if head_end == len(words):
            for ms, me, key in mentions:
                # "Senator Jeanne Shaheen of New Hampshire": the person, not the place named after her
                if (self.entities[key].speaker.type == "person" and me < ce
                        and _PLACE_TAIL_RE.match(self.masked[me:ce].strip())):
                    return _Attr(self.entities[key].speaker, self.text[ms:me], 0.95, cs, ce)
                if (self.entities[key].speaker.type == "person" and self.entities[key].person_ok and me < ce
                        and _EMPLOYER_TAIL_RE.fullmatch(self.masked, me, ce)):
                    # "Special Agent Dana Whitlow of the Commerce Department's Office of Export Enforcement":
                    # the person, not the body she works for
                    return _Attr(self.entities[key].speaker, self.text[ms:me], 0.9, cs, ce)
            for ms, me, key in reversed(mentions):
                tail = self.masked[me:ce].strip()
                if not tail or tail.lower() in ("jr", "jr.", "sr", "sr.") or tail in _POST_NOMINALS or _PLACE_TAIL_RE.match(tail):
                    ent = self.entities[key]
                    conf = 0.95 if len(ctext.split()) > 1 or ent.speaker.name.lower() == ctext.lower() else 0.9
                    return _Attr(ent.speaker, self.text[ms:me], conf, cs, ce)
        if len(low) == 2 and low[0] == "the" and low[1] in L.ORG_HEADS:
            # "the commission said" after "the Central Electoral Commission": the article's own body with that
            # head comes before the registry's generic alias ("the commission" -> European Commission)
            body = self._body_with_head(low[1], cs, self._para_window(cs, 3))
            if body is not None:
                return _Attr(body, ctext, 0.75, cs, ce)
        # registry alias for the whole phrase (organisations, "the alliance", "Kremlin", "the Institute for
        # the Study of War" whose last word alone is no speaker, "the UN human rights monitoring mission")
        phrase = " ".join(words)
        hit = self.reg.lookup_alias(phrase)
        if hit is None and (low[0] in _DETERMINERS or (
                _unposs(words[0]) in L.COUNTRY_ADJ and _unposs(words[0]) != words[0] and len(words) > 2)):
            # ("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War")
            hit = self.reg.lookup_alias(" ".join(words[1:]))
        if hit is not None and words[-1].islower() and words[-1] in L.ROLE_NOUNS and hit.type == "organization" \
                and words[-1].capitalize() in hit.name.split():
            hit = None  # "the economist said": a person's trade, not the weekly The Economist
        if hit is not None:
            ent = self._entity_for(hit, None)
            # "EU leaders", "G7 leaders": a body named by its members, weaker than a named person or a title
            return _Attr(ent.speaker, ctext, 0.7 if low[-1] in _GROUP_HEADS else 0.9, cs, ce)
        rel = _DOC_RELEASED_BY_RE.match(ctext) if " by " in ctext else None
        if rel is not None:
            # "A readout of the call released by the White House said …": the body that issued the document
            agent = self._resolve_chunk(cs + rel.start("agent"), ce, rel.group("agent"))
            if isinstance(agent, _Attr) and agent.speaker is not None:
                return _Attr(agent.speaker, ctext, 0.6, cs, ce)
        if low[0] == "the" and 2 <= len(words) <= 5 and all(w.islower() or w[:1].isdigit() for w in words[1:]):
            described = self._described_before(cs, ce, ctext, low[1:])
            if described is not None:
                return described
        # validity: every word must be NP-like
        unknown = 0
        for w, lw in zip(words, low):
            if w[0].isupper() or w[0].isdigit():
                continue
            if (lw in L.NP_MODIFIERS or lw in L.ROLE_NOUNS or lw in L.ANON_NOUNS or lw in L.ORG_HEADS
                    or lw in _DETERMINERS or "-" in lw or lw in L.DOC_HEADS):
                continue
            if lw in _SMALL_WORDS and 0 < len(low) - 1 and w is not words[0] and w is not words[-1] and (
                    words[words.index(w) - 1][:1].isupper() and (words[words.index(w) + 1][:1].isupper()
                                                                  or low[words.index(w) + 1] == "the")):
                continue  # "the Institute for the Study of War": function words inside a proper name
            if lw is low[-1] and lw.endswith(_AGENT_PLURALS) and len(lw) > 5:
                continue  # "rescuers", "negotiators": a group of people (see below)
            if lw in L.NON_SPEAKER_HEADS:
                return False
            unknown += 1
        last_low = low[-1] if low else ""
        max_unknown = 2 if (last_low in L.ORG_HEADS or last_low in L.ROLE_NOUNS) else 1
        if unknown > max_unknown or (unknown == 1 and len(words) < 2):
            return False
        head = low[head_end - 1]
        head_word = words[head_end - 1]
        if head in L.DOC_HEADS:
            return self._document_source(cs, ce, ctext, words, head_end)
        if head in L.NON_SPEAKER_HEADS:
            return False
        if (head in _GROUP_HEADS or head in _EXPERT_HEADS) and head_end < len(words) and (
                low[head_end] in ("of", "from") or low[head_end] == "at" and head in _EXPERT_HEADS):
            # "the leaders of the Group of Seven", "finance ministers from the G7", "analysts at ISW"
            rest = words[head_end + 1:]
            if rest and rest[0].lower() == "the":
                rest = rest[1:]
            org = self.reg.lookup_alias(" ".join(rest)) if rest else None
            if org is not None and org.type == "organization":
                return _Attr(org, ctext, 0.7, cs, ce)
            if (org is None and low[head_end] == "at" and rest and rest[-1] not in L.COUNTRY_ADJ
                    and rest[-1][:1].isupper() and all(w[:1].isupper() or w in _SMALL_WORDS for w in rest)
                    and (len(rest) >= 2 or (rest[0] not in L.NON_NAME_CAPS and fold(rest[0]) not in self.surnames))):
                # ("analysts at JPMorgan": one word will do when it names no place and no person of the article)
                # "analysts at Harwell Ratings": the experts of a firm the registry does not know are the firm
                return _Attr(self._unregistered_org(clean_name(" ".join(rest))), ctext, 0.6, cs, ce)
        if head in _EXPERT_HEADS and low[0] in ("its", "their") and head_end == 2:
            # "Its authors reported" after the institute's study: the body the pronoun names
            attr = self._resolve_pronoun("it", cs, words[0])
            if attr is not None and attr.speaker is not None:
                return _Attr(attr.speaker, ctext, 0.6, cs, ce)
        if head in _PAIR_HEADS and (low[:2] == ["the", "two"] or low[0] == "both") and head_end <= 3:
            # "Merz met Zelensky … the two leaders said": a pair speaking together is reported by its first member
            # (a pair that was a joint subject, "Merz and Zelensky said …", is found above, before the registry)
            pair = self._last_two_people(cs)
            if pair is not None:
                return _Attr(pair[0], ctext, 0.6, cs, ce)
        if (head in _GROUP_HEADS or head in _EXPERT_HEADS) and head_end >= 2:
            # "G7 leaders", "NATO defence ministers", "Kiel's researchers": the body named before the group
            # (lowercase modifiers and a possessive are no part of its name)
            owner = words[1 if low[0] in _DETERMINERS else 0:head_end - 1]
            while owner and owner[-1][:1].islower():
                owner = owner[:-1]
            org = self.reg.lookup_alias(_unposs(" ".join(owner))) if owner else None
            if org is None and len(owner) == 1:
                # "Kiel's researchers" after "the Kiel Institute": an organisation of the article by its first word
                key = fold(_unposs(owner[0]))
                org = next((ent.speaker for ent in self.entities.values() if ent.speaker.type == "organization"
                            and fold(ent.speaker.name).split()[:1] == [key]), None)
            if org is not None and org.type == "organization":
                return _Attr(org, ctext, 0.7, cs, ce)
        if head in _GROUP_HEADS and len(low) == 2 and low[0] == "the":
            # "the leaders said" / "the allies agreed": the collective body in focus (G7, NATO, EU summit)
            body = self._collective_body(cs)
            if body is not None:
                return _Attr(body, ctext, 0.6, cs, ce)
        if head in L.ORG_HEADS:
            return self._resolve_org(cs, ce, ctext, low, head)
        if head in _SPOKES_HEADS and head_end < len(words) and low[head_end] == "for":
            # "a spokesperson for British Prime Minister Keir Starmer": a person's spokespeople speak for that
            # person (an organisation's unnamed spokesperson stays unnamed)
            rest = " ".join(words[head_end + 1:])
            res = self._resolve_chunk(ce - len(rest), ce, rest) if rest else None
            if isinstance(res, _Attr) and res.speaker is not None and res.speaker.type == "person":
                return _Attr(res.speaker, ctext, 0.75, cs, ce)
        if head in L.ROLE_NOUNS or (head == "executive" and low[head_end - 2:head_end - 1] == ["chief"]):
            # ("the chief executive said": a role; "the EU's executive" is a body)
            if low[0] in _INDEFINITE:
                return _Attr(None, ctext, 0.6, cs, ce)
            poss = next((i for i in (head_end - 2, head_end - 3) if i >= 0 and words[i].endswith(("'s", "’s"))), None)
            if head in _SPOKES_HEADS and poss is not None:
                # "Starmer's spokesman added", "Rishi Sunak's official spokesman": a person's spokespeople speak for
                # that person (guidelines)
                owner = self._known_speaker(_unposs(words[poss]))
                if owner is None and poss >= 1:
                    owner = self._known_speaker(_unposs(" ".join(words[poss - 1:poss + 1])))
                if owner is None and poss >= 1 and low[0] == "the":
                    # "The prime minister's official spokesperson said": the spokesperson of a title's holder
                    owner = self._resolve_title(" ".join(words[:poss]) + " " + _unposs(words[poss]), cs)
                if owner is not None and owner.type == "person":
                    return _Attr(owner, ctext, 0.75, cs, ce)
            owner_pron = low[0] if low[0] in ("his", "her") else self.masked[max(0, cs - 4):cs].strip().lower()
            if head in _SPOKES_HEADS and owner_pron in ("his", "her") and head_end <= 3:
                # "Her spokesperson said": the spokespeople of the person the pronoun names speak for her
                attr = self._resolve_pronoun("he" if owner_pron == "his" else "she", cs, owner_pron)
                if attr is not None and attr.speaker is not None and attr.speaker.type == "person":
                    return _Attr(attr.speaker, ctext, 0.7, cs, ce)
            if head in _SPOKES_HEADS and low[0] == "its" and head_end <= 3:
                # "the Kremlin was watching. Its spokesman said": the body's spokesman by title (Peskov); a body
                # with no known spokesman keeps its spokesman unnamed
                attr = self._resolve_pronoun("it", cs, words[0])
                body = attr.speaker if attr is not None else None
                if body is not None and body.type == "organization":
                    sp = self._resolve_title(f"{body.name} {head}", cs)
                    return _Attr(sp, ctext, 0.7 if sp is not None else 0.4, cs, ce)
            sp = self._resolve_title(ctext, cs)
            if sp is not None:
                return _Attr(sp, ctext, 0.8, cs, ce)
            return _Attr(None, ctext, 0.4, cs, ce)
        if head in L.ANON_NOUNS and head_word[:1].isupper() and low[0] == "the" and head_end >= 3 and all(
                w[:1].isupper() for w in words[1:head_end]) and not all(
                w in _COUNTRY_ADJS for w in words[1:head_end - 1]):  # ("The Ukrainian Americans": people)
            # "The Liberal Democrats", "The Sweden Democrats": a party's name, not a group of democrats
            name = " ".join(words[1:head_end])
            sp = self.reg.lookup_alias(name) or self._unregistered_org(name)
            return _Attr(sp, ctext, 0.7, cs, ce)
        if head in L.ANON_NOUNS or low[0] in _INDEFINITE:
            return _Attr(None, ctext, 0.6, cs, ce)
        if head_word.islower() and head.endswith(_AGENT_PLURALS) and len(head) > 5 and head_end <= 3:
            # an unlisted group of people: "de-miners warned", "rescuers said", "local lawmakers"
            return _Attr(None, ctext, 0.5, cs, ce)
        if words[-1] in _AFFILIATION_CAPS and head_end == len(words) and low[0] in _DETERMINERS:
            # "the Idaho Republican said": a description of a person named before, never a new name
            sp = self._resolve_title(ctext, cs)
            return _Attr(sp, ctext, 0.75 if sp else 0.4, cs, ce)
        if head_word[0].isupper() and low[0] not in ("his", "her", "their", "its", "our", "my", "your"):
            # an unknown capitalised speaker: "Moscow", "Kyiv", an outlet or a party
            cap0 = next((i for i, w in enumerate(words[:head_end]) if w[:1].isupper() and not (
                i == 0 and low[0] in _DETERMINERS and len(words) > 2)), 0)
            # "the far-right Alternative for Germany": lowercase modifiers before the name are no part of it
            if (head_end - cap0 > 3 and _unposs(words[cap0]) in L.COUNTRY_ADJ and words[cap0] != _unposs(words[cap0])
                    and any(w in ("for", "of") for w in low[cap0 + 2:head_end])):
                cap0 += 1  # "Russia's Federal Agency for Maritime and River Transport": a proper name owns no country
            name = clean_name(" ".join(words[cap0:head_end]))
            if not name:
                return False
            sp = self.reg.resolve(name, self.date)
            if sp is not None:
                return _Attr(sp, ctext, 0.85, cs, ce)
            short = self._org_by_short_name(name) if " " not in name else None
            if short is not None:
                return _Attr(short, ctext, 0.8, cs, ce)
            if name in L.COUNTRY_ADJ:
                gov = f"{L.COUNTRY_ADJ[name]} Government"
                sp = self.reg.lookup_alias(gov) or Speaker(speaker_id_for(gov), gov, "organization", None, None)
                return _Attr(sp, ctext, 0.6, cs, ce)
            if len(words) == 1 and words[0] in _FUNCTION_CAPS:
                return False
            if len(words) == 1 and words[0] in L.NON_NAME_CAPS:
                return _Attr(Speaker(speaker_id_for(name), name, "organization", None, None), ctext, 0.5, cs, ce)
            if len(words) == 1:
                return False
            # a person's name never has 'for' inside: "Alternative for Germany" is an organisation
            org_head = next((lw for lw in low[:head_end] if lw in _NATIONAL_HEADS), low[head_end - 1])
            stype = "organization" if any(w in L.NON_PERSON_TOKENS or w == "for" for w in words) or (
                org_head in L.ORG_HEADS or org_head in _NATIONAL_HEADS) else "person"
            if stype == "organization":
                name = self._national_body_name(name, cs, ctext, low, words, org_head) or name
                hit = self.reg.lookup_alias(name)
                if hit is not None:
                    return _Attr(self._entity_for(hit, None).speaker, ctext, 0.8, cs, ce)
            sp = Speaker(speaker_id_for(name), name, stype, None, None)
            if stype == "organization":
                # an organisation the registry does not know becomes an entity of the article, so that "the
                # commission said" later finds it
                sp = self._entity_for(sp, None).speaker
                self._add_event(cs, sp.speaker_id, True)
            return _Attr(sp, ctext, 0.6, cs, ce)
        return False

    def _document_source(self, cs, ce, ctext, words, head_end):
        """'the ministry's statement', 'a Kremlin readout', 'the statement', 'estimates by the energy ministry':
        the author, else nobody."""
        if head_end + 1 < len(words) and words[head_end].lower() in ("by", "from"):
            agent = " ".join(words[head_end + 1:])
            if " and " in agent and head_end >= 2 and words[head_end - 2].lower() == "joint":
                # "a joint statement by Secretary of State Marco Rubio and Mike Waltz": the first author speaks
                agent = agent.split(" and ")[0]
                ce = cs + len(" ".join(words[:head_end + 1])) + 1 + len(agent)
            res = self._resolve_chunk(ce - len(agent), ce, agent)
            if isinstance(res, _Attr) and res.speaker is not None and (
                    self.reg.by_id(res.speaker.speaker_id) is not None or words[-1].lower() in L.ORG_HEADS):
                return _Attr(res.speaker, ctext, 0.6, cs, ce)  # (not "data from Russian travel websites")
        mods = words[1:head_end - 1] if words[0].lower() in _DETERMINERS else words[:head_end - 1]
        while mods and mods[-1].islower():
            mods = mods[:-1]  # "a Defense Department fact sheet", "a Kremlin press release": a compound noun
        if len(mods) > 1 and all(w[:1].isupper() for w in mods):
            # "a European Commission document": an author of several words
            sp = self.reg.lookup_alias(" ".join(mods))
            if sp is not None:
                return _Attr(sp, ctext, 0.6, cs, ce)
        if len(mods) == 1 and self.reg.lookup_alias(mods[0]) is None and mods[0] not in L.NON_NAME_CAPS and (
                _ORG_LIKE_NAME_RE.fullmatch(mods[0]) or (
                    words[head_end - 1].lower() in _DATA_HEADS and mods[0].istitle() and mods[0].isalpha()
                    and mods[0] not in L.COUNTRY_ADJ and _gender_of_name(mods[0]) is None
                    and fold(mods[0]) not in self.surnames and not self.reg.knows_token(fold(mods[0])))):
            # "LSEG data", "a Kpler estimate", "Tradeweb data": a data firm the registry does not know, named as
            # written (a plain word only before a data noun, and when it names no person or place)
            return _Attr(self._unregistered_org(mods[0]), ctext, 0.6, cs, ce)
        for i, w in enumerate(words[:head_end - 1]):
            if w.endswith(("'s", "’s")):
                owner = " ".join(words[:i + 1])
                owner = _unposs(owner[4:] if owner.lower().startswith("the ") else owner)
                sp = self._known_speaker(owner)
                if sp is None:
                    res = self._resolve_chunk(cs, cs + len(owner), owner) if owner else None
                    sp = res.speaker if isinstance(res, _Attr) else None
                if sp is not None:
                    return _Attr(sp, ctext, 0.6, cs, ce)
                break
            if w[:1].isupper():
                sp = self.reg.lookup_alias(w)
                if sp is not None:
                    return _Attr(sp, ctext, 0.6, cs, ce)
        its_before = _ITS_BEFORE_RE.search(self.masked, max(0, cs - 30), cs) if head_end == 1 else None
        if (words[0].lower() in ("its", "their") and head_end <= 4) or its_before is not None:
            # "Its short statement says …": the body the pronoun names
            attr = self._resolve_pronoun("it", cs, words[0])
            if attr is not None and attr.speaker is not None and attr.speaker.type == "organization":
                return _Attr(attr.speaker, ctext, 0.6, cs, ce)
        sp = self._document_issuer(cs, words[head_end - 1].lower().strip(".,"))
        if sp is not None:
            return _Attr(sp, ctext, 0.55, cs, ce)
        if words[head_end - 1].lower().strip(".,") in _COLLECTIVE_DOCS:
            sp = self._collective_body(cs)
            if sp is not None:
                return _Attr(sp, ctext, 0.55, cs, ce)
        return _Attr(None, ctext, 0.4, cs, ce)

    def _last_two_people(self, pos: int) -> tuple[Speaker, Speaker] | None:
        """The two people named last within this paragraph and the one before, earlier one first."""
        found: list[Speaker] = []
        window = self._para_window(pos, 1)
        for idx in range(bisect.bisect_left(self.ev_pos, pos) - 1, -1, -1):
            p_, key, _s = self.ev[idx]
            if p_ < window:
                break
            sp = self.entities[key].speaker
            if sp.type == "person" and sp not in found:
                found.append(sp)
                if len(found) == 2:
                    return found[1], found[0]
        return None

    def _collective_body(self, pos: int) -> Speaker | None:
        """The collective body (registry ``collective``: G7, NATO, the EU ...) named last within the last three
        paragraphs before ``pos`` ("Leaders of the Group of Seven ended their summit …")."""
        return self.reg.last_collective_mention(self.masked, self._para_window(pos, 3), pos)

    def _document_issuer(self, pos: int, head: str = "") -> Speaker | None:
        """'The statement added …' with no owner: the author of the document named last before ``pos``: the same
        word within three paragraphs ('…, the alliance said in its final declaration.'), else any document word in
        this or the previous paragraph ('The ministry released a statement.', 'China published a position paper')."""
        m = self.masked
        last = None
        if len(head) > 3:
            same = re.compile(r"\b" + re.escape(head[:-1]) + r"\w{0,3}\b")
            for dm in same.finditer(m, self._para_window(pos, 3), pos):
                last = dm
        if last is None:
            for dm in _DOC_WORD_RE.finditer(m, self._para_window(pos, 1), pos):
                last = dm
        if last is None:
            return None
        p = last.start()
        k = self._para_index(p)
        ss, se = next(((a, b) for a, b in self.sentences(k) if a <= p < b), (p, p))
        if ss <= pos < se:
            return None  # the document of this very sentence: "The statement said …"
        for q in reversed(self.quotes):
            if q.context_start <= p < q.context_end and q.speaker_id is not None:
                ent = self.entities.get(q.speaker_id)
                if ent is not None:
                    return ent.speaker
        im = _ISSUE_VERB_RE.search(m, ss, p)
        if im is not None:
            attr = self._subject_attr(ss, im.start())
            if attr is not None and attr.speaker is not None:
                return attr.speaker
        return None

    def _resolve_org(self, cs, ce, ctext, low, head):
        # ("the Geneva-based organisation", "the Kremlin-backed group": the modifier only locates the body)
        content = [w for w in low if w not in _DETERMINERS and not w.endswith(("-based", "-backed", "-led", "-run"))]
        if low[0] in ("his", "her") and len(content) == 1 and head in ("office", "aides", "campaign", "team"):
            # "His office said in a statement": a person's office speaks for that person (guidelines)
            attr = self._resolve_pronoun("he" if low[0] == "his" else "she", cs, ctext.split()[0])
            if attr is not None and attr.speaker is not None and attr.speaker.type == "person":
                return _Attr(attr.speaker, ctext, 0.7, cs, ce)
        if len(content) == 1:
            # "the ministry": the latest organisation mentioned with that head in its name, or, within the last
            # three paragraphs, in its registry role ("the company" after Gazprom, "Russian state gas company")
            window = self._para_window(cs, 2)
            for pos, key, _sal in reversed(self.ev[: bisect.bisect_left(self.ev_pos, cs)]):
                ent = self.entities[key]
                if ent.speaker.type == "organization" and (head in fold(ent.speaker.name).split() or (
                        pos >= window and (self._role_has_head(ent.speaker.role, head) or head in ent.titles))):
                    return _Attr(ent.speaker, ctext, 0.75, cs, ce)
            # fall back to the text: "... the Russian defence ministry ..." earlier in the article
            m = self.masked
            lo = max(0, cs - 1500)
            window = m[lo:cs].lower()
            j = len(window)
            while True:
                j = window.rfind(head, 0, j)
                if j < 0:
                    break
                words = m[max(lo, lo + j - 60):lo + j].split()[-4:]
                for n in range(1, len(words) + 1):
                    sp = self.reg.lookup_alias(" ".join(words[-n:]) + " " + head)
                    if sp is not None:
                        return _Attr(sp, ctext, 0.7, cs, ce)
                # "the Council of the European Union … the Council said": the name goes on after the head
                tail = [w.strip(",.;:") for w in m[lo + j:lo + j + 60].split()[:6]]
                for n in range(len(tail), 2, -1):
                    sp = self.reg.lookup_alias(" ".join(tail[:n]))
                    if sp is not None and sp.type == "organization":
                        return _Attr(sp, ctext, 0.7, cs, ce)
                # an apposition: "Energoatom, Ukraine's state nuclear company, …" -> "The company said"
                aj = lo + j
                for p, key, _sal in reversed(self.ev[bisect.bisect_left(self.ev_pos, aj - 80):
                                                     bisect.bisect_left(self.ev_pos, aj)]):
                    ent = self.entities[key]
                    between = m[p:aj]
                    if ent.speaker.type == "organization" and "," in between and not any(
                            ch in between for ch in ".;:!?"):
                        return _Attr(ent.speaker, ctext, 0.65, cs, ce)
            if head in _GENERIC_ORG_HEADS:
                # "The Ukrainian Canadian Congress says … the organization said", "Amnesty International … The group
                # said": the latest body of the last three paragraphs (no country's government)
                window = self._para_window(cs, 2)
                for pos, key, _sal in reversed(self.ev[: bisect.bisect_left(self.ev_pos, cs)]):
                    if pos < window:
                        break
                    ent = self.entities[key]
                    if ent.speaker.type == "organization" and not ent.speaker.name.endswith("Government"):
                        return _Attr(ent.speaker, ctext, 0.65, cs, ce)
            if head == "government":
                # "his government", "the government": the country of the person or of the context
                adj = self._state_country(cs, ctext, low, ctext.split())
                if adj:
                    # (a government the registry does not list is named the registry's way: "Estonian Government")
                    return _Attr(self._org_named(f"{adj} Government"), ctext, 0.6, cs, ce)
            return _Attr(None, ctext, 0.3, cs, ce)
        if 2 <= len(content) <= 3 and low[0] in _DETERMINERS and all(w.isalpha() for w in content):
            # "the spy agency" after "the National Intelligence Service": an organisation of the last three
            # paragraphs whose registry role has these words ("South Korean spy agency (…)")
            window = self._para_window(cs, 3)
            for pos, key, _sal in reversed(self.ev[: bisect.bisect_left(self.ev_pos, cs)]):
                if pos < window:
                    break
                ent = self.entities[key]
                if ent.speaker.type == "organization" and set(content) <= set(fold(ent.speaker.role or "").split()):
                    return _Attr(ent.speaker, ctext, 0.7, cs, ce)
        words = ctext.split()
        # an owner that is a known speaker: "Fico's office" -> Robert Fico, "NATO's press office" -> NATO
        first = 0
        for i, w in enumerate(words[:-1]):
            if w.endswith(("'s", "’s")):
                owner = " ".join(words[first:i + 1])
                owner = _unposs(owner[4:] if owner.lower().startswith("the ") else owner)
                if owner in L.COUNTRY_ADJ:
                    # "Romania's president Klaus Iohannis's office": look for a later owner
                    first = i + 1
                    continue
                sp = self._known_speaker(owner)
                # "President Maia Sandu's office", "Romania's president Klaus Iohannis's office": a titled owner
                ow = owner.split()
                for k in range(1, len(ow) - 1):
                    if sp is not None or not ow[k][:1].isupper():
                        continue
                    if all(x in L.TITLE_CAPS or x.lower() in L.ROLE_NOUNS or not x[:1].isupper() for x in ow[:k]):
                        sp = self._known_speaker(" ".join(ow[k:]))
                if sp is not None:
                    return _Attr(sp, ctext, 0.7, cs, ce)
                if owner.islower() and not any(x[:1].isupper() for x in words):
                    # "the region's energy company", "the city's water utility": an unnamed body
                    return _Attr(None, ctext, 0.4, cs, ce)
                break
        # a registry organisation used as a modifier: "the UN human rights office" -> United Nations
        for w in words[:-1]:
            if w[:1].isupper() and _unposs(w) not in L.COUNTRY_ADJ and w not in _COUNTRY_ADJS:
                # ("The Polish embassy in Canberra": a nationality is no organisation used as a modifier)
                sp = self.reg.lookup_alias(w)
                if sp is not None and sp.type == "organization":
                    return _Attr(sp, ctext, 0.7, cs, ce)
        gi = low.index("government") if head == "government" and "government" in low else 0
        if gi >= 1 and words[gi - 1][:1].isupper():
            # "the Orbán government", "the Starmer government": the leader's country's government
            leader = self._known_speaker(_unposs(words[gi - 1]))
            adj = L.COUNTRY_ADJ.get(leader.country) if leader is not None and leader.type == "person" and \
                leader.country else None
            sp = self.reg.lookup_alias(f"{adj} government") if adj else None
            if sp is not None:
                return _Attr(self._entity_for(sp, None).speaker, ctext, 0.75, cs, ce)
        name = _canonical_org_name(ctext)
        if head in _STATE_HEADS or head in _UNIT_HEADS:
            # ("the 7th Rapid Response Corps" in a Ukrainian story: Ukrainian 7th Rapid Response Corps)
            if name.split()[0] not in _COUNTRY_ADJS:
                adj = self._state_country(cs, ctext, low, words)
                if adj is not None:
                    name = f"{adj} {name}"
        elif head in L.ANON_NOUNS and not any(w[:1].isupper() for w in words[1:]) and (
                words[0].islower() or low[0] in _DETERMINERS):
            return _Attr(None, ctext, 0.4, cs, ce)  # "the radio operator": a person or a body nobody names
        else:
            name = self._national_body_name(name, cs, ctext, low, words, head) or name
        sp = self.reg.lookup_alias(name) or Speaker(speaker_id_for(name), name, "organization", None, None)
        self._entity_for(sp, None)
        self._add_event(cs, sp.speaker_id, True)
        return _Attr(sp, ctext, 0.75, cs, ce)

    def _national_body_name(self, name: str, cs: int, ctext: str, low, words, head: str) -> str | None:
        """Registry-style name of a country's own state body named without its country: "the Central Electoral
        Commission" in a Vilnius story -> "Lithuanian Central Electoral Commission", "Ukraine's Ministry of Strategic
        Industries" -> "Ukrainian Strategic Industries Ministry", "the Treasury" -> "US Treasury"; None when
        ``name`` is no such body."""
        nw = name.split()
        if len(nw) >= 3 and nw[0] == "Ministry" and nw[1] == "of" and self.reg.lookup_alias(name) is None:
            nw = nw[2:] + ["Ministry"]
        if not (head in _NATIONAL_HEADS and (head in ("treasury", "ministry") or nw[0] in _NATIONAL_FIRST)):
            return None
        if any(w in L.COUNTRY_ADJ or w in _COUNTRY_ADJS for w in nw) or "for" in nw:
            # ("National Bank of Ukraine", "Ukrainian …": the country is named already; "Federal Agency for Maritime
            # and River Transport": a full official name identifies itself)
            return _ministry_spelling(" ".join(nw))
        owner = _unposs(words[1 if low[0] in _DETERMINERS else 0])
        adj = L.COUNTRY_ADJ.get(owner) if owner != words[1 if low[0] in _DETERMINERS else 0] else None
        adj = adj or self._state_country(cs, ctext, low, words)
        return _ministry_spelling(f"{adj} {' '.join(nw)}" if adj else " ".join(nw))

    @staticmethod
    def _role_has_head(role: str | None, head: str) -> bool:
        """'Russian state gas company' answers to "the company"; any business word answers to any other
        ("the company" for Euroclear, a 'securities depository')."""
        words = {_SPELLING.get(w, w) for w in fold(role or "").split()}
        head = _SPELLING.get(head, head)
        return head in words or (head in _CORPORATE_HEADS and not words.isdisjoint(_CORPORATE_HEADS))

    def _state_country(self, cs: int, ctext: str, low, words) -> str | None:
        """Country of "the defence ministry", "his government", "the ministry in Seoul" from the context."""
        if low[0] in ("his", "her", "its", "their"):
            attr = self._resolve_pronoun({"his": "he", "her": "she", "its": "it", "their": "they"}[low[0]],
                                         cs, words[0])
            sp = attr.speaker if attr is not None else None
            if sp is not None and not sp.country and sp.name.split()[0] in _COUNTRY_ADJS:
                return sp.name.split()[0]  # "Turkey … Its foreign ministry": the Turkish Government's
            if sp is None and low[0] == "its":
                # "Russia launched 40 drones. Its defence ministry said": a country named as a place is an 'it' too
                return self._context_country(cs)
            return L.COUNTRY_ADJ.get(sp.country) if sp is not None and sp.country else None
        pm = _IN_PLACE_RE.search(ctext)
        adj = L.COUNTRY_ADJ.get(pm.group(1)) if pm else None
        return adj if adj is not None else self._context_country(cs)

    def _context_country(self, pos: int) -> str | None:
        """Nationality adjective of the country the text right before ``pos`` is about: the nearest country word
        ('Russian', "Kyiv's", 'Seoul') or person of known country in this sentence before ``pos``, else the first
        one of the previous sentence (its subject: 'Russian troops raised flags …'); reported content is skipped
        ('Zelensky's office said a Russian strike …' is about Ukraine)."""
        m = self.masked
        k = self._para_index(pos)
        sents = self.sentences(k)
        i = next((j for j, (a, b) in enumerate(sents) if a <= pos < b), len(sents) - 1)
        cur = sents[i][0] if sents else pos
        if i > 0:
            lo = sents[i - 1][0]
        elif k > 0:
            lo = self.sentences(k - 1)[-1][0]
        else:
            lo = cur
        quoted = [(q.start, q.end) for q in self.quotes if q.end > lo and q.start < pos]
        clues = []
        if i == 0 and k > 0:
            # "CHINA\n\nThe foreign ministry said …": a factbox's country heading
            hs, he = self.paras[k - 1]
            head = m[hs:he].strip()
            if head.isupper() and len(head) <= 30:
                adj = L.COUNTRY_ADJ.get(head) or L.COUNTRY_ADJ.get(head.title()) or (
                    head.title() if head.title() in _COUNTRY_ADJS else None)
                if adj:
                    clues.append((hs, adj))
        for cm in _COUNTRY_WORD_RE.finditer(m, lo, pos):
            adj = _country_adj(cm.group(1))
            if adj:
                clues.append((cm.start(), adj))
        for p, key, _sal in self.ev[bisect.bisect_left(self.ev_pos, lo):bisect.bisect_left(self.ev_pos, pos)]:
            ctry = self.entities[key].speaker.country
            adj = L.COUNTRY_ADJ.get(ctry) if ctry else None
            if adj:
                clues.append((p, adj))
        clues = sorted(c for c in clues if not any(a <= c[0] < b for a, b in quoted))
        here = [c for c in clues if c[0] >= cur]
        if here:
            # Ukraine and Russia are what nearly every sentence here is about; a third country in the body's own
            # sentence is more likely its owner ("Japan will provide $4.5bn to Ukraine, according to the Foreign
            # Ministry"; "a Russian jet entered Estonian airspace, the Defence Forces said")
            third = [c for c in here if c[1] not in _WAR_PARTY_ADJS]
            return (third or here)[-1][1]
        return clues[0][1] if clues else self._lede_country()

    _lede_adj: str | None = None
    _lede_done = False

    def _lede_country(self) -> str | None:
        """The country the article opens on (first country word of its first paragraph, dateline included):
        'the foreign ministry' of a Moldovan outlet's story with no nearer clue."""
        if not self._lede_done:
            self._lede_done = True
            if self.paras:
                ps, pe = self.paras[0]
                place = self._dateline_place()
                self._lede_adj = _country_adj(place) if place else None
                for cm in () if self._lede_adj else _COUNTRY_WORD_RE.finditer(self.masked, ps, pe):
                    adj = _country_adj(cm.group(1))
                    if adj:
                        self._lede_adj = adj
                        break
        return self._lede_adj

    def _known_speaker(self, name: str) -> Speaker | None:
        key = fold(name)
        if key in self.surnames:
            return self.surnames[key].speaker
        ent = self.entities.get(speaker_id_for(name))
        if ent is not None:
            return ent.speaker
        return self.reg.lookup_alias(name)

    def _resolve_pronoun(self, pron: str, pos: int, written: str) -> _Attr | None:
        """he/she -> the latest compatible person, preferring subjects and speakers; inside the current
        paragraph the latest compatible person wins over an earlier paragraph's subject. it/they -> the
        latest organisation (a group of people stays unidentified)."""
        g = L.PRONOUNS[pron]
        if g in ("i", "p") and pron in ("i", "we"):
            return None
        if g in ("m", "f"):
            gm = _GIVES_NAME_RE.match(self.masked, pos + len(pron))
            ent = (self.surnames.get(fold(gm.group(1))) or self.entities.get(speaker_id_for(gm.group(1)))
                   if gm is not None else None)
            if ent is not None and ent.speaker.type == "person":
                # "He gives his name as Yevhen and says …": the name the pronoun itself goes on to give
                return _Attr(ent.speaker, written, 0.7, pos, pos + len(written))
        if g in ("m", "f") and (self._anon_before(pos) or self._unnamed_speaker_goes_on(pos, g)):
            return _Attr(None, written, 0.5, pos, pos + len(written))
        if pron == "they" and self._people_subject_before(pos):
            return _Attr(None, written, 0.5, pos, pos + len(written))
        if pron == "it":
            body = self._body_subject_before(pos)
            if body is not None:
                return _Attr(body, written, 0.7, pos, pos + len(written))
        want_org = g in ("n", "p")
        limit = bisect.bisect_left(self.ev_pos, pos)
        para_start = self._para_start_of(pos)
        if not want_org:
            iv = self._interviewee()
            if iv is not None and iv.gender in (None, g) and not any(
                    self.entities[key].speaker.type == "person" and self.entities[key].gender in (None, g)
                    for _p, key, _s in self.ev[bisect.bisect_left(self.ev_pos, para_start):limit]):
                # interview: a pronoun with no candidate in its own paragraph is the interviewee, not the last
                # woman or man merely mentioned in the paragraph before
                return _Attr(iv.speaker, written, 0.7, pos, pos + len(written))
            titled = self._title_subject_before(pos, para_start, g)
            if titled is not None:
                return _Attr(titled.speaker, written, 0.7, pos, pos + len(written))
        if not want_org:
            chained = self._pronoun_subject_before(pron, pos, para_start, limit)
            if chained is not None:
                # "She has clashed with Wagenknecht more than once. She told the Bundestag …": a pronoun subject
                # goes on with the one opening an earlier sentence of the paragraph, not with its object
                prior = self._resolve_pronoun(pron, chained, written)
                if prior is not None:
                    return _Attr(prior.speaker, written, prior.conf, pos, pos + len(written))
        window_start = self._para_window(pos, 3)
        in_para = None
        fallback = None
        in_para_poss = fallback_poss = False
        rel_fallback = None
        for idx in range(limit - 1, -1, -1):
            p, key, salient = self.ev[idx]
            if p < window_start:
                break
            ent = self.entities[key]
            if want_org:
                if ent.speaker.type != "organization":
                    continue
            else:
                if ent.speaker.type != "person" or not ent.person_ok:
                    continue
                if ent.gender is not None and ent.gender != g:
                    continue
                if not salient and p >= para_start:
                    # "…, while Sweden's Ulf Kristersson said …": the subject of a speech verb is a speaker even
                    # when not first in the sentence, and beats a person only named inside reported content
                    salient = self._speaks_at(p)
            if salient:
                chosen, conf = ent, (0.8 if p >= para_start else 0.7)
                if p < para_start and in_para is not None:
                    chosen, conf = in_para, 0.7
                if chosen.gender is None and not want_org:
                    chosen.gender = g
                return _Attr(chosen.speaker, written, conf, pos, pos + len(written))
            if not want_org and _IN_WHO_CLAUSE_RE.search(self.masked, max(para_start, p - 80), p):
                # "Mary Gallagher, a retired teacher, who drove Iryna to every appointment. She said …": the object
                # of a relative clause yields to the person it describes
                rel_fallback = rel_fallback or ent
                continue
            # "… led by Andriy Yermak, the head of President Volodymyr Zelenskyy's office. … he said": in the
            # pronoun's paragraph a person named only as an owner yields to one named in full
            poss = p >= para_start and (in_para is None or in_para_poss or fallback is None or fallback_poss) \
                and self._possessive_at(p)  # (looked up only when it can change a choice)
            if p >= para_start and (in_para is None or (in_para_poss and not poss)):
                in_para, in_para_poss = ent, poss
            if fallback is None or (fallback_poss and p >= para_start and not poss):
                fallback, fallback_poss = ent, poss
        fallback = fallback or rel_fallback
        if fallback is not None:
            if fallback.gender is None and not want_org:
                fallback.gender = g
            return _Attr(fallback.speaker, written, 0.6, pos, pos + len(written))
        return _Attr(None, written, 0.3, pos, pos + len(written))

    def _pronoun_subject_before(self, pron: str, pos: int, para_start: int, limit: int) -> int | None:
        """Start of the last sentence of ``pos``'s paragraph that opens on the same pronoun ("She has …") when
        no person is named in subject position between it and ``pos`` (only objects: "… with Wagenknecht")."""
        k = self._para_index(pos)
        for a, _b in reversed([b for b in self.sentences(k) if b[1] <= pos]):
            word = self.masked[a:a + len(pron) + 1]
            if word[:-1].lower() == pron and not word[-1].isalnum():
                lo = bisect.bisect_left(self.ev_pos, a)
                if any(salient and self.entities[key].speaker.type == "person" for _p, key, salient in self.ev[lo:limit]):
                    return None
                return a
        return None

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        """Bounds of the last sentence of ``pos``'s paragraph that ends at or before ``pos``."""
        prev = [(a, b) for a, b in self.sentences(self._para_index(pos)) if b <= pos]
        return prev[-1] if prev else None

    def _body_with_head(self, head: str, before: int, window_start: int = 0) -> Speaker | None:
        """The latest organisation of the article, mentioned in [window_start, before), with ``head`` as a word
        of its name ("the commission" after "the Central Electoral Commission")."""
        for pos, key, _sal in reversed(self.ev[: bisect.bisect_left(self.ev_pos, before)]):
            if pos < window_start:
                break
            ent = self.entities[key]
            if ent.speaker.type == "organization" and head in fold(ent.speaker.name).split():
                return ent.speaker
        return None

    def _people_subject_before(self, pos: int) -> bool:
        """An unnamed group of people ("residents", "local officials") is the subject of the sentence before
        ``pos`` in its paragraph, and no organisation has been named since: 'they said' is that group."""
        prev = self._sentence_before(pos)
        if prev is None:
            return False
        a, b = prev
        pm = _PEOPLE_SUBJECT_RE.match(self.masked, a, b)
        if pm is None or pm.group(1).lower() not in L.ANON_NOUNS:
            return False
        if _OF_A_BODY_RE.match(self.masked, pm.end(1)):
            return False  # "Analysts at Brightwater Capital …": the experts of a named body are that body
        lo = bisect.bisect_left(self.ev_pos, a)
        hi = bisect.bisect_left(self.ev_pos, pos)
        return not any(self.entities[key].speaker.type == "organization" for _p, key, _s in self.ev[lo:hi])

    def _body_subject_before(self, pos: int) -> Speaker | None:
        """An organisation named by a lowercase phrase as the subject of the sentence before ``pos`` in its
        paragraph ("Russia's defence ministry has put out a statement. It says …"): the mention scan only sees
        capitalised names, so such a body is no discourse entity yet."""
        prev = self._sentence_before(pos)
        if prev is None:
            return None
        bm = _BODY_SUBJECT_RE.match(self.masked, *prev)
        if bm is None:
            return None
        attr = self.resolve_np(bm.start(1), bm.end(1))
        return attr.speaker if attr is not None and attr.speaker is not None and \
            attr.speaker.type == "organization" else None

    def _speaks_at(self, p: int) -> bool:
        """The name mentioned at ``p`` is directly followed by a speech verb ('Lavrov said', 'X told')."""
        i = bisect.bisect_left(self.mention_starts, p)
        if i >= len(self.mentions) or self.mentions[i][0] != p:
            return False
        if _SPEAKS_AFTER_RE.match(self.masked, self.mentions[i][1]) is None:
            return False
        if self.masked[max(0, p - 5):p] == "what ":
            return False  # "Sadowski shrugged when told what Zelensky had said": what was said, not who speaks
        # "Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, wrote": a name closing another person's
        # apposition does not speak; the verb is the apposition head's
        comma = self.masked.rfind(",", max(0, p - 80), p)
        lead = self.masked[comma + 1:p].split()[:1] if comma > 0 else []
        return not (lead and lead[0] in ("a", "an", "the") and comma in self._mention_by_end)

    def _person_object(self, ve: int, se: int) -> bool:
        """The verb ending at ``ve`` takes a person as its whole object: a titled or known name ending the clause
        or followed by a preposition ("dismissed General Valerii Zaluzhnyi on Thursday"), not "X's warning"
        and not "X as …"."""
        i = bisect.bisect_left(self.mention_starts, ve)
        if i >= len(self.mentions) or self.mentions[i][0] > ve + 40:
            return False
        ms, me, key = self.mentions[i]
        between = self.masked[ve:ms].split()
        if not all(w[:1].isupper() for w in between) or self.entities[key].speaker.type != "person":
            return False
        return _PERSON_OBJECT_END_RE.match(self.masked, me, se) is not None

    def _title_subject_before(self, pos: int, para_start: int, g: str) -> _Entity | None:
        """'The Italian prime minister told delegates … "…," she said': a sentence of this paragraph opening on a
        title-only subject that resolves to a person of gender ``g``, with no other such person named after it."""
        last = None
        for tm in _TITLE_SUBJECT_RE.finditer(self.masked, para_start, pos):
            last = tm
        if last is None:
            return None
        sp = self._resolve_title(last.group(), last.start())
        # (a registry title holder need not have been named in the article: "The chancellor, who …")
        ent = self._entity_for(sp, None) if sp is not None and sp.type == "person" else None
        if ent is None or ent.gender not in (None, g):
            return None
        for _p, key, _s in self.ev[bisect.bisect_left(self.ev_pos, last.end()):bisect.bisect_left(self.ev_pos, pos)]:
            other = self.entities[key]
            if other is not ent and other.speaker.type == "person" and other.gender in (None, g):
                return None
        return ent

    _iv_done = False
    _iv: _Entity | None = None

    def _interviewee(self) -> _Entity | None:
        """The person an interview article is about: the journalist writes in the first person ('when we met',
        'I put the question to her', 'she told me'); the lead paragraph names that person first."""
        if not self._iv_done:
            self._iv_done = True
            if (self.paras and any(hint.search(self.masked) for hint in _INTERVIEW_HINTS)
                    and _INTERVIEW_RE.search(self.masked)):
                self._iv = self._first_person_before(self.paras[0][1])
        iv = self._iv
        if iv is None:
            return None
        # and so far the interviewee is the main voice: most of the attributed quotes are theirs
        said = [q.speaker_id for q in self.quotes if q.speaker_id is not None]
        if len(said) < 2 or 2 * said.count(iv.speaker.speaker_id) <= len(said):
            return None
        return iv

    def _para_index(self, pos: int) -> int:
        """The last paragraph starting at or before ``pos`` (the first one when none does)."""
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def _para_start_of(self, pos: int) -> int:
        return self.paras[self._para_index(pos)][0] if self.paras else 0

    def _para_window(self, pos: int, n: int) -> int:
        k = self._para_index(pos)
        return self.paras[max(0, k - n)][0] if self.paras else 0

    def _resolve_title(self, ctext: str, pos: int) -> Speaker | None:
        # "Ukraine's most senior commander"; "the alliance's secretary-general", "the bloc's top diplomat": in this news
        # the alliance is NATO and the bloc the EU
        key = _TITLE_BODY_RE.sub(lambda mm: _TITLE_BODIES[mm.group()], norm_key(ctext))
        if "head of" in key or "of republic" in key:
            # "the head of state", "the head of government": the country's leader (president, prime minister …);
            # "the President of the Republic" (a French story's register): the president
            key = key.replace("head of state", "leader").replace("head of government", "leader").replace(
                "president of republic", "president")
        qwords = [w for w in key.split() if w not in _DETERMINERS and w not in _TITLE_NOISE]
        qwords = ["leader" if w in L.LEADER_SYNONYMS else _TITLE_SYNONYMS.get(w, w) for w in qwords]
        if not qwords:
            return None
        qset = set(qwords)
        alts = [qset]
        if "leader" in qset:
            base = qset - {"leader"}
            alts = [base | {"president"}, base | {"prime", "minister"}, base | {"chancellor"}, qset]
        if "diplomat" in qset and not qset.isdisjoint(("top", "chief")):
            # "Poland's top diplomat" after "Foreign Minister Radoslaw Sikorski": news calls the foreign minister so
            alts.append(qset - {"diplomat", "top", "chief"} | {"foreign", "minister"})
        if "envoy" in qset:
            # "the American envoy" after "U.S. Ambassador Linda Thomas-Greenfield": an ambassador is an envoy
            alts.append(qset - {"envoy"} | {"ambassador"})
        limit = bisect.bisect_left(self.ev_pos, pos)
        if "former" in key.split() or "incoming" in key.split() or key.endswith("designate"):
            # "the former Estonian prime minister", "the incoming chancellor": someone who holds the title at
            # another time than the article's date, never its current holder
            return self._former_holder(alts, limit)
        # "A European diplomat … said … 'the diplomat said'": the unnamed person introduced since
        anon_at = self._anon_head_before(qwords[-1], pos)
        # most recently mentioned entity holding the title; within the last sentence a subject beats a name
        # that is only an object ("President Gitanas Nauseda addressed Vladimir Putin …. The president said")
        seen = set()
        recent_object = None
        sent_lo = self._para_start_of(pos) if pos < len(self.masked) else pos
        for idx in range(limit - 1, -1, -1):
            _p, key_, _s = self.ev[idx]
            if _p < anon_at:
                return None
            if key_ in seen:
                continue
            seen.add(key_)
            ent = self.entities[key_]
            country = norm_key(ent.speaker.country or "")
            for title in ent.titles:
                tset = _title_words(title, country)
                if any(a <= tset and not (tset & (_OFFICE_QUALIFIERS if len(a) > 1 else _OTHER_OFFICE)) - a
                       for a in alts):
                    if not _s and _p >= sent_lo and recent_object is None:
                        recent_object = ent.speaker  # keep looking for a subject in this paragraph
                        break
                    if recent_object is not None and _p < sent_lo:
                        return recent_object
                    return ent.speaker
        if recent_object is not None:
            return recent_object
        if anon_at >= 0:
            return None
        # a person named right after the title in the same paragraph: "…, the interior minister said.
        # Ihor Klymenko said …" (the role in the registry describes them)
        k = self._para_index(pos)
        # (a lede's title-only speaker is usually named in the second paragraph: "The Republican chairman of the
        # House Intelligence Committee said …" / "Rep. Mike Turner of Ohio told …")
        para_end = (self.paras[min(k + 1, len(self.paras) - 1) if k == 0 else k][1]) if self.paras else len(self.masked)
        head = qwords[-1]
        for idx in range(limit, len(self.ev)):
            p_, key_, _s = self.ev[idx]
            if p_ >= para_end:
                break
            ent = self.entities[key_]
            if ent.speaker.type != "person":
                continue
            words = self._role_words(ent)
            if head in words and qset <= words | _LENIENT_TITLE_WORDS:
                return ent.speaker
        sp = self.reg.lookup_title(" ".join(qwords), self.date)
        if sp is None and qwords in (["governor"], ["regional", "governor"]):
            sp = self._regional_governor(pos)
        if sp is None and "leader" in qset:
            for a in alts:
                sp = self.reg.lookup_title(" ".join(w for w in qwords if w != "leader") + " " +
                                           " ".join(sorted(a - set(qwords))), self.date)
                if sp:
                    break
        if sp is None and len(qwords) >= 2:
            # "the mercenary boss" after "Wagner chief Yevgeny Prigozhin": the latest person in the last two
            # paragraphs whose titles carry the same role noun, unless a nationality contradicts it
            window = self._para_window(pos, 1)
            nat = {w for w in qwords[:-1] if w in _NATIONALITY_WORDS}
            seen = set()
            for idx in range(limit - 1, -1, -1):
                p_, key_, _s = self.ev[idx]
                if p_ < window:
                    break
                if key_ in seen:
                    continue
                seen.add(key_)
                ent = self.entities[key_]
                if ent.speaker.type != "person":
                    continue
                words = self._role_words(ent)
                if head in words and nat <= words:
                    return ent.speaker
        return sp

    def _regional_governor(self, pos: int) -> Speaker | None:
        """'The regional governor said' in a story that never names him: the registry's governor of the region whose
        name (or a region's city: 'Kherson', 'Kharkiv') the text last wrote before ``pos``, else the dateline's."""
        best = None
        for rm in _REGION_NAME_RE.finditer(self.masked, 0, pos):
            best = rm.group(1)
        if best is None:
            best = self._dateline_place()
        return self.reg.lookup_title(f"{best} governor", self.date) if best else None

    def _dateline_place(self) -> str | None:
        """The place of a dateline in capitals opening the article ("OTTAWA —" -> "Ottawa"), None without one."""
        dl = _CAPS_DATELINE_RE.match(self.masked, *self.paras[0]) if self.paras else None
        return " ".join(w.capitalize() for w in dl.group(1).split()) if dl is not None else None

    def _anon_head_before(self, head: str, pos: int) -> int:
        """Where an indefinite 'a/an/one/another … <head>' was last written in this or the two paragraphs
        before ``pos`` (-1: nowhere)."""
        lo = self._para_window(pos, 2)
        if head not in self.masked[lo:pos].lower():
            return -1
        found = -1
        for am in re.finditer(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’\-]+\s+){0,3}?" + re.escape(head) + r"\b",
                              self.masked[lo:pos]):
            found = lo + am.start()
        return found

    def _former_holder(self, alts, limit: int) -> Speaker | None:
        """The latest person mentioned before event ``limit`` whose past registry titles (or a 'former …' title
        from the article) match one of ``alts``."""
        seen = set()
        for idx in range(limit - 1, -1, -1):
            key_ = self.ev[idx][1]
            if key_ in seen:
                continue
            seen.add(key_)
            ent = self.entities[key_]
            if ent.speaker.type != "person":
                continue
            country = norm_key(ent.speaker.country or "")
            past = set(self.reg.titles_of(key_)) - set(self.reg.titles_of(key_, self.date)) if self.date else set()
            past |= {t for t in ent.titles if "former" in t.split()}
            for title in past:
                tset = _title_words(title, country) - {"former"}
                if any(a <= tset for a in alts):
                    return ent.speaker
        return None

    def _role_words(self, ent) -> set:
        words = set()
        for title in ent.titles:
            words.update(title.split())
        words.update(norm_key(ent.speaker.role or "").split())
        words.update(norm_key(ent.speaker.country or "").split())
        return words

    # -- quotes -----------------------------------------------------------------------------------
    def _emit(self, start, end, conts, qtype, cue, pattern, attr: _Attr | None, ctx_s, ctx_e) -> ExtractedQuote:
        sp = attr.speaker if attr else None
        if sp is not None and sp.type == "organization" and sp.name.endswith(" Embassy"):
            sp = self._embassy_with_city(sp)
        elif sp is not None and sp.type == "organization" and sp.name in _PARTY_ELSEWHERE:
            sp = self._party_of_the_story(sp)
        q = ExtractedQuote(
            start=start, end=end, continuations=list(conts), quote_type=qtype, cue=cue, pattern=pattern,
            speaker_as_written=attr.as_written if attr else None,
            speaker=plain_name(sp.name) if sp else None, speaker_id=sp.speaker_id if sp else None,
            speaker_type=sp.type if sp else None,
            attribution_confidence=attr.conf if attr else 0.2,
            context_start=ctx_s, context_end=ctx_e,
        )
        self.quotes.append(q)
        if sp is None and attr is not None and attr.as_written:
            words = attr.as_written.lower().split()
            if _one_unnamed_person(words):
                self._unnamed_speakers.append((attr.pos, attr.end, words))
        if sp is not None:
            self._add_event(attr.pos, sp.speaker_id, True)
            ent = self.entities.get(sp.speaker_id) or self._entity_for(sp, None)
            if sp.type == "person":
                ent.person_ok = True
        return q

    def _party_of_the_story(self, sp: Speaker) -> Speaker:
        """'the Conservatives' of a story from Ottawa are the Conservative Party of Canada, 'the Democratic Party' of
        a story from Seoul the Democratic Party of Korea: a party name several countries share, in the country the
        article opens on when that is not the registry entry's own."""
        name = _PARTY_ELSEWHERE[sp.name].get(self._lede_country() or "")
        return self._org_named(name) if name is not None else sp

    def _third_country(self) -> str | None:
        """The country other than Ukraine and Russia the article names most often (at least three times)."""
        counts: dict[str, int] = {}
        for cm in _COUNTRY_WORD_RE.finditer(self.masked):
            adj = _country_adj(cm.group(1))
            if adj and adj not in _WAR_PARTY_ADJS:
                counts[adj] = counts.get(adj, 0) + 1
        best = max(counts, key=counts.get, default=None)
        return best if best is not None and counts[best] >= 3 else None

    def _embassy_with_city(self, sp: Speaker) -> Speaker:
        """'the Russian embassy' of an article that places it ('Russia's embassy in Berlin welcomed …') is named with
        its city, as the registry names embassies ("Russian Embassy in Berlin"); unchanged when the article names no
        city or several."""
        if self._embassy_city is None:
            cities = {mm.group(1) for mm in _EMBASSY_IN_RE.finditer(self.masked)}
            self._embassy_city = cities.pop() if len(cities) == 1 else ""
            if not cities and not self._embassy_city:
                # none named: the capital of the country the story is about besides the war's two ("The Russian
                # embassy" in a story on Belfast missiles for Ukraine is the one in London)
                self._embassy_city = _CAPITALS.get(self._third_country() or "", "")
        if not self._embassy_city or self._embassy_city == _CAPITALS.get(sp.name.split()[0]):
            return sp
        name = f"{sp.name} in {self._embassy_city}"
        found = self.reg.lookup_alias(name) or Speaker(speaker_id_for(name), name, "organization", sp.role, sp.country)
        self._entity_for(found, None)
        return found

    def _sentence_bounds(self, sents, pos) -> tuple[int, int]:
        for s, e in sents:
            if s <= pos < e:
                return s, e
        return sents[-1] if sents else (pos, pos)

    def prepare(self) -> None:
        self.classify_segments()
        m = self.masked
        self._verbs = _scan_verbs(m)
        self._verb_starts = [v[0] for v in self._verbs]
        self.scan_mentions()
        self.mentions.sort()
        self.mention_starts = [m_[0] for m_ in self.mentions]
        self._mention_by_end = {m_[1]: m_ for m_ in self.mentions}

    def run(self) -> list[ExtractedQuote]:
        self.prepare()
        prev_direct: dict | None = None   # last direct quote info for follow-on/multi-paragraph
        for k in range(len(self.paras)):
            sents = self.sentences(k)
            prev_direct = self._direct_in_paragraph(k, sents, prev_direct)
            self._indirect_in_paragraph(k, sents)
        self.quotes.sort(key=lambda q: (q.start, q.end))
        if any(q.speaker is None for q in self.quotes):
            self._name_described()
        return self._dedupe(self.quotes)

    def _name_described(self) -> None:
        """People introduced by a description and named later: 'An energy analyst said …' / 'she said' … then
        'said the analyst, Hannah Whitcombe' or 'The trader, Pieter van Wyk, who …'. The unnamed quotes of that
        description before the naming, and the unnamed 'he'/'she' quotes between them and it, are that person."""
        nouns = set()
        pronoun_described = {}  # quote index -> the description a 'he'/'she' of that quote stands for
        for i, q in enumerate(self.quotes):
            written = (q.speaker_as_written or "").lower().split() if q.speaker is None else ()
            if len(written) >= 2 and (written[0] in _DESCRIPTION_OPENERS or written[0].endswith(("'s", "’s"))):
                nouns.update(w for w in written[1:] if _person_kind_word(w))
            elif written in (["he"], ["she"]):
                # "Among the delegates was a Perth engineer whose … She said …" … "said the engineer, Kate Mulligan"
                desc = self._anon_description_before(q.start)
                if desc:
                    pronoun_described[i] = desc
                    nouns.update(w for w in desc if _person_kind_word(w))
        m = self.masked
        for noun in nouns:
            # ("A former Indian ambassador said …" … "said the diplomat, Vikram Sethi")
            for named_as in (noun, *_DESCRIBED_ALSO.get(noun, ())):
                at = m.find(f"{named_as}, ")
                while at >= 0:
                    name_at = at + len(named_as) + 2
                    person = self._person_named_in_apposition(name_at) if _DESCRIBED_BEFORE_RE.search(
                        m, max(0, at - 40), at) else None
                    if person is not None:
                        self._name_described_at(noun, at, person, pronoun_described)
                    at = m.find(f"{named_as}, ", name_at)
        for nm in _NAMING_APPOS_RE.finditer(m) if nouns else ():
            # "a retired engineer who … said" … "said the woman, Lidia Cherkez, 71"; "A former Royal Navy captain told
            # …" … "The ex-officer, Richard Halloran, said": a naming by another word for a person (or by sex alone)
            # names the last unnamed description before it
            word = nm.group(1).lower()
            if word in nouns or not (word in _PERSON_NOUNS or word in L.ROLE_NOUNS or word in L.ANON_NOUNS) \
                    or word.endswith("s") and word not in _PERSON_NOUNS:
                continue  # (the description's own noun was handled above; plurals name nobody)
            at = nm.start()
            person = self._person_named_in_apposition(nm.end())
            if person is None:
                continue
            gender = self.entities[person.speaker_id].gender
            last, noun, written = None, None, []
            for qi in range(len(self.quotes) - 1, -1, -1):
                q = self.quotes[qi]
                if q.start >= at or q.speaker is not None:
                    continue
                last, written = q, (q.speaker_as_written or "").lower().split()
                noun = next((w for w in reversed(written) if w in nouns), None)
                if noun is None and written in (["he"], ["she"]):
                    noun = next((w for w in reversed(pronoun_described.get(qi, ())) if w in nouns), None)
                    if noun is None:
                        continue  # ('"…," he said' going on with the description before it)
                break
            sex = {_SEX_NOUNS.get(word), _KIN_GENDER.get(word)} | {_SEX_NOUNS.get(w) for w in written}
            if noun is not None and (gender is None or sex <= {None, gender}) and \
                    self._para_index(at) - self._para_index(last.start) <= 4 and \
                    re.search(rf"\b{word}\b", m[last.start:at]) is None and \
                    self._last_anon(max(last.end, last.context_end), at) is None and \
                    _ANONYMITY_RE.search(m, last.context_start, last.context_end) is None:
                # (not when the word describes somebody introduced since, "A sales manager at Hoshino … The manager,
                # Keiko Mori", nor when the source asked not to be named)
                self._name_described_at(noun, at, person, pronoun_described)

    def _person_named_in_apposition(self, pos: int) -> Speaker | None:
        """The person an apposition starting at ``pos`` names: "Hannah Whitcombe", "Sir Alastair Reid", "the Social
        Democrat MP Anders Hult" (titles before the name, up to the apposition's end)."""
        person = self._person_mentioned_at(pos)
        if person is not None:
            return person
        end = _APPOS_END_RE.search(self.masked, pos, pos + 80)
        for _s, _e, key in self._mention_in(pos, end.start() if end else pos + 80):
            ent = self.entities[key]
            return ent.speaker if ent.speaker.type == "person" and ent.person_ok else None
        return None

    def _name_described_at(self, noun: str, at: int, person: Speaker, pronoun_described: dict) -> None:
        gender = self.entities[person.speaker_id].gender
        window = self._para_window(at, 4)
        first = None
        for i, q in enumerate(self.quotes):
            if q.start >= at or q.start < window or q.speaker is not None:
                continue
            written = (q.speaker_as_written or "").lower().split()
            # ("Ukraine's ambassador in Berlin told …" … "The ambassador, Oleksii Makeiev, said")
            if written and (written[0] in _DESCRIPTION_OPENERS or written[0].endswith(("'s", "’s"))) and noun in written \
                    or noun in pronoun_described.get(i, ()):
                first = i if first is None else first
                self.quotes[i] = self._with_speaker(q, person)
            elif first is not None and written in (["he"], ["she"]) and (
                    gender is None or L.PRONOUNS[written[0]] == gender):
                self.quotes[i] = self._with_speaker(q, person)

    @staticmethod
    def _with_speaker(q: ExtractedQuote, sp: Speaker) -> ExtractedQuote:
        return dataclasses.replace(q, speaker=plain_name(sp.name), speaker_id=sp.speaker_id, speaker_type=sp.type,
                                   attribution_confidence=0.6)

    @staticmethod
    def _dedupe(quotes):
        out = []
        for q in quotes:
            if out and q.start < out[-1].end and q.quote_type == "indirect" and out[-1].quote_type == "direct":
                continue
            if out and q.start < out[-1].end and out[-1].quote_type == "indirect" and q.quote_type == "direct":
                out[-1] = q
                continue
            if out and (q.start, q.end) == (out[-1].start, out[-1].end):
                continue
            out.append(q)
        return out

    # -- direct quotes ---------------------------------------------------------------------------
    def _after_parse(self, seg: _Seg, pe: int):
        """Shape of the attribution after a closing mark, without resolving it:
        (kind, speaker start, speaker end, cue, attribution end) or None.

        Only the text between the closing mark and the next opening mark is read, which masking never
        changes, so the answer computed while classifying segments is reused afterwards."""
        if seg.c is None:
            return None
        key = (seg.c, pe)
        try:
            return self._after_cache[key]
        except KeyError:
            pass
        res = self._after_cache[key] = self._after_parse_uncached(seg, pe)
        return res

    def _after_parse_uncached(self, seg: _Seg, pe: int):
        m = self.masked
        base = seg.c + 1
        end = pe
        for ch in '"“«':
            j = m.find(ch, base, end)
            if j >= 0:
                end = j
        after = m[base:end]
        stripped = after.lstrip()
        if not stripped:
            return None
        lead = len(after) - len(stripped)
        if stripped[0] in "—–" or stripped.startswith(("- ", "-- ")):
            mm = _AFTER_DASH_RE.match(after)
            if mm and mm.group("spk").strip():
                spk_end = base + mm.end("spk")
                medium = _DASH_MEDIUM_RE.search(m, base + mm.start("spk"), spk_end)
                if medium is not None:
                    spk_end = medium.start()  # "— Former defence secretary Ben Wallace on X": where, not who
                return "dash", base + mm.start("spk"), spk_end, "—", base + mm.end()
            return None
        cm = _CAME_CRY_RE.match(after)
        if cm is not None:
            # '"Shame!" came a shout from the Labour benches': a heckle, by whoever the "from" phrase names
            who_s, who_e = (cm.start("who"), cm.end("who")) if cm.group("who") else (cm.end(), cm.end())
            return "came", base + who_s, base + who_e, "came", base + cm.end()
        words = list(_WORD_POS_RE.finditer(after, 0, min(len(after), 260)))
        for i, w in enumerate(words[:30]):
            hit = _direct_verb_at(words, i)
            if hit is None:
                continue
            cue, last = hit
            pre = after[:w.start()]
            if not pre.strip(" ,\t"):
                # inverted: '," said Dmitry Peskov, the Kremlin spokesman.'
                s0 = words[last].end()
                while s0 < len(after) and after[s0] == " ":
                    s0 += 1
                e0 = _speaker_span_end(after, s0, _INV_STOP)
                if e0 <= s0:
                    return None
                return "said_before_inverted", base + s0, base + e0, cue, base + e0
            if len(pre) > 140 or not _clean_attr_region(pre):
                return None
            if (self.text[seg.cs:seg.ce].rstrip().endswith(".") and not pre.strip().startswith(",")
                    and not _is_tail(after[words[last].end():])):
                # '"Nobody is afraid of you here." The president said those responsible …': a full stop closed the
                # quote; the next sentence reports something of its own
                return None
            s0 = lead + (1 if stripped[0] == "," else 0)
            e0 = _aux_tail_start(pre, s0)
            if e0 <= s0:
                return None
            return "said_after", base + s0, base + e0, cue, base + words[last].end()
        return None

    def _after_attr(self, seg: _Seg, pe: int):
        """Attribution after the closing mark: (attr, cue, kind, attr_end)."""
        parsed = self._after_parse(seg, pe)
        if parsed is None:
            return None
        kind, s0, e0, cue, end = parsed
        if kind == "came":
            who = self.resolve_np(s0, e0) if e0 > s0 else None
            sp = who.speaker if who is not None and who.speaker is not None and who.speaker.type == "person" else None
            return _Attr(sp, self.masked[s0:e0].strip() or None, 0.5, s0, e0), cue, "said_before_inverted", end
        attr = self.resolve_np(s0, e0)
        if attr is None and kind == "dash" and self.masked[s0:e0].lstrip().lower().startswith(("a ", "an ")):
            # '"…" - a Danish air force instructor at Skrydstrup': an unnamed source, not the previous speaker
            attr = _Attr(None, self.masked[s0:e0].strip(), 0.5, s0, e0)
        if attr is None:
            return None
        return attr, cue, kind, end

    def _lead_in(self, sent_s: int, o: int):
        """Last direct cue before ``o`` with only adverbials after it: (verb start, cue, punct) or None."""
        m = self.masked
        words = list(_WORD_POS_RE.finditer(m, max(sent_s, o - 260), o))
        for i in range(len(words) - 1, max(-1, len(words) - 16), -1):
            hit = _direct_verb_at(words, i)
            if hit is None:
                if i + 1 < len(words) and _direct_verb_at(words, i) is None:
                    pass
                continue
            cue, last = hit
            tail = m[words[last].end():o]
            core = tail.rstrip()
            punct = core[-1:] if core[-1:] in (":", ",", "—", "–") else ""
            body = core[:-1] if punct else core
            if len(body) > 140 or any(ch in body for ch in '.!?"“”«»' + MASK):
                return None
            if _has_finite(body) or len(body.split()) > 12:
                return None
            return words[i].start(), cue, punct
        return None

    def _before_attr(self, sent_s: int, o: int):
        """Lead-in before the opening mark: 'X said: "' -> (attr, cue, punct)."""
        lead = self._lead_in(sent_s, o)
        if lead is None:
            # 'Kuleba: "…"' (a name and a colon, no verb)
            before = self.masked[sent_s:o].rstrip()
            if before.endswith(":") and 0 < len(before.split()) <= 5:
                start = self._np_start(sent_s, sent_s + len(before) - 1)
                if start is not None and not self.masked[sent_s:start].strip():
                    attr = self.resolve_np(start, sent_s + len(before) - 1)
                    if attr is not None and attr.speaker is not None:
                        return attr, ":", ":"
            if before.endswith(":") and MASK not in before and not self._cue_between(sent_s, sent_s + len(before)):
                # "President Gitanas Nauseda addressed Vladimir Putin directly in a post on X: '…'": a named person
                # opening the lead-in sentence speaks what follows its colon
                first = self._mention_in(sent_s, sent_s + len(before))
                if first:
                    ms, me, key = first[0]
                    ent = self.entities[key]
                    if (ent.speaker.type == "person" and ent.person_ok and _TITLE_RUN_ONLY_RE.fullmatch(
                            self.masked[self._clause_start(sent_s):ms])):
                        return _Attr(ent.speaker, self.text[ms:me], 0.7, ms, me), None, ":"
            return None
        vs, verb, punct = lead
        if verb.endswith("ing"):
            # ", saying: " -> subject of the main clause
            attr = self._main_subject(sent_s, vs)
        else:
            attr = self._subject_attr(sent_s, vs)
        if attr is None:
            return None
        return attr, verb, punct

    def _subject_attr(self, sent_s: int, vs: int):
        """Speaker noun phrase ending right before the verb at ``vs`` (appositions allowed)."""
        m = self.masked
        jm = _JOINT_INTRO_RE.match(m, self._clause_start(sent_s), vs) if "joint" in m[sent_s:vs] else None
        if jm is not None:
            # "In a joint statement, French President Emmanuel Macron, German Chancellor Friedrich Merz, … said":
            # the first source named speaks (guidelines)
            first = self._mention_in(jm.end(), vs)
            if first and self.entities[first[0][2]].speaker.type == "person":
                ms, me, key = first[0]
                return _Attr(self.entities[key].speaker, self.text[ms:me], 0.8, ms, me)
        region = m[sent_s:vs]
        end = sent_s + _aux_tail_start(region, max(0, len(region) - 60))
        if m[end - 2:end].rstrip()[-1:] == ")":
            # "The National Anti-Corruption Bureau of Ukraine (NABU) said": the bracketed short name is no subject
            pm = _PAREN_TAIL_RE.search(m, max(sent_s, end - 60), end)
            if pm is not None:
                end = pm.start()
        pm = _PLACE_PP_END_RE.search(m, max(sent_s, end - 60), end) if " in " in m[max(sent_s, end - 60):end] else None
        if pm is not None and not any(self.entities[key].person_ok for _s, _e, key in self._mention_in(pm.start(2), end)):
            # "Analysts at Kestrel Securities in Hong Kong said": the place of the subject is no part of it
            end = pm.start(1)
        if _LONG_ORG_HINT_RE.search(m, max(sent_s, end - 240), end):
            long_org = self._long_org_subject(self._clause_start(sent_s), end)
            if long_org is not None:
                return long_org
        fast = self._fast_subject(sent_s, end)
        if fast is not None and "ing " in m[max(sent_s, fast.pos - 60):fast.pos] and _PARTICIPLE_BEFORE_RE.search(
                m, max(sent_s, fast.pos - 60), fast.pos):
            fast = None  # "Austin, appearing alongside General Charles Q. Brown, chair of …, told": not Brown
        if fast is not None and " and " in m[max(sent_s, fast.pos - 40):fast.pos] and _JOINT_BEFORE_RE.search(
                m, max(sent_s, fast.pos - 60), fast.pos) and self._joint_subject_start(sent_s, fast.pos) is not None:
            fast = None  # "Antony Blinken and Defense Secretary Lloyd Austin urged": the joint subject's first name
        if fast is not None and m[fast.pos - 5:fast.pos] == " and " and m[fast.pos - 6:fast.pos - 5].isalpha():
            wide = self._registered_name_start(sent_s, fast.pos, end)
            if wide != fast.pos:
                return self.resolve_np(wide, end)
        if fast is not None and (fast.speaker is None or fast.as_written.lower() in L.PRONOUNS
                                 or m[max(sent_s, fast.pos - 2):fast.pos].strip() == ","):
            return fast
        lead_s = self._clause_start(sent_s)
        if " by " in m[lead_s:end] and _DOC_RELEASED_BY_RE.fullmatch(m[lead_s:end].strip()):
            # "A readout of the call released by the White House said": the issuer speaks (see _resolve_chunk)
            lead_s += len(m[lead_s:end]) - len(m[lead_s:end].lstrip())
            res = self.resolve_np(lead_s, end)
            if res is not None:
                return res
        anon = self._anon_lead(sent_s, vs)
        if anon is not None:
            # "A volunteer who has been driving insulin to Enerhodar since March told me …": an unnamed
            # person whose relative clause or apposition names others
            return anon
        if fast is not None:
            return fast
        clause_s = self._clause_start(sent_s)
        lone = m[clause_s:end].strip()
        cm = _COORD_SUBJECT_RE.search(lone) if ", " in lone else None
        if cm is not None:
            lone = lone[cm.end():]  # "… since 2022, and Uefa said this week that …": the second clause's subject
        if _LONE_NAME_RE.fullmatch(lone) and lone not in _FUNCTION_CAPS and lone not in L.NON_NAME_CAPS and (
                lone not in L.COUNTRY_ADJ and lone.lower() not in L.ANON_NOUNS and lone.lower() not in L.ROLE_NOUNS
                and self.reg.lookup_alias(lone) is None and (re.search(rf"[a-z,;] {re.escape(lone)}\b", m) or re.search(
                    rf"\b{re.escape(lone)}, (?:the|a|an) [^,.;]{{0,40}}?\b(?:{_BODY_WORDS_ALT})\b", m))):
            # ("MOL, the Hungarian refiner, warned …": a name described as a body)
            # "Ryanair says it is ready.": a name the text also writes mid-sentence, so a proper noun, and not
            # a person's (people are introduced in full): a body the registry does not know
            at = clause_s + m[clause_s:end].index(lone)
            short = self._org_by_short_name(lone)  # ("Nordlys" after "Nordlys Aerospace")
            return _Attr(short or self._unregistered_org(lone), lone, 0.6, at, at + len(lone))
        if m[end - 3:end].rstrip(" ,")[-1:] in ('"', "”"):
            nick = _NICKNAME_TAIL_RE.search(m[clause_s:end].rstrip())
            if nick is not None and nick.start() > 0:
                end = clause_s + nick.start()  # 'A pilot known as "Moonfish" said': the subject before the nickname
        start = self._np_start(sent_s, end)
        if start is None:
            rel = _REL_OPEN_RE.search(m, clause_s, end) if m[clause_s:end].rstrip().endswith(",") else None
            if rel is not None and rel.start() > clause_s and not _has_finite(m[clause_s:rel.start()]):
                # 'One pilot, who asked to be identified only by his call sign, "Vega," for security reasons,
                # said': a relative clause with commas and marks of its own; the subject is the phrase before it
                return self._subject_attr(sent_s, rel.start())
            return None
        if m[start:start + 5].split(",")[0].strip() in ("it", "them", "him", "her"):
            ro = _REL_OBJECT_BEFORE_RE.search(m, max(sent_s, start - 60), start)
            if ro is not None:
                # "The woman who organised it, a retired nurse …, said": the pronoun is the relative clause's object;
                # the subject is the phrase the clause describes
                res = self.resolve_np(ro.start(1), ro.end(1))
                if res is not None:
                    return res
        jd = _JOINT_DOC_BY_RE.search(m, max(sent_s, start - 120), start) if m[start - 5:start] == " and " else None
        if jd is not None:
            # "A joint statement by X and Y called …": the document's first author speaks (guidelines)
            res = self.resolve_np(jd.end(), start - 5)
            if res is not None and res.speaker is not None:
                return res
        if m[start - 5:start] == " and " and m[start - 6:start - 5].isalpha():
            wide = self._registered_name_start(sent_s, start, end)
            if wide == start:
                # "Antony Blinken and Defense Secretary Lloyd Austin urged": the joint subject from its first name
                joint = self._joint_subject_start(sent_s, start)
                wide = start if joint is None else joint
            start = wide
        lead = m[self._clause_start(sent_s):start].split()
        if (2 <= len(lead) <= 6 and lead[-1].lower() in _PLACE_PREPS and lead[-2].lower().endswith("ed")
                and lead[0][:1].isupper() and not _has_finite(" ".join(lead))
                and not any(ch in " ".join(lead) for ch in ",;:") and not self._mention_in(
                    self._clause_start(sent_s), start)):
            # "European leaders gathered at Lancaster House promised …", "Officials based in Kyiv said …": the
            # place is the object of a participle; the subject is the unnamed group before it
            cs0 = self._clause_start(sent_s)
            cs0 += len(m[cs0:start]) - len(m[cs0:start].lstrip())
            return _Attr(None, m[cs0:end].strip(), 0.5, cs0, end)
        res = self.resolve_np(start, end)
        jm = _COUNTRY_PAIR_RE.search(m, max(sent_s, start - 40), start) if (
            res is not None and m[start - 5:start] == " and ") else None
        lead = m[self._clause_start(sent_s):jm.start()].strip() if jm is not None else ""
        if jm is not None and (not lead or lead.endswith(",")):
            # "Britain and France have said …": a joint statement, the first country named speaks (guidelines)
            first = self.resolve_np(jm.start(1), jm.end(1))
            if first is not None and first.speaker is not None:
                return first
        return res

    def _quoted_relative(self, cut, end: int) -> bool:
        """', which were “not necessary” and came …': a relative clause holding the speaker's own words goes on
        with what was said."""
        if not _opens_which_clause(self.masked, cut.start()):
            return False
        stop = self.masked.find(",", cut.end(), end)
        rel = self.text[cut.start():stop if stop > 0 else end]
        return any(ch in rel for ch in '"“”')

    def _named_with_tail(self, cut) -> bool:
        """', with Yermak having led …', ', with Denmark … among the donors': a 'with' tail about a named party is the
        writer's context; ', with no restrictions …', ', with Danish and Dutch aircraft …' go on with what was said."""
        if not self.masked[cut.start():cut.end()].lstrip(" ,").startswith("with"):
            return False
        nxt = _NEXT_WORD_RE.match(self.masked, cut.end())
        word = nxt.group(1) if nxt else ""
        return word[:1].isupper() and word not in _COUNTRY_ADJS

    def _org_by_short_name(self, name: str) -> Speaker | None:
        """An organisation of the article named again by its acronym ("the EBU" after "the European Broadcasting
        Union") or by its first word ("Amnesty" after "Amnesty International")."""
        key = fold(name)
        for ent in self.entities.values():
            sp = ent.speaker
            if sp.type != "organization" or " " not in sp.name:
                continue
            words = sp.name.split()
            if name.isupper() and 2 <= len(name) <= 6:
                if "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS and w[:1].isupper()) == name:
                    return sp
            elif fold(words[0]) == key and len(key) > 3:
                return sp
        return None

    def _joint_subject_start(self, sent_s: int, second: int) -> int | None:
        """Start of "X and [title] Y" when X is a person opening the clause (not "Zelensky met Olaf Scholz and
        Macron said"); ``second`` is where the "and [title] Y" part's name or title starts."""
        am = _JOINT_BEFORE_RE.search(self.masked, max(sent_s, second - 60), second)
        if am is None:
            return None
        first_end = self.masked.rfind(" and ", am.start(), second)
        prev = self._mention_by_end.get(first_end)
        if prev is None:
            # "Representatives Thomas Massie of Kentucky and Paul Gosar of Arizona said": a home place after the name
            of = self.masked.rfind(" of ", max(0, first_end - 40), first_end)
            prev = self._mention_by_end.get(of) if of > 0 and _PLACE_TAIL_RE.match(
                self.masked[of:first_end].strip()) else None
        if prev is None or self.entities[prev[2]].speaker.type != "person":
            return None
        joint = self._np_start(sent_s, first_end)
        if joint is None:
            return None
        joint = min(joint, prev[0])  # ("Ursula von der Leyen": the particles are no NP boundary)
        cs = self._clause_start(sent_s)
        lead = self.masked[cs:joint].strip()
        if lead and not lead.endswith(","):
            # "In a joint message, Commission President Ursula von der Leyen and …": a title run before the name
            comma = self.masked.rfind(",", cs, joint)
            run = self.masked[comma + 1:joint].split()
            if comma >= 0 and run and len(run) <= 4 and all(w[:1].isupper() for w in run):
                return comma + 1 + len(self.masked[comma + 1:joint]) - len(self.masked[comma + 1:joint].lstrip())
            return None
        return joint

    def _name_with_org_description(self, name_chunk, desc_chunk) -> _Attr | None:
        """"Baykar, the company that builds the drone, said", "Russia's civil aviation authority, Rosaviatsia,
        said": a single unknown capitalised name next to a description of an organisation is that organisation."""
        cs, ce, text = name_chunk
        if (" " in text or not text[:1].isupper() or text in L.NON_NAME_CAPS or text in L.COUNTRY_ADJ
                or self.reg.lookup_alias(text) is not None or not _ORG_DESCRIPTION_RE.match(desc_chunk[2])):
            return None
        return _Attr(Speaker(speaker_id_for(text), text, "organization", None, None), text, 0.7, cs, ce)

    def _registered_name_start(self, sent_s: int, start: int, end: int) -> int:
        """'The Centre for Research on Energy and Clean Air said': a registry name with 'and' inside starts before
        the 'and' the noun phrase stopped at; else ``start``."""
        cs = self._clause_start(sent_s)
        name = self.masked[start:end].strip()
        for wm in reversed(list(_NONSPACE_RE.finditer(self.masked, max(cs, start - 80), start - 5))):
            candidate = self.masked[wm.start():start - 5] + " and " + name
            for text in (candidate, candidate[4:] if candidate.lower().startswith("the ") else None):
                if text and self.reg.lookup_alias(text) is not None:
                    return wm.start()
        return start

    def _anon_lead(self, sent_s: int, vs: int) -> _Attr | None:
        """An indefinite person subject opening the clause ('A volunteer …', 'One shipping executive in Odesa'),
        with no finite verb of its own before ``vs`` outside relative clauses and appositions."""
        cs = self._clause_start(sent_s)
        am = _ANON_LEAD_RE.match(self.masked, cs, vs) or _DEF_ROLE_OF_INDEF_RE.match(self.masked, cs, vs)
        bare = _BARE_GROUP_LEAD_RE.match(self.masked, cs, vs) if am is None else None
        if bare is not None and bare.group(1).lower() in L.ANON_NOUNS:
            # "Yet people who have worked with him say …": an unnamed group whose relative clause names others
            return _Attr(None, bare.group(1), 0.5, cs + bare.start(1) - bare.start(), bare.end(1))
        part = _PARTITIVE_LEAD_RE.match(self.masked, cs, vs) if self.masked[cs:cs + 12].split()[1:2] == ["of"] else None
        if part is not None and part.group(1).lower() in L.ANON_NOUNS and not _GAVE_NAME_RE.search(
                self.masked, part.end(), vs):
            # "One of the Ukrainians, a 27-year-old who … goes by the call sign Kit, said": a member of a group
            return _Attr(None, self.masked[cs:part.end()].strip(), 0.5, cs, part.end())
        if am is None:
            # "Within minutes, a White House official told reporters …": after a short opening phrase
            intro = _SHORT_INTRO_RE.match(self.masked, cs, vs)
            am = _ANON_LEAD_RE.match(self.masked, intro.end(), vs) if intro is not None else None
            if am is None:
                return None
            cs = intro.end()
        head_end = None
        for wm in _NONSPACE_RE.finditer(self.masked, am.start(1), am.end(1)):
            if wm.group().lower() in L.ANON_NOUNS or wm.group().lower() in L.ROLE_NOUNS:
                head_end = wm.end()   # "A European diplomat": the last of consecutive person nouns
            elif head_end is not None:
                break
        before_head = self.masked[am.start(1):head_end].split()[:-1]
        if before_head[:1] == ["of"]:
            before_head = before_head[2:]  # "One of the Ukrainians, a 27-year-old who …": a partitive
        if head_end is None or any(w.lower() in _PREPS or w.lower() == "by" for w in before_head):
            return None  # (not "A joint statement by Secretary of State Marco Rubio …": the head is in a phrase)
        between = self.masked[head_end:vs]
        if MASK in between or _SENTENCE_PUNCT_RE.search(between):  # ("who tracks U.S. munitions": no sentence end)
            return None
        if "name" in between and _GAVE_NAME_RE.search(between):
            return None  # "One of the freed men, a border guard who gave only his first name, Maksym, said": named
        if between.startswith(" for ") and self.masked[cs:head_end].split()[-1].lower() in _SPOKES_HEADS:
            # "A spokesperson for British Prime Minister Keir Starmer said": the person spoken for (guidelines)
            owner = self.resolve_np(head_end + 5, vs)
            if owner is not None and owner.speaker is not None and owner.speaker.type == "person":
                return _Attr(owner.speaker, self.masked[cs:vs].strip(), 0.75, cs, vs)
        # a finite verb outside commas and relative clauses: "A day after X spoke, Zelensky said"
        if "," not in between and _has_finite(between) and not re.search(r"\b(?:who|whom|that|I|we)\b", between):
            return None
        return _Attr(None, self.masked[cs:head_end].strip(), 0.55, cs, head_end)

    def _anon_descriptions(self, lo: int, hi: int) -> list[re.Match]:
        """Unnamed-person descriptions opening a sentence ("A plant engineer …") that start in [lo, hi): scanned once
        per paragraph (the callers ask again and again about the same paragraphs)."""
        k = self._para_index(lo)
        out = []
        while k < len(self.paras) and self.paras[k][0] < hi:
            found = self._anon_by_para.get(k)
            if found is None:
                found = self._anon_by_para[k] = [am for am in _ANON_SENT_RE.finditer(self.masked, *self.paras[k])
                                                 if _describes_anon_person(am.group(1))]
            out.extend(am for am in found if lo <= am.start() and am.start(1) < hi)
            k += 1
        return out

    def _last_anon(self, lo: int, hi: int) -> re.Match | None:
        """The last unnamed-person description opening a sentence in ``masked[lo:hi]`` (its words: group 1)."""
        last = None
        for am in self._anon_descriptions(lo, hi):
            comma = self.masked.rfind(",", am.start(), am.start(1))
            at_comma = self._mention_by_end.get(comma)
            if comma > 0 and ((at_comma is not None and self.entities[at_comma[2]].speaker.type == "person") or any(
                    self.entities[key].speaker.type == "person" for _s, _e, key in self._mention_in(am.start(), comma))):
                # "Kavya Menon, an energy economist at …", "Rep. Marjorie Taylor Greene of Georgia, a longtime
                # critic of aid": an apposition to a name, nobody anonymous
                continue
            last = am
        return last

    def _unnamed_speaker_goes_on(self, pos: int, gender: str) -> bool:
        """The last speaker before ``pos``, in this paragraph or the one before, was one unnamed person of a
        compatible sex and nobody has been named since: '"…," said the volunteer, who uses the call sign Lazika.'
        then 'He said his unit had lost two men' goes on with the volunteer, not with a person named earlier."""
        last = max((u for u in self._unnamed_speakers if u[0] < pos), default=None)
        if last is None:
            return False
        # (paragraphs of pure quotation in between do not count: a multi-paragraph quote attributed at its end)
        between = range(self._para_index(last[0]) + 1, self._para_index(pos))
        if any(self.text[self.paras[k][0]:self.paras[k][0] + 1] not in _OPENING_MARKS for k in between):
            return False
        if any(_KIN_GENDER.get(w, _SEX_NOUNS.get(w, gender)) != gender for w in last[2]):
            return False  # "a woman who drove with her …" is no 'he'
        return not any(self.entities[key].speaker.type == "person"
                       for _p, key, _s in self.ev[bisect.bisect_left(self.ev_pos, last[1]):
                                                  bisect.bisect_left(self.ev_pos, pos)])

    def _anon_before(self, pos: int) -> bool:
        """An indefinite person ('A plant engineer I reached by phone …') opened a sentence of this paragraph
        before ``pos`` and no named person has been mentioned since: 'he said' is that person."""
        return self._anon_description_before(pos) is not None

    def _anon_description_before(self, pos: int) -> list[str] | None:
        """The words describing the unnamed person a 'he'/'she' at ``pos`` stands for (:meth:`_anon_before`)."""
        ps = self._para_start_of(pos)
        found = self._last_anon(ps, pos)
        last = found.start(1) if found is not None else None
        k = self._para_index(pos)
        if last is None and k > 0 and not any(
                self.entities[key].speaker.type == "person"
                for _p, key, _s in self.ev[bisect.bisect_left(self.ev_pos, ps):bisect.bisect_left(self.ev_pos, pos)]):
            # '"These are our drones," he said.' right after a paragraph whose speaker was "A Ukrainian security
            # official, speaking on condition of anonymity, …": the unnamed official goes on
            found = self._last_anon(self.paras[k - 1][0], ps)
            last = found.start(1) if found is not None else None
        if last is None:
            return None
        if self.masked[pos - 2:pos] == ", " and not any(ch in self.masked[last:pos] for ch in ".!?"):
            return None  # "A neighbour's son, he says, lost a foot": the unnamed person is what is reported on
        for p, key, _sal in self.ev[bisect.bisect_left(self.ev_pos, last):bisect.bisect_left(self.ev_pos, pos)]:
            if self.entities[key].speaker.type == "person":
                return None
        return found.group(1).lower().split()

    def _fast_subject(self, sent_s: int, end: int) -> _Attr | None:
        """Common cases without phrase analysis: a pronoun or a known name right before the verb."""
        m = self.masked
        sent_s = self._clause_start(sent_s)

        def last_word(e: int) -> tuple[int, int, str] | None:
            """(start, end, text) of the word ending at or before ``e`` after trimming spaces."""
            while e > sent_s and m[e - 1] == " ":
                e -= 1
            if e <= sent_s:
                return None
            ws = max(sent_s, m.rfind(" ", sent_s, e) + 1)
            return ws, e, m[ws:e]

        found = last_word(end)
        if found is None:
            return None
        ws, e, word = found
        low = word.lower()
        if low in _REFLEXIVE:
            # "Trump himself has said": the phrase ends before the reflexive
            found = last_word(ws)
            if found is None:
                return None
            ws, e, word = found
            low = word.lower()
        if low in ("he", "she", "they", "it"):
            return self._resolve_pronoun(low, ws, word)
        hit = self._mention_by_end.get(e)
        if hit is None and m[e - 1] == ",":
            # "Dmitry Peskov, the Kremlin spokesman, said": the name before one apposition
            p = m.rfind(",", sent_s, e - 1)
            if p > sent_s:
                chunk = m[p + 1:e - 1]
                inner = self._mention_by_end.get(e - 1)
                if inner is not None and inner[0] > p and not m[p + 1:inner[0]].strip() \
                        and m[max(sent_s, p - 60):p].split()[-1:] and (
                            m[sent_s:p].split()[0].lower() in _DETERMINERS
                            or m[sent_s:p].split()[0].endswith(("'s", "’s"))):
                    # "The leader of the opposition Christian Democrats, Friedrich Merz, said", "Russia's deputy
                    # ambassador to the United Nations, Dmitry Polyanskiy, wrote": the name is the apposition of a
                    # title phrase
                    hit = inner
                elif len(chunk) < 150 and MASK not in chunk and (
                        not _has_finite(chunk) or _APPOS_REL_RE.match(chunk) or chunk.lstrip().startswith("which ")):
                    hit = self._mention_by_end.get(p)
                    name = m[sent_s:p].strip()
                    if " and " in name and _ORG_APPOS_RE.match(m, p) and _AND_NAME_RE.fullmatch(name):
                        # "Nippon Export and Investment Insurance, the state-backed insurer, said": one body whose
                        # name has "and" in it, as its apposition says
                        sp = self.reg.lookup_alias(name) or self._unregistered_org(name)
                        return _Attr(sp, name, 0.75, p - len(name), p)
                    if hit is None and chunk.lstrip().startswith("which "):
                        # "Volga-Dnepr, which was itself put under sanctions, said": only a body takes "which"
                        name = m[sent_s:p].strip()
                        if (_ONE_NAME_RE.fullmatch(name) and name not in L.NON_NAME_CAPS and name not in L.COUNTRY_ADJ
                                and name not in _FUNCTION_CAPS):
                            sp = self.reg.lookup_alias(name) or self._org_by_short_name(name) or \
                                self._unregistered_org(name)
                            return _Attr(sp, name, 0.7, p - len(name), p)
                        nw = name.lower().split()
                        if len(nw) == 2 and nw[0] == "the" and nw[1] in L.ORG_HEADS:
                            # "The council, which is chaired by …, said": the article's body with that head
                            body = self._body_with_head(nw[1], sent_s)
                            if body is not None:
                                return _Attr(body, name, 0.7, p - len(name), p)
        if hit is None:
            return None
        ms, me, key = hit
        if "joint" in m[sent_s:ms] and _JOINT_DOC_BY_RE.search(m, sent_s, ms):
            return None  # "A joint statement by X and Y called …": the document's first author (phrase analysis)
        # what precedes the name: sentence start, a title run, an intro phrase or a conjunction
        before = m[max(sent_s, ms - 40):ms].rstrip()
        if before:
            last = before.rsplit(None, 1)[-1]
            lw = last.lower()
            if lw in _PREPS or lw in ("and", "or", "nor", "but") and before.endswith(","):
                return None
            if last.endswith(","):
                # "On Monday, Zelensky" is fine; "Peskov, the spokesman, and Zelensky" is not
                pass
            elif not (last[:1].isupper() or lw in L.ROLE_NOUNS or lw in L.NP_MODIFIERS or lw in ("and", "but")):
                return None
            if lw == "and":
                joint = self._joint_first(sent_s, ms, key)
                if joint is not None:
                    return joint
        ent = self.entities[key]
        return _Attr(ent.speaker, self.text[ms:me], 0.95, ms, me)

    def _note_joint(self, pos: int, sp: Speaker) -> None:
        if all(p != pos for p, _sp in self._joint):
            bisect.insort(self._joint, (pos, sp), key=lambda x: x[0])

    def _joint_first(self, sent_s: int, ms: int, key: str) -> _Attr | None:
        """'Keir Starmer and Emmanuel Macron said …': two named sources of one type as the subject; the first
        one named speaks (GUIDELINES: joint statements). ``ms`` starts the second name."""
        m = self.masked
        a = m.rfind(" and ", sent_s, ms)
        if a < 0 or m[a + 5:ms].strip() and not all(w[:1].isupper() or w.lower() in L.ROLE_NOUNS
                                                      for w in m[a + 5:ms].split()):
            return None
        first = self._mention_by_end.get(len(m[:a].rstrip()))
        if first is None or self.entities[first[2]].speaker.type != self.entities[key].speaker.type:
            return None
        # the first name must open the clause: nothing before it but a title run or an intro phrase
        prior = m[self._clause_start(sent_s):first[0]].strip()
        if prior and not prior.endswith(",") and not all(
                w[:1].isupper() or w.lower() in L.ROLE_NOUNS or w.lower() in L.NP_MODIFIERS for w in prior.split()):
            return None
        ent = self.entities[first[2]]
        self._note_joint(first[0], ent.speaker)
        return _Attr(ent.speaker, self.text[first[0]:first[1]], 0.9, first[0], first[1])

    def _np_start(self, sent_s: int, end: int) -> int | None:
        """Walk back from ``end`` over a noun phrase; appositions and relative clauses are skipped."""
        m = self.masked
        sent_s = self._clause_start(sent_s)
        if end <= sent_s:
            return None
        sent_s = max(sent_s, end - 200)
        region = opened = m[sent_s:end]
        stripped = region.rstrip()
        if stripped.endswith((',"', ",”")):
            # 'McCarthy, appearing on "Capitol Week," said': the aside's comma sits inside the closing mark
            region = stripped[:-2] + ", " + region[len(stripped):]
        if "," in region:
            region = _REL_CHUNK_RE.sub(_blank, region)
        # appositions between commas right before the verb: ", the under secretary of defense for policy,"
        r_end = len(region.rstrip())
        scan_end = r_end
        for n_skip in range(3):
            if scan_end == 0 or region[scan_end - 1] != ",":
                break
            p = region.rfind(",", 0, scan_end - 1)
            if p < 0:
                break
            chunk = region[p + 1:scan_end - 1].strip()
            if not chunk or len(chunk.split()) > 24 or (_has_finite(chunk) and not _REL_START_RE.match(chunk)
                                                         and not _INFINITIVE_ASIDE_RE.match(chunk)):
                break
            if n_skip and chunk.split()[0].lower() not in ("a", "an", "the") and not chunk[:1].isdigit():
                break  # a second apposition is a description ("an analyst at X, a Frankfurt brokerage,"), no name
            region = region[:p + 1] + " " * (len(region) - p - 1)
            r_end = len(region[:p + 1].rstrip(" ,"))
            scan_end = p + 1
        toks = list(_NP_TOK_RE.finditer(region, 0, max(r_end, 0)))
        j = len(toks)
        while j > 0:
            t = toks[j - 1].group()
            if t == ",":
                j -= 1
                continue
            w = _unposs(t.lower().strip(".()"))
            if w in L.PRONOUNS:
                if j == len(toks) or all(x.group() == "," for x in toks[j:]) or w == "her":
                    j -= 1  # ("Her office said": "her" before a noun is a possessive determiner)
                break
            if w in _PREPS:
                first = toks[0].group()
                comma = opened.find(",", toks[j - 1].end()) if first.lower() in _PREPS or (
                    first[:1].isupper() and first.endswith("ing") and first.isalpha()) else -1
                if comma > 0 and "," not in opened[:toks[j - 1].start()] and opened[comma + 1:].strip(" ,"):
                    # "In New York, the spokesman, Stéphane Dujarric, said", "Speaking at the summit in New Delhi,
                    # the prime minister said": the opening place phrase is no part of the subject, which starts
                    # after its comma (appositions included)
                    return sent_s + comma + 1 + len(opened[comma + 1:]) - len(opened[comma + 1:].lstrip())
                # only inside a title or a name: "ambassador to Germany", "Secretary of State", "Paul of Kentucky"
                left = toks[j - 2].group() if j >= 2 else ""
                right = toks[j].group() if j < len(toks) else ""
                lw = _unposs(left.lower().strip(".()"))
                if left and left != "," and (lw in L.ROLE_NOUNS or lw in L.ANON_NOUNS or lw in L.ORG_HEADS
                                             or left in L.TITLE_CAPS
                                             or (w in ("of", "for") and left[0].isupper()
                                                 and (right[:1].isupper() or right == "the"))):
                    # ("Alternative for Germany", "Institute for the Study of War": a name with 'for' inside)
                    j -= 1
                    continue
                break
            if w in ("and", "or", "but", "nor") or w in _CLAUSE_LINKS:
                break  # ("rose 11% on Wednesday after the company said": the subject starts after 'after')
            if (t[0].isupper() or t[0].isdigit() or w in L.NP_MODIFIERS or w in L.ROLE_NOUNS or w in L.ANON_NOUNS
                    or w in L.ORG_HEADS or w in _DETERMINERS or "-" in w or w in _REFLEXIVE
                    or (w in L.DOC_HEADS and j == len(toks))
                    or (t == "&" and j < len(toks) and toks[j].group()[:1].isupper())  # "JPMorgan Chase & Co."
                    # "executives at two refiners": a business's people, the object of the head's preposition
                    or (len(w) > 5 and w.endswith(_AGENT_PLURALS) and w.isalpha() and any(
                        x.group().lower() in ("at", "from", "with") for x in toks[max(0, j - 4):j - 1]))):
                j -= 1
                continue
            # an unknown lowercase word inside a phrase with a known head: "the UN human rights office",
            # "The Kremlin tyrant"
            if t.isalpha() and t.islower() and j >= 2 and self._np_continues(toks, j):
                j -= 1
                continue
            break
        # leading commas and function words are not part of the phrase
        while j < len(toks) and (toks[j].group() == "," or toks[j].group() in _FUNCTION_CAPS
                                 and toks[j].group() not in _KEEP_LEADING):
            j += 1
        if j >= len(toks):
            return None
        return sent_s + toks[j].start()

    @staticmethod
    def _np_continues(toks, j: int) -> bool:
        """toks[j-1] is unknown: keep it when a determiner/capitalised word lies within two tokens to
        its left and the phrase ends in a role, organisation or group noun."""
        head = _unposs(toks[-1].group().lower().strip(".()"))
        if not (head in L.ROLE_NOUNS or head in L.ORG_HEADS or head in L.ANON_NOUNS or head in L.LEADER_SYNONYMS
                or j == len(toks)):
            return False
        for k in ((j - 2, j - 3, j - 4) if head in L.ORG_HEADS else (j - 2, j - 3)):
            # "The UN human rights monitoring mission": an organisation may carry several lowercase descriptors
            if k < 0:
                break
            t = toks[k].group()
            if t == ",":
                return False
            w = t.lower()
            if w in _DETERMINERS or t[0].isupper():
                return True
            if not (t.isalpha() and t.islower()):
                return False
        return False

    def _main_subject(self, sent_s: int, limit: int):
        """Subject of the first finite communication (or any) verb of the sentence before ``limit``."""
        sent_s = self._clause_start(sent_s)   # "BEIJING — China published a plan on Friday, calling for …"
        region = self.masked[sent_s:limit]
        for mm in _VERB_RE.finditer(region):
            if mm.group("verb").endswith("ing"):
                continue
            attr = self._subject_attr(sent_s, sent_s + mm.start())
            if attr is not None:
                return attr
        # any verb: subject is the sentence-initial noun phrase (after an intro phrase "On weapons, ")
        intro = re.match(r"\s*(?:On|In|At|After|Before|During|Asked|Speaking|Earlier|Later|Meanwhile|However|For|From|"
                         r"Elsewhere|Separately|Across|Inside|Outside|Amid|Following|Ahead\s+of|"
                         r"With|Of|About|Over|Back|Then|Now|Today|Yesterday|Still|Again)\b[^,]{0,60},\s*", region)
        if intro:
            sent_s += intro.end()
            region = region[intro.end():]
        end = sent_s
        after_possessive = False
        poss_end = 0
        for tm in _NONSPACE_RE.finditer(region):
            t = tm.group()
            w = _unposs(t.lower().strip(".()"))
            if (t[0].isupper() or w in L.NP_MODIFIERS or w in L.ROLE_NOUNS or w in L.ANON_NOUNS
                    or w in L.ORG_HEADS or w in L.PRONOUNS or w in _DETERMINERS
                    or (t in _SURNAME_PARTICLES and end > sent_s)
                    or (after_possessive and t.isalpha())
                    # "The new school's principal taught … and says": a possessive owner inside the phrase
                    or (end > sent_s and t.endswith(("'s", "’s")) and t[:-2].isalpha())) and w not in _PREPS_OR_AND:
                # ("Ursula von der Leyen": particles inside a name; "Russia's central bank": a possessive's noun)
                end = sent_s + tm.end()
                after_possessive = t.endswith(("'s", "’s"))
                if after_possessive:
                    poss_end = end
                continue
            break
        if end > sent_s:
            attr = self.resolve_np(sent_s, end)
            if (attr is None or attr.speaker is None) and poss_end:
                # "The Wall Street Journal's editorial page": the owner speaks when the whole phrase names nobody
                owner = self.resolve_np(sent_s, poss_end)
                if owner is not None and owner.speaker is not None:
                    return owner
            return attr
        return None

    def _direct_in_paragraph(self, k: int, sents, prev_direct):
        ps, pe = self.paras[k]
        segs = [s for s in self.segs[k] if s.direct and not s.question]
        if segs and segs[0].answer:
            if k in self.answers:
                self._answer_quote(k)
            return None
        if not segs:
            if prev_direct is not None and any(s.question for s in self.segs[k]):
                # a paragraph holding only a reporter's question: the answer that follows continues the
                # interviewee, whose quote the question has closed
                return {**prev_direct, "open": False}
            return None
        text = self.text
        last_q = None        # last quote emitted in this paragraph: (ExtractedQuote, attr)
        carry = prev_direct  # for continuation of a multi-paragraph quote
        i = 0
        while i < len(segs):
            seg = segs[i]
            sent_s, sent_e = self._sentence_bounds(sents, seg.o)
            conts: list[tuple[int, int]] = []
            attr = None
            cue = None
            pattern = "said_after"
            ctx_s, ctx_e = sent_s, sent_e
            # 1. continuation of an unclosed quote from the previous paragraph
            if (i == 0 and carry is not None and carry.get("open") and seg.o == ps + self._lead_ws(ps)):
                q = carry["quote"]
                q.continuations.append((seg.cs, seg.ce))
                if q.pattern not in ("colon_prev_line",):
                    q.pattern = "multi_paragraph"
                q.context_end = max(q.context_end, sent_e)
                carry = {"quote": q, "attr": carry["attr"], "open": seg.c is None}
                last_q = (q, carry["attr"])
                i += 1
                # an attribution right after this closing part still belongs to it
                if seg.c is not None:
                    aft = self._after_attr(seg, pe)
                    if aft and q.speaker is None and aft[0].speaker is not None:
                        self._set_speaker(q, aft[0], aft[1])
                continue
            after = self._after_attr(seg, pe)
            before = None
            if after is not None:
                attr, cue, pattern, attr_end = after
                self._note_attr(seg.c, attr_end)
                ctx_e = max(ctx_e, self._sentence_bounds(sents, min(attr_end, pe - 1))[1])
                # split: '"A," he said, "B."' -> the next segment continues this quote
                j = i + 1
                while j < len(segs):
                    nxt = segs[j]
                    gap = self.masked[attr_end:nxt.o]
                    if self._split_gap(gap, nxt):
                        own = self._after_attr(nxt, pe) if nxt.c is not None else None
                        if (own is not None and own[0].speaker is not None and attr is not None
                                and own[0].speaker != attr.speaker):
                            break  # '"A," she said. "B," Peskov said.': the next part has its own speaker
                        conts.append((nxt.cs, nxt.ce))
                        ctx_e = max(ctx_e, self._sentence_bounds(sents, nxt.o)[1])
                        pattern = "split"
                        attr_end = nxt.ce + 1
                        if nxt.c is None:
                            break
                        # an unattributed closing part may be followed by more segments
                        aft2 = self._after_attr(nxt, pe)
                        if aft2 is not None:
                            attr_end = aft2[3]
                        j += 1
                        break
                    break
                consumed = j
            else:
                before = self._before_attr(sent_s, seg.o)
                if before is None and seg.o == sent_s + 0 and sent_s == ps + self._lead_ws(ps) and k > 0:
                    before = self._prev_line_attr(k)
                    if before is not None:
                        pattern = "colon_prev_line"
                        pps, ppe = self.paras[k - 1]
                        self._note_attr(self.sentences(k - 1)[-1][0] if self.sentences(k - 1) else pps, ppe)
                if before is not None:
                    attr, cue, punct = before
                    if pattern != "colon_prev_line":
                        # 'He said CLAUSE, adding: "…"': only the participle introduces the quotation; the clause
                        # before it is a report of its own
                        vpos = self.masked.rfind(cue, sent_s, seg.o) if cue and cue.endswith("ing") else -1
                        lead_s = vpos - 2 if vpos > sent_s + 2 and self.masked[vpos - 2:vpos] == ", " else sent_s
                        self._note_attr(lead_s, seg.o)
                    if pattern != "colon_prev_line":
                        pattern = "colon_lead"
                    ctx_s = min(ctx_s, attr.pos)
                consumed = i + 1
                vm = _VERB_COLON_RE.search(self.masked, sent_s, seg.o) if attr is None else None
                if vm is not None and vm.group(1).lower() in _DIRECT_VERB_SET and not _HE_SHE_RE.search(
                        self.masked, sent_s, vm.start()) and not any(
                        self.entities[key].speaker.type == "person" for _a, _b, key in self._mention_in(sent_s, vm.start())):
                    # 'the Ukrainian families gathered at the gate chanted: "…"': a lead-in whose speaker nobody
                    # can name is no follow-on of the previous speaker
                    attr, cue, pattern = _Attr(None, None, 0.3, seg.o, seg.o), vm.group(1), "colon_lead"
                if attr is None:
                    # unattributed: same speaker as the previous quote in this paragraph, or follow-on
                    if last_q is not None:
                        q0, a0 = last_q
                        attr, cue = a0, None
                        pattern = "follow_on" if seg.o == ps + self._lead_ws(ps) else "split"
                        if self._only_attr_between(q0, seg):
                            q0.continuations.append((seg.cs, seg.ce))
                            q0.context_end = max(q0.context_end, sent_e)
                            if q0.pattern in ("said_after", "said_before_inverted", "colon_lead", "dash"):
                                q0.pattern = "split"
                            carry = {"quote": q0, "attr": a0, "open": seg.c is None}
                            i += 1
                            continue
                    elif prev_direct is not None and seg.o == ps + self._lead_ws(ps):
                        attr = prev_direct["attr"]
                        pattern = "follow_on"
                    elif self._anon_before(seg.o):
                        # "A European diplomat put it more bluntly. “…”": the unnamed person just introduced
                        attr = _Attr(None, None, 0.5, seg.o, seg.o)
                        pattern = "follow_on"
                    else:
                        attr = self._recent_person(seg.o)
                        pattern = "follow_on"
            start, end = seg.cs, seg.ce
            if seg.c is not None and "“" not in text[start:end] and ('"' in text[start:end] or "‘" in text[start:end]
                                                                    or (("'" in text[start:end]) and _INNER_SINGLE_RE.search(text[start:end]))):
                pattern = "nested" if pattern in ("said_after", "colon_lead") else pattern
            if pattern == "said_after" and _SENT_END_RE.search(self.text, start, end):
                pattern = "multi_sentence"
            if attr is not None and attr.speaker is None and pattern == "follow_on":
                attr = _Attr(None, None, 0.2, seg.o, seg.o)
            q = self._emit(start, end, conts, "direct", cue, pattern, attr, min(ctx_s, seg.o), max(ctx_e, seg.ce))
            open_tail = (seg.c is None) if not conts else (segs[consumed - 1].c is None)
            carry = {"quote": q, "attr": attr, "open": open_tail}
            last_q = (q, attr)
            i = consumed if after is not None else i + 1
        return carry

    def _answer_quote(self, k: int) -> None:
        """One transcript answer: its first paragraph, continued by the paragraphs it runs on into; the speaker is
        the interviewee, the person the introduction names first."""
        seg = self.segs[k][0]
        conts = [(self.segs[j][0].cs, self.segs[j][0].ce) for j in self.answers[k]]
        if k in self.answer_speakers:   # a broadcast transcript names each turn's speaker
            sp = self.answer_speakers[k]
            label = _SPEAKER_LABEL_RE.match(self.text, self.paras[k][0], seg.o)
            written = label.group(1) if label else self.text[self.paras[k][0]:seg.o].strip(" :*_")
            if sp is None and " " not in written and fold(written) in self.surnames:
                sp = self.surnames[fold(written)].speaker  # "PISTORIUS:" after "Boris Pistorius has been …"
            elif sp is None and " " not in written and (by_first := self._person_by_first_name(written)) is not None:
                sp = by_first  # "OLENA:" after "my guests are Olena Kovalchuk and Mark Hendry"
            elif sp is None and " " not in written and written.capitalize() in L.TITLE_CAPS:
                # "Senator:" after "Joining me is Senator Lindsey Graham": the holder when the label first speaks
                if written not in self._label_speakers:
                    self._label_speakers[written] = self._resolve_title(written, seg.o)
                sp = self._label_speakers[written]
            attr = _Attr(sp, written, 0.9 if sp is not None else 0.5, seg.o, seg.o)
        else:
            iv = self._transcript_interviewee()
            attr = _Attr(iv.speaker, None, 0.7, seg.o, seg.o) if iv is not None else None
        pattern = "multi_paragraph" if conts else "colon_lead"
        self._emit(seg.cs, seg.ce, conts, "direct", None, pattern, attr, seg.cs, seg.ce)

    def _person_by_first_name(self, word: str) -> Speaker | None:
        """The one person of the article whose first name is ``word`` (a transcript's first-name label)."""
        key = fold(word)
        found = {ent.speaker for ent in self.entities.values()
                 if ent.speaker.type == "person" and " " in ent.speaker.name and fold(ent.speaker.name).split()[0] == key}
        return found.pop() if len(found) == 1 else None

    def _transcript_interviewee(self) -> _Entity | None:
        return self._first_person_before(self.paras[min(self.answers) if self.answers else 0][0])

    def _first_person_before(self, limit: int) -> _Entity | None:
        """The first person the text names before ``limit`` (an interview's subject is named first)."""
        for _p, key, _salient in self.ev[:bisect.bisect_left(self.ev_pos, limit)]:
            ent = self.entities[key]
            if ent.speaker.type == "person":
                return ent
        return None

    def _split_gap(self, gap: str, nxt: _Seg) -> bool:
        """Between an attribution and the next quoted part: punctuation only, or appositions that
        keep the sentence going (', 52, whose flat was hit in May, "and the planes …"')."""
        if MASK in gap or len(gap) > 160:
            return False
        if _SPLIT_GAP_RE.fullmatch(gap) and not _WORD2_RE.search(_GAP_HEAD_RE.sub("", gap)):
            return True
        core = gap.rstrip()
        if not core.endswith(",") or any(ch in core for ch in ';:!?"“”'):
            return False
        if any(ch == "." and _dot_ends(core, j) for j, ch in enumerate(core)):
            return False
        first = self.text[nxt.cs:nxt.cs + 1]
        return first.islower()

    def _only_attr_between(self, q0: ExtractedQuote, seg: _Seg) -> bool:
        """True when only the attribution lies between the previous quote part and this segment."""
        last_end = q0.continuations[-1][1] if q0.continuations else q0.end
        gap = self.masked[last_end:seg.o]
        # '," he said in his nightly address. "' -> the gap is closing mark + attribution + boundary
        gap_core = gap.strip(" \"”»“«")
        if not gap_core:
            return True
        if q0.continuations:
            return False
        if not q0.cue:
            return False
        if len(gap_core.split()) > 24 or MASK in gap_core:
            return False
        return _has_direct_verb(gap_core) and gap_core.rstrip()[-1:] in ",.:;—–"

    def _set_speaker(self, q: ExtractedQuote, attr: _Attr, cue):
        sp = attr.speaker
        q.speaker_as_written = attr.as_written
        q.speaker = sp.name if sp else None
        q.speaker_id = sp.speaker_id if sp else None
        q.speaker_type = sp.type if sp else None
        q.attribution_confidence = attr.conf
        q.cue = cue

    def _lead_ws(self, ps: int) -> int:
        n = 0
        while ps + n < len(self.text) and self.text[ps + n] in " \t":
            n += 1
        return n

    def _prev_line_attr(self, k: int):
        pps, ppe = self.paras[k - 1]
        prev = self.masked[pps:ppe].rstrip()
        if not prev.endswith(":"):
            return None
        sents = self.sentences(k - 1)
        ls, _le = sents[-1] if sents else (pps, ppe)
        o = pps + len(prev) - 1
        res = self._before_attr(ls, o + 1)
        if res is not None:
            return res
        fm = _FROM_LEAD_RE.search(self.masked, ls, o)
        if fm:
            attr = self.resolve_np(fm.start(1), fm.end(1))
            if attr is not None and attr.speaker is not None:
                return attr, None, ":"
        attr = self._main_subject(ls, o)
        if attr is not None:
            return attr, None, ":"
        return None

    def _described_before(self, cs: int, ce: int, ctext: str, desc: list[str]) -> _Attr | None:
        """The person a definite description of a subject refers back to: "The 34-year-old (teacher) says" -> the
        person just written about; "The sailor says" -> the person described so in an apposition ("Ivan Moroz, a
        retired sailor, …"). A speaker of None when it describes a person nobody named; None when it is no such
        description (titles, officials and groups have their own rules)."""
        nobody = _Attr(None, ctext, 0.4, cs, ce)
        age = any(_AGE_WORD_RE.fullmatch(w) for w in desc)
        noun = desc[-1]
        if not age and (noun in L.ROLE_NOUNS or noun in L.ANON_NOUNS) or noun.endswith("s"):
            return None
        if not age and noun not in _PERSON_NOUNS and not (
                noun.endswith(_AGENT_SINGULARS) and len(noun) > 5 and noun not in _NOT_AGENTS):
            return None
        m = self.masked
        window = self._para_window(cs, 1)
        if not _AGE_WORD_RE.fullmatch(noun):
            # an apposition with the noun right after a person's name, latest first
            for nm in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", m[window:cs]))):
                at = window + nm.start()
                for p, key, _sal in reversed(self.ev[bisect.bisect_left(self.ev_pos, at - 60):
                                                     bisect.bisect_left(self.ev_pos, at)]):
                    ent = self.entities[key]
                    if ent.speaker.type == "person" and _APPOS_GAP_RE.fullmatch(m, self._mention_end_at(p), at):
                        return _Attr(ent.speaker, ctext, 0.6, cs, ce)
            if not age:
                # "said the shipowner": a person nobody has named yet, unless the word is a title of somebody named
                # ("Yaremchuk said …" … "the striker said")
                sp = self._resolve_title(ctext, cs)
                if sp is None and self._anon_head_before(noun, cs) < 0:
                    # "Yaremchuk said the goal was for the soldiers. “…,” the striker said": the person just named
                    recent = self._recent_person(cs)
                    if recent is not None and recent.speaker is not None and recent.speaker.type == "person" and \
                            self._para_index(recent.pos) == self._para_index(cs):
                        sp = recent.speaker
                return _Attr(sp, ctext, 0.6, cs, ce) if sp is not None else nobody
        recent = self._recent_person(cs)
        if recent is None:
            # "When drones set another refinery ablaze, Viktor Hrytsai does not need … / the 67-year-old told": the
            # one person of the last two paragraphs, even when not named as a subject
            people = {key for _p, key, _s in self.ev[bisect.bisect_left(self.ev_pos, window):
                                                      bisect.bisect_left(self.ev_pos, cs)]
                      if self.entities[key].speaker.type == "person"}
            if len(people) == 1:
                return _Attr(self.entities[people.pop()].speaker, ctext, 0.5, cs, ce)
        return _Attr(recent.speaker, ctext, 0.6, cs, ce) if recent is not None and \
            recent.speaker.type == "person" else nobody

    def _recent_person(self, pos: int) -> _Attr | None:
        limit = bisect.bisect_left(self.ev_pos, pos)
        window = self._para_window(pos, 1)
        for idx in range(limit - 1, -1, -1):
            p, key, salient = self.ev[idx]
            if p < window:
                break
            ent = self.entities[key]
            if salient:
                return _Attr(ent.speaker, None, 0.5, pos, pos)
        return None

    # -- reported speech -------------------------------------------------------------------------
    def _indirect_in_paragraph(self, k: int, sents) -> None:
        m = self.masked
        ps, pe = self.paras[k]
        if not self._cue_between(ps, pe) and m.find("ccording to", ps, pe) < 0:
            return  # no cue verb and no "according to": no reported speech in this paragraph
        for ss, se in sents:
            if not self._cue_between(ss, se) and m.find("ccording to", ss, se) < 0:
                continue
            sent = m[ss:se]
            if sent.rstrip(" \"”’)")[-1:] == "?":
                continue  # "What would she say to those who feel that …?": the writer's question, not a report
            taken_until = ss
            main_attr = None
            # "according to X"
            for mm in (_ACCORDING_RE.finditer(sent) if "ccording to" in sent else ()):
                a_s = ss + mm.start()
                np_s = ss + mm.end()
                stop = _ACCORDING_STOP_RE.search(m[np_s:se])
                np_e = np_s + (stop.start() if stop else se - np_s)
                if stop is not None and m[np_e:np_e + 5] == " and ":
                    # "according to the Centre for Research on Energy and Clean Air, …": a name with "and" inside
                    whole = _LONG_ORG_AFTER_RE.match(m, np_s, se)
                    if whole is not None:
                        np_e = whole.end(1)
                attr = self._according_source(np_s, np_e)
                lead = m[self._clause_start(ss):a_s]
                if not lead.strip() or lead.strip().endswith(":"):
                    comma = m.find(",", np_e, min(se, np_e + 200))
                    if comma < 0:
                        continue
                    # "According to Sabrina Singh, the deputy press secretary, training …"
                    nxt = m.find(",", comma + 1, min(se, comma + 90))
                    if nxt > 0:
                        appos = m[comma + 1:nxt].strip()
                        if appos.split()[:1] and appos.split()[0].lower() in ("the", "a", "an") and \
                                not _has_finite(appos) and MASK not in appos and len(appos.split()) <= 8 and (
                                    self._has_role(appos) or not L.ORG_HEADS.isdisjoint(fold(appos).split())
                                    or not _ORG_NOUN_WORDS.isdisjoint(appos.lower().split())
                                    or appos.endswith(("think tank", "think-tank"))):
                            # (not "According to X, the two sides signed four agreements covering A, B …")
                            comma = nxt
                    body_s, body_e = comma + 1, se
                    cut = _AFTER_CLAUSE_CUT_RE.search(m, body_s, body_e)
                    if cut and len(m[body_s:cut.start()].split()) >= 4:
                        body_e = cut.start()
                else:
                    body_s, body_e = self._clause_start(ss), a_s
                    if self._own_cue_before(body_s, a_s):
                        # "The Kremlin welcomed the plan, according to TASS": the statement has its own
                        # speaker and cue; the verb rules report it
                        continue
                    # "Moscow, according to the analysts, is betting that …": the attribution interrupts the
                    # clause; main span before it, continuation after it
                    nw = _NEXT_WORD_RE.match(m, np_e + 1) if m[np_e:np_e + 1] == "," else None
                    head = self._interpolated_head(ss, a_s) if nw and nw.group(1).lower() in _FINITE_WORDS else None
                    if head is not None:
                        c_e = se
                        cut = _AFTER_CLAUSE_CUT_RE.search(m, np_e + 1, se)
                        if cut and len(m[np_e + 1:cut.start()].split()) >= 3:
                            c_e = cut.start()
                        cont = self._trim_clause(np_e + 1, c_e)
                        if cont is not None and MASK not in m[cont[0]:cont[1]]:
                            hs, he = head
                            pattern = "mixed" if self._has_fragment(hs, cont[1]) else "according_to"
                            self._emit(hs, he, [cont], "indirect", "according to", pattern, attr, ss, se)
                            taken_until = max(taken_until, cont[1])
                            continue
                span = self._trim_clause(body_s, body_e)
                if span is None:
                    continue
                cs, ce = span
                if MASK in m[cs:ce]:
                    continue
                pattern = "mixed" if self._has_fragment(cs, ce) else "according_to"
                self._emit(cs, ce, [], "indirect", "according to", pattern, attr, ss, se)
                taken_until = max(taken_until, ce, np_e)
            # communication verbs
            vi = bisect.bisect_left(self._verb_starts, ss)
            verbs = self._verbs
            while vi < len(verbs) and verbs[vi][0] < se:
                vs, ve, verb = verbs[vi]
                vi += 1
                if vs < taken_until:
                    continue
                res = self._reported(ss, se, vs, ve, verb, main_attr)
                if res is None:
                    continue
                (cs, ce, conts), attr, pattern, cue = res
                if attr is not None and not verb.endswith("ing"):
                    main_attr = attr
                self._emit(cs, ce, conts, "indirect", cue, pattern, attr, ss, se)
                taken_until = max(ce, ve) if cs > vs else ve

    def _cue_between(self, s: int, e: int) -> bool:
        """A cue verb of the article's scan starts in [s, e)."""
        return bisect.bisect_left(self._verb_starts, s) != bisect.bisect_left(self._verb_starts, e)

    def _own_cue_before(self, s: int, e: int) -> bool:
        """A finite communication verb with a resolvable subject between ``s`` and ``e``."""
        vi = bisect.bisect_left(self._verb_starts, s)
        while vi < len(self._verbs) and self._verbs[vi][0] < e:
            vs, _ve, verb = self._verbs[vi]
            vi += 1
            if verb.endswith("ing") or verb.lower() not in _OBJECT_SET and verb.lower() not in _OWN_CUE_CLAUSE \
                    or verb.lower() in ("asked", "asks"):  # ("Ukraine has repeatedly asked for the missiles")
                continue
            if self._subject_attr(s, vs) is not None:
                return True
        return False

    def _according_source(self, s: int, e: int) -> _Attr:
        """Speaker of "according to NP": a speaker NP, the owner of a document ("the Commission's
        opinion"), its author ("a declaration by the Group of Seven"), or nobody."""
        long_org = self._long_org_subject(s, e) if _LONG_ORG_HINT_RE.search(self.masked, s, e) else None
        if long_org is not None:
            return long_org
        attr = self.resolve_np(s, e)
        if attr is not None and attr.speaker is not None:
            return attr
        m = self.masked
        dm = _DATA_OF_NAME_RE.fullmatch(m, s, e)
        if dm is not None and dm.group(1).split()[0] not in _FUNCTION_CAPS:
            # "according to Scottish Government figures", "according to Eurostat data": the body whose numbers they are
            name = dm.group(1)
            named = self.resolve_np(s + dm.start(1) - dm.start(), s + dm.end(1) - dm.start())
            if named is not None and named.speaker is not None:
                return named
            return _Attr(self.reg.lookup_alias(name) or self._unregistered_org(name), name, 0.6, s, e)
        stop = min(len(m), e + 120)
        nl = m.find("\n", e, stop)
        seg = m[s:nl if nl >= 0 else stop]  # (the source's own paragraph only)
        by = _BY_AGENT_RE.search(seg) or _DOC_FROM_RE.search(seg)
        if by and by.group(1).strip() not in _COUNTRY_ADJS:  # (not "data from Russian travel websites")
            attr = self.resolve_np(s + by.start(1), s + by.end(1))
            if attr is not None and attr.speaker is not None:
                return attr
            agent = by.group(1).strip()
            if ((by.re is _DOC_FROM_RE or _COMPILED_BY_RE.search(seg, 0, by.start() + 3))
                    and (_ONE_NAME_RE.fullmatch(agent) or _FIRM_NAME_RE.fullmatch(agent)) and agent not in L.COUNTRY_ADJ
                    and agent not in L.NON_NAME_CAPS):  # (not "a draft seen by Rond-Point": an outlet that saw it)
                # "shipping data from Kpler": a data firm the registry does not know, named as written
                return _Attr(self._unregistered_org(agent), agent, 0.6, s + by.start(1), s + by.end(1))
            if attr is not None:
                return attr
        name = m[s:e].strip()
        appos = _NAME_APPOS_AFTER_RE.match(m, e) if name[:1].islower() else None
        if appos is not None and _unposs(name.split()[-1].lower()) in L.ROLE_NOUNS:
            # "according to the group's treasurer, Sue Armstrong, who said …": the person the role describes
            named = self.resolve_np(e + appos.start(1) - appos.start(), e + appos.end(1) - appos.start())
            if named is not None and named.speaker is not None and named.speaker.type == "person":
                return named
        poss = _POSS_S_RE.search(m[s:e])
        if poss:
            attr = self.resolve_np(s, s + poss.start())
            if attr is not None:
                return attr
        if appos is not None and name.split()[-1] in _ORG_DESCRIPTORS:
            # "according to its operator, Centrenergo": the name in apposition to the description speaks
            named = self.resolve_np(e + appos.start(1) - appos.start(), e + appos.end(1) - appos.start())
            if named is not None and named.speaker is not None:
                return named
            org = appos.group(1)
            return _Attr(self.reg.lookup_alias(org) or Speaker(speaker_id_for(org), org, "organization", None, None),
                         org, 0.7, s, e)
        short = self._org_by_short_name(name) if name[:1].isupper() and " " not in name else None
        if short is not None:
            return _Attr(short, name, 0.8, s, e)
        if name[:1].isupper() and " " not in name and _ORG_APPOS_RE.match(m, e):
            # "according to Kpler, a data firm": an organisation the apposition describes, named as written
            return _Attr(Speaker(speaker_id_for(name), name, "organization", None, None), name, 0.7, s, e)
        if attr is None and _ORG_LIKE_NAME_RE.fullmatch(name) and name not in L.NON_NAME_CAPS:
            # "according to DeepState", "according to Brave1": a body the registry does not know, named as written
            return _Attr(Speaker(speaker_id_for(name), name, "organization", None, None), name, 0.6, s, e)
        return attr if attr is not None else _Attr(None, name or None, 0.3, s, e)

    def _in_direct_attr(self, pos: int) -> bool:
        i = bisect.bisect_right(self._attr_starts, pos) - 1
        return i >= 0 and self._attr_spans[i][0] <= pos < self._attr_spans[i][1]

    def _note_attr(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self._attr_starts, s)
        self._attr_starts.insert(i, s)
        self._attr_spans.insert(i, (s, e))

    def _long_org_subject(self, clause_s: int, end: int) -> _Attr | None:
        """"The Centre for Research on Energy and Clean Air (, a Helsinki-based research group,) said",
        "Westmorland and Furness Council said": a body's name with small words inside, which the phrase walk would
        cut at its first "and" or "for"; appositions and relative clauses after it are skipped. Not the body of a
        phrase ("a source in the Security Service of Ukraine", "Andrii Kovalenko of the Centre for …")."""
        m = self.masked
        region = m[clause_s:end]
        if "," in region:
            region = _REL_CHUNK_RE.sub(_blank, region)
            while True:  # ", a Helsinki-based research group," before the verb
                stripped = region.rstrip()
                if not stripped.endswith(","):
                    break
                p = stripped.rfind(",", 0, len(stripped) - 1)
                chunk = stripped[p + 1:-1].split()
                if p < 0 or not chunk or chunk[0] not in ("a", "an", "the") or len(chunk) > 12:
                    break
                region = stripped[:p]
        region = region.rstrip(" ,")
        om = _LONG_ORG_END_RE.search(region)
        if om is None:
            return None
        lead = region[:om.start()].split()
        if lead and lead[-1] in ("the", "The"):
            lead.pop()
        if lead and not lead[-1].endswith((",", "'s", "’s")):
            return None
        name = om.group(1).rstrip()
        at = clause_s + om.start(1)
        if any(self.entities[key].speaker.type == "person" and _e == at + len(name) and _s > at
               and _gender_of_name(self.entities[key].speaker.name) is not None
               for _s, _e, key in self._mention_in(at, at + len(name))):
            return None  # "Council of Europe Secretary General Alain Berset said": a person with the body's title
        sp = self.reg.lookup_alias(name) or self._unregistered_org(name)
        return _Attr(sp, name, 0.7, at, at + len(name))

    def _local_body(self, name: str, ctext: str, cs: int, ce: int) -> _Attr:
        """A Ukrainian city's or region's body named after its place: the registry's entry, else as named."""
        return _Attr(self.reg.lookup_alias(name) or self._unregistered_org(name), ctext, 0.7, cs, ce)

    def _ua_place_before(self, pos: int, near_only: bool = False) -> str | None:
        """The Ukrainian city or region named last before ``pos`` in its sentence or the two before it, else (unless
        ``near_only``) the last one the article named before."""
        k = self._para_index(pos)
        sents = [b for b in self.sentences(k) if b[0] < pos]
        lo = sents[-3][0] if len(sents) >= 3 else (self.paras[k - 1][0] if k > 0 and len(sents) < 2 else
                                                      (sents[0][0] if sents else pos))
        found = None
        for pm in _UA_PLACE_RE.finditer(self.masked, lo, pos):
            found = L.UA_PLACES[pm.group(1)]
        if found is None and not near_only:
            # the place the story is about, named earlier ("Kharkiv lies about 30 kilometres from the border …")
            for pm in _UA_PLACE_RE.finditer(self.masked, 0, lo):
                found = L.UA_PLACES[pm.group(1)]
        return found

    def _open_fragment_end(self, s: int, at: int) -> int | None:
        """When a quoted fragment opened in ``text[s:at]`` is still open at ``at``, the position after its closing
        mark (None when no fragment is open there, or it never closes)."""
        seg = self.text[s:at]
        if seg.count("“") > seg.count("”"):
            close = self.text.find("”", at)
        elif seg.count('"') % 2:
            close = self.text.find('"', at)
        else:
            return None
        return close + 1 if close >= 0 else None

    def _has_fragment(self, cs: int, ce: int) -> bool:
        seg = self.text[cs:ce]
        return any(ch in seg for ch in '"“”«»')

    def _trim_clause(self, s: int, e: int):
        m = self.masked
        while s < e and m[s] in " ,;:":
            s += 1
        fn = _FOOTNOTE_END_RE.search(m, s, e)
        if fn is not None:
            e = fn.start()  # '… "for decades".[6]': the commentary's footnote marker is not the speaker's
        while e > s and m[e - 1] in " .,;:!?":
            e -= 1
        # "… ." inside a closing mark: keep the mark, drop a final full stop before it
        if e > s and m[e - 1] in '"”' and e - 2 > s and m[e - 2] == ".":
            pass
        if e - s < 3 or len(m[s:e].split()) < 2:
            return None
        return s, e

    def _reported(self, ss, se, vs, ve, verb, main_attr):
        m = self.masked
        low_verb = verb.lower()
        before = m[max(ss, vs - 26):vs]
        if before.rstrip(" ,")[-1:] in ('"', "”", "»") and not self._fragment_before(ss, vs):
            return None  # '"…," said X': the attribution of a direct quote
        if self._in_direct_attr(vs):
            return None  # '"…," Scholz told the Bundestag, where …' / 'X told a reporter:'
        after = m[ve:se]
        used = _USED_TO_RE.search(m, max(ss, vs - 200), vs) if before.endswith(" to ") and any(
            w in m[max(ss, vs - 200):vs] for w in ("use", "took", "rose", "stood", "got up", "went on")) else None
        if low_verb in L.USED_TO_ONLY_VERBS and used is None:
            return None
        if low_verb in L.FINDING_VERBS and not (after.startswith(" that ") and _FINDING_SUBJECT_RE.match(
                m, self._clause_start(ss), vs)):
            return None  # "found"/"showed" report only a document's or a study's findings
        progressive = (low_verb.endswith("ing") and (low_verb not in _OBJECT_SET or low_verb in _PROGRESSIVE_OBJECT)
                       and _PROGRESSIVE_RE.search(before) is not None)
        # "did not rule out selling …" keeps an option open: a position, not a denial
        neg_kept = _NOT_RULE_OUT_RE.search(before) if low_verb.startswith("rul") and after.startswith(" out ") else None
        if _negated(before) and not progressive and neg_kept is None and used is None:
            return None
        if low_verb in ("accused", "suspected") and after.startswith(" of "):
            return None  # "firms … accused of helping Moscow": a passive participle, nobody accuses here
        if low_verb.startswith("question") and _QUESTIONED_PEOPLE_RE.match(after):
            return None  # "began questioning the crew of the tanker": an interrogation, not a position
        if low_verb in ("asked", "asks") and not _ASKED_OBJECT_RE.match(m, ve, se):
            return None
        if low_verb.startswith("offer") and not _OFFERED_RE.match(m, ve, se):
            return None
        if low_verb.startswith("renew") and not _RENEW_OBJECT_RE.match(m, ve):
            return None  # only "renewed his call for …" reports a position; "renewed the sanctions" does not
        if low_verb.endswith("ed") and _INTRO_PP_RE.match(m[ss:vs]) and _PARTICIPLE_HOST_RE.search(m[ss:vs]):
            return None  # "In a written statement posted later on Telegram, he said": a participle in an intro phrase
        prev1 = before.split()[-1:]
        if prev1 and prev1[0].lower() in ("a", "an", "the", "this", "that", "its", "his", "her", "their", "our",
                                          "most", "more", "less", "least", "very"):
            return None  # "a proposed package", "the backing of", "the most pressing questions"
        if low_verb.endswith("s") and not low_verb.endswith("ss"):
            # "its central demands", "member states", "the claims": a noun, not a verb
            prev2 = before.split()[-2:]
            p1 = _unposs(prev2[-1].lower()) if prev2 else ""
            if any(w.lower() in _NOUN_MARKERS for w in prev2) and not before.rstrip().endswith(",") and not (
                    p1 in L.DOC_HEADS or p1 in L.ORG_HEADS or p1 in L.ROLE_NOUNS or p1 in L.ANON_NOUNS
                    or p1 in _PERSON_NOUNS or _AGE_WORD_RE.fullmatch(p1)):  # ("the sailor says", "the 34-year-old says")
                return None  # (after a comma the verb follows a parenthesis: "The Pentagon, for its part, insists")
            if prev2 and prev2[-1].endswith(("'s", "’s")):
                return None  # "Moscow's claims of an encirclement": a possessive owns a noun
        if low_verb in _OBJECT_SET and any(w.lower() in ("what", "which", "whom", "that") for w in before.split()[-3:]):
            return None  # "what they called a ..."
        after = m[ve:se]
        if _PASSIVE_AFTER_RE.match(after):
            return None
        if _MOTION_AFTER_RE.match(after):
            return None  # "a missile slammed into a grain dryer": motion, not speech
        if before.rstrip().endswith(",") and low_verb.endswith("ed") and _PASSIVE_BY_RE.match(after):
            return None  # "Germany, criticised for weeks by its allies …, announced": passive, not speech
        if low_verb in _APPOINT_VERBS and _APPOINTED_AS_RE.match(after):
            return None  # "parliament confirmed him as defence minister"
        if low_verb.startswith("call") and _CALL_OFF_RE.match(after):
            return None  # "before he called it off": cancelling, not speech
        if low_verb in _AGREE_VERBS and not after.startswith((" that ", " to ", ", ")):
            return None  # "when the EU agreed its 13th package": agreeing on a thing is no report of speech
        if low_verb.startswith("dismiss") and (self._person_object(ve, se) or _ROLE_OBJECT_RE.match(after)):
            # "Zelensky dismissed General Valerii Zaluzhnyi", "… dismissed the commander of the air force":
            # removing from office
            return None
        if low_verb.startswith("dismiss") and _LEGAL_OBJECT_RE.match(after) and " as " not in after.split(".")[0]:
            return None  # "The court dismissed charges against three officers": a ruling's act, no statement
        if low_verb.startswith("conced") and after.startswith((" defeat", " the election", " the race")):
            return None  # "Scholz conceded defeat": losing an election, no report
        if low_verb.startswith(("writ", "wrote")) and _WRITTEN_WORK_RE.match(after):
            return None  # "a historian who is writing a book about the railway's war": authorship, no report
        if after.rstrip().endswith(":") and not _THAT_RE.search(after) and low_verb in _TELL_SET:
            return None  # "The Kremlin tyrant told a state TV reporter in St Petersburg:" introduces a quotation
        # "Zakharova was saying that …", "Zelensky has been saying for months that …": a progressive, finite
        participle = low_verb.endswith("ing") and not progressive
        # subject
        win_s = max(ss, vs - 60)
        window = m[win_s:vs]
        coord = _COORD_RE.search(window)
        rel_subject = False
        if (coord or used) and not participle:
            if main_attr is None:
                limit = win_s + coord.start() if coord else used.start()
                if used is not None and not coord:
                    main_attr = self._subject_attr(ss, used.start())  # "… after Zelensky used his speech to …"
                # "The moves came hours after von der Leyen unveiled a plan and said …": the subject of the
                # subordinate clause the coordinated verb belongs to
                sub = _SUBORDINATE_LEAD_RE.search(m, max(ss, limit - 160), limit)
                if (main_attr is None and sub is not None and self._mention_starts_at(sub.end())
                        and _VERB_AFTER_NAME_RE.match(m, self._mention_end_at(sub.end()), limit)):
                    main_attr = self._main_subject(sub.end(), limit)
                if main_attr is None:
                    main_attr = self._main_subject(ss, limit)
            if main_attr is None:
                return None
            attr = main_attr
        elif participle and prev1 and _unposs(prev1[0].lower()) in L.DOC_HEADS and not _AUTHORED_RE.search(m, max(ss, vs - 60), vs):
            # "blocked a joint EU statement condemning the attack": somebody else's document; only its author's
            # ("sent letter after letter urging …", "issued a statement condemning …") reports a position
            return None
        elif participle:
            qa = _QUOTED_AS_RE.search(window) if "quoted" in window else None
            if qa:
                attr = self.resolve_np(win_s + qa.start(1), win_s + qa.end(1))
                if attr is None:
                    return None
            elif _PART_BLOCK_RE.search(window) and not (window.endswith("by ") and after.startswith(" that ")):
                return None  # (but "ended the briefing by reiterating that …" reports what was said)
            elif (wm := _WITH_SUBJECT_RE.search(window)) is not None and (
                    with_attr := self.resolve_np(win_s + wm.start(1), vs)) is not None:
                # "The Kremlin declined to comment, with spokesman Dmitry Peskov telling reporters …"; "…, with
                # Ukrainian officials saying …" (unnamed, but they speak, not the sentence's subject)
                attr = with_attr
            else:
                attr = main_attr or self._main_subject(ss, vs)
            if attr is None:
                return None
        else:
            attr = None
            rel = _REL_SPEAKER_RE.search(window) if "who" in window or "which" in window else None
            rel_subject = rel is not None
            if rel:
                start = self._np_start(ss, win_s + rel.start())
                if start is None:
                    return None
                attr = self.resolve_np(start, win_s + rel.start())
                if attr is None:
                    return None
        cue = verb
        pos = ve
        vclass = "clause"
        if low_verb in _OBJECT_SET:
            vclass = "object"
            parts = L.PARTICLE_VERBS.get(low_verb)
            if parts:
                pm = _NEXT_WORD_RE.match(after)
                if pm and pm.group(1).lower() in parts:
                    cue = f"{verb} {pm.group(1)}"
                    pos = ve + pm.end()
                    if pm.group(1).lower() in ("on", "upon", "to"):
                        vclass = "urge"
                elif low_verb.startswith("rul") and _RULED_THAT_RE.match(after):
                    vclass = "clause"  # "the judges ruled on Thursday that …": a court's finding
                elif low_verb in ("spoke", "speaks"):
                    return None  # only "spoke of …" names what was said
                elif low_verb in ("called", "calls", "calling", "ruled", "rule", "pushed", "pushes", "pushing", "pressed",
                                  "presses", "pressing", "appealed", "appeals", "appealing", "objected", "objects",
                                  "objecting", "played", "plays", "playing"):
                    if low_verb.startswith("call") and (_CALL_OBJECT_RE.match(after) or _CALL_NAMED_RE.match(after)
                                                        or _CALL_QUOTED_RE.match(after)):
                        vclass = "object"
                    elif low_verb.startswith("press") and _PRESSED_ON_RE.match(after):
                        return None  # "Okafor pressed Sikorski on Rubio's remarks": questioning someone
                    elif low_verb.startswith("press") and _ANY_WORD_RE.match(after):
                        vclass = "urge"
                    else:
                        return None
            if low_verb in _URGE_SET and vclass == "object" and low_verb.startswith("urg"):
                vclass = "urge"
        elif low_verb in _ARGUE_FOR_VERBS and after.startswith(" for "):
            # "Meloni argued for a guarantee modelled on Article 5": what was argued for is the position
            cue = f"{verb} for"
            pos = ve + len(" for")
            vclass = "object"
        elif low_verb in _WARN_OF_VERBS and after.startswith(" of "):
            # "warned of 'military and political consequences'": the danger named is the position
            cue = f"{verb} of"
            pos = ve + len(" of")
            vclass = "object"
        elif low_verb in _AGAINST_VERBS and after.startswith(" against "):
            # "cautioned against drawing the wrong lesson": the course warned against is the position
            cue = f"{verb} against"
            pos = ve + len(" against")
            vclass = "object"
        elif low_verb in _TELL_SET:
            vclass = "tell"
        elif low_verb in L.CLAUSE_PARTICLES:
            # "pointed out that", "made (it) clear that"
            particle = next((p for p in L.CLAUSE_PARTICLES[low_verb] if after.lower().startswith(f" {p} ")), None)
            if particle is None:
                return None
            cue = f"{verb} {particle}"
            pos = ve + 1 + len(particle)
        rest = m[pos:se]
        # post-posed: "…, X said." / "…, said X."
        tc = _AFTER_CLAUSE_CUT_RE.search(rest) or _TAIL_PART_RE.search(rest)
        tail_rx = _is_tail(rest[:tc.start()] if tc else rest)
        if not tail_rx and vclass == "tell" and not participle and "," in m[ss:vs]:
            # "…, a spokesman told reporters on Tuesday." / "…, she told The Daily Beacon."
            am = _AUDIENCE_RE.match(rest)
            if am:
                rest_a = rest[am.end():]
                tc = _AFTER_CLAUSE_CUT_RE.search(rest_a) or _TAIL_PART_RE.search(rest_a)
                tail_rx = _is_tail(rest_a[:tc.start()] if tc else rest_a)
        if tail_rx and tc is not None and ", that " in rest[tc.start():tc.start() + 120]:
            tail_rx = False  # "said on Friday, after meeting Morawiecki, that …": the clause comes after the aside
        if vclass in ("clause", "tell") and not participle and (tail_rx or rest.strip() == ""):
            if vclass == "tell" or tail_rx:
                return self._postposed(ss, se, vs, ve, verb)
        inv = _INVERTED_TAIL_RE.match(rest) if len(rest) <= 90 and "," not in rest and not _has_finite(rest) else None
        if inv is None and "," in rest and len(rest) <= 200 and vclass == "clause" and not participle:
            # "…, said Andrei Marin, a broker in Constanta." / "…, said Olena Koval, a nurse who …"
            head, _c, appos = rest.partition(",")
            aw = appos.split()
            if aw and (aw[0].lower() in ("a", "an", "the", "who", "whose") or aw[0].endswith(("'s", "’s"))) \
                    and len(head) <= 90 and not _has_finite(head) and (
                        not _has_finite(appos) or _APPOS_REL_RE.match(appos) or aw[0].lower() in ("who", "whose")):
                inv = _INVERTED_TAIL_RE.match(head)
        if vclass == "clause" and not participle and inv and m[ss:vs].rstrip().endswith(","):
            # "…, said Peskov."
            a = self.resolve_np(pos + inv.start(1), pos + inv.end(1))
            if a is not None:
                body = self._trim_clause(ss, ss + len(m[ss:vs].rstrip()) - 1)
                if body and MASK not in m[body[0]:body[1]]:
                    pattern = "mixed" if self._has_fragment(*body) else "postposed"
                    return (body[0], body[1], []), a, pattern, verb
        if attr is None and not coord:
            prog = _PROGRESSIVE_RE.search(before) if progressive else None
            subj_e = vs - (len(before) - prog.start()) if prog else (
                vs - (len(before) - neg_kept.start()) if neg_kept else vs)
            if prog:
                # "has been saying": back over the auxiliaries before the progressive
                subj_e = ss + _aux_tail_start(m[ss:subj_e], max(0, subj_e - ss - 60))
            attr = self._subject_attr(ss, subj_e)
            if attr is None:
                return None
            if (attr.as_written or "").lower().split()[:1] in (["no"], ["nobody"], ["none"], ["neither"]) or \
                    _NOBODY_SUBJECT_RE.match(m, self._clause_start(ss), subj_e):
                return None  # "No official said …", "Nobody in the government has suggested …": nobody says it
        if rel_subject and vclass == "clause" and "that" not in rest[:80] and low_verb not in _PLAIN_SPEECH_VERBS:
            return None  # "X, who has maintained close ties with …": a relative clause, not a report
        # "vowed to retaliate": the infinitive phrase is the position
        if vclass == "clause" and low_verb in _TO_VERBS and _TO_INF_RE.match(rest):
            vclass = "object"
        # complement
        pattern = "reported_clause"
        th = _THAT_RE.search(rest, 0, 160) if vclass in ("clause", "tell") and "that" in rest[:160] else None
        gap = rest[:th.start()] if th else ""
        if th and gap.strip() and self._relative_that(rest, th.start()):
            th = None  # "said after a round of talks that lasted an hour": 'that' opens a relative clause
        if th and not gap.strip() and _DEMONSTRATIVE_THAT_RE.match(rest, th.start()):
            th = None  # "Hartley said that was a distinction …": 'that' is the clause's subject
        if th and (not gap.strip() or self._skippable_gap(gap, vclass, low_verb in _ADDRESSEE_VERBS)):
            pos += th.end()
            rest = m[pos:se]
            pattern = "reported_that"
        else:
            if vclass == "tell":
                am = _AUDIENCE_RE.match(rest)
                if not am:
                    return None
                pos += am.end()
                rest = m[pos:se]
                if rest.lstrip().lower().startswith("on condition of anonymity"):
                    return None  # "briefed reporters on condition of anonymity under rules set by …": no content
            # ("offered to host the talks": an infinitive object, not an adverbial "to … talks")
            adv = _ADVERBIAL_RE.match(rest) if not (low_verb in _TO_VERBS and _TO_INF_RE.match(rest)) else None
            if adv and adv.end() > 0:
                pos += adv.end()
                rest = m[pos:se]
            that = _LEAD_THAT_RE.match(rest)
            if that and vclass == "object" and not _has_finite(rest[that.end():that.end() + 120].split(".")[0]):
                that = None  # "rejected that assessment": a demonstrative, not a that-clause
            if that and _DEMONSTRATIVE_THAT_RE.match(rest.lstrip()):
                that = None  # "Hartley said that was a distinction …": 'that' is the clause's subject
            if that and adv and adv.end() > 0 and self._relative_that(rest, that.end() - 4):
                # "…, negotiators said after talks in Istanbul that lasted an hour": the adverbial's own relative
                # clause; what was said is the clause before the attribution
                return self._postposed(ss, se, vs, ve, verb)
            if that:
                pos += that.end()
                rest = m[pos:se]
                pattern = "reported_that"
        if vclass in ("object", "urge"):
            pattern = "verb_object"
        if low_verb in _THAT_ONLY_VERBS and pattern != "reported_that":
            return None  # "protesters shouted slogans": only "shouted that …" reports what was said
        if rest[:1] in (":",) or rest.strip()[:1] in (":",):
            return None
        if rest.lstrip()[:1] in ('"', "“") and MASK in rest[:10]:
            return None
        # clause end
        cut = _CLAUSE_CUT_RE.search(m, pos, se)
        end = cut.start() if cut else se
        colon = m.find(":", pos, end)
        if colon > pos and m[colon + 1:end].lstrip()[:1] in ('"', "“") and MASK in m[colon + 1:colon + 5]:
            end = colon  # 'argued that the bottleneck was capacity: "…"': the direct quote that follows is its own
        if rel_subject:
            # "Two women, who said they were sisters, argued …": the relative clause ends at its comma
            cm = _COMMA_GAP_RE.search(m, pos, end)  # (not the comma inside "800,000")
            end = cm.start() if cm is not None and cm.start() > pos else end
        cut2 = _AFTER_CLAUSE_CUT_RE.search(m, pos, end)
        while cut2 is not None and ((m[cut2.start():cut2.end()].lstrip(" ,").startswith(_CONTRAST_TAILS) and
                                     not self._cue_between(cut2.end(), end) and not self._named_with_tail(cut2))
                                    or self._quoted_relative(cut2, end)):
            # "the Slovak objections could be solved 'with a letter', while Hungary's were 'about something else'":
            # a contrast with no speech verb of its own goes on with what was said
            cut2 = _AFTER_CLAUSE_CUT_RE.search(m, cut2.end(), end)
        if cut2 and len(m[pos:cut2.start()].split()) >= 3:
            end = cut2.start()
        elif "while" in m[pos:end] or "whereas" in m[pos:end]:
            # '… “unwavering support,” while Scholz said …': the comma sits inside the closing mark
            qc = _MARK_CONTRAST_RE.search(self.text, pos, end)
            if qc is not None and self._cue_between(qc.end(), end):
                end = qc.start() + 2
        elif any(mark in self.text[pos:end] for mark in (',"', ",”", ",’", ",'")) and (
                qc := _MARK_AND_RE.search(self.text, pos, end)) is not None and self._cue_between(
                    qc.end(), min(end, qc.end() + 50)):
            # 'says you are "obsessed with sanctions," and Dmitry Peskov today called …': a new speaker's report
            end = qc.start() + 2
        if vclass == "clause" and pattern == "reported_clause" and low_verb in _TRANSITIVE_CLAUSE_VERBS \
                and (not self._looks_like_clause(m[pos:end]) or _GERUND_OBJECT_RE.match(m, pos)):
            vclass = "object"
            pattern = "verb_object"
        if vclass in ("object", "urge") and _NOT_OBJECT_START_RE.match(m, pos):
            return None  # "a position he has defended since May", "announced … as he chaired": no object
        if vclass in ("object", "urge"):
            oc = _OBJECT_CUT_RE.search(m, pos, end)
            while oc is not None and (closing := self._open_fragment_end(pos, oc.start())) is not None:
                # 'called the commitments "the first serious, concrete step"': no cut inside the quoted words
                oc = _OBJECT_CUT_RE.search(m, closing, end) if closing < end else None
            if oc and len(m[pos:oc.start()].split()) >= 1:
                end = oc.start()
        span = self._trim_clause(pos, end)
        if span is None:
            return None
        cs, ce = span
        clause = m[cs:ce]
        if MASK in clause:
            return None
        if vclass in ("object", "urge"):
            adv = _TRAILING_ADVERB_RE.search(clause)
            if adv is not None and adv.start() > 0:
                ce = cs + adv.start()  # "rejected the idea outright": the manner is the writer's
                clause = m[cs:ce]
        if pattern != "reported_that" and not _has_finite(clause):
            # "confirmed the attacks in a post on Telegram": the medium of the statement, not its object
            med = _TRAILING_MEDIUM_RE.search(clause)
            if med and len(clause[:med.start()].split()) >= 1:
                ce = cs + med.start()
                clause = m[cs:ce]
                if vclass == "clause" and low_verb in _TRANSITIVE_CLAUSE_VERBS:
                    vclass, pattern = "object", "verb_object"
        if _TIME_ONLY_RE.fullmatch(clause):
            return None  # "Zelensky responded the same evening": when, not what
        if low_verb in _HOST_VERBS and vclass == "object" and _HOSTED_OBJECT_RE.match(clause):
            return None  # "Meloni welcomed leaders at the resort": hosting people, not a position
        if low_verb in _MEDIUM_VERBS and pattern == "reported_clause" and not _has_finite(clause):
            return None  # "Medvedev posted an image of a roll of toilet paper": what was posted, not said
        first = clause.split()[0].lower() if clause.split() else ""
        # "Her first drones, she says, crashed within a week": a predicate whose subject is fronted before an
        # interpolated attribution (checked again below, where it becomes the continuation)
        fronted = (vclass == "clause" and pattern == "reported_clause" and not participle and attr is not None
                   and first.isalpha() and clause[:1].islower() and first not in _NOT_PREDICATE_STARTS
                   and first not in L.PRONOUNS and m[ve:cs].rstrip().endswith(",")
                   and self._interpolated_head(ss, attr.pos) is not None)
        if vclass in ("clause", "tell") and not fronted and ((first in _CLAUSE_BAD_STARTS and not (
                pattern == "reported_that" and first in _SUBORDINATORS) and not (
                first.endswith("ing") and _gerund_subject(clause))) or (
                clause[:1].islower() and pattern == "reported_clause" and first.endswith(("ed", "ing"))
                and first not in _SUBJECT_STARTS and len(first) > 4 and not _gerund_subject(clause)
                # "said scheduled power cuts had been introduced": a participle adjective opening the subject
                and not (first.endswith("ed") and _has_finite(" ".join(clause.split()[1:5]))))):
            return None
        if _DOC_IN_WHICH_RE.match(clause):
            return None  # "posted a handwritten note in which Trump wrote that …": the note's writer reports it
        if first == "without" and (wm := _WITHOUT_THAT_RE.match(clause)) is not None:
            # "claimed, without offering evidence, that the car …": the aside, then what was claimed
            cs += wm.end()
            clause, first, pattern = m[cs:ce], m[cs:ce].split()[0].lower(), "reported_that"
        elif first == "without" and clause.split()[1:2] and clause.split()[1].endswith("ing"):
            return None  # "said in a statement, without saying which sites were hit": no report
        if vclass == "clause" and ((first in ("whether", "if", "what", "how", "when", "why", "who", "where")
                                    and not (pattern == "reported_that" and first in ("if", "when") and "," in clause)) or (
                pattern == "reported_clause" and (first in ("so", "goodbye", "hello", "yes", "sorry") or (
                    first == "no" and (len(clause.split()) < 3 or clause.split()[1].lower() in (
                        "to", "and", "but", "or", "on", "again", "twice", "thanks")))))):
            return None
        if vclass == "clause" and pattern == "reported_clause" and not fronted and not self._looks_like_clause(clause):
            return None
        if low_verb in ("added", "adds") and pattern == "reported_clause" and not _has_finite(clause) \
                and _ADDED_TO_RE.search(clause):
            return None  # "the Treasury added 1,000 companies to its blacklist": not speech
        if vclass == "clause" and pattern == "reported_clause" and not participle and (
                first in _FINITE_WORDS or first == "and" or fronted) and attr is not None and m[ve:cs].rstrip().endswith(","):
            # "The decision, Kallas said, was long overdue": the subject of the reported clause comes
            # before the interpolated attribution; "She has seen it twice, she said, and no longer …": a full
            # clause before it, continued with "and" after it
            head = self._interpolated_head(ss, attr.pos)
            if head is not None and first == "and" and not _has_finite(m[head[0]:head[1]]):
                head = None
            if head is None and first == "and":
                # "A long clause of many words, he said, and B.": post-posed, continued after the attribution
                return self._postposed(ss, se, vs, ve, verb)
            if head is not None:
                hs, he = head
                pron = attr.as_written.lower()
                if pron in L.PRONOUNS and attr.speaker is not None and any(
                        key == attr.speaker.speaker_id for _ms, _me, key in self._mention_in(hs, he)):
                    # "Vladimir Putin, he argued, had …": 'he' is not the person the clause is about
                    alt = self._resolve_pronoun(pron, hs, attr.as_written)
                    if alt is not None:
                        attr = alt
                pattern = "mixed" if self._has_fragment(hs, ce) else "postposed"
                return (hs, he, [(cs, ce)]), attr, pattern, cue
        if self._has_fragment(cs, ce):
            pattern = "mixed"
        return (cs, ce, []), attr, pattern, cue

    @staticmethod
    def _relative_that(text: str, at: int) -> bool:
        """'that lasted less than an hour' (a relative clause: a verb with no subject), not 'that allied jets had
        acted' (an '-ed' adjective opening a subject that has its own finite verb)."""
        rm = _RELATIVE_THAT_RE.match(text, at)
        return rm is not None and not _has_finite(" ".join(text[rm.end():rm.end() + 60].split()[:4]))

    def _fragment_before(self, ss: int, vs: int) -> bool:
        """'X, who went on what he called a "peace mission", said …': the closing mark before the verb ends a
        short quoted fragment inside the sentence (not a direct quote), so the verb is not its attribution."""
        m = self.masked
        left = m[ss:vs].rstrip(" ,")
        c = len(left) - 1
        if c < 1 or m[ss + c - 1] == MASK:
            return False
        o = max(left.rfind('"', 0, c), left.rfind("“", 0, c))
        if o <= 0:
            return False
        frag = left[o + 1:c]
        prev = left[:o].split()[-1:]
        # (a comma before the closing mark is the sentence's: 'appearing on "Capitol Week," said')
        return 1 <= len(frag.split()) <= 4 and bool(prev) and prev[0][:1].islower() and "," not in frag.rstrip(",")

    def _interpolated_head(self, ss: int, subj_s: int):
        """'HEAD, X said, …': the noun phrase (or a clause without commas) before the attribution, or None."""
        m = self.masked
        left = m[ss:subj_s].rstrip()
        if not left.endswith(","):
            # "…, the report's authors wrote, …": the attribution NP starts before the resolved head word
            c = left.rfind(",")
            lead = left[c + 1:] if c >= 0 else ""
            if c < 0 or not 1 <= len(lead.split()) <= 4 or _has_finite(lead) or MASK in lead:
                return None
            left = left[:c + 1]
        span = self._trim_clause(self._clause_start(ss), ss + len(left) - 1)
        if span is None:
            # a one-word head: "Finland, he noted, had never …" (a name, not a pronoun or an adverb)
            one = m[self._clause_start(ss):ss + len(left) - 1].strip()
            if not (len(one.split()) == 1 and len(one) > 2 and one[:1].isupper() and one.isalpha()
                    and one.lower() not in L.PRONOUNS and one not in _FUNCTION_CAPS):
                return None
            hs = m.index(one, self._clause_start(ss))
            span = (hs, hs + len(one))
        hs, he = span
        colon = max(m.rfind(":", hs, he), m.rfind(";", hs, he))
        if colon >= 0:
            # "Rutte was more careful: the alliance, he said, could not …": the head starts after the colon
            hs = colon + 1 + len(m[colon + 1:he]) - len(m[colon + 1:he].lstrip())
        head = m[hs:he]
        if not head.strip() or MASK in head or "," in head or len(head.split()) > 12 or _VERB_RE.search(head):
            return None
        return hs, he

    @staticmethod
    def _skippable_gap(gap: str, vclass: str, addressee: bool = False) -> bool:
        """Words between a cue verb and its "that": an addressee and/or adverbials, nothing clausal."""
        if "which" in gap or "where" in gap:
            # "said after Tuesday's call with Putin, which lasted 90 minutes, that": the relative clause describes
            # the adverbial's object
            gap = _GAP_RELATIVE_RE.sub(",", gap)
        if gap.count(",") >= 2:
            # "said after talks with his Russian counterpart, Sergei Lavrov, that": a name in apposition
            gap = _GAP_NAME_APPOS_RE.sub("", gap)
        if '"' in gap or "“" in gap:
            # 'said on NBC's "Meet the Press" that …': a programme title in marks names the medium
            gap = _QUOTED_TITLE_RE.sub("programme", gap)
            if vclass == "tell":
                gap = _TOLD_PROGRAMME_RE.sub(" programme", gap)  # 'told CBS's "Face the Nation" that …'
        if MASK in gap or _GAP_BAD_RE.search(gap) or _has_finite(gap):
            return False
        words = gap.split()
        if len(words) > 14:
            return False
        rest = gap
        if vclass == "tell":
            am = _AUDIENCE_RE.match(rest)
            if not am:
                return False
            rest = rest[am.end():]
        elif addressee:
            # "warned allies on Thursday that …"
            am = _AUDIENCE_RE.match(rest)
            if am:
                rest = rest[am.end():]
        adv = _ADVERBIAL_RE.match(rest)
        if adv:
            rest = rest[adv.end():]
        rest = rest.strip(" ,")
        if not rest:
            return True
        if len(rest.split()) <= 3 and all(w[:1].isupper() for w in rest.split()):
            return True  # "said on Friday, after meeting Morawiecki, that": the adverbial's own object
        first = rest.split()[0].lower()
        if first in ("posted", "published", "issued", "released", "carried", "shared", "sent", "broadcast",
                     "aired", "read", "delivered", "made", "given", "seen", "obtained", "circulated", "adopted",
                     "agreed", "signed", "drafted", "prepared") and "," not in rest:
            return True
        return first in ("on", "in", "at", "during", "to", "via", "from", "after", "before", "with", "over",
                         "through", "while", "late", "earlier", "last", "this", "repeatedly", "again", "also",
                         "separately", "privately", "publicly", "yesterday", "today", "for", "since", "throughout",
                         "amid", "despite", "within", "when", "as", "once", "long", "months", "weeks", "days",
                         "years", "recently", "previously", "already", "only", "just", "hours", "minutes",
                         "shortly", "both", "once", "twice", "aboard", "outside", "inside", "near", "alongside",
                         "following", "ahead", "upon") and "," not in rest

    @staticmethod
    def _looks_like_clause(clause: str) -> bool:
        """A bare reported clause starts like a subject or contains a finite verb: 'the talks had failed'."""
        words = clause.split()
        if len(words) < 3:
            return False
        first = words[0].lower()
        if first in ("to", "in", "on", "at", "for", "with", "by", "of", "from", "about", "as") and not (
                " ".join(words[:2]).lower() in ("at least", "at most", "up to") or words[1][:1].isdigit()
                or first == "about" and words[1].lower() in ("a", "an", "half", "one", "two", "three", "four", "five")):
            return False  # (but "at least two plants had been damaged", "about 40 people were killed", "about a
            # fifth of the pupils were Ukrainian")
        if first in _SUBJECT_STARTS or words[0][:1].isupper() or words[0][:1].isdigit() or first in _PEOPLE_SUBJECTS:
            return True  # ("women now make up 40 percent of its staff")
        for w in _WORDS_RE.findall(clause):
            if w in _CLAUSE_VERB_HINTS or (len(w) >= 5 and w.islower() and (w.endswith("ed") or w.endswith("s"))):
                return True
        return False

    def _postposed(self, ss, se, vs, ve, verb):
        """'CLAUSE, X said.': the attribution NP runs from one of the last commas to the verb."""
        m = self.masked
        left = m[ss:vs]
        np_end = ss + min(_aux_tail_start(left, max(0, len(left) - 60)), len(left.rstrip()))
        if m[np_end - 1:np_end] == ")":
            # "…, the Supreme Council of National Defence (CSAT) said": the bracketed short name is no part of it
            pm = _PAREN_TAIL_RE.search(m, max(ss, np_end - 60), np_end)
            if pm is not None:
                np_end = pm.start()
        best = None
        comma = np_end
        for _ in range(4):
            comma = m.rfind(",", ss, comma)
            if comma < 0:
                break
            # 'was "the only language it understands," he told reporters': the comma sits inside the closing
            # mark of a quoted fragment, which stays in the clause
            np_s = comma + 2 if m[comma + 1:comma + 2] in ('"', "”") and m[comma - 1:comma] != MASK else comma + 1
            if not m[np_s:np_end].strip(" ,"):
                continue
            chunk = m[np_s:np_end].split(",")[0]
            lead = len(chunk) - len(chunk.lstrip())
            if self._resolve_chunk(np_s + lead, np_s + len(chunk.rstrip()), chunk.strip()) is False:
                break
            attr = self.resolve_np(np_s, np_end)
            if attr is None:
                break
            best = (np_s - 1, attr)
        if best is None:
            return None
        comma, attr = best
        body_s = self._clause_start(ss)
        colon = m.rfind(": ", body_s, comma)
        if colon > body_s and MASK not in m[colon:comma]:
            body_s = colon + 2  # 'Bessent, the treasury secretary, was blunter: the sanctions were needed, he said'
        body = self._trim_clause(body_s, comma + 1 if m[comma] in ('"', "”") else comma)
        if body is None:
            return None
        cs, ce = body
        if MASK in m[cs:ce] or m[cs:ce].lstrip()[:1] in ('"', "“"):
            return None
        words = m[cs:ce].split()
        if len(words) <= 4 and not _has_finite(m[cs:ce]) and not (
                words[0][:1].isupper() and words[0].lower() not in _INTRO_LOWER
                and any(w.endswith("ed") for w in words[1:])):
            # "From Kyiv, Zelensky posted on X.": an introductory phrase, not what was said (but "Radiation levels
            # remained normal, it said" has a verb)
            return None
        # "X said that A, he added" is the reported clause of the first verb, not a post-posed one; so is
        # "Kim told Putin that A, state media reported" (the outlet is a conduit)
        if _CLAUSE_VERB_THAT_RE.search(m[cs:ce]) or _TELL_THAT_RE.search(m, cs, ce):
            return None
        pattern = "mixed" if self._has_fragment(cs, ce) else "postposed"
        cont = self._postposed_continuation(ve, se)
        if cont is not None and pattern == "postposed" and self._has_fragment(*cont):
            pattern = "mixed"
        return (cs, ce, [cont] if cont else []), attr, pattern, verb

    def _postposed_continuation(self, ve: int, se: int) -> tuple[int, int] | None:
        """'A, X said, but B.' / 'A, he told reporters on a call, and B.': B, a clause with its own subject,
        goes on with what was said; 'A, she said, but declined to …' (no subject) is the speaker's act."""
        m = self.masked
        cm = _POSTPOSED_CONT_RE.match(m, ve, se)
        if cm is None:
            return None
        span = self._trim_clause(cm.start(1), se)
        if span is None:
            return None
        cs, ce = span
        body = m[cm.end():ce]
        words = body.split()
        if MASK in m[cs:ce] or len(words) < 3 or self._cue_between(cm.end(), ce):
            return None  # a direct quote follows, or the clause has its own cue verb: its own quote
        if cm.group(1).startswith(("because", "if", "unless", "provided", "although", "though", "even", "as", "so",
                                   "once", "until")):
            # the speaker's reason or condition, a clause or not: "…, he said, because of Russia's …", "…, he said,
            # if its partners paid for them" (a condition is part of what was said)
            return cs, ce
        if _SPEAKER_ACT_RE.match(body):
            return None  # "Their names are known, he added, but he did not give them": the speaker's act
        first = words[0].lower()
        if not (first in _SUBJECT_STARTS or words[0][:1].isupper() or _gerund_subject(body)) \
                or first in _FINITE_WORDS or not _has_finite(body) and not self._looks_like_clause(body):
            return None
        return cs, ce

    def _clause_start(self, ss: int) -> int:
        """Sentence start without a dateline ("BERLIN, Jan 25 (Wire) - ") or a label ("Breaking:")."""
        # asked for the same sentence start by every cue verb and quote of the sentence: computed once
        try:
            return self._clause_starts[ss]
        except KeyError:
            pass
        start = ss
        mm = _DATELINE_RE.match(self.masked, start)
        if mm is None and self.paras and start == self.paras[0][0] and not self.answers:
            # "Berlin – Germany is ready …", "New Delhi: NATO on Monday confirmed …": a dateline in mixed case
            # opens only the story's first sentence
            mm = _LEDE_DATELINE_RE.match(self.masked, start)
            known = self.reg.lookup_alias(mm.group(1)) if mm is not None else None
            if known is not None and known.type == "person":
                mm = None  # "Kaja Kallas – Estonia's former prime minister – said": a person, no place
        start = mm.end() if mm else start
        if self.answers:
            # "Q: The Kremlin says …", "CALLOWAY: The Kremlin said …": the transcript's label is no subject
            mm = _QA_LABEL_RE.match(self.masked, start) or _SPEAKER_LABEL_RE.match(self.masked, start) or (
                _NAME_LABEL_RE.match(self.masked, start) if start in self._para_starts else None)
            start = mm.end() if mm else start
        # "Asked whether Europe could cope, Stubb replied: …": the reporter's question is no subject
        mm = _ASKED_INTRO_RE.match(self.masked, start)
        start = mm.end() if mm else start
        self._clause_starts[ss] = start
        return start


# Single quotation marks as the outlet's primary marks (the Daily Mail's ‘We will win,’ he said.): an opening
# mark at a word start, a closing one after a word or punctuation and before a space, punctuation or the end
_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=[^\s'‘’])")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[^\s'‘’])[’'](?=[\s,.;:!?)\]—–]|$)")
_DOUBLE_MARKS_RE = re.compile(r"[\"“”]")
_SINGLE_END_RE = re.compile(r"[,.!?…][’'](?=\s|$)")
_DOUBLE_END_RE = re.compile(r"[,.!?…][”\"](?=\s|$)")
_SWAP_NESTED = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def primary_marks_as_double(text: str) -> str:
    """``text`` with single quotation marks turned into double ones when the outlet uses single marks for direct
    speech (and double ones for quotes inside quotes, which become single); otherwise ``text`` itself.

    Every replacement is one character for one, so offsets into the result are offsets into ``text``.
    Apostrophes stay: a mark between letters ("Russia’s") is never a quotation mark, and a closing candidate
    after an "s" followed by a lowercase word ("the soldiers’ families") is read as a plural possessive.
    """
    if "‘" not in text and "'" not in text:
        return text
    # which marks close spoken sentences (',’ he said' against ',” he said'): those are the primary ones
    single_ends = len(_SINGLE_END_RE.findall(text))
    if single_ends < 2 or single_ends <= 2 * len(_DOUBLE_END_RE.findall(text)):
        return text
    opens = [m.start() for m in _SINGLE_OPEN_RE.finditer(text)]
    closes = [m.start() for m in _SINGLE_CLOSE_RE.finditer(text)
              if not (text[m.start() - 1] == "s" and _LOWER_WORD_AFTER_RE.match(text, m.start() + 1))]
    out = list(text.translate(_SWAP_NESTED)) if _DOUBLE_MARKS_RE.search(text) else list(text)
    events = sorted([(i, "o") for i in opens] + [(i, "c") for i in closes])
    open_at = None
    for i, kind in events:
        if kind == "o":
            open_at = i  # an earlier unclosed opener was an apostrophe ('em) or a stray mark
        elif open_at is not None and text[i] in ("’" if text[open_at] == "‘" else "'"):
            out[open_at] = "“" if text[open_at] == "‘" else '"'
            out[i] = "”" if text[i] == "’" else '"'
            open_at = None
    return "".join(out)


def extract_quotes(text: str, registry: SpeakerRegistry, published_at: str | None = None) -> list[ExtractedQuote]:
    """All quotes of ``text``, sorted by (start, end); deterministic."""
    if not text or not text.strip():
        return []
    return _Article(primary_marks_as_double(text), registry, published_at).run()
