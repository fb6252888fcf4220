"""Node parameters -> the exact request the workflow node's code sends, for every operation.

Each case was derived by reading the node's `src/actions/<resource>.ts` (walichat/n8n-walichat);
its note says which behaviour of that code it pins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from sparkbot import ValidationError
from sparkbot.node import NodeOperationError, run
from sparkbot.spec import BY_KEY

from ..recording import BASE_URL, DEVICE, Recorder

GROUP = "120363000000000000@g.us"
PHONE = "+16001234560"
PHONE2 = "+16001234561"
MSG = "6a1b2c3d4e5f60718293a4b5"
USER = "5f0c1e2d3c4b5a6978879605"
CHAT = "16001234560@c.us"
NO_BODY = object()


@dataclass(frozen=True)
class Case:
    key: str
    params: dict[str, Any]
    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    body: Any = NO_BODY
    note: str = ""


def c(
    key: str,
    params: dict[str, Any],
    method: str,
    path: str,
    query: dict[str, str] | None = None,
    body: Any = NO_BODY,
    note: str = "",
) -> Case:
    """One case: node parameters (without resource/operation) -> method, path, query, JSON body."""
    return Case(key, params, method, path, query or {}, body, note)


MSGS = "/messages"
TO = {"device": DEVICE, "phone": PHONE}

CASES: list[Case] = [
    # ---- send-messages (send-messages.ts: one POST /messages; body built field by field)
    c(
        "send-messages.sendText",
        {**TO, "message": "hi"},
        "POST",
        MSGS,
        body={**TO, "message": "hi"},
        note="options left out: nothing of them is sent",
    ),
    c(
        "send-messages.sendText",
        {**TO, "message": "hi", "options": {"live": False, "typing": 0, "priority": "high"}},
        "POST",
        MSGS,
        body={**TO, "message": "hi", "live": False, "typing": 0, "priority": "high"},
        note="critical options travel even when falsy, once the user added them",
    ),
    c(
        "send-messages.sendText",
        {**TO, "message": "hi", "options": {"expiration": {"values": {"type": "seconds", "seconds": 90}}}},
        "POST",
        MSGS,
        body={**TO, "message": "hi", "expiration": {"seconds": 90}},
        note="expiration.values {type, seconds} -> {seconds}",
    ),
    c(
        "send-messages.sendText",
        {**TO, "message": "hi", "options": {"expiration": {"values": {"type": "duration", "duration": ""}}}},
        "POST",
        MSGS,
        body={**TO, "message": "hi"},
        note="an expiration without its value is deleted",
    ),
    c(
        "send-messages.sendText",
        {**TO, "message": "hi", "options": {"expiration": {"values": {}}}},
        "POST",
        MSGS,
        body={**TO, "message": "hi", "expiration": {"seconds": 300}},
        note="an expiration entry takes the node defaults: type seconds, 300",
    ),
    c(
        "send-messages.sendText",
        {
            **TO,
            "message": "hi",
            "options": {
                "actions": {
                    "actions": [
                        {"action": "chat:assign:department", "department": USER},
                        {"action": "labels:add", "labels": "vip"},
                        {
                            "action": "metadata:set",
                            "metadata": {
                                "metadataValues": [{"key": "k", "value": "v"}, {"key": "", "value": "x"}]
                            },
                        },
                        {"action": "chat:assign"},
                        {"action": "chat:resolve"},
                    ]
                }
            },
        },
        "POST",
        MSGS,
        body={
            **TO,
            "message": "hi",
            "actions": [
                {"action": "chat:assign", "params": {"department": USER}},
                {"action": "labels:add", "params": {"labels": ["vip"]}},
                {"action": "metadata:set", "params": {"metadata": [{"key": "k", "value": "v"}]}},
                {"action": "chat:resolve"},
            ],
        },
        note="actions.actions unwrapped and reshaped; assign without agent/department skipped",
    ),
    c(
        "send-messages.sendText",
        {"device": DEVICE, "target": "group", "groupId": GROUP, "phone": PHONE, "message": "hi"},
        "POST",
        MSGS,
        body={"device": DEVICE, "group": GROUP, "message": "hi"},
        note="target=group sends group only",
    ),
    c(
        "send-messages.sendMedia",
        {**TO, "mediaUrl": "https://x.test/a.png"},
        "POST",
        MSGS,
        body={**TO, "media": {"url": "https://x.test/a.png"}},
        note="message only when truthy",
    ),
    c(
        "send-messages.sendScheduled",
        {**TO, "message": "later", "deliverAt": "2026-12-01T10:00:00Z"},
        "POST",
        MSGS,
        body={**TO, "message": "later", "deliverAt": "2026-12-01T10:00:00Z"},
    ),
    c(
        "send-messages.sendPoll",
        {
            **TO,
            "pollQuestion": "Q?",
            "pollOptions": {"options": [{"option": "a"}, {"option": " "}, {"option": "b"}]},
        },
        "POST",
        MSGS,
        body={**TO, "poll": {"name": "Q?", "options": ["a", "b"]}},
        note="pollOptions.options -> the option texts, blank ones dropped",
    ),
    c(
        "send-messages.sendPollVote",
        {
            **TO,
            "pollMessageId": MSG,
            "voteOptions": {
                "options": [
                    {"optionType": "id", "id": 0},
                    {"optionType": "value", "value": "b"},
                    {"optionType": "value", "value": ""},
                ]
            },
        },
        "POST",
        MSGS,
        body={**TO, "vote": {"poll": MSG, "options": [{"id": 0}, {"value": "b"}]}},
        note="vote options by type: {id} or {value}; empty ones dropped",
    ),
    c(
        "send-messages.sendPollVote",
        {**TO, "pollMessageId": MSG},
        "POST",
        MSGS,
        body={**TO, "vote": {"poll": MSG, "options": []}},
        note="no vote options: options is an empty list, never an object",
    ),
    c(
        "send-messages.deletePollVote",
        {**TO, "pollMessageId": MSG},
        "POST",
        MSGS,
        body={**TO, "vote": {"poll": MSG, "options": []}},
    ),
    c(
        "send-messages.sendEvent",
        {**TO, "eventName": "Meet", "eventDate": "2026-12-01T10:00:00Z"},
        "POST",
        MSGS,
        body={**TO, "event": {"name": "Meet", "date": "2026-12-01T10:00:00Z"}},
        note="eventCallType 'none' and empty description/location/coordinates are not sent",
    ),
    c(
        "send-messages.sendEvent",
        {
            **TO,
            "eventName": "Meet",
            "eventDate": "2026-12-01T10:00:00Z",
            "eventCallType": "video",
            "eventLocation": "HQ",
            "eventCoordinates": {"coordinates": {"latitude": 40.4, "longitude": -3.7}},
        },
        "POST",
        MSGS,
        body={
            **TO,
            "event": {
                "name": "Meet",
                "date": "2026-12-01T10:00:00Z",
                "location": "HQ",
                "latitude": 40.4,
                "longitude": -3.7,
                "call": "video",
            },
        },
        note="eventCoordinates.coordinates fixed collection; call sent when not none",
    ),
    c(
        "send-messages.sendEvent",
        {
            **TO,
            "eventName": "Meet",
            "eventDate": "2026-12-01T10:00:00Z",
            "eventCoordinates": {"coordinates": {"latitude": 40.4}},
        },
        "POST",
        MSGS,
        body={
            **TO,
            "event": {"name": "Meet", "date": "2026-12-01T10:00:00Z", "latitude": 40.4, "longitude": 0},
        },
        note="a coordinates entry brings both, longitude at its node default 0",
    ),
    c(
        "send-messages.confirmEvent",
        {**TO, "eventMessageId": MSG},
        "POST",
        MSGS,
        body={**TO, "confirm": {"event": MSG, "confirm": True}},
        note="confirm = (eventResponse === 'accept'), default accept -> true",
    ),
    c(
        "send-messages.confirmEvent",
        {**TO, "eventMessageId": MSG, "eventResponse": "decline"},
        "POST",
        MSGS,
        body={**TO, "confirm": {"event": MSG, "confirm": False}},
    ),
    c(
        "send-messages.sendLocation",
        {
            **TO,
            "locationType": "coordinates",
            "locationLatitude": 40.4,
            "locationLongitude": -3.7,
            "locationAddress": "ignored",
        },
        "POST",
        MSGS,
        body={**TO, "location": {"coordinates": [40.4, -3.7]}},
        note="locationType picks the fields",
    ),
    c(
        "send-messages.sendLocation",
        {**TO, "locationAddress": "Gran Via 1", "locationName": "Shop"},
        "POST",
        MSGS,
        body={**TO, "location": {"address": "Gran Via 1", "name": "Shop"}},
    ),
    c(
        "send-messages.sendContacts",
        {**TO, "contactsList": {"contacts": [{"phone": PHONE2, "name": "Bo"}]}},
        "POST",
        MSGS,
        body={**TO, "contacts": [{"phone": PHONE2, "name": "Bo"}]},
        note="contactsList.contacts sent as the bare list",
    ),
    c(
        "send-messages.sendReaction",
        {**TO, "reactionMessageId": MSG, "reactionEmoji": "👍"},
        "POST",
        MSGS,
        body={**TO, "reaction": "👍", "reactionMessage": MSG},
    ),
    c(
        "send-messages.sendProduct",
        {**TO, "productId": "1234567890123456"},
        "POST",
        MSGS,
        body={**TO, "product": "1234567890123456"},
    ),
    c(
        "send-messages.forwardMessage",
        {**TO, "forwardMessageId": MSG},
        "POST",
        MSGS,
        body={**TO, "forward": {"message": MSG}},
        note="forward.chat only when set",
    ),
    c(
        "send-messages.sendText",
        {
            **TO,
            "message": "hi",
            "options": {
                "actions": {
                    "actions": [
                        {"action": "metadata:remove", "keys": "k1"},
                        {"action": "labels:set"},
                        {"action": "metadata:set"},
                        {"action": "no:such"},
                        {"agent": USER},
                    ]
                }
            },
        },
        "POST",
        MSGS,
        body={
            **TO,
            "message": "hi",
            "actions": [
                {"action": "metadata:remove", "params": {"keys": ["k1"]}},
                {"action": "labels:set"},
                {"action": "chat:assign", "params": {"agent": USER}},
            ],
        },
        note="action entry defaults: chat:assign, empty metadata entry (skipped); unknown skipped",
    ),
    c(
        "send-messages.sendPollVote",
        {**TO, "pollMessageId": MSG, "voteOptions": {"options": [{"optionType": "id"}, {"value": "b"}]}},
        "POST",
        MSGS,
        body={**TO, "vote": {"poll": MSG, "options": [{"id": 0}, {"value": "b"}]}},
        note="vote entry defaults: optionType value, id 0",
    ),
    # ---- outbound-messages (outboundMessages.ts)
    c(
        "outbound-messages.searchMessages",
        {"filters": {"status": ["queued"], "ids": [], "search": "x"}},
        "GET",
        "/messages",
        {"status": "queued", "search": "x"},
        note="filters: empty lists dropped",
    ),
    c(
        "outbound-messages.getMessage",
        {"messageId": MSG, "include": ["events"]},
        "GET",
        f"/messages/{MSG}",
        {"include": "events"},
    ),
    c(
        "outbound-messages.updateMessage",
        {"messageId": MSG, "updateFields": {"message": "new", "remove": []}},
        "PATCH",
        f"/messages/{MSG}",
        body={"message": "new"},
        note="remove only when it lists something",
    ),
    c(
        "outbound-messages.deleteMessage",
        {"messageId": MSG},
        "DELETE",
        f"/messages/{MSG}",
        note="force only when true",
    ),
    c(
        "outbound-messages.deleteMessage",
        {"messageId": MSG, "force": True},
        "DELETE",
        f"/messages/{MSG}",
        {"force": "true"},
    ),
    # ---- numbers (numbers.ts)
    c(
        "numbers.getNumbers",
        {"filters": {"search": "sales", "ids": []}},
        "GET",
        "/devices",
        {"search": "sales"},
    ),
    c(
        "numbers.getNumberById",
        {"device": DEVICE, "includeOptions": {"include": ["agents"], "exclude": []}},
        "GET",
        f"/devices/{DEVICE}",
        {"include": "agents"},
    ),
    c(
        "numbers.createNumber",
        {"alias": "sales", "additionalOptions": {"agents": []}},
        "POST",
        "/devices",
        body={"alias": "sales", "billingPlan": "professional"},
        note="billingPlan default sent; empty agents not",
    ),
    c(
        "numbers.updateNumber",
        {"device": DEVICE, "updateFields": {"enable": False, "rebootPolicy": "1h", "deliverySpeed": 0}},
        "PATCH",
        f"/devices/{DEVICE}",
        body={"enable": False, "settings": {"rebootPolicy": "1h", "deliverySpeed": 0}},
        note="enable/deliverySpeed when defined, settings nested",
    ),
    c("numbers.deleteNumber", {"device": DEVICE}, "DELETE", f"/devices/{DEVICE}"),
    c(
        "numbers.deleteChats",
        {"device": DEVICE, "phoneNumbers": [PHONE]},
        "DELETE",
        f"/devices/{DEVICE}/chats",
        body=[PHONE],
        note="the list is the whole body",
    ),
    # ---- groups (groups.ts)
    c(
        "groups.getGroupById",
        {"device": DEVICE, "groupId": GROUP},
        "GET",
        f"/devices/{DEVICE}/groups/{GROUP}",
    ),
    c(
        "groups.createGroup",
        {
            "device": DEVICE,
            "name": "Team",
            "participants": {"participantValues": [{"phone": PHONE, "admin": True}]},
        },
        "POST",
        f"/devices/{DEVICE}/groups",
        body={"name": "Team", "participants": [{"phone": PHONE, "admin": True}]},
        note="participants unwrapped; ephemeral 'off' never sent on create",
    ),
    c(
        "groups.createGroup",
        {
            "device": DEVICE,
            "name": "Team",
            "ephemeral": "7d",
            "permissions": {"send": "admins", "approval": False},
            "participants": {"participantValues": [{"phone": PHONE}]},
        },
        "POST",
        f"/devices/{DEVICE}/groups",
        body={
            "name": "Team",
            "ephemeral": "7d",
            "permissions": {"send": "admins", "approval": False},
            "participants": [{"phone": PHONE, "admin": False}],
        },
        note="permissions: the ones set; approval when defined; entry defaults filled",
    ),
    c(
        "groups.updateGroup",
        {"device": DEVICE, "groupId": GROUP, "name": "New"},
        "PATCH",
        f"/devices/{DEVICE}/groups/{GROUP}",
        body={"name": "New", "ephemeral": "off"},
        note="on update, ephemeral's default 'off' is truthy: sent",
    ),
    c(
        "groups.groupUpdateImage",
        {"device": DEVICE, "groupId": GROUP, "url": "https://x.test/i.png"},
        "PUT",
        f"/devices/{DEVICE}/groups/{GROUP}/image",
        body={"url": "https://x.test/i.png"},
    ),
    c(
        "groups.addGroupParticipants",
        {
            "device": DEVICE,
            "groupId": GROUP,
            "participants": {"participantValues": [{"phone": PHONE, "admin": False, "extra": 1}]},
        },
        "POST",
        f"/devices/{DEVICE}/groups/{GROUP}/participants",
        body={"participants": [{"phone": PHONE, "admin": False}]},
        note="participantValues mapped to {phone, admin}",
    ),
    c(
        "groups.updateParticipantsPermissions",
        {
            "device": DEVICE,
            "groupId": GROUP,
            "participants": {"participantValues": [{"phone": PHONE, "admin": True}]},
        },
        "PATCH",
        f"/devices/{DEVICE}/groups/{GROUP}/participants",
        body={"participants": [{"phone": PHONE, "admin": True}]},
    ),
    c(
        "groups.removeGroupParticipants",
        {"device": DEVICE, "groupId": GROUP, "phones": [PHONE]},
        "DELETE",
        f"/devices/{DEVICE}/groups/{GROUP}/participants",
        body=[PHONE],
    ),
    c(
        "groups.getGroupPendingMembers",
        {"device": DEVICE, "groupId": GROUP},
        "GET",
        f"/devices/{DEVICE}/groups/{GROUP}/members",
    ),
    c(
        "groups.approveGroupMembers",
        {"device": DEVICE, "groupId": GROUP, "all": True, "phones": [PHONE]},
        "POST",
        f"/devices/{DEVICE}/groups/{GROUP}/members",
        body={"all": True},
        note="all: true drops phones",
    ),
    c(
        "groups.approveGroupMembers",
        {"device": DEVICE, "groupId": GROUP, "phones": [PHONE]},
        "POST",
        f"/devices/{DEVICE}/groups/{GROUP}/members",
        body={"phones": [PHONE]},
        note="all false is not sent",
    ),
    c(
        "groups.rejectGroupMembers",
        {"device": DEVICE, "groupId": GROUP, "all": True},
        "DELETE",
        f"/devices/{DEVICE}/groups/{GROUP}/members",
        body={"all": True},
    ),
    c(
        "groups.getGroupInviteCode",
        {"device": DEVICE, "groupId": GROUP},
        "GET",
        f"/devices/{DEVICE}/groups/{GROUP}/invite",
    ),
    c(
        "groups.revokeGroupInvite",
        {"device": DEVICE, "groupId": GROUP},
        "DELETE",
        f"/devices/{DEVICE}/groups/{GROUP}/invite",
    ),
    c(
        "groups.joinGroup",
        {"device": DEVICE, "joinMethod": "code", "code": "AbC", "url": "x"},
        "PUT",
        f"/devices/{DEVICE}/groups",
        body={"code": "AbC"},
    ),
    c(
        "groups.leaveGroup",
        {"device": DEVICE, "id": GROUP},
        "DELETE",
        f"/devices/{DEVICE}/groups",
        body={"id": GROUP, "remove": True},
        note="remove defaults to true and is always sent",
    ),
    # ---- channels (channels.ts)
    c(
        "channels.getChannelById",
        {"device": DEVICE, "channelId": "1@newsletter"},
        "GET",
        f"/devices/{DEVICE}/channels/1@newsletter",
    ),
    c(
        "channels.createChannel",
        {"device": DEVICE, "name": "News", "imageUrl": "https://x.test/i.png"},
        "POST",
        f"/devices/{DEVICE}/channels",
        body={"name": "News"},
        note="no image unless uploadImage",
    ),
    c(
        "channels.createChannel",
        {
            "device": DEVICE,
            "name": "News",
            "uploadImage": True,
            "imageSource": "base64",
            "imageData": "aGk=",
            "imageUrl": "https://x.test/i.png",
        },
        "POST",
        f"/devices/{DEVICE}/channels",
        body={"name": "News", "image": {"data": "aGk="}},
        note="imageSource picks image.url or image.data",
    ),
    c(
        "channels.updateChannel",
        {"device": DEVICE, "channelId": "1@newsletter", "name": "N"},
        "PATCH",
        f"/devices/{DEVICE}/channels/1@newsletter",
        body={"name": "N"},
    ),
    c(
        "channels.channelUpdateImage",
        {"device": DEVICE, "channelId": "1@newsletter", "imageSource": "base64", "image": "aGk="},
        "PUT",
        f"/devices/{DEVICE}/channels/1@newsletter/image",
        body={"image": "aGk="},
    ),
    c(
        "channels.deleteChannel",
        {"device": DEVICE, "channelId": "1@newsletter"},
        "DELETE",
        f"/devices/{DEVICE}/channels/1@newsletter",
    ),
    c(
        "channels.joinChannel",
        {"device": DEVICE, "url": "https://whatsapp.com/channel/x"},
        "PUT",
        f"/devices/{DEVICE}/channels",
        body={"url": "https://whatsapp.com/channel/x"},
    ),
    c(
        "channels.searchChannels",
        {"device": DEVICE},
        "PATCH",
        f"/devices/{DEVICE}/channels",
        body={"limit": 50, "category": "recommended", "sort": "desc", "sortField": "subscribers"},
        note="defaults sent; countries only when it lists something",
    ),
    # ---- chats (chats.ts)
    c(
        "chats.getDeviceChatDetails",
        {"device": DEVICE, "chatId": CHAT, "include": ["notes", "messages"]},
        "GET",
        f"/chat/{DEVICE}/chats/{CHAT}",
        {"include": "notes,messages"},
    ),
    c(
        "chats.sendTypingStatus",
        {"device": DEVICE, "chat": PHONE},
        "POST",
        f"/chat/{DEVICE}/typing",
        body={"action": "typing", "chat": PHONE},
        note="duration 2 (the default) not sent",
    ),
    c(
        "chats.sendTypingStatus",
        {"device": DEVICE, "targetType": "group", "group": GROUP, "duration": 5},
        "POST",
        f"/chat/{DEVICE}/typing",
        body={"action": "typing", "duration": 5, "group": GROUP},
    ),
    c(
        "chats.syncDeviceChats",
        {"device": DEVICE, "size": 10},
        "POST",
        f"/chat/{DEVICE}/sync",
        {"size": "10"},
        note="size/messages only when not 50",
    ),
    c(
        "chats.syncDeviceChatMessages",
        {"device": DEVICE, "chatId": CHAT, "page": 2},
        "GET",
        f"/chat/{DEVICE}/chats/{CHAT}/sync",
        {"page": "2"},
    ),
    c(
        "chats.updateChatReadStatus",
        {"device": DEVICE, "chatId": CHAT},
        "PATCH",
        f"/chat/{DEVICE}/chats/{CHAT}/unread",
        body={"unread": False},
        note="unread always sent",
    ),
    c(
        "chats.setChatStatus",
        {"device": DEVICE, "chatId": CHAT, "status": "resolved"},
        "PATCH",
        f"/chat/{DEVICE}/chats/{CHAT}/status",
        body={"status": "resolved"},
    ),
    c(
        "chats.getGroupParticipants",
        {
            "device": DEVICE,
            "chatId": GROUP,
            "participantFilters": {"role": ["admin"], "phone": [], "search": ""},
        },
        "GET",
        f"/chat/{DEVICE}/chats/{GROUP}/participants",
        {"role": "admin"},
    ),
    c(
        "chats.assignChatAgent",
        {
            "device": DEVICE,
            "chatId": CHAT,
            "assignmentType": "both",
            "agent": USER,
            "department": MSG,
            "email": "a@b.test",
        },
        "PATCH",
        f"/chat/{DEVICE}/chats/{CHAT}/owner",
        body={"agent": USER, "department": MSG},
    ),
    c(
        "chats.unassignChatAgent",
        {"device": DEVICE, "chatId": CHAT},
        "DELETE",
        f"/chat/{DEVICE}/chats/{CHAT}/owner",
    ),
    c(
        "chats.createChatNote",
        {"device": DEVICE, "chatId": CHAT, "message": "note", "noteAdvancedOptions": {"quote": ""}},
        "POST",
        f"/chat/{DEVICE}/chats/{CHAT}/notes",
        body={"message": "note"},
    ),
    c(
        "chats.deleteChatNote",
        {"device": DEVICE, "chatId": CHAT, "ids": [MSG]},
        "DELETE",
        f"/chat/{DEVICE}/chats/{CHAT}/notes",
        body={"ids": [MSG]},
    ),
    c(
        "chats.updateChatLabels",
        {"device": DEVICE, "chatId": CHAT, "labels": ["vip"], "updateType": "upsert"},
        "PATCH",
        f"/chat/{DEVICE}/chats/{CHAT}/labels",
        {"upsert": "true"},
        body=["vip"],
    ),
    c(
        "chats.updateChatMeta",
        {"device": DEVICE, "chatId": CHAT, "attributes": {"muted": False}},
        "PATCH",
        f"/chat/{DEVICE}/chats/{CHAT}/attributes",
        body={"muted": False},
    ),
    c("chats.archiveChat", {"device": DEVICE, "chatId": CHAT}, "PUT", f"/chat/{DEVICE}/chats/{CHAT}/archive"),
    c(
        "chats.unarchiveChat",
        {"device": DEVICE, "chatId": CHAT},
        "DELETE",
        f"/chat/{DEVICE}/chats/{CHAT}/archive",
    ),
    c(
        "chats.deleteDeviceChat",
        {"device": DEVICE, "chatId": CHAT, "force": True},
        "DELETE",
        f"/chat/{DEVICE}/chats/{CHAT}",
        note="without whatsapp: no body at all (force ignored)",
    ),
    c(
        "chats.deleteDeviceChat",
        {"device": DEVICE, "chatId": CHAT, "whatsapp": True},
        "DELETE",
        f"/chat/{DEVICE}/chats/{CHAT}",
        body={"whatsapp": True},
    ),
    c(
        "chats.bulkChatsUpdate",
        {
            "device": DEVICE,
            "action": "labels",
            "chats": [CHAT],
            "addLabels": ["vip"],
            "removeLabels": [],
            "agent": USER,
        },
        "PATCH",
        f"/chat/{DEVICE}/chats",
        body={"action": "labels", "chats": [CHAT], "params": {"add": ["vip"]}},
        note="params by action; remove only when non-empty",
    ),
    c(
        "chats.bulkChatsUpdate",
        {"device": DEVICE, "action": "resolve", "chats": [CHAT], "removeLabels": ["x"], "department": MSG},
        "PATCH",
        f"/chat/{DEVICE}/chats",
        body={"action": "resolve", "chats": [CHAT]},
    ),
    # ---- chat-contacts (chatContacts.ts)
    c(
        "chat-contacts.getDeviceContacts",
        {"device": DEVICE, "filters": {"search": "ana", "labels": []}},
        "GET",
        f"/chat/{DEVICE}/contacts",
        {"search": "ana"},
    ),
    c(
        "chat-contacts.getDeviceContactDetails",
        {"device": DEVICE, "contactId": CHAT},
        "GET",
        f"/chat/{DEVICE}/contacts/{CHAT}",
    ),
    c(
        "chat-contacts.createContact",
        {
            "device": DEVICE,
            "phone": PHONE,
            "contactFields": {"name": "Ana", "sync": False, "languages": []},
            "contactMetadata": {"metadataValues": [{"key": "k", "value": "v"}]},
        },
        "POST",
        f"/chat/{DEVICE}/contacts",
        body={
            "phone": PHONE,
            "name": "Ana",
            "sync": False,
            "languages": [],
            "metadata": [{"key": "k", "value": "v"}],
        },
        note="contactFields spread as set; metadata unwrapped",
    ),
    c(
        "chat-contacts.createContact",
        {"device": DEVICE, "phone": PHONE},
        "POST",
        f"/chat/{DEVICE}/contacts",
        body={"phone": PHONE},
        note="no metadata: none sent (not {})",
    ),
    c(
        "chat-contacts.updateContact",
        {"device": DEVICE, "contactId": CHAT, "contactFields": {"surname": "Li"}},
        "PATCH",
        f"/chat/{DEVICE}/contacts/{CHAT}",
        body={"surname": "Li"},
        note="$remove only when non-empty",
    ),
    c(
        "chat-contacts.updateContactMetadata",
        {"device": DEVICE, "contactId": CHAT, "metadata": {"metadataValues": [{"key": "k", "value": "v"}]}},
        "PUT",
        f"/chat/{DEVICE}/contacts/{CHAT}/metadata",
        body=[{"key": "k", "value": "v"}],
    ),
    c(
        "chat-contacts.upsertContactMetadata",
        {"device": DEVICE, "contactId": CHAT, "metadata": {"metadataValues": [{"key": "k", "value": "v"}]}},
        "PATCH",
        f"/chat/{DEVICE}/contacts/{CHAT}/metadata",
        body=[{"key": "k", "value": "v"}],
    ),
    c(
        "chat-contacts.deleteContact",
        {"device": DEVICE, "contactId": CHAT},
        "DELETE",
        f"/chat/{DEVICE}/contacts/{CHAT}",
    ),
    c(
        "chat-contacts.bulkCreateContacts",
        {"device": DEVICE, "contacts": {"contactValues": [{"phone": PHONE, "name": "Ana"}]}, "upsert": False},
        "PATCH",
        f"/chat/{DEVICE}/contacts",
        {"upsert": "false"},
        body=[{"phone": PHONE, "name": "Ana", "surname": "", "email": "", "companyName": ""}],
        note="contactValues (entry defaults filled) is the body; upsert only when not true",
    ),
    c(
        "chat-contacts.blockContacts",
        {"device": DEVICE, "contacts": [PHONE]},
        "POST",
        f"/devices/{DEVICE}/block",
        body={"contacts": [PHONE]},
    ),
    c(
        "chat-contacts.unblockContacts",
        {"device": DEVICE, "contacts": [PHONE]},
        "DELETE",
        f"/devices/{DEVICE}/block",
        body={"contacts": [PHONE]},
    ),
    # ---- chat-messages (chatMessages.ts)
    c(
        "chat-messages.getChatMessages",
        {"device": DEVICE, "filters": {"flow": "inbound", "ack": []}},
        "GET",
        f"/chat/{DEVICE}/messages",
        {"flow": "inbound"},
    ),
    c(
        "chat-messages.getDeviceMessageDetails",
        {"device": DEVICE, "messageId": MSG},
        "GET",
        f"/chat/{DEVICE}/messages/{MSG}",
    ),
    c(
        "chat-messages.getMessageAckInfo",
        {"device": DEVICE, "messageId": MSG},
        "GET",
        f"/chat/{DEVICE}/messages/{MSG}/ackinfo",
    ),
    c(
        "chat-messages.editMessage",
        {"device": DEVICE, "messageId": MSG, "message": "fixed"},
        "PATCH",
        f"/chat/{DEVICE}/messages/{MSG}",
        body={"message": "fixed"},
    ),
    c(
        "chat-messages.deleteDeviceMessage",
        {"device": DEVICE, "messageId": MSG, "deleteOptions": {"revoke": True, "force": False}},
        "DELETE",
        f"/chat/{DEVICE}/messages/{MSG}",
        {"revoke": "true"},
    ),
    # ---- chat-files (chatFiles.ts)
    c(
        "chat-files.getDeviceFiles",
        {"device": DEVICE, "filters": {"type": ["image"], "chat": []}},
        "GET",
        f"/chat/{DEVICE}/files",
        {"type": "image"},
    ),
    c(
        "chat-files.getDeviceFileDetails",
        {"device": DEVICE, "fileId": MSG},
        "GET",
        f"/chat/{DEVICE}/files/{MSG}",
    ),
    c(
        "chat-files.downloadDeviceFileDetails",
        {"device": DEVICE, "fileId": MSG},
        "GET",
        f"/chat/{DEVICE}/files/{MSG}/download",
    ),
    # ---- team (team.ts)
    c("team.getTeamUsers", {"filters": {"role": ["agent"], "ids": []}}, "GET", "/team", {"role": "agent"}),
    c(
        "team.updateTeamUser",
        {"id": USER, "updateFields": {"displayName": "Ana", "email": ""}},
        "PATCH",
        "/team",
        body={"id": USER, "displayName": "Ana"},
    ),
    c(
        "team.deleteUsers",
        {
            "users": {
                "userItems": [
                    {
                        "identifierType": "email",
                        "email": "a@b.test",
                        "id": USER,
                        "action": "reassign",
                        "assign": MSG,
                        "remove": False,
                    },
                    {"identifierType": "id", "id": USER, "action": "resolve", "remove": True, "assign": MSG},
                ]
            }
        },
        "DELETE",
        "/team",
        body={
            "force": False,
            "users": [
                {"action": "reassign", "remove": False, "email": "a@b.test", "assign": MSG},
                {"action": "resolve", "remove": True, "id": USER},
            ],
        },
        note="userItems mapped by identifierType and action; force always sent",
    ),
    c(
        "team.deleteUsers",
        {"force": True, "users": {"userItems": [{"email": "a@b.test"}]}},
        "DELETE",
        "/team",
        body={"force": True, "users": [{"action": "unassign", "remove": False}]},
        note="user entry defaults: identifierType id, action unassign, remove false",
    ),
    c("team.getDeviceTeamMembers", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/team"),
    c(
        "team.createDeviceUser",
        {"device": DEVICE, "displayName": "Ana", "email": "a@b.test", "password": "secret1"},
        "POST",
        f"/devices/{DEVICE}/team",
        body={
            "displayName": "Ana",
            "email": "a@b.test",
            "password": "secret1",
            "role": "agent",
            "color": "blue",
            "invite": False,
        },
        note="every field, defaults included",
    ),
    c(
        "team.grantDeviceUserAccess",
        {"device": DEVICE, "id": USER},
        "PATCH",
        f"/devices/{DEVICE}/team",
        body={"id": USER},
    ),
    c(
        "team.revokeDeviceUserAccess",
        {"device": DEVICE, "identifierType": "email", "email": "a@b.test", "id": USER, "assign": MSG},
        "DELETE",
        f"/devices/{DEVICE}/team",
        body={"email": "a@b.test", "action": "unassign", "remove": False},
        note="assign only when action is reassign",
    ),
    # ---- labels (labels.ts)
    c("labels.getLabels", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/labels"),
    c(
        "labels.createLabel",
        {"device": DEVICE, "name": "vip", "color": "ruby"},
        "POST",
        f"/devices/{DEVICE}/labels",
        body={"name": "vip", "color": "ruby"},
        note="description when set",
    ),
    c(
        "labels.updateLabel",
        {"device": DEVICE, "name": "vip", "color": "aqua", "description": "d"},
        "PATCH",
        f"/devices/{DEVICE}/labels",
        body={"name": "vip", "color": "aqua", "description": "d"},
    ),
    c(
        "labels.deleteLabel",
        {"device": DEVICE, "name": "vip"},
        "DELETE",
        f"/devices/{DEVICE}/labels",
        body={"name": "vip"},
    ),
    # ---- departments (departments.ts)
    c("departments.getDepartments", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/departments"),
    c(
        "departments.createDepartment",
        {"device": DEVICE, "name": "Sales", "color": "gold", "agents": [USER]},
        "POST",
        f"/devices/{DEVICE}/departments",
        body={"name": "Sales", "color": "gold", "icon": "briefcase", "agents": [USER]},
    ),
    c(
        "departments.updateDepartment",
        {"device": DEVICE, "department": MSG, "name": "Ops"},
        "PATCH",
        f"/devices/{DEVICE}/departments",
        body={"department": MSG, "name": "Ops"},
        note="agents only when non-empty",
    ),
    c(
        "departments.deleteDepartment",
        {"device": DEVICE, "department": MSG},
        "DELETE",
        f"/devices/{DEVICE}/departments",
        body={"department": MSG},
    ),
    # ---- outbound-files (outboundFiles.ts)
    c(
        "outbound-files.searchFiles",
        {"filters": {"kind": ["image"], "tags": []}},
        "GET",
        "/files",
        {"kind": "image"},
    ),
    c(
        "outbound-files.uploadFile",
        {"url": "https://x.test/a.pdf", "fileOptions": {"tags": [], "format": "native"}},
        "POST",
        "/files",
        body={"url": "https://x.test/a.pdf", "format": "native"},
        note="fileOptions as set, empty lists dropped",
    ),
    c(
        "outbound-files.deleteFiles",
        {"deleteOptions": {"limit": 10, "ids": []}},
        "DELETE",
        "/files",
        body={"limit": 10},
    ),
    c("outbound-files.previewFile", {"fileId": MSG}, "GET", f"/files/{MSG}/preview"),
    c("outbound-files.downloadFile", {"fileId": MSG}, "GET", f"/files/{MSG}/download"),
    c("outbound-files.getFile", {"fileId": MSG}, "GET", f"/files/{MSG}"),
    c(
        "outbound-files.updateFile",
        {"fileId": MSG, "updateFields": {"reference": "r1"}},
        "PATCH",
        f"/files/{MSG}",
        body={"reference": "r1"},
    ),
    c("outbound-files.deleteFile", {"fileId": MSG}, "DELETE", f"/files/{MSG}"),
    # ---- quick-replies (quick-replies.ts)
    c(
        "quick-replies.getQuickReplies",
        {"device": DEVICE, "filters": {"scope": "chat", "agents": []}},
        "GET",
        f"/devices/{DEVICE}/quickReplies",
        {"scope": "chat"},
    ),
    c(
        "quick-replies.createQuickReply",
        {"device": DEVICE, "shortcut": "hi", "message": "Hello!"},
        "POST",
        f"/devices/{DEVICE}/quickReplies",
        body={"shortcut": "hi", "message": "Hello!"},
        note="permission 'public' and empty keywords are not sent",
    ),
    c(
        "quick-replies.createQuickReply",
        {
            "device": DEVICE,
            "shortcut": "hi",
            "message": "Hello!",
            "permission": "private",
            "includeFile": True,
            "file": MSG,
            "keywords": ["hey"],
        },
        "POST",
        f"/devices/{DEVICE}/quickReplies",
        body={
            "shortcut": "hi",
            "message": "Hello!",
            "permission": "private",
            "file": MSG,
            "keywords": ["hey"],
        },
    ),
    c(
        "quick-replies.updateQuickReply",
        {"device": DEVICE, "shortcut": "hi", "message": "Hello!", "file": MSG},
        "PATCH",
        f"/devices/{DEVICE}/quickReplies",
        body={"shortcut": "hi", "message": "Hello!", "permission": "public"},
        note="on update permission is sent; file only with includeFile",
    ),
    c(
        "quick-replies.deleteQuickReplies",
        {
            "device": DEVICE,
            "deleteItems": {
                "items": [{"type": "id", "id": MSG}, {"type": "shortcut", "shortcut": "hi", "id": USER}]
            },
        },
        "DELETE",
        f"/devices/{DEVICE}/quickReplies",
        body=[{"id": MSG}, {"shortcut": "hi"}],
        note="items reshaped by type",
    ),
    c(
        "quick-replies.deleteQuickReplies",
        {"device": DEVICE, "deleteMethod": "all"},
        "DELETE",
        f"/devices/{DEVICE}/quickReplies",
        body=[{"all": True}],
    ),
    c(
        "quick-replies.deleteQuickReplies",
        {"device": DEVICE, "deleteItems": {"items": [{"id": MSG}, {"shortcut": "hi"}]}},
        "DELETE",
        f"/devices/{DEVICE}/quickReplies",
        body=[{"id": MSG}],
        note="item type defaults to id: a shortcut without type is dropped",
    ),
    # ---- queue (queue.ts)
    c("queue.getQueueStatus", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/queue"),
    c(
        "queue.setQueueStatus",
        {"device": DEVICE, "status": "pause"},
        "POST",
        f"/devices/{DEVICE}/queue",
        body={"status": "pause"},
        note="force only when true",
    ),
    c(
        "queue.emptyQueue",
        {"device": DEVICE},
        "DELETE",
        f"/devices/{DEVICE}/queue",
        note="no filter, skipScheduled false: no body",
    ),
    c(
        "queue.emptyQueue",
        {
            "device": DEVICE,
            "filterType": "phones",
            "phones": [PHONE],
            "skipScheduled": True,
            "dateFilters": {"before": "2026-12-01T10:00:00Z"},
        },
        "DELETE",
        f"/devices/{DEVICE}/queue",
        body={"skipScheduled": True, "phones": [PHONE]},
        note="dateFilters only with filterType dateRange",
    ),
    # ---- session (session.ts)
    c("session.syncSession", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/sync"),
    c(
        "session.startDevice",
        {"device": DEVICE, "wait": True},
        "POST",
        f"/devices/{DEVICE}/start",
        {"wait": "true"},
    ),
    c(
        "session.scanQR",
        {"device": DEVICE, "encoding": "json"},
        "GET",
        f"/devices/{DEVICE}/scan",
        {"encoding": "json"},
    ),
    c(
        "session.resetDevice",
        {"device": DEVICE, "resetOptions": {"data": True, "wait": False}},
        "POST",
        f"/devices/{DEVICE}/reset",
        {"data": "true"},
    ),
    c("session.rebootDevice", {"device": DEVICE}, "POST", f"/devices/{DEVICE}/reboot"),
    c("session.deviceHealth", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/health"),
    c(
        "session.requestNumberAuthCode",
        {"device": DEVICE, "phone": PHONE},
        "POST",
        f"/devices/{DEVICE}/authcode",
        body={"phone": PHONE},
    ),
    # ---- profile (profile.ts)
    c("profile.deviceProfile", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/profile"),
    c(
        "profile.deviceProfileUpdate",
        {"device": DEVICE, "name": "Shop", "businessProfile": {"email": "a@b.test"}},
        "PATCH",
        f"/devices/{DEVICE}/profile",
        body={"name": "Shop"},
        note="no business profile (nor timezone) without updateBusinessProfile",
    ),
    c(
        "profile.deviceProfileUpdate",
        {
            "device": DEVICE,
            "updateBusinessProfile": True,
            "setBusinessHours": True,
            "timezone": "Europe/Madrid",
            "businessProfile": {"email": "a@b.test", "websites": []},
        },
        "PATCH",
        f"/devices/{DEVICE}/profile",
        body={"businessProfile": {"email": "a@b.test", "businessHours": {"timezone": "Europe/Madrid"}}},
    ),
    c("profile.deviceProfileImage", {"device": DEVICE}, "GET", f"/devices/{DEVICE}/profile/image"),
    c(
        "profile.updateProfileImage",
        {"device": DEVICE, "url": "https://x.test/i.png"},
        "PUT",
        f"/devices/{DEVICE}/profile/image",
        body={"url": "https://x.test/i.png"},
    ),
    # ---- catalog (catalog.ts)
    c(
        "catalog.getCatalog",
        {"device": DEVICE, "pagination": {"size": 50}},
        "GET",
        f"/devices/{DEVICE}/catalog",
        {"size": "50"},
    ),
    c(
        "catalog.queryCatalog",
        {"device": DEVICE, "phone": PHONE},
        "POST",
        f"/devices/{DEVICE}/catalog",
        body={"phone": PHONE},
        note="size only when not 100",
    ),
    c(
        "catalog.queryCatalog",
        {"device": DEVICE, "phone": PHONE, "size": 5},
        "POST",
        f"/devices/{DEVICE}/catalog",
        body={"phone": PHONE, "size": 5},
    ),
    # ---- campaigns (campaigns.ts)
    c(
        "campaigns.getCampaigns",
        {"filters": {"status": [], "sort": "date:asc"}},
        "GET",
        "/campaigns",
        {"sort": "date:asc"},
    ),
    c("campaigns.getCampaign", {"campaignId": MSG}, "GET", f"/campaigns/{MSG}"),
    c(
        "campaigns.updateCampaign",
        {"campaignId": MSG},
        "PUT",
        f"/campaigns/{MSG}/status",
        body={"action": "start"},
    ),
    c(
        "campaigns.getCampaignContacts",
        {"campaignId": MSG, "contactFilters": {"kind": ["group"]}},
        "GET",
        f"/campaigns/{MSG}/contacts",
        {"kind": "group"},
    ),
    c("campaigns.deleteCampaign", {"campaignId": MSG}, "DELETE", f"/campaigns/{MSG}"),
    # ---- meeting-links (meeting-links.ts)
    c(
        "meeting-links.getMeetingLinks",
        {"device": DEVICE, "filters": {"kind": ["video"]}},
        "GET",
        f"/devices/{DEVICE}/meeting-links",
        {"kind": "video"},
    ),
    c(
        "meeting-links.createMeetingLink",
        {"device": DEVICE},
        "POST",
        f"/devices/{DEVICE}/meeting-links",
        body={"kind": "voice"},
        note="expiration '30d' not sent",
    ),
    c(
        "meeting-links.deleteMeetingLinks",
        {"device": DEVICE, "ids": [MSG], "urls": []},
        "DELETE",
        f"/devices/{DEVICE}/meeting-links",
        body={"ids": [MSG]},
        note="urls only when non-empty",
    ),
    c(
        "meeting-links.deleteMeetingLinks",
        {"device": DEVICE, "deleteMethod": "all", "ids": [MSG]},
        "DELETE",
        f"/devices/{DEVICE}/meeting-links",
        body={"all": True},
    ),
    c(
        "meeting-links.deleteMeetingLinks",
        {
            "device": DEVICE,
            "deleteMethod": "dateRange",
            "ids": [MSG],
            "dateFilters": {"createdBefore": "2026-12-01T10:00:00Z"},
        },
        "DELETE",
        f"/devices/{DEVICE}/meeting-links",
        body={"createdBefore": "2026-12-01T10:00:00Z"},
    ),
    # ---- user-status (userStatus.ts)
    c(
        "user-status.getUserStatus",
        {"device": DEVICE, "filters": {"type": ["text"], "wid": []}},
        "GET",
        f"/chat/{DEVICE}/status",
        {"type": "text"},
    ),
    c(
        "user-status.getUserStatusById",
        {"device": DEVICE, "statusId": MSG},
        "GET",
        f"/chat/{DEVICE}/status/{MSG}",
    ),
    c(
        "user-status.updateUserStatus",
        {"device": DEVICE, "message": "hello", "format": "gif"},
        "POST",
        f"/chat/{DEVICE}/status",
        body={"message": "hello", "font": "helvetica", "color": "sky_blue"},
        note="text status: message, font, color; no media fields",
    ),
    c(
        "user-status.updateUserStatus",
        {
            "device": DEVICE,
            "contentType": "media",
            "url": "https://x.test/v.mp4",
            "format": "native",
            "font": "serif",
            "scheduleStatus": True,
            "scheduleType": "delayTo",
            "delay": 30,
        },
        "POST",
        f"/chat/{DEVICE}/status",
        body={"schedule": {"delayTo": "1h"}, "media": {"url": "https://x.test/v.mp4"}},
        note="media status: no font/color; format native not sent; schedule by scheduleType",
    ),
    c(
        "user-status.deleteUserStatus",
        {"device": DEVICE, "deleteMethod": "all", "status": ["x"]},
        "DELETE",
        f"/chat/{DEVICE}/status",
        body={"all": True},
    ),
    c(
        "user-status.deleteUserStatus",
        {"device": DEVICE, "deleteMethod": "scheduled", "scheduled": [MSG]},
        "DELETE",
        f"/chat/{DEVICE}/status",
        body={"scheduled": [MSG]},
    ),
    # ---- webhooks (webhooks.ts)
    c(
        "webhooks.getWebhooks",
        {"filters": {"status": ["active"], "devices": []}},
        "GET",
        "/webhooks",
        {"status": "active"},
    ),
    c(
        "webhooks.createWebhook",
        {"name": "w", "url": "https://x.test/hook"},
        "POST",
        "/webhooks",
        body={"name": "w", "url": "https://x.test/hook", "events": ["message:in:new"]},
    ),
    c("webhooks.getWebhook", {"webhookId": MSG}, "GET", f"/webhooks/{MSG}"),
    c(
        "webhooks.updateWebhook",
        {
            "webhookId": MSG,
            "name": "w",
            "url": "https://x.test/hook",
            "events": ["message:out:new"],
            "device": DEVICE,
        },
        "PATCH",
        f"/webhooks/{MSG}",
        body={"name": "w", "url": "https://x.test/hook", "events": ["message:out:new"], "device": DEVICE},
    ),
    c("webhooks.deleteWebhook", {"webhookId": MSG}, "DELETE", f"/webhooks/{MSG}"),
    c("webhooks.enableWebhook", {"webhookId": MSG}, "POST", f"/webhooks/{MSG}/enable"),
    c(
        "webhooks.getWebhookLogs",
        {"webhookId": MSG, "options": {"size": 5, "skip": 10}},
        "GET",
        f"/webhooks/{MSG}/logs",
        {"size": "5", "skip": "10"},
    ),
    # ---- other (other.ts)
    c("other.verifyNumberExists", {"phone": PHONE}, "POST", "/numbers/exists", body={"phone": PHONE}),
    c(
        "other.validateNumbers",
        {"country": "es", "phoneNumbers": {"numbers": [{"phone": " 600 1 "}, {"phone": ""}]}},
        "POST",
        "/numbers/validate",
        body={"country": "ES", "numbers": [{"phone": "600 1"}]},
        note="country upper-cased; numbers unwrapped, blank dropped, trimmed",
    ),
    c(
        "other.sendRaw",
        {
            "urlPath": "/devices",
            "headers": {"header": [{"key": "X-A", "value": "1"}]},
            "urlParams": {"param": [{"key": "size", "value": "5"}]},
        },
        "GET",
        "/devices",
        {"size": "5"},
        note="headers.header / urlParams.param lists; no body for GET",
    ),
    c(
        "other.sendRaw",
        {"urlPath": "/numbers/exists", "httpMethod": "POST", "body": json.dumps({"phone": PHONE})},
        "POST",
        "/numbers/exists",
        body={"phone": PHONE},
    ),
]

# Query values the node sends at their catalogue default (`Rule.sends_default`): `size=20` on
# these lists, and a filter's `false` or `page=0` when the user added it.
QUERY_DEFAULTS_SENT = [
    c(
        "groups.getDeviceGroupChats",
        {"device": DEVICE},
        "GET",
        f"/devices/{DEVICE}/groups",
        {"size": "20"},
        note="size (default 20) is truthy: always sent",
    ),
    c(
        "channels.getDeviceChannels",
        {"device": DEVICE},
        "GET",
        f"/devices/{DEVICE}/channels",
        {"size": "20"},
        note="size (default 20) is truthy: always sent",
    ),
    c(
        "chats.getDeviceChats",
        {"device": DEVICE, "filters": {"unread": False}},
        "GET",
        f"/chat/{DEVICE}/chats",
        {"unread": "false"},
        note="filters: a false boolean is kept",
    ),
    c(
        "quick-replies.getQuickReplies",
        {"device": DEVICE, "filters": {"page": 0}},
        "GET",
        f"/devices/{DEVICE}/quickReplies",
        {"page": "0"},
        note="page sent when defined",
    ),
]

# What the node sends that the API refuses: the node's own default colour 'blue' is not among the
# colours the catalogue allows for labels and departments, so the runner refuses it before sending
# (the node would get the API's 400) and names the field.
CATALOGUE_REFUSES = [
    c(
        "labels.createLabel",
        {"device": DEVICE, "name": "vip"},
        "POST",
        f"/devices/{DEVICE}/labels",
        body={"name": "vip", "color": "blue"},
        note="color left at the node default 'blue'",
    ),
    c(
        "departments.createDepartment",
        {"device": DEVICE, "name": "Sales", "agents": [USER]},
        "POST",
        f"/devices/{DEVICE}/departments",
        body={"name": "Sales", "color": "blue", "icon": "briefcase", "agents": [USER]},
    ),
]

ROUTE_QUEUE = [
    c(
        "queue.routeQueue",
        {"deviceId": DEVICE, "device": USER},
        "PATCH",
        f"/devices/{DEVICE}/queue",
        body={"device": USER},
        note="node names: deviceId (source), device (target)",
    ),
]


DEFAULT_SIZE_CASES = [
    c(
        "groups.getDeviceGroupChats",
        {"device": DEVICE, "kind": ["group"], "size": 5, "page": 0},
        "GET",
        f"/devices/{DEVICE}/groups",
        {"kind": "group", "size": "5"},
        note="page 0 falsy: not sent",
    ),
    c(
        "channels.getDeviceChannels",
        {"device": DEVICE, "permission": "admin", "size": 5, "page": 1},
        "GET",
        f"/devices/{DEVICE}/channels",
        {"permission": "admin", "size": "5", "page": "1"},
    ),
    c(
        "chats.getDeviceChats",
        {"device": DEVICE, "filters": {"unread": True, "status": []}},
        "GET",
        f"/chat/{DEVICE}/chats",
        {"unread": "true"},
    ),
]


def sent(recorder: Recorder, case: Case) -> tuple[str, str, dict[str, str], Any]:
    resource, operation = case.key.split(".")
    with recorder.sync_client() as client:
        run(client, {"resource": resource, "operation": operation, **case.params})
    request = recorder.last
    url = urlsplit(str(request.url))
    path = url.path.removeprefix(urlsplit(BASE_URL).path)
    query = dict(parse_qsl(url.query, keep_blank_values=True))
    body = json.loads(request.content) if request.content else NO_BODY
    return request.method, path, query, body


def _id(case: Case) -> str:
    return f"{case.key}:{case.note[:40]}" if case.note else case.key


@pytest.mark.parametrize("case", CASES + DEFAULT_SIZE_CASES + ROUTE_QUEUE, ids=_id)
def test_the_runner_sends_what_the_node_sends(recorder: Recorder, case: Case) -> None:
    assert sent(recorder, case) == (case.method, case.path, case.query, case.body), case.note


@pytest.mark.parametrize("case", QUERY_DEFAULTS_SENT, ids=_id)
def test_query_values_the_node_always_sends(recorder: Recorder, case: Case) -> None:
    assert sent(recorder, case) == (case.method, case.path, case.query, case.body), case.note


@pytest.mark.parametrize("case", CATALOGUE_REFUSES, ids=_id)
def test_the_nodes_default_colour_is_refused_before_sending(recorder: Recorder, case: Case) -> None:
    with pytest.raises(NodeOperationError) as raised:
        sent(recorder, case)
    assert isinstance(raised.value.error, ValidationError)
    assert raised.value.error.field == "color"
    assert recorder.requests == []


def test_every_operation_has_a_case() -> None:
    every = CASES + QUERY_DEFAULTS_SENT + DEFAULT_SIZE_CASES + CATALOGUE_REFUSES + ROUTE_QUEUE
    covered = {case.key for case in every}
    assert covered == set(BY_KEY), sorted(set(BY_KEY) ^ covered)


def test_expressions_inside_a_fixed_collection_resolve_per_item(recorder: Recorder) -> None:
    # addGroupParticipants maps participantValues to {phone, admin}, each from the item
    params = {
        "resource": "groups",
        "operation": "addGroupParticipants",
        "device": DEVICE,
        "groupId": GROUP,
        "participants": {
            "participantValues": [{"phone": "={{ $json.phone }}", "admin": "={{ $json.admin }}"}]
        },
    }
    items = [{"json": {"phone": PHONE, "admin": True}}, {"json": {"phone": PHONE2}}]
    with recorder.sync_client() as client:
        run(client, params, items)
    assert [json.loads(r.content) for r in recorder.requests] == [
        {"participants": [{"phone": PHONE, "admin": True}]},
        {"participants": [{"phone": PHONE2}]},  # admin's expression found nothing: undefined
    ]
