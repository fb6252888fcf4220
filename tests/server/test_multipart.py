"""The streaming multipart reader and the type detection, as pure functions (no server)."""

from __future__ import annotations

import pytest

from sparkbot.server.multipart import (
    MultipartError,
    MultipartReader,
    PartData,
    PartEnd,
    PartStart,
    boundary_of,
)
from sparkbot.server.services.filetypes import contradicts, detect, normal_mime

BODY = (
    b"preamble\r\n--XyZ\r\n"
    b'Content-Disposition: form-data; name="reference"\r\n\r\n'
    b"trip\r\n--XyZ\r\n"
    b"Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''caf%C3%A9.png\r\n"
    b"Content-Type: image/png\r\n\r\n"
    b"\x89PNG\r\n\x1a\n\r\n--XyNOTtheboundary\r\n--X\r\n--XyZ--\r\nepilogue"
)


def _read(chunk_size: int) -> list[object]:
    reader = MultipartReader("XyZ")
    events: list[object] = []
    for at in range(0, len(BODY), chunk_size):
        events.extend(reader.feed(BODY[at : at + chunk_size]))
    reader.close()
    merged: list[object] = []  # data events joined, however the chunks fell
    for event in events:
        if isinstance(event, PartData) and merged and isinstance(merged[-1], PartData):
            merged[-1] = PartData(merged[-1].data + event.data)
        else:
            merged.append(event)
    return merged


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 64, 100_000])
def test_parts_come_out_the_same_whatever_the_chunks(chunk_size: int) -> None:
    assert _read(chunk_size) == [
        PartStart("reference", None, ""),
        PartData(b"trip"),
        PartEnd(),
        PartStart("file", "café.png", "image/png"),
        PartData(b"\x89PNG\r\n\x1a\n\r\n--XyNOTtheboundary\r\n--X"),
        PartEnd(),
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nunfinished",
        b"--XyZ\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n--XyZ--",
        b"--XyZ\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--XyZ--",
        b"--XyZjunk",
    ],
)
def test_a_malformed_body_is_an_error(body: bytes) -> None:
    def read() -> None:
        reader = MultipartReader("XyZ")
        reader.feed(body)
        reader.close()

    with pytest.raises(MultipartError):
        read()


def test_boundary_of() -> None:
    assert boundary_of('multipart/form-data; boundary="a b"') == "a b"
    assert boundary_of("multipart/form-data") is None
    assert boundary_of("application/json; boundary=x") is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n....", ("image/png", "png", "image")),
        (b"\xff\xd8\xff\xe0....", ("image/jpeg", "jpg", "image")),
        (b"GIF89a....", ("image/gif", "gif", "image")),
        (b"RIFF\0\0\0\0WEBPVP8 ", ("image/webp", "webp", "image")),
        (b"%PDF-1.4", ("application/pdf", "pdf", "document")),
        (b"\0\0\0\x18ftypmp42", ("video/mp4", "mp4", "video")),
        (b"\0\0\0\x18ftypM4A ", ("audio/mp4", "m4a", "audio")),
        (b"OggS\0\x02....OpusHead", ("audio/ogg", "ogg", "audio")),
        (b"ID3\x03\0", ("audio/mpeg", "mp3", "audio")),
        (b"PK\x03\x04....", ("application/zip", "zip", "file")),
        (b"hello, world\n", ("text/plain", "txt", "document")),
        (b"\0\x01\x02\xff", ("application/octet-stream", "bin", "file")),
    ],
)
def test_detect(head: bytes, expected: tuple[str, str, str]) -> None:
    found = detect(head)
    assert (found.mime, found.ext, found.kind) == expected


def test_office_files_by_their_entries_and_declared_types() -> None:
    assert detect(b"PK\x03\x04", ["[Content_Types].xml", "xl/workbook.xml"]).ext == "xlsx"
    assert detect(b"PK\x03\x04", ["word/document.xml"]).ext == "docx"
    assert normal_mime("Image/JPG; q=1") == "image/jpeg"
    png = detect(b"\x89PNG\r\n\x1a\n")
    assert not contradicts("", png)
    assert not contradicts("application/octet-stream", png)
    assert not contradicts("image/png", png)
    assert contradicts("application/pdf", png)
    text = detect(b"a,b\n", filename="x.csv")
    assert text.mime == "text/csv"
    assert not contradicts("text/plain", text)
    assert contradicts("image/png", text)
