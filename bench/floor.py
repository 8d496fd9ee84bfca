#!/usr/bin/env python3
"""The floor under a cold full validation: read every file under a folder and parse its YAML
(a Markdown file's front matter) with libyaml (PyYAML's C loader), over every core.

    python bench/floor.py records      # prints "<files> files, <parsed> parsed"

What it does not do is what the toolkit must do on top: positions, the YAML 1.2 scalars, the
schemas, the bodies and the rules. Run by bench/run.py as a child process, with the Python of
the toolkit's venv (PyYAML comes with pre-commit); standard library and PyYAML only.
"""
from __future__ import annotations

import os
import sys
from multiprocessing import get_context

import yaml

LOADER = getattr(yaml, "CSafeLoader", None)


def files_under(top: str) -> list[str]:
    found = []
    for dirpath, _, filenames in os.walk(top):
        found += [os.path.join(dirpath, name) for name in filenames]
    return found


def front_matter(text: str) -> str | None:
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    return None if end < 0 else text[3:end]


def parse(paths: list[str]) -> int:
    parsed = 0
    for path in paths:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", "replace")
        if path.endswith(".md"):
            text = front_matter(text)
            if text is None:
                continue
        try:
            yaml.load(text, Loader=LOADER)
            parsed += 1
        except yaml.YAMLError:
            pass
    return parsed


def main(top: str) -> int:
    if LOADER is None:
        print("PyYAML has no libyaml here", file=sys.stderr)
        return 2
    paths = files_under(top)
    jobs = os.cpu_count() or 1
    chunks = [paths[i::jobs * 8] for i in range(jobs * 8)]
    with get_context("fork").Pool(jobs) as pool:
        parsed = sum(pool.map(parse, chunks, chunksize=1))
    print(f"{len(paths)} files, {parsed} parsed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "records"))
