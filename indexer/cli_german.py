"""The command line in German: click's own words (usage errors, bad option values, help headings) translated
in one place, and the group's options (``--index DIR``) accepted after the subcommand too.

Click writes its messages in English.  :class:`GermanGroup` is the ``anfragen`` group: its commands and
contexts are the German ones below, every click error leaving a command is shown as
``Fehler: …`` with a German text (made from the exception's parts where it has them, else from its
English wording by :data:`_MESSAGES`; a message that is already ours passes unchanged), and a
group option written after the subcommand (``anfragen search Feuerwehr --index DIR``) is moved in
front of it, since the messages advise ``--index VERZEICHNIS`` without saying where it goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

HELP_TEXT = "Diese Hilfe zeigen und beenden."
_HEADINGS = {
    "Options": "Optionen",
    "Commands": "Befehle",
    "Arguments": "Argumente",
    "Positional arguments": "Argumente",
}
_EXTRA = (("default: ", "Standard: "), ("env var: ", "Umgebungsvariable: "), ("required", "erforderlich"))
_NAMES = {"file": "Datei", "directory": "Verzeichnis", "path": "Pfad"}
_NUMBERS = {
    "integer": "keine ganze Zahl",
    "integer range": "keine ganze Zahl",
    "float": "keine Zahl",
    "float range": "keine Zahl",
    "boolean": "kein Ja/Nein-Wert",
    "UUID": "keine UUID",
}


def _quoted(text: str) -> str:
    """``'relevanz', 'neueste'`` (click's quoting) → ``relevanz, neueste``."""
    return re.sub(r"'([^']*)'", r"\1", text)


# Click's English messages (8.x) → German; the first that matches the whole message is used.
_MESSAGES: tuple[tuple[re.Pattern[str], Any], ...] = tuple(
    (re.compile(pattern, re.DOTALL), german)
    for pattern, german in (
        (
            r"(?P<value>.+) is not in the range (?P<range>.+)\.",
            lambda m: f"{m['value']} ist nicht erlaubt (erlaubt: {range_in_german(m['range'])}).",
        ),
        (
            r"'(?P<value>.*)' is not one of (?P<choices>.+)\.",
            lambda m: f"„{m['value']}“ ist nicht erlaubt (erlaubt: {_quoted(m['choices'])}).",
        ),
        (
            r"'(?P<value>.*)' is not a valid (?P<type>[\w ]+)\.",
            lambda m: f"„{m['value']}“ ist {_NUMBERS.get(m['type'], 'kein gültiger Wert (' + m['type'] + ')')}.",
        ),
        (
            r"(?P<name>[Ff]ile|[Dd]irectory|[Pp]ath) '(?P<file>.*)' does not exist\.",
            lambda m: f"{_NAMES[m['name'].lower()]} „{m['file']}“ gibt es nicht.",
        ),
        (
            r"(?P<name>[Ff]ile|[Dd]irectory|[Pp]ath) '(?P<file>.*)' is a file\.",
            lambda m: f"„{m['file']}“ ist eine Datei, erwartet ist ein Verzeichnis.",
        ),
        (
            r"(?P<name>[Ff]ile|[Dd]irectory|[Pp]ath) '(?P<file>.*)' is a directory\.",
            lambda m: f"„{m['file']}“ ist ein Verzeichnis, erwartet ist eine Datei.",
        ),
        (
            r"(?P<name>[Ff]ile|[Dd]irectory|[Pp]ath) '(?P<file>.*)' is not readable\.",
            lambda m: f"{_NAMES[m['name'].lower()]} „{m['file']}“ ist nicht lesbar.",
        ),
        (
            r"(?P<name>[Ff]ile|[Dd]irectory|[Pp]ath) '(?P<file>.*)' is not writable\.",
            lambda m: f"{_NAMES[m['name'].lower()]} „{m['file']}“ ist nicht beschreibbar.",
        ),
        (
            r"No such command '(?P<name>.*)'\.(?P<rest>.*)",
            lambda m: f"Unbekannter Befehl „{m['name']}“." + _did_you_mean(m["rest"]),
        ),
        (
            r"No such option:? '?(?P<name>[^'\s]*)'?\.?(?P<rest>.*)",
            lambda m: f"Unbekannte Option „{m['name']}“." + _did_you_mean(m["rest"]),
        ),
        (
            r"Got unexpected extra arguments? \((?P<args>.*)\)",
            'Überzähliges Argument: {args} (mehrere Wörter einer Suche in Anführungszeichen: "Wort Wort").',
        ),
        (r"Option '(?P<name>.*)' requires an argument\.", "Die Option „{name}“ braucht einen Wert."),
        (r"Option '(?P<name>.*)' requires (?P<n>\d+) arguments\.", "Die Option „{name}“ braucht {n} Werte."),
        (r"Option '(?P<name>.*)' does not take a value\.", "Die Option „{name}“ erwartet keinen Wert."),
        (r"Missing command\.", "Es fehlt der Befehl."),
        (r"Argument '(?P<name>.*)' takes (?P<n>\d+) values\.", "Das Argument {name} braucht {n} Werte."),
    )
)


_BOUNDS = {">=": "mindestens", ">": "größer als", "<=": "höchstens", "<": "kleiner als"}
_RANGE = re.compile(r"(?:(?P<low>-?[\d.]+)(?P<lop><=?))?x(?:(?P<op>[<>]=?)(?P<bound>-?[\d.]+))?")


def range_in_german(text: str) -> str:
    """Click's range (``x>=1``, ``x<=20``, ``1<=x<=20``, ``0<x<1``) in words: ``mindestens 1``, ``von 1 bis 20``;
    anything else unchanged."""
    found = _RANGE.fullmatch(text.strip())
    if not found or not (found["low"] or found["bound"]):
        return text
    if not found["low"]:
        return f"{_BOUNDS[found['op']]} {found['bound']}"
    lower = f"{_BOUNDS[found['lop'].replace('<', '>')]} {found['low']}"
    if not found["bound"]:
        return lower
    if found["lop"] == "<=" and found["op"] == "<=":
        return f"von {found['low']} bis {found['bound']}"
    return f"{lower} und {_BOUNDS[found['op']]} {found['bound']}"


def _did_you_mean(rest: str) -> str:
    """Click's ``Did you mean --index?`` / ``(Possible options: --a, --b)`` in German."""
    found = re.search(r"Did you mean (?P<one>\S+?)\?|\(Possible options: (?P<some>[^)]*)\)", rest)
    if not found:
        return ""
    return f" Gemeint ist vielleicht: {found['one'] or found['some']}."


def german(message: str) -> str:
    """One of click's messages in German; any other message (ours are German) unchanged."""
    for pattern, text in _MESSAGES:
        if found := pattern.fullmatch(message.strip()):
            return text(found) if callable(text) else text.format(**found.groupdict())
    return message


def _parameter(param: click.Parameter | None, ctx: click.Context | None) -> str:
    """How the user wrote a parameter: ``--page``, ``--sort``, ``QUERY``."""
    if param is None:
        return ""
    if isinstance(param, click.Option):
        return " / ".join(param.opts)
    return param.human_readable_name


def error_message(exc: click.ClickException) -> str:
    """The German message for a click exception (bad values name their option, as click's do)."""
    if isinstance(exc, click.MissingParameter):
        name = _parameter(exc.param, exc.ctx)
        if isinstance(exc.param, click.Argument):
            return f"Es fehlt das Argument {name}."
        return f"Es fehlt die Option „{name}“." if name else "Es fehlt eine Angabe."
    if isinstance(exc, click.BadParameter):
        name = exc.param_hint if isinstance(exc.param_hint, str) else _parameter(exc.param, exc.ctx)
        inner = german(exc.message)
        return f"Ungültiger Wert für „{_quoted(name)}“: {inner}" if name else f"Ungültiger Wert: {inner}"
    if isinstance(exc, click.FileError):
        return f"Die Datei „{exc.ui_filename}“ lässt sich nicht öffnen: {german(exc.message)}"
    return german(exc.format_message())


class GermanError(click.ClickException):
    """A click error shown in German: the usage line and where help is, then ``Fehler: …``."""

    def __init__(self, original: click.ClickException) -> None:
        super().__init__(error_message(original))
        ctx = getattr(original, "ctx", None)
        self.usage = ctx.get_usage() if isinstance(original, click.UsageError) and ctx is not None else None
        self.help_hint = f"Hilfe: '{ctx.command_path} --help'." if self.usage and ctx is not None else None

    def show(self, file: IO[Any] | None = None) -> None:
        if self.usage:
            click.echo(f"{self.usage}\n{self.help_hint}\n", file=file, err=file is None)
        click.echo(f"Fehler: {self.message}", file=file, err=file is None)


class GermanUsageError(GermanError):
    """A usage error (exit status 2, as click's)."""

    exit_code = 2


class GermanHelpFormatter(click.HelpFormatter):
    """Help pages with German headings and ``[Standard: 10]``."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "Aufruf: " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(_HEADINGS.get(heading, heading))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(term, _extra_in_german(text)) for term, text in rows], col_max, col_spacing)


def _extra_in_german(text: str) -> str:
    """The bracket click appends to an option's help (``[default: 10; x>=1]``) in German."""

    def bracket(found: re.Match[str]) -> str:
        inner = found.group(1)
        for english, german_text in _EXTRA:
            inner = inner.replace(english, german_text)
        return f"[{'; '.join(range_in_german(part) for part in inner.split('; '))}]"

    return re.sub(r"\[([^\[\]]*)\]\s*$", bracket, text)


class GermanContext(click.Context):
    formatter_class = GermanHelpFormatter


class GermanCommand(click.Command):
    """A command with ``[OPTIONEN]`` in its usage and a German help option."""

    context_class = GermanContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIONEN]")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return german_help(super().get_help_option(ctx))


