"""Server figures over loopback: a real uvicorn server in a subprocess, load from `wrk` in another.

1. `POST /v1/messages` accepted per second, 32 connections, on SQLite and PostgreSQL, with the
   number's queue active (delivery running) and paused (goal: >= 2,000/s each);
2. `GET /v1/devices/{id}/health` per second against a bare Starlette JSON endpoint on the same
   uvicorn and the same `wrk` (goal: ratio >= 0.5);
3. forced delivery: messages queued on paused numbers, then `setQueueStatus` active with force;
   messages sent per second until every queue is empty (goal: >= 500/s);
4. `sparkbot serve` start: seconds from spawning the process to its first answer (goal: <= 2 s).

Each figure is printed with its conditions, the goal and PASS/FAIL, and the CPU seconds the server
and `wrk` used (so that a saturated load generator shows). Needs `wrk` (`apt-get install -y wrk`);
PostgreSQL figures need a server on 127.0.0.1:5432 (env SPARKBOT_TEST_POSTGRES), else they are
skipped. Run: `.venv/bin/python bench/bench_http.py [SECONDS] [--only sqlite|postgresql]`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx

KEY = "bench-http-key"
CONNECTIONS = 32
POSTGRES_ADMIN = os.environ.get("SPARKBOT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")
BARE_APP = """
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

async def health(request):
    return JSONResponse({"device": request.path_params["id"], "status": "online", "healthy": True})

app = Starlette(routes=[Route("/v1/devices/{id}/health", health)])
"""
POST_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Token"] = "%s"
counter = 0
request = function()
  counter = counter + 1
  local body = '{"device": "%s", "phone": "+44736200' .. string.format("%%04d", counter %% 10000)
    .. '", "message": "bench ' .. counter .. '"}'
  return wrk.format(nil, "/v1/messages", nil, body)
end
"""
GET_LUA = 'wrk.headers["Token"] = "%s"\n'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def _serve(argv: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[tuple[int, float]]:
    """A server process; yields its pid and the seconds it took to answer `GET /` at all."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None:
                    raise RuntimeError(f"{argv} exited with {proc.returncode}") from None
                time.sleep(0.02)
        yield proc.pid, time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(10)


def _sparkbot(port: int, url: str) -> list[str]:
    argv = [sys.executable, "-m", "sparkbot.server", "--port", str(port), "--database-url", url]
    return [*argv, "--log-level", "warning"]


def _wrk(port: int, path: str, lua: str, seconds: float) -> tuple[float, float, int]:
    """Requests/s, wrk's CPU seconds, and non-2xx answers."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua)
    before = os.times()
    out = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{CONNECTIONS}",
            f"-d{seconds:g}s",
            "-s",
            script.name,
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    after = os.times()
    os.unlink(script.name)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    if errors:
        print(f"    wrk socket errors: {errors.group(1)}")
    cpu = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    return rate, cpu, int(bad.group(1)) if bad else 0


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _setup(port: int, numbers: int, queue: str) -> list[str]:
    ids = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Token": KEY}, timeout=30) as client:
        for i in range(numbers):
            device = client.post("/v1/devices", json={"alias": f"Bench {i}", "billingPlan": "professional"})
            ids.append(device.json()["id"])
            client.get(f"/v1/devices/{ids[-1]}/scan", params={"encoding": "json"}).raise_for_status()
            client.post(f"/sandbox/devices/{ids[-1]}/scan").raise_for_status()
            client.post(f"/v1/devices/{ids[-1]}/queue", json={"status": queue}).raise_for_status()
    return ids


def _pending(client: httpx.Client, ids: list[str]) -> int:
    total = 0
    for device in ids:
        answer = client.get(f"/v1/devices/{device}/queue").json()
        total += int(answer.get("pending") or 0) + int(answer.get("processing") or 0)
    return total


async def _queue_fast(port: int, ids: list[str], per_number: int) -> None:
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", headers={"Token": KEY}, timeout=60
    ) as client:
        sem = asyncio.Semaphore(CONNECTIONS)

        async def one(device: str, i: int) -> None:
            async with sem:
                body = {"device": device, "phone": f"+4473620{i:05d}", "message": f"forced {i}"}
                (await client.post("/v1/messages", json=body)).raise_for_status()

        await asyncio.gather(*(one(d, i) for d in ids for i in range(per_number)))


