#!/usr/bin/env python3
"""Benchmark of the `tools` CLI on synthetic records trees.

Builds (or reuses) two demo districts with `tools demo kbang`, about 10,000 and about
100,000 minutes files, and measures, each against its baseline in the same run:

  a. cold full validation (no cache) versus check-jsonschema on the same front matter;
  b. repeated full validation with nothing changed;
  c. validation of one changed minutes file, as pre-commit calls it, at both sizes;
  d. summarize of the whole tree, cold and repeated;
  e. the peak memory of each.

It only runs the CLI (`tools ...`) as a child process, with the tree as working directory;
it never imports the toolkit. Python 3.10+, standard library only; check-jsonschema is
installed into its own venv in the work folder.

    .venv/bin/python bench/run.py                 # both sizes (the large one takes long)
    .venv/bin/python bench/run.py --skip-large    # the 10k size only
    .venv/bin/python bench/run.py --small-cells 60 --skip-large   # a quick end-to-end check
    .venv/bin/python bench/run.py --markdown      # results as Markdown, for bench/README.md

Progress goes to stderr, the results to stdout (and JSON into the work folder).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from machine import load_text, machine_info
from measurements import measure
from peer import bundle_schema, ensure_peer, peer_version
from report import report, targets
from session import Bench
from settings import MACHINE_KEYS, REPO, log
from trees import Tree, build_tree


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    bench = Bench(args)
    info = machine_info(args.tools)
    info["load"] = load_text("at start")
    info["runner"] = (("/usr/bin/time -v" if bench.runner.mode == "time" else "os.wait4")
                      + " for peak MB (largest process); tree MB = summed PSS of the process tree,"
                      f" sampled every {args.sample_interval:g} s; wall = perf_counter around the"
                      f" child; logs in {bench.runner.logdir}")
    machine = "Machine:\n" + "\n".join(f"  {k}: {info[k]}" for k in MACHINE_KEYS if k in info)
    log(machine)
    if not args.markdown:
        print(machine, flush=True)
    if not args.skip_peer:
        bundle_schema(args.work)
        exe = ensure_peer(args.work)
        info["peer"] = f"{peer_version(exe)} ({exe})"
        log(f"  peer: {info['peer']}")
    trees = _trees(args, bench)
    for i, tr in enumerate(trees):
        if not tr.minutes:
            raise SystemExit(f"{tr.path}: no minutes files")
        measure(bench, tr, first_size=(i == 0))
    print(report(bench, info, trees, args.markdown), flush=True)
    out = args.work / "results.json"
    out.write_text(json.dumps(_results(bench, info, trees), ensure_ascii=False, indent=1))
    log(f"results saved in {out}")
    return 0


def _trees(args: argparse.Namespace, bench: Bench) -> list[Tree]:
    env = dict(bench.env)
    sizes = [("small", args.small_cells, args.small_years)]
    if not args.skip_large:
        sizes.append(("large", args.large_cells, args.large_years))
    trees: list[Tree] = []
    for name, cells, years in sizes:
        trees.append(build_tree(args.tools, args.work, name, cells, years, args.year,
                                args.rebuild, env))
    for tr in trees:
        msg = (f"{tr.name}: {len(tr.minutes):,} minutes files ({tr.files:,} files in records/)"
               f" in {tr.path}")
        log(msg)
        if not args.markdown:
            print(msg, flush=True)
    return trees


def _results(bench: Bench, info: dict[str, str], trees: list[Tree]) -> dict:
    return {
        "machine": info,
        "trees": [{"name": t.name, "cells": t.cells, "years": t.years, "year": t.last_year,
                   "minutes": len(t.minutes), "files": t.files, "path": str(t.path),
                   "build_s": t.build_s} for t in trees],
        "rows": [r.__dict__ for r in bench.rows],
        "targets": [{"target": w, "figure": f, "ok": ok} for w, f, ok in targets(bench, trees)],
        "problems": bench.problems,
    }


def arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line, with the tools executable checked to run."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    _tree_options(ap.add_argument)
    _run_options(ap.add_argument)
    args = ap.parse_args(argv)
    if not Path(args.tools).exists():
        found = shutil.which("tools")
        if not found:
            ap.error(f"no tools executable at {args.tools}; install the toolkit (./dev)"
                     " or pass --tools")
        args.tools = found
    probe = subprocess.run([args.tools, "--version"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise SystemExit(f"`{args.tools} --version` fails (exit {probe.returncode}); is tools/"
                         f" in the middle of a change?\n{probe.stderr.strip()[-2000:]}")
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    return args


def _tree_options(add: Callable[..., object]) -> None:
    add("--small-cells", type=int, default=390,
        help="cells of the small tree (default 390: about 10,000 minutes)")
    add("--small-years", type=int, default=1, help="years of the small tree (default 1)")
    add("--large-cells", type=int, default=1285,
        help="cells of the large tree (default 1285: about 100,000 minutes in 3 years)")
    add("--large-years", type=int, default=3,
        help="years of the large tree (default 3: about 100,000 minutes)")
    add("--skip-large", action="store_true", help="measure the small tree only")
    add("--year", type=int, default=2024,
        help="the demo's last year of minutes, and summarize's --year (default 2024)")
    add("--work", type=Path, default=Path("/tmp/tools-bench"),
        help="work folder: trees, front matter mirrors, peer venv, logs (default /tmp/tools-bench)")
    add("--rebuild", action="store_true",
        help="rebuild the trees even if built with the same parameters")


def _run_options(add: Callable[..., object]) -> None:
    add("--repeat", type=int, default=1,
        help="timed repeated runs of validate and summarize (median; default 1)")
    add("--single-repeat", type=int, default=3,
        help="timed runs of the one-changed-file validation (median; default 3)")
    add("--peer-batch", type=int, default=2000,
        help="files per check-jsonschema run (default 2000)")
    add("--skip-peer", action="store_true", help="do not run check-jsonschema")
    add("--peer-large", action="store_true",
        help="run check-jsonschema on the large tree too (its target is at the small size;"
             " about 10 ms a file here, so about 17 minutes at 100k)")
    add("--unit", default="huyen-kbang",
        help="the unit summarized, under records/ (default huyen-kbang)")
    add("--tools", default=str(REPO / ".venv" / "bin" / "tools"),
        help="the tools executable (default .venv/bin/tools of this repository)")
    add("--runner", choices=("auto", "time", "wait4"), default="auto",
        help="how peak RSS is measured: /usr/bin/time -v or os.wait4"
             " (default auto: /usr/bin/time if it works)")
    add("--sample-interval", type=float, default=0.05,
        help="seconds between samples of the process tree's memory (0: off; default 0.05)")
    add("--markdown", action="store_true",
        help="print the results as Markdown (for bench/README.md)")


if __name__ == "__main__":
    sys.exit(main())
