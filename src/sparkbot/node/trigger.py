"""The workflow node's trigger: registers the workflow's webhook, checks it, removes it, and turns
a delivery into items, as the node's `checkExists`, `create`, `delete` and `webhook` do.

`static_data` is the caller's mutable dict (n8n's node static data): `create` keeps the new
webhook's id in it as `webhookId`, the other two read it. Requests go through the client:
`getWebhook`/`deleteWebhook` as raw requests (`other.sendRaw`), since the `?workflow=<id>` the node
adds is not a parameter of those operations (the SparkBot server accepts it: docs/server.md),
`createWebhook` as the typed call. The rules, as in the node's code, and where this differs:

- `check_exists`: no `webhookId` is False (nothing sent). `GET /webhooks/{id}?workflow=<wf>`; it
  exists when the answer's `url` is the node's webhook URL, or that URL with `?workflow=<wf>` (the
  URL `create` registers: the node compares with the bare URL only, which a webhook it created
  never has). Any API error sends `DELETE /webhooks/600f1c2a9b3d4e5f6a7b8c00?workflow=<wf>` (the
  server deletes the workflow's webhooks; its own failure is logged), then a 404 is False and any
  other error is raised.
- `create`: refuses a missing webhook URL and an empty `events` (`TriggerError`, nothing sent),
  and a `webhookName` that is not 1 to 30 characters (the node's form limit). Sends
  `{name: "<runtime without its first '_'>: <webhookName>", url: "<webhook URL>?workflow=<wf>",
  events, device (when given)}`; the name is cut to the API's 30 characters (the node sends it
  whole, which the API refuses when longer). The answer's `id` goes to `static_data["webhookId"]`
  (True); an answer without one is False; a 409 is True (static data unchanged); any other API
  status error is a `TriggerError` naming the API's message.
- `delete`: no `webhookId` is True (nothing sent). `DELETE /webhooks/{id}?workflow=<wf>`; success
  and 404 are True; any other API error is logged and still True. `webhookId` stays in the static
  data (as in the node): a second delete asks again, and gets the 404.
- `receive(body)`: the node's `returnJsonArray`: an object is one item `{"json": body}`, a list one
  item per element (non-objects as `{"value": v}`); bytes or text are read as JSON first.
  Trigger items have no `pairedItem` (there is no input item).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Generator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..client import AsyncSparkBot, SparkBot
from ..client.errors import APIError, APIStatusError, NotFoundError, SparkBotError

__all__ = [
    "DEFAULT_WEBHOOK_NAME",
    "MAX_WEBHOOK_NAME",
    "TRIGGER_EVENTS",
    "WORKFLOW_SENTINEL",
    "AsyncTriggerRegistration",
    "TriggerError",
    "TriggerRegistration",
    "acheck_exists",
    "acreate",
    "adelete",
    "check_exists",
    "create",
    "delete",
    "receive",
    "registered_url",
    "webhook_body",
]

log = logging.getLogger(__name__)

DEFAULT_WEBHOOK_NAME = "Automations"
MAX_WEBHOOK_NAME = 30  # the node's form limit on `webhookName`, and the API's on a webhook's name
# the id whose delete with `?workflow=<id>` means "delete this workflow's webhooks"
WORKFLOW_SENTINEL = "600f1c2a9b3d4e5f6a7b8c00"
# the node's `events` options (the API has one more, `message:out:sent`, which it also takes)
TRIGGER_EVENTS = (
    "message:in:new",
    "message:out:new",
    "message:out:ack",
    "message:out:failed",
    "group:update",
    "message:update",
    "message:reaction",
    "status:update",
    "channel:in",
    "chat:update",
    "number:session",
    "contact:update",
)

StaticData = MutableMapping[str, Any]


class TriggerError(SparkBotError):
    """The trigger's parameters were refused (nothing sent), or the API refused the registration."""


def registered_url(webhook_url: str, workflow_id: str) -> str:
    """The URL the node registers: the webhook URL with `?workflow=<id>`."""
    return f"{webhook_url}?workflow={quote(str(workflow_id), safe='')}"


