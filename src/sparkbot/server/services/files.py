"""Files (8 operations): upload (multipart or by URL), search, get, update, preview, download, delete
one or many. The account's storage for outbound media.

The rules where the catalogue is silent:

- A file is `{id, filename, ext, mime, kind, format, size, sha2, status, origin, url, reference,
  tags, message, permission, owner, expiresAt, createdAt, updatedAt}`; `kind` is `image`, `video`,
  `audio`, `document` or `file`; `status` is always `ready` (a file is stored whole before it is
  answered); `url` is the URL it was fetched from (null for an upload); `owner` is null (this
  server has no users yet).
- Upload: `POST /files` with a JSON body `{url, ...options}` fetches the URL, or with a
  `multipart/form-data` body: one part `file` (the bytes, with a filename) and the options as
  text parts (`tags` repeated or comma-separated). The options are the catalogue's: `filename`
  (default: the part's filename, or the URL path's last segment, else `file.<ext>`), `reference`
  (at most 150 characters), `format` (`ptt` only for audio, `gif` only for video or a GIF),
  `expiration` (default 30d), `permission` (stored and filtered on; every API key of the
  account reads every file of it), `tags` (at most 20, each at most 50 characters).
- The bytes are streamed into the blob store (`server/blobs.py`) while hashed; memory stays
  bounded whatever the size. The type is detected from the content (`filetypes.py`), never
  taken from the name; a multipart part's declared `Content-Type` that the content contradicts
  is a 400 `type_mismatch`. An empty file is a 400 `empty_file`; one larger than
  `Settings.file_max_bytes` (100 MiB by default) a 413 `file_too_large`, refused as soon as a
  `Content-Length` says so, else as soon as the limit is passed. A refused upload stores
  nothing (no row, no bytes).
- By URL: `http(s)` only; the address policy of webhooks (`webhookurls.py`): never link-local or
  cloud metadata addresses, within `Settings.file_fetch_allow` when set; every redirect (at most
  5) is checked again. A refused URL is a 400 naming `url`. A URL that cannot be reached (no
  such host, connection refused, a timeout of `file_fetch_timeout_seconds`) or that answers
  other than 2xx is a 400 `fetch_failed` saying why.
- Deduplication: bytes are stored once (by sha256) whoever uploads them. An upload of bytes the
  account has already (a live file with the same sha256) stores nothing new and answers that
  file as it is (201 all the same: an upload is idempotent; its `createdAt` tells; the options
  of the second upload are not applied: use `updateFile`).
- Expiration: `10m` to `2y` from the upload (or from the `updateFile` that sets it). An expired
  file is not found (404) by every operation at once; its row and (when no other file names
  them) its bytes are purged on the next upload or delete.
- `searchFiles`: newest first; `search` (filename, reference or a tag, case-insensitive
  contains), `filename` (contains), `after`/`before` (created, exclusive), `ids`, `tags` (any),
  `sha2`, `reference` (exact), `status`, `origin`, `mime` (`audio/mp3` is `audio/mpeg`), `kind`,
  `ext`, `format`, `permission`, `owner`, `filesize` (`min,max` bytes, either side may be empty);
  `device`: one of the account's numbers (404 otherwise): files belong to the account, so every
  file is every number's.
- `updateFile` changes only what is given (`filename`, `reference`, `format`, `tags`, `message`:
  the default caption, `expiration`: from now, `permission`); nothing given is a 400.
- `previewFile`: an image answers itself (its own bytes and type: this server has no image
  library to scale it); any other kind is a 406 `no_preview` (download it instead).
  `downloadFile`: the bytes, with the file's type and `Content-Disposition: attachment`.
- `deleteFile` answers `{id, deleted: true}`. `deleteFiles` deletes, in one transaction, up to
  `limit` (1 to 500, default 100) files matching every filter given (`ids`, `before`, `after`,
  `expires`: expiring before, `filename`, `ext`, `mime`, `kind`, `owner`, `format`,
  `permission`, `tags`, `size`: larger than, `origin`, `sha2`), oldest first; at least one
  filter is required (400 otherwise). Answers `{deleted, ids}`.
- Other resources name a stored file by id (`media.file`, a quick reply's `file`): `require`
  answers it or a 404 before anything is queued, and `media_of` what a message carries.
- Another account's file is not found (404)."""

from __future__ import annotations

