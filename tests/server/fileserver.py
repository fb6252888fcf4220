"""A real HTTP file server on 127.0.0.1 for the upload-by-URL tests: `serving({path: Served})`
answers GET of each path with its status, headers and body (a path missing is a 404)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .loopback import QuietHandler, listening


@dataclass
class Served:
    body: bytes = b""
    content_type: str = "application/octet-stream"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FileServer:
    port: int
    files: dict[str, Served]
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextmanager
def serving(files: dict[str, Served]) -> Iterator[FileServer]:
    """A file server on a free port of 127.0.0.1, for the `with` block."""
    state = FileServer(port=0, files=files)

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            served = state.files.get(self.path, Served(b"missing", "text/plain", 404))
            self.send_response(served.status)
            self.send_header("Content-Type", served.content_type)
            self.send_header("Content-Length", str(len(served.body)))
            for name, value in served.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(served.body)

    with listening(Handler) as port:
        state.port = port
        yield state
