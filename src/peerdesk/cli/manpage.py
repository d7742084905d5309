"""The ``peerdesk(1)`` manual page, generated from the argparse definitions.

The .deb build writes it to /usr/share/man/man1/peerdesk.1.gz, so the page lists exactly
the commands and options that ``peerdesk --help`` has (it cannot drift).

    python -m peerdesk.cli.manpage > peerdesk.1
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections.abc import Iterator

from peerdesk import __version__

EXIT_STATUS = (
    ("0", "success"),
    ("1", "the command failed (a wrong passphrase, a damaged or missing file)"),
    ("2", "a usage error (an unknown option or a missing argument)"),
)


def roff(text: str) -> str:
    """Escape text for roff: backslashes, and a leading dot or quote on a line."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def _help(action: argparse.Action) -> str:
    if action.help in (None, argparse.SUPPRESS):
        text = ""
    else:
        try:  # expand %(default)s and friends as --help does
            text = argparse.HelpFormatter("peerdesk")._expand_help(action)
        except (KeyError, TypeError, ValueError):
            text = str(action.help)
    if action.choices and action.option_strings and not isinstance(action.choices, dict):
        choices = ", ".join(str(c) for c in action.choices)
        text = f"{text} (one of: {choices})" if text else f"One of: {choices}."
    return text


def _option_label(action: argparse.Action) -> str:
    if action.option_strings:
        names = ", ".join(f"\\fB{roff(o)}\\fR" for o in action.option_strings)
        if action.nargs == 0:
            return names
        metavar = action.metavar or action.dest.upper()
        if isinstance(metavar, tuple):
            metavar = " ".join(metavar)
        return f"{names} \\fI{roff(str(metavar))}\\fR"
    metavar = action.metavar or action.dest
    return f"\\fI{roff(str(metavar))}\\fR"


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse._SubParsersAction]:  # type: ignore[type-arg]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield action


def commands(
    parser: argparse.ArgumentParser, prefix: str = ""
) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    """Every (sub)command, depth first: ("journal search", help, parser)."""
    for group in _subparsers(parser):
        helps = {c.dest: _help(c) for c in group._choices_actions}
        for name, sub in group.choices.items():
            full = f"{prefix} {name}".strip()
            yield full, helps.get(name, ""), sub
            yield from commands(sub, full)


def _options(parser: argparse.ArgumentParser) -> list[str]:
    out = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        if action.help == argparse.SUPPRESS:
            continue
        out += [".TP", _option_label(action), roff(_help(action))]
    return out


def render(parser: argparse.ArgumentParser, *, date: _dt.date | None = None) -> str:
    day = (date or _dt.date.today()).isoformat()
    description = parser.description or ""
    lines = [
        f'.TH PEERDESK 1 "{day}" "PeerDesk {__version__}" "User Commands"',
        ".SH NAME",
        "peerdesk \\- " + roff(description.split(": ", 1)[-1].rstrip(".")),
        ".SH SYNOPSIS",
        ".B peerdesk",
        "[\\fIOPTIONS\\fR]",
        ".br",
        ".B peerdesk",
        "\\fICOMMAND\\fR [\\fIARGUMENTS\\fR]",
        ".SH DESCRIPTION",
        roff(description),
        ".PP",
        "Without a command, \\fBpeerdesk\\fR opens the window. A command works on a vault"
        " from the terminal, through the same services as the window.",
        ".SH OPTIONS",
        *_options(parser),
        ".SH COMMANDS",
    ]
    for name, help_text, sub in commands(parser):
        usage = sub.format_usage().replace("usage: ", "").strip()
        lines += [".SS " + roff(name), roff(help_text) if help_text else "", ".PP"]
        lines += [".nf", roff(usage), ".fi"]
        options = _options(sub)
        if options:
            lines += options
    lines.append(".SH EXIT STATUS")
    for code, meaning in EXIT_STATUS:
        lines += [".TP", f"\\fB{code}\\fR", roff(meaning)]
    lines += [
        ".SH FILES",
        "A vault is a folder holding \\fIpeerdesk.db\\fR (encrypted with SQLCipher) and"
        " \\fIkeys.json\\fR (the encrypted key, opened by the passphrase or the recovery code).",
        ".SH SEE ALSO",
        "The README and docs/ of the PeerDesk source.",
    ]
    return "\n".join(line for line in lines if line != "") + "\n"


def main() -> int:
    from peerdesk.cli.main import build_parser

    sys.stdout.write(render(build_parser()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
