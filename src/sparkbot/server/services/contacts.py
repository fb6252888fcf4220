"""Chat Contacts (10 operations): list, details, create, update, metadata, delete, bulk create, block
and unblock.

The rules where the catalogue is silent:

- A contact is named (`contactId`) by its WhatsApp id (`447362053576@c.us`) or its E.164 phone.
- Profile: `name` and `kind` (stored as `type`) are columns; the catalogue's other contact fields
  are kept in `fields` as given, checked: the lengths the catalogue notes (`<=30`), emails, E.164
  phones that can exist, ISO 3166 country codes and ISO 4217 currencies (stored upper case), IANA
  time zones, language codes. `country`, when not given, is the phone's region
  (`phonenumbers.region_code_for_number`), worked out whenever the API writes a contact that has
  none (a contact the inbox made from a message gets it on its first API write); `$remove` of
  `country` goes back to the phone's.
- Metadata is a list of `{key, value}`: keys of `[A-Za-z0-9_]`, 1 to 50 characters, unique (a
  repeated key is a 400); values text of at most 300 characters (numbers and booleans are kept as
  their JSON text); at most 100 entries. `PUT .../metadata` replaces the list, `PATCH .../metadata`
  changes the keys given and adds the new ones (a `null` value removes its key), and the metadata
  of `createContact`/`updateContact` replaces the list.
- `createContact` answers 201 with the contact. A contact that exists already is a 409
  `contact_exists`, unless `upsert=true`: then it is changed as `updateContact` would change it
  (and still answers 201). A contact created or upserted through the API is `saved`; those the
  inbox creates from messages are not. `assign` (an agent's id) is kept as `owner.agent`: it must
  be a user with access to the number (`access`, the Team service's check; else a 400 naming
  `assign`, nothing stored; checked before the write, not in its transaction). `sync=true`
  writes the contact on every number of the account in the same transaction (created where
  missing, upserted or left as it is like this number's), and is kept as a field.
- `updateContact` changes only the fields given (an empty string is not a value, a blank one is a
  400, and so is a call that changes nothing); `$remove` clears the fields it lists (a field both
  given and removed is a 400); `metadata` replaces the list; `sync=true` makes the same change to
  the contact on the account's other numbers, where it is one.
- `deleteContact` removes the contact and answers `{id, deleted: true}`; its chat and messages
  stay (a message from the person later makes the contact again, unsaved).
- `bulkCreateContacts` takes 1 to 1,000 entries (each a `createContact` body without `upsert`,
  `assign` and `sync`) and answers `{total, created, updated, exists, invalid, contacts}`:
  `contacts` has, in order, `{phone, id, status}` with `status` `created`, `updated` (it existed
  and `upsert`, the default), `exists` (it existed, `upsert=false`) or `invalid` (with `error`; a
  phone repeated in the list is invalid after its first entry). The valid entries are written in
  one transaction. (An object, as the API document declares every answer but a list's.)
- `blockContacts` / `unblockContacts` take 1 to 50 E.164 phones; blocking creates a contact not
  known yet, unblocking one not known creates nothing. The stored flag changes first, then the
  engine is told (`ChatAction(... "block" | "unblock")`) for every phone given. Answers
  `{action: "block" | "unblock", contacts: [{phone, id, blocked}]}` (repeated phones once). A
  blocked contact's messages are not received and messages to it fail.
- The list: `search` matches name, phone, WhatsApp id and email (case-insensitive); `type`
  `personal`/`business` (`user` is either, `private` is `personal`), `group`/`channel` the contacts
  of those ids; `has=email`, `has=chat` (or `hasChat`): a non-empty email, a chat with the contact;
  `country`: ISO codes; `labels`/`labelsExclude`: the contact's labels (`*`: any label);
  `metadataKey[i]` with `metadataValue[i]` (when given): an entry with that key (and value), every
  pair must hold; a value without its key matches it under any key; `after`/`before`
  (created), `updatedAfter`/`updatedBefore`, `lastMessageAfter`/`lastMessageBefore`: exclusive
  bounds; `include=chat` adds `chat` (the chat's view, or null). Sorted by name (default, then id),
  `createdAt` or `updatedAt`.
- Events: every write writes, in its transaction, a `contact:update` per contact it wrote (each
  number's copy its own): the contact's view after it with `change`: `create`, `update` (an
  upsert of an existing contact too), `metadata`, `delete` (the view as it was, with
  `deleted: true`), `block`, `unblock`. A contact left as it was (`exists`, blocked already) and a
  refused write have none."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from ...spec import get_operation
from ...spec.validation import is_given, validate_value
from ..clock import Clock
from ..db import Account, Contact, Database, Inbox, Store
from ..db.contacts import Change, ContactEvents, ContactExists, ContactFilter, ContactStore, NoSuchContact
from ..db.events import Event
from ..db.inbox import fold
from ..engines import Engine
from ..engines.base import ChatAction
from ..problems import ApiProblem, conflict, invalid, not_found
from .inboxviews import chat_view, contact_view
from .messages import parse_instant
from .numbers import NumberService
from .paging import page_and_size
from .phones import is_phone
from .wids import parse_chat, wid_of

__all__ = ["BULK_MAX", "AccessCheck", "ContactService", "contact_events"]

# (number, user id, field) -> None, or 400 naming the field: the user has no access to the number
AccessCheck = Callable[[str, str, str], Awaitable[None]]

BULK_MAX = 1000
METADATA_MAX = 100
METADATA_VALUE_MAX = 300
_TEXT_MAX = 500  # a field whose length the catalogue does not note
_METADATA_KEY = re.compile(r"^[A-Za-z0-9_]{1,50}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_CURRENCY = re.compile(r"^[A-Za-z]{3}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
_NOTED_MAX = re.compile(r"<=\s*(\d+)")

_CREATE = get_operation("chat-contacts.createContact")
_UPDATE = get_operation("chat-contacts.updateContact")
# the profile: what createContact takes besides the phone and the switches of the call itself
_COLUMNS = ("name", "kind")
_NOT_FIELDS = {"deviceId", "phone", "upsert", "assign", "metadata", *_COLUMNS}
FIELDS = tuple(p.name for p in _CREATE.params if p.location == "body" and p.name not in _NOT_FIELDS)
_PARAMS = {p.name: p for p in _CREATE.params}
_BULK_KEYS = frozenset({"phone", "metadata", *_COLUMNS, *FIELDS} - {"sync"})
_REMOVABLE = frozenset(str(o) for o in _UPDATE.param("$remove").options)
_KIND_FILTERS = {"user": ("personal", "business"), "private": ("personal",)}
_SORT_KEYS = {"name", "createdAt", "updatedAt"}
# what a write did to a contact (`db.contacts.ContactEvents`) -> the `change` of its event
_CHANGES = {
    "created": "create",
    "updated": "update",
    "changed": "update",
    "deleted": "delete",
    "blocked": "block",
    "unblocked": "unblock",
}


def contact_events(change: str | None = None) -> ContactEvents:
    """The `contact:update` of a contact after a write: its view with `change` (by default, what
    the write did to it), and `deleted: true` when it was deleted."""

    def events(contact: Contact, what: str) -> list[Event]:
        def data() -> dict[str, Any]:
            view = {**contact_view(contact), "change": change or _CHANGES[what]}
            return {**view, "deleted": True} if what == "deleted" else view

        return [Event(contact.account_id, contact.device_id, "contact:update", data)]

    return events


def _limit(name: str) -> int:
    noted = _NOTED_MAX.search(_PARAMS[name].note)
    return int(noted[1]) if noted else _TEXT_MAX


def _checked(name: str, value: Any, field: str) -> Any:
    """One profile value, checked (400 naming `field`), as it is stored."""
    problems = validate_value(_PARAMS[name], value)
    if problems:
        raise invalid(field, problems[0].replace(name, field, 1))
    if isinstance(value, bool):
        return value
    if isinstance(value, list):
        for code in value:
            if not _LANGUAGE.fullmatch(code):
                raise invalid(field, f"{field} must be language codes like en or pt-BR, got {code!r}")
        return [str(code) for code in value]
    text = str(value).strip()
    if not text:
        raise invalid(field, f"{field} must not be blank (to clear it, list it in $remove)")
    if len(text) > _limit(name):
        raise invalid(field, f"{field} must be at most {_limit(name)} characters, got {len(text)}")
    if name in ("email", "companyEmail") and not _EMAIL.fullmatch(text):
        raise invalid(field, f"{field} must be an email address like ana@example.com, got {text!r}")
    if name in ("altPhone", "companyPhone") and not is_phone(text):
        raise invalid(field, f"{field} must be a possible E.164 phone like +447362053576, got {text!r}")
    if name in ("country", "companyCountry"):
        if not _COUNTRY.fullmatch(text):
            raise invalid(field, f"{field} must be an ISO 3166 country code like GB, got {text!r}")
        return text.upper()
    if name == "currency":
        if not _CURRENCY.fullmatch(text):
            raise invalid(field, f"{field} must be an ISO 4217 currency code like EUR, got {text!r}")
        return text.upper()
    if name == "timezone":
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            raise invalid(
                field, f"{field} must be an IANA time zone like Europe/London, got {text!r}"
            ) from None
    return text


def _profile(values: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """The catalogue's fields given in `values`, checked, as `fields` stores them."""
    return {
        name: _checked(name, values[name], prefix + name) for name in FIELDS if is_given(values.get(name))
    }