def _database(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite+aiosqlite:///{tmp}/bench.db"
        return
    import asyncpg

    name = f"sparkbot_bench_{uuid.uuid4().hex[:10]}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(POSTGRES_ADMIN, timeout=3)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        base = POSTGRES_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        yield f"{base}/{name}"
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def bench_sends(backend: str, seconds: float, results: list[bool]) -> None:
    for queue in ("active", "pause"):
        for url in _database(backend):
            port = _free_port()
            with _serve(_sparkbot(port, url), port, {"SPARKBOT_API_KEY": KEY}) as (pid, _):
                (device,) = _setup(port, 1, queue)
                cpu = _cpu_seconds(pid)
                rate, wrk_cpu, bad = _wrk(port, "/v1/messages", POST_LUA % (KEY, device), seconds)
                server_cpu = _cpu_seconds(pid) - cpu
            ok = rate >= 2000 and bad == 0
            results.append(ok)
            print(
                f"POST /v1/messages on {backend}, queue {queue}: {rate:.0f} accepted/s "
                f"({CONNECTIONS} connections, {seconds:g} s, {bad} non-2xx; CPU/wall server "
                f"{server_cpu / seconds:.2f}, wrk {wrk_cpu / seconds:.2f}); goal >= 2000/s: {_verdict(ok)}"
            )


def bench_health(seconds: float, results: list[bool]) -> None:
    port = _free_port()
    for url in _database("sqlite"):
        with _serve(_sparkbot(port, url), port, {"SPARKBOT_API_KEY": KEY}) as (_, started):
            (device,) = _setup(port, 1, "active")
            ours, wrk_ours, bad = _wrk(port, f"/v1/devices/{device}/health", GET_LUA % KEY, seconds)
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "bare_app.py").write_text(BARE_APP)
        bare_port = _free_port()
        argv = [sys.executable, "-m", "uvicorn", "--app-dir", tmp, "bare_app:app", "--port", str(bare_port)]
        argv += ["--log-level", "warning"]
        with _serve(argv, bare_port):
            bare, wrk_bare, _ = _wrk(bare_port, f"/v1/devices/{device}/health", GET_LUA % KEY, seconds)
    ratio = ours / bare
    results.append(ratio >= 0.5 and bad == 0)
    print(
        f"GET /v1/devices/{{id}}/health: {ours:.0f}/s vs bare Starlette {bare:.0f}/s on the same uvicorn "
        f"(ratio {ratio:.2f}; {bad} non-2xx; wrk CPU/wall {wrk_ours / seconds:.2f} and "
        f"{wrk_bare / seconds:.2f}); goal >= 0.5: {_verdict(ratio >= 0.5 and bad == 0)}"
    )
    results.append(started <= 2.0)
    print(
        f"sparkbot serve ready (first answer) {started:.2f} s after start; "
        f"goal <= 2 s: {_verdict(started <= 2)}"
    )


def bench_forced(backend: str, numbers: int, per_number: int, results: list[bool]) -> None:
    for url in _database(backend):
        port = _free_port()
        with _serve(_sparkbot(port, url), port, {"SPARKBOT_API_KEY": KEY}) as (pid, _):
            ids = _setup(port, numbers, "pause")
            asyncio.run(_queue_fast(port, ids, per_number))
            total = numbers * per_number
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Token": KEY}) as client:
                cpu, start = _cpu_seconds(pid), time.perf_counter()
                for device in ids:
                    body = {"status": "active", "force": True}
                    client.post(f"/v1/devices/{device}/queue", json=body).raise_for_status()
                while (left := _pending(client, ids)) > 0:
                    time.sleep(0.1)  # a poll is one read per number: a few % of the server's time
                    if time.perf_counter() - start > 600:
                        raise RuntimeError(f"{left} messages still queued after 600 s")
                wall = time.perf_counter() - start
                server_cpu = _cpu_seconds(pid) - cpu
    rate = total / wall
    results.append(rate >= 500)
    print(
        f"forced delivery on {backend}: {total} messages over {numbers} numbers sent in {wall:.2f} s = "
        f"{rate:.0f}/s (server CPU/wall {server_cpu / wall:.2f}); goal >= 500/s: {_verdict(rate >= 500)}"
    )


def _postgres_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    seconds = float(args[0]) if args and args[0] != only else 10.0
    if shutil.which("wrk") is None:
        sys.exit("bench_http needs wrk: apt-get install -y wrk")
    backends = [b for b in ("sqlite", "postgresql") if only in (None, b)]
    if "postgresql" in backends and not _postgres_up():
        print("PostgreSQL is not running on 127.0.0.1:5432: its figures are skipped")
        backends.remove("postgresql")
    print(
        f"conditions: {os.cpu_count()} CPUs shared by server and wrk (-t1 -c{CONNECTIONS}); "
        f"{seconds:g} s runs"
    )
    results: list[bool] = []
    for backend in backends:
        bench_sends(backend, seconds, results)
    if only in (None, "sqlite"):
        bench_health(seconds, results)
    for backend in backends:
        bench_forced(backend, 4, 500, results)
    print(f"{sum(results)}/{len(results)} goals met: {_verdict(all(results))}")
    print(json.dumps({"passed": sum(results), "total": len(results)}))


if __name__ == "__main__":
    main()
