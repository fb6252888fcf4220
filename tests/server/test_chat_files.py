"""Chat Files through the real client, on both backends: the list of the media a number received,
its filters, sorts and pages (never the bytes), one file's details, and the download that gives back
exactly the bytes that arrived with their content type; another account's ids answer 404; the list
reads its order from an index."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, text

from sparkbot import AsyncSparkBot
from sparkbot.server.db import ChatFile
from sparkbot.server.db.chatmessages import FileFilter, files_query

from .harness import Server
from .harness import online as _online
from .harness import refused as _refused
from .test_chat_messages import plan, prefer_indexes

ANA, ANA_WID = "+447362053576", "447362053576@c.us"
BO, BO_WID = "+447362053577", "447362053577@c.us"
GROUP = "120363012345678901@g.us"
PHOTO = b"\x89PNG\r\n\x1a\n a receipt, as the phone sent it" * 3
FIELDS = {"id", "device", "chat", "message", "flow", "type", "mimeType", "filename", "size", "sha256"}
FIELDS.add("createdAt")
STICKER = b"RIFF\x10\x00\x00\x00WEBPVP8 a sticker"


async def _inbound(server: Server, device: str, **body: Any) -> dict[str, Any]:
    body.setdefault("phone", ANA)
    response = await server.client.post(f"/sandbox/devices/{device}/inbound", json=body)
    assert response.status_code == 201, response.text
    await server.clock.advance(1)  # distinct instants: a known order
    return dict(response.json()["message"])


def _given(data: bytes, mime: str, kind: str, **media: Any) -> dict[str, Any]:
    return {"kind": kind, "data": base64.b64encode(data).decode(), "mimeType": mime, **media}


async def _state(server: Server) -> tuple[str, dict[str, dict[str, Any]]]:
    """A number that received a photo, a bill, a voice note in a group and a sticker: the number,
    and each message by name."""
    device = await _online(server)
    received = {
        "photo": await _inbound(
            server, device, media=_given(PHOTO, "image/png", "image"), message="my receipt"
        ),
        "bill": await _inbound(
            server, device, phone=BO, media={"kind": "document", "filename": "Bill_2026.pdf"}
        ),
        "voice": await _inbound(server, device, media={"kind": "voice"}, group=GROUP, groupName="Team"),
        "sticker": await _inbound(server, device, phone=BO, media=_given(STICKER, "image/webp", "sticker")),
    }
    return device, received


def _file(message: dict[str, Any]) -> str:
    return str(message["content"]["media"]["file"])


async def test_the_list_filters_sorts_and_pages_without_the_bytes(server: Server) -> None:
    device, got = await _state(server)
    bot = server.sdk()
    photo, bill, voice, sticker = (_file(got[name]) for name in ("photo", "bill", "voice", "sticker"))

    async def ids(**params: Any) -> list[str]:
        return [f["id"] for f in await bot.chat_files.get_device_files(device, **params)]

    listed = await bot.chat_files.get_device_files(device)
    assert [f["id"] for f in listed] == [sticker, voice, bill, photo]
    sizes = {f["id"]: f["size"] for f in listed}
    assert len(set(sizes.values())) == 4
    for f in listed:
        assert set(f) == FIELDS  # never the bytes
    first = listed[-1]
    assert (first["chat"], first["message"], first["flow"], first["type"]) == (
        ANA_WID,
        got["photo"]["id"],
        "in",
        "image",
    )
    assert (first["mimeType"], first["size"], first["sha256"]) == (
        "image/png",
        len(PHOTO),
        hashlib.sha256(PHOTO).hexdigest(),
    )
    assert [(f["type"], f["filename"]) for f in listed[:3]] == [
        ("sticker", None),
        ("ptt", None),
        ("document", "Bill_2026.pdf"),
    ]

    assert await ids(sort="date:asc") == [photo, bill, voice, sticker]
    assert await ids(sort="size:desc") == sorted(sizes, key=lambda i: sizes[i], reverse=True)
    assert await ids(sort="size:asc") == sorted(sizes, key=lambda i: sizes[i])
    assert await ids(type="ptt") == [voice]
    assert await ids(type=["image", "sticker"]) == [sticker, photo]
    assert await ids(search="BILL_") == [bill]  # the file name, any case
    assert await ids(search="image/") == [sticker, photo]  # the MIME type
    assert await ids(search="receipt") == [photo]  # the caption
    assert await ids(search=got["voice"]["id"].lower()) == [voice]  # the message id
    assert await ids(search="120363012345") == [voice]  # the chat id
    assert await ids(search="no such thing") == []
    assert await ids(chat=ANA) == [photo]
    assert await ids(chat=[BO_WID, GROUP]) == [sticker, voice, bill]
    assert await ids(ids=[photo, sticker]) == [sticker, photo]
    assert await ids(message=[got["bill"]["id"]]) == [bill]
    assert await ids(flow="in") == [sticker, voice, bill, photo]
    assert await ids(flow="out") == []
    assert await ids(after=got["photo"]["date"], before=got["sticker"]["date"]) == [voice, bill]
    assert await ids(size=3) == [sticker, voice, bill]
    assert await ids(size=3, page=1) == [photo]
    assert await ids(size=3, page=2) == []
    assert [f["id"] async for f in bot.chat_files.iter_get_device_files(device, size=1)] == [
        sticker,
        voice,
        bill,
        photo,
    ]


async def test_details_and_download_give_the_bytes_that_arrived(server: Server) -> None:
    device, got = await _state(server)
    bot = server.sdk()
    listed = {f["id"]: f for f in await bot.chat_files.get_device_files(device)}
    for name in ("photo", "bill", "voice", "sticker"):
        file_id = _file(got[name])
        details = await bot.chat_files.get_device_file_details(device, file_id)
        assert details == listed[file_id]
        assert details["sha256"] == got[name]["content"]["media"]["sha256"]

    photo = await bot.chat_files.download_device_file_details(device, _file(got["photo"]))
    assert (photo.content, photo.content_type) == (PHOTO, "image/png")
    assert photo.filename == f"{_file(got['photo'])}.png"  # no name arrived: the id and the type's extension
    sticker = await bot.chat_files.download_device_file_details(device, _file(got["sticker"]))
    assert (sticker.content, sticker.content_type) == (STICKER, "image/webp")
    bill = await bot.chat_files.download_device_file_details(device, _file(got["bill"]))
    assert (bill.content_type, bill.filename) == ("application/pdf", "Bill_2026.pdf")
    assert bill.content.startswith(b"%PDF")
    assert hashlib.sha256(bill.content).hexdigest() == got["bill"]["content"]["media"]["sha256"]

    raw = await server.client.get(f"/v1/chat/{device}/files/{_file(got['bill'])}/download")
    assert raw.headers["content-disposition"] == 'attachment; filename="Bill_2026.pdf"'
    assert raw.headers["content-length"] == str(len(bill.content))
    # a name with other characters than ASCII travels beside an ASCII stand-in
    invoice = await _inbound(server, device, media={"kind": "document", "filename": 'façture"1".pdf'})
    raw = await server.client.get(f"/v1/chat/{device}/files/{_file(invoice)}/download")
    assert raw.headers["content-disposition"] == (
        "attachment; filename=\"fa_ture1.pdf\"; filename*=UTF-8''fa%C3%A7ture1.pdf"
    )

    for call in (bot.chat_files.get_device_file_details, bot.chat_files.download_device_file_details):
        await _refused(call(device, "0123456789abcdef01234567"), 404, "not_found")


async def test_media_the_number_sends_is_not_fetched(server: Server) -> None:
    device = await _online(server)
    bot = server.sdk()
    queued = await server.send(
        device, phone=ANA, media={"url": "https://example.com/menu.pdf"}, message="menu"
    )

    async def sent() -> bool:
        return bool(await bot.chat_messages.get_chat_messages(device, flow="outbound"))

    await server.drive(sent)
    (message,) = await bot.chat_messages.get_chat_messages(device, flow="outbound")
    assert message["outboundMessage"] == queued["id"]
    assert (message["type"], message["file"]) == ("document", None)
    assert message["content"]["media"]["url"] == "https://example.com/menu.pdf"
    assert await bot.chat_files.get_device_files(device) == []


async def test_bad_values_answer_400(server: Server) -> None:
    device, _ = await _state(server)
    bot = server.sdk()
    cases: list[tuple[dict[str, Any], str]] = [
        ({"chat": ["not-a-chat"]}, "chat[0]"),
        ({"ids": ["abc", "nothex"]}, "ids[0]"),
    ]
    for params, field in cases:
        refused = await _refused(bot.chat_files.get_device_files(device, **params), 400)
        assert [e["field"] for e in refused.errors] == [field], refused.errors
    for raw, field in (
        ({"sort": "name:asc"}, "sort"),
        ({"type": "gif"}, "type"),
        ({"flow": "inbound"}, "flow"),
        ({"before": "soon"}, "before"),
        ({"size": 501}, "size"),
    ):
        response = await server.client.get(f"/v1/chat/{device}/files", params=raw)
        assert response.status_code == 400, (raw, response.text)
        assert field in [e["field"] for e in response.json()["errors"]], (raw, response.text)


async def test_another_account_gets_404_for_every_operation(server: Server) -> None:
    device, got = await _state(server)
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key)
    own_device = (await other.numbers.create_number(alias="Other", billing_plan="professional"))["id"]
    file_id = _file(got["photo"])

    def calls(bot: AsyncSparkBot, number: str) -> list[Callable[[], Awaitable[Any]]]:
        files = bot.chat_files
        return [
            lambda: files.get_device_files(number),
            lambda: files.get_device_file_details(number, file_id),
            lambda: files.download_device_file_details(number, file_id),
        ]

    for call in calls(other, device):
        await _refused(call(), 404, "not_found")
    for call in calls(other, own_device)[1:]:  # the file, asked on the other account's own number
        await _refused(call(), 404, "not_found")
    assert await other.chat_files.get_device_files(own_device) == []
    mine = await server.sdk().chat_files.download_device_file_details(device, file_id)
    assert mine.content == PHOTO


@pytest.mark.parametrize("by_size", [False, True])
@pytest.mark.parametrize("descending", [True, False])
async def test_the_list_reads_its_order_from_an_index(
    server: Server, by_size: bool, descending: bool
) -> None:
    account = (await server.services.store.list_accounts())[0].id
    device = (await server.create_number())["id"]
    base = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        {
            "id": f"{i:024x}",
            "device_id": device,
            "account_id": account,
            "chat_wid": f"4473620535{i % 20:02d}@c.us",
            "message_id": f"{i:020X}",
            "flow": "in",
            "type": ("image", "document", "ptt")[i % 3],
            "mime_type": "image/png",
            "size": (i * 7919) % 1000,  # many equal sizes
            "sha256": "0" * 64,
            "data": b"",
            "created_at": base + timedelta(seconds=i // 4),
        }
        for i in range(3000)
    ]
    async with server.services.database.engine.begin() as conn:
        await conn.execute(insert(ChatFile), rows)
        if conn.dialect.name == "postgresql":
            await conn.execute(text("ANALYZE chat_files"))
    index = "ix_chat_files_size" if by_size else "ix_chat_files_list"
    column = "size" if by_size else "created_at"
    cases: list[tuple[FileFilter, int, Callable[[dict[str, Any]], bool]]] = [
        (FileFilter(device_id=device), 1500, lambda r: True),
        (FileFilter(device_id=device, types=("image", "ptt")), 500, lambda r: r["type"] in ("image", "ptt")),
    ]
    primary = {"chat_files_pkey", "sqlite_autoindex_chat_files_1"}
    async with server.services.database.engine.connect() as conn:
        await prefer_indexes(conn)
        for where, offset, matches in cases:
            query = files_query(where, page=offset // 20, size=20, by_size=by_size, descending=descending)
            accesses, sorts = await plan(conn, query, ("chat_files",))
            assert {i for _, i in accesses if i not in primary} == {index}, (where, accesses)
            assert sorts <= 1, (where, accesses, sorts)  # only the page's rows are sorted
            page = [row.id for row in (await conn.execute(query)).all()]
            expected = sorted(
                (r for r in rows if matches(r)), key=lambda r: (r[column], r["id"]), reverse=descending
            )
            assert page == [r["id"] for r in expected[offset : offset + 20]], where
            assert len(page) == 20
