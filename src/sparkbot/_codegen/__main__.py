"""`python -m sparkbot._codegen [--check] [--root DIR]`: writes, or checks, every generated file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import generate_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sparkbot._codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a generated file differs")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository's root")
    args = parser.parse_args(argv)
    stale = []
    for relative, content in generate_all(args.root).items():
        path = args.root / relative
        current = path.read_text("utf-8") if path.exists() else None
        if current == content:
            continue
        stale.append(relative)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, "utf-8")
    verb = "out of date" if args.check else "written"
    for relative in stale:
        print(f"{verb}: {relative}")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
