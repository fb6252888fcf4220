"""A streaming `multipart/form-data` reader: parts come out as they arrive, never whole in memory.

`MultipartReader(boundary).feed(chunk)` answers events: `PartStart(name, filename, content_type)`,
`PartData(bytes)` and `PartEnd()`, in order; `close()` checks that the body ended with the closing
boundary. A part's headers are at most 16 KiB; anything malformed is a `MultipartError`."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.utils import collapse_rfc2231_value

__all__ = ["MultipartError", "MultipartReader", "PartData", "PartEnd", "PartStart", "boundary_of"]

MAX_HEADERS = 16 * 1024


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


@dataclass(frozen=True, slots=True)
class PartStart:
    name: str
    filename: str | None
    content_type: str


@dataclass(frozen=True, slots=True)
class PartData:
    data: bytes


@dataclass(frozen=True, slots=True)
class PartEnd:
    pass


Event = PartStart | PartData | PartEnd


def _params(header: str) -> Message:
    message = Message()
    message["content-type"] = header
    return message


def boundary_of(content_type: str) -> str | None:
    """The boundary of a `multipart/form-data` content type, else None."""
    message = _params(content_type)
    if message.get_content_type() != "multipart/form-data":
        return None
    boundary = message.get_param("boundary")
    return boundary if isinstance(boundary, str) and 0 < len(boundary) <= 200 else None


def _part_start(raw: bytes) -> PartStart:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise MultipartError("a part's headers are not UTF-8") from None
    headers: dict[str, str] = {}
    for line in text.split("\r\n"):
        if not line:
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise MultipartError(f"a part's header line is not 'Name: value': {line[:60]!r}")
        headers[name.strip().lower()] = value.strip()
    disposition = headers.get("content-disposition", "")
    message = Message()
    message["content-disposition"] = disposition
    if message.get_content_disposition() != "form-data":
        raise MultipartError("every part needs Content-Disposition: form-data; name=...")
    field = _param(message, "name")
    if not field:
        raise MultipartError("a part has no name")
    return PartStart(field, _param(message, "filename"), headers.get("content-type", ""))


def _param(message: Message, name: str) -> str | None:
    value = message.get_param(name, header="content-disposition")
    if isinstance(value, tuple):  # RFC 2231: filename*=UTF-8''...
        return collapse_rfc2231_value(value)
    return value


class MultipartReader:
    """Push bytes in (`feed`), take events out; see the module docstring."""

    def __init__(self, boundary: str) -> None:
        self._delimiter = b"\r\n--" + boundary.encode("latin-1")
        self._buffer = bytearray(b"\r\n")  # the first delimiter has no CRLF before it
        self._state = "preamble"

    def feed(self, chunk: bytes) -> list[Event]:
        self._buffer += chunk
        events: list[Event] = []
        while True:
            if self._state == "preamble":
                at = self._buffer.find(self._delimiter)
                if at < 0:
                    keep = len(self._delimiter)
                    del self._buffer[: max(len(self._buffer) - keep, 0)]
                    return events
                del self._buffer[: at + len(self._delimiter)]
                self._state = "after_delimiter"
            elif self._state == "after_delimiter":
                if len(self._buffer) < 2:
                    return events
                if self._buffer[:2] == b"--":
                    self._state = "done"
                    self._buffer.clear()
                    return events
                if self._buffer[:2] != b"\r\n":
                    raise MultipartError("a boundary is not followed by a line break")
                del self._buffer[:2]
                self._state = "headers"
            elif self._state == "headers":
                at = self._buffer.find(b"\r\n\r\n")
                if at < 0:
                    if len(self._buffer) > MAX_HEADERS:
                        raise MultipartError(f"a part's headers are longer than {MAX_HEADERS} bytes")
                    return events
                if at > MAX_HEADERS:
                    raise MultipartError(f"a part's headers are longer than {MAX_HEADERS} bytes")
                events.append(_part_start(bytes(self._buffer[:at])))
                del self._buffer[: at + 4]
                self._state = "body"
            elif self._state == "body":
                at = self._buffer.find(self._delimiter)
                if at < 0:
                    safe = len(self._buffer) - len(self._delimiter) + 1
                    if safe > 0:
                        events.append(PartData(bytes(self._buffer[:safe])))
                        del self._buffer[:safe]
                    return events
                if at:
                    events.append(PartData(bytes(self._buffer[:at])))
                events.append(PartEnd())
                del self._buffer[: at + len(self._delimiter)]
                self._state = "after_delimiter"
            else:  # done: an epilogue is ignored
                self._buffer.clear()
                return events

    def close(self) -> None:
        if self._state != "done":
            raise MultipartError("the body ended before the closing boundary")