import asyncio
import hashlib
import re
import zipfile
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import anyio.to_thread
import httpx

from ...spec import get_operation
from ...spec.validation import is_given, validate_value
from ..blobs import BlobStore, BlobWriter
from ..clock import Clock
from ..db import Account, Database
from ..db.files import FileFilter, FileStore
from ..db.models import StoredFile
from ..problems import ApiProblem, invalid, not_found
from ..settings import Settings
from .accounts import new_id
from .filetypes import HEAD_SIZE, KINDS, FileType, contradicts, detect, normal_mime
from .messages import parse_instant
from .numbers import NumberService
from .paging import page_and_size
from .views import iso
from .webhookurls import check_url, resolve_allowed

__all__ = ["Download", "FileService", "UploadOptions", "file_view", "media_of"]

MAX_FILENAME = 255
MAX_REFERENCE = 150
MAX_TAGS = 20
MAX_TAG = 50
MAX_MESSAGE = 6000
MAX_REDIRECTS = 5
DELETE_MAX = 500
PURGE_BATCH = 100
_UNITS = {"m": 60, "h": 3600, "d": 86400, "y": 365 * 86400}
_UPLOAD = get_operation("outbound-files.uploadFile")
_OPTION_NAMES = ("filename", "reference", "format", "expiration", "permission", "tags")
_UPDATE_NAMES = ("filename", "reference", "format", "tags", "message", "expiration", "permission")
_DELETE_FILTERS = (
    "ids",
    "before",
    "after",
    "expires",
    "filename",
    "ext",
    "mime",
    "kind",
    "owner",
    "format",
    "permission",
    "tags",
    "size",
    "origin",
    "sha2",
)
_LOCKS = 64
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def file_view(file: StoredFile) -> dict[str, Any]:
    return {
        "id": file.id,
        "filename": file.filename,
        "ext": file.ext,
        "mime": file.mime,
        "kind": file.kind,
        "format": file.format,
        "size": file.size,
        "sha2": file.sha256,
        "status": file.status,
        "origin": file.origin,
        "url": file.source_url,
        "reference": file.reference,
        "tags": list(file.tags or []),
        "message": file.message,
        "permission": file.permission,
        "owner": file.owner,
        "expiresAt": iso(file.expires_at),
        "createdAt": iso(file.created_at),
        "updatedAt": iso(file.updated_at),
    }


def media_of(file: StoredFile) -> dict[str, Any]:
    """What a message or status naming a stored file carries of it."""
    return {
        "file": file.id,
        "url": file.source_url or f"/v1/files/{file.id}/download",
        "filename": file.filename,
        "mime": file.mime,
        "kind": file.kind,
        "size": file.size,
        "sha2": file.sha256,
    }


@dataclass(frozen=True, slots=True)
class UploadOptions:
    """An upload's options, checked."""

    filename: str | None = None
    reference: str | None = None
    format: str = "native"
    expiration: str = "30d"
    permission: str = "public"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Download:
    """A file's bytes on their way out."""

    file: StoredFile
    chunks: AsyncIterator[bytes]


def _duration(value: str) -> timedelta:
    return timedelta(seconds=int(value[:-1]) * _UNITS[value[-1]])


def _text(value: Any, field: str, limit: int) -> str:
    if not isinstance(value, str):
        raise invalid(field, f"{field} must be text, got {type(value).__name__}")
    text = value.strip()
    if not text:
        raise invalid(field, f"{field} must not be blank")
    if len(text) > limit:
        raise invalid(field, f"{field} must be at most {limit} characters, got {len(text)}")
    return text


def _filename(value: Any, field: str = "filename") -> str:
    name = _text(value, field, MAX_FILENAME)
    name = PurePosixPath(name.replace("\\", "/")).name  # never a path
    if not name or name in (".", ".."):
        raise invalid(field, f"{field} must be a file name, got {value!r}")
    return name


def _given_name(name: str) -> str:
    """The name a part or a URL gives, as a file name (no path, no control characters), else ""."""
    base = _CONTROL.sub("", PurePosixPath(name.replace("\\", "/")).name).strip()[:MAX_FILENAME]
    return "" if base in ("", ".", "..") else base