def _name(values: Mapping[str, Any], prefix: str = "") -> str | None:
    """The `name` given (checked), else None."""
    return _checked("name", values["name"], prefix + "name") if is_given(values.get("name")) else None


def _kind(values: Mapping[str, Any], prefix: str = "") -> str | None:
    return _checked("kind", values["kind"], prefix + "kind") if is_given(values.get("kind")) else None


def _metadata_value(value: Any, field: str) -> str:
    if isinstance(value, str):
        text = value
    elif isinstance(value, (bool, int, float)):
        text = json.dumps(value)
    else:
        raise invalid(field, f"{field} must be text, a number or a boolean, got {type(value).__name__}")
    if len(text) > METADATA_VALUE_MAX:
        raise invalid(field, f"{field} must be at most {METADATA_VALUE_MAX} characters, got {len(text)}")
    return text


def _metadata(entries: Any, field: str = "metadata", *, removals: bool = False) -> list[dict[str, Any]]:
    """`[{key, value}]` checked: keys valid and unique, values text (None, a removal, where
    `removals`)."""
    if not isinstance(entries, Sequence) or isinstance(entries, str):
        raise invalid(field, f"{field} must be a list of {{key, value}} objects")
    if len(entries) > METADATA_MAX:
        raise invalid(field, f"{field} takes at most {METADATA_MAX} entries, got {len(entries)}")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        what = f"{field}[{i}]"
        if not isinstance(entry, Mapping):
            raise invalid(what, f"{what} must be an object {{key, value}}, got {type(entry).__name__}")
        extra = sorted(set(entry) - {"key", "value"})
        if extra:
            raise invalid(what, f"{what} takes only key and value, not {', '.join(extra)}")
        key = entry.get("key")
        if not isinstance(key, str) or not _METADATA_KEY.fullmatch(key):
            raise invalid(f"{what}.key", f"{what}.key must be 1 to 50 of A-Z, a-z, 0-9 and _, got {key!r}")
        if key in seen:
            raise invalid(f"{what}.key", f"{what}.key {key!r} is repeated: each key may appear once")
        seen.add(key)
        value = entry.get("value")
        if value is None and removals:
            out.append({"key": key, "value": None})
            continue
        out.append({"key": key, "value": _metadata_value(value, f"{what}.value")})
    return out


