"""Quick replies (4 operations): list, create, update and delete a number's canned responses.

The rules where the catalogue is silent:

- `shortcut`: what an agent types after `/` to use the reply: 2 to 25 characters once trimmed (a
  leading `/` is dropped), no spaces. Unique in the number ignoring case (a second is a 409
  `shortcut_exists`); it keeps the case it was given.
- `message`: 4 to 6000 characters (not blank). `keywords`: up to 3, each letters and digits only
  (1 to `KEYWORD_LENGTH`), repeats (ignoring case) kept once. `permission`: `public` (default),
  `readonly` or `private`.
- `file`: a stored file of the account (Files, `FileService.require`), by its 24-hex id; another
  account's file, or one not there (or expired), is a 404 naming it (nothing stored). The reply
  keeps the id: a file deleted or expired later leaves the id on the reply.
- A number holds at most `MAX_QUICK_REPLIES` (a 409 `too_many_quick_replies` after that).
- `createQuickReply` answers 201 with the reply: `{id, device, shortcut, message, keywords,
  permission, file, scope, agent, createdAt, updatedAt}`; `scope` is `chat` (made here; `wa`
  would be one synced from WhatsApp Business), `agent` the user who made it (None: made with the
  account's API key).
- `updateQuickReply` names the reply by `id` when given (then `shortcut` is its shortcut after the
  update), else by `shortcut` (ignoring case); not found on the number: 404. It writes the reply
  as the node's form sends it, whole: `shortcut` and `message` (both required), `keywords` and
  `file` (not given: none; so an update without `file` drops it). `permission` not given stays as
  it was: an update never widens who may use a reply by leaving it out.
- `deleteQuickReplies` takes a list of `{id}` or `{shortcut}` objects (exactly one key each), or
  `[{"all": true}]` alone for all of the number's replies. A reply named that the number does not
  have is a 404 naming it, and nothing is deleted. Answers `{deleted, quickReplies}` (the replies
  deleted, as they were, in shortcut order).
- `getQuickReplies` lists by shortcut (ignoring case), paged (`size` 1 to 500, default 20);
  `scope`, `permissions` (any of) and `agents` (24-hex user ids, any of) filter.
- Deleting the number deletes its quick replies. Another account's number, or a reply id of
  another number, is a 404."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from ...spec.formats import is_hex24
from ...spec.validation import is_given
from ..clock import Clock
from ..db import Account, Database
from ..db.models import QuickReply
from ..db.quickreplies import (
    NoSuchQuickReply,
    QuickReplyFilter,
    QuickReplyStore,
    ShortcutTaken,
    TooManyQuickReplies,
    shortcut_key,
)
from ..problems import conflict, invalid, not_found
from .accounts import new_id
from .numbers import NumberService
from .paging import page_and_size
from .views import iso

__all__ = ["KEYWORD_LENGTH", "MAX_KEYWORDS", "MAX_QUICK_REPLIES", "QuickReplyService", "quick_reply_view"]

MAX_QUICK_REPLIES = 200
MAX_KEYWORDS = 3
KEYWORD_LENGTH = 30
SHORTCUT_LENGTH = (2, 25)
MESSAGE_LENGTH = (4, 6000)
PERMISSIONS = ("public", "readonly", "private")
SCOPES = ("wa", "chat")

# the account's live stored file of that id, else a 404 (`FileService.require`)
FileCheck = Callable[[Account, str], Awaitable[object]]


def quick_reply_view(reply: QuickReply) -> dict[str, Any]:
    return {
        "id": reply.id,
        "device": reply.device_id,
        "shortcut": reply.shortcut,
        "message": reply.message,
        "keywords": list(reply.keywords or []),
        "permission": reply.permission,
        "file": reply.file_id,
        "scope": reply.scope,
        "agent": reply.agent,
        "createdAt": iso(reply.created_at),
        "updatedAt": iso(reply.updated_at),
    }


def _shortcut(value: Any, field: str = "shortcut") -> str:
    text = value.strip() if isinstance(value, str) else ""
    text = text.removeprefix("/")
    low, high = SHORTCUT_LENGTH
    if not low <= len(text) <= high or any(c.isspace() for c in text):
        raise invalid(field, f"{field} must be {low} to {high} characters without spaces, got {value!r}")
    return text


def _message(value: Any) -> str:
    low, high = MESSAGE_LENGTH
    if not isinstance(value, str) or len(value.strip()) < low or len(value) > high:
        size = len(value) if isinstance(value, str) else value
        raise invalid("message", f"message must be {low} to {high} characters (not blank), got {size!r}")
    return value


def _keywords(value: Any) -> list[str]:
    given = [value] if isinstance(value, str) else value
    if not isinstance(given, list | tuple):
        raise invalid("keywords", f"keywords must be a list of words, got {type(value).__name__}")
    words: dict[str, str] = {}
    for i, word in enumerate(given):
        if not isinstance(word, str) or not 1 <= len(word) <= KEYWORD_LENGTH or not word.isalnum():
            raise invalid(
                f"keywords[{i}]",
                f"a keyword is 1 to {KEYWORD_LENGTH} letters and digits, got {word!r}",
            )
        words.setdefault(word.casefold(), word)
    if len(words) > MAX_KEYWORDS:
        raise invalid("keywords", f"give at most {MAX_KEYWORDS} keywords, got {len(words)}")
    return list(words.values())


def _permission(value: Any) -> str:
    if value not in PERMISSIONS:
        raise invalid("permission", f"permission must be one of {', '.join(PERMISSIONS)}, got {value!r}")
    return str(value)


def _hex24(value: Any, field: str, what: str) -> str:
    if not isinstance(value, str) or not is_hex24(value):
        raise invalid(field, f"{field} must be {what} id: 24 lowercase hex characters, got {value!r}")
    return value


def _deletions(items: Any) -> list[tuple[str, str]] | None:
    """The replies a delete names, as `("id" | "shortcut", value)`; None for all of them."""
    if not isinstance(items, list) or not items:
        raise invalid("deleteItems", 'give a list of {"id"} or {"shortcut"} objects, or [{"all": true}]')
    named: list[tuple[str, str]] = []
    for i, item in enumerate(items):
        field = f"deleteItems[{i}]"
        if not isinstance(item, Mapping) or len(item) != 1 or not {*item} <= {"id", "shortcut", "all"}:
            raise invalid(field, f'{field} must be one of {{"id"}}, {{"shortcut"}} or {{"all": true}}')
        [(kind, value)] = item.items()
        if kind == "all":
            if value is not True or len(items) != 1:
                raise invalid(field, '{"all": true} deletes every quick reply and comes alone')
            return None
        if kind == "id":
            named.append(("id", _hex24(value, f"{field}.id", "a quick reply")))
        else:
            named.append(("shortcut", _shortcut(value, f"{field}.shortcut")))
    return list(dict.fromkeys(named))


class QuickReplyService:
    """A number's quick replies as the account sees them; see the module docstring for the rules."""

    def __init__(self, database: Database, clock: Clock, numbers: NumberService, files: FileCheck) -> None:
        self._clock = clock
        self._numbers = numbers
        self._files = files
        self._replies = QuickReplyStore(database)

    async def _file(self, account: Account, value: Any) -> str | None:
        """The stored file given (a 404 when the account has none such), else None."""
        if not is_given(value):
            return None
        file_id = _hex24(value, "file", "a stored file")
        await self._files(account, file_id)
        return file_id

    async def search(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        scope = values.get("scope")
        if is_given(scope) and scope not in SCOPES:
            raise invalid("scope", f"scope must be wa or chat, got {scope!r}")
        permissions = tuple(_permission(p) for p in values.get("permissions") or ())
        agents: Sequence[Any] = values.get("agents") or ()
        where = QuickReplyFilter(
            scope=str(scope) if is_given(scope) else None,
            permissions=permissions,
            agents=tuple(_hex24(a, f"agents[{i}]", "a user") for i, a in enumerate(agents)),
        )
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        return [quick_reply_view(r) for r in await self._replies.page(device.id, where, *paging)]

    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        shortcut = _shortcut(values.get("shortcut"))
        message = _message(values.get("message"))
        permission = _permission(values["permission"]) if is_given(values.get("permission")) else "public"
        keywords = _keywords(values["keywords"]) if is_given(values.get("keywords")) else []
        file_id = await self._file(account, values.get("file"))
        now = self._clock.now()
        reply = QuickReply(
            id=new_id(),
            device_id=device.id,
            account_id=account.id,
            shortcut=shortcut,
            shortcut_key=shortcut_key(shortcut),
            message=message,
            permission=permission,
            keywords=keywords,
            file_id=file_id,
            scope="chat",
            agent=None,
            created_at=now,
            updated_at=now,
        )
        try:
            await self._replies.create(reply, MAX_QUICK_REPLIES)
        except ShortcutTaken:
            raise self._taken(shortcut) from None
        except TooManyQuickReplies:
            raise conflict(
                "too_many_quick_replies",
                f"a number holds at most {MAX_QUICK_REPLIES} quick replies: delete one first",
                "shortcut",
            ) from None
        return quick_reply_view(reply)

    @staticmethod
    def _taken(shortcut: str) -> Exception:
        return conflict(
            "shortcut_exists",
            f"the number has a quick reply /{shortcut} already (shortcuts ignore case)",
            "shortcut",
        )

    async def update(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        shortcut = _shortcut(values.get("shortcut"))
        given_id = values.get("id")
        named = (
            ("id", _hex24(given_id, "id", "a quick reply")) if is_given(given_id) else ("shortcut", shortcut)
        )
        change: dict[str, Any] = {
            "shortcut": shortcut,
            "message": _message(values.get("message")),
            "keywords": _keywords(values["keywords"]) if is_given(values.get("keywords")) else [],
            "file_id": await self._file(account, values.get("file")),
        }
        if is_given(values.get("permission")):
            change["permission"] = _permission(values["permission"])
        try:
            reply = await self._replies.change(device.id, named, change, self._clock.now())
        except NoSuchQuickReply:
            raise not_found("quick reply", named[1]) from None
        except ShortcutTaken:
            raise self._taken(shortcut) from None
        return quick_reply_view(reply)

    async def delete(self, account: Account, device_id: str, items: Any) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        named = _deletions(items)
        try:
            deleted = await self._replies.delete(device.id, named)
        except NoSuchQuickReply as missing:
            raise not_found("quick reply", missing.named) from None
        return {"deleted": len(deleted), "quickReplies": [quick_reply_view(r) for r in deleted]}
