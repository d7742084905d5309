"""Read a SQLCipher 4 database file page by page with its raw data key (tests only).

Lets a test look for words in *every* page, including free pages and unused cell space,
which SQL can no longer reach.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16


def decrypted_pages(path: Path, data_key: bytes) -> bytes:
    raw = path.read_bytes()
    out = bytearray()
    for start in range(0, len(raw), PAGE_SIZE):
        page = raw[start : start + PAGE_SIZE]
        if len(page) < PAGE_SIZE:
            break
        offset = SALT if start == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        body = page[offset : PAGE_SIZE - RESERVE]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)
