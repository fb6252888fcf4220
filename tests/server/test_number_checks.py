"""The number checks of Other through the real client (`server.sdk()`): who is on WhatsApp (the
engine's directory, the same rule that fails a send), and phone numbers validated and normalised
with per-entry errors; bad input's 400s in the one error shape; no key, 401."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, ClassVar

import pytest

from sparkbot.client.errors import AuthenticationError, BadRequestError, ValidationError
from sparkbot.server import ManualClock, Settings
from sparkbot.server.engines import Engine, SandboxEngine
from sparkbot.server.services.numberchecks import VALIDATE_MAX

from .harness import Server, running
from .harness import online as _online

ANA, NOBODY = "+447362053576", "+447362050000"


async def _post(server: Server, path: str, body: Any) -> tuple[int, dict[str, Any]]:
    response = await server.client.post(f"/v1/numbers/{path}", json=body)
    return response.status_code, dict(response.json())


async def test_verify_number_exists_answers_the_phone_its_wid_and_whether_it_is_on_whatsapp(
    server: Server,
) -> None:
    other = server.sdk().other
    assert await other.verify_number_exists(phone=ANA) == {
        "phone": ANA,
        "wid": "447362053576@c.us",
        "exists": True,
    }
    assert await other.verify_number_exists(phone=NOBODY) == {"phone": NOBODY, "wid": None, "exists": False}


async def test_verify_number_exists_needs_no_number_nor_session(server: Server) -> None:
    assert (await server.client.get("/v1/devices")).json() == []  # the account has no number
    answer = await server.sdk().other.verify_number_exists(phone="+34600123456")
    assert answer["exists"] is True


async def test_the_directory_is_the_rule_that_fails_a_send(server: Server) -> None:
    """A phone the check says is not on WhatsApp is one a send to fails, and the other way round."""
    device = await _online(server)
    other = server.sdk().other
    sent = {phone: (await server.send(device, phone=phone, message="hi"))["id"] for phone in (ANA, NOBODY)}

    async def settled() -> bool:
        return all(
            s in ("sent", "delivered", "read", "failed") for s in await server.statuses([*sent.values()])
        )

    await server.drive(settled)
    seen = {}
    for phone, message_id in sent.items():
        exists = (await other.verify_number_exists(phone=phone))["exists"]
        seen[phone] = (exists, (await server.message(message_id))["status"] == "failed")
    assert seen == {ANA: (True, False), NOBODY: (False, True)}


class _Directory(SandboxEngine):
    """An engine whose WhatsApp knows only the phones it is given (as a real one would ask)."""

    known = frozenset({"+34600123456"})
    asked: ClassVar[list[list[str]]] = []

    async def on_whatsapp(self, phones: Sequence[str]) -> dict[str, bool]:
        self.asked.append(list(phones))
        return {phone: phone in self.known for phone in phones}


class _Blind(SandboxEngine):
    """An engine that cannot look anyone up: the interface's default."""

    on_whatsapp = Engine.on_whatsapp


async def test_the_answer_is_the_engines(settings: Settings, clock: ManualClock) -> None:
    async with running(settings, clock, engine=_Directory) as server:
        other = server.sdk().other
        assert (await other.verify_number_exists(phone="+34600123456"))["exists"] is True
        assert (await other.verify_number_exists(phone=ANA))["exists"] is False
    assert _Directory.asked[-2:] == [["+34600123456"], [ANA]]
    async with running(settings, clock, engine=_Blind) as server:
        status, error = await _post(server, "exists", {"phone": ANA})
        assert (status, error["error"]) == (501, "not_implemented")
        assert "cannot look up who is on WhatsApp" in error["message"]


async def test_the_directory_follows_the_unreachable_suffix_setting(
    settings: Settings, clock: ManualClock
) -> None:
    async with running(replace(settings, unreachable_suffix="99"), clock) as server:
        other = server.sdk().other
        assert (await other.verify_number_exists(phone="+447362053599"))["exists"] is False
        assert (await other.verify_number_exists(phone=NOBODY))["exists"] is True


async def test_verify_number_exists_refuses_a_phone_that_is_not_e164_with_400(server: Server) -> None:
    for body, field in (
        ({"phone": "447362053576"}, "phone"),
        ({"phone": "+10000000000000"}, "phone"),  # the form of E.164, but no possible phone
        ({}, "phone"),
        ({"phone": ANA, "device": "a" * 24}, "device"),
    ):
        status, error = await _post(server, "exists", body)
        assert (status, error["error"], error["errors"][0]["field"]) == (400, "invalid_parameter", field), (
            body
        )
        assert error["message"] == error["errors"][0]["message"]
    with pytest.raises(BadRequestError) as refused:
        await server.sdk().other.verify_number_exists(phone="+10000000000000")
    assert "possible E.164" in refused.value.message
    with pytest.raises(ValidationError):  # the client refuses what the catalogue's pattern refuses
        await server.sdk().other.verify_number_exists(phone="0044 7362")


