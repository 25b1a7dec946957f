"""Line-level clean-up of PDF-extracted text: re-joining wrapped lines into paragraphs.

PDF text arrives hard-wrapped, hyphenated at line ends and often without blank lines
between paragraphs.  These helpers turn such lines back into the paragraphs a reader sees.
"""

from __future__ import annotations

import re
from itertools import pairwise

from indexer.ingest.broken_words import hyphenated_function_word, join_across

# Words that follow a suspended hyphen ("An- und Abwesenheit", "Lärm- beziehungsweise sonstige Beschwerden"): the
# hyphen is part of the text.
_SUSPENSION_WORDS = frozenset({"und", "oder", "bzw", "bzw.", "beziehungsweise", "sowie", "als", "bis", "noch", "wie"})
# The same words as a pattern, for text where the line break is already a space or still a newline.
SUSPENSION_WORD = r"(?:" + "|".join(sorted({word.rstrip(".") for word in _SUSPENSION_WORDS})) + r")\b"
_HYPHEN_END = re.compile(r"(?<=[A-Za-zÄÖÜäöüß])[-\u00ad\u2010]$")
_URL_END = re.compile(r"(?:https?://|www\.)\S*$")
# The end of a URL line "…_Modernisierung-Sanie-": a capitalised word part, broken by the line.
# URL slugs in lower case ("…-prozent-in-" + "hochschulen") keep their hyphen.
_CAPITALISED_PART_END = re.compile(r"[-_/.][A-ZÄÖÜ][a-zäöüß]+-$")
_DIGIT_HYPHEN_END = re.compile(r"(?<=\d)-$")
# An abbreviation before a line-end hyphen: "EU-" + "rechtlich", "SPD-" + "geführte" keep the hyphen (no word
# breaks after two capitals).
_CAPITALS_HYPHEN_END = re.compile(r"(?<!\w)[A-ZÄÖÜ]{2,}-$")
_ABBREVIATION_LOOK = 12  # characters before the hyphen looked at: the longest such abbreviation and the space before
# pypdf sometimes sets the hyphen of a justified line apart: "abzu -" + "senken".
_SPACED_HYPHEN_END = re.compile(r"(?<=[a-zäöüß]) -$")
# A hyphen after a conjunction stands for the first part of the next word ("Teilnehmerzahlen und -" +
# "zusammensetzung"): it is no hyphen set apart, and the word stays as printed.
_SUSPENDED_FIRST_PART = re.compile(r"(?:^|\s)(?:und|oder|sowie) -$")
_SENTENCE_END = re.compile(r"[.:!?;\"“”)]$")
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"  # a letter of a word (Latin, with accents and umlauts), inside a character class
# A hyphenated word inside a line: "strategisch-operativen", "Kinder-Online-Portal" — from the start of its letters
# only: tried at every letter of a long run with no word after its hyphen, the search would take the square of it.
_HYPHENATED = re.compile(rf"(?<![{_LETTER}])[{_LETTER}]+(?:-[{_LETTER}]+)+")
_LETTERS = re.compile(rf"[{_LETTER}]+")
_ADDRESS = re.compile(r"(?<!\S)[^\s/_@]*(?:[/_@]|www\.)\S*")  # a web or mail address, or a file's name
# A name in capitals broken at a syllable ("DE-" + "HOGA", "GRÜ-" + "NEN", "BA-" + "FA"): capitals on both sides.
_CAPITALS_BEFORE = re.compile(rf"(?<![{_LETTER}])[A-ZÀ-ÖØ-Þ]{{2,}}-$")
# Two adjectives joined by a hyphen and broken there ("strategisch-" + "operativen", "freiheitlich-" + "demokratischen",
# "deutsch-" + "amerikanische"): a whole lower-case adjective in -sch/-lich before the line end, an adjective's
# ending after it.  A syllable broken after -lich/-sch goes on otherwise ("möglich-" + "erweise", "verpflich-" +
# "tend", "Behandlungsmöglich-" + "keiten").
_ADJECTIVE_BEFORE = re.compile(rf"(?<![{_LETTER}])[a-zß-öø-ÿ]{{2,}}(?:sch|lich)-$")
_ADJECTIVE_AFTER = re.compile(
    rf"[a-zß-öø-ÿ]{{2,}}(?:isch|lich|iv|al|ell|ar|är|ig|ent|ant|os|ös)(?:e|en|er|es|em)?(?![{_LETTER}])"
)


