"""Schemathesis against the app in process: every operation of `/openapi.json`, valid and invalid
values, answers no 5xx (but the contract's 501 and 504, where documented) and nothing the document
does not describe.

Bounded and reproducible: `MAX_EXAMPLES` per operation, derandomized, no example database. Real ids
of a linked number, an unlinked one and a queued message are mixed into the generated ids, so calls go
past 404; `test_fuzz_summary` prints (and checks) what the run exercised."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sparkbot.server import ManualClock, Settings, create_app

from .harness import KEY

MAX_EXAMPLES = 12  # per built operation; those not built yet (they answer 501) get a few
MAX_EXAMPLES_NOT_BUILT = 3
# The 5xx answers the contract gives, each only where the document lists it for the operation.
CONTRACT_5XX = {501: "not_implemented", 504: "wait_timeout"}
AUTH = {"Token": KEY}
# The ids the hooks below mix into generated ones; refreshed by `Seeds.ensure`.
IDS: dict[str, str] = {"phone": "+447362053576"}
# (method path, status) of every call, for the summary.
SEEN: Counter[tuple[str, int]] = Counter()


class Seeds:
    """A linked number (`deviceId`, `device`), an unlinked one, and a queued message (`messageId`),
    made again when a fuzzed call deleted, disabled or unlinked them."""

    def __init__(self, client: asgi.ASGIClient) -> None:
        self.client = client
        self.dirty = True

    def _number(self, alias: str) -> str:
        answer = self.client.post(
            "/v1/devices", json={"alias": alias, "billingPlan": "professional"}, headers=AUTH
        )
        assert answer.status_code == 201, answer.text
        return str(answer.json()["id"])

    def _usable(self, device_id: str | None) -> dict[str, Any] | None:
        if device_id is None:
            return None
        answer = self.client.get(f"/v1/devices/{device_id}", headers=AUTH)
        view: dict[str, Any] = answer.json()
        return view if answer.status_code == 200 and view["status"] not in ("disabled", "removed") else None

    def ensure(self) -> None:
        if not self.dirty:
            return
        linked = self._usable(IDS.get("deviceId"))
        if linked is None:
            IDS["deviceId"] = IDS["device"] = self._number("Fuzz linked")
            linked = self._usable(IDS["deviceId"])
            assert linked is not None
        if linked["session"]["status"] != "online":
            self.client.post(f"/v1/devices/{IDS['deviceId']}/queue", json={"status": "active"}, headers=AUTH)
            self.client.get(f"/v1/devices/{IDS['deviceId']}/scan?encoding=json&force=true", headers=AUTH)
            self.client.post(f"/sandbox/devices/{IDS['deviceId']}/scan", headers=AUTH)
        if self._usable(IDS.get("unlinked")) is None:
            IDS["unlinked"] = self._number("Fuzz unlinked")
        message = self.client.get(f"/v1/messages/{IDS.get('messageId', 'none')}", headers=AUTH)
        if message.status_code != 200 or message.json()["status"] != "queued":
            sent = self.client.post(
                "/v1/messages",
                json={
                    "device": IDS["deviceId"],
                    "phone": "+447362053576",
                    "message": "fuzz",
                    "deliverAt": "2099-01-01",
                },
                headers=AUTH,
            )
            if sent.status_code == 201:
                IDS["messageId"] = str(sent.json()["id"])
        self.dirty = False


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeds]:
    data_dir: Path = tmp_path_factory.mktemp("fuzz")
    # wait=true answers at once (504 with the status reached): the manual clock never moves.
    settings_ = Settings(data_dir=data_dir, api_key=KEY, wait_seconds=0)
    app = create_app(settings_, clock=ManualClock())
    with asgi.get_client(app) as client:
        seeded = Seeds(client)
        seeded.ensure()
        yield seeded
    asgi.shutdown_lifespans()


@pytest.fixture(scope="module")
def api(seeds: Seeds) -> Any:
    loaded = schemathesis.openapi.from_asgi("/openapi.json", seeds.client.app)
    loaded.config.generation.update(with_security_parameters=False, deterministic=True, database="none")
    loaded.hook(flatmap_path_parameters)
    loaded.hook(flatmap_body)
    return loaded


def _mixed(generated: dict[str, Any], use_real: int, send: bool = False) -> dict[str, Any]:
    """Some of the time, generated ids replaced by real ones (the linked or unlinked number), and a
    send's recipient by a phone that exists (a random E.164 is rarely a possible number)."""
    if use_real == 0:
        return generated
    mixed = dict(generated)
    for name in ("deviceId", "messageId", "device", "phone"):
        if name in mixed and name in IDS:
            mixed[name] = IDS["unlinked"] if use_real == 2 and name == "deviceId" else IDS[name]
    if send:  # to the real phone, and to it alone
        mixed["phone"] = IDS["phone"]
        mixed.pop("group", None)
        mixed.pop("channel", None)
    return mixed


