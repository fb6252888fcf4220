"""Fixtures shared by every layer of tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sparkbot import SparkBot

from .recording import Recorder


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[SparkBot]:
    with recorder.sync_client() as c:
        yield c
