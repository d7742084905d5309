"""The exchange payload: a state snapshot of one scope, as compact JSON compressed with zlib.

It is the plaintext the bundle container (``seal_bundle``) encrypts and signs; layout in
docs/FORMATS.md ("Exchange payload"). ``decode`` checks every part and raises
:class:`PayloadError` with a one-line reason; nothing the file says is trusted as code.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.exchange.merge import Fields
from peerdesk.services.exchange.tables import TABLES, Column, check_value
from peerdesk.services.exchange.versions import DELETED, Vector, decode_vector, encode_vector

FORMAT = "peerdesk-exchange"
VERSION = 1
MAX_PAYLOAD = 256 * 1024 * 1024  # decompressed bytes
WHATS = ("roadmap", "library", "summary")
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")


class PayloadError(ValueError):
    """The payload cannot be read (the message is one line, for stderr or a dialog)."""


@dataclass(frozen=True)
class IncomingPerson:
    id: str  # the sender's person id
    name: str
    role: str
    contact: str | None = None  # only with include_personal


@dataclass(slots=True)
class IncomingRecord:
    table: str
    id: str
    fields: Fields
    created_at: str | None = None
    updated_at: str | None = None
    starter_key: str | None = None
    vhash: str | None = None  # the sender's hash of all this record's vectors


@dataclass(slots=True)
class RawRecord:
    """A record as read from the file: checked up to its fields, which are checked (and
    turned into :class:`IncomingRecord`) only when the record can change something."""

    table: str
    id: str
    raw_fields: Mapping[str, Any]
    created_at: Any = None  # unchecked until materialize
    updated_at: Any = None
    starter_key: Any = None
    vhash: str | None = None


@dataclass
class Payload:
    what: str
    origin: str  # the sender vault's id
    origin_name: str
    subject: str | None = None  # the sender's id of the person whose roadmap / summary it is
    include_personal: bool = False
    created: str | None = None  # display only
    people: list[IncomingPerson] = field(default_factory=list)
    records: list[IncomingRecord] = field(default_factory=list)  # to encode
    vault_names: dict[str, str] = field(default_factory=dict)
    summary: dict[str, Any] | None = None
    raw: list[RawRecord] = field(default_factory=list)  # decoded
    vectors: list[Vector] = field(default_factory=list)  # decoded, shared by the fields

    def materialize(self, raw: RawRecord) -> IncomingRecord:
        """The record's fields, checked (PayloadError when one does not fit)."""
        return IncomingRecord(
            raw.table,
            raw.id,
            _fields(raw, self.vectors),
            _short(raw.created_at, 40),
            _short(raw.updated_at, 40),
            _short(raw.starter_key, 80),
            raw.vhash,
        )

    def all_records(self) -> list[IncomingRecord]:
        return [self.materialize(r) for r in self.raw]

    def live_and_readable(self, tables: Collection[str]) -> Callable[[RawRecord], bool]:
        """A test for records of *tables*: True for a live record whose fields the table
        reader reads as they are (what :meth:`materialize_many` would make of it without
        going one by one). Nothing is made."""
        checks = {
            table: _CHECKERS[table](self.vectors, None, None, None)
            for table in tables
            if table in _CHECKERS
        }

        def check(raw: RawRecord) -> bool:
            test = checks.get(raw.table)
            return test is not None and bool(test(raw))

        return check

    def materialize_many(
        self,
        raws: Sequence[RawRecord],
        *,
        people: Mapping[str, str] | None = None,
        refs: Mapping[str, str] | None = None,
    ) -> list[IncomingRecord]:
        """:meth:`materialize` for each of *raws* (in order), with person ids renamed
        through *people* and record ids and references through *refs*. Live records go
        through a reader made for their table (:func:`_reader`); the rest (tombstones, odd
        ones) one by one, so a malformed field is refused with the same reason either way."""
        people = people or {}
        refs = refs or {}
        readers: dict[str, Callable[[RawRecord], IncomingRecord | None]] = {}
        for table in {raw.table for raw in raws}:
            maker = _READERS.get(table)
            if maker is not None:
                readers[table] = maker(self.vectors, people.get, refs.get, IncomingRecord)
        out: list[IncomingRecord | None] = [
            reader(raw) if (reader := readers.get(raw.table)) is not None else None for raw in raws
        ]
        # The rest in file order, so the first fault named is the file's first.
        for i, record in enumerate(out):
            if record is None:
                out[i] = _renamed(self.materialize(raws[i]), people, refs)
        return out  # type: ignore[return-value]  # every place is filled