class QueryCommand(GermanCommand):
    """A command whose argument is a search: a search beginning with ``-wort`` (``anfragen search "-A 39 Autobahn"``,
    as the syntax allows) is that argument, not an unknown option „-A“."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self.searches_last(ctx, args))

    def searches_last(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``-Autobahn Brücke --limit 3`` → ``--limit 3 -- -Autobahn Brücke``: a word beginning with one dash that
        names none of this command's options (nor is an option's value) goes after ``--``."""
        if "--" in args:
            return args
        own = [param for param in self.get_params(ctx) if isinstance(param, click.Option)]
        options = {name: param for param in own for name in (*param.opts, *param.secondary_opts)}
        kept: list[str] = []
        searches: list[str] = []
        i = 0
        while i < len(args):
            word = args[i]
            name = word.split("=", 1)[0]
            if name in options:
                takes_value = not options[name].is_flag and "=" not in word
                kept.extend(args[i : i + (2 if takes_value else 1)])
                i += 2 if takes_value else 1
                continue
            (searches if word.startswith("-") and not word.startswith("--") and len(word) > 1 else kept).append(word)
            i += 1
        return [*kept, "--", *searches] if searches else args


def german_help(option: click.Option | None) -> click.Option | None:
    """Click's ``--help`` option, described in German."""
    if option is not None:
        option.help = HELP_TEXT
    return option


