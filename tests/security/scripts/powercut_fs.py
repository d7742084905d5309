"""A FUSE filesystem that forgets everything not yet fsynced when the power is "cut".

Usage: powercut_fs.py MOUNTPOINT. Runs in the foreground (single-threaded) until unmounted.

Model (strict POSIX durability, stricter than ext4):
- a file's bytes and size become durable only when the file is fsynced (``fsync`` or
  ``fdatasync``); ``flush``/``close`` make nothing durable;
- a directory's entries (created, renamed in or out, unlinked names) become durable only
  when that directory is fsynced: a rename not followed by an fsync of its folder (both
  folders, when it crosses two) is lost, and a new file whose folder was never synced
  vanishes;
- writing ``cut`` to ``/.powercut`` throws away everything not durable (the power cut);
  ``sync`` makes everything durable (like ``sync(1)``, used after setting up a trial);
  reading ``/.powercut`` gives counters (fsyncs of files and of folders, cuts).

Mounted with ``direct_io`` and zero cache timeouts so the kernel keeps no page or name
cache that could outlive a cut. ``mmap`` of shared writable files is therefore not
offered: SQLite runs in WAL mode with ``locking_mode=EXCLUSIVE`` (the WAL index in heap
memory, no ``-shm`` file); the trials say so in their figures.
"""

from __future__ import annotations

import errno
import itertools
import json
import stat
import sys
import time
from typing import Any

from fuse import FUSE, FuseOSError, Operations

CONTROL = "/.powercut"


class Node:
    def __init__(self, ino: int, mode: int) -> None:
        self.ino = ino
        self.mode = mode
        self.data = bytearray()
        self.entries: dict[str, int] = {}
        self.durable_data = b""
        self.durable_entries: dict[str, int] = {}
        self.mtime = time.time()

    @property
    def is_dir(self) -> bool:
        return stat.S_ISDIR(self.mode)


