"""The examples in README.md and docs/ run against a real server, and every public name is documented.

Every ```python block and every `$ sparkbot ...` line of a ```console block runs against the
embedded server over loopback (`sparkbot.demo.embedded_server`, one per module, the sandbox on
fast timings), each with an account of its own: a new API key in `SPARKBOT_API_KEY` and two
numbers, linked through the sandbox, that stand for the docs' placeholder ids (`PLACEHOLDERS`:
where a page writes one, a reader writes their number's id). The README's quickstart uses no
placeholder: it runs exactly as written.

A block that cannot run against a local server says so in the page, right before it:
`<!-- example: recording: <why> -->`; it runs against the recording server (tests/recording.py),
which answers canned data. ```python {server}``` blocks start their own server and are run by
tests/docs/test_server_page.py.
"""

from __future__ import annotations

import asyncio
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

import httpx
import pytest

import sparkbot
from sparkbot import SparkBot
from sparkbot.demo import embedded_server
from sparkbot.server import Settings, create_key

from ..integration.harnesses import LOOPBACK_TIMING
from ..recording import recording_server

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MARKER = r"(?:<!-- example: (?P<mode>[^:>]*?)(?::(?P<why>[^>]*))? -->\n+)?"
BLOCK = re.compile(MARKER + r"```python\n(?P<code>.*?)```", re.DOTALL)
CONSOLE = re.compile(MARKER + r"```console\n(?P<code>.*?)```", re.DOTALL)
MODES = {"recording"}
# The ids the pages write for "your number" and "your other number"; the first is `sales`.
PLACEHOLDERS = ("5f0c1e2d3c4b5a6978879605", "5f0c1e2d3c4b5a6978879606")
ADMIN_KEY = "docs-admin-key"


@dataclass(frozen=True)
class Block:
    page: str
    code: str
    mode: str  # "live" or a marker's mode
    why: str


def _parse(pattern: re.Pattern[str], page: str, text: str) -> list[Block]:
    return [
        Block(page, m["code"], (m["mode"] or "live").strip(), (m["why"] or "").strip())
        for m in pattern.finditer(text)
    ]


def _blocks(pattern: re.Pattern[str]) -> list[Block]:
    return [block for page in PAGES for block in _parse(pattern, page.name, page.read_text("utf-8"))]


def _examples() -> list[object]:
    blocks = _blocks(BLOCK)
    numbered = [sum(b.page == other.page for other in blocks[:i]) for i, b in enumerate(blocks)]
    return [pytest.param(b, id=f"{b.page}-{n}") for b, n in zip(blocks, numbered, strict=True)]


def _commands() -> list[object]:
    return [
        pytest.param(b, line[len("$ sparkbot ") :], id=f"{b.page}-{line[11:40]}")
        for b in _blocks(CONSOLE)
        for line in b.code.splitlines()
        if line.startswith("$ sparkbot ")
    ]


@dataclass
class Account:
    """A new account on the live server: its key and the ids that replace the placeholders."""

    api_url: str
    key: str
    numbers: tuple[str, str]

    def fill(self, text: str) -> str:
        for placeholder, device in zip(PLACEHOLDERS, self.numbers, strict=True):
            text = text.replace(placeholder, device)
        return text


class LiveServer:
    """The embedded server over loopback; `account()` makes a new account with two linked numbers."""

    def __init__(self, root: str, settings: Settings) -> None:
        self.root = root
        self.settings = settings
        self._names = count(1)

    def account(self) -> Account:
        _, key = asyncio.run(create_key(self.settings, f"docs-{next(self._names)}"))
        api_url = f"{self.root}/v1"
        with SparkBot(api_key=key, base_url=api_url, max_retries=0) as client:
            numbers = []
            for alias in ("Sales", "Support"):
                device = client.numbers.create_number(alias=alias, billing_plan="professional")["id"]
                client.session.scan_qr(device, encoding="json")
                linked = client.sandbox.scan(device)
                assert linked["session"]["status"] == "online", linked
                numbers.append(device)
        return Account(api_url, key, (numbers[0], numbers[1]))


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data_dir = tmp_path_factory.mktemp("docs-server")
    with embedded_server(data_dir, ADMIN_KEY, **LOOPBACK_TIMING) as root:
        yield LiveServer(root, Settings(data_dir=data_dir))


