# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Files: `client.outbound_files`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from pathlib import Path

    from .._base import TimeoutTypes
    from .._response import BinaryResponse

__all__ = ["AsyncOutboundFilesResource", "OutboundFilesResource"]


class OutboundFilesResource(SyncResource):
    """Files: 8 operations of `outbound-files`."""

    def search_files(
        self,
        *,
        search: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        format: Literal["gif", "ptt", "native"] | Sequence[Literal["gif", "ptt", "native"]] | None = None,
        ids: str | Sequence[str] | None = None,
        tags: str | Sequence[str] | None = None,
        sha2: str | None = None,
        reference: str | None = None,
        status: Literal["ready", "processing", "failed"]
        | Sequence[Literal["ready", "processing", "failed"]]
        | None = None,
        device: str | None = None,
        filename: str | None = None,
        origin: Literal["remote", "upload"] | None = None,
        mime: Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        | Sequence[
            Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        ]
        | None = None,
        kind: Literal["image", "video", "audio", "document", "file"]
        | Sequence[Literal["image", "video", "audio", "document", "file"]]
        | None = None,
        ext: Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]
        | Sequence[Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        owner: str | None = None,
        filesize: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Search Files: Search files uploaded to the account storage (used for outbound
        media).

        `GET /files` (operation `outbound-files.searchFiles`).

        Args:
            search: filename, tags or reference (query `search`).
            after: created after (query `after`).
            before: created before (query `before`).
            format: display format (query `format`).
            ids: file ids (query `ids`; choices from `getFiles`).
            tags: tags (query `tags`).
            sha2: SHA-2 checksum (query `sha2`).
            reference: reference (query `reference`).
            status: processing status (query `status`).
            device: device id (query `device`; choices from `getDevices`).
            filename: filename (query `filename`).
            origin: remote URL or direct upload (query `origin`).
            mime: MIME types (query `mime`).
            kind: file kind (query `kind`).
            ext: extensions (query `ext`).
            permission: access level (query `permission`).
            owner: creator user id (query `owner`).
            filesize: size range 'min,max' bytes (query `filesize`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "outbound-files.searchFiles",
            {
                "search": search,
                "after": after,
                "before": before,
                "format": format,
                "ids": ids,
                "tags": tags,
                "sha2": sha2,
                "reference": reference,
                "status": status,
                "device": device,
                "filename": filename,
                "origin": origin,
                "mime": mime,
                "kind": kind,
                "ext": ext,
                "permission": permission,
                "owner": owner,
                "filesize": filesize,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_search_files(
        self,
        *,
        search: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        format: Literal["gif", "ptt", "native"] | Sequence[Literal["gif", "ptt", "native"]] | None = None,
        ids: str | Sequence[str] | None = None,
        tags: str | Sequence[str] | None = None,
        sha2: str | None = None,
        reference: str | None = None,
        status: Literal["ready", "processing", "failed"]
        | Sequence[Literal["ready", "processing", "failed"]]
        | None = None,
        device: str | None = None,
        filename: str | None = None,
        origin: Literal["remote", "upload"] | None = None,
        mime: Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        | Sequence[
            Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        ]
        | None = None,
        kind: Literal["image", "video", "audio", "document", "file"]
        | Sequence[Literal["image", "video", "audio", "document", "file"]]
        | None = None,
        ext: Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]
        | Sequence[Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        owner: str | None = None,
        filesize: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `search_files`, fetching page after page while pages come
        back full.

        `GET /files` (operation `outbound-files.searchFiles`).

        Args:
            search: filename, tags or reference (query `search`).
            after: created after (query `after`).
            before: created before (query `before`).
            format: display format (query `format`).
            ids: file ids (query `ids`; choices from `getFiles`).
            tags: tags (query `tags`).
            sha2: SHA-2 checksum (query `sha2`).
            reference: reference (query `reference`).
            status: processing status (query `status`).
            device: device id (query `device`; choices from `getDevices`).
            filename: filename (query `filename`).
            origin: remote URL or direct upload (query `origin`).
            mime: MIME types (query `mime`).
            kind: file kind (query `kind`).
            ext: extensions (query `ext`).
            permission: access level (query `permission`).
            owner: creator user id (query `owner`).
            filesize: size range 'min,max' bytes (query `filesize`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "outbound-files.searchFiles",
            {
                "search": search,
                "after": after,
                "before": before,
                "format": format,
                "ids": ids,
                "tags": tags,
                "sha2": sha2,
                "reference": reference,
                "status": status,
                "device": device,
                "filename": filename,
                "origin": origin,
                "mime": mime,
                "kind": kind,
                "ext": ext,
                "permission": permission,
                "owner": owner,
                "filesize": filesize,
                "size": size,
            },
            timeout=timeout,
        )

    def upload_file(
        self,
        *,
        url: str | None = None,
        filename: str | None = None,
        reference: str | None = None,
        format: Literal["gif", "ptt", "native"] | None = None,
        expiration: Literal[
            "10m",
            "30m",
            "1h",
            "6h",
            "12h",
            "1d",
            "2d",
            "3d",
            "5d",
            "7d",
            "15d",
            "30d",
            "60d",
            "90d",
            "120d",
            "180d",
            "1y",
            "2y",
        ]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        tags: str | Sequence[str] | None = None,
        file: Path | bytes | BinaryIO | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Upload File: Upload a file into storage from a URL (binary/multipart upload
        not implemented in the node).

        `POST /files` (operation `outbound-files.uploadFile`).

        Args:
            url: remote file URL to ingest (body `url`).
            filename: override filename (body `filename`).
            reference: reference (body `reference`).
            format: display format (gif/ptt voice/native) (body `format`; default
                "native").
            expiration: retention before auto-delete (body `expiration`; default
                "30d").
            permission: access level (body `permission`; default "public").
            tags: tags (body `tags`).
            file: the file to upload instead of `url`: a path (streamed from disk,
                named by its file name), bytes or a binary file object; sent as
                multipart/form-data, the part `file`, with the other values as text
                parts.
        """
        return self._client.call(
            "outbound-files.uploadFile",
            {
                "url": url,
                "filename": filename,
                "reference": reference,
                "format": format,
                "expiration": expiration,
                "permission": permission,
                "tags": tags,
                "file": file,
            },
            timeout=timeout,
        )

    def delete_files(
        self,
        *,
        limit: int | None = None,
        ids: str | Sequence[str] | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        expires: str | datetime | None = None,
        filename: str | None = None,
        ext: str | Sequence[str] | None = None,
        mime: str | Sequence[str] | None = None,
        kind: Literal["image", "video", "audio", "document", "file"]
        | Sequence[Literal["image", "video", "audio", "document", "file"]]
        | None = None,
        owner: str | Sequence[str] | None = None,
        format: Literal["gif", "ptt", "native"] | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        tags: str | Sequence[str] | None = None,
        size: int | None = None,
        origin: Literal["remote", "upload"] | None = None,
        sha2: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Files: Bulk-delete files matching filters.

        `DELETE /files` (operation `outbound-files.deleteFiles`).

        Args:
            limit: max files to delete 1-500 (body `limit`; default 100).
            ids: file ids (body `ids`; choices from `getFiles`).
            before: created before (body `before`).
            after: created after (body `after`).
            expires: expiring before (body `expires`).
            filename: filename (body `filename`).
            ext: extensions (body `ext`).
            mime: MIME types (body `mime`).
            kind: kinds (body `kind`).
            owner: creator user ids (body `owner`).
            format: format (body `format`; default "native").
            permission: permission (body `permission`; default "public").
            tags: tags (body `tags`).
            size: larger than N bytes (body `size`; default 0).
            origin: origin (body `origin`).
            sha2: checksums (body `sha2`).
        """
        return self._client.call(
            "outbound-files.deleteFiles",
            {
                "limit": limit,
                "ids": ids,
                "before": before,
                "after": after,
                "expires": expires,
                "filename": filename,
                "ext": ext,
                "mime": mime,
                "kind": kind,
                "owner": owner,
                "format": format,
                "permission": permission,
                "tags": tags,
                "size": size,
                "origin": origin,
                "sha2": sha2,
            },
            timeout=timeout,
        )

    def preview_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Get File Preview: Get a preview thumbnail image of a file.

        `GET /files/{fileId}/preview` (operation `outbound-files.previewFile`).
        Sends 'Accept: image/*': the response is binary; return it as bytes.

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return self._client.call_binary(
            "outbound-files.previewFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )

    def download_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Download File: Download file content.

        `GET /files/{fileId}/download` (operation `outbound-files.downloadFile`).
        Sends 'Accept: */*': the response is binary; return it as bytes.

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return self._client.call_binary(
            "outbound-files.downloadFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )

    def get_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get File: Get file metadata.

        `GET /files/{fileId}` (operation `outbound-files.getFile`).

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return self._client.call(
            "outbound-files.getFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )

    def update_file(
        self,
        file_id: str,
        *,
        filename: str | None = None,
        reference: str | None = None,
        format: Literal["gif", "ptt", "native"] | None = None,
        tags: str | Sequence[str] | None = None,
        message: str | None = None,
        expiration: Literal[
            "10m",
            "30m",
            "1h",
            "6h",
            "12h",
            "1d",
            "2d",
            "3d",
            "5d",
            "7d",
            "15d",
            "30d",
            "60d",
            "90d",
            "120d",
            "180d",
            "1y",
            "2y",
        ]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update File: Update file metadata.

        `PATCH /files/{fileId}` (operation `outbound-files.updateFile`).

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
            filename: new filename (body `filename`).
            reference: new reference (body `reference`).
            format: new format (body `format`; default "native").
            tags: new tags (body `tags`).
            message: default caption for the media (body `message`).
            expiration: new expiration (body `expiration`).
            permission: new permission (body `permission`).
        """
        return self._client.call(
            "outbound-files.updateFile",
            {
                "fileId": file_id,
                "filename": filename,
                "reference": reference,
                "format": format,
                "tags": tags,
                "message": message,
                "expiration": expiration,
                "permission": permission,
            },
            timeout=timeout,
        )

    def delete_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete File: Delete one file.

        `DELETE /files/{fileId}` (operation `outbound-files.deleteFile`).

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return self._client.call(
            "outbound-files.deleteFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )


class AsyncOutboundFilesResource(AsyncResource):
    """Files: 8 operations of `outbound-files`."""

    async def search_files(
        self,
        *,
        search: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        format: Literal["gif", "ptt", "native"] | Sequence[Literal["gif", "ptt", "native"]] | None = None,
        ids: str | Sequence[str] | None = None,
        tags: str | Sequence[str] | None = None,
        sha2: str | None = None,
        reference: str | None = None,
        status: Literal["ready", "processing", "failed"]
        | Sequence[Literal["ready", "processing", "failed"]]
        | None = None,
        device: str | None = None,
        filename: str | None = None,
        origin: Literal["remote", "upload"] | None = None,
        mime: Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        | Sequence[
            Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        ]
        | None = None,
        kind: Literal["image", "video", "audio", "document", "file"]
        | Sequence[Literal["image", "video", "audio", "document", "file"]]
        | None = None,
        ext: Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]
        | Sequence[Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        owner: str | None = None,
        filesize: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Search Files: Search files uploaded to the account storage (used for outbound
        media).

        `GET /files` (operation `outbound-files.searchFiles`).

        Args:
            search: filename, tags or reference (query `search`).
            after: created after (query `after`).
            before: created before (query `before`).
            format: display format (query `format`).
            ids: file ids (query `ids`; choices from `getFiles`).
            tags: tags (query `tags`).
            sha2: SHA-2 checksum (query `sha2`).
            reference: reference (query `reference`).
            status: processing status (query `status`).
            device: device id (query `device`; choices from `getDevices`).
            filename: filename (query `filename`).
            origin: remote URL or direct upload (query `origin`).
            mime: MIME types (query `mime`).
            kind: file kind (query `kind`).
            ext: extensions (query `ext`).
            permission: access level (query `permission`).
            owner: creator user id (query `owner`).
            filesize: size range 'min,max' bytes (query `filesize`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "outbound-files.searchFiles",
            {
                "search": search,
                "after": after,
                "before": before,
                "format": format,
                "ids": ids,
                "tags": tags,
                "sha2": sha2,
                "reference": reference,
                "status": status,
                "device": device,
                "filename": filename,
                "origin": origin,
                "mime": mime,
                "kind": kind,
                "ext": ext,
                "permission": permission,
                "owner": owner,
                "filesize": filesize,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_search_files(
        self,
        *,
        search: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        format: Literal["gif", "ptt", "native"] | Sequence[Literal["gif", "ptt", "native"]] | None = None,
        ids: str | Sequence[str] | None = None,
        tags: str | Sequence[str] | None = None,
        sha2: str | None = None,
        reference: str | None = None,
        status: Literal["ready", "processing", "failed"]
        | Sequence[Literal["ready", "processing", "failed"]]
        | None = None,
        device: str | None = None,
        filename: str | None = None,
        origin: Literal["remote", "upload"] | None = None,
        mime: Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        | Sequence[
            Literal["image/jpeg", "image/png", "video/mp4", "audio/mp3", "audio/ogg", "application/pdf"]
        ]
        | None = None,
        kind: Literal["image", "video", "audio", "document", "file"]
        | Sequence[Literal["image", "video", "audio", "document", "file"]]
        | None = None,
        ext: Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]
        | Sequence[Literal["jpg", "png", "mp4", "mp3", "ogg", "pdf", "docx", "xlsx"]]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        owner: str | None = None,
        filesize: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `search_files`, fetching page after page while pages come
        back full.

        `GET /files` (operation `outbound-files.searchFiles`).

        Args:
            search: filename, tags or reference (query `search`).
            after: created after (query `after`).
            before: created before (query `before`).
            format: display format (query `format`).
            ids: file ids (query `ids`; choices from `getFiles`).
            tags: tags (query `tags`).
            sha2: SHA-2 checksum (query `sha2`).
            reference: reference (query `reference`).
            status: processing status (query `status`).
            device: device id (query `device`; choices from `getDevices`).
            filename: filename (query `filename`).
            origin: remote URL or direct upload (query `origin`).
            mime: MIME types (query `mime`).
            kind: file kind (query `kind`).
            ext: extensions (query `ext`).
            permission: access level (query `permission`).
            owner: creator user id (query `owner`).
            filesize: size range 'min,max' bytes (query `filesize`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "outbound-files.searchFiles",
            {
                "search": search,
                "after": after,
                "before": before,
                "format": format,
                "ids": ids,
                "tags": tags,
                "sha2": sha2,
                "reference": reference,
                "status": status,
                "device": device,
                "filename": filename,
                "origin": origin,
                "mime": mime,
                "kind": kind,
                "ext": ext,
                "permission": permission,
                "owner": owner,
                "filesize": filesize,
                "size": size,
            },
            timeout=timeout,
        )

    async def upload_file(
        self,
        *,
        url: str | None = None,
        filename: str | None = None,
        reference: str | None = None,
        format: Literal["gif", "ptt", "native"] | None = None,
        expiration: Literal[
            "10m",
            "30m",
            "1h",
            "6h",
            "12h",
            "1d",
            "2d",
            "3d",
            "5d",
            "7d",
            "15d",
            "30d",
            "60d",
            "90d",
            "120d",
            "180d",
            "1y",
            "2y",
        ]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        tags: str | Sequence[str] | None = None,
        file: Path | bytes | BinaryIO | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Upload File: Upload a file into storage from a URL (binary/multipart upload
        not implemented in the node).

        `POST /files` (operation `outbound-files.uploadFile`).

        Args:
            url: remote file URL to ingest (body `url`).
            filename: override filename (body `filename`).
            reference: reference (body `reference`).
            format: display format (gif/ptt voice/native) (body `format`; default
                "native").
            expiration: retention before auto-delete (body `expiration`; default
                "30d").
            permission: access level (body `permission`; default "public").
            tags: tags (body `tags`).
            file: the file to upload instead of `url`: a path (streamed from disk,
                named by its file name), bytes or a binary file object; sent as
                multipart/form-data, the part `file`, with the other values as text
                parts.
        """
        return await self._client.call(
            "outbound-files.uploadFile",
            {
                "url": url,
                "filename": filename,
                "reference": reference,
                "format": format,
                "expiration": expiration,
                "permission": permission,
                "tags": tags,
                "file": file,
            },
            timeout=timeout,
        )

    async def delete_files(
        self,
        *,
        limit: int | None = None,
        ids: str | Sequence[str] | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        expires: str | datetime | None = None,
        filename: str | None = None,
        ext: str | Sequence[str] | None = None,
        mime: str | Sequence[str] | None = None,
        kind: Literal["image", "video", "audio", "document", "file"]
        | Sequence[Literal["image", "video", "audio", "document", "file"]]
        | None = None,
        owner: str | Sequence[str] | None = None,
        format: Literal["gif", "ptt", "native"] | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        tags: str | Sequence[str] | None = None,
        size: int | None = None,
        origin: Literal["remote", "upload"] | None = None,
        sha2: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Files: Bulk-delete files matching filters.

        `DELETE /files` (operation `outbound-files.deleteFiles`).

        Args:
            limit: max files to delete 1-500 (body `limit`; default 100).
            ids: file ids (body `ids`; choices from `getFiles`).
            before: created before (body `before`).
            after: created after (body `after`).
            expires: expiring before (body `expires`).
            filename: filename (body `filename`).
            ext: extensions (body `ext`).
            mime: MIME types (body `mime`).
            kind: kinds (body `kind`).
            owner: creator user ids (body `owner`).
            format: format (body `format`; default "native").
            permission: permission (body `permission`; default "public").
            tags: tags (body `tags`).
            size: larger than N bytes (body `size`; default 0).
            origin: origin (body `origin`).
            sha2: checksums (body `sha2`).
        """
        return await self._client.call(
            "outbound-files.deleteFiles",
            {
                "limit": limit,
                "ids": ids,
                "before": before,
                "after": after,
                "expires": expires,
                "filename": filename,
                "ext": ext,
                "mime": mime,
                "kind": kind,
                "owner": owner,
                "format": format,
                "permission": permission,
                "tags": tags,
                "size": size,
                "origin": origin,
                "sha2": sha2,
            },
            timeout=timeout,
        )

    async def preview_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Get File Preview: Get a preview thumbnail image of a file.

        `GET /files/{fileId}/preview` (operation `outbound-files.previewFile`).
        Sends 'Accept: image/*': the response is binary; return it as bytes.

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return await self._client.call_binary(
            "outbound-files.previewFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )

    async def download_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Download File: Download file content.

        `GET /files/{fileId}/download` (operation `outbound-files.downloadFile`).
        Sends 'Accept: */*': the response is binary; return it as bytes.

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return await self._client.call_binary(
            "outbound-files.downloadFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )

    async def get_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get File: Get file metadata.

        `GET /files/{fileId}` (operation `outbound-files.getFile`).

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return await self._client.call(
            "outbound-files.getFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )

    async def update_file(
        self,
        file_id: str,
        *,
        filename: str | None = None,
        reference: str | None = None,
        format: Literal["gif", "ptt", "native"] | None = None,
        tags: str | Sequence[str] | None = None,
        message: str | None = None,
        expiration: Literal[
            "10m",
            "30m",
            "1h",
            "6h",
            "12h",
            "1d",
            "2d",
            "3d",
            "5d",
            "7d",
            "15d",
            "30d",
            "60d",
            "90d",
            "120d",
            "180d",
            "1y",
            "2y",
        ]
        | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update File: Update file metadata.

        `PATCH /files/{fileId}` (operation `outbound-files.updateFile`).

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
            filename: new filename (body `filename`).
            reference: new reference (body `reference`).
            format: new format (body `format`; default "native").
            tags: new tags (body `tags`).
            message: default caption for the media (body `message`).
            expiration: new expiration (body `expiration`).
            permission: new permission (body `permission`).
        """
        return await self._client.call(
            "outbound-files.updateFile",
            {
                "fileId": file_id,
                "filename": filename,
                "reference": reference,
                "format": format,
                "tags": tags,
                "message": message,
                "expiration": expiration,
                "permission": permission,
            },
            timeout=timeout,
        )

    async def delete_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete File: Delete one file.

        `DELETE /files/{fileId}` (operation `outbound-files.deleteFile`).

        Args:
            file_id: file id (24-char hex id) (path `fileId`; choices from
                `getFiles`).
        """
        return await self._client.call(
            "outbound-files.deleteFile",
            {
                "fileId": file_id,
            },
            timeout=timeout,
        )
