"""Data files are owner-only (issue 16, item 9): the store, the queue and their -wal/-shm files."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from shared.queue.sqlite import SqliteQueue
from shared.store.sqlite_db import make_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_queue_database_and_its_wal_files_are_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask, under which SQLite would make them 0644
    try:
        queue = SqliteQueue(tmp_path / "queue.sqlite3")
        await queue.send("ai-jobs", "{}")
        files = [tmp_path / "queue.sqlite3", tmp_path / "queue.sqlite3-wal", tmp_path / "queue.sqlite3-shm"]
        assert {f.name: _mode(f) for f in files if f.exists()} == {f.name: 0o600 for f in files if f.exists()}
        assert (tmp_path / "queue.sqlite3-wal").exists()
        await queue.close()
    finally:
        os.umask(old)


def test_make_private_tightens_an_existing_world_readable_store(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    for name in ("store.sqlite3", "store.sqlite3-wal"):
        (tmp_path / name).write_bytes(b"")
        (tmp_path / name).chmod(0o644)
    make_private(db)
    assert _mode(db) == 0o600
    assert _mode(tmp_path / "store.sqlite3-wal") == 0o600


def test_make_private_creates_a_new_file_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        make_private(tmp_path / "sub" / "store.sqlite3")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "sub" / "store.sqlite3") == 0o600


async def test_store_database_and_its_wal_files_are_0600(tmp_path: Path) -> None:
    from shared.store import containers
    from shared.store.sqlite import SqliteDocumentStore

    old = os.umask(0o022)
    try:
        store = SqliteDocumentStore(tmp_path / "store.sqlite3", containers.ALL)
        await store.upsert(containers.USERS.name, {"id": "u1", "userId": "u1", "type": "user"})
        files = [p for p in tmp_path.iterdir() if p.name.startswith("store.sqlite3")]
        assert any(p.name.endswith("-wal") for p in files)
        assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
        await store.close()
    finally:
        os.umask(old)


async def test_opening_a_second_store_on_a_file_keeps_the_first_ones_locks(tmp_path: Path) -> None:
    """make_private never opens an existing file: closing that descriptor would drop this process's POSIX locks."""
    from shared.store import containers
    from shared.store.sqlite import SqliteDocumentStore

    path = tmp_path / "store.sqlite3"
    first = SqliteDocumentStore(path, containers.ALL)
    await first.upsert(containers.USERS.name, {"id": "u1", "userId": "u1", "type": "user"})
    opened: list[str] = []
    real_open = os.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    os.open = spy  # type: ignore[assignment]
    try:
        make_private(path)
    finally:
        os.open = real_open
    second = SqliteDocumentStore(path, containers.ALL)
    assert (await second.read(containers.USERS.name, "u1", "u1"))["type"] == "user"
    assert opened == [str(path)]  # one O_EXCL attempt, which fails without opening anything
    await first.close()
    await second.close()
