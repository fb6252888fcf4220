"""Files (8 operations) with the real client over the app, on SQLite and PostgreSQL: uploads (multipart
and by URL, from a real HTTP server on loopback), the type from the content, deduplication,
expiration, search filters, preview and download bytes, deletes, bad files storing nothing, and
another account's files answering 404."""

from __future__ import annotations

import hashlib
import io
import socket
import zipfile
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from sparkbot import APIStatusError
from sparkbot.server import ManualClock, Settings
from sparkbot.server.db.models import Message, StoredFile
from sparkbot.server.services.views import iso

from .fileserver import Served, serving
from .harness import KEY, Server, running

LIMIT = 3_000_000  # the server's file_max_bytes in these tests
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
PDF = b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 30 + b"%%EOF\n"
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\xff\xfb\x90\x00" * 500
CSV = b"name,phone\nAna,+447362053576\nBo,+447362053577\n"
MISSING = "0123456789abcdef01234567"


@pytest.fixture
async def server(settings: Settings, clock: ManualClock) -> AsyncIterator[Server]:
    async with running(replace(settings, file_max_bytes=LIMIT), clock) as started:
        yield started


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


async def _upload(
    server: Server,
    content: bytes,
    filename: str = "photo.png",
    mime: str = "image/png",
    key: str | None = None,
    **fields: Any,
) -> httpx.Response:
    """A multipart upload (the client sends uploads by URL only)."""
    files = {"file": (filename, content, mime)}
    if key is None:
        return await server.client.post("/v1/files", files=files, data=fields)
    async with server.client_for(key) as client:
        return await client.post("/v1/files", files=files, data=fields)


async def _uploaded(
    server: Server, content: bytes, filename: str, mime: str, **fields: Any
) -> dict[str, Any]:
    response = await _upload(server, content, filename, mime, **fields)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _rows(server: Server) -> int:
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(StoredFile)) or 0)


def _blobs(server: Server) -> list[Path]:
    """Every file under the blob directory (temporary uploads too)."""
    root = server.services.settings.data_dir / "blobs"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_upload_file_multipart_then_get_download_and_preview(server: Server) -> None:
    response = await _upload(server, PNG, "holiday.png", "image/png", reference="trip", tags=["a", "b,c"])
    assert response.status_code == 201, response.text
    view = response.json()
    now = server.clock.now()
    assert view == {
        "id": view["id"],
        "filename": "holiday.png",
        "ext": "png",
        "mime": "image/png",
        "kind": "image",
        "format": "native",
        "size": len(PNG),
        "sha2": hashlib.sha256(PNG).hexdigest(),
        "status": "ready",
        "origin": "upload",
        "url": None,
        "reference": "trip",
        "tags": ["a", "b", "c"],
        "message": None,
        "permission": "public",
        "owner": None,
        "expiresAt": iso(now + timedelta(days=30)),
        "createdAt": iso(now),
        "updatedAt": iso(now),
    }
    files = server.sdk().outbound_files
    assert await files.get_file(view["id"]) == view
    download = await files.download_file(view["id"])
    assert download.content == PNG
    assert download.content_type == "image/png"
    raw = await server.client.get(f"/v1/files/{view['id']}/download")
    assert raw.headers["content-disposition"] == "attachment; filename*=UTF-8''holiday.png"
    assert raw.headers["content-length"] == str(len(PNG))
    preview = await files.preview_file(view["id"])
    assert (preview.content, preview.content_type) == (PNG, "image/png")
    assert _blobs(server) == [server.services.settings.data_dir / "blobs" / view["sha2"][:2] / view["sha2"]]
    assert _blobs(server)[0].read_bytes() == PNG


