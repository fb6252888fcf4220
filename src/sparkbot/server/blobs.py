"""Where the bytes of stored files live: a small interface (`BlobStore`) and its default, a directory.

A blob is named by the sha256 of its bytes (content addressed: the same bytes are kept once,
whoever uploads them). Bytes come in through a `BlobWriter`: written to a temporary file in the
store's directory while hashed, then either committed (renamed to its name, atomically) or
discarded; they never sit whole in memory. `DirectoryBlobStore` keeps `<root>/<ab>/<sha256>`
(`root` is `Settings.data_dir / "blobs"` by default). On several machines (PostgreSQL shared by
more than one server) the directory must be shared storage (NFS, a mounted volume), or
`BlobStore` implemented over an object store (S3: `commit` a multipart upload keyed by sha256)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO, Protocol

import anyio.to_thread

__all__ = ["CHUNK", "BlobStore", "BlobWriter", "DirectoryBlobStore"]

# how many bytes are written or read at a time (one thread hop each)
CHUNK = 1024 * 1024


class BlobWriter(Protocol):
    """Bytes on their way into the store: `write` them, then `commit` or `discard`."""

    @property
    def size(self) -> int: ...

    async def write(self, data: bytes) -> None: ...

    async def finish(self) -> str:
        """All bytes written: their sha256 (hex)."""
        ...

    async def head(self, size: int) -> bytes:
        """The first `size` bytes written (after `finish`)."""
        ...

    @property
    def path(self) -> Path | None:
        """A local file holding the bytes (after `finish`), when the store has one."""
        ...

    async def commit(self) -> str:
        """Keep the bytes as the blob named by their sha256 (answered)."""
        ...

    async def discard(self) -> None: ...


class BlobStore(Protocol):
    """Stored bytes by sha256."""

    def writer(self) -> BlobWriter: ...

    async def open(self, sha256: str) -> AsyncIterator[bytes]:
        """The blob's bytes, a chunk at a time; `FileNotFoundError` (at once) when it is missing."""
        ...

    async def exists(self, sha256: str) -> bool: ...

    async def delete(self, sha256: str) -> None: ...


class _FileWriter:
    """A `BlobWriter` into a temporary file of a `DirectoryBlobStore`, buffered to `CHUNK`."""

    def __init__(self, store: DirectoryBlobStore) -> None:
        self._store = store
        self._hash = hashlib.sha256()
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._file: IO[bytes] | None = None
        self._path: Path | None = None
        self._size = 0
        self._sha256 = ""

    @property
    def size(self) -> int:
        return self._size

    @property
    def path(self) -> Path | None:
        return self._path

    def _open(self) -> None:
        self._store.root.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".upload-", dir=self._store.root)
        self._file = os.fdopen(handle, "wb")
        self._path = Path(name)

    def _flush(self, chunks: list[bytes]) -> None:
        if self._file is None:
            self._open()
        assert self._file is not None
        for chunk in chunks:
            self._hash.update(chunk)
        self._file.writelines(chunks)

    async def write(self, data: bytes) -> None:
        self._size += len(data)
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= CHUNK:
            chunks, self._pending, self._pending_size = self._pending, [], 0
            await anyio.to_thread.run_sync(self._flush, chunks)

    async def finish(self) -> str:
        chunks, self._pending, self._pending_size = self._pending, [], 0
        await anyio.to_thread.run_sync(self._flush, chunks)
        assert self._file is not None
        await anyio.to_thread.run_sync(self._file.close)
        self._sha256 = self._hash.hexdigest()
        return self._sha256

    async def head(self, size: int) -> bytes:
        assert self._path is not None
        path = self._path

        def read() -> bytes:
            with path.open("rb") as file:
                return file.read(size)

        return await anyio.to_thread.run_sync(read)

    async def commit(self) -> str:
        assert self._path is not None
        assert self._sha256
        target = self._store.path_of(self._sha256)
        source = self._path

        def move() -> None:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)  # the same bytes may be there already: replaced by themselves

        await anyio.to_thread.run_sync(move)
        self._path = None
        return self._sha256

    async def discard(self) -> None:
        file, path = self._file, self._path
        self._file = self._path = None

        def remove() -> None:
            if file is not None and not file.closed:
                file.close()
            if path is not None:
                path.unlink(missing_ok=True)

        await anyio.to_thread.run_sync(remove)


class DirectoryBlobStore:
    """Blobs as files under `root`: `<root>/<first two hex>/<sha256>`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def writer(self) -> BlobWriter:
        return _FileWriter(self)

    async def open(self, sha256: str) -> AsyncIterator[bytes]:
        file = await anyio.to_thread.run_sync(self.path_of(sha256).open, "rb")

        async def chunks() -> AsyncIterator[bytes]:
            try:
                while chunk := await anyio.to_thread.run_sync(file.read, CHUNK):
                    yield chunk
            finally:
                await anyio.to_thread.run_sync(file.close)

        return chunks()

    async def exists(self, sha256: str) -> bool:
        return await anyio.to_thread.run_sync(self.path_of(sha256).is_file)

    async def delete(self, sha256: str) -> None:
        await anyio.to_thread.run_sync(lambda: self.path_of(sha256).unlink(missing_ok=True))
