"""The client's import graph has no cycle, and `import sparkbot` / `sparkbot --help` load little."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import sparkbot

SRC = Path(sparkbot.__file__).parent
PACKAGES = ("sparkbot.client", "sparkbot.spec", "sparkbot.cli", "sparkbot._codegen")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """Every module `name` imports, at any level (TYPE_CHECKING and function bodies included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            module = ".".join(filter(None, [base if node.level else "", node.module or ""]))
            for alias in node.names:
                child = f"{module}.{alias.name}"
                found.add(child if child in known else module)
    return found


def _graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in SRC.rglob("*.py")}
    known = set(paths)
    inside = {n for n in known if n.startswith(PACKAGES)}
    return {n: _imports(paths[n], n, known) & inside for n in inside}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(node: str, trail: list[str]) -> list[str] | None:
        if node in trail:
            return [*trail[trail.index(node) :], node]
        if node in done:
            return None
        for target in sorted(graph[node]):
            found = visit(target, [*trail, node])
            if found:
                return found
        done.add(node)
        return None

    for start in sorted(graph):
        found = visit(start, [])
        if found:
            return found
    return None


def test_the_client_spec_and_cli_import_graph_has_no_cycle() -> None:
    graph = _graph()
    assert "sparkbot.client._generated.session" in graph["sparkbot.client._generated"]
    assert "sparkbot.client._resource" in graph["sparkbot.client._generated.session"]
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_import_sparkbot_loads_neither_httpx_nor_the_catalogue() -> None:
    loaded = _loaded_after("import sparkbot")
    assert not {"httpx", "sparkbot.client", "sparkbot.spec", "asyncio"} & loaded


def test_the_public_names_still_import() -> None:
    loaded = _loaded_after(
        "from sparkbot import SparkBot, ValidationError, RetryPolicy\n"
        "assert SparkBot.__name__ == 'SparkBot' and issubclass(ValidationError, ValueError)"
    )
    assert "httpx" in loaded
    assert "sparkbot.client._async" not in loaded  # a synchronous program never loads the async client
    assert sparkbot.AsyncSparkBot.__name__ == "AsyncSparkBot"
    assert "SparkBot" in dir(sparkbot)


def test_cli_help_reads_no_catalogue_and_loads_no_http_client() -> None:
    loaded = _loaded_after(
        "from sparkbot.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='sparkbot')\nexcept SystemExit:\n    pass"
    )
    assert "sparkbot.cli.operations" in loaded
    assert not {"httpx", "rich", "segno", "asyncio", "sparkbot.spec", "sparkbot.client._sync"} & loaded