async def test_the_type_comes_from_the_content_not_the_name(server: Server) -> None:
    pdf = await _uploaded(server, PDF, "photo.png", "application/octet-stream")
    assert (pdf["filename"], pdf["mime"], pdf["ext"], pdf["kind"]) == (
        "photo.png",
        "application/pdf",
        "pdf",
        "document",
    )
    docx = await _uploaded(
        server,
        _docx(),
        "letter.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    assert (docx["ext"], docx["kind"]) == ("docx", "document")
    csv = await _uploaded(server, CSV, "contacts.csv", "text/csv")
    assert (csv["mime"], csv["ext"], csv["kind"]) == ("text/csv", "csv", "document")
    mp3 = await _uploaded(server, MP3, "voice", "audio/mp3", format="ptt")
    assert (mp3["mime"], mp3["ext"], mp3["kind"], mp3["format"]) == ("audio/mpeg", "mp3", "audio", "ptt")
    with pytest.raises(APIStatusError) as caught:
        await server.sdk().outbound_files.preview_file(pdf["id"])
    assert (caught.value.status, caught.value.code) == (406, "no_preview")


async def test_upload_file_by_url_with_the_real_client(server: Server) -> None:
    served = {"/docs/Q1%20report.pdf": Served(PDF, "application/pdf")}
    with serving(served) as remote:
        url = remote.url("/docs/Q1%20report.pdf")
        files = server.sdk().outbound_files
        view = await files.upload_file(url=url, tags=["q1"], reference="r-1", expiration="1d")
    assert view["filename"] == "Q1 report.pdf"
    assert (view["origin"], view["url"], view["mime"], view["size"]) == (
        "remote",
        url,
        "application/pdf",
        len(PDF),
    )
    assert view["expiresAt"] == iso(server.clock.now() + timedelta(days=1))
    assert (await files.download_file(view["id"])).content == PDF
    assert [f["id"] for f in await files.search_files(origin="remote")] == [view["id"]]


async def test_a_redirect_is_followed_when_allowed(server: Server) -> None:
    with serving({"/a": Served(b"", status=302), "/b.png": Served(PNG, "image/png")}) as remote:
        remote.files["/a"].headers["Location"] = "/b.png"
        response = await server.client.post("/v1/files", json={"url": remote.url("/a")})
    assert response.status_code == 201, response.text
    assert (response.json()["filename"], response.json()["kind"]) == ("b.png", "image")


async def test_the_same_bytes_are_stored_once(server: Server) -> None:
    first = await _upload(server, PNG, "one.png")
    again = await _upload(server, PNG, "two.png", tags=["ignored"])
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()  # the file the account has, as it is
    _, other_key = await server.services.accounts.create("other")
    theirs = await _upload(server, PNG, "theirs.png", key=other_key)
    assert theirs.status_code == 201
    assert theirs.json()["id"] != first.json()["id"]
    assert await _rows(server) == 2
    assert len(_blobs(server)) == 1  # one copy of the bytes for both accounts
    await server.sdk().outbound_files.delete_file(first.json()["id"])
    assert len(_blobs(server)) == 1  # the other account's file still names them
    await server.sdk(other_key).outbound_files.delete_file(theirs.json()["id"])
    assert (_blobs(server), await _rows(server)) == ([], 0)


async def test_search_files_filters(server: Server) -> None:
    files = server.sdk().outbound_files
    png = await _uploaded(server, PNG, "beach.png", "image/png", tags=["summer", "b"], reference="ref-png")
    await server.clock.advance(1)
    pdf = await _uploaded(server, PDF, "invoice.pdf", "application/pdf", tags=["bills"])
    await server.clock.advance(1)
    csv = await _uploaded(server, CSV, "contacts.csv", "text/csv", permission="private")
    await server.clock.advance(1)
    mp3 = await _uploaded(server, MP3, "note.mp3", "audio/mpeg", format="ptt")

    async def ids(**filters: Any) -> list[str]:
        return [f["id"] for f in await files.search_files(**filters)]

    assert await ids() == [mp3["id"], csv["id"], pdf["id"], png["id"]]  # newest first
    assert await ids(kind=["image"]) == [png["id"]]
    assert await ids(kind=["image", "audio"]) == [mp3["id"], png["id"]]
    assert await ids(mime=["audio/mp3"]) == [mp3["id"]]
    assert await ids(ext=["pdf", "mp3"]) == [mp3["id"], pdf["id"]]
    assert await ids(tags=["b"]) == [png["id"]]
    assert await ids(search="CONTACTS") == [csv["id"]]
    assert await ids(search="bills") == [pdf["id"]]  # a tag
    assert await ids(search="ref-p") == [png["id"]]  # the reference
    assert await ids(filename="NOTE") == [mp3["id"]]
    assert await ids(filename="holiday") == []
    assert await ids(sha2=pdf["sha2"]) == [pdf["id"]]
    assert await ids(reference="ref-png") == [png["id"]]
    assert await ids(origin="remote") == []
    assert await ids(format=["ptt"]) == [mp3["id"]]
    assert await ids(permission="private") == [csv["id"]]
    assert await ids(status=["ready"]) == await ids()
    assert await ids(status=["failed"]) == []
    assert await ids(filesize=f"{len(PDF)},{len(PDF)}") == [pdf["id"]]
    assert len(PNG) > len(MP3) > len(PDF) > len(CSV)
    assert await ids(filesize=f"{len(MP3)},") == [mp3["id"], png["id"]]
    assert await ids(filesize=f",{len(PDF)}") == [csv["id"], pdf["id"]]
    assert await ids(after=pdf["createdAt"]) == [mp3["id"], csv["id"]]
    assert await ids(before=pdf["createdAt"]) == [png["id"]]
    assert await ids(ids=[png["id"], MISSING]) == [png["id"]]
    assert await ids(size=2, page=1) == [pdf["id"], png["id"]]
    number = await server.create_number()
    assert await ids(device=number["id"]) == await ids()  # files are every number's
    with pytest.raises(APIStatusError) as caught:
        await files.search_files(device=MISSING)
    assert caught.value.status == 404
    with pytest.raises(APIStatusError) as caught:
        await files.search_files(filesize="big")
    assert (caught.value.status, caught.value.errors[0]["field"]) == (400, "filesize")


async def test_update_file(server: Server) -> None:
    files = server.sdk().outbound_files
    png = await _uploaded(server, PNG, "a.png", "image/png", tags=["x"])
    await server.clock.advance(5)
    view = await files.update_file(
        png["id"],
        filename="b.png",
        tags=["y", "z"],
        message="Our new menu",
        permission="readonly",
        expiration="1h",
        reference="menu",
    )
    now = server.clock.now()
    assert {k: view[k] for k in ("filename", "tags", "message", "permission", "reference")} == {
        "filename": "b.png",
        "tags": ["y", "z"],
        "message": "Our new menu",
        "permission": "readonly",
        "reference": "menu",
    }
    assert (view["expiresAt"], view["updatedAt"], view["createdAt"]) == (
        iso(now + timedelta(hours=1)),
        iso(now),
        png["createdAt"],
    )
    assert await files.get_file(png["id"]) == view
    refused: list[dict[str, Any]] = [{"format": "ptt"}, {}, {"filename": "   "}]
    for bad in refused:
        with pytest.raises(APIStatusError) as caught:
            await files.update_file(png["id"], **bad)
        assert caught.value.status == 400, bad
    assert await files.get_file(png["id"]) == view


async def test_an_expired_file_is_gone_and_purged(server: Server) -> None:
    files = server.sdk().outbound_files
    short = await _uploaded(server, PNG, "a.png", "image/png", expiration="10m")
    await server.clock.advance(601)
    with pytest.raises(APIStatusError) as caught:
        await files.get_file(short["id"])
    assert caught.value.status == 404
    assert await files.search_files() == []
    assert await _rows(server) == 1  # not purged yet
    await _uploaded(server, PDF, "b.pdf", "application/pdf")
    assert await _rows(server) == 1  # the upload purged the expired file and its bytes
    assert [p.name for p in _blobs(server)] == [hashlib.sha256(PDF).hexdigest()]


async def test_delete_file_and_delete_files(server: Server) -> None:
    files = server.sdk().outbound_files
    png = await _uploaded(server, PNG, "a.png", "image/png")
    pdf = await _uploaded(server, PDF, "b.pdf", "application/pdf", tags=["old"])
    csv = await _uploaded(server, CSV, "c.csv", "text/csv", tags=["old"])
    mp3 = await _uploaded(server, MP3, "d.mp3", "audio/mpeg")
    assert await files.delete_file(png["id"]) == {"id": png["id"], "deleted": True}
    with pytest.raises(APIStatusError) as caught:
        await files.delete_file(png["id"])
    assert caught.value.status == 404
    with pytest.raises(APIStatusError) as caught:
        await files.delete_files()
    assert caught.value.status == 400
    assert await files.delete_files(tags=["old"], limit=1) == {"deleted": 1, "ids": [pdf["id"]]}
    assert await files.delete_files(tags=["old"], kind=["image"]) == {"deleted": 0, "ids": []}
    assert await files.delete_files(ids=[csv["id"], mp3["id"], MISSING]) == {
        "deleted": 2,
        "ids": [csv["id"], mp3["id"]],
    }
    assert (await files.search_files(), await _rows(server), _blobs(server)) == ([], 0, [])


async def test_bad_files_are_refused_and_nothing_is_stored(server: Server) -> None:
    refusals: list[tuple[int, str, str]] = []

    def refused(response: httpx.Response) -> None:
        body = response.json()
        refusals.append((response.status_code, body["error"], body["errors"][0]["field"]))

    refused(await _upload(server, PDF, "photo.png", "image/png"))  # declared wrong
    refused(await _upload(server, b"", "empty.png", "image/png"))
    refused(await _upload(server, PNG + b"\0" * (LIMIT - len(PNG) + 1), "big.png", "image/png"))
    refused(await _upload(server, b"\0" * (LIMIT + 1_000_000), "bigger.bin"))  # by its Content-Length
    refused(await _upload(server, PNG, "a.png", format="ptt"))
    refused(await _upload(server, PNG, "a.png", expiration="3w"))
    refused(await server.client.post("/v1/files", json={"url": "http://169.254.169.254/latest/meta-data/"}))
    refused(await server.client.post("/v1/files", json={"url": "http://metadata.google.internal/x.png"}))
    refused(await server.client.post("/v1/files", json={"url": "file:///etc/passwd"}))
    refused(await server.client.post("/v1/files", json={"url": f"http://127.0.0.1:{_closed_port()}/a.png"}))
    with serving({"/gone.png": Served(b"", status=302)}) as remote:
        remote.files["/gone.png"].headers["Location"] = "http://169.254.169.254/"
        refused(await server.client.post("/v1/files", json={"url": remote.url("/gone.png")}))
        refused(await server.client.post("/v1/files", json={"url": remote.url("/missing.png")}))
        big = Served(b"\0" * (LIMIT + 1), "image/png")
        remote.files["/big.png"] = big
        refused(await server.client.post("/v1/files", json={"url": remote.url("/big.png")}))
    assert refusals == [
        (400, "type_mismatch", "file"),
        (400, "empty_file", "file"),
        (413, "file_too_large", "file"),
        (413, "file_too_large", "file"),
        (400, "invalid_parameter", "format"),
        (400, "invalid_parameter", "expiration"),
        (400, "invalid_parameter", "url"),
        (400, "invalid_parameter", "url"),
        (400, "invalid_parameter", "url"),
        (400, "fetch_failed", "url"),
        (400, "invalid_parameter", "url"),
        (400, "fetch_failed", "url"),
        (413, "file_too_large", "file"),
    ]
    assert (await _rows(server), _blobs(server)) == (0, [])


async def test_a_malformed_multipart_body_is_a_400(server: Server) -> None:
    headers = {"Content-Type": "multipart/form-data; boundary=xyz"}
    for body in (b"--xyz\r\nContent-Disposition: form-data; name=file\r\n\r\nabc", b"no parts at all"):
        response = await server.client.post("/v1/files", content=body, headers=headers)
        assert (response.status_code, response.json()["error"]) == (400, "invalid_multipart")
    response = await server.client.post("/v1/files", files={"file": ("a.png", PNG)}, data={"color": "red"})
    assert (response.status_code, response.json()["errors"][0]["field"]) == (400, "color")
    response = await server.client.post("/v1/files", data={"reference": "no file"}, files={"x": ("", b"")})
    assert response.status_code == 400
    assert (await _rows(server), _blobs(server)) == (0, [])


async def test_another_account_gets_404_for_every_file_operation(server: Server) -> None:
    mine = await _uploaded(server, PNG, "a.png", "image/png")
    _, other_key = await server.services.accounts.create("other")
    theirs = server.sdk(other_key).outbound_files
    calls = (
        theirs.get_file(mine["id"]),
        theirs.update_file(mine["id"], filename="stolen.png"),
        theirs.preview_file(mine["id"]),
        theirs.download_file(mine["id"]),
        theirs.delete_file(mine["id"]),
    )
    for call in calls:
        with pytest.raises(APIStatusError) as caught:
            await call
        assert caught.value.status == 404
    assert await theirs.search_files() == []
    assert await theirs.search_files(ids=[mine["id"]]) == []
    assert await theirs.delete_files(ids=[mine["id"]]) == {"deleted": 0, "ids": []}
    assert await server.sdk().outbound_files.get_file(mine["id"]) == mine


async def test_a_file_id_is_checked_by_require(server: Server) -> None:
    """What other resources naming a stored file (`media.file`) use: an unknown id is a 404."""
    mine = await _uploaded(server, PNG, "a.png", "image/png")
    account = await server.services.accounts.authenticate(KEY)
    assert account is not None
    found = await server.services.files.require(account, mine["id"])
    assert found.sha256 == mine["sha2"]
    with pytest.raises(Exception, match="no file") as caught:
        await server.services.files.require(account, MISSING)
    assert getattr(caught.value, "status", None) == 404


async def test_a_send_naming_an_unknown_file_is_refused_before_queueing(server: Server) -> None:
    number = await server.create_number()
    body = {
        "device": number["id"],
        "phone": "+447362053576",
        "media": {"url": "https://example.com/a.png", "file": MISSING},
    }
    response = await server.client.post("/v1/messages", json=body)
    # the catalogue's sends take media by URL only: a file id is refused as an unknown parameter
    assert (response.status_code, response.json()["errors"][0]["field"]) == (400, "media.file")
    async with server.services.database.sessions() as session:
        assert int(await session.scalar(select(func.count()).select_from(Message)) or 0) == 0