@pytest.fixture
def sent_to(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs of every request the clients send (sync and async), so an example that sends
    nothing is caught."""
    urls: list[str] = []
    sync_send, async_send = httpx.Client.send, httpx.AsyncClient.send

    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        urls.append(str(request.url))
        return sync_send(self, request, **kwargs)

    async def asend(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        urls.append(str(request.url))
        return await async_send(self, request, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", send)
    monkeypatch.setattr(httpx.AsyncClient, "send", asend)
    return urls


def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, api_url: str, key: str) -> None:
    monkeypatch.setenv("SPARKBOT_API_URL", api_url)
    monkeypatch.setenv("SPARKBOT_API_KEY", key)
    monkeypatch.setenv("SPARKBOT_CONFIG", str(tmp_path / "config.json"))
    monkeypatch.chdir(tmp_path)


def _run(code: str, page: str) -> None:
    exec(compile(code, f"<{page}>", "exec"), {"__name__": "__example__"})


def test_a_marker_sends_the_next_block_only_to_the_recording_server() -> None:
    text = (
        "<!-- example: recording: it calls a webhook receiver -->\n\n```python\nx = 1\n```\n\n"
        "```python\ny = 2\n```\n<!-- example: recording -->\n```console\n$ sparkbot devices\n```\n"
    )
    assert _parse(BLOCK, "p.md", text) == [
        Block("p.md", "x = 1\n", "recording", "it calls a webhook receiver"),
        Block("p.md", "y = 2\n", "live", ""),
    ]
    assert _parse(CONSOLE, "p.md", text) == [Block("p.md", "$ sparkbot devices\n", "recording", "")]


def test_markers_are_known_and_give_a_reason() -> None:
    for block in _blocks(BLOCK) + _blocks(CONSOLE):
        if block.mode != "live":
            assert block.mode in MODES, f"{block.page}: unknown example marker {block.mode!r}"
            assert block.why, f"{block.page}: an `example: {block.mode}` marker must say why"


def test_few_examples_run_against_the_recording_server() -> None:
    recorded = [b for b in _blocks(BLOCK) + _blocks(CONSOLE) if b.mode == "recording"]
    assert len(recorded) <= 3, [(b.page, b.why) for b in recorded]


def test_the_quickstart_runs_as_written() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    quickstart = readme[readme.index("## Quickstart") :]
    quickstart = quickstart[: quickstart.index("\n## ")]
    blocks = [b for b in _blocks(BLOCK) if b.page == "README.md" and b.code in quickstart][:2]
    assert len(blocks) == 2  # sync and async
    for block in blocks:
        assert block.mode == "live"
        assert not any(p in block.code for p in PLACEHOLDERS), "the quickstart must run as written"
        assert "client.sandbox" in block.code  # it links its own numbers


@pytest.mark.parametrize("block", _examples())
def test_example_runs(
    block: Block, live: LiveServer, sent_to: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if block.mode == "recording":
        with recording_server() as (base_url, seen):
            _environment(monkeypatch, tmp_path, base_url, "docs-key")
            _run(block.code, block.page)
        assert seen, "the example sent nothing"
        return
    account = live.account()
    _environment(monkeypatch, tmp_path, account.api_url, account.key)
    sent_to.clear()
    _run(account.fill(block.code), block.page)
    assert any(url.startswith(live.root) for url in sent_to), "the example sent nothing to the server"


@pytest.mark.parametrize(("block", "command"), _commands())
def test_command_example_runs(
    block: Block,
    command: str,
    live: LiveServer,
    sent_to: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from click.testing import CliRunner

    from sparkbot.cli import cli

    if block.mode == "recording":
        with recording_server() as (base_url, seen):
            _environment(monkeypatch, tmp_path, base_url, "docs-key")
            result = CliRunner().invoke(cli, shlex.split(command, comments=True))
        assert result.exit_code == 0, result.output
        assert seen, "the command sent nothing"
        return
    account = live.account()
    _environment(monkeypatch, tmp_path, account.api_url, account.key)
    sent_to.clear()
    result = CliRunner().invoke(cli, shlex.split(account.fill(command), comments=True))
    assert result.exit_code == 0, result.output
    assert any(url.startswith(live.root) for url in sent_to), "the command sent nothing to the server"


def test_every_public_name_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in sparkbot.__all__:
        if name.startswith("__"):
            continue
        assert name in readme, f"{name} is not documented in README.md"


def test_the_readme_gives_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "python3 run.py demo" in readme
    assert "python3 run.py test" in readme
    assert "python3 run.py test" in (ROOT / ".ci" / "run").read_text("utf-8")
