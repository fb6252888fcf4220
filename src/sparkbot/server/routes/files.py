"""Handlers of Files (8 operations), and the streaming read of a `multipart/form-data` upload. The
rules are `services/files.py`'s.

A multipart `POST /v1/files` has one part `file` (the bytes; its filename and `Content-Type`
are taken as given, the type checked against the content) and the options as text parts
(`filename`, `reference`, `format`, `expiration`, `permission`, `tags`: repeated or
comma-separated), or `url` and the options without a `file` (an upload by URL). Text parts are at
most 64 KiB each, at most 50 parts; the file's bytes go to the blob store as they arrive."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import Response, StreamingResponse

from ..db import Account
from ..intake import check_texts
from ..multipart import MultipartError, MultipartReader, PartData, PartEnd, PartStart, boundary_of
from ..problems import ApiProblem, invalid
from ..responses import JSONResponse
from ..services import Services
from ..services.files import Download, too_large, upload_options
from .base import Call, Handlers

__all__ = ["handlers", "upload_multipart"]

handlers = Handlers()

MAX_FIELD = 64 * 1024
MAX_PARTS = 50
# what a multipart body carries besides the file's bytes (boundaries, headers, text parts)
FORM_SLACK = MAX_PARTS * 1024 + 64 * 1024
_FIELDS = frozenset({"url", "filename", "reference", "format", "expiration", "permission", "tags"})


def _file(call: Call) -> str:
    return str(call.get("fileId"))


def _bad_form(message: str) -> ApiProblem:
    return ApiProblem(400, "invalid_multipart", message, [{"field": "body", "message": message}])


def _stored(stored: tuple[dict[str, Any], bool]) -> Response:
    """201 with the file, new or the account's already (an upload is idempotent)."""
    return JSONResponse(stored[0], status_code=201)


def _bytes(download: Download, disposition: str) -> Response:
    file = download.file
    name = quote(file.filename, safe="")
    headers = {
        "Content-Length": str(file.size),
        "Content-Disposition": f"{disposition}; filename*=UTF-8''{name}",
        "X-Content-Type-Options": "nosniff",
        "ETag": f'"{file.sha256}"',
    }
    return StreamingResponse(download.chunks, media_type=file.mime, headers=headers)


async def upload_multipart(request: Request, account: Account, services: Services) -> Response:
    """`uploadFile` with a `multipart/form-data` body, streamed (see the module docstring)."""
    files = services.files
    boundary = boundary_of(request.headers.get("content-type", ""))
    if boundary is None:
        raise _bad_form("a multipart/form-data body needs a boundary parameter in its Content-Type")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > files.max_bytes + FORM_SLACK:
        raise too_large(files.max_bytes)
    reader = MultipartReader(boundary)
    writer = files.writer()
    texts: dict[str, list[str]] = {}
    part: PartStart | None = None
    text = bytearray()
    declared, name, has_file, parts = "", "", False, 0
    try:
        try:
            async for chunk in request.stream():
                for event in reader.feed(chunk):
                    if isinstance(event, PartStart):
                        parts += 1
                        if parts > MAX_PARTS:
                            raise _bad_form(f"a multipart upload has at most {MAX_PARTS} parts")
                        if event.name == "file":
                            if has_file:
                                raise invalid("file", "give one file per upload: the part file came twice")
                            has_file, declared, name = True, event.content_type, event.filename or ""
                        elif event.name not in _FIELDS:
                            known = ", ".join(["file", *sorted(_FIELDS)])
                            raise invalid(event.name, f"{event.name} is not a field of an upload ({known})")
                        elif event.filename is not None:
                            raise invalid(event.name, f"{event.name} must be text, not a file")
                        part, text = event, bytearray()
                    elif isinstance(event, PartData) and part is not None:
                        if part.name == "file":
                            await files.receive(writer, event.data)
                        else:
                            text += event.data
                            if len(text) > MAX_FIELD:
                                raise invalid(part.name, f"{part.name} is longer than {MAX_FIELD} bytes")
                    elif isinstance(event, PartEnd) and part is not None:
                        if part.name != "file":
                            try:
                                texts.setdefault(part.name, []).append(text.decode("utf-8"))
                            except UnicodeDecodeError:
                                raise invalid(part.name, f"{part.name} is not UTF-8 text") from None
                        part = None
            reader.close()
        except MultipartError as error:
            raise _bad_form(f"the body is not valid multipart/form-data: {error}") from None
        values: dict[str, Any] = {}
        for field, given in texts.items():
            if field != "tags" and len(given) > 1:
                raise invalid(field, f"{field} is given {len(given)} times: give it once")
            values[field] = given if field == "tags" else given[0]
        check_texts({}, [], values)
        if not has_file:
            if "url" in values:
                await writer.discard()
                return _stored(await files.upload_url(account, values))
            raise invalid("file", "a multipart upload needs a part named file (or a url)")
        if "url" in values:
            raise invalid("url", "give a file or a url, not both")
        options = upload_options(values)
        return _stored(await files.keep(account, writer, options, declared=declared, name=name))
    except BaseException:
        await writer.discard()
        raise


@handlers.on("outbound-files.searchFiles")
async def search_files(call: Call) -> Any:
    return await call.services.files.search(call.account, call.values)


@handlers.on("outbound-files.uploadFile", status=201, stream=upload_multipart)
async def upload_file(call: Call) -> Any:
    return _stored(await call.services.files.upload_url(call.account, call.values))


@handlers.on("outbound-files.deleteFiles")
async def delete_files(call: Call) -> Any:
    return await call.services.files.delete_many(call.account, call.values)


@handlers.on("outbound-files.previewFile")
async def preview_file(call: Call) -> Any:
    return _bytes(await call.services.files.preview(call.account, _file(call)), "inline")


@handlers.on("outbound-files.downloadFile")
async def download_file(call: Call) -> Any:
    return _bytes(await call.services.files.download(call.account, _file(call)), "attachment")


@handlers.on("outbound-files.getFile")
async def get_file(call: Call) -> Any:
    return await call.services.files.get(call.account, _file(call))


@handlers.on("outbound-files.updateFile")
async def update_file(call: Call) -> Any:
    return await call.services.files.update(call.account, _file(call), call.values)


@handlers.on("outbound-files.deleteFile")
async def delete_file(call: Call) -> Any:
    return await call.services.files.delete(call.account, _file(call))