def encode(payload: Payload) -> bytes:
    index: dict[str, int] = {}
    vector_index: dict[int, int] = {}  # id() of a vector dict → its place in "vectors"
    keep: list[Vector] = []  # holds the dicts alive while their id() is used
    by_value: dict[tuple[tuple[str, int], ...], int] = {}
    vectors: list[list[int]] = []
    records = []
    for record in payload.records:
        fields: dict[str, list[Any]] = {}
        for name, (value, vec) in record.fields.items():
            where = vector_index.get(id(vec))
            if where is None:
                canonical = tuple(sorted(vec.items()))
                where = by_value.get(canonical)
                if where is None:
                    where = by_value[canonical] = len(vectors)
                    vectors.append(encode_vector(vec, index))
                vector_index[id(vec)] = where
                keep.append(vec)
            fields[name] = [value, where]
        item: dict[str, Any] = {"t": record.table, "id": record.id, "f": fields}
        if record.created_at:
            item["c"] = record.created_at
        if record.updated_at:
            item["u"] = record.updated_at
        if record.starter_key:
            item["k"] = record.starter_key
        if record.vhash:
            item["h"] = record.vhash
        records.append(item)
    vaults = [""] * len(index)
    for key, where in index.items():
        vaults[where] = key
    people = []
    for person in payload.people:
        entry = {"id": person.id, "name": person.name, "role": person.role}
        if person.contact is not None:
            entry["contact"] = person.contact
        people.append(entry)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "what": payload.what,
        "origin": payload.origin,
        "origin_name": payload.origin_name,
        "subject": payload.subject,
        "include_personal": payload.include_personal,
        "created": payload.created,
        "vaults": vaults,
        "vectors": vectors,
        "vault_names": {
            k: v for k, v in payload.vault_names.items() if k in index or k == payload.origin
        },
        "people": people,
        "records": records,
        "summary": payload.summary,
    }
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), 6)


def _fail(text: str) -> PayloadError:
    """``text`` already translated: write ``_fail(translate("Exchange", "…"))`` so lupdate
    sees the literal (a literal passed to a helper never reaches the catalogue)."""
    return PayloadError(text)


def _str(value: Any, limit: int = 500) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(translate("Exchange", "The file's contents are malformed."))
    return value


def _opt_str(value: Any, limit: int = 500) -> str | None:
    return None if value is None else _str(value, limit)


def _id(value: Any) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise _fail(translate("Exchange", "The file's contents are malformed (a record id)."))
    return value


def _inflate(data: bytes) -> bytes:
    try:
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, MAX_PAYLOAD)
        if inflater.unconsumed_tail:
            raise _fail(translate("Exchange", "The file's contents are too large."))
        if not inflater.eof:
            raise _fail(translate("Exchange", "The file's contents are cut short."))
    except zlib.error as exc:
        raise _fail(translate("Exchange", "The file's contents cannot be unpacked.")) from exc
    return out


def decode(data: bytes) -> Payload:
    raw = _inflate(data)
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _fail(translate("Exchange", "The file's contents are not readable.")) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _fail(translate("Exchange", "This is not a PeerDesk exchange."))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail(translate("Exchange", "The file's contents are malformed."))
    if version > VERSION:
        raise _fail(
            translate(
                "Exchange", "This file was made by a newer PeerDesk; update PeerDesk to receive it."
            )
        )
    what = doc.get("what")
    if what not in WHATS:
        raise _fail(translate("Exchange", "The file's contents are malformed (what it holds)."))
    vaults = doc.get("vaults", [])
    if not isinstance(vaults, list) or not all(
        isinstance(v, str) and 0 < len(v) <= 100 for v in vaults
    ):
        raise _fail(translate("Exchange", "The file's contents are malformed (vaults)."))
    payload = Payload(
        what=what,
        origin=_str(doc.get("origin"), 100),
        origin_name=_str(doc.get("origin_name", ""), 200),
        subject=None if doc.get("subject") is None else _id(doc.get("subject")),
        include_personal=bool(doc.get("include_personal", False)),
        created=_opt_str(doc.get("created"), 40),
    )
    names = doc.get("vault_names", {})
    if isinstance(names, Mapping):
        payload.vault_names = {
            _str(k, 100): _str(v, 200) for k, v in names.items() if isinstance(v, str)
        }
    people = doc.get("people", [])
    if not isinstance(people, list):
        raise _fail(translate("Exchange", "The file's contents are malformed (people)."))
    for entry in people:
        if not isinstance(entry, Mapping):
            raise _fail(translate("Exchange", "The file's contents are malformed (people)."))
        payload.people.append(
            IncomingPerson(
                _id(entry.get("id")),
                _str(entry.get("name"), 200),
                _str(entry.get("role", ""), 40),
                _opt_str(entry.get("contact"), 10_000),
            )
        )
    flat_vectors = doc.get("vectors", [])
    if not isinstance(flat_vectors, list):
        raise _fail(translate("Exchange", "The file's contents are malformed (versions)."))
    try:
        for flat in flat_vectors:
            vector = decode_vector(flat, vaults)
            if not vector:
                raise ValueError("an empty version")
            payload.vectors.append(vector)
    except ValueError as exc:
        raise _fail(translate("Exchange", "The file's contents are malformed (versions).")) from exc
    records = doc.get("records", [])
    if not isinstance(records, list):
        raise _fail(translate("Exchange", "The file's contents are malformed (records)."))
    fast = _records(records)
    if fast is not None:
        payload.raw = fast
    else:  # one by one, to name the first fault
        seen: set[str] = set()
        for item in records:
            payload.raw.append(_record(item, seen))
    summary = doc.get("summary")
    if summary is not None and not isinstance(summary, dict):
        raise _fail(translate("Exchange", "The file's contents are malformed (summary)."))
    payload.summary = summary
    return payload