def _tags(value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Sequence):
        raise invalid("tags", "tags must be a list of text")
    tags: list[str] = []
    for i, item in enumerate(items):
        for part in str(item).split(",") if isinstance(item, str) else [item]:
            tags.append(_text(part, f"tags[{i}]", MAX_TAG))
    tags = list(dict.fromkeys(tags))
    if len(tags) > MAX_TAGS:
        raise invalid("tags", f"tags takes at most {MAX_TAGS} tags, got {len(tags)}")
    return tuple(tags)


def _choice(name: str, value: Any) -> str:
    problems = validate_value(_UPLOAD.param(name), value)
    if problems:
        raise invalid(name, problems[0])
    return str(value)


def upload_options(values: Mapping[str, Any]) -> UploadOptions:
    """The options of an upload (`values` as the catalogue names them), checked (400 otherwise)."""
    given = {name: values[name] for name in _OPTION_NAMES if is_given(values.get(name))}
    return UploadOptions(
        filename=_filename(given["filename"]) if "filename" in given else None,
        reference=_text(given["reference"], "reference", MAX_REFERENCE) if "reference" in given else None,
        format=_choice("format", given["format"]) if "format" in given else "native",
        expiration=_choice("expiration", given["expiration"]) if "expiration" in given else "30d",
        permission=_choice("permission", given["permission"]) if "permission" in given else "public",
        tags=_tags(given["tags"]) if "tags" in given else (),
    )


def _check_format(format: str, found: FileType) -> None:
    if format == "ptt" and found.kind != "audio":
        raise invalid("format", f"format ptt (a voice note) needs an audio file; this file is {found.mime}")
    if format == "gif" and not (found.kind == "video" or found.mime == "image/gif"):
        raise invalid("format", f"format gif needs a video or a GIF; this file is {found.mime}")


