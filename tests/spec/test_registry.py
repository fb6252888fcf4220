"""The catalogue as shipped: 148 operations, sound invariants, the same as shared/api."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sparkbot.spec import BY_KEY, OPERATIONS, RESOURCES, check_invariants, find_operation, get_operation
from sparkbot.spec.loader import read_catalogue, read_extensions
from sparkbot.spec.naming import kebab_case, python_identifier, snake_case

SHARED = Path(__file__).resolve().parents[3] / "shared" / "api" / "operations.json"


def test_148_operations_in_23_resources() -> None:
    assert len(OPERATIONS) == 148
    assert len(RESOURCES) == 23
    assert len(BY_KEY) == 148


def test_invariants_hold() -> None:
    assert check_invariants(OPERATIONS) == []


def test_invariants_catch_a_broken_path() -> None:
    from dataclasses import replace

    op = get_operation("session.rebootDevice")
    broken = replace(op, path="/devices/{id}/reboot")
    broken._by_name.update(op._by_name)
    assert any("does not match" in p for p in check_invariants([broken]))
    assert any("named twice" in p for p in check_invariants([op, op]))


@pytest.mark.skipif(not SHARED.exists(), reason="shared/api is not beside this checkout")
def test_the_shipped_catalogue_is_the_shared_one() -> None:
    assert read_catalogue() == json.loads(SHARED.read_text("utf-8"))


def test_extensions_name_real_operations_and_parameters() -> None:
    for key, ext in read_extensions().items():
        op = get_operation(key)
        named = [
            *ext.get("constants", {}),
            *ext.get("value_map", {}),
            *ext.get("switch_to_query", {}),
            *[n for pair in ext.get("distinct", []) for n in pair],
        ]
        for field in ("method_from", "raw_path", "raw_body"):
            if field in ext:
                named.append(ext[field])
        if "upload" in ext:
            named.append(ext["upload"]["instead_of"])
            assert not op.has_param(ext["upload"]["file_param"]), key
        for name in named:
            assert op.has_param(name), f"{key}: {name}"


def test_records_are_immutable() -> None:
    op = get_operation("session.rebootDevice")
    with pytest.raises(AttributeError):
        op.path = "/x"  # type: ignore[misc]


def test_the_session_operations_read_as_the_contract() -> None:
    reboot = get_operation("session.rebootDevice")
    assert (reboot.method, reboot.path, reboot.wait_seconds) == ("POST", "/devices/{deviceId}/reboot", 90)
    assert [p.ui for p in reboot.params] == [
        "device",
        "rebootOptions.force",
        "rebootOptions.wait",
        "rebootOptions.sync",
    ]
    assert reboot.param("deviceId").format == "hex24"
    assert get_operation("session.resetDevice").wait_seconds == 120
    assert get_operation("session.requestNumberAuthCode").param("phone").format == "e164"
    scan = get_operation("session.scanQR")
    assert scan.is_binary({})
    assert scan.is_binary({"encoding": "image"})
    assert not scan.is_binary({"encoding": "json"})
    assert get_operation("webhooks.getWebhookLogs").pagination == "skip"
    assert get_operation("numbers.getNumbers").pagination == "page"


def test_names_map_mechanically() -> None:
    assert snake_case("rebootDevice") == "reboot_device"
    assert snake_case("scanQR") == "scan_qr"
    assert snake_case("send-messages") == "send_messages"
    assert snake_case("location.coordinates[0]") == "location_coordinates_0"
    assert kebab_case("requestNumberAuthCode") == "request-number-auth-code"
    assert python_identifier("from") == "from_"


def test_find_operation_by_any_of_its_names() -> None:
    op = get_operation("session.rebootDevice")
    assert find_operation("session", "rebootDevice") is op
    assert find_operation("session", "reboot_device") is op
    assert find_operation("session", "reboot-device") is op
    assert find_operation("send_messages", "send_text") is find_operation("send-messages", "sendText")
    assert find_operation("session", "nope") is None


def test_friendly_python_names_come_from_the_extensions() -> None:
    location = get_operation("send-messages.sendLocation")
    assert location.param("location.coordinates[0]").python_name == "latitude"
    assert location.param("location.coordinates[1]").python_name == "longitude"
    for key, ext in read_extensions().items():
        op = get_operation(key)
        for name, python in ext.get("python_names", {}).items():
            assert op.param(name).python_name == python, f"{key}: {name}"
        for obj in ext.get("optional_objects", []):
            assert obj in op.optional_objects, f"{key}: {obj}"
    assert check_invariants(OPERATIONS) == []