def flatmap_path_parameters(_context: Any, path_parameters: Any) -> Any:
    if not isinstance(path_parameters, dict):
        return st.just(path_parameters)
    return st.integers(0, 2).map(lambda use_real: _mixed(path_parameters, use_real))


def flatmap_body(context: Any, body: Any) -> Any:
    if not isinstance(body, dict) or not {"device", "phone"} & set(body):
        return st.just(body)
    send = context.operation.label == "POST /v1/messages"
    return st.booleans().map(lambda use_real: _mixed(body, int(use_real), send))


CONFORMANCE = [status_code_conformance, content_type_conformance, response_schema_conformance]
# Every operation of the document (built without starting the app: no I/O at import).
LABELS = [
    f"{method.upper()} {path}"
    for path, methods in create_app(Settings(api_key=KEY)).openapi()["paths"].items()
    for method in methods
]


@pytest.mark.parametrize("label", LABELS)
def test_fuzz(label: str, api: Any, seeds: Seeds) -> None:
    operation = api.find_operation_by_label(label)
    responses = operation.definition.raw["responses"]
    built = "501" not in responses
    strategy = st.one_of(
        *(
            operation.as_strategy(mode, hooks=api.hooks)
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        )
    )

    @given(case=strategy)
    @settings(
        max_examples=MAX_EXAMPLES if built else MAX_EXAMPLES_NOT_BUILT,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    def call(case: Any) -> None:
        seeds.ensure()
        response = case.call(headers=AUTH)
        status = response.status_code
        SEEN[(label, status)] += 1
        if case.method.upper() != "GET" and status < 300:
            seeds.dirty = True
        contract = status in CONTRACT_5XX and str(status) in responses
        contract = contract and response.json().get("error") == CONTRACT_5XX[status]
        checks = CONFORMANCE if contract else [not_a_server_error, *CONFORMANCE]
        case.validate_response(response, checks=checks, headers=AUTH)

    call()


def test_fuzz_summary(record_property: Any) -> None:
    """What the fuzzer exercised: calls per status, and operations that went past 404 and 400."""
    if not SEEN:
        pytest.skip("test_fuzz did not run in this session")
    by_status = Counter[int]()
    operations: dict[str, Counter[int]] = {}
    for (operation, status), count in SEEN.items():
        by_status[status] += count
        operations.setdefault(operation, Counter())[status] += count
    past = sorted(op for op, statuses in operations.items() if any(s < 300 for s in statuses))
    summary = {
        "calls": sum(by_status.values()),
        "operations": len(operations),
        "by_status": dict(sorted(by_status.items())),
        "operations_answering_2xx": len(past),
        "built_never_2xx": sorted(
            op for op, statuses in operations.items() if op not in past and 501 not in statuses
        ),
    }
    print(json.dumps(summary, indent=1))
    record_property("fuzz_summary", json.dumps(summary))  # kept in a --junitxml report
    assert all(s < 500 or s in CONTRACT_5XX for s in by_status)
    assert set(operations) <= set(LABELS)
