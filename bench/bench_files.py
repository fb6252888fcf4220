"""File upload and download throughput for a 20 MB file, against a baseline measured in the same run,
and the process's peak memory growth while it streams.

The server is the real one (uvicorn on loopback, SQLite in a temporary folder, blobs on disk); the
baseline is a bare Starlette app on the same uvicorn that writes a request body to disk as it
arrives and answers a file with `FileResponse`. The client streams the file from disk (httpx
multipart reads it in chunks) and counts the downloaded bytes without keeping them, so the peak RSS
growth (`ru_maxrss`) is what the server holds while streaming: bounded (a few MB), not the file's
size. Each figure is the best of ROUNDS; every upload has new bytes (no deduplication).
Run: `.venv/bin/python bench/bench_files.py [MB] [ROUNDS]`.
"""

from __future__ import annotations

import resource
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from sparkbot.demo import embedded_server

KEY = "bench-files-key"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _write_file(path: Path, size: int, seed: int) -> None:
    """`size` bytes (a PNG header, then varied bytes), written a MiB at a time."""
    block = bytes((i * 31 + seed) % 256 for i in range(1 << 20))
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + seed.to_bytes(8, "big"))
        left = size - 16
        while left > 0:
            out.write(block[: min(left, len(block))])
            left -= len(block)


@contextmanager
def _baseline(folder: Path) -> Iterator[str]:
    """A bare Starlette sink (`POST /upload` to disk) and source (`GET /download`) on uvicorn."""
    target = folder / "baseline.bin"

    async def upload(request: Request) -> Response:
        size = 0
        with target.open("wb") as out:
            async for chunk in request.stream():
                out.write(chunk)
                size += len(chunk)
        return JSONResponse({"size": size}, status_code=201)

    async def download(request: Request) -> Response:
        return FileResponse(target, media_type="image/png")

    app = Starlette(routes=[Route("/upload", upload, methods=["POST"]), Route("/download", download)])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _upload(client: httpx.Client, url: str, path: Path) -> tuple[float, str]:
    start = time.perf_counter()
    with path.open("rb") as file:
        response = client.post(url, files={"file": (path.name, file, "image/png")})
    elapsed = time.perf_counter() - start
    assert response.status_code == 201, response.text[:300]
    return elapsed, str(response.json().get("id", ""))


def _download(client: httpx.Client, url: str, size: int | None) -> float:
    """Seconds to stream `url`'s answer (`size` bytes, when given: the baseline's is the raw body)."""
    start = time.perf_counter()
    got = 0
    with client.stream("GET", url) as response:
        assert response.status_code == 200, response.status_code
        for chunk in response.iter_bytes():
            got += len(chunk)
    elapsed = time.perf_counter() - start
    assert size is None or got == size, (got, size)
    return elapsed


def main(megabytes: int = 20, rounds: int = 3) -> None:
    size = megabytes * 1024 * 1024
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for seed in range(rounds * 2):
            path = folder / f"upload-{seed}.png"
            _write_file(path, size, seed)
            files.append(path)
        with (
            embedded_server(folder / "data", KEY) as root,
            _baseline(folder) as bare,
            httpx.Client(headers={"Token": KEY}, timeout=120) as client,
        ):
            # warm both paths once with a small file, so that first-call costs are not counted
            small = folder / "small.png"
            _write_file(small, 64 * 1024, 99)
            _upload(client, f"{root}/v1/files", small)
            _upload(client, f"{bare}/upload", small)
            peak_before = _peak_mb()
            bare_up = min(_upload(client, f"{bare}/upload", files[i])[0] for i in range(rounds))
            bare_down = min(_download(client, f"{bare}/download", None) for _ in range(rounds))
            peak_bare = _peak_mb()
            ups = [_upload(client, f"{root}/v1/files", files[rounds + i]) for i in range(rounds)]
            file_id = ups[-1][1]
            server_up = min(elapsed for elapsed, _ in ups)
            server_down = min(
                _download(client, f"{root}/v1/files/{file_id}/download", size) for _ in range(rounds)
            )
            peak_after = _peak_mb()
    mb = size / 1e6
    print(f"file: {megabytes} MiB, best of {rounds}")
    print(f"upload   bare Starlette to disk: {mb / bare_up:8.1f} MB/s")
    print(f"upload   sparkbot /v1/files:     {mb / server_up:8.1f} MB/s  (ratio {bare_up / server_up:.2f})")
    print(f"download bare FileResponse:      {mb / bare_down:8.1f} MB/s")
    print(
        f"download sparkbot .../download:  {mb / server_down:8.1f} MB/s "
        f" (ratio {bare_down / server_down:.2f})"
    )
    print(
        f"peak RSS growth: baseline {peak_bare - peak_before:.1f} MB, "
        f"sparkbot {peak_after - peak_bare:.1f} MB (file {megabytes} MiB; process peak {peak_after:.0f} MB)"
    )


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    main(*arguments)