class GermanGroup(click.Group):
    """The ``anfragen`` group: German commands, German errors, its options also after the subcommand."""

    context_class = GermanContext
    command_class = GermanCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIONEN]")
        kwargs.setdefault("subcommand_metavar", "BEFEHL [ARGUMENTE]...")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return german_help(super().get_help_option(ctx))

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        with _in_german():
            return super().make_context(info_name, args, parent, **extra)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self.options_first(ctx, args))

    def invoke(self, ctx: click.Context) -> Any:
        with _in_german():
            return super().invoke(ctx)

    def options_first(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``search Feuerwehr --index DIR`` → ``--index DIR search Feuerwehr``: this group's options written
        after the subcommand, where the subcommand has no option of that name, go before it."""
        own = {name: param for param in self.params if isinstance(param, click.Option) for name in param.opts}
        i = 0
        while i < len(args) and args[i].startswith("-") and args[i] != "--":
            name = args[i].split("=", 1)[0]
            takes_value = name in own and not own[name].is_flag and "=" not in args[i]
            i += 2 if takes_value else 1
        if i >= len(args) or args[i] == "--":
            return args
        command = self.get_command(ctx, args[i])
        if command is None:
            return args
        theirs = {name for param in command.params if isinstance(param, click.Option) for name in param.opts}
        moved: list[str] = []
        rest: list[str] = []
        tail = args[i + 1 :]
        j = 0
        while j < len(tail):
            word = tail[j]
            if word == "--":
                rest.extend(tail[j:])
                break
            name = word.split("=", 1)[0]
            if name in own and name not in theirs and not own[name].is_flag:
                step = 1 if "=" in word else 2
                moved.extend(tail[j : j + step])
                j += step
                continue
            rest.append(word)
            j += 1
        _once(own, [*args[:i], *moved])
        return [*args[:i], *moved, args[i], *rest]


SEVERAL_CORPORA = " Mehrere Korpora: ein Ordner mit Verknüpfungen auf ihre Dateien (siehe README)."


def _once(own: dict[str, click.Option], args: list[str]) -> None:
    """Refuse a group option given twice: click keeps the last value, so ``--corpus a --corpus b build`` built an index
    of ``b`` alone and said nothing of ``a``."""
    given: dict[str, list[str]] = {}
    i = 0
    while i < len(args):
        name, equals, value = args[i].partition("=")
        option = own.get(name)
        if option is None or option.is_flag or option.multiple:
            i += 1
            continue
        if not equals:
            value = args[i + 1] if i + 1 < len(args) else ""
        given.setdefault(option.opts[-1], []).append(value)
        i += 1 if equals else 2
    for name, values in given.items():
        if len(values) > 1:
            shown = " und ".join(f"„{value}“" for value in values)
            hint = SEVERAL_CORPORA if name == "--corpus" else ""
            raise click.UsageError(f"{name} ist zweimal angegeben ({shown}); es gilt nur ein Verzeichnis.{hint}")


@contextmanager
def _in_german() -> Iterator[None]:
    try:
        yield
    except GermanError:
        raise
    except click.UsageError as exc:
        raise GermanUsageError(exc) from exc
    except click.ClickException as exc:
        raise GermanError(exc) from exc
