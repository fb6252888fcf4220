"""Channels through the real client (`server.sdk()`), on both backends: create (picture as base64
or by URL), get, list with the role filter and paging, update and picture (owner only: a
follower's is a 403), delete vs unfollow, join by code and by link (idempotent; unknown code a
404), the sandbox's directory search with its filters and sort; the sandbox playing the others
(followers, a followed channel's post reaching the inbox as `channel:in`); posts to a channel
(owner only, carried to its followers); another account's ids a 404 on every operation."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot import APIStatusError
from sparkbot.server.db.models import Channel
from sparkbot.server.engines.sandbox_channels import DIRECTORY, DIRECTORY_SIZE, POPULAR_SUBSCRIBERS
from sparkbot.server.services.pictures import MAX_PICTURE
from sparkbot.spec import RESOURCES, Operation

from .fileserver import Served, serving
from .harness import Server
from .harness import online as _online
from .harness import refused as _refused
from .outbox import subscribe, written

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR a tiny picture" * 4
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF a photo"
GIF = b"GIF89a not taken"
WID = "120363012345678901@newsletter"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


async def _count(server: Server) -> int:
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(Channel)) or 0)


async def test_create_get_list_update_and_picture(server: Server) -> None:
    device = await _online(server)
    channels = server.sdk().channels
    made = await channels.create_channel(
        device, name="  Spark News ", description="What is new", image_data=_b64(PNG)
    )
    wid = made["id"]
    assert wid.endswith("@newsletter")
    assert wid[: -len("@newsletter")].isdigit()
    assert (made["name"], made["description"], made["role"], made["followers"]) == (
        "Spark News",
        "What is new",
        "owner",
        0,
    )
    assert made["image"]["type"] == "image/png"
    assert made["image"]["size"] == len(PNG)
    assert made["link"] == f"https://whatsapp.com/channel/{made['inviteCode']}"
    assert await channels.get_channel_by_id(device, wid) == made
    assert await channels.get_channel_by_id(device, wid.removesuffix("@newsletter")) == made
    assert await channels.get_device_channels(device) == [made]

    updated = await channels.update_channel(device, wid, name="Spark Daily", description="Every day")
    assert (updated["name"], updated["description"], updated["image"]) == (
        "Spark Daily",
        "Every day",
        made["image"],
    )
    kept = await channels.update_channel(device, wid, name="Spark Daily 2")
    assert (kept["name"], kept["description"]) == ("Spark Daily 2", "Every day")
    pictured = await channels.channel_update_image(device, wid, image=_b64(JPEG))
    assert pictured["image"]["type"] == "image/jpeg"
    data_url = "data:image/png;base64," + _b64(PNG)
    assert (await channels.update_channel(device, wid, name="N", image=data_url))["image"][
        "type"
    ] == "image/png"
    assert await channels.get_channel_by_id(device, wid) == (await channels.get_device_channels(device))[0]

    await _refused(channels.get_channel_by_id(device, WID), 404, "not_found")
    await _refused(channels.get_channel_by_id(device, "not-a-channel"), 400, "invalid_parameter")
    await _refused(channels.update_channel(device, WID, name="x"), 404, "not_found")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "ok", "description": "d" * 2049}, "description"),
        ({"name": "ok", "image": {"data": _b64(GIF)}}, "image.data"),
        ({"name": "ok", "image": {"data": "%%% not base64"}}, "image.data"),
        ({"name": "ok", "image": {"data": _b64(PNG + b"\x00" * MAX_PICTURE)}}, "image.data"),
        ({"name": "ok", "image": {"data": _b64(PNG), "url": "http://127.0.0.1:9/a.png"}}, "image.data"),
        ({"name": "ok", "image": {"url": "ftp://example.com/a.png"}}, "image.url"),
        ({"name": "ok", "image": {"url": "http://169.254.169.254/latest"}}, "image.url"),
    ],
)
async def test_create_refuses_bad_input_and_stores_nothing(
    server: Server, body: dict[str, Any], field: str
) -> None:
    device = await _online(server)
    response = await server.client.post(f"/v1/devices/{device}/channels", json=body)
    assert response.status_code == 400, response.text
    assert field in {e["field"] for e in response.json()["errors"]}, response.json()
    assert await _count(server) == 0


async def test_the_picture_by_url_is_fetched(server: Server) -> None:
    device = await _online(server)
    channels = server.sdk().channels
    files = {"/logo.png": Served(PNG, "image/png"), "/big.png": Served(PNG + b"\x00" * MAX_PICTURE)}
    with serving(files) as remote:
        made = await channels.create_channel(device, name="By URL", image_url=remote.url("/logo.png"))
        assert (made["image"]["type"], made["image"]["size"]) == ("image/png", len(PNG))
        wid = made["id"]
        error = await _refused(channels.channel_update_image(device, wid, url=remote.url("/big.png")), 400)
        assert "1 MB" in str(error)
        await _refused(channels.channel_update_image(device, wid, url=remote.url("/gone.png")), 400)
        changed = await channels.update_channel(device, wid, name="By URL", image=remote.url("/logo.png"))
        assert changed["image"]["size"] == len(PNG)
    empty = await server.client.put(f"/v1/devices/{device}/channels/{wid}/image", json={})
    assert (empty.status_code, empty.json()["error"]) == (400, "invalid_parameter")


async def test_list_filters_by_role_and_pages(server: Server) -> None:
    device = await _online(server)
    channels = server.sdk().channels
    owned = []
    for i in range(3):
        owned.append((await channels.create_channel(device, name=f"Mine {i}"))["id"])
        await server.clock.advance(1)
    followed = (await channels.join_channel(device, code=DIRECTORY[0].invite_code))["id"]
    everything = [c["id"] for c in await channels.get_device_channels(device)]
    assert everything == [*owned, followed]
    assert [c["id"] for c in await channels.get_device_channels(device, permission="owner")] == owned
    assert [c["id"] for c in await channels.get_device_channels(device, permission="ADMIN")] == owned
    assert [c["id"] for c in await channels.get_device_channels(device, permission="follower")] == [followed]
    assert [c["id"] for c in await channels.get_device_channels(device, size=2, page=1)] == everything[2:]
    assert await channels.get_device_channels(device, size=2, page=5) == []
    await _refused(channels.get_device_channels(device, permission="boss"), 400, "invalid_parameter")


async def test_join_by_code_and_link_idempotently(server: Server) -> None:
    device = await _online(server)
    channels = server.sdk().channels
    first, second = DIRECTORY[3], DIRECTORY[4]
    joined = await channels.join_channel(device, code=first.invite_code)
    assert (joined["id"], joined["role"], joined["name"], joined["followers"]) == (
        first.wid,
        "follower",
        first.name,
        first.followers,
    )
    assert await channels.join_channel(device, code=first.invite_code) == joined  # already following
    by_link = await channels.join_channel(device, url=f"https://whatsapp.com/channel/{second.invite_code}")
    assert by_link["id"] == second.wid
    assert [c["id"] for c in await channels.get_device_channels(device)] == [first.wid, second.wid]

    error = await _refused(channels.join_channel(device, code="0029VaNoSuchChannelCode1"), 404)
    assert error.code == "channel_not_found"
    assert "0029VaNoSuchChannelCode1" in str(error)
    await _refused(channels.join_channel(device, url="https://example.com/channel/abcdefgh"), 400)
    for body in ({}, {"code": first.invite_code, "url": f"https://whatsapp.com/channel/{first.invite_code}"}):
        response = await server.client.put(f"/v1/devices/{device}/channels", json=body)
        assert (response.status_code, response.json()["error"]) == (400, "invalid_parameter")
    await _refused(channels.join_channel(device, code="a b"), 400, "invalid_parameter")
    assert await _count(server) == 2


async def test_followers_are_refused_changes_and_delete_unfollows(server: Server) -> None:
    owner, follower = await _online(server), await _online(server)
    channels = server.sdk().channels
    made = await channels.create_channel(owner, name="Owned here")
    wid = made["id"]
    joined = await channels.join_channel(follower, url=made["link"])
    assert (joined["id"], joined["role"], joined["followers"]) == (wid, "follower", 1)
    assert (await channels.get_channel_by_id(owner, wid))["followers"] == 1

    for call in (
        channels.update_channel(follower, wid, name="Taken over"),
        channels.channel_update_image(follower, wid, image=_b64(PNG)),
    ):
        error = await _refused(call, 403, "not_channel_owner")
        assert "does not own" in str(error)
    assert (await channels.get_channel_by_id(owner, wid))["name"] == "Owned here"

    renamed = await channels.update_channel(owner, wid, name="Renamed")
    assert (await channels.get_channel_by_id(follower, wid))["name"] == renamed["name"]

    gone = await channels.delete_channel(follower, wid)
    assert gone == {"id": wid, "deleted": True, "action": "unfollowed"}
    await _refused(channels.get_channel_by_id(follower, wid), 404)
    assert (await channels.get_channel_by_id(owner, wid))["followers"] == 0

    await channels.join_channel(follower, code=made["inviteCode"])
    deleted = await channels.delete_channel(owner, wid)
    assert deleted == {"id": wid, "deleted": True, "action": "deleted"}
    assert await channels.get_device_channels(owner) == []
    assert await channels.get_device_channels(follower) == []  # deleted for its followers too
    await _refused(channels.delete_channel(owner, wid), 404)
    await _refused(channels.join_channel(follower, code=made["inviteCode"]), 404, "channel_not_found")


async def test_what_goes_to_whatsapp_needs_the_number_online(server: Server) -> None:
    device = await _online(server)
    channels = server.sdk().channels
    made = await channels.create_channel(device, name="Before")
    response = await server.client.post(f"/sandbox/devices/{device}/disconnect", json={"reason": "offline"})
    assert response.status_code == 200
    wid = made["id"]
    for call in (
        channels.create_channel(device, name="Offline"),
        channels.update_channel(device, wid, name="Offline"),
        channels.channel_update_image(device, wid, image=_b64(PNG)),
        channels.delete_channel(device, wid),
        channels.join_channel(device, code=DIRECTORY[0].invite_code),
        channels.search_channels(device),
    ):
        await _refused(call, 409, "not_online")
    assert await channels.get_device_channels(device) == [made]  # read here: no session needed
    # a bad value is a 400 before the session is looked at
    response = await server.client.post(f"/v1/devices/{device}/channels", json={"name": " "})
    assert response.status_code == 400


def test_the_directory_is_the_same_on_every_run() -> None:
    first = DIRECTORY[0]
    assert (first.wid, first.name, first.invite_code, first.country, first.followers) == (
        "120363034251293194@newsletter",
        "Daily Football",
        "0029VaD9Rb1oKK7LvLC8GYSSCVKX",
        "ES",
        14959,
    )
    assert len({c.invite_code for c in DIRECTORY}) == len({c.name for c in DIRECTORY}) == DIRECTORY_SIZE
    for category in ("trending", "popular", "new", "featured"):
        assert 0 < sum(category in c.categories for c in DIRECTORY) < DIRECTORY_SIZE, category
    assert all("recommended" in c.categories for c in DIRECTORY)


async def test_search_the_directory_with_filters_and_sort(server: Server) -> None:
    device = await _online(server)
    channels = server.sdk().channels
    assert len(DIRECTORY) == DIRECTORY_SIZE == len({c.wid for c in DIRECTORY})
    found = await channels.search_channels(device)
    assert len(found) == 50
    subscribers = [c["subscribers"] for c in found]
    assert subscribers == sorted(subscribers, reverse=True)
    assert subscribers[0] == max(c.followers for c in DIRECTORY)
    assert set(found[0]) == {
        "id", "wid", "name", "description", "country", "categories", "subscribers", "verified", "inviteCode",
        "link", "createdAt",
    }  # fmt: skip

    oldest = await channels.search_channels(device, sort="asc", sort_field="creation_time", limit=5)
    times = [datetime.fromisoformat(c["createdAt"].replace("Z", "+00:00")) for c in oldest]
    assert times == sorted(times)
    assert len(oldest) == 5
    assert times[0] == min(c.created_at for c in DIRECTORY)

    for category in ("featured", "popular", "new", "trending"):
        listed = await channels.search_channels(device, category=category)
        expected = [c for c in DIRECTORY if category in c.categories]
        assert len(listed) == min(50, len(expected)) > 0, category
        assert all(category in c["categories"] for c in listed)
    assert all(
        c["subscribers"] >= POPULAR_SUBSCRIBERS
        for c in await channels.search_channels(device, category="popular")
    )

    brazil = await channels.search_channels(device, countries=["br", "PT"])
    assert brazil
    assert {c["country"] for c in brazil} <= {"BR", "PT"}
    assert len(brazil) == min(50, sum(c.country in ("BR", "PT") for c in DIRECTORY))

    football = await channels.search_channels(device, search="FOOTBALL", limit=50)
    assert football
    assert all("football" in (c["name"] + c["description"]).lower() for c in football)
    assert await channels.search_channels(device, search="no channel is called this") == []

    joined = await channels.join_channel(device, code=football[0]["inviteCode"])
    assert joined["id"] == football[0]["id"]

    for body, field in (
        ({"limit": 0}, "limit"),
        ({"limit": 51}, "limit"),
        ({"countries": [f"C{i}" for i in range(11)]}, "countries"),
        ({"countries": ["XX"]}, "countries[0]"),
        ({"countries": ["GBR"]}, "countries[0]"),
        ({"category": "hot"}, "category"),
        ({"sortField": "name"}, "sortField"),
        ({"search": "s" * 101}, "search"),
    ):
        response = await server.client.patch(f"/v1/devices/{device}/channels", json=body)
        assert response.status_code == 400, (body, response.text)
        assert response.json()["errors"][0]["field"] in (field, field.split("[")[0]), (body, response.json())


async def _events(server: Server) -> list[tuple[str, dict[str, Any]]]:
    return [(w.event, w.body) for w in await written(server)]


async def test_sandbox_followers_and_a_followed_channels_post(server: Server) -> None:
    device = await _online(server)
    await subscribe(server, device, ["channel:in", "message:in:new"])
    channels = server.sdk().channels
    mine = await channels.create_channel(device, name="Mine")
    followed = await channels.join_channel(device, code=DIRECTORY[7].invite_code)
    base = f"/sandbox/devices/{device}/channels"

    grown = await server.client.post(f"{base}/{mine['id']}/follow", json={"count": 5})
    assert grown.status_code == 200, grown.text
    assert grown.json()["followers"] == 5
    assert (await channels.get_channel_by_id(device, mine["id"]))["followers"] == 5
    response = await server.client.post(f"{base}/{mine['id']}/follow", json={"count": 0})
    assert response.status_code == 400

    post = await server.client.post(f"{base}/{followed['id']}/post", json={"message": "Big news"})
    assert post.status_code == 201, post.text
    message = post.json()["message"]
    assert (message["chat"], message["chatType"], message["flow"], message["body"]) == (
        followed["id"],
        "channel",
        "inbound",
        "Big news",
    )
    stored = await server.services.inbox_store.message(device, message["id"])
    assert stored is not None
    assert (stored.chat_wid, stored.body) == (followed["id"], "Big news")
    events = await _events(server)
    assert [event for event, _ in events] == ["channel:in"]
    assert events[0][1]["data"]["id"] == message["id"]
    assert events[0][1]["device"] == device

    refused = await server.client.post(f"{base}/{mine['id']}/post", json={"message": "mine"})
    assert (refused.status_code, refused.json()["error"]) == (409, "channel_owned")
    unknown = await server.client.post(f"{base}/{WID}/post", json={"message": "?"})
    assert unknown.status_code == 404
    assert [event for event, _ in await _events(server)] == ["channel:in"]


async def test_posts_go_to_owned_channels_only_and_reach_their_followers(server: Server) -> None:
    device = await _online(server)
    channels = server.sdk().channels
    mine = await channels.create_channel(device, name="Broadcast")
    followed = await channels.join_channel(device, code=DIRECTORY[9].invite_code)
    response = await server.client.post(
        f"/sandbox/devices/{device}/channels/{mine['id']}/follow", json={"count": 3}
    )
    assert response.status_code == 200
    sent = await server.send(device, channel=mine["id"], message="Hello followers")
    refused = await server.send(device, channel=followed["id"], message="Not mine")

    async def settled() -> bool:
        return all(
            s in ("sent", "delivered", "read", "failed")
            for s in await server.statuses([sent["id"], refused["id"]])
        )

    await server.drive(settled)
    assert (await server.message(sent["id"]))["status"] in ("sent", "delivered", "read")
    failed = await server.message(refused["id"])
    assert failed["status"] == "failed"
    assert "does not own the channel" in failed["failure"]["reason"]
    carried = await server.outbox(device)
    assert [(e["channel"], e["followers"]) for e in carried] == [(mine["id"], 3)]


# the cross-account walk: every Channels operation, and the sandbox's channel endpoints
OPERATIONS = list(RESOURCES["channels"])
VALUES: dict[str, dict[str, Any]] = {
    "channels.createChannel": {"name": "Intruder"},
    "channels.updateChannel": {"name": "Intruder"},
    "channels.channelUpdateImage": {"image": _b64(PNG)},
    "channels.joinChannel": {"code": DIRECTORY[1].invite_code},
}


def test_the_walk_covers_the_8_operations() -> None:
    assert len(OPERATIONS) == 8


async def _snapshot(server: Server) -> list[Any]:
    async with server.services.database.sessions() as session:
        rows = (await session.execute(select(Channel.device_id, Channel.wid, Channel.name))).all()
    return sorted(tuple(row) for row in rows)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.key for op in OPERATIONS])
async def test_another_account_gets_404_and_changes_nothing(server: Server, op: Operation) -> None:
    device = await _online(server)
    made = await server.sdk().channels.create_channel(device, name="Mine")
    ids = {"deviceId": device, "channelId": made["id"]}
    _, other_key = await server.services.accounts.create("other")
    values = {**{p.name: ids[p.name] for p in op.params if p.location == "path"}, **VALUES.get(op.key, {})}
    before = await _snapshot(server)
    with pytest.raises(APIStatusError) as caught:
        await server.sdk(other_key).call(op.key, values)
    assert caught.value.status == 404, caught.value
    assert await _snapshot(server) == before
    await server.sdk().call(op.key, values)  # the owner's call is answered


async def test_another_accounts_channel_is_not_found_on_its_own_number(server: Server) -> None:
    device = await _online(server)
    made = await server.sdk().channels.create_channel(device, name="Mine")
    other, other_key = await server.services.accounts.create("other")
    async with server.client_for(other_key) as client:
        created = await client.post("/v1/devices", json={"alias": "Theirs", "billingPlan": "professional"})
        assert created.status_code == 201, created.text
        theirs = created.json()
        for method, path, body in (
            ("GET", f"/v1/devices/{theirs['id']}/channels/{made['id']}", None),
            ("DELETE", f"/v1/devices/{theirs['id']}/channels/{made['id']}", None),
            ("POST", f"/sandbox/devices/{device}/channels/{made['id']}/follow", {"count": 1}),
            ("POST", f"/sandbox/devices/{device}/channels/{made['id']}/post", {"message": "x"}),
            ("POST", f"/sandbox/devices/{theirs['id']}/channels/{made['id']}/follow", {"count": 1}),
        ):
            response = await client.request(method, path, json=body)
            assert response.status_code == 404, (method, path, response.text)
    assert (await server.sdk().channels.get_channel_by_id(device, made["id"]))["followers"] == 0
    assert other is not None
