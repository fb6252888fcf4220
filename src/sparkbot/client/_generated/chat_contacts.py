# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Chat Contacts: `client.chat_contacts`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncChatContactsResource", "ChatContactsResource"]


class ChatContactsResource(SyncResource):
    """Chat Contacts: 10 operations of `chat-contacts`."""

    def get_device_contacts(
        self,
        device_id: str,
        *,
        search: str | None = None,
        type: Literal["personal", "business", "user", "group", "channel", "private"]
        | Sequence[Literal["personal", "business", "user", "group", "channel", "private"]]
        | None = None,
        has: Literal["email", "chat"] | Sequence[Literal["email", "chat"]] | None = None,
        has_chat: bool | None = None,
        country: str | Sequence[str] | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["chat"] | Sequence[Literal["chat"]] | None = None,
        metadata_key: str | Sequence[str] | None = None,
        metadata_value: str | Sequence[str] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        updated_after: str | datetime | None = None,
        updated_before: str | datetime | None = None,
        last_message_after: str | datetime | None = None,
        last_message_before: str | datetime | None = None,
        sort: Literal[
            "name:asc", "name:desc", "createdAt:desc", "createdAt:asc", "updatedAt:desc", "updatedAt:asc"
        ]
        | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Contacts: List/search contacts stored for a number.

        `GET /chat/{deviceId}/contacts` (operation `chat-contacts.getDeviceContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: match name, phone, email (query `search`).
            type: contact kind (query `type`).
            has: must have email and/or chat (query `has`).
            has_chat: deprecated; prefer has=chat (query `hasChat`; default false).
            country: country codes (query `country`).
            labels: chat label names; '*' any (query `labels`; choices from
                `getLabels`).
            labels_exclude: exclude labels; '*' any (query `labelsExclude`; choices
                from `getLabels`).
            include: embed chat (query `include`).
            metadata_key: has metadata keys (query `metadataKey`).
            metadata_value: has metadata values (query `metadataValue`).
            after: created after (query `after`).
            before: created before (query `before`).
            updated_after: updated after (query `updatedAfter`).
            updated_before: updated before (query `updatedBefore`).
            last_message_after: last message after (query `lastMessageAfter`).
            last_message_before: last message before (query `lastMessageBefore`).
            sort: field:direction (query `sort`; default "name:asc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "chat-contacts.getDeviceContacts",
            {
                "deviceId": device_id,
                "search": search,
                "type": type,
                "has": has,
                "hasChat": has_chat,
                "country": country,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "metadataKey": metadata_key,
                "metadataValue": metadata_value,
                "after": after,
                "before": before,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
                "lastMessageAfter": last_message_after,
                "lastMessageBefore": last_message_before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_contacts(
        self,
        device_id: str,
        *,
        search: str | None = None,
        type: Literal["personal", "business", "user", "group", "channel", "private"]
        | Sequence[Literal["personal", "business", "user", "group", "channel", "private"]]
        | None = None,
        has: Literal["email", "chat"] | Sequence[Literal["email", "chat"]] | None = None,
        has_chat: bool | None = None,
        country: str | Sequence[str] | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["chat"] | Sequence[Literal["chat"]] | None = None,
        metadata_key: str | Sequence[str] | None = None,
        metadata_value: str | Sequence[str] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        updated_after: str | datetime | None = None,
        updated_before: str | datetime | None = None,
        last_message_after: str | datetime | None = None,
        last_message_before: str | datetime | None = None,
        sort: Literal[
            "name:asc", "name:desc", "createdAt:desc", "createdAt:asc", "updatedAt:desc", "updatedAt:asc"
        ]
        | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_device_contacts`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/contacts` (operation `chat-contacts.getDeviceContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: match name, phone, email (query `search`).
            type: contact kind (query `type`).
            has: must have email and/or chat (query `has`).
            has_chat: deprecated; prefer has=chat (query `hasChat`; default false).
            country: country codes (query `country`).
            labels: chat label names; '*' any (query `labels`; choices from
                `getLabels`).
            labels_exclude: exclude labels; '*' any (query `labelsExclude`; choices
                from `getLabels`).
            include: embed chat (query `include`).
            metadata_key: has metadata keys (query `metadataKey`).
            metadata_value: has metadata values (query `metadataValue`).
            after: created after (query `after`).
            before: created before (query `before`).
            updated_after: updated after (query `updatedAfter`).
            updated_before: updated before (query `updatedBefore`).
            last_message_after: last message after (query `lastMessageAfter`).
            last_message_before: last message before (query `lastMessageBefore`).
            sort: field:direction (query `sort`; default "name:asc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chat-contacts.getDeviceContacts",
            {
                "deviceId": device_id,
                "search": search,
                "type": type,
                "has": has,
                "hasChat": has_chat,
                "country": country,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "metadataKey": metadata_key,
                "metadataValue": metadata_value,
                "after": after,
                "before": before,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
                "lastMessageAfter": last_message_after,
                "lastMessageBefore": last_message_before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def get_device_contact_details(
        self,
        device_id: str,
        contact_id: str,
        *,
        include: Literal["chat"] | Sequence[Literal["chat"]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Contact Details: Get one contact.

        `GET /chat/{deviceId}/contacts/{contactId}` (operation `chat-
        contacts.getDeviceContactDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            include: embed chat; comma-joined (query `include`).
        """
        return self._client.call(
            "chat-contacts.getDeviceContactDetails",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "include": include,
            },
            timeout=timeout,
        )

    def create_contact(
        self,
        device_id: str,
        *,
        phone: str,
        name: str | None = None,
        surname: str | None = None,
        title: str | None = None,
        kind: Literal["personal", "business"] | None = None,
        gender: Literal["male", "female", "other"] | None = None,
        alt_phone: str | None = None,
        email: str | None = None,
        description: str | None = None,
        languages: str | Sequence[str] | None = None,
        company_name: str | None = None,
        company_code: str | None = None,
        company_tax_id: str | None = None,
        company_role: str | None = None,
        company_website: str | None = None,
        company_email: str | None = None,
        company_phone: str | None = None,
        company_country: str | None = None,
        currency: str | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        notes: str | None = None,
        birthday: str | datetime | None = None,
        notifications: Literal["on", "mute", "ignore"] | None = None,
        timezone: str | None = None,
        crm: str | None = None,
        crm_ref: str | None = None,
        sync: bool | None = None,
        assign: str | None = None,
        upsert: bool | None = None,
        metadata: Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Contact: Create a contact (optionally upsert) with profile, company,
        CRM fields and metadata.

        `POST /chat/{deviceId}/contacts` (operation `chat-contacts.createContact`).
        contactFields entries are spread into the body as-is.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            phone: contact phone, E.164 (body `phone`).
            name: first name <=30 (body `name`).
            surname: last name <=50 (body `surname`).
            title: title <=15 (body `title`).
            kind: personal or business (body `kind`; default "personal").
            gender: gender (body `gender`).
            alt_phone: secondary phone E.164 (body `altPhone`).
            email: email address (body `email`).
            description: short description <=100 (body `description`).
            languages: up to 3 language codes (en, fr...) (body `languages`).
            company_name: company <=50 (body `companyName`).
            company_code: company code <=50 (body `companyCode`).
            company_tax_id: tax id <=30 (body `companyTaxId`).
            company_role: job role <=30 (body `companyRole`).
            company_website: company URL (body `companyWebsite`).
            company_email: company email (body `companyEmail`).
            company_phone: company phone E.164 (body `companyPhone`).
            company_country: ISO 3166 country code (body `companyCountry`).
            currency: ISO 4217 code (body `currency`).
            address: address <=100 (body `address`).
            city: city <=30 (body `city`).
            postal_code: postal code <=20 (body `postalCode`).
            country: ISO 3166 country code (body `country`).
            notes: internal notes <=3000 (body `notes`).
            birthday: birth date (body `birthday`).
            notifications: on, mute or ignore (body `notifications`; default "on").
            timezone: IANA timezone (body `timezone`).
            crm: external CRM name (body `crm`).
            crm_ref: external CRM id/URL (body `crmRef`).
            sync: replicate contact across all numbers of the account (body `sync`;
                default false).
            assign: owner user id (24-hex), create only (body `assign`).
            upsert: update instead of failing if the contact exists, create only
                (body `upsert`; default false).
            metadata: custom fields as [{key, value}] (body `metadata`).
        """
        return self._client.call(
            "chat-contacts.createContact",
            {
                "deviceId": device_id,
                "phone": phone,
                "name": name,
                "surname": surname,
                "title": title,
                "kind": kind,
                "gender": gender,
                "altPhone": alt_phone,
                "email": email,
                "description": description,
                "languages": languages,
                "companyName": company_name,
                "companyCode": company_code,
                "companyTaxId": company_tax_id,
                "companyRole": company_role,
                "companyWebsite": company_website,
                "companyEmail": company_email,
                "companyPhone": company_phone,
                "companyCountry": company_country,
                "currency": currency,
                "address": address,
                "city": city,
                "postalCode": postal_code,
                "country": country,
                "notes": notes,
                "birthday": birthday,
                "notifications": notifications,
                "timezone": timezone,
                "crm": crm,
                "crmRef": crm_ref,
                "sync": sync,
                "assign": assign,
                "upsert": upsert,
                "metadata": metadata,
            },
            timeout=timeout,
        )

    def update_contact(
        self,
        device_id: str,
        contact_id: str,
        *,
        name: str | None = None,
        surname: str | None = None,
        title: str | None = None,
        kind: Literal["personal", "business"] | None = None,
        gender: Literal["male", "female", "other"] | None = None,
        alt_phone: str | None = None,
        email: str | None = None,
        description: str | None = None,
        languages: str | Sequence[str] | None = None,
        company_name: str | None = None,
        company_code: str | None = None,
        company_tax_id: str | None = None,
        company_role: str | None = None,
        company_website: str | None = None,
        company_email: str | None = None,
        company_phone: str | None = None,
        company_country: str | None = None,
        currency: str | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        notes: str | None = None,
        birthday: str | datetime | None = None,
        notifications: Literal["on", "mute", "ignore"] | None = None,
        timezone: str | None = None,
        crm: str | None = None,
        crm_ref: str | None = None,
        sync: bool | None = None,
        metadata: Sequence[Mapping[str, Any]] | None = None,
        remove: Literal[
            "name",
            "surname",
            "altPhone",
            "email",
            "companyName",
            "timezone",
            "companyCode",
            "companyTaxId",
            "companyWebsite",
            "companyRole",
            "title",
            "companyEmail",
            "companyPhone",
            "country",
            "companyCountry",
            "address",
            "city",
            "crm",
            "crmRef",
            "postalCode",
            "notes",
            "gender",
            "currency",
            "birthday",
            "description",
            "languages",
            "links",
            "sync",
        ]
        | Sequence[
            Literal[
                "name",
                "surname",
                "altPhone",
                "email",
                "companyName",
                "timezone",
                "companyCode",
                "companyTaxId",
                "companyWebsite",
                "companyRole",
                "title",
                "companyEmail",
                "companyPhone",
                "country",
                "companyCountry",
                "address",
                "city",
                "crm",
                "crmRef",
                "postalCode",
                "notes",
                "gender",
                "currency",
                "birthday",
                "description",
                "languages",
                "links",
                "sync",
            ]
        ]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Contact: Update contact fields, metadata, or clear fields via $remove.

        `PATCH /chat/{deviceId}/contacts/{contactId}` (operation `chat-
        contacts.updateContact`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            name: first name <=30 (body `name`).
            surname: last name <=50 (body `surname`).
            title: title <=15 (body `title`).
            kind: personal or business (body `kind`; default "personal").
            gender: gender (body `gender`).
            alt_phone: secondary phone E.164 (body `altPhone`).
            email: email address (body `email`).
            description: short description <=100 (body `description`).
            languages: up to 3 language codes (en, fr...) (body `languages`).
            company_name: company <=50 (body `companyName`).
            company_code: company code <=50 (body `companyCode`).
            company_tax_id: tax id <=30 (body `companyTaxId`).
            company_role: job role <=30 (body `companyRole`).
            company_website: company URL (body `companyWebsite`).
            company_email: company email (body `companyEmail`).
            company_phone: company phone E.164 (body `companyPhone`).
            company_country: ISO 3166 country code (body `companyCountry`).
            currency: ISO 4217 code (body `currency`).
            address: address <=100 (body `address`).
            city: city <=30 (body `city`).
            postal_code: postal code <=20 (body `postalCode`).
            country: ISO 3166 country code (body `country`).
            notes: internal notes <=3000 (body `notes`).
            birthday: birth date (body `birthday`).
            notifications: on, mute or ignore (body `notifications`; default "on").
            timezone: IANA timezone (body `timezone`).
            crm: external CRM name (body `crm`).
            crm_ref: external CRM id/URL (body `crmRef`).
            sync: replicate contact across all numbers of the account (body `sync`;
                default false).
            metadata: custom fields [{key, value}] (body `metadata`).
            remove: field names to clear; sent as $remove (body `$remove`).
        """
        return self._client.call(
            "chat-contacts.updateContact",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "name": name,
                "surname": surname,
                "title": title,
                "kind": kind,
                "gender": gender,
                "altPhone": alt_phone,
                "email": email,
                "description": description,
                "languages": languages,
                "companyName": company_name,
                "companyCode": company_code,
                "companyTaxId": company_tax_id,
                "companyRole": company_role,
                "companyWebsite": company_website,
                "companyEmail": company_email,
                "companyPhone": company_phone,
                "companyCountry": company_country,
                "currency": currency,
                "address": address,
                "city": city,
                "postalCode": postal_code,
                "country": country,
                "notes": notes,
                "birthday": birthday,
                "notifications": notifications,
                "timezone": timezone,
                "crm": crm,
                "crmRef": crm_ref,
                "sync": sync,
                "metadata": metadata,
                "$remove": remove,
            },
            timeout=timeout,
        )

    def update_contact_metadata(
        self,
        device_id: str,
        contact_id: str,
        *,
        metadata: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Contact Metadata: Replace all metadata of a contact.

        `PUT /chat/{deviceId}/contacts/{contactId}/metadata` (operation `chat-
        contacts.updateContactMetadata`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            metadata: full replacement list [{key, value}]; the request body is this
                JSON array itself; >=1 required (body `metadata`).
        """
        return self._client.call(
            "chat-contacts.updateContactMetadata",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "metadata": metadata,
            },
            timeout=timeout,
        )

    def upsert_contact_metadata(
        self,
        device_id: str,
        contact_id: str,
        *,
        metadata: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Upsert Contact Metadata: Add or update some metadata entries of a contact.

        `PATCH /chat/{deviceId}/contacts/{contactId}/metadata` (operation `chat-
        contacts.upsertContactMetadata`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            metadata: entries to add/update [{key, value}]; the request body is this
                JSON array itself (body `metadata`).
        """
        return self._client.call(
            "chat-contacts.upsertContactMetadata",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "metadata": metadata,
            },
            timeout=timeout,
        )

    def delete_contact(
        self,
        device_id: str,
        contact_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Contact: Delete a contact.

        `DELETE /chat/{deviceId}/contacts/{contactId}` (operation `chat-
        contacts.deleteContact`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
        """
        return self._client.call(
            "chat-contacts.deleteContact",
            {
                "deviceId": device_id,
                "contactId": contact_id,
            },
            timeout=timeout,
        )

    def bulk_create_contacts(
        self,
        device_id: str,
        *,
        contacts: Sequence[Mapping[str, Any]],
        upsert: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Bulk Create Contacts: Create or upsert many contacts at once.

        `PATCH /chat/{deviceId}/contacts` (operation `chat-
        contacts.bulkCreateContacts`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contacts: up to 1000 contacts [{phone, name, surname, email,
                companyName}]; the request body is this JSON array itself (body
                `contacts`).
            upsert: default true; node sends ?upsert=false only when disabled (query
                `upsert`; default true).
        """
        return self._client.call(
            "chat-contacts.bulkCreateContacts",
            {
                "deviceId": device_id,
                "contacts": contacts,
                "upsert": upsert,
            },
            timeout=timeout,
        )

    def block_contacts(
        self,
        device_id: str,
        *,
        contacts: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Block Contacts: Block up to 50 phone numbers on WhatsApp.

        `POST /devices/{deviceId}/block` (operation `chat-contacts.blockContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contacts: 1..50 E.164 phone numbers (body `contacts`).
        """
        return self._client.call(
            "chat-contacts.blockContacts",
            {
                "deviceId": device_id,
                "contacts": contacts,
            },
            timeout=timeout,
        )

    def unblock_contacts(
        self,
        device_id: str,
        *,
        contacts: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Unblock Contacts: Unblock up to 50 phone numbers.

        `DELETE /devices/{deviceId}/block` (operation `chat-contacts.unblockContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contacts: 1..50 E.164 phone numbers (body `contacts`).
        """
        return self._client.call(
            "chat-contacts.unblockContacts",
            {
                "deviceId": device_id,
                "contacts": contacts,
            },
            timeout=timeout,
        )


class AsyncChatContactsResource(AsyncResource):
    """Chat Contacts: 10 operations of `chat-contacts`."""

    async def get_device_contacts(
        self,
        device_id: str,
        *,
        search: str | None = None,
        type: Literal["personal", "business", "user", "group", "channel", "private"]
        | Sequence[Literal["personal", "business", "user", "group", "channel", "private"]]
        | None = None,
        has: Literal["email", "chat"] | Sequence[Literal["email", "chat"]] | None = None,
        has_chat: bool | None = None,
        country: str | Sequence[str] | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["chat"] | Sequence[Literal["chat"]] | None = None,
        metadata_key: str | Sequence[str] | None = None,
        metadata_value: str | Sequence[str] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        updated_after: str | datetime | None = None,
        updated_before: str | datetime | None = None,
        last_message_after: str | datetime | None = None,
        last_message_before: str | datetime | None = None,
        sort: Literal[
            "name:asc", "name:desc", "createdAt:desc", "createdAt:asc", "updatedAt:desc", "updatedAt:asc"
        ]
        | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Contacts: List/search contacts stored for a number.

        `GET /chat/{deviceId}/contacts` (operation `chat-contacts.getDeviceContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: match name, phone, email (query `search`).
            type: contact kind (query `type`).
            has: must have email and/or chat (query `has`).
            has_chat: deprecated; prefer has=chat (query `hasChat`; default false).
            country: country codes (query `country`).
            labels: chat label names; '*' any (query `labels`; choices from
                `getLabels`).
            labels_exclude: exclude labels; '*' any (query `labelsExclude`; choices
                from `getLabels`).
            include: embed chat (query `include`).
            metadata_key: has metadata keys (query `metadataKey`).
            metadata_value: has metadata values (query `metadataValue`).
            after: created after (query `after`).
            before: created before (query `before`).
            updated_after: updated after (query `updatedAfter`).
            updated_before: updated before (query `updatedBefore`).
            last_message_after: last message after (query `lastMessageAfter`).
            last_message_before: last message before (query `lastMessageBefore`).
            sort: field:direction (query `sort`; default "name:asc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "chat-contacts.getDeviceContacts",
            {
                "deviceId": device_id,
                "search": search,
                "type": type,
                "has": has,
                "hasChat": has_chat,
                "country": country,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "metadataKey": metadata_key,
                "metadataValue": metadata_value,
                "after": after,
                "before": before,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
                "lastMessageAfter": last_message_after,
                "lastMessageBefore": last_message_before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_contacts(
        self,
        device_id: str,
        *,
        search: str | None = None,
        type: Literal["personal", "business", "user", "group", "channel", "private"]
        | Sequence[Literal["personal", "business", "user", "group", "channel", "private"]]
        | None = None,
        has: Literal["email", "chat"] | Sequence[Literal["email", "chat"]] | None = None,
        has_chat: bool | None = None,
        country: str | Sequence[str] | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["chat"] | Sequence[Literal["chat"]] | None = None,
        metadata_key: str | Sequence[str] | None = None,
        metadata_value: str | Sequence[str] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        updated_after: str | datetime | None = None,
        updated_before: str | datetime | None = None,
        last_message_after: str | datetime | None = None,
        last_message_before: str | datetime | None = None,
        sort: Literal[
            "name:asc", "name:desc", "createdAt:desc", "createdAt:asc", "updatedAt:desc", "updatedAt:asc"
        ]
        | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_device_contacts`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/contacts` (operation `chat-contacts.getDeviceContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: match name, phone, email (query `search`).
            type: contact kind (query `type`).
            has: must have email and/or chat (query `has`).
            has_chat: deprecated; prefer has=chat (query `hasChat`; default false).
            country: country codes (query `country`).
            labels: chat label names; '*' any (query `labels`; choices from
                `getLabels`).
            labels_exclude: exclude labels; '*' any (query `labelsExclude`; choices
                from `getLabels`).
            include: embed chat (query `include`).
            metadata_key: has metadata keys (query `metadataKey`).
            metadata_value: has metadata values (query `metadataValue`).
            after: created after (query `after`).
            before: created before (query `before`).
            updated_after: updated after (query `updatedAfter`).
            updated_before: updated before (query `updatedBefore`).
            last_message_after: last message after (query `lastMessageAfter`).
            last_message_before: last message before (query `lastMessageBefore`).
            sort: field:direction (query `sort`; default "name:asc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chat-contacts.getDeviceContacts",
            {
                "deviceId": device_id,
                "search": search,
                "type": type,
                "has": has,
                "hasChat": has_chat,
                "country": country,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "metadataKey": metadata_key,
                "metadataValue": metadata_value,
                "after": after,
                "before": before,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
                "lastMessageAfter": last_message_after,
                "lastMessageBefore": last_message_before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_device_contact_details(
        self,
        device_id: str,
        contact_id: str,
        *,
        include: Literal["chat"] | Sequence[Literal["chat"]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Contact Details: Get one contact.

        `GET /chat/{deviceId}/contacts/{contactId}` (operation `chat-
        contacts.getDeviceContactDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            include: embed chat; comma-joined (query `include`).
        """
        return await self._client.call(
            "chat-contacts.getDeviceContactDetails",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "include": include,
            },
            timeout=timeout,
        )

    async def create_contact(
        self,
        device_id: str,
        *,
        phone: str,
        name: str | None = None,
        surname: str | None = None,
        title: str | None = None,
        kind: Literal["personal", "business"] | None = None,
        gender: Literal["male", "female", "other"] | None = None,
        alt_phone: str | None = None,
        email: str | None = None,
        description: str | None = None,
        languages: str | Sequence[str] | None = None,
        company_name: str | None = None,
        company_code: str | None = None,
        company_tax_id: str | None = None,
        company_role: str | None = None,
        company_website: str | None = None,
        company_email: str | None = None,
        company_phone: str | None = None,
        company_country: str | None = None,
        currency: str | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        notes: str | None = None,
        birthday: str | datetime | None = None,
        notifications: Literal["on", "mute", "ignore"] | None = None,
        timezone: str | None = None,
        crm: str | None = None,
        crm_ref: str | None = None,
        sync: bool | None = None,
        assign: str | None = None,
        upsert: bool | None = None,
        metadata: Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Contact: Create a contact (optionally upsert) with profile, company,
        CRM fields and metadata.

        `POST /chat/{deviceId}/contacts` (operation `chat-contacts.createContact`).
        contactFields entries are spread into the body as-is.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            phone: contact phone, E.164 (body `phone`).
            name: first name <=30 (body `name`).
            surname: last name <=50 (body `surname`).
            title: title <=15 (body `title`).
            kind: personal or business (body `kind`; default "personal").
            gender: gender (body `gender`).
            alt_phone: secondary phone E.164 (body `altPhone`).
            email: email address (body `email`).
            description: short description <=100 (body `description`).
            languages: up to 3 language codes (en, fr...) (body `languages`).
            company_name: company <=50 (body `companyName`).
            company_code: company code <=50 (body `companyCode`).
            company_tax_id: tax id <=30 (body `companyTaxId`).
            company_role: job role <=30 (body `companyRole`).
            company_website: company URL (body `companyWebsite`).
            company_email: company email (body `companyEmail`).
            company_phone: company phone E.164 (body `companyPhone`).
            company_country: ISO 3166 country code (body `companyCountry`).
            currency: ISO 4217 code (body `currency`).
            address: address <=100 (body `address`).
            city: city <=30 (body `city`).
            postal_code: postal code <=20 (body `postalCode`).
            country: ISO 3166 country code (body `country`).
            notes: internal notes <=3000 (body `notes`).
            birthday: birth date (body `birthday`).
            notifications: on, mute or ignore (body `notifications`; default "on").
            timezone: IANA timezone (body `timezone`).
            crm: external CRM name (body `crm`).
            crm_ref: external CRM id/URL (body `crmRef`).
            sync: replicate contact across all numbers of the account (body `sync`;
                default false).
            assign: owner user id (24-hex), create only (body `assign`).
            upsert: update instead of failing if the contact exists, create only
                (body `upsert`; default false).
            metadata: custom fields as [{key, value}] (body `metadata`).
        """
        return await self._client.call(
            "chat-contacts.createContact",
            {
                "deviceId": device_id,
                "phone": phone,
                "name": name,
                "surname": surname,
                "title": title,
                "kind": kind,
                "gender": gender,
                "altPhone": alt_phone,
                "email": email,
                "description": description,
                "languages": languages,
                "companyName": company_name,
                "companyCode": company_code,
                "companyTaxId": company_tax_id,
                "companyRole": company_role,
                "companyWebsite": company_website,
                "companyEmail": company_email,
                "companyPhone": company_phone,
                "companyCountry": company_country,
                "currency": currency,
                "address": address,
                "city": city,
                "postalCode": postal_code,
                "country": country,
                "notes": notes,
                "birthday": birthday,
                "notifications": notifications,
                "timezone": timezone,
                "crm": crm,
                "crmRef": crm_ref,
                "sync": sync,
                "assign": assign,
                "upsert": upsert,
                "metadata": metadata,
            },
            timeout=timeout,
        )

    async def update_contact(
        self,
        device_id: str,
        contact_id: str,
        *,
        name: str | None = None,
        surname: str | None = None,
        title: str | None = None,
        kind: Literal["personal", "business"] | None = None,
        gender: Literal["male", "female", "other"] | None = None,
        alt_phone: str | None = None,
        email: str | None = None,
        description: str | None = None,
        languages: str | Sequence[str] | None = None,
        company_name: str | None = None,
        company_code: str | None = None,
        company_tax_id: str | None = None,
        company_role: str | None = None,
        company_website: str | None = None,
        company_email: str | None = None,
        company_phone: str | None = None,
        company_country: str | None = None,
        currency: str | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        notes: str | None = None,
        birthday: str | datetime | None = None,
        notifications: Literal["on", "mute", "ignore"] | None = None,
        timezone: str | None = None,
        crm: str | None = None,
        crm_ref: str | None = None,
        sync: bool | None = None,
        metadata: Sequence[Mapping[str, Any]] | None = None,
        remove: Literal[
            "name",
            "surname",
            "altPhone",
            "email",
            "companyName",
            "timezone",
            "companyCode",
            "companyTaxId",
            "companyWebsite",
            "companyRole",
            "title",
            "companyEmail",
            "companyPhone",
            "country",
            "companyCountry",
            "address",
            "city",
            "crm",
            "crmRef",
            "postalCode",
            "notes",
            "gender",
            "currency",
            "birthday",
            "description",
            "languages",
            "links",
            "sync",
        ]
        | Sequence[
            Literal[
                "name",
                "surname",
                "altPhone",
                "email",
                "companyName",
                "timezone",
                "companyCode",
                "companyTaxId",
                "companyWebsite",
                "companyRole",
                "title",
                "companyEmail",
                "companyPhone",
                "country",
                "companyCountry",
                "address",
                "city",
                "crm",
                "crmRef",
                "postalCode",
                "notes",
                "gender",
                "currency",
                "birthday",
                "description",
                "languages",
                "links",
                "sync",
            ]
        ]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Contact: Update contact fields, metadata, or clear fields via $remove.

        `PATCH /chat/{deviceId}/contacts/{contactId}` (operation `chat-
        contacts.updateContact`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            name: first name <=30 (body `name`).
            surname: last name <=50 (body `surname`).
            title: title <=15 (body `title`).
            kind: personal or business (body `kind`; default "personal").
            gender: gender (body `gender`).
            alt_phone: secondary phone E.164 (body `altPhone`).
            email: email address (body `email`).
            description: short description <=100 (body `description`).
            languages: up to 3 language codes (en, fr...) (body `languages`).
            company_name: company <=50 (body `companyName`).
            company_code: company code <=50 (body `companyCode`).
            company_tax_id: tax id <=30 (body `companyTaxId`).
            company_role: job role <=30 (body `companyRole`).
            company_website: company URL (body `companyWebsite`).
            company_email: company email (body `companyEmail`).
            company_phone: company phone E.164 (body `companyPhone`).
            company_country: ISO 3166 country code (body `companyCountry`).
            currency: ISO 4217 code (body `currency`).
            address: address <=100 (body `address`).
            city: city <=30 (body `city`).
            postal_code: postal code <=20 (body `postalCode`).
            country: ISO 3166 country code (body `country`).
            notes: internal notes <=3000 (body `notes`).
            birthday: birth date (body `birthday`).
            notifications: on, mute or ignore (body `notifications`; default "on").
            timezone: IANA timezone (body `timezone`).
            crm: external CRM name (body `crm`).
            crm_ref: external CRM id/URL (body `crmRef`).
            sync: replicate contact across all numbers of the account (body `sync`;
                default false).
            metadata: custom fields [{key, value}] (body `metadata`).
            remove: field names to clear; sent as $remove (body `$remove`).
        """
        return await self._client.call(
            "chat-contacts.updateContact",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "name": name,
                "surname": surname,
                "title": title,
                "kind": kind,
                "gender": gender,
                "altPhone": alt_phone,
                "email": email,
                "description": description,
                "languages": languages,
                "companyName": company_name,
                "companyCode": company_code,
                "companyTaxId": company_tax_id,
                "companyRole": company_role,
                "companyWebsite": company_website,
                "companyEmail": company_email,
                "companyPhone": company_phone,
                "companyCountry": company_country,
                "currency": currency,
                "address": address,
                "city": city,
                "postalCode": postal_code,
                "country": country,
                "notes": notes,
                "birthday": birthday,
                "notifications": notifications,
                "timezone": timezone,
                "crm": crm,
                "crmRef": crm_ref,
                "sync": sync,
                "metadata": metadata,
                "$remove": remove,
            },
            timeout=timeout,
        )

    async def update_contact_metadata(
        self,
        device_id: str,
        contact_id: str,
        *,
        metadata: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Contact Metadata: Replace all metadata of a contact.

        `PUT /chat/{deviceId}/contacts/{contactId}/metadata` (operation `chat-
        contacts.updateContactMetadata`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            metadata: full replacement list [{key, value}]; the request body is this
                JSON array itself; >=1 required (body `metadata`).
        """
        return await self._client.call(
            "chat-contacts.updateContactMetadata",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "metadata": metadata,
            },
            timeout=timeout,
        )

    async def upsert_contact_metadata(
        self,
        device_id: str,
        contact_id: str,
        *,
        metadata: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Upsert Contact Metadata: Add or update some metadata entries of a contact.

        `PATCH /chat/{deviceId}/contacts/{contactId}/metadata` (operation `chat-
        contacts.upsertContactMetadata`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
            metadata: entries to add/update [{key, value}]; the request body is this
                JSON array itself (body `metadata`).
        """
        return await self._client.call(
            "chat-contacts.upsertContactMetadata",
            {
                "deviceId": device_id,
                "contactId": contact_id,
                "metadata": metadata,
            },
            timeout=timeout,
        )

    async def delete_contact(
        self,
        device_id: str,
        contact_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Contact: Delete a contact.

        `DELETE /chat/{deviceId}/contacts/{contactId}` (operation `chat-
        contacts.deleteContact`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contact_id: contact WID, e.g. 447362053576@c.us (path `contactId`).
        """
        return await self._client.call(
            "chat-contacts.deleteContact",
            {
                "deviceId": device_id,
                "contactId": contact_id,
            },
            timeout=timeout,
        )

    async def bulk_create_contacts(
        self,
        device_id: str,
        *,
        contacts: Sequence[Mapping[str, Any]],
        upsert: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Bulk Create Contacts: Create or upsert many contacts at once.

        `PATCH /chat/{deviceId}/contacts` (operation `chat-
        contacts.bulkCreateContacts`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contacts: up to 1000 contacts [{phone, name, surname, email,
                companyName}]; the request body is this JSON array itself (body
                `contacts`).
            upsert: default true; node sends ?upsert=false only when disabled (query
                `upsert`; default true).
        """
        return await self._client.call(
            "chat-contacts.bulkCreateContacts",
            {
                "deviceId": device_id,
                "contacts": contacts,
                "upsert": upsert,
            },
            timeout=timeout,
        )

    async def block_contacts(
        self,
        device_id: str,
        *,
        contacts: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Block Contacts: Block up to 50 phone numbers on WhatsApp.

        `POST /devices/{deviceId}/block` (operation `chat-contacts.blockContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contacts: 1..50 E.164 phone numbers (body `contacts`).
        """
        return await self._client.call(
            "chat-contacts.blockContacts",
            {
                "deviceId": device_id,
                "contacts": contacts,
            },
            timeout=timeout,
        )

    async def unblock_contacts(
        self,
        device_id: str,
        *,
        contacts: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Unblock Contacts: Unblock up to 50 phone numbers.

        `DELETE /devices/{deviceId}/block` (operation `chat-contacts.unblockContacts`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            contacts: 1..50 E.164 phone numbers (body `contacts`).
        """
        return await self._client.call(
            "chat-contacts.unblockContacts",
            {
                "deviceId": device_id,
                "contacts": contacts,
            },
            timeout=timeout,
        )
