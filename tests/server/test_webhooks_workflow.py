"""The workflow node's `?workflow=<id>` on the webhooks (SQLite and PostgreSQL): accepted and ignored
on `getWebhook` and `deleteWebhook`, refused elsewhere; the sentinel delete removes exactly the
account's webhooks of that workflow (with their events and logs) in one go, and is a 404 when
there are none or when `workflow` is missing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from sparkbot.server import Settings, create_app
from sparkbot.server.db.models import Webhook, WebhookEvent
from sparkbot.server.services.accounts import new_id
from sparkbot.server.services.webhooks import WORKFLOW_SENTINEL, of_workflow

from .harness import Server

URL = "https://hooks.example.com/n8n/webhook"


async def _create(server: Server, url: str, key: str | None = None) -> str:
    sdk = server.sdk(key) if key else server.sdk()
    created = await sdk.webhooks.create_webhook(name="n8n: Automations", url=url, events=["message:in:new"])
    return str(created["id"])


async def _ids(server: Server) -> list[str]:
    async with server.services.database.sessions() as session:
        return sorted((await session.scalars(select(Webhook.id))).all())


async def test_workflow_is_taken_and_ignored_on_get_and_delete(server: Server) -> None:
    webhook = await _create(server, f"{URL}?workflow=7")
    got = await server.client.get(f"/v1/webhooks/{webhook}", params={"workflow": "not 7"})
    assert (got.status_code, got.json()["url"]) == (200, f"{URL}?workflow=7")
    for method, path in (("GET", "/v1/webhooks"), ("POST", f"/v1/webhooks/{webhook}/enable")):
        refused = await server.client.request(method, path, params={"workflow": "7"})
        assert refused.status_code == 400, refused.text
        assert refused.json()["errors"][0]["field"] == "workflow"
    deleted = await server.client.delete(f"/v1/webhooks/{webhook}", params={"workflow": "other"})
    assert deleted.json() == {"id": webhook, "deleted": True}
    assert await _ids(server) == []


async def test_the_sentinel_deletes_the_workflows_webhooks_only(server: Server) -> None:
    first = await _create(server, f"{URL}?workflow=wf%2F1")
    second = await _create(server, f"{URL}/b?a=1&workflow=wf/1")
    kept = [
        await _create(server, f"{URL}?workflow=wf/10"),
        await _create(server, f"{URL}?flow=wf/1"),
        await _create(server, URL),
    ]
    _, other_key = await server.services.accounts.create("other")
    elsewhere = await _create(server, f"{URL}?workflow=wf/1", other_key)
    later = server.clock.now() + timedelta(days=1)  # a pending event, not due: it goes too
    async with server.services.database.sessions.begin() as session:
        account = await session.scalar(select(Webhook.account_id).where(Webhook.id == first))
        event = {"event": "message:in:new", "body": "{}", "next_at": later, "created_at": later}
        session.add(WebhookEvent(id=new_id(), webhook_id=first, account_id=account, **event))

    missing = await server.client.delete(f"/v1/webhooks/{WORKFLOW_SENTINEL}")
    assert missing.status_code == 404
    gone = await server.client.delete(f"/v1/webhooks/{WORKFLOW_SENTINEL}", params={"workflow": "wf/1"})
    assert gone.status_code == 200
    assert gone.json() == {
        "id": WORKFLOW_SENTINEL,
        "deleted": True,
        "workflow": "wf/1",
        "ids": [first, second],
    }
    assert await _ids(server) == sorted([*kept, elsewhere])
    async with server.services.database.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(WebhookEvent)) == 0
    again = await server.client.delete(f"/v1/webhooks/{WORKFLOW_SENTINEL}", params={"workflow": "wf/1"})
    assert (again.status_code, again.json()["error"]) == (404, "not_found")


def test_of_workflow_reads_the_decoded_query() -> None:
    cases: list[tuple[str, str, Any]] = [
        (f"{URL}?workflow=7", "7", True),
        (f"{URL}?x=1&workflow=a%20b", "a b", True),
        (f"{URL}?workflow=70", "7", False),
        (f"{URL}#workflow=7", "7", False),
        (URL, "7", False),
    ]
    assert [of_workflow(url, workflow) for url, workflow, _ in cases] == [want for *_, want in cases]


def test_the_openapi_document_names_workflow_where_it_is_taken() -> None:
    paths = create_app(Settings(api_key="k")).openapi()["paths"]

    def workflow(method: str, path: str) -> list[dict[str, Any]]:
        return [p for p in paths[path][method]["parameters"] if p["name"] == "workflow"]

    for method in ("get", "delete"):
        [found] = workflow(method, "/v1/webhooks/{webhookId}")
        assert (found["in"], found["required"], found["schema"]) == ("query", False, {"type": "string"})
    assert workflow("patch", "/v1/webhooks/{webhookId}") == workflow("get", "/v1/webhooks") == []
