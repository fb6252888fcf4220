"""`upload_file(file=...)`: a multipart/form-data request (the part `file` and the other given values as
text parts, the names the server's reader takes), JSON without a file; checked with respx and parsed
with the standard library's MIME parser, independently of httpx's encoder."""

from __future__ import annotations

import io
import json
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

import httpx
import pytest
import respx

from sparkbot import APIStatusError, AsyncSparkBot, SparkBot, ValidationError

BASE = "http://sparkbot.test/v1"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
ANSWER = {"id": "0123456789abcdef01234567", "filename": "x.png"}


def _parts(request: httpx.Request) -> tuple[str, list[Message]]:
    """The boundary and the parts of a multipart request, as MIME messages."""
    content_type = request.headers["content-type"]
    raw = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
    message = BytesParser(policy=HTTP).parsebytes(raw)
    assert message.get_content_type() == "multipart/form-data"
    boundary = message.get_param("boundary")
    assert isinstance(boundary, str)
    assert boundary
    assert request.content.startswith(b"--" + boundary.encode() + b"\r\n")
    assert request.content.endswith(b"--" + boundary.encode() + b"--\r\n")
    return boundary, [part for part in message.iter_parts() if isinstance(part, Message)]


def _field(part: Message) -> tuple[str | None, str | None, str, bytes]:
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return (
        part.get_param("name", header="content-disposition"),  # type: ignore[return-value]
        part.get_filename(),
        part.get_content_type() if part.get("content-type") else "",
        payload,
    )


@respx.mock
def test_a_path_is_sent_as_the_file_part_with_the_options_as_text_parts(tmp_path: Path) -> None:
    route = respx.post(f"{BASE}/files").mock(return_value=httpx.Response(201, json=ANSWER))
    photo = tmp_path / "holiday photo.png"
    photo.write_bytes(PNG)
    with SparkBot(api_key="k", base_url=BASE) as client:
        answer = client.outbound_files.upload_file(
            file=photo, reference="trip", tags=["a", "b"], expiration="1d", format="native"
        )
    assert answer == ANSWER
    request = route.calls.last.request
    assert request.headers["token"] == "k"
    assert request.headers["accept"] == "application/json"
    _, parts = _parts(request)
    fields = [_field(p) for p in parts]
    assert fields[-1] == ("file", "holiday photo.png", "image/png", PNG)
    assert sorted(f[:1] + f[3:] for f in fields[:-1]) == [
        ("expiration", b"1d"),
        ("format", b"native"),
        ("reference", b"trip"),
        ("tags", b"a"),
        ("tags", b"b"),
    ]
    assert all(f[1] is None for f in fields[:-1])  # text parts, not files


@respx.mock
def test_a_path_is_streamed_from_an_open_file_and_closed_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    route = respx.post(f"{BASE}/files").mock(return_value=httpx.Response(201, json=ANSWER))
    photo = tmp_path / "p.png"
    photo.write_bytes(PNG)
    opened: list[io.BufferedReader] = []
    real_open = open

    def spy(*args: object, **kwargs: object) -> io.BufferedReader:
        handle = real_open(*args, **kwargs)  # type: ignore[call-overload]
        opened.append(handle)
        return handle  # type: ignore[no-any-return]

    monkeypatch.setattr("builtins.open", spy)
    with SparkBot(api_key="k", base_url=BASE) as client:
        client.outbound_files.upload_file(file=photo)
    monkeypatch.undo()
    assert [h.name for h in opened] == [str(photo)]
    assert opened[0].closed
    assert "content-length" in route.calls.last.request.headers  # a file httpx sized, not bytes read whole


@respx.mock
async def test_bytes_and_a_filename_with_the_async_client() -> None:
    route = respx.post(f"{BASE}/files").mock(return_value=httpx.Response(201, json=ANSWER))
    async with AsyncSparkBot(api_key="k", base_url=BASE) as client:
        await client.outbound_files.upload_file(file=PNG, filename="chart.png", permission="private")
    _, parts = _parts(route.calls.last.request)
    fields = {f[0]: f for f in map(_field, parts)}
    assert fields["file"] == ("file", "chart.png", "image/png", PNG)
    assert fields["filename"] == ("filename", None, "", b"chart.png")
    assert fields["permission"][3] == b"private"


@respx.mock
def test_bytes_without_a_name_and_a_binary_file_object() -> None:
    route = respx.post(f"{BASE}/files").mock(return_value=httpx.Response(201, json=ANSWER))
    with SparkBot(api_key="k", base_url=BASE) as client:
        client.outbound_files.upload_file(file=b"name,phone\n")
        _, parts = _parts(route.calls.last.request)
        assert [_field(p) for p in parts] == [("file", None, "", b"name,phone\n")]
        client.outbound_files.upload_file(file=io.BytesIO(PNG), filename="from-stream.png")
        _, parts = _parts(route.calls.last.request)
        assert _field(parts[-1]) == ("file", "from-stream.png", "image/png", PNG)


@respx.mock
def test_without_a_file_the_body_is_json_as_before() -> None:
    route = respx.post(f"{BASE}/files").mock(return_value=httpx.Response(201, json=ANSWER))
    with SparkBot(api_key="k", base_url=BASE) as client:
        client.outbound_files.upload_file(url="https://example.com/a.png", tags="x")
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"url": "https://example.com/a.png", "tags": ["x"]}


@respx.mock
@pytest.mark.parametrize(
    ("given", "field", "message"),
    [
        ({"file": PNG, "url": "https://example.com/a.png"}, "url", "give a file or a url, not both"),
        ({}, "url", "url is required"),
        ({"file": "photo.png"}, "file", "not a str"),
        ({"file": 12}, "file", "not int"),
        ({"file": Path("/no/such/file.png")}, "file", "cannot read /no/such/file.png"),
    ],
)
def test_wrong_files_are_refused_before_sending(given: dict[str, object], field: str, message: str) -> None:
    route = respx.post(f"{BASE}/files").mock(return_value=httpx.Response(201, json=ANSWER))
    with SparkBot(api_key="k", base_url=BASE) as client, pytest.raises(ValidationError) as caught:
        client.outbound_files.upload_file(**given)  # type: ignore[arg-type]
    assert [p["field"] for p in caught.value.errors] == [field]
    assert message in caught.value.errors[0]["message"]
    assert not route.called


@respx.mock
def test_a_rewindable_upload_is_retried_whole_and_a_spent_stream_is_not(tmp_path: Path) -> None:
    route = respx.post(f"{BASE}/files").mock(
        side_effect=[httpx.Response(429, headers={"retry-after": "0"}), httpx.Response(201, json=ANSWER)]
    )
    photo = tmp_path / "p.png"
    photo.write_bytes(PNG)
    with SparkBot(api_key="k", base_url=BASE, sleep=lambda s: None) as client:
        client.outbound_files.upload_file(file=photo)
    assert route.call_count == 2
    assert _field(_parts(route.calls.last.request)[1][-1])[3] == PNG

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.data = io.BytesIO(PNG)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            return self.data.readinto(buffer)

    route.side_effect = [httpx.Response(429, headers={"retry-after": "0"})]
    with (
        SparkBot(api_key="k", base_url=BASE, sleep=lambda s: None) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.outbound_files.upload_file(file=Pipe())  # type: ignore[arg-type]
    assert caught.value.status == 429
    assert route.call_count == 3  # not sent again: the stream is spent
