"""Escaping and highlighting: the only place that turns document text into HTML.

Built like Whoosh's ``highlight.py`` from named parts: the analyzer finds the spans that
match query terms (:func:`match_spans`), a fragmenter picks the best window
(:func:`best_window`), and the formatter escapes everything and wraps matches in
``<mark>`` (:func:`format_spans`).  Because the analyzer is the index's own, a match is
highlighted exactly when it would match the query: ``Straße`` for ``Strasse``, the part
``Transfer`` inside ``Passiv-Aktiv-Transfer``.  Feeds get their XML text here too
(:func:`xml_text`), so no other module escapes by hand.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from markupsafe import Markup, escape

from indexer.analysis.analyzer import HEAD_MARK, german_analyzer

_ANALYZER = german_analyzer()
SNIPPET_CHARS = 260
Span = tuple[int, int]
# Characters XML 1.0 forbids even as references: one of them makes a whole feed unreadable.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@lru_cache(maxsize=4)  # a few: one per thread building a hit, not a cache of answers across searches
def index_tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """``text`` as the index sees it: (term, start, end) per token.  A hit's text is analysed for its
    snippet and right after for „gefunden als“ (:mod:`~indexer.search.explain`): once is enough."""
    return tuple((token.text, token.startchar, token.endchar) for token in _ANALYZER(text, chars=True, mode="index"))


class Marks(frozenset[str]):
    """Terms to mark, and groups of terms a word is marked for only when it holds all of one group: the parts of a
    compound the hit met as itself (``Hitzeschutzplan`` holds „Hitze“ and „Schutz“, „Arbeitsschutz“ only one);
    numbers marked only as written (``2,5``, not every „2“ and „5“ of a table); the words of a long form or the
    parts of a compound spelled out, marked only close to another of them (``ÖPNV``: „öffentlichen
    Personennahverkehr“, not „die öffentliche Sicherheit“; ``Sozialarbeit``: „sozialen Arbeit“, not
    „Querschnittsarbeit“), also beside a word written small holding a term of ``verbs``, the verb of a head in -ung,
    itself never marked (``Ziegenhaltung``: „Ziegen gehalten“, not „ohne Halt“); and a short form that reads as a word,
    marked only in its capitals (``capitals``: their patterns; „LEG“, not „legen“)."""

    groups: tuple[frozenset[str], ...] = ()
    written: tuple[str, ...] = ()
    runs: tuple[frozenset[str], ...] = ()
    capitals: tuple[str, ...] = ()
    verbs: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        terms: Collection[str],
        groups: Collection[frozenset[str]] = (),
        written: Collection[str] = (),
        runs: Collection[frozenset[str]] = (),
        capitals: Collection[str] = (),
        verbs: Collection[str] = (),
    ) -> Marks:
        marks = cls(terms)
        marks.groups = tuple(group for group in groups if group)
        marks.written = tuple(written)
        marks.runs = tuple(run for run in runs if len(run) > 1)
        marks.capitals = tuple(dict.fromkeys(capitals))
        marks.verbs = frozenset(verbs)
        return marks


def number_written(number: str) -> re.Pattern[str]:
    """``2,5`` as a text writes it: not inside „12,5“, „2,55“ or „1,2,5“.  Thousands may be set apart by a point or a
    space, as the Bundestag prints them: ``344.758`` is „344 758“ too, and the amount „344 758,31“."""
    thousands = _THOUSANDS.fullmatch(number) is not None
    written = (_THOUSANDS_APART if thousands else r"\.").join(re.escape(group) for group in number.split("."))
    after = r"(?![.\d])" if thousands and "," not in number else r"(?![.,]?\d)"  # 344.758 in „344 758,31“
    return re.compile(rf"(?<![\d.,]){written}{after}")


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 1.000, 344.758,31 — not 3.5
_THOUSANDS_APART = r"[.\u00a0\u202f ]"


def match_spans(text: str, terms: Collection[str]) -> list[Span]:
    """Character spans of tokens whose analyzed form is one of ``terms`` (or, for :class:`Marks`, words holding
    every term of one of its groups), merged.

    Spans separated only by a hyphen merge, so ``Passiv-Aktiv-Transfer`` is marked as one.
    """
    groups = getattr(terms, "groups", ())
    written = getattr(terms, "written", ())
    runs = getattr(terms, "runs", ())
    capitals = getattr(terms, "capitals", ())
    if not terms and not groups and not written and not runs and not capitals:
        return []
    tokens = index_tokens(text)
    spans = sorted({(start, end) for term, start, end in tokens if term in terms})
    if runs:
        spans = sorted({*spans, *_in_runs(text, tokens, runs, getattr(terms, "verbs", frozenset()))})
    if written:
        spans = sorted({*spans, *(m.span() for number in written for m in number_written(number).finditer(text))})
    if capitals:
        spans = sorted({*spans, *(m.span() for pattern in capitals for m in re.finditer(pattern, text))})
    if groups:
        held: dict[tuple[int, int], set[str]] = {}
        for term, start, end in tokens:
            held.setdefault((start, end), set()).add(term)
        spans = sorted({*spans, *(place for place, found in held.items() if any(g <= found for g in groups))})
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + (1 if text[merged[-1][1] : start] in ("-", "") else 0):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


RUN_REACH = 2  # written words: a long form's words or a compound's parts this close stand together, as searched


def _in_runs(
    text: str, tokens: Sequence[tuple[str, int, int]], runs: Sequence[frozenset[str]], verbs: frozenset[str]
) -> list[Span]:
    """The written words holding a term of one of ``runs`` (a long form's words, a compound's parts) close to a
    word holding another of its terms (stop words, which the index leaves out, may stand between: „Bundesministerium
    für Verkehr“) or to a word written small holding one of ``verbs`` („Ziegen gehalten“)."""
    words: list[tuple[int, int, set[str]]] = []  # each written word once: start, end, its terms
    for term, start, end in tokens:
        if words and words[-1][:2] == (start, end):
            words[-1][2].add(term)
        else:
            words.append((start, end, {term}))
    out = []
    for at, (start, end, held) in enumerate(words):
        near = [words[n] for n in range(at - RUN_REACH, at + RUN_REACH + 1) if n != at and 0 <= n < len(words)]
        verbal = any(found & verbs and text[start:end][:1].islower() for start, end, found in near)
        if any(held & run and (verbal or any(_beside(found, held, run) for _s, _e, found in near)) for run in runs):
            out.append((start, end))
    return out


def _beside(found: set[str], held: set[str], run: frozenset[str]) -> bool:
    """Does a word holding ``found`` stand for another term of ``run`` beside one holding ``held``?  Not where it holds
    every part itself: „Grundrentenzuschlag“ is the compound in one word, no „Grund“ for the „Rentenleistungen“
    after it."""
    return bool((found & run) - held) and not {term for term in run if not term.startswith(HEAD_MARK)} <= found


def best_window(text: str, spans: list[Span], size: int = SNIPPET_CHARS) -> Span:
    """The window of about ``size`` characters holding the most matches, cut at word boundaries."""
    if len(text) <= size:
        return 0, len(text)
    best_start, best_count = 0, -1
    for start, _ in spans or [(0, 0)]:
        window_start = max(0, start - size // 4)
        count = sum(1 for s, e in spans if s >= window_start and e <= window_start + size)
        if count > best_count:
            best_start, best_count = window_start, count
    end = min(len(text), best_start + size)
    if best_start > 0:
        space = text.find(" ", best_start)
        best_start = space + 1 if 0 <= space < best_start + 30 else best_start
    if end < len(text):
        space = text.rfind(" ", best_start, end)
        end = space if space > best_start else end
    return best_start, end


def format_spans(text: str, spans: list[Span], window: Span | None = None) -> Markup:
    """Escape ``text`` (or the window of it) and wrap the spans in ``<mark>``."""
    start, end = window or (0, len(text))
    parts: list[str] = ["… "] if start > 0 else []
    position = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(str(escape(text[position:span_start])))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(str(escape(text[position:end])))
    if end < len(text):
        parts.append(" …")
    return Markup("".join(parts))


def snippet(text: str, terms: Collection[str], size: int = SNIPPET_CHARS) -> Markup:
    """A short, escaped excerpt around the best cluster of matches."""
    spans = match_spans(text, terms)
    return format_spans(text, spans, best_window(text, spans, size))


def highlight(text: str, terms: Collection[str]) -> Markup:
    """The whole text, escaped, with every match marked (for the document page)."""
    return format_spans(text, match_spans(text, terms))


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:)]")


def linkify(text: str) -> Markup:
    """The text escaped, its web addresses as links (footnotes cite their sources by URL)."""
    parts, position = [], 0
    for match in _URL.finditer(text):
        url = match.group(0)
        href = url if url.startswith("http") else "https://" + url
        parts += [str(escape(text[position : match.start()])), f'<a href="{escape(href)}">{escape(url)}</a>']
        position = match.end()
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))


def xml_text(text: str) -> str:
    """``text`` as XML 1.0 character data or attribute value: forbidden characters dropped, the rest escaped."""
    return str(escape(_XML_FORBIDDEN.sub("", text)))
