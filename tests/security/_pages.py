"""Decrypt a SQLCipher 4 database file page by page, to look at what is really stored.

SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, and 80 reserved bytes at the end of
each page (16-byte IV, 64-byte HMAC). With a raw key (``x'..'``) the data key is the AES
key itself. The first 16 bytes of the file are the salt; page 1's ciphertext starts after
them. This reads free pages and slack space too, which is the point: "deleted" text must
be gone from there as well, not only from query results.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVED = 80
SALT = 16


def decrypted_pages(path: Path, data_key: bytes) -> list[bytes]:
    raw = path.read_bytes()
    assert len(raw) % PAGE_SIZE == 0, "not a whole number of pages"
    pages = []
    for number in range(len(raw) // PAGE_SIZE):
        page = raw[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        start = SALT if number == 0 else 0
        iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + 16]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE_SIZE - RESERVED]) + decryptor.finalize())
    # Page 1 after the salt holds the rest of the SQLite header: page size 4096 (big-endian
    # 0x1000 at header offset 16) and the WAL read/write versions (2, 2).
    assert pages[0][:4] == b"\x10\x00\x02\x02", "wrong key or not a SQLCipher 4 file"
    return pages


def decrypted_text(path: Path, data_key: bytes) -> bytes:
    return b"".join(decrypted_pages(path, data_key))
