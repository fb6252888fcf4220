# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Send messages: `client.send_messages`, sync and async."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncSendMessagesResource", "SendMessagesResource"]


class SendMessagesResource(SyncResource):
    """Send messages: 13 operations of `send-messages`."""

    def send_text(
        self,
        *,
        device: str,
        message: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send text message: Queue/send a plain text message to a phone, group or
        channel.

        `POST /messages` (operation `send-messages.sendText`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            message: text body, up to 6000 chars, WhatsApp rich-text syntax allowed;
                required: a text message without text is refused (body `message`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendText",
            {
                "device": device,
                "message": message,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_media(
        self,
        *,
        device: str,
        media_url: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        message: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send multimedia message: Send an image/video/audio/document by URL, with
        optional caption.

        `POST /messages` (operation `send-messages.sendMedia`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            media_url: public URL of the media (5-1000 chars); sent as media.url
                (body `media.url`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            message: optional caption text (<=6000) (body `message`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendMedia",
            {
                "device": device,
                "media.url": media_url,
                "phone": phone,
                "group": group,
                "channel": channel,
                "message": message,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_scheduled(
        self,
        *,
        device: str,
        deliver_at: str | datetime,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        message: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send scheduled message: Send a text message scheduled for a future date/time.

        `POST /messages` (operation `send-messages.sendScheduled`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            deliver_at: future delivery date-time (ISO 8601) (body `deliverAt`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            message: text body (<=6000) (body `message`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendScheduled",
            {
                "device": device,
                "deliverAt": deliver_at,
                "phone": phone,
                "group": group,
                "channel": channel,
                "message": message,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_poll(
        self,
        *,
        device: str,
        poll_name: str,
        poll_options: str | Sequence[str],
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send poll message: Send a poll with 2-10 options.

        `POST /messages` (operation `send-messages.sendPoll`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            poll_name: poll title/question, <=250 chars; sent as poll.name (body
                `poll.name`).
            poll_options: answer choices, 2..10 non-empty strings each <=100 chars;
                sent as poll.options (string[]) (body `poll.options`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendPoll",
            {
                "device": device,
                "poll.name": poll_name,
                "poll.options": poll_options,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_poll_vote(
        self,
        *,
        device: str,
        poll: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        vote_options: Sequence[Mapping[str, Any]] | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send votes in a poll: Cast votes on an existing poll message.

        `POST /messages` (operation `send-messages.sendPollVote`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            poll: poll message id (18-32 hex); sent as vote.poll (body `vote.poll`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            vote_options: choices to vote for, up to 12; each {id: 0-11} or {value:
                exact option text}; empty list clears votes (body `vote.options`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendPollVote",
            {
                "device": device,
                "vote.poll": poll,
                "phone": phone,
                "group": group,
                "channel": channel,
                "vote.options": vote_options,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def delete_poll_vote(
        self,
        *,
        device: str,
        poll: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete votes in a poll: Remove all of your votes from a poll (vote with an
        empty option list).

        `POST /messages` (operation `send-messages.deletePollVote`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            poll: poll message id (18-32 hex); sent as vote.poll with vote.options =
                [] (body `vote.poll`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.deletePollVote",
            {
                "device": device,
                "vote.poll": poll,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_event(
        self,
        *,
        device: str,
        event_name: str,
        event_date: str | datetime,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        event_description: str | None = None,
        event_location: str | None = None,
        event_latitude: float | None = None,
        event_longitude: float | None = None,
        event_call: Literal["none", "voice", "video"] | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send meeting event: Send a meeting/event invitation message.

        `POST /messages` (operation `send-messages.sendEvent`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            event_name: event title <=100 chars; event.name (body `event.name`).
            event_date: event start date-time ISO 8601; event.date (body
                `event.date`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            event_description: optional description <=2048 chars; event.description
                (body `event.description`).
            event_location: optional place name <=255 chars; event.location (body
                `event.location`).
            event_latitude: optional latitude -90..90; event.latitude (body
                `event.latitude`; default 0).
            event_longitude: optional longitude -180..180; event.longitude (body
                `event.longitude`; default 0).
            event_call: attach a WhatsApp call link: voice|video; 'none' omits
                event.call (body `event.call`; default "none").
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendEvent",
            {
                "device": device,
                "event.name": event_name,
                "event.date": event_date,
                "phone": phone,
                "group": group,
                "channel": channel,
                "event.description": event_description,
                "event.location": event_location,
                "event.latitude": event_latitude,
                "event.longitude": event_longitude,
                "event.call": event_call,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def confirm_event(
        self,
        *,
        device: str,
        event: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        confirm: Literal["accept", "decline"] | bool | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send meeting confirmation: Accept or decline an event invitation.

        `POST /messages` (operation `send-messages.confirmEvent`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            event: event message id (18-32 hex); confirm.event (body
                `confirm.event`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            confirm: accept -> confirm.confirm=true, decline -> false (body
                `confirm.confirm`; default "accept").
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.confirmEvent",
            {
                "device": device,
                "confirm.event": event,
                "phone": phone,
                "group": group,
                "channel": channel,
                "confirm.confirm": confirm,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_location(
        self,
        *,
        device: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        location_address: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        location_name: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send location: Send a location pin by address or coordinates.

        `POST /messages` (operation `send-messages.sendLocation`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            location_address: street address 3-100 chars; location.address (body
                `location.address`).
            latitude: latitude -90..90; sent as location.coordinates[0] (body
                `location.coordinates[0]`; default 0).
            longitude: longitude -180..180; sent as location.coordinates[1] (body
                `location.coordinates[1]`; default 0).
            location_name: optional label <=100 chars; location.name (body
                `location.name`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendLocation",
            {
                "device": device,
                "phone": phone,
                "group": group,
                "channel": channel,
                "location.address": location_address,
                "location.coordinates[0]": latitude,
                "location.coordinates[1]": longitude,
                "location.name": location_name,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_contacts(
        self,
        *,
        device: str,
        contacts: Sequence[Mapping[str, Any]],
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send contacts: Send one or more contact cards.

        `POST /messages` (operation `send-messages.sendContacts`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            contacts: 1..10 vCards as {phone (E.164, 6-16 chars), name (1-40)} (body
                `contacts`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendContacts",
            {
                "device": device,
                "contacts": contacts,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_reaction(
        self,
        *,
        device: str,
        reaction_message: str,
        reaction: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send reaction: React to a message with an emoji (or remove a reaction).

        `POST /messages` (operation `send-messages.sendReaction`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            reaction_message: target message id (18-32 hex); body key
                reactionMessage (body `reactionMessage`).
            reaction: emoji (<=10 chars) or '-' to remove an existing reaction (body
                `reaction`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendReaction",
            {
                "device": device,
                "reactionMessage": reaction_message,
                "reaction": reaction,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def send_product(
        self,
        *,
        device: str,
        product: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send catalog product: Send a product card from a WhatsApp Business catalog.

        `POST /messages` (operation `send-messages.sendProduct`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            product: WhatsApp Business catalog product id (numeric, 14-18 digits)
                (body `product`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.sendProduct",
            {
                "device": device,
                "product": product,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    def forward_message(
        self,
        *,
        device: str,
        forward_message: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        forward_chat: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Forward message: Forward an existing message to another chat.

        `POST /messages` (operation `send-messages.forwardMessage`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            forward_message: message id to forward (18-32 hex); forward.message
                (body `forward.message`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            forward_chat: optional source chat (phone or WID, 8-32 chars);
                forward.chat; auto-discovered if omitted (body `forward.chat`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return self._client.call(
            "send-messages.forwardMessage",
            {
                "device": device,
                "forward.message": forward_message,
                "phone": phone,
                "group": group,
                "channel": channel,
                "forward.chat": forward_chat,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )


class AsyncSendMessagesResource(AsyncResource):
    """Send messages: 13 operations of `send-messages`."""

    async def send_text(
        self,
        *,
        device: str,
        message: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send text message: Queue/send a plain text message to a phone, group or
        channel.

        `POST /messages` (operation `send-messages.sendText`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            message: text body, up to 6000 chars, WhatsApp rich-text syntax allowed;
                required: a text message without text is refused (body `message`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendText",
            {
                "device": device,
                "message": message,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_media(
        self,
        *,
        device: str,
        media_url: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        message: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send multimedia message: Send an image/video/audio/document by URL, with
        optional caption.

        `POST /messages` (operation `send-messages.sendMedia`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            media_url: public URL of the media (5-1000 chars); sent as media.url
                (body `media.url`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            message: optional caption text (<=6000) (body `message`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendMedia",
            {
                "device": device,
                "media.url": media_url,
                "phone": phone,
                "group": group,
                "channel": channel,
                "message": message,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_scheduled(
        self,
        *,
        device: str,
        deliver_at: str | datetime,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        message: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send scheduled message: Send a text message scheduled for a future date/time.

        `POST /messages` (operation `send-messages.sendScheduled`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            deliver_at: future delivery date-time (ISO 8601) (body `deliverAt`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            message: text body (<=6000) (body `message`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendScheduled",
            {
                "device": device,
                "deliverAt": deliver_at,
                "phone": phone,
                "group": group,
                "channel": channel,
                "message": message,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_poll(
        self,
        *,
        device: str,
        poll_name: str,
        poll_options: str | Sequence[str],
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send poll message: Send a poll with 2-10 options.

        `POST /messages` (operation `send-messages.sendPoll`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            poll_name: poll title/question, <=250 chars; sent as poll.name (body
                `poll.name`).
            poll_options: answer choices, 2..10 non-empty strings each <=100 chars;
                sent as poll.options (string[]) (body `poll.options`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendPoll",
            {
                "device": device,
                "poll.name": poll_name,
                "poll.options": poll_options,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_poll_vote(
        self,
        *,
        device: str,
        poll: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        vote_options: Sequence[Mapping[str, Any]] | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send votes in a poll: Cast votes on an existing poll message.

        `POST /messages` (operation `send-messages.sendPollVote`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            poll: poll message id (18-32 hex); sent as vote.poll (body `vote.poll`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            vote_options: choices to vote for, up to 12; each {id: 0-11} or {value:
                exact option text}; empty list clears votes (body `vote.options`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendPollVote",
            {
                "device": device,
                "vote.poll": poll,
                "phone": phone,
                "group": group,
                "channel": channel,
                "vote.options": vote_options,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def delete_poll_vote(
        self,
        *,
        device: str,
        poll: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete votes in a poll: Remove all of your votes from a poll (vote with an
        empty option list).

        `POST /messages` (operation `send-messages.deletePollVote`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            poll: poll message id (18-32 hex); sent as vote.poll with vote.options =
                [] (body `vote.poll`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.deletePollVote",
            {
                "device": device,
                "vote.poll": poll,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_event(
        self,
        *,
        device: str,
        event_name: str,
        event_date: str | datetime,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        event_description: str | None = None,
        event_location: str | None = None,
        event_latitude: float | None = None,
        event_longitude: float | None = None,
        event_call: Literal["none", "voice", "video"] | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send meeting event: Send a meeting/event invitation message.

        `POST /messages` (operation `send-messages.sendEvent`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            event_name: event title <=100 chars; event.name (body `event.name`).
            event_date: event start date-time ISO 8601; event.date (body
                `event.date`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            event_description: optional description <=2048 chars; event.description
                (body `event.description`).
            event_location: optional place name <=255 chars; event.location (body
                `event.location`).
            event_latitude: optional latitude -90..90; event.latitude (body
                `event.latitude`; default 0).
            event_longitude: optional longitude -180..180; event.longitude (body
                `event.longitude`; default 0).
            event_call: attach a WhatsApp call link: voice|video; 'none' omits
                event.call (body `event.call`; default "none").
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendEvent",
            {
                "device": device,
                "event.name": event_name,
                "event.date": event_date,
                "phone": phone,
                "group": group,
                "channel": channel,
                "event.description": event_description,
                "event.location": event_location,
                "event.latitude": event_latitude,
                "event.longitude": event_longitude,
                "event.call": event_call,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def confirm_event(
        self,
        *,
        device: str,
        event: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        confirm: Literal["accept", "decline"] | bool | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send meeting confirmation: Accept or decline an event invitation.

        `POST /messages` (operation `send-messages.confirmEvent`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            event: event message id (18-32 hex); confirm.event (body
                `confirm.event`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            confirm: accept -> confirm.confirm=true, decline -> false (body
                `confirm.confirm`; default "accept").
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.confirmEvent",
            {
                "device": device,
                "confirm.event": event,
                "phone": phone,
                "group": group,
                "channel": channel,
                "confirm.confirm": confirm,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_location(
        self,
        *,
        device: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        location_address: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        location_name: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send location: Send a location pin by address or coordinates.

        `POST /messages` (operation `send-messages.sendLocation`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            location_address: street address 3-100 chars; location.address (body
                `location.address`).
            latitude: latitude -90..90; sent as location.coordinates[0] (body
                `location.coordinates[0]`; default 0).
            longitude: longitude -180..180; sent as location.coordinates[1] (body
                `location.coordinates[1]`; default 0).
            location_name: optional label <=100 chars; location.name (body
                `location.name`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendLocation",
            {
                "device": device,
                "phone": phone,
                "group": group,
                "channel": channel,
                "location.address": location_address,
                "location.coordinates[0]": latitude,
                "location.coordinates[1]": longitude,
                "location.name": location_name,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_contacts(
        self,
        *,
        device: str,
        contacts: Sequence[Mapping[str, Any]],
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send contacts: Send one or more contact cards.

        `POST /messages` (operation `send-messages.sendContacts`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            contacts: 1..10 vCards as {phone (E.164, 6-16 chars), name (1-40)} (body
                `contacts`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendContacts",
            {
                "device": device,
                "contacts": contacts,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_reaction(
        self,
        *,
        device: str,
        reaction_message: str,
        reaction: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send reaction: React to a message with an emoji (or remove a reaction).

        `POST /messages` (operation `send-messages.sendReaction`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            reaction_message: target message id (18-32 hex); body key
                reactionMessage (body `reactionMessage`).
            reaction: emoji (<=10 chars) or '-' to remove an existing reaction (body
                `reaction`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendReaction",
            {
                "device": device,
                "reactionMessage": reaction_message,
                "reaction": reaction,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def send_product(
        self,
        *,
        device: str,
        product: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send catalog product: Send a product card from a WhatsApp Business catalog.

        `POST /messages` (operation `send-messages.sendProduct`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            product: WhatsApp Business catalog product id (numeric, 14-18 digits)
                (body `product`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.sendProduct",
            {
                "device": device,
                "product": product,
                "phone": phone,
                "group": group,
                "channel": channel,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )

    async def forward_message(
        self,
        *,
        device: str,
        forward_message: str,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        forward_chat: str | None = None,
        priority: Literal["normal", "high", "low"] | None = None,
        label: str | None = None,
        reference: str | None = None,
        agent: str | None = None,
        live: bool | None = None,
        enqueue: Literal["", "always", "never", "opportunistic"] | None = None,
        retries: int | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        expiration: Mapping[str, Any] | None = None,
        send_read_ack: bool | None = None,
        typing: int | None = None,
        quote: str | None = None,
        order: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Forward message: Forward an existing message to another chat.

        `POST /messages` (operation `send-messages.forwardMessage`).
        All 13 send operations POST the same endpoint; the payload shape selects the
        message type.
        Body always includes 'device' plus exactly one of phone/group/channel; options
        collection keys are merged into the body top-level.

        Args:
            device: sending WhatsApp number id (24-char hex id); client-side throws
                if empty (body `device`; choices from `getDevices`).
            forward_message: message id to forward (18-32 hex); forward.message
                (body `forward.message`).
            phone: recipient phone, E.164 with leading + (client-side regex
                ^\\+[1-9]\\d{1,14}$); sent when target=phone (body `phone`).
            group: recipient group WID, e.g. 1234...@g.us (<=50 chars); sent when
                target=group (body `group`; choices from `getGroups`).
            channel: recipient channel WID, e.g. 1234...@newsletter; sent when
                target=channel. the picker 'getDeviceChannels' lists the number's
                channels (body `channel`; choices from `getDeviceChannels`).
            forward_chat: optional source chat (phone or WID, 8-32 chars);
                forward.chat; auto-discovered if omitted (body `forward.chat`).
            priority: delivery priority (body `priority`; default "normal").
            label: chat label name to tag the message with (loaded from device
                labels) (body `label`; choices from `getLabels`).
            reference: caller-defined reference/tracking id (body `reference`).
            agent: send on behalf of this team agent (24-char hex id) (body `agent`;
                choices from `getTeamAgents`).
            live: deliver immediately without queueing (higher ban risk at volume)
                (body `live`; default false).
            enqueue: queueing mode; '' = plan default; 'never' = realtime,
                'opportunistic' = try realtime then queue (body `enqueue`).
            retries: max delivery retries (0-100) (body `retries`; default 25).
            actions: post-delivery chat actions; sent as array of {action, params}
                (body `actions`).
            expiration: message TTL; sent as one of {seconds: 5..2592000} |
                {duration: "1h"/"15m"/"1d"} | {date: ISO} (body `expiration`).
            send_read_ack: mark the chat as read (blue ticks) after delivery (body
                `sendReadAck`; default false).
            typing: seconds of simulated typing/recording before sending (2-30; 0 =
                off) (body `typing`; default 0).
            quote: message id (18-32 hex) in the same chat to quote/reply to (body
                `quote`).
            order: enforce strict per-chat ordering; incompatible with live /
                enqueue=never (body `order`; default false).
        """
        return await self._client.call(
            "send-messages.forwardMessage",
            {
                "device": device,
                "forward.message": forward_message,
                "phone": phone,
                "group": group,
                "channel": channel,
                "forward.chat": forward_chat,
                "priority": priority,
                "label": label,
                "reference": reference,
                "agent": agent,
                "live": live,
                "enqueue": enqueue,
                "retries": retries,
                "actions": actions,
                "expiration": expiration,
                "sendReadAck": send_read_ack,
                "typing": typing,
                "quote": quote,
                "order": order,
            },
            timeout=timeout,
        )
