"""Reads and writes of an account's stored files (their metadata; the bytes are in the blob store).

Every write is one transaction. Lists read the account's files newest first from `ix_files_list`
(`account_id, created_at, id`); a checksum look-up uses `ix_files_sha256`; the expired files are
found by `ix_files_expires`. An expired file is not found by any read (it is gone as far as the
API is concerned) even before its row is purged."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, cast, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .models import StoredFile

__all__ = ["FileFilter", "FileStore"]


def _tag_clause(tag: str) -> ColumnElement[bool]:
    # tags are a JSON list of strings: a tag is its JSON text, quoted, within the list's text
    return cast(StoredFile.tags, String).contains(json.dumps(tag), autoescape=True)


@dataclass(frozen=True, slots=True)
class FileFilter:
    """What `searchFiles` and `deleteFiles` may filter on; empty fields do not filter."""

    ids: tuple[str, ...] = ()
    search: str | None = None
    filename: str | None = None
    after: datetime | None = None
    before: datetime | None = None
    expires_before: datetime | None = None
    formats: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sha256: tuple[str, ...] = ()
    reference: str | None = None
    statuses: tuple[str, ...] = ()
    origin: str | None = None
    mimes: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    exts: tuple[str, ...] = ()
    permission: str | None = None
    owners: tuple[str, ...] = ()
    min_size: int | None = None
    max_size: int | None = None

    def where(self) -> list[ColumnElement[bool]]:
        f = StoredFile
        clauses: list[ColumnElement[bool]] = []
        if self.ids:
            clauses.append(f.id.in_(self.ids))
        if self.search:
            needle = self.search.strip().lower()
            clauses.append(
                or_(
                    func.lower(f.filename).contains(needle, autoescape=True),
                    func.lower(func.coalesce(f.reference, "")).contains(needle, autoescape=True),
                    func.lower(cast(f.tags, String)).contains(needle, autoescape=True),
                )
            )
        if self.filename:
            clauses.append(func.lower(f.filename).contains(self.filename.strip().lower(), autoescape=True))
        if self.after is not None:
            clauses.append(f.created_at > self.after)
        if self.before is not None:
            clauses.append(f.created_at < self.before)
        if self.expires_before is not None:
            clauses.append(f.expires_at < self.expires_before)
        if self.formats:
            clauses.append(f.format.in_(self.formats))
        if self.tags:
            clauses.append(or_(*(_tag_clause(tag) for tag in self.tags)))
        if self.sha256:
            clauses.append(f.sha256.in_(self.sha256))
        if self.reference:
            clauses.append(f.reference == self.reference)
        if self.statuses:
            clauses.append(f.status.in_(self.statuses))
        if self.origin:
            clauses.append(f.origin == self.origin)
        if self.mimes:
            clauses.append(f.mime.in_(self.mimes))
        if self.kinds:
            clauses.append(f.kind.in_(self.kinds))
        if self.exts:
            clauses.append(f.ext.in_(self.exts))
        if self.permission:
            clauses.append(f.permission == self.permission)
        if self.owners:
            clauses.append(f.owner.in_(self.owners))
        if self.min_size is not None:
            clauses.append(f.size >= self.min_size)
        if self.max_size is not None:
            clauses.append(f.size <= self.max_size)
        return clauses


class FileStore:
    """The stored files of every account; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._dialect = database.engine.dialect.name

    def _live(self, account_id: str, now: datetime) -> list[ColumnElement[bool]]:
        return [StoredFile.account_id == account_id, StoredFile.expires_at > now]

    async def get(self, account_id: str, file_id: str, now: datetime) -> StoredFile | None:
        query = select(StoredFile).where(StoredFile.id == file_id, *self._live(account_id, now))
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def by_sha256(self, account_id: str, sha256: str, now: datetime) -> StoredFile | None:
        """The account's oldest live file with these bytes."""
        query = (
            select(StoredFile)
            .where(StoredFile.sha256 == sha256, *self._live(account_id, now))
            .order_by(StoredFile.created_at, StoredFile.id)
            .limit(1)
        )
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def page(
        self, account_id: str, where: FileFilter, now: datetime, page: int, size: int
    ) -> list[StoredFile]:
        """A `searchFiles` page: the account's live files newest first."""
        query = (
            select(StoredFile)
            .where(*self._live(account_id, now), *where.where())
            .order_by(StoredFile.created_at.desc(), StoredFile.id.desc())
            .offset(page * size)
            .limit(size)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def add(self, file: StoredFile) -> None:
        async with self._sessions.begin() as session:
            session.add(file)

    async def _locked(self, session: AsyncSession, account_id: str, file_id: str, now: datetime) -> Any:
        query = select(StoredFile).where(StoredFile.id == file_id, *self._live(account_id, now))
        if self._dialect != "sqlite":
            query = query.with_for_update()
        return (await session.scalars(query)).first()

    async def change(
        self, account_id: str, file_id: str, changes: Mapping[str, Any], now: datetime
    ) -> StoredFile | None:
        """Write `changes` onto the (locked, live) file in one transaction; None when it is not
        the account's."""
        async with self._sessions.begin() as session:
            file: StoredFile | None = await self._locked(session, account_id, file_id, now)
            if file is None:
                return None
            for name, value in changes.items():
                setattr(file, name, value)
            await session.flush()
            return file

    async def delete_matching(
        self, account_id: str, where: FileFilter, now: datetime, limit: int
    ) -> list[StoredFile]:
        """Delete up to `limit` of the account's live files matching `where` (oldest first) in one
        transaction; answers them."""
        query = (
            select(StoredFile)
            .where(*self._live(account_id, now), *where.where())
            .order_by(StoredFile.created_at, StoredFile.id)
            .limit(limit)
        )
        if self._dialect != "sqlite":
            query = query.with_for_update()
        async with self._sessions.begin() as session:
            found = list((await session.scalars(query)).all())
            if found:
                await session.execute(delete(StoredFile).where(StoredFile.id.in_([f.id for f in found])))
            return found

    async def purge_expired(self, now: datetime, limit: int) -> list[StoredFile]:
        """Delete up to `limit` expired files of any account (oldest expiry first); answers them."""
        query = (
            select(StoredFile)
            .where(StoredFile.expires_at <= now)
            .order_by(StoredFile.expires_at, StoredFile.id)
            .limit(limit)
        )
        async with self._sessions.begin() as session:
            found = list((await session.scalars(query)).all())
            if found:
                await session.execute(delete(StoredFile).where(StoredFile.id.in_([f.id for f in found])))
            return found

    async def referenced(self, sha256: str) -> bool:
        """Whether any row (of any account, expired or not) still names these bytes."""
        query = select(func.count()).select_from(StoredFile).where(StoredFile.sha256 == sha256)
        async with self._sessions() as session:
            return int(await session.scalar(query) or 0) > 0