def _short(value: Any, limit: int) -> str | None:
    if value is None or (type(value) is str and len(value) <= limit):
        return value
    raise _fail(translate("Exchange", "The file's contents are malformed."))


def _record(item: Any, seen: set[str]) -> RawRecord:
    if type(item) is not dict:
        raise _fail(translate("Exchange", "The file's contents are malformed (a record)."))
    table = item.get("t")
    if type(table) is not str or table not in TABLES:
        raise _fail(translate("Exchange", "The file's contents are malformed (a record's kind)."))
    rid = item.get("id")
    if type(rid) is not str or not _ID.match(rid):
        raise _fail(translate("Exchange", "The file's contents are malformed (a record id)."))
    if rid in seen:
        raise _fail(
            translate("Exchange", "The file's contents are malformed (a record appears twice).")
        )
    seen.add(rid)
    raw_fields = item.get("f")
    if type(raw_fields) is not dict or DELETED not in raw_fields:
        raise _fail(translate("Exchange", "The file's contents are malformed (a record's fields)."))
    vhash = item.get("h")
    if vhash is not None and type(vhash) is not str:
        raise _fail(translate("Exchange", "The file's contents are malformed."))
    # Dates and the starter key are checked when the record is used (materialize).
    return RawRecord(table, rid, raw_fields, item.get("c"), item.get("u"), item.get("k"), vhash)


_TABLE_NAMES = frozenset(TABLES)


def _records(items: list[Any]) -> list[RawRecord] | None:
    """:func:`_record` for every item, in one tight loop; None when any check fails (the
    caller then goes one by one to name the fault)."""
    out: list[RawRecord] = []
    seen: set[str] = set()
    append, note, match, tables = out.append, seen.add, _ID.match, _TABLE_NAMES
    for item in items:
        if type(item) is not dict:
            return None
        table, rid, fields, vhash = item.get("t"), item.get("id"), item.get("f"), item.get("h")
        if (
            type(table) is not str
            or table not in tables
            or type(rid) is not str
            or rid in seen
            or not match(rid)
            or type(fields) is not dict
            or DELETED not in fields
            or (vhash is not None and type(vhash) is not str)
        ):
            return None
        note(rid)
        append(RawRecord(table, rid, fields, item.get("c"), item.get("u"), item.get("k"), vhash))
    return out


def _renamed(
    record: IncomingRecord, people: Mapping[str, str] | None, refs: Mapping[str, str] | None
) -> IncomingRecord:
    """Person ids and references renamed for this vault (as the table readers do)."""
    fields = record.fields
    for col in TABLES[record.table].columns:
        entry = fields.get(col.name)
        if entry is None:
            continue
        value, vec = entry
        if not isinstance(value, str):
            continue
        if col.kind == "person" and people and value in people:
            fields[col.name] = (people[value], vec)
        elif col.kind == "ref" and refs and value in refs:
            fields[col.name] = (refs[value], vec)
    if refs:
        record.id = refs.get(record.id, record.id)
    return record


