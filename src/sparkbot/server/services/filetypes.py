"""A file's type from its first bytes (magic numbers), never from its name or a declared type.

`detect(head, zip_names, filename)` answers a `FileType` (MIME type, extension, kind). Recognised:
PNG, JPEG, GIF, WEBP, BMP, PDF, MP4/MOV/3GP/M4A (ISO media `ftyp`), WEBM/MKV, OGG (Opus), MP3,
AAC, WAV, and ZIP containers told apart by their entries (docx, xlsx, pptx, else zip). Bytes that
are none of these are text when the first 8 KiB decode as UTF-8 without NUL (`text/plain`, or
`text/csv`/`application/json`/`text/markdown` when the name says so: a text is a text whatever its
name), else `application/octet-stream` (kind `file`).

A declared type (a multipart part's `Content-Type`) is checked against the content
(`contradicts`): `application/octet-stream` or none declares nothing; a text type matches text;
otherwise it must be the detected type (aliases like `image/jpg`, `audio/mp3` allowed)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["HEAD_SIZE", "KINDS", "FileType", "contradicts", "detect", "normal_mime"]

HEAD_SIZE = 8192
KINDS = ("image", "video", "audio", "document", "file")


@dataclass(frozen=True, slots=True)
class FileType:
    mime: str
    ext: str
    kind: str


_ALIASES = {
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "audio/mp3": "audio/mpeg",
    "audio/mpeg3": "audio/mpeg",
    "audio/x-mp3": "audio/mpeg",
    "audio/opus": "audio/ogg",
    "audio/x-wav": "audio/wav",
    "audio/wave": "audio/wav",
    "audio/x-m4a": "audio/mp4",
    "audio/m4a": "audio/mp4",
    "application/x-pdf": "application/pdf",
    "application/x-zip-compressed": "application/zip",
}
_TEXT_BY_NAME = {
    "csv": FileType("text/csv", "csv", "document"),
    "json": FileType("application/json", "json", "document"),
    "md": FileType("text/markdown", "md", "document"),
}
_TEXT = FileType("text/plain", "txt", "document")
_BINARY = FileType("application/octet-stream", "bin", "file")
_OFFICE = {
    "word/": FileType(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "document"
    ),
    "xl/": FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "document"),
    "ppt/": FileType(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "document"
    ),
}
_ZIP = FileType("application/zip", "zip", "file")
_MP3_SYNC = (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xfa", b"\xff\xe3")


def normal_mime(mime: str) -> str:
    """`image/JPG; q=1` -> `image/jpeg`: lower case, parameters dropped, aliases resolved."""
    base = mime.split(";", 1)[0].strip().lower()
    return _ALIASES.get(base, base)


def _media(head: bytes) -> FileType | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileType("image/png", "png", "image")
    if head.startswith(b"\xff\xd8\xff"):
        return FileType("image/jpeg", "jpg", "image")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileType("image/gif", "gif", "image")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileType("image/webp", "webp", "image")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return FileType("audio/wav", "wav", "audio")
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return FileType("image/bmp", "bmp", "image")
    if head.startswith(b"%PDF-"):
        return FileType("application/pdf", "pdf", "document")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"M4A ", b"M4B "):
            return FileType("audio/mp4", "m4a", "audio")
        if brand == b"qt  ":
            return FileType("video/quicktime", "mov", "video")
        if brand.startswith(b"3gp"):
            return FileType("video/3gpp", "3gp", "video")
        return FileType("video/mp4", "mp4", "video")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return FileType("video/webm", "webm", "video")
    if head.startswith(b"OggS"):
        return FileType("audio/ogg", "ogg", "audio")
    if head.startswith(b"ID3") or head[:2] in _MP3_SYNC:
        return FileType("audio/mpeg", "mp3", "audio")
    if head[:2] in (b"\xff\xf1", b"\xff\xf9"):
        return FileType("audio/aac", "aac", "audio")
    return None


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3  # a character cut at the end of the sample
    return True


def detect(head: bytes, zip_names: Collection[str] | None = None, filename: str = "") -> FileType:
    """The type of bytes starting with `head`; `zip_names`: a ZIP's entry names, when it is one."""
    media = _media(head)
    if media is not None:
        return media
    if head.startswith(b"PK\x03\x04"):
        for prefix, found in _OFFICE.items():
            if any(name.startswith(prefix) for name in zip_names or ()):
                return found
        return _ZIP
    if head and _is_text(head):
        extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
        return _TEXT_BY_NAME.get(extension, _TEXT)
    return _BINARY


def contradicts(declared: str, found: FileType) -> bool:
    """A declared type the content is not (see the module docstring)."""
    mime = normal_mime(declared)
    if not mime or mime == "application/octet-stream":
        return False
    if found.mime.startswith("text/") or found.mime == "application/json":
        return not (mime.startswith("text/") or mime == "application/json")
    return mime != found.mime