_SPACE_RUN = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Collapse runs of white space (including no-break spaces) into single spaces (called once per line: the
    pattern compiled once, not looked up in ``re``'s cache each time)."""
    return _SPACE_RUN.sub(" ", text.replace("\u00a0", " ")).strip()


# A line end looks back at most 200 characters (a URL); each join copies only what is kept, not the whole text
# joined so far, so a long text (an annex of many pages) joins in linear time.
_KEPT = 1000


def printed_words(lines: list[str]) -> frozenset[str]:
    """What a text prints inside its lines, in lower case: every word and every join ``left-right`` of a hyphenated
    word ("strategisch-operativen" gives "strategisch", "operativen" and "strategisch-operativen").  Web addresses
    are left out: their slugs and camel case ("ErneuerbareEnergien/EE-Statistik") are no spelling of the prose."""
    text = _ADDRESS.sub(" ", "\n".join(lines).lower())
    printed = set(_LETTERS.findall(text))
    for chunk in text.split():
        if "-" in chunk:  # (cheap: most words have none, and the pattern would try each of their letters)
            for word in _HYPHENATED.findall(chunk):
                printed.update(f"{left}-{right}" for left, right in pairwise(word.split("-")))
    return frozenset(printed)


def _spelled(out: str, first_word: str, printed: frozenset[str]) -> tuple[bool, bool]:
    """Whether the text prints the word broken at ``out``'s line-end hyphen inside a line with that hyphen, and
    whether it prints it solid."""
    left = _LETTERS.findall(out[-40:-1].rsplit(" ", 1)[-1])
    right = _LETTERS.match(first_word)
    if not left or not right:
        return False, False
    pair = (left[-1] + "-" + right[0]).lower()
    return pair in printed, pair.replace("-", "") in printed


def join_lines(lines: list[str], printed: frozenset[str] = frozenset()) -> str:
    """Join wrapped lines into one string, undoing end-of-line hyphenation.

    ``Lan-`` + ``deseinrichtungen`` → ``Landeseinrichtungen``; ``Passiv-`` + ``Aktiv-Transfer``
    keeps its hyphen (the next part is capitalised), and so does a word the text prints with its hyphen inside
    a line and never solid (``printed``, from :func:`printed_words`), or two adjectives joined at the break
    (``strategisch-`` + ``operativen``), while a name in capitals it prints only solid is set solid (``DE-`` +
    ``HOGA``); ``An-`` + ``und`` keeps hyphen and space;
    ``Klassifika`` + ``tion``, a word broken without a hyphen, is set solid where the word list is sure
    (:mod:`indexer.ingest.broken_words`, which mends such words inside a line too).
    """
    done: list[str] = []  # what lies before the last _KEPT characters: no later line changes it
    out = ""
    for raw in lines:
        line = normalise_space(raw)
        if not line:
            continue
        if not out:
            out = line
            continue
        if len(out) > 2 * _KEPT and (cut := out.rfind(" ", 0, len(out) - _KEPT)) > 0:
            done.append(out[: cut + 1])  # at a space: the last word, all a line end looks at, stays in ``out``
            out = out[cut + 1 :]
        tail = out[-4:]  # only the end matters; searching all of ``out`` would be quadratic
        if _SPACED_HYPHEN_END.search(tail) and line[:1].islower():
            if _SUSPENDED_FIRST_PART.search(out[-8:]):
                out = out + line
                continue
            out = out[:-2] + "-"
            tail = out[-4:]
        if _DIGIT_HYPHEN_END.search(tail) and (
            line[:1].isupper() or (line[:1].islower() and line.split(" ", 1)[0] not in _SUSPENSION_WORDS)
        ):
            out = out + line  # "24-" + "Stundenbetrieb", "16-" + "jährige": one word
        elif _HYPHEN_END.search(tail):
            first_word = line.split(" ", 1)[0]
            if _URL_END.search(out[-200:]) and _CAPITALISED_PART_END.search(out[-40:]) and first_word[:1].islower():
                out = out[:-1] + line  # ".../Modernisierung-Sanie-" + "rung.pdf": a German word broken in a URL
            elif _URL_END.search(out[-200:]) or (
                first_word.split("-", 1)[0].lower() in _SUSPENSION_WORDS and "-" in first_word
            ):
                out = out + line  # a URL, or "Länder-" + "und-Kommunal-…": the hyphen is real
            elif first_word.lower() in _SUSPENSION_WORDS and not hyphenated_function_word(
                out[:-1].rsplit(" ", 1)[-1], first_word
            ):
                out = out[:-1] + "- " + line if out.endswith("\u00ad") else out + " " + line
            elif first_word[:1].islower():
                # an abbreviation keeps its hyphen ("EU-" + "rechtlich"), unless broken inside ("AHS-" + "tatG")
                kept = first_word.islower() and bool(_CAPITALS_HYPHEN_END.search(out[-_ABBREVIATION_LOOK:]))
                hyphenated, solid = _spelled(out, first_word, printed)
                kept = kept or (hyphenated and not solid)
                kept = kept or bool(_ADJECTIVE_BEFORE.search(out[-40:]) and _ADJECTIVE_AFTER.match(first_word))
                out = out + line if kept else out[:-1] + line
            elif first_word[:2].isupper() and _CAPITALS_BEFORE.search(out[-40:]):
                hyphenated, solid = _spelled(out, first_word, printed)
                out = out[:-1] + line if solid and not hyphenated else out[:-1] + "-" + line
            else:
                out = out[:-1] + "-" + line
        else:
            out = join_across(out, line)
    return "".join(done) + out


def split_paragraphs(lines: list[str], width: int | None = None, printed: frozenset[str] = frozenset()) -> list[str]:
    """Group lines into paragraphs (``printed`` as for :func:`join_lines`).

    A blank line always ends a paragraph.  Without blank lines (typical of pypdf output),
    a line that ends a sentence and is clearly shorter than the text width ends one too.
    """
    width = text_width(lines) if width is None else width
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in lines:
        line = normalise_space(raw)
        if not line:
            _flush(current, paragraphs, printed)
            continue
        current.append(line)
        if width and _SENTENCE_END.search(line) and len(line) < 0.75 * width:
            _flush(current, paragraphs, printed)
    _flush(current, paragraphs, printed)
    return paragraphs


def _flush(current: list[str], paragraphs: list[str], printed: frozenset[str]) -> None:
    if current:
        text = join_lines(current, printed)
        if text:
            paragraphs.append(text)
        current.clear()


def text_width(lines: list[str]) -> int:
    """The typical length of a full line: the 90th percentile of line lengths."""
    lengths = sorted(len(normalise_space(line)) for line in lines if line.strip())
    if len(lengths) < 4:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1]


def ascii_int(text: str | None) -> int | None:
    """``"12"`` → 12; None for anything else — also for ``"²"``, which ``str.isdigit`` accepts."""
    if text is None or not re.fullmatch(r"[0-9]{1,9}", text):
        return None
    return int(text)