def _events(parameters: Mapping[str, Any]) -> list[str]:
    events = parameters.get("events") or []
    if isinstance(events, str):
        events = [events]
    if not isinstance(events, Sequence) or not events:
        raise TriggerError("At least one event must be selected")
    return [str(event) for event in events]


def _name(parameters: Mapping[str, Any], runtime: str) -> str:
    name = parameters.get("webhookName", DEFAULT_WEBHOOK_NAME)
    if not isinstance(name, str) or not 1 <= len(name) <= MAX_WEBHOOK_NAME:
        raise TriggerError(f"webhookName must be 1 to {MAX_WEBHOOK_NAME} characters, got {name!r}")
    prefix = runtime.replace("_", "", 1)  # as the node's `replace('_', '')`: the first one only
    return f"{prefix}: {name}"[:MAX_WEBHOOK_NAME]


def webhook_body(
    parameters: Mapping[str, Any], webhook_url: str, workflow_id: str, runtime: str = "n8n"
) -> dict[str, Any]:
    """The `createWebhook` values `create` sends (raises `TriggerError` for refused parameters)."""
    if not webhook_url:
        raise TriggerError("No webhook URL available for registration")
    body: dict[str, Any] = {
        "name": _name(parameters, runtime),
        "url": registered_url(webhook_url, workflow_id),
        "events": _events(parameters),
    }
    device = parameters.get("device")
    if device:
        body["device"] = str(device)
    return body


def _raw(method: str, webhook_id: str, workflow_id: str) -> dict[str, Any]:
    return {
        "urlPath": f"/webhooks/{quote(str(webhook_id), safe='')}",
        "httpMethod": method,
        "urlParams": {"workflow": str(workflow_id)},
    }


def _exists(answer: Any, webhook_url: str, workflow_id: str) -> bool:
    url = answer.get("url") if isinstance(answer, Mapping) else None
    return url in (webhook_url, registered_url(webhook_url, workflow_id))


def _keep(answer: Any, static_data: StaticData) -> bool:
    webhook_id = answer.get("id") if isinstance(answer, Mapping) else None
    if not webhook_id:
        return False
    static_data["webhookId"] = webhook_id
    return True


def _refused(error: APIStatusError) -> TriggerError:
    return TriggerError(f"SparkBot webhook registration failed: {error.message}")


def _sentinel_failed(error: Exception) -> None:
    log.error("deleting the workflow's SparkBot webhooks failed: %s", error)


def _delete_failed(error: Exception) -> None:
    log.error("SparkBot webhook deletion failed: %s", error)


# Each of the three is written once, as a plan: a generator that yields the calls it makes
# (operation, values) and is sent each answer, or thrown the API error it raised. `_drive` and
# `_adrive` carry a plan out on the sync or the async client; nothing else differs between them.
_Step = tuple[str, dict[str, Any]]
_Plan = Generator[_Step, Any, bool]


def _check_exists_plan(static_data: StaticData, webhook_url: str, workflow_id: str) -> _Plan:
    webhook_id = static_data.get("webhookId")
    if not webhook_id:
        return False
    try:
        answer = yield "other.sendRaw", _raw("GET", webhook_id, workflow_id)
    except APIError as error:
        try:
            yield "other.sendRaw", _raw("DELETE", WORKFLOW_SENTINEL, workflow_id)
        except APIError as cleanup:
            _sentinel_failed(cleanup)
        if isinstance(error, NotFoundError):
            return False
        raise
    return _exists(answer, webhook_url, workflow_id)


def _create_plan(body: dict[str, Any], static_data: StaticData) -> _Plan:
    try:
        answer = yield "webhooks.createWebhook", body
    except APIStatusError as error:
        if error.status == 409:
            return True
        raise _refused(error) from error
    return _keep(answer, static_data)


def _delete_plan(static_data: StaticData, workflow_id: str) -> _Plan:
    webhook_id = static_data.get("webhookId")
    if not webhook_id:
        return True
    try:
        yield "other.sendRaw", _raw("DELETE", webhook_id, workflow_id)
    except NotFoundError:
        return True
    except APIError as error:
        _delete_failed(error)
    return True


def _drive(client: SparkBot, plan: _Plan) -> bool:
    """Carries out `plan` on the sync client."""
    try:
        step = next(plan)
        while True:
            try:
                answer = client.call(*step)
            except APIError as error:
                step = plan.throw(error)
            else:
                step = plan.send(answer)
    except StopIteration as done:
        return bool(done.value)


