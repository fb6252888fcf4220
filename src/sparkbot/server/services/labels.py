"""Labels (4 operations): list, create, update and delete a number's labels.

Labels are defined first, then applied, as in WhatsApp Business: a chat can carry only labels of
its number (`updateChatLabels` and the bulk `labels` action refuse others with a 400 naming them,
see `services/chats.py`), and a label's rename or deletion reaches every chat and contact that
carries it.

The rules where the catalogue is silent:

- A label is named by `name`: trimmed, 1 to `LABEL_LENGTH` characters, without a comma (lists in
  the query are comma separated: `labels=a,b`) and not `*` (a list filter's "any label").
  Names are unique in the number ignoring case (`VIP` and `vip` are one label; a second is a 409
  `label_exists`), and a label is found by its name ignoring case; it keeps the case it was
  created (or renamed) with, and chats and contacts carry that name.
- `color` is one of the catalogue's palette (the node's default `blue` is not in it: a 400).
  `description` is at most `DESCRIPTION_LENGTH` characters (trimmed); on update, one not given
  stays, and a blank one clears it.
- A number holds at most `MAX_LABELS` labels (a 409 `too_many_labels` after that).
- `getLabels` lists the number's labels in the order they were made:
  `{id, device, name, color, description, scope, createdAt, updatedAt}`; `scope` is `chat` (made
  through the API; `wa` would be a label synced from WhatsApp Business, which the sandbox has none of).
- `createLabel` answers 201 with the label. `updateLabel` finds the label by `name` and sets its
  `color` (required by the catalogue) and `description`. The catalogue has no field for a new name,
  so this server takes `?newName=` (its own query parameter, in `/openapi.json`; not sent by the
  client): the label is renamed, and every chat and contact of the number carrying it carries the
  new name, in the same transaction (a name another label has is a 409 `label_exists`; a change of
  case alone is a rename).
- `deleteLabel` deletes the label and takes it off every chat and contact of the number, in the
  same transaction; it answers the label as it was with `deleted: true` and how many `chats` and
  `contacts` carried it.
- Events: each chat or contact a rename or deletion changes writes, in that transaction, its
  `chat:update` / `contact:update` with `change: "labels"`. The labels themselves have no event
  (the API names none).
- Deleting the number deletes its labels. Another account's number is a 404."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...spec import get_operation
from ...spec.validation import is_given
from ..clock import Clock
from ..db import Account, Database
from ..db.labels import LabelExists, LabelStore, NoSuchLabel, TooManyLabels, label_key
from ..db.models import Label
from ..problems import conflict, invalid, not_found
from .accounts import new_id
from .chats import LABEL_LENGTH, chat_events
from .contacts import contact_events
from .numbers import NumberService
from .views import iso

__all__ = ["COLORS", "DESCRIPTION_LENGTH", "MAX_LABELS", "LabelService", "label_name", "label_view"]

MAX_LABELS = 100
DESCRIPTION_LENGTH = 200
COLORS = tuple(str(o) for o in get_operation("labels.createLabel").param("color").options)


def label_name(value: Any, field: str = "name") -> str:
    """A label's name, trimmed and checked (400 naming `field`)."""
    name = value.strip() if isinstance(value, str) else ""
    if not 1 <= len(name) <= LABEL_LENGTH:
        raise invalid(field, f"{field} must be 1 to {LABEL_LENGTH} characters, got {value!r}")
    if "," in name:
        raise invalid(
            field, f"{field} cannot hold a comma (lists of labels are comma separated), got {name!r}"
        )
    if name == "*":
        raise invalid(field, f"{field} cannot be '*': it stands for any label in the list filters")
    return name


def _color(value: Any) -> str:
    if value not in COLORS:
        raise invalid("color", f"color must be one of {', '.join(COLORS)}, got {value!r}")
    return str(value)


def _description(value: Any) -> str | None:
    """The description given, trimmed (None: blank, cleared)."""
    if not isinstance(value, str):
        raise invalid("description", f"description must be text, got {type(value).__name__}")
    text = value.strip()
    if len(text) > DESCRIPTION_LENGTH:
        raise invalid(
            "description", f"description must be at most {DESCRIPTION_LENGTH} characters, got {len(text)}"
        )
    return text or None


def label_view(label: Label) -> dict[str, Any]:
    return {
        "id": label.id,
        "device": label.device_id,
        "name": label.name,
        "color": label.color,
        "description": label.description,
        "scope": "chat",
        "createdAt": iso(label.created_at),
        "updatedAt": iso(label.updated_at),
    }


class LabelService:
    """A number's labels as the account sees them; see the module docstring for the rules."""

    def __init__(self, database: Database, clock: Clock, numbers: NumberService) -> None:
        self._clock = clock
        self._numbers = numbers
        self._labels = LabelStore(database)

    async def has(self, device_id: str, name: str) -> bool:
        """Whether `name` (ignoring case) is one of the number's labels."""
        return bool(await self._labels.names(device_id, [name.strip()]))

    async def list(self, account: Account, device_id: str) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        return [label_view(label) for label in await self._labels.of_number(device.id)]

    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        name = label_name(values.get("name"))
        color = _color(values.get("color"))
        description = _description(values["description"]) if is_given(values.get("description")) else None
        now = self._clock.now()
        label = Label(
            id=new_id(),
            device_id=device.id,
            account_id=account.id,
            name=name,
            name_key=label_key(name),
            color=color,
            description=description,
            created_at=now,
            updated_at=now,
        )
        try:
            await self._labels.create(label, MAX_LABELS)
        except LabelExists as exists:
            raise conflict(
                "label_exists", f"the number has a label {exists.name!r} already (names ignore case)", "name"
            ) from None
        except TooManyLabels:
            raise conflict(
                "too_many_labels", f"a number holds at most {MAX_LABELS} labels: delete one first", "name"
            ) from None
        return label_view(label)

    async def update(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        name = label_name(values.get("name"))
        change: dict[str, Any] = {"color": _color(values.get("color"))}
        if is_given(values.get("description")):
            change["description"] = _description(values["description"])
        if is_given(values.get("newName")):
            change["name"] = label_name(values["newName"], "newName")
        try:
            label, _ = await self._labels.change(
                device.id,
                label_key(name),
                change,
                self._clock.now(),
                chat_events("labels"),
                contact_events("labels"),
            )
        except NoSuchLabel:
            raise not_found("label", name) from None
        except LabelExists as exists:
            raise conflict(
                "label_exists",
                f"the number has a label {exists.name!r} already (names ignore case)",
                "newName",
            ) from None
        return label_view(label)

    async def delete(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        name = label_name(values.get("name"))
        try:
            label, carried = await self._labels.delete(
                device.id, label_key(name), self._clock.now(), chat_events("labels"), contact_events("labels")
            )
        except NoSuchLabel:
            raise not_found("label", name) from None
        return {**label_view(label), "deleted": True, "chats": carried.chats, "contacts": carried.contacts}
