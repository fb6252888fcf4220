"""Error answers become one exception class per status, carrying code, message and request."""

from __future__ import annotations

import httpx
import pytest

import sparkbot
from sparkbot import SparkBot

from ..recording import DEVICE, Recorder


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, sparkbot.BadRequestError),
        (401, sparkbot.AuthenticationError),
        (403, sparkbot.PermissionDeniedError),
        (404, sparkbot.NotFoundError),
        (409, sparkbot.ConflictError),
        (422, sparkbot.UnprocessableEntityError),
        (429, sparkbot.RateLimitError),
        (500, sparkbot.InternalServerError),
        (503, sparkbot.InternalServerError),
        (504, sparkbot.GatewayTimeoutError),
        (418, sparkbot.APIStatusError),
    ],
)
def test_status_maps_to_its_class(recorder: Recorder, status: int, cls: type[Exception]) -> None:
    body = {"status": status, "error": "some_code", "message": "A sentence.", "errors": [{"field": "x"}]}
    recorder.answers.extend([httpx.Response(status, json=body)] * 3)
    with recorder.sync_client(max_retries=0) as client, pytest.raises(cls) as caught:
        client.session.reboot_device(DEVICE, force=True)
    error = caught.value
    assert isinstance(error, sparkbot.APIStatusError)
    assert type(error) is cls
    assert (error.status, error.code, error.message) == (status, "some_code", "A sentence.")
    assert error.errors == [{"field": "x"}]
    assert error.request.url.path == f"/v1/devices/{DEVICE}/reboot"
    assert str(error) == f"{status} some_code: A sentence."


def test_a_409_names_force(client: SparkBot, recorder: Recorder) -> None:
    message = "the session is online: pass force=true to reboot it anyway"
    recorder.answers.append(
        httpx.Response(409, json={"status": 409, "error": "conflict", "message": message})
    )
    with pytest.raises(sparkbot.ConflictError, match="force"):
        client.session.scan_qr(DEVICE)


def test_an_error_without_a_json_body_still_maps(client: SparkBot, recorder: Recorder) -> None:
    recorder.answers.append(httpx.Response(404, text="not here"))
    with pytest.raises(sparkbot.NotFoundError) as caught:
        client.numbers.get_number_by_id(DEVICE)
    assert (caught.value.code, caught.value.message) == ("http_404", "not here")


def test_connection_and_timeout_errors_are_apart(recorder: Recorder) -> None:
    recorder.answers.append(httpx.ConnectError("refused"))
    with recorder.sync_client(max_retries=0) as client, pytest.raises(sparkbot.APIConnectionError) as caught:
        client.numbers.get_numbers()
    assert not isinstance(caught.value, sparkbot.APIStatusError)
    recorder.answers.append(httpx.ReadTimeout("slow"))
    with recorder.sync_client(max_retries=0) as client, pytest.raises(sparkbot.APITimeoutError):
        client.numbers.get_numbers()


def test_every_error_is_a_sparkbot_error() -> None:
    for name in sparkbot.__all__:
        obj = getattr(sparkbot, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, sparkbot.SparkBotError), name


def test_the_error_tree_in_the_docstring_names_every_class() -> None:
    from sparkbot.client import errors

    for name in errors.__all__:
        obj = getattr(errors, name)
        if isinstance(obj, type):
            assert name in (errors.__doc__ or ""), name
