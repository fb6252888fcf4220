# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Other: `client.other`, sync and async."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncOtherResource", "OtherResource"]


class OtherResource(SyncResource):
    """Other: 3 operations of `other`."""

    def verify_number_exists(
        self,
        *,
        phone: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Verify number exists: Check whether a phone number has a WhatsApp account.

        `POST /numbers/exists` (operation `other.verifyNumberExists`).

        Args:
            phone: E.164 phone to check (client-side regex) (body `phone`).
        """
        return self._client.call(
            "other.verifyNumberExists",
            {
                "phone": phone,
            },
            timeout=timeout,
        )

    def validate_numbers(
        self,
        *,
        country: str | None = None,
        numbers: Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Validate phone numbers: Validate/normalise phone number formats (does not
        check WhatsApp existence).

        `POST /numbers/validate` (operation `other.validateNumbers`).

        Args:
            country: default country for numbers without prefix; first 2 letters
                upper-cased; omitted if empty/'any' (body `country`).
            numbers: numbers to normalise, sent as numbers: [{phone}] (trimmed, <=50
                chars each) (body `numbers`).
        """
        return self._client.call(
            "other.validateNumbers",
            {
                "country": country,
                "numbers": numbers,
            },
            timeout=timeout,
        )

    def send_raw(
        self,
        url_path: str,
        *,
        http_method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"] | None = "GET",
        headers: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        url_params: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        body: Any | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send API request: Call any API endpoint with custom method, path, headers,
        query and body.

        `{httpMethod} {urlPath}` (operation `other.sendRaw`).

        Args:
            url_path: path appended to the API base URL, e.g. /devices (path
                `urlPath`).
            http_method: HTTP verb used for the call (switch `httpMethod`; default
                "GET").
            headers: extra request headers (override defaults) (header `headers`).
            url_params: query string key/values (query `urlParams`).
            body: JSON body for non-GET verbs (string is JSON.parsed; invalid JSON
                throws) (body `body`).
        """
        return self._client.call(
            "other.sendRaw",
            {
                "urlPath": url_path,
                "httpMethod": http_method,
                "headers": headers,
                "urlParams": url_params,
                "body": body,
            },
            timeout=timeout,
        )


class AsyncOtherResource(AsyncResource):
    """Other: 3 operations of `other`."""

    async def verify_number_exists(
        self,
        *,
        phone: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Verify number exists: Check whether a phone number has a WhatsApp account.

        `POST /numbers/exists` (operation `other.verifyNumberExists`).

        Args:
            phone: E.164 phone to check (client-side regex) (body `phone`).
        """
        return await self._client.call(
            "other.verifyNumberExists",
            {
                "phone": phone,
            },
            timeout=timeout,
        )

    async def validate_numbers(
        self,
        *,
        country: str | None = None,
        numbers: Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Validate phone numbers: Validate/normalise phone number formats (does not
        check WhatsApp existence).

        `POST /numbers/validate` (operation `other.validateNumbers`).

        Args:
            country: default country for numbers without prefix; first 2 letters
                upper-cased; omitted if empty/'any' (body `country`).
            numbers: numbers to normalise, sent as numbers: [{phone}] (trimmed, <=50
                chars each) (body `numbers`).
        """
        return await self._client.call(
            "other.validateNumbers",
            {
                "country": country,
                "numbers": numbers,
            },
            timeout=timeout,
        )

    async def send_raw(
        self,
        url_path: str,
        *,
        http_method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"] | None = "GET",
        headers: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        url_params: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        body: Any | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send API request: Call any API endpoint with custom method, path, headers,
        query and body.

        `{httpMethod} {urlPath}` (operation `other.sendRaw`).

        Args:
            url_path: path appended to the API base URL, e.g. /devices (path
                `urlPath`).
            http_method: HTTP verb used for the call (switch `httpMethod`; default
                "GET").
            headers: extra request headers (override defaults) (header `headers`).
            url_params: query string key/values (query `urlParams`).
            body: JSON body for non-GET verbs (string is JSON.parsed; invalid JSON
                throws) (body `body`).
        """
        return await self._client.call(
            "other.sendRaw",
            {
                "urlPath": url_path,
                "httpMethod": http_method,
                "headers": headers,
                "urlParams": url_params,
                "body": body,
            },
            timeout=timeout,
        )
