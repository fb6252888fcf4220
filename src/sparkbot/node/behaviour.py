"""What the workflow node sends, operation by operation, as data (`RULES`, keyed by operation key).

Read from the node's own code. The generic rules hold for every operation (see `parameters.py`):
a top-level parameter left out takes its node default; a field of an options collection travels
only when set, and never as an empty list; a parameter whose `required_when` switch is off is not
sent. The table adds what differs per operation; each `Rule` is about one wire parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Final

from ..spec import JSON, RESOURCES

__all__ = ["RULES", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """How the node sends one wire parameter: whether it is taken, then how it is shaped (the
    shaping steps apply in the order of the fields below `default_with`)."""

    # Sent only when every named node parameter (by its node name) holds one of the values.
    when: tuple[tuple[str, tuple[JSON, ...]], ...] = ()
    # The node sends this value itself (`all: true`), in place of anything the user set.
    fixed: tuple[JSON, ...] = ()
    # Sent even as an empty list: the node spreads this collection as the user set it.
    sends_empty: bool = False
    # Left out, it takes its node default when this node parameter is there (a fixed collection's
    # entry: `eventCoordinates.coordinates` brings latitude and longitude, 0 unless set).
    default_with: str | None = None
    # A fixed collection: `{"participantValues": [...]}` travels as the bare list.
    unwrap: str | None = None
    # Each entry's fields the user left out take these node defaults (n8n fills them in).
    entry_defaults: tuple[tuple[str, JSON], ...] = ()
    # Only these fields of each entry travel (`{phone, admin}`).
    fields: tuple[str, ...] = ()
    # A named transform from `reshapes.RESHAPES` (None from it: not sent).
    reshape: str | None = None
    # Values the node never sends (its `!== 'off'`, `!== 100`...).
    omit: tuple[JSON, ...] = ()
    # Sent only when truthy (the node's `if (value)` / `value.length > 0`).
    truthy: bool = False
    # A query value the node sends even at its catalogue default (`size=20` on the group list, a
    # filter's `false`, a `page=0` the user added); other query values at their default stay
    # out, as the node's `if (value)` checks leave them.
    sends_default: bool = False


_ANY_METHOD_WITH_BODY = ("POST", "PUT", "PATCH", "DELETE")
# The node defaults of fixed-collection entries (`values` of each fixedCollection option).
_PAIR: tuple[tuple[str, JSON], ...] = (("key", ""), ("value", ""))
_PARTICIPANT: tuple[tuple[str, JSON], ...] = (("phone", ""), ("admin", False))
_CONTACT: tuple[tuple[str, JSON], ...] = (("phone", ""), ("name", ""))
_BULK_CONTACT: tuple[tuple[str, JSON], ...] = (
    ("phone", ""),
    ("name", ""),
    ("surname", ""),
    ("email", ""),
    ("companyName", ""),
)

_TABLE: dict[str, dict[str, Rule]] = {
    # send-messages: options `actions` and `expiration` are reshaped for every operation (below)
    "send-messages.sendPoll": {
        "poll.options": Rule(unwrap="options", entry_defaults=(("option", ""),), reshape="poll_options")
    },
    "send-messages.sendPollVote": {"vote.options": Rule(unwrap="options", reshape="vote_options")},
    "send-messages.sendEvent": {
        "event.latitude": Rule(default_with="eventCoordinates"),
        "event.longitude": Rule(default_with="eventCoordinates"),
        "event.call": Rule(omit=("none",)),
    },
    "send-messages.sendContacts": {"contacts": Rule(unwrap="contacts", entry_defaults=_CONTACT)},
    # groups
    "groups.createGroup": {
        "participants": Rule(unwrap="participantValues", entry_defaults=_PARTICIPANT),
        "ephemeral": Rule(omit=("off",)),
    },
    "groups.addGroupParticipants": {
        "participants": Rule(
            unwrap="participantValues", entry_defaults=_PARTICIPANT, fields=("phone", "admin")
        )
    },
    "groups.updateParticipantsPermissions": {
        "participants": Rule(
            unwrap="participantValues", entry_defaults=_PARTICIPANT, fields=("phone", "admin")
        )
    },
    "groups.approveGroupMembers": {"all": Rule(truthy=True)},
    "groups.rejectGroupMembers": {"all": Rule(truthy=True)},
    # channels
    "channels.createChannel": {
        "image.url": Rule(when=(("uploadImage", (True,)), ("imageSource", ("url",)))),
        "image.data": Rule(when=(("uploadImage", (True,)), ("imageSource", ("base64",)))),
    },
    "channels.searchChannels": {"limit": Rule(truthy=True), "countries": Rule(truthy=True)},
    # chats
    "chats.sendTypingStatus": {"duration": Rule(omit=(2,))},
    "chats.deleteDeviceChat": {
        "whatsapp": Rule(truthy=True),
        "force": Rule(when=(("whatsapp", (True,)),), truthy=True),
    },
    "chats.bulkChatsUpdate": {
        "params.remove": Rule(when=(("action", ("labels",)),), truthy=True),
        "params.department": Rule(when=(("action", ("assign",)),), truthy=True),
    },
    # chat-contacts
    "chat-contacts.createContact": {
        "metadata": Rule(unwrap="metadataValues", entry_defaults=_PAIR, truthy=True),
        "languages": Rule(sends_empty=True),
    },
    "chat-contacts.updateContact": {
        "metadata": Rule(unwrap="metadataValues", entry_defaults=_PAIR, truthy=True),
        "languages": Rule(sends_empty=True),
        "$remove": Rule(truthy=True),
    },
    "chat-contacts.updateContactMetadata": {"metadata": Rule(unwrap="metadataValues", entry_defaults=_PAIR)},
    "chat-contacts.upsertContactMetadata": {"metadata": Rule(unwrap="metadataValues", entry_defaults=_PAIR)},
    "chat-contacts.bulkCreateContacts": {
        "contacts": Rule(unwrap="contactValues", entry_defaults=_BULK_CONTACT)
    },
    # team
    "team.deleteUsers": {"users": Rule(unwrap="userItems", reshape="team_users")},
    # departments
    "departments.updateDepartment": {"agents": Rule(truthy=True)},
    # quick-replies
    "quick-replies.createQuickReply": {"permission": Rule(omit=("public",)), "keywords": Rule(truthy=True)},
    "quick-replies.updateQuickReply": {"keywords": Rule(truthy=True)},
    "quick-replies.deleteQuickReplies": {"deleteItems": Rule(unwrap="items", reshape="quick_reply_items")},
    # queue
    "queue.setQueueStatus": {"force": Rule(truthy=True)},
    "queue.emptyQueue": {
        "skipScheduled": Rule(truthy=True),
        "before": Rule(when=(("filterType", ("dateRange",)),)),
        "after": Rule(when=(("filterType", ("dateRange",)),)),
    },
    # profile
    "profile.deviceProfileUpdate": {
        **{
            f"businessProfile.{name}": Rule(when=(("updateBusinessProfile", (True,)),), truthy=True)
            for name in ("address", "description", "email", "websites", "categories")
        },
        "businessProfile.businessHours.timezone": Rule(
            when=(("updateBusinessProfile", (True,)), ("setBusinessHours", (True,)))
        ),
    },
    # catalog
    "catalog.queryCatalog": {"size": Rule(omit=(100,))},
    # meeting-links
    "meeting-links.createMeetingLink": {"expiration": Rule(omit=("30d",))},
    "meeting-links.deleteMeetingLinks": {
        "all": Rule(when=(("deleteMethod", ("all",)),), fixed=(True,)),
        "ids": Rule(when=(("deleteMethod", ("specific",)),), truthy=True),
        "urls": Rule(when=(("deleteMethod", ("specific",)),), truthy=True),
        **{
            name: Rule(when=(("deleteMethod", ("dateRange",)),))
            for name in ("createdBefore", "createdAfter", "expiresBefore", "expiresAfter")
        },
    },
    # user-status
    "user-status.updateUserStatus": {
        "font": Rule(when=(("contentType", ("text",)),)),
        "color": Rule(when=(("contentType", ("text",)),)),
        **{
            f"media.{name}": Rule(when=(("contentType", ("media",)),))
            for name in ("url", "file", "message", "filename")
        },
        "media.format": Rule(when=(("contentType", ("media",)),), omit=("native",)),
        **{
            f"schedule.{kind}": Rule(when=(("scheduleStatus", (True,)), ("scheduleType", (kind,))))
            for kind in ("delay", "delayTo", "date")
        },
    },
    "user-status.deleteUserStatus": {"all": Rule(when=(("deleteMethod", ("all",)),), fixed=(True,))},
    # other
    "other.validateNumbers": {
        "country": Rule(reshape="country"),
        "numbers": Rule(unwrap="numbers", entry_defaults=(("phone", ""),), reshape="phone_numbers"),
    },
    "other.sendRaw": {
        "headers": Rule(unwrap="header", entry_defaults=_PAIR),
        "urlParams": Rule(unwrap="param", entry_defaults=_PAIR),
        "body": Rule(when=(("httpMethod", _ANY_METHOD_WITH_BODY),)),
    },
}

for _op in RESOURCES["send-messages"]:  # every message operation takes the same `options`
    _TABLE.setdefault(_op.key, {}).update(
        actions=Rule(unwrap="actions", reshape="chat_actions"),
        expiration=Rule(reshape="expiration"),
    )

# query values the node sends at their catalogue default: its lists' page size, and the filters it
# spreads into the query as the user set them
_SENDS_DEFAULT = {
    "groups.getDeviceGroupChats": ("size",),
    "channels.getDeviceChannels": ("size",),
    "chats.getDeviceChats": ("unread", "active", "canSend", "readOnly"),
    "quick-replies.getQuickReplies": ("page",),
    "catalog.getCatalog": ("page",),
    "meeting-links.getMeetingLinks": ("page",),
    "webhooks.getWebhookLogs": ("skip",),
}
for _key, _names in _SENDS_DEFAULT.items():
    _rules = _TABLE.setdefault(_key, {})
    for _name in _names:
        _rules[_name] = replace(_rules.get(_name, Rule()), sends_default=True)

RULES: Final = MappingProxyType(_TABLE)
