"""`sparkbot outbound-files upload-file --file PATH` against the live server: the file goes up as
multipart/form-data (the same `upload` extension as the client's `file=`), and downloads whole."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sparkbot.cli import cli

from ..live import Live

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100


def test_upload_a_file_then_download_it(sparkbot: Live, tmp_path: Path) -> None:
    photo = tmp_path / "cli photo.png"
    photo.write_bytes(PNG)
    args = ["outbound-files", "upload-file", "--file", str(photo), "--tags", "a,b", "--reference", "cli"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    view = json.loads(result.output)
    assert (view["filename"], view["mime"], view["size"], view["tags"]) == (
        "cli photo.png",
        "image/png",
        len(PNG),
        ["a", "b"],
    )
    out = tmp_path / "back.png"
    result = CliRunner().invoke(cli, ["outbound-files", "download-file", view["id"], "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == PNG


def test_a_missing_file_or_a_file_and_a_url_are_refused(sparkbot: Live, tmp_path: Path) -> None:
    missing = CliRunner().invoke(cli, ["outbound-files", "upload-file", "--file", str(tmp_path / "none")])
    assert missing.exit_code == 2
    assert "does not exist" in missing.output
    photo = tmp_path / "p.png"
    photo.write_bytes(PNG)
    args = ["outbound-files", "upload-file", "--file", str(photo), "--url", "https://example.com/a.png"]
    both = CliRunner().invoke(cli, args)
    assert both.exit_code != 0
    assert "give a file or a url, not both" in both.output