def _region(phone: str) -> str | None:
    region = phonenumbers.region_code_for_number(phonenumbers.parse(phone, None))
    return region if region and region != "ZZ" else None


def _phone(value: Any, field: str = "phone") -> str:
    if not is_phone(value):
        raise invalid(field, f"{field} must be a possible E.164 phone like +447362053576, got {value!r}")
    return str(value)


def _new_row(
    device: str,
    account: str,
    phone: str,
    name: str | None,
    kind: str | None,
    fields: dict[str, Any],
    at: datetime,
) -> dict[str, Any]:
    """A contact's row (column names) as the API creates it."""
    region = _region(phone)
    if region is not None and "country" not in fields:
        fields = {**fields, "country": region}
    return {
        "device_id": device,
        "wid": wid_of(phone),
        "account_id": account,
        "phone": phone,
        "type": kind or "personal",
        "name": name,
        "name_key": fold(name or phone),
        "fields": fields,
        "metadata": [],
        "labels": [],
        "blocked": False,
        "saved": True,
        "last_message_at": None,
        "created_at": at,
        "updated_at": at,
    }


def _changer(
    at: datetime,
    *,
    name: str | None = None,
    kind: str | None = None,
    fields: Mapping[str, Any] | None = None,
    removed: frozenset[str] = frozenset(),
    metadata: list[dict[str, Any]] | None = None,
    saved: bool | None = None,
) -> Change:
    """A change of an existing contact: the values given set, the `removed` fields cleared, the
    phone's country added where the contact has none (or it was removed)."""

    def change(contact: Contact) -> dict[str, Any]:
        kept = {k: v for k, v in (contact.fields or {}).items() if k not in removed}
        changed = {**kept, **(fields or {})}
        region = _region(contact.phone) if contact.phone else None
        if "country" not in changed and region is not None:
            changed["country"] = region
        out: dict[str, Any] = {"fields": changed, "updated_at": at}
        if "name" in removed:
            out.update(name=None, name_key=fold(contact.phone or contact.wid))
        if name is not None:
            out.update(name=name, name_key=fold(name))
        if kind is not None:
            out["type"] = kind
        if metadata is not None:
            out["meta"] = metadata
        if saved is not None:
            out["saved"] = saved
        return out

    return change


