# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""The resource groups of `sparkbot`: (command, resource key, name, number of operations)."""

from __future__ import annotations

__all__ = ["RESOURCES"]

RESOURCES: tuple[tuple[str, str, str, int], ...] = (
    ("send-messages", "send-messages", "Send messages", 13),
    ("outbound-messages", "outbound-messages", "Outbound Messages", 4),
    ("numbers", "numbers", "WhatsApp Numbers", 6),
    ("groups", "groups", "Groups", 15),
    ("channels", "channels", "Channels", 8),
    ("chats", "chats", "Chats", 18),
    ("chat-contacts", "chat-contacts", "Chat Contacts", 10),
    ("chat-messages", "chat-messages", "Chat Messages", 5),
    ("chat-files", "chat-files", "Chat Files", 3),
    ("team", "team", "Team", 7),
    ("labels", "labels", "Labels", 4),
    ("departments", "departments", "Departments", 4),
    ("outbound-files", "outbound-files", "Files", 8),
    ("quick-replies", "quick-replies", "Quick replies", 4),
    ("queue", "queue", "Queue", 4),
    ("session", "session", "WhatsApp session", 7),
    ("profile", "profile", "WhatsApp profile", 4),
    ("catalog", "catalog", "Business catalog", 2),
    ("campaigns", "campaigns", "Campaigns", 5),
    ("meeting-links", "meeting-links", "Meeting Links", 3),
    ("user-status", "user-status", "User Status", 4),
    ("webhooks", "webhooks", "Webhooks", 7),
    ("other", "other", "Other", 3),
)