async def _adrive(client: AsyncSparkBot, plan: _Plan) -> bool:
    """Carries out `plan` on the async client."""
    try:
        step = next(plan)
        while True:
            try:
                answer = await client.call(*step)
            except APIError as error:
                step = plan.throw(error)
            else:
                step = plan.send(answer)
    except StopIteration as done:
        return bool(done.value)


def check_exists(client: SparkBot, static_data: StaticData, webhook_url: str, workflow_id: str) -> bool:
    """The node's `checkExists`: is the webhook in `static_data` registered for `webhook_url`?"""
    return _drive(client, _check_exists_plan(static_data, webhook_url, workflow_id))


def create(
    client: SparkBot,
    parameters: Mapping[str, Any],
    static_data: StaticData,
    webhook_url: str,
    workflow_id: str,
    runtime: str = "n8n",
) -> bool:
    """The node's `create`: registers the webhook and keeps its id in `static_data`."""
    body = webhook_body(parameters, webhook_url, workflow_id, runtime)
    return _drive(client, _create_plan(body, static_data))


def delete(client: SparkBot, static_data: StaticData, workflow_id: str) -> bool:
    """The node's `delete`: removes the webhook in `static_data`; True unless nothing could be asked."""
    return _drive(client, _delete_plan(static_data, workflow_id))


async def acheck_exists(
    client: AsyncSparkBot, static_data: StaticData, webhook_url: str, workflow_id: str
) -> bool:
    """`check_exists` for the async client."""
    return await _adrive(client, _check_exists_plan(static_data, webhook_url, workflow_id))


async def acreate(
    client: AsyncSparkBot,
    parameters: Mapping[str, Any],
    static_data: StaticData,
    webhook_url: str,
    workflow_id: str,
    runtime: str = "n8n",
) -> bool:
    """`create` for the async client."""
    body = webhook_body(parameters, webhook_url, workflow_id, runtime)
    return await _adrive(client, _create_plan(body, static_data))


async def adelete(client: AsyncSparkBot, static_data: StaticData, workflow_id: str) -> bool:
    """`delete` for the async client."""
    return await _adrive(client, _delete_plan(static_data, workflow_id))


def receive(body: Any) -> list[dict[str, Any]]:
    """The node's `webhook`: a delivery's body as output items (see the module docstring)."""
    if isinstance(body, bytes | bytearray | str):
        body = json.loads(body)
    elements = body if isinstance(body, list) else [body]
    return [{"json": e if isinstance(e, dict) else {"value": e}} for e in elements]


@dataclass
class TriggerRegistration:
    """The trigger of one workflow: its client, workflow id, webhook URL and static data."""

    client: SparkBot
    workflow_id: str
    webhook_url: str
    static_data: StaticData = field(default_factory=dict)
    runtime: str = "n8n"

    def check_exists(self) -> bool:
        return check_exists(self.client, self.static_data, self.webhook_url, self.workflow_id)

    def create(self, parameters: Mapping[str, Any]) -> bool:
        return create(
            self.client, parameters, self.static_data, self.webhook_url, self.workflow_id, self.runtime
        )

    def delete(self) -> bool:
        return delete(self.client, self.static_data, self.workflow_id)

    @staticmethod
    def receive(body: Any) -> list[dict[str, Any]]:
        return receive(body)


@dataclass
class AsyncTriggerRegistration:
    """`TriggerRegistration` for the async client."""

    client: AsyncSparkBot
    workflow_id: str
    webhook_url: str
    static_data: StaticData = field(default_factory=dict)
    runtime: str = "n8n"

    async def check_exists(self) -> bool:
        return await acheck_exists(self.client, self.static_data, self.webhook_url, self.workflow_id)

    async def create(self, parameters: Mapping[str, Any]) -> bool:
        return await acreate(
            self.client, parameters, self.static_data, self.webhook_url, self.workflow_id, self.runtime
        )

    async def delete(self) -> bool:
        return await adelete(self.client, self.static_data, self.workflow_id)

    @staticmethod
    def receive(body: Any) -> list[dict[str, Any]]:
        return receive(body)