def _merge_metadata(entries: list[dict[str, Any]], at: datetime) -> Change:
    """`PATCH .../metadata`: the keys given changed in place, new ones added, `None` removes."""

    def change(contact: Contact) -> dict[str, Any]:
        given = {e["key"]: e["value"] for e in entries}
        merged = [{"key": e["key"], "value": given.get(e["key"], e["value"])} for e in contact.meta or []]
        known = {e["key"] for e in merged}
        merged += [{"key": k, "value": v} for k, v in given.items() if k not in known]
        merged = [e for e in merged if e["value"] is not None]
        if len(merged) > METADATA_MAX:
            raise invalid("metadata", f"a contact keeps at most {METADATA_MAX} metadata entries")
        return {"meta": merged, "updated_at": at}

    return change


def _filter(values: Mapping[str, Any]) -> ContactFilter:
    def listed(name: str) -> tuple[str, ...]:
        return tuple(str(v) for v in values.get(name) or ())

    def instant(name: str) -> datetime | None:
        value = values.get(name)
        return parse_instant(str(value), name) if is_given(value) else None

    kinds = tuple(k for kind in listed("type") for k in _KIND_FILTERS.get(kind, (kind,)))
    countries = listed("country")
    for code in countries:
        if not _COUNTRY.fullmatch(code):
            raise invalid("country", f"country must be ISO 3166 country codes like GB, got {code!r}")
    keys, wanted = listed("metadataKey"), listed("metadataValue")
    if len(wanted) > len(keys) and keys:
        raise invalid("metadataValue", "give one metadataKey per metadataValue, in the same order")
    pairs: list[tuple[str | None, str | None]] = [
        (key, wanted[i] if i < len(wanted) else None) for i, key in enumerate(keys)
    ]
    pairs += [(None, value) for value in wanted] if not keys else []
    has = set(listed("has"))
    search = values.get("search")
    return ContactFilter(
        search=str(search) if is_given(search) else None,
        kinds=kinds,
        with_email="email" in has,
        with_chat="chat" in has or values.get("hasChat") is True,
        countries=tuple(code.upper() for code in countries),
        labels=listed("labels"),
        labels_exclude=listed("labelsExclude"),
        metadata=tuple(pairs),
        created_after=instant("after"),
        created_before=instant("before"),
        updated_after=instant("updatedAfter"),
        updated_before=instant("updatedBefore"),
        last_message_after=instant("lastMessageAfter"),
        last_message_before=instant("lastMessageBefore"),
    )