def _strings(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    given = values.get(name) or ()
    return (given,) if isinstance(given, str) else tuple(str(v) for v in given)


def _instant(values: Mapping[str, Any], name: str) -> datetime | None:
    return parse_instant(str(values[name]), name) if values.get(name) else None


def _whole(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _size_range(text: str) -> tuple[int | None, int | None]:
    low, comma, high = text.partition(",")
    try:
        bounds = (int(low) if low.strip() else None, int(high) if high.strip() else None)
    except ValueError:
        bounds = (-1, None)
    if not comma or any(b is not None and b < 0 for b in bounds) or bounds == (None, None):
        raise invalid("filesize", f"filesize must be 'min,max' in bytes (either may be empty), got {text!r}")
    return bounds


def too_large(limit: int) -> ApiProblem:
    message = f"the file is larger than this server's limit of {limit} bytes"
    return ApiProblem(413, "file_too_large", message, [{"field": "file", "message": message}])


class _MemoryWriter:
    """A `BlobWriter` in memory that refuses more than `limit` bytes (a 400 naming `field`)."""

    def __init__(self, field: str, limit: int) -> None:
        self.field, self.limit = field, limit
        self.data = bytearray()

    @property
    def size(self) -> int:
        return len(self.data)

    async def write(self, data: bytes) -> None:
        if len(self.data) + len(data) > self.limit:
            size = (
                f"{self.limit // 2**20} MB ({self.limit} bytes)"
                if self.limit % 2**20 == 0
                else f"{self.limit} bytes"
            )
            raise invalid(self.field, f"what {self.field} holds must be at most {size}")
        self.data.extend(data)

    async def finish(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    async def head(self, size: int) -> bytes:
        return bytes(self.data[:size])

    @property
    def path(self) -> Path | None:
        return None

    async def commit(self) -> str:
        return await self.finish()

    async def discard(self) -> None:
        self.data.clear()


def _fetch_failed(message: str) -> ApiProblem:
    return ApiProblem(400, "fetch_failed", message, [{"field": "url", "message": message}])


def _policy(reason: str) -> str:
    return reason.replace("by webhooks", "by this server").replace("(webhook_allow)", "(file_fetch_allow)")


class FileService:
    """Stores, reads, changes and deletes an account's files; see the module docstring."""

    def __init__(
        self,
        settings: Settings,
        database: Database,
        clock: Clock,
        numbers: NumberService,
        blobs: BlobStore,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._settings = settings
        self._files = FileStore(database)
        self._clock = clock
        self._numbers = numbers
        self.blobs = blobs
        self._transport = transport
        self._locks = [asyncio.Lock() for _ in range(_LOCKS)]

    @property
    def max_bytes(self) -> int:
        return self._settings.file_max_bytes

    def _lock(self, sha256: str) -> asyncio.Lock:
        return self._locks[int(sha256[:8], 16) % _LOCKS]

    # uploading
    def writer(self) -> BlobWriter:
        return self.blobs.writer()

    async def receive(self, writer: BlobWriter, data: bytes) -> None:
        """Bytes of an upload: written, or a 413 once they pass the limit."""
        if writer.size + len(data) > self.max_bytes:
            raise too_large(self.max_bytes)
        await writer.write(data)

    async def keep(
        self,
        account: Account,
        writer: BlobWriter,
        options: UploadOptions,
        *,
        declared: str = "",
        name: str = "",
        origin: str = "upload",
        source_url: str | None = None,
    ) -> tuple[dict[str, Any], bool]:
        """The bytes written (all of them), checked and kept: the file's view, and whether it is
        new (False: the account had these bytes already). The writer is discarded on a refusal."""
        try:
            if writer.size == 0:
                raise ApiProblem(
                    400,
                    "empty_file",
                    "the file is empty",
                    [{"field": "file", "message": "the file is empty"}],
                )
            sha256 = await writer.finish()
            head = await writer.head(HEAD_SIZE)
            names = await self._zip_names(writer) if head.startswith(b"PK\x03\x04") else None
            filename = options.filename or _given_name(name)
            found = detect(head, names, filename)
            if declared and contradicts(declared, found):
                message = f"the file was declared {normal_mime(declared)} but its content is {found.mime}"
                raise ApiProblem(400, "type_mismatch", message, [{"field": "file", "message": message}])
            _check_format(options.format, found)
            now = self._clock.now()
            async with self._lock(sha256):
                existing = await self._files.by_sha256(account.id, sha256, now)
                if existing is not None:
                    await writer.discard()
                    return file_view(existing), False
                await writer.commit()
                file = StoredFile(
                    id=new_id(),
                    account_id=account.id,
                    filename=filename or f"file.{found.ext}",
                    ext=found.ext,
                    mime=found.mime,
                    kind=found.kind,
                    format=options.format,
                    size=writer.size,
                    sha256=sha256,
                    origin=origin,
                    source_url=source_url,
                    reference=options.reference,
                    tags=list(options.tags),
                    message=None,
                    permission=options.permission,
                    status="ready",
                    owner=None,
                    expires_at=now + _duration(options.expiration),
                    created_at=now,
                    updated_at=now,
                )
                try:
                    await self._files.add(file)
                except BaseException:
                    if not await self._files.referenced(sha256):
                        await self.blobs.delete(sha256)
                    raise
            await self._purge()
            return file_view(file), True
        except BaseException:
            await writer.discard()
            raise

    async def _zip_names(self, writer: BlobWriter) -> list[str]:
        path = writer.path
        if path is None:
            return []

        def names() -> list[str]:
            try:
                with zipfile.ZipFile(path) as archive:
                    return archive.namelist()
            except (zipfile.BadZipFile, OSError):
                return []

        return await anyio.to_thread.run_sync(names)

    async def upload_url(self, account: Account, values: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
        """`uploadFile` with a JSON body: the file at `url`, fetched."""
        options = upload_options(values)
        url = values.get("url")
        if not isinstance(url, str) or not url.strip():
            raise invalid("url", "url is required: the http(s) URL of the file to store")
        url = url.strip()
        allow = self._settings.file_fetch_allow
        refused = check_url(url, allow)
        if refused is not None:
            raise invalid("url", f"url cannot be fetched: {_policy(refused)}, got {url[:100]!r}")
        writer = self.writer()
        try:
            declared_name = await self._fetch(url, writer)
        except BaseException:
            await writer.discard()
            raise
        return await self.keep(account, writer, options, name=declared_name, origin="remote", source_url=url)

    async def fetch_bytes(self, url: str, field: str, limit: int) -> bytes:
        """The bytes at `url`, fetched as an upload by URL is (the same address policy, redirects
        checked), at most `limit` (else a 400); every refusal names `field`."""
        refused = check_url(url, self._settings.file_fetch_allow)
        if refused is not None:
            raise invalid(field, f"{field} cannot be fetched: {_policy(refused)}, got {url[:100]!r}")
        writer = _MemoryWriter(field, limit)
        try:
            await self._fetch(url, writer)
        except ApiProblem as problem:  # its field is the upload's `url`
            errors = [{"field": field, "message": problem.message}]
            raise ApiProblem(problem.status, problem.error, problem.message, errors) from None
        return bytes(writer.data)

    async def _fetch(self, url: str, writer: BlobWriter) -> str:
        """Stream the file at `url` (redirects checked) into `writer`; answers the name its URL
        gives (the last path segment), else ""."""
        allow = self._settings.file_fetch_allow
        timeout = self._settings.file_fetch_timeout_seconds
        async with httpx.AsyncClient(
            transport=self._transport, follow_redirects=False, timeout=timeout, trust_env=False
        ) as http:
            for _ in range(MAX_REDIRECTS + 1):
                refused = await resolve_allowed(url, allow)
                if refused is not None:
                    host = urlsplit(url).hostname or ""
                    if refused.startswith(f"{host} could not be resolved"):
                        raise _fetch_failed(f"the file could not be fetched: {refused}")
                    raise invalid("url", f"url cannot be fetched: {_policy(refused)}, got {url[:100]!r}")
                try:
                    headers = {"Accept": "*/*", "Accept-Encoding": "identity"}
                    async with http.stream("GET", url, headers=headers) as response:
                        if response.is_redirect and "location" in response.headers:
                            url = urljoin(url, response.headers["location"])
                            if (why := check_url(url, allow)) is not None:
                                raise invalid(
                                    "url", f"url redirects where it cannot be fetched: {_policy(why)}"
                                )
                            continue
                        if not response.is_success:
                            raise _fetch_failed(
                                f"the file could not be fetched: the URL answered {response.status_code}"
                            )
                        length = response.headers.get("content-length", "")
                        if length.isdigit() and int(length) > self.max_bytes:
                            raise too_large(self.max_bytes)
                        async for chunk in response.aiter_bytes():
                            await self.receive(writer, chunk)
                        return unquote(PurePosixPath(urlsplit(url).path).name)
                except httpx.TimeoutException:
                    raise _fetch_failed(
                        f"the file could not be fetched: no answer within {timeout:g} s"
                    ) from None
                except httpx.HTTPError as error:
                    reason = str(error) or type(error).__name__
                    raise _fetch_failed(f"the file could not be fetched: {reason}") from None
            raise _fetch_failed(f"the file could not be fetched: more than {MAX_REDIRECTS} redirects")

    # reading
    async def require(self, account: Account, file_id: str) -> StoredFile:
        """The account's live file `file_id`, else a 404 (for every resource naming a file)."""
        file = await self._files.get(account.id, file_id, self._clock.now())
        if file is None:
            raise not_found("file", file_id)
        return file

    async def get(self, account: Account, file_id: str) -> dict[str, Any]:
        return file_view(await self.require(account, file_id))

    async def search(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        paging = page_and_size(values, default_size=20)
        if values.get("device"):
            await self._numbers.require(account, str(values["device"]))
        where = self._filter(values)
        if paging is None:
            return []
        page, size = paging
        found = await self._files.page(account.id, where, self._clock.now(), page, size)
        return [file_view(f) for f in found]

    def _filter(self, values: Mapping[str, Any]) -> FileFilter:
        low, high = _size_range(str(values["filesize"])) if values.get("filesize") else (None, None)
        return FileFilter(
            ids=_strings(values, "ids"),
            search=values.get("search") or None,
            filename=values.get("filename") or None,
            after=_instant(values, "after"),
            before=_instant(values, "before"),
            formats=_strings(values, "format"),
            tags=_strings(values, "tags"),
            sha256=tuple(s.lower() for s in _strings(values, "sha2")),
            reference=values.get("reference") or None,
            statuses=_strings(values, "status"),
            origin=values.get("origin") or None,
            mimes=tuple(normal_mime(m) for m in _strings(values, "mime")),
            kinds=_strings(values, "kind"),
            exts=tuple(e.lower().lstrip(".") for e in _strings(values, "ext")),
            permission=values.get("permission") or None,
            owners=_strings(values, "owner"),
            min_size=low,
            max_size=high,
        )

    async def preview(self, account: Account, file_id: str) -> Download:
        file = await self.require(account, file_id)
        if file.kind != "image":
            message = (
                f"a preview is an image, and this file is {file.mime}: this server previews "
                "images only (download the file instead)"
            )
            raise ApiProblem(406, "no_preview", message)
        return await self._download(file)

    async def _download(self, file: StoredFile) -> Download:
        try:
            return Download(file, await self.blobs.open(file.sha256))
        except FileNotFoundError:
            message = f"the bytes of file {file.id!r} are missing from this server's storage"
            raise ApiProblem(500, "blob_missing", message) from None

    async def download(self, account: Account, file_id: str) -> Download:
        return await self._download(await self.require(account, file_id))

    # changing
    async def update(self, account: Account, file_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        given = {name: values[name] for name in _UPDATE_NAMES if is_given(values.get(name))}
        if not given:
            raise invalid("body", f"give at least one of {', '.join(_UPDATE_NAMES)} to change")
        options = upload_options(given)
        now = self._clock.now()
        changes: dict[str, Any] = {"updated_at": now}
        if "filename" in given:
            changes["filename"] = options.filename
        if "reference" in given:
            changes["reference"] = options.reference
        if "tags" in given:
            changes["tags"] = list(options.tags)
        if "permission" in given:
            changes["permission"] = options.permission
        if "expiration" in given:
            changes["expires_at"] = now + _duration(options.expiration)
        if "message" in given:
            changes["message"] = _text(given["message"], "message", MAX_MESSAGE)
        if "format" in given:
            file = await self.require(account, file_id)
            _check_format(options.format, FileType(file.mime, file.ext, file.kind))
            changes["format"] = options.format
        changed = await self._files.change(account.id, file_id, changes, now)
        if changed is None:
            raise not_found("file", file_id)
        return file_view(changed)

    async def delete(self, account: Account, file_id: str) -> dict[str, Any]:
        deleted = await self._files.delete_matching(
            account.id, FileFilter(ids=(file_id,)), self._clock.now(), 1
        )
        if not deleted:
            raise not_found("file", file_id)
        await self._release(deleted)
        await self._purge()
        return {"id": file_id, "deleted": True}

    async def delete_many(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        limit = values.get("limit", 100)
        if not _whole(limit) or not 1 <= limit <= DELETE_MAX:
            raise invalid("limit", f"limit must be a whole number, 1 to {DELETE_MAX}, got {limit!r}")
        given = [name for name in _DELETE_FILTERS if is_given(values.get(name))]
        if not given:
            shown = ", ".join(_DELETE_FILTERS)
            message = f"give at least one filter ({shown}): deleteFiles never deletes everything"
            raise invalid("body", message)
        size = values.get("size")
        if size is not None and (not _whole(size) or size < 0):
            raise invalid("size", f"size must be a whole number of bytes, 0 or more, got {size!r}")
        for kind in _strings(values, "kind"):
            if kind not in KINDS:
                raise invalid("kind", f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        where = FileFilter(
            ids=_strings(values, "ids"),
            filename=values.get("filename") or None,
            after=_instant(values, "after"),
            before=_instant(values, "before"),
            expires_before=_instant(values, "expires"),
            formats=_strings(values, "format"),
            tags=_strings(values, "tags"),
            sha256=tuple(s.lower() for s in _strings(values, "sha2")),
            origin=values.get("origin") or None,
            mimes=tuple(normal_mime(m) for m in _strings(values, "mime")),
            kinds=_strings(values, "kind"),
            exts=tuple(e.lower().lstrip(".") for e in _strings(values, "ext")),
            permission=values.get("permission") or None,
            owners=_strings(values, "owner"),
            min_size=int(size) + 1 if size is not None else None,
        )
        deleted = await self._files.delete_matching(account.id, where, self._clock.now(), int(limit))
        await self._release(deleted)
        await self._purge()
        return {"deleted": len(deleted), "ids": [f.id for f in deleted]}

    async def _release(self, files: Sequence[StoredFile]) -> None:
        """The bytes of deleted files, deleted where no other file names them."""
        for sha256 in dict.fromkeys(f.sha256 for f in files):
            async with self._lock(sha256):
                if not await self._files.referenced(sha256):
                    await self.blobs.delete(sha256)

    async def _purge(self) -> None:
        """Expired files (of any account) removed, a batch at a time."""
        expired = await self._files.purge_expired(self._clock.now(), PURGE_BATCH)
        await self._release(expired)