class PowerCutFS(Operations):  # type: ignore[misc]
    def __init__(self) -> None:
        self._inos = itertools.count(2)
        self.nodes: dict[int, Node] = {1: Node(1, stat.S_IFDIR | 0o755)}
        self.handles: dict[int, int] = {}
        self._fhs = itertools.count(10)
        self.counters = {"file_fsyncs": 0, "dir_fsyncs": 0, "cuts": 0, "syncs": 0}
        self.control_out = b""

    # -- paths -------------------------------------------------------------------------

    def _lookup(self, path: str) -> Node:
        node = self.nodes[1]
        for part in [p for p in path.split("/") if p]:
            if not node.is_dir or part not in node.entries:
                raise FuseOSError(errno.ENOENT)
            node = self.nodes[node.entries[part]]
        return node

    def _parent(self, path: str) -> tuple[Node, str]:
        head, _, name = path.rstrip("/").rpartition("/")
        parent = self._lookup(head or "/")
        if not parent.is_dir:
            raise FuseOSError(errno.ENOTDIR)
        return parent, name

    def _new(self, mode: int) -> Node:
        node = Node(next(self._inos), mode)
        self.nodes[node.ino] = node
        return node

    # -- the power cut -----------------------------------------------------------------

    def _sync_all(self) -> None:
        for node in self.nodes.values():
            node.durable_data = bytes(node.data)
            node.durable_entries = dict(node.entries)
        self.counters["syncs"] += 1

    def _cut(self) -> None:
        reachable: set[int] = set()
        stack = [1]
        while stack:
            ino = stack.pop()
            if ino in reachable or ino not in self.nodes:
                continue
            reachable.add(ino)
            stack.extend(self.nodes[ino].durable_entries.values())
        self.nodes = {ino: n for ino, n in self.nodes.items() if ino in reachable}
        for node in self.nodes.values():
            node.data = bytearray(node.durable_data)
            node.entries = dict(node.durable_entries)
        self.handles.clear()
        self.counters["cuts"] += 1

    # -- attributes ----------------------------------------------------------------------

    def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
        if path == CONTROL:
            return {"st_mode": stat.S_IFREG | 0o600, "st_nlink": 1, "st_size": 4096}
        node = self._lookup(path)
        return {
            "st_mode": node.mode,
            "st_nlink": 2 if node.is_dir else 1,
            "st_size": len(node.data),
            "st_ino": node.ino,
            "st_mtime": node.mtime,
            "st_ctime": node.mtime,
            "st_atime": node.mtime,
            "st_uid": 0,
            "st_gid": 0,
            "st_blocks": (len(node.data) + 511) // 512,
        }

    def chmod(self, path: str, mode: int) -> int:
        node = self._lookup(path)
        node.mode = (node.mode & ~0o7777) | (mode & 0o7777)
        return 0

    def chown(self, path: str, uid: int, gid: int) -> int:
        return 0

    def utimens(self, path: str, times: Any = None) -> int:
        self._lookup(path).mtime = time.time()
        return 0

    def statfs(self, path: str) -> dict[str, int]:
        return {
            "f_bsize": 4096,
            "f_frsize": 4096,
            "f_blocks": 1 << 20,
            "f_bfree": 1 << 19,
            "f_bavail": 1 << 19,
            "f_files": 1 << 16,
            "f_ffree": 1 << 15,
            "f_namemax": 255,
        }

    # -- directories ---------------------------------------------------------------------

    def readdir(self, path: str, fh: int) -> list[str]:
        node = self._lookup(path)
        return [".", "..", *node.entries]

    def mkdir(self, path: str, mode: int) -> int:
        parent, name = self._parent(path)
        if name in parent.entries:
            raise FuseOSError(errno.EEXIST)
        parent.entries[name] = self._new(stat.S_IFDIR | (mode & 0o7777)).ino
        return 0

    def rmdir(self, path: str) -> int:
        parent, name = self._parent(path)
        node = self._lookup(path)
        if node.entries:
            raise FuseOSError(errno.ENOTEMPTY)
        del parent.entries[name]
        return 0

    def fsyncdir(self, path: str, datasync: int, fh: int) -> int:
        node = self._lookup(path)
        node.durable_entries = dict(node.entries)
        self.counters["dir_fsyncs"] += 1
        return 0

    # -- files ---------------------------------------------------------------------------

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        parent, name = self._parent(path)
        if name in parent.entries:
            node = self.nodes[parent.entries[name]]
        else:
            node = self._new(stat.S_IFREG | (mode & 0o7777))
            parent.entries[name] = node.ino
        fh = next(self._fhs)
        self.handles[fh] = node.ino
        return fh

    def open(self, path: str, flags: int) -> int:
        if path == CONTROL:
            return 1
        node = self._lookup(path)
        fh = next(self._fhs)
        self.handles[fh] = node.ino
        return fh

    def _node(self, path: str, fh: int | None) -> Node:
        if fh is not None and fh in self.handles and self.handles[fh] in self.nodes:
            return self.nodes[self.handles[fh]]
        return self._lookup(path)

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        if path == CONTROL:
            return json.dumps(self.counters).encode()[offset : offset + size]
        node = self._node(path, fh)
        return bytes(node.data[offset : offset + size])

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        if path == CONTROL:
            command = data.decode().strip()
            if command == "cut":
                self._cut()
            elif command == "sync":
                self._sync_all()
            else:
                raise FuseOSError(errno.EINVAL)
            return len(data)
        node = self._node(path, fh)
        if offset > len(node.data):
            node.data.extend(b"\0" * (offset - len(node.data)))
        node.data[offset : offset + len(data)] = data
        node.mtime = time.time()
        return len(data)

    def truncate(self, path: str, length: int, fh: int | None = None) -> int:
        if path == CONTROL:
            return 0
        node = self._node(path, fh)
        if length < len(node.data):
            del node.data[length:]
        else:
            node.data.extend(b"\0" * (length - len(node.data)))
        return 0

    def fsync(self, path: str, datasync: int, fh: int) -> int:
        if path == CONTROL:
            return 0
        node = self._node(path, fh)
        node.durable_data = bytes(node.data)
        self.counters["file_fsyncs"] += 1
        return 0

    def flush(self, path: str, fh: int) -> int:
        return 0

    def release(self, path: str, fh: int) -> int:
        self.handles.pop(fh, None)
        return 0

    def unlink(self, path: str) -> int:
        parent, name = self._parent(path)
        if name not in parent.entries:
            raise FuseOSError(errno.ENOENT)
        del parent.entries[name]
        return 0

    def rename(self, old: str, new: str) -> int:
        old_parent, old_name = self._parent(old)
        new_parent, new_name = self._parent(new)
        if old_name not in old_parent.entries:
            raise FuseOSError(errno.ENOENT)
        ino = old_parent.entries.pop(old_name)
        new_parent.entries[new_name] = ino
        return 0

    # Not offered: links, extended attributes.
    def link(self, target: str, source: str) -> int:
        raise FuseOSError(errno.EPERM)

    def symlink(self, target: str, source: str) -> int:
        raise FuseOSError(errno.EPERM)

    def getxattr(self, path: str, name: str, position: int = 0) -> bytes:
        raise FuseOSError(errno.ENODATA)

    def listxattr(self, path: str) -> list[str]:
        return []


def main() -> None:
    FUSE(
        PowerCutFS(),
        sys.argv[1],
        foreground=True,
        nothreads=True,
        direct_io=True,
        entry_timeout=0,
        attr_timeout=0,
        negative_timeout=0,
        default_permissions=True,
    )


if __name__ == "__main__":
    main()
