"""`upload_file(file=...)` with the real async client against the real server in-process, on SQLite and
PostgreSQL: a path and bytes go up as multipart/form-data, come back whole from `download_file`, with
the name, type and options the server read from the parts."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from sparkbot import APIStatusError, ValidationError

from .harness import Server

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 300
PDF = b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 30 + b"%%EOF\n"


async def test_upload_from_a_path_then_download_the_same_bytes(server: Server, tmp_path: Path) -> None:
    photo = tmp_path / "holiday.png"
    photo.write_bytes(PNG)
    files = server.sdk().outbound_files
    view = await files.upload_file(file=photo, reference="trip", tags=["a", "b"], expiration="1d")
    assert (view["filename"], view["mime"], view["kind"], view["size"]) == (
        "holiday.png",
        "image/png",
        "image",
        len(PNG),
    )
    assert (view["origin"], view["reference"], view["tags"]) == ("upload", "trip", ["a", "b"])
    assert view["sha2"] == hashlib.sha256(PNG).hexdigest()
    download = await files.download_file(view["id"])
    assert (download.content, download.content_type) == (PNG, "image/png")
    assert (await files.get_file(view["id"]))["filename"] == "holiday.png"


async def test_upload_from_bytes_and_from_a_file_object(server: Server) -> None:
    files = server.sdk().outbound_files
    named = await files.upload_file(file=PDF, filename="Q1 report.pdf", permission="private")
    assert (named["filename"], named["mime"], named["permission"]) == (
        "Q1 report.pdf",
        "application/pdf",
        "private",
    )
    assert (await files.download_file(named["id"])).content == PDF
    unnamed = await files.upload_file(file=PNG[:-1])
    assert (unnamed["filename"], unnamed["mime"]) == ("file.png", "image/png")
    assert (await files.download_file(unnamed["id"])).content == PNG[:-1]
    again = await files.upload_file(file=io.BytesIO(PDF), filename="other.pdf")
    assert again["id"] == named["id"]  # the same bytes are stored once


async def test_refusals_keep_nothing(server: Server, tmp_path: Path) -> None:
    files = server.sdk().outbound_files
    with pytest.raises(ValidationError):
        await files.upload_file(file=PNG, url="https://example.com/a.png")
    fake = tmp_path / "fake.png"
    fake.write_bytes(PDF)
    with pytest.raises(APIStatusError) as caught:  # the type comes from the content and contradicts it
        await files.upload_file(file=fake)
    assert (caught.value.status, caught.value.code) == (400, "type_mismatch")
    assert await files.search_files() == []
