"""Reading one big array out of a JSON file without holding the file, or its parse, whole.

``items(path, "entries")`` yields the elements of the top-level object's ``"entries"``
array one at a time: the file is read in 1 MB pieces and each element is decoded with the
standard library's own decoder, so memory holds one piece and one element, not a 117 MB
string plus every dict at once (issue 14: imports parse in a stream). Other top-level
values are decoded and dropped. Errors are ``ImportFileError`` naming the line.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.journal.formats.import_common import (
    ImportFileError,
    line_where,
    not_json,
    not_utf8,
)

CHUNK_BYTES = 1 << 20
_WHITESPACE = " \t\n\r"


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.open("rb")
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self.raw_lines = 0  # newlines in the bytes read so far
        self.lines_before = 0  # newlines in the text already dropped from the buffer
        self.json = json.JSONDecoder()

    def close(self) -> None:
        self.file.close()

    def line(self) -> int:
        return self.lines_before + self.buffer.count("\n", 0, self.pos) + 1

    def more(self) -> bool:
        """Read another piece; False at the end of the file."""
        if self.eof:
            return False
        wanted = max(CHUNK_BYTES, len(self.buffer) - self.pos)
        raw = self.file.read(wanted)
        try:
            text = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            line = self.raw_lines + raw.count(b"\n", 0, max(exc.start, 0)) + 1
            raise ImportFileError(
                self.path, not_utf8(self.bytes_read + exc.start), line_where(line)
            ) from exc
        self.bytes_read += len(raw)
        self.raw_lines += raw.count(b"\n")
        if not raw:
            self.eof = True
        if self.pos > CHUNK_BYTES:
            self.lines_before += self.buffer.count("\n", 0, self.pos)
            self.buffer = self.buffer[self.pos :]
            self.pos = 0
        self.buffer += text
        return bool(raw) or bool(text)

    def skip_space(self) -> str:
        """The next character that is not whitespace ('' at the end of the file)."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.more():
                return ""

    def expect(self, chars: str) -> str:
        found = self.skip_space()
        if not found or found not in chars:
            wanted = " or ".join(repr(c) for c in chars)
            raise ImportFileError(
                self.path,
                translate("JournalImport", "not valid JSON (expected {what})").format(what=wanted),
                line_where(self.line()),
            )
        self.pos += 1
        return found

    def value(self) -> Any:
        """Decode the JSON value that starts here (reading more until it is whole)."""
        self.skip_space()
        while True:
            try:
                value, end = self.json.raw_decode(self.buffer, self.pos)
            except RecursionError as exc:
                raise ImportFileError(
                    self.path, translate("JournalImport", "the JSON is nested too deeply")
                ) from exc
            except json.JSONDecodeError as exc:
                if self.more():
                    continue
                raise ImportFileError(
                    self.path, not_json(exc.msg), line_where(self.line())
                ) from exc
            if end >= len(self.buffer) and not self.eof and self.more():
                continue  # a number may go on in the next piece
            self.pos = end
            return value


def items(path: Path, key: str, missing: str) -> Iterator[Any]:
    """The elements of the top-level object's ``key`` array, one at a time.

    ``missing`` is the message when the file has no such array.
    """
    reader = _Reader(path)
    try:
        if reader.skip_space() != "{":
            reader.value()  # what is wrong with it, if it is not even valid JSON
            raise ImportFileError(path, missing)
        reader.pos += 1
        found = False
        if reader.skip_space() == "}":
            reader.pos += 1
        else:
            while True:
                name = reader.value()
                if not isinstance(name, str):
                    raise ImportFileError(
                        path, translate("JournalImport", "not valid JSON (a key is not a string)")
                    )
                reader.expect(":")
                if name == key and not found and reader.skip_space() == "[":
                    found = True
                    reader.pos += 1
                    if reader.skip_space() == "]":
                        reader.pos += 1
                    else:
                        while True:
                            yield reader.value()
                            if reader.expect(",]") == "]":
                                break
                else:
                    reader.value()
                if reader.expect(",}") == "}":
                    break
        if reader.skip_space():
            raise ImportFileError(
                path,
                translate("JournalImport", "not valid JSON (extra data)"),
                line_where(reader.line()),
            )
        if not found:
            raise ImportFileError(path, missing)
    finally:
        reader.close()
