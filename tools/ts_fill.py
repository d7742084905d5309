"""Fill the Spanish catalogue (resources/i18n/peerdesk_es.ts) without hand-editing XML.

    python tools/ts_fill.py missing              # unfinished messages as JSON
    python tools/ts_fill.py apply FILE.json      # [{"context", "source", "translation"}]
    python tools/ts_fill.py copy OTHER.ts        # finished translations another copy has

A numerus message ("%n …") takes a list of forms as its translation. After filling, run
``packaging/build_ui.py``: it rewrites the file in lupdate's layout and compiles it.
`copy` is how a merge keeps both sides' translations: take one side's file, re-run
build_ui.py, then copy the other side's file in.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "peerdesk_es.ts"

Key = tuple[str, str]
Translation = str | list[str]


def _messages(root: ET.Element) -> list[tuple[Key, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(((name, message.findtext("source") or ""), message))
    return found


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in {"unfinished", "vanished"}


def _read(message: ET.Element) -> Translation:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else (translation.text or "")


def _write(message: ET.Element, value: Translation) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def _save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["missing", "apply", "copy"])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--ts", type=Path, default=TS)
    args = parser.parse_args(argv)
    tree = ET.parse(args.ts)  # noqa: S314 - our own catalogue
    messages = _messages(tree.getroot())
    if args.command == "missing":
        missing = [
            {"context": c, "source": s, "numerus": m.get("numerus") == "yes"}
            for (c, s), m in messages
            if not _is_finished(m)
        ]
        json.dump(missing, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.file is None:
        parser.error("a file is needed")
    wanted: dict[Key, Translation] = {}
    if args.command == "apply":
        for row in json.loads(args.file.read_text(encoding="utf-8")):
            wanted[(row["context"], row["source"])] = row["translation"]
    else:
        other = ET.parse(args.file).getroot()  # noqa: S314 - a copy of our catalogue
        for key, message in _messages(other):
            if _is_finished(message):
                wanted[key] = _read(message)
    filled = 0
    for key, message in messages:
        if key in wanted and (args.command == "apply" or not _is_finished(message)):
            _write(message, wanted[key])
            filled += 1
    _save(tree, args.ts)
    left = sum(1 for _key, m in messages if not _is_finished(m))
    print(f"filled {filled}; {left} unfinished left", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