class ContactService:
    """A number's contacts as the account sees them; another account's number is never found
    (404). See the module docstring for the rules."""

    def __init__(
        self,
        database: Database,
        store: Store,
        inbox: Inbox,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        *,
        access: AccessCheck | None = None,
    ) -> None:
        self._database = database
        self._store = store
        self._inbox = inbox
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._contacts = ContactStore(database)
        self._access = access

    async def _views(
        self, device_id: str, contacts: Sequence[Contact], with_chat: bool
    ) -> list[dict[str, Any]]:
        views = [contact_view(c) for c in contacts]
        if with_chat:
            chats = await self._contacts.chats(device_id, [c.wid for c in contacts])
            for view, contact in zip(views, contacts, strict=True):
                chat = chats.get(contact.wid)
                view["chat"] = chat_view(chat) if chat is not None else None
        return views

    async def _require(self, account: Account, device_id: str, contact_id: str) -> tuple[str, str]:
        """The number's id and the contact's WhatsApp id (404: not the account's number)."""
        device = await self._numbers.require(account, device_id)
        return device.id, parse_chat(contact_id, "contactId")

    async def search(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        where = _filter(values)
        sort = str(values.get("sort") or "name:asc")
        key, _, direction = sort.partition(":")
        if key not in _SORT_KEYS or direction not in ("asc", "desc"):
            raise invalid(
                "sort", f"sort must be name, createdAt or updatedAt with :asc or :desc, got {sort!r}"
            )
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        contacts = await self._contacts.page(device.id, where, key, direction == "desc", *paging)
        return await self._views(device.id, contacts, "chat" in (values.get("include") or ()))

    async def get(
        self, account: Account, device_id: str, contact_id: str, include: Sequence[str]
    ) -> dict[str, Any]:
        device, wid = await self._require(account, device_id, contact_id)
        contact = await self._contacts.get(device, wid)
        if contact is None:
            raise not_found("contact", contact_id)
        [view] = await self._views(device, [contact], "chat" in include)
        return view

    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        phone = _phone(values.get("phone"))
        name, kind, fields = _name(values), _kind(values), _profile(values)
        metadata = _metadata(values["metadata"]) if is_given(values.get("metadata")) else None
        if is_given(values.get("assign")):
            if self._access is not None:
                await self._access(device.id, str(values["assign"]), "assign")
            fields["owner"] = {"agent": str(values["assign"])}
        now = self._clock.now()
        row = _new_row(device.id, account.id, phone, name, kind, fields, now)
        row["metadata"] = metadata or []
        upsert = values.get("upsert") is True
        change = _changer(now, name=name, kind=kind, fields=fields, metadata=metadata, saved=True)
        devices = await self._copies(account, device.id, values)
        rows = [{**row, "device_id": one, "fields": dict(row["fields"])} for one in devices]
        try:
            outcomes = await self._contacts.create(
                rows, change if upsert else None, now, first_new=not upsert, events=contact_events()
            )
        except ContactExists:
            raise conflict(
                "contact_exists",
                f"{phone} is a contact of this number already: update it (PATCH) or pass upsert=true",
                "phone",
            ) from None
        return contact_view(outcomes[0][0])

    async def _copies(self, account: Account, device_id: str, values: Mapping[str, Any]) -> list[str]:
        """The numbers a create or update writes: this one, and with `sync=true` every other
        number of the account too."""
        if values.get("sync") is not True:
            return [device_id]
        others = [one for one in await self._contacts.device_ids(account.id) if one != device_id]
        return [device_id, *others]

    async def update(
        self, account: Account, device_id: str, contact_id: str, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        device, wid = await self._require(account, device_id, contact_id)
        removed = frozenset(str(name) for name in values.get("$remove") or ())
        unknown = sorted(removed - _REMOVABLE)
        if unknown:
            raise invalid("$remove", f"$remove cannot clear {', '.join(unknown)}")
        name, kind, fields = _name(values), _kind(values), _profile(values)
        both = sorted(removed & ({*fields} | ({"name"} if name is not None else set())))
        if both:
            raise invalid("$remove", f"{', '.join(both)} cannot be both given and removed")
        metadata = _metadata(values["metadata"]) if is_given(values.get("metadata")) else None
        if not (removed or fields or metadata is not None or name is not None or kind is not None):
            raise invalid("contactId", "nothing to change: give a field, metadata or $remove")
        change = _changer(
            self._clock.now(), name=name, kind=kind, fields=fields, removed=removed, metadata=metadata
        )
        devices = await self._copies(account, device, values)
        return contact_view(await self._changed(device, wid, contact_id, change, "update", devices[1:]))

    async def _changed(
        self, device: str, wid: str, contact_id: str, change: Change, what: str, others: Sequence[str] = ()
    ) -> Contact:
        """Apply `change` to the contact (404 when there is none) and to its copies on `others`
        (the account's other numbers, where it is a contact), each with its `contact:update`
        saying `what` changed."""
        keys = [(device, wid), *((one, wid) for one in others)]
        try:
            changed = await self._contacts.change(keys, change, self._clock.now(), contact_events(what))
        except NoSuchContact:
            raise not_found("contact", contact_id) from None
        return changed[0]

    async def replace_metadata(
        self, account: Account, device_id: str, contact_id: str, entries: Any
    ) -> dict[str, Any]:
        device, wid = await self._require(account, device_id, contact_id)
        change = _changer(self._clock.now(), metadata=_metadata(entries))
        return contact_view(await self._changed(device, wid, contact_id, change, "metadata"))

    async def upsert_metadata(
        self, account: Account, device_id: str, contact_id: str, entries: Any
    ) -> dict[str, Any]:
        device, wid = await self._require(account, device_id, contact_id)
        change = _merge_metadata(_metadata(entries, removals=True), self._clock.now())
        return contact_view(await self._changed(device, wid, contact_id, change, "metadata"))

    async def delete(self, account: Account, device_id: str, contact_id: str) -> dict[str, Any]:
        device, wid = await self._require(account, device_id, contact_id)
        if not await self._contacts.delete(device, wid, self._clock.now(), contact_events()):
            raise not_found("contact", contact_id)
        return {"id": wid, "deleted": True}

    async def bulk_create(
        self, account: Account, device_id: str, entries: Any, upsert: bool
    ) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        if not isinstance(entries, Sequence) or isinstance(entries, str) or not entries:
            raise invalid("contacts", "contacts must be a list of 1 or more {phone, ...} objects")
        if len(entries) > BULK_MAX:
            raise invalid("contacts", f"contacts takes at most {BULK_MAX} entries, got {len(entries)}")
        now = self._clock.now()
        answers: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        changes: dict[str, Change] = {}
        first: dict[str, int] = {}
        for i, entry in enumerate(entries):
            phone = entry.get("phone") if isinstance(entry, Mapping) else None
            answer: dict[str, Any] = {"phone": phone, "id": wid_of(str(phone)) if is_phone(phone) else None}
            answers.append(answer)
            try:
                row, change = self._bulk_row(entry, i, device.id, account.id, now)
            except ApiProblem as problem:
                answer.update(status="invalid", error=problem.message)
                continue
            if row["wid"] in first:
                answer.update(
                    status="invalid",
                    error=f"contacts[{i}] repeats the phone of contacts[{first[row['wid']]}]",
                )
                continue
            first[row["wid"]] = i
            rows.append(row)
            changes[row["wid"]] = change
        if rows:

            def upsert_one(contact: Contact) -> Mapping[str, Any]:
                return changes[contact.wid](contact)

            outcomes = await self._contacts.create(
                rows, upsert_one if upsert else None, now, events=contact_events()
            )
            by_wid = {contact.wid: outcome for contact, outcome in outcomes}
            for answer in answers:
                if "status" not in answer:
                    answer["status"] = by_wid[answer["id"]]
        counts = dict.fromkeys(("created", "updated", "exists", "invalid"), 0)
        for answer in answers:
            counts[answer["status"]] += 1
        return {"total": len(answers), **counts, "contacts": answers}

    @staticmethod
    def _bulk_row(
        entry: Any, i: int, device: str, account: str, at: datetime
    ) -> tuple[dict[str, Any], Change]:
        """One entry of a bulk create: its row and its upsert (ApiProblem when invalid)."""
        what = f"contacts[{i}]"
        if not isinstance(entry, Mapping):
            raise invalid(what, f"{what} must be an object {{phone, ...}}, got {type(entry).__name__}")
        unknown = sorted(set(entry) - _BULK_KEYS)
        if unknown:
            raise invalid(what, f"{what} takes no field {', '.join(unknown)}")
        phone = _phone(entry.get("phone"), f"{what}.phone")
        prefix = f"{what}."
        name, kind, fields = _name(entry, prefix), _kind(entry, prefix), _profile(entry, prefix)
        metadata = (
            _metadata(entry["metadata"], f"{what}.metadata") if is_given(entry.get("metadata")) else None
        )
        row = _new_row(device, account, phone, name, kind, fields, at)
        row["metadata"] = metadata or []
        return row, _changer(at, name=name, kind=kind, fields=fields, metadata=metadata, saved=True)

    async def set_blocked(
        self, account: Account, device_id: str, phones: Any, blocked: bool
    ) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        if not isinstance(phones, Sequence) or isinstance(phones, str) or not phones:
            raise invalid("contacts", "contacts must be a list of 1 to 50 E.164 phones")
        given = list(dict.fromkeys(_phone(p, f"contacts[{i}]") for i, p in enumerate(phones)))
        now = self._clock.now()
        rows = [_new_row(device.id, account.id, phone, None, None, {}, now) for phone in given]
        for row in rows:  # a contact made by blocking is not one the user saved
            row["saved"] = False
        found = await self._contacts.set_blocked(device.id, rows, blocked, now, contact_events())
        action: Literal["block", "unblock"] = "block" if blocked else "unblock"
        for phone in given:
            await self._engine.act(ChatAction(device.id, wid_of(phone), action, now))
        answers = []
        for phone in given:
            contact = found.get(wid_of(phone))
            answers.append(
                {"phone": phone, "id": wid_of(phone), "blocked": bool(contact and contact.blocked)}
            )
        return {"action": action, "contacts": answers}