def _reader_source(table: str, *, build: bool = True) -> str:
    """Python source of a reader for one table's live records: :func:`_fields` and
    :func:`_renamed` unrolled for its fields, returning None where those would not simply
    accept the record (they then run, to name the fault). With ``build=False``, a checker:
    True where the reader would make a record, else False (it makes nothing). Made from the
    table specs only."""
    spec = TABLES[table]
    fail = "return None" if build else "return False"
    lines = [
        "def maker(vectors, person_of, ref_of, Record):",
        "    count = len(vectors)",
        "    def read(raw):",
        "        f = raw.raw_fields",
        f"        if type(f) is not dict or len(f) != {len(spec.columns) + 1}:",
        "            " + fail,
        "        try:",
    ]
    made = []
    for i, (name, col) in enumerate(((DELETED, None), *((c.name, c) for c in spec.columns))):
        # A missing field raises KeyError, a pair that is not two items ValueError or
        # TypeError; and only a JSON list can give an int as its second item.
        lines += [
            f"            v{i}, w{i} = f[{name!r}]",
            f"            if type(w{i}) is not int or not 0 <= w{i} < count:",
            "                " + fail,
        ]
        if col is None:
            test = f"v{i} is False"  # live records only: tombstones go one by one
        elif col.kind in ("text", "person", "ref", "date", "datetime"):
            limit = 64 if col.kind in ("date", "datetime") else 100_000
            test = f"(type(v{i}) is str and len(v{i}) <= {limit})"
        elif col.kind == "int":
            test = f"type(v{i}) is int"
        elif col.kind == "float":  # finite floats; whole numbers go one by one
            test = f"(type(v{i}) is float and v{i} - v{i} == 0.0)"
        else:
            raise ValueError(col.kind)
        if col is not None and col.nullable:
            test = f"(v{i} is None or {test})"
        lines += [f"            if not {test}:", "                " + fail]
        if build and col is not None and col.kind == "person":
            lines.append(f"            v{i} = person_of(v{i}, v{i})")
        elif build and col is not None and col.kind == "ref":
            lines.append(f"            v{i} = ref_of(v{i}, v{i})")
        made.append(f"{name!r}: (v{i}, vectors[w{i}])")
    lines += [
        "        except (KeyError, TypeError, ValueError):",
        "            " + fail,
        "        c, u, k = raw.created_at, raw.updated_at, raw.starter_key",
        "        if c is not None and (type(c) is not str or len(c) > 40):",
        "            " + fail,
        "        if u is not None and (type(u) is not str or len(u) > 40):",
        "            " + fail,
        "        if k is not None and (type(k) is not str or len(k) > 80):",
        "            " + fail,
    ]
    if build:
        lines += [
            "        rid = raw.id",
            f"        return Record({table!r}, ref_of(rid, rid), {{{', '.join(made)}}}, c, u, k,"
            " raw.vhash)",
        ]
    else:
        lines.append("        return True")
    lines.append("    return read")
    return "\n".join(lines)


def _compile_reader(table: str, *, build: bool = True) -> Callable[..., Callable[..., Any]]:
    namespace: dict[str, Any] = {}
    source = _reader_source(table, build=build)
    exec(source, namespace)  # noqa: S102  (source made from TABLES above)
    maker: Callable[..., Callable[..., Any]] = namespace["maker"]
    return maker


# Tables whose fields are all plain values (cards' tags and warning signs: one by one).
_PLAIN = [
    name
    for name, spec in TABLES.items()
    if all(c.kind not in ("tags", "json_list") for c in spec.columns)
]
_READERS = {name: _compile_reader(name) for name in _PLAIN}
_CHECKERS = {name: _compile_reader(name, build=False) for name in _PLAIN}


def _fields(raw: RawRecord, vectors: list[Vector]) -> Fields:
    checks = CHECKS[raw.table]
    count = len(vectors)
    fields: Fields = {}
    try:
        for name, pair in raw.raw_fields.items():
            if type(pair) is not list:
                raise ValueError("a field is malformed")
            value, where = pair  # ValueError unless exactly two
            if type(where) is not int or not 0 <= where < count:
                raise ValueError("a field's version is malformed")
            if name == DELETED:
                if type(value) is not bool:
                    raise ValueError("a tombstone is malformed")
                fields[name] = (value, vectors[where])
                continue
            check = checks.get(name)
            if check is None:
                continue  # a field from a newer PeerDesk: ignored
            fields[name] = (check(value), vectors[where])
    except ValueError as exc:
        raise _fail(translate("Exchange", "The file's contents are malformed (a field).")) from exc
    if not fields[DELETED][0] and len(fields) != len(checks) + 1:
        raise _fail(
            translate("Exchange", "The file's contents are malformed (a record lacks fields).")
        )
    return fields


def _checker(col: Column) -> Callable[[Any], Any]:
    kind = col.kind
    if kind in ("text", "person", "ref", "date", "datetime"):
        limit = 100_000 if kind == "text" else 64

        def check_text(value: Any) -> Any:
            if type(value) is str and len(value) <= limit:
                return value
            return check_value(col, value)

        return check_text
    return lambda value: check_value(col, value)


CHECKS = {name: {c.name: _checker(c) for c in spec.columns} for name, spec in TABLES.items()}