async def test_validate_numbers_normalises_each_number(server: Server) -> None:
    answer = await server.sdk().other.validate_numbers(
        numbers=[{"phone": "+44 7362 053576"}, {"phone": "+44 20 7946 0958"}, {"phone": "34600123456"}]
    )
    assert (answer["total"], answer["valid"], answer["invalid"]) == (3, 3, 0)
    mobile, fixed, spanish = answer["numbers"]
    assert mobile == {
        "input": "+44 7362 053576",
        "valid": True,
        "phone": ANA,
        "wid": "447362053576@c.us",
        "country": "GB",
        "countryPrefix": 44,
        "kind": "mobile",
        "national": "07362 053576",
        "international": "+44 7362 053576",
        "error": None,
    }
    assert (fixed["phone"], fixed["kind"], fixed["national"]) == ("+442079460958", "fixed", "020 7946 0958")
    # without + nor country, the digits are international, country code first (as in a WID)
    assert (spanish["phone"], spanish["country"], spanish["countryPrefix"]) == ("+34600123456", "ES", 34)


async def test_validate_numbers_reads_national_numbers_in_the_country_given(server: Server) -> None:
    other = server.sdk().other
    answer = await other.validate_numbers(
        country="gb",
        numbers=[{"phone": " 07362 053576 "}, {"phone": "0034 600 12 34 56"}, {"phone": "+12015550123"}],
    )
    assert [(n["input"], n["phone"], n["country"]) for n in answer["numbers"]] == [
        ("07362 053576", ANA, "GB"),
        ("0034 600 12 34 56", "+34600123456", "ES"),  # GB's international prefix
        ("+12015550123", "+12015550123", "US"),  # a + wins over the country
    ]
    spanish = await other.validate_numbers(country="ES", numbers=[{"phone": "600123456"}])
    assert spanish["numbers"][0]["phone"] == "+34600123456"
    anywhere = await other.validate_numbers(country="any", numbers=[{"phone": "447362053576"}])
    assert anywhere["numbers"][0]["phone"] == ANA


async def test_validate_numbers_reports_invalid_entries_and_answers_the_others(server: Server) -> None:
    numbers = ["hello", "+1 600 123 4560", "0736205357", "   ", "+" + "4" * 60, ANA, ANA]
    answer = await server.sdk().other.validate_numbers(numbers=[{"phone": n} for n in numbers])
    assert (answer["total"], answer["valid"], answer["invalid"]) == (7, 2, 5)
    entries = answer["numbers"]
    assert [e["valid"] for e in entries] == [False, False, False, False, False, True, True]
    for entry in entries[:5]:
        assert entry["error"], entry
        assert [entry[k] for k in ("phone", "wid", "country", "countryPrefix", "kind")] == [None] * 5
    assert "not a phone number" in entries[0]["error"]
    assert "numbering plan" in entries[1]["error"]  # possible, but not a number in use
    assert "with + and its country code" in entries[2]["error"]  # national, and no country given
    assert entries[3] == {**entries[3], "input": "", "error": "the number is empty"}
    assert "at most 50 characters" in entries[4]["error"]
    assert entries[5] == entries[6]
    assert entries[5]["phone"] == ANA


async def test_validate_numbers_does_not_ask_whatsapp(server: Server) -> None:
    answer = await server.sdk().other.validate_numbers(numbers=[{"phone": NOBODY}])
    assert answer["numbers"][0]["valid"] is True
    assert "exists" not in answer["numbers"][0]


async def test_validate_numbers_refuses_a_call_of_the_wrong_shape_with_400(server: Server) -> None:
    for body, field in (
        ({}, "numbers"),
        ({"numbers": []}, "numbers"),
        ({"numbers": [{"phone": ANA}] * (VALIDATE_MAX + 1)}, "numbers"),
        ({"numbers": "+447362053576"}, "numbers"),
        ({"numbers": [{"phone": ANA}, {"phone": 447362053576}]}, "numbers[1].phone"),
        ({"numbers": [{"phone": ANA, "name": "Ana"}]}, "numbers[0]"),
        ({"numbers": [{"phone": ""}]}, "numbers"),
        ({"country": "XX", "numbers": [{"phone": ANA}]}, "country"),
        ({"country": "GBR", "numbers": [{"phone": ANA}]}, "country"),
    ):
        status, error = await _post(server, "validate", body)
        assert (status, error["error"], error["errors"][0]["field"]) == (400, "invalid_parameter", field), (
            body
        )
    full = await server.sdk().other.validate_numbers(numbers=[{"phone": ANA}] * VALIDATE_MAX)
    assert full["total"] == full["valid"] == VALIDATE_MAX


async def test_a_call_without_a_key_is_401(server: Server) -> None:
    async with server.client_for(None) as raw:
        for path, body in (("exists", {"phone": ANA}), ("validate", {"numbers": [{"phone": ANA}]})):
            response = await raw.post(f"/v1/numbers/{path}", json=body)
            assert (response.status_code, response.json()["error"]) == (401, "unauthorized")
        wrong = await raw.post("/v1/numbers/exists", json={"phone": ANA}, headers={"Token": "not-a-key"})
        assert wrong.status_code == 401
    with pytest.raises(AuthenticationError):
        await server.sdk(key="not-a-key").other.verify_number_exists(phone=ANA)


async def test_the_openapi_document_says_both_are_built(server: Server) -> None:
    paths = (await server.client.get("/openapi.json")).json()["paths"]
    for path in ("/v1/numbers/exists", "/v1/numbers/validate"):
        operation = paths[path]["post"]
        assert "200" in operation["responses"], path
        assert "501" not in operation["responses"], path
