"""Items as the workflow node passes them: `{"json", "binary"?, "pairedItem"}`."""

from __future__ import annotations

import base64
import mimetypes
from typing import Any

from ..client import BinaryResponse
from ..client.errors import APIStatusError, SparkBotError

__all__ = ["answer_items", "error_item"]


def _binary_item(answer: BinaryResponse, index: int) -> dict[str, Any]:
    # no name from the API: `data` with the extension of the content type (`data.png`)
    name = answer.filename or "data" + (mimetypes.guess_extension(answer.content_type) or "")
    meta = {"mimeType": answer.content_type, "fileName": name, "fileSize": len(answer.content)}
    data = {
        "data": base64.b64encode(answer.content).decode("ascii"),
        "mimeType": answer.content_type,
        "fileName": name,
    }
    return {"json": meta, "binary": {"data": data}, "pairedItem": {"item": index}}


def answer_items(answer: Any, index: int) -> list[dict[str, Any]]:
    """One output item per answer, or one per element of a list answer, paired with input `index`."""
    if isinstance(answer, BinaryResponse):
        return [_binary_item(answer, index)]
    elements = answer if isinstance(answer, list) else [answer]
    out = []
    for element in elements:
        if element is None:
            element = {"success": True}
        elif not isinstance(element, dict):
            element = {"value": element}
        out.append({"json": element, "pairedItem": {"item": index}})
    return out


def error_item(error: Exception, index: int) -> dict[str, Any]:
    """The item `continue_on_fail` puts in place of a failed one."""
    data: dict[str, Any] = {"error": getattr(error, "message", None) or str(error)}
    if isinstance(error, APIStatusError):
        data.update(status=error.status, code=error.code, errors=error.errors)
    elif isinstance(error, SparkBotError):
        data["code"] = type(error).__name__
        field = getattr(error, "field", None)
        if field:
            data["field"] = field
    return {"json": data, "pairedItem": {"item": index}}
