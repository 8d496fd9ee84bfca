"""The measurements of one tree size, each against its baseline in the same run: the start of
the CLI, the peer, cold and repeated validation, one changed file, and summarize."""
from __future__ import annotations

import datetime as dt
import os
import statistics
from pathlib import Path

from peer import build_mirror, ensure_peer
from rows import (
    COLD,
    COLD_NOCACHE,
    ONE_FILE,
    ONE_FILE_NOCACHE,
    PEER,
    REPEATED,
    STARTUP,
    SUMMARIZE_COLD,
    SUMMARIZE_REPEATED,
    Row,
)
from runner import Run
from session import Bench
from settings import (
    CACHE_DIR,
    COLD_VS_PEER,
    ONE_FILE_RATIO,
    ONE_FILE_S,
    REPEATED_SUMMARIZE_S,
    REPEATED_VALIDATE_S,
    TODAY,
    log,
)
from trees import Tree, prewarm


def startup(bench: Bench, tree: Tree) -> None:
    """Warm up (byte-compile the modules, load the disk cache), then time the bare start of
    the CLI: the floor under every figure, the one-changed-file one above all."""
    one = str(pick_file(tree))
    bench.run(tree, "warmup-version", [bench.tools, "--version"], ours=False)
    bench.run(tree, "warmup-validate-one", [bench.tools, "validate", "--today", TODAY, one],
              ours=False)
    runs = [bench.run(tree, f"startup-version#{i + 1}", [bench.tools, "--version"])
            for i in range(max(bench.args.single_repeat, 1))]
    bench.add(Row("all", STARTUP, statistics.median(r.wall for r in runs),
                  max(r.rss_mb for r in runs), note="the CLI's start: Python, imports"
                  + (f"; median of {len(runs)}" if len(runs) > 1 else "")), *runs)


def measure(bench: Bench, tree: Tree, first_size: bool) -> None:
    n = len(tree.minutes)
    validate = [bench.tools, "validate", "--today", TODAY]
    log(f"[{tree.name}] {n:,} minutes files, {tree.files:,} files in records/ ({tree.path})")
    prewarm([tree.path / "records"])
    if first_size:
        startup(bench, tree)
    # a. the peer: check-jsonschema on the front matter, in batches, times summed
    peer_wall = None
    if not bench.args.skip_peer and (first_size or bench.args.peer_large):
        peer_wall = _peer(bench, tree)
    # a. cold full validation: TOOLS_NO_CACHE=1 (and no cache), then the cache removed
    cold = _cold(bench, tree, validate, peer_wall, first_size)
    # b. repeated full validation, nothing changed (the cold run above was the first)
    repeated(bench, tree, "validate", validate, cold, REPEATED, REPEATED_VALIDATE_S,
             first_size, expect_checked=tree.files)
    # c. one changed minutes file, as pre-commit passes it (path relative to the root)
    one_changed(bench, tree, first_size)
    # d. summarize the whole tree, cold and repeated
    _summarize(bench, tree, first_size)


def _peer(bench: Bench, tree: Tree) -> float:
    a, t = bench.args, tree.name
    mirror, files = build_mirror(tree)
    prewarm([mirror])
    exe = ensure_peer(bench.work)
    schema = bench.work / "minutes.bundled.schema.json"
    bench.run(tree, "warmup-check-jsonschema", [str(exe), "--schemafile", str(schema),
                                                files[0]], cwd=mirror, ours=False)
    peer_wall, peer_rss, failed, batches, runs = 0.0, 0.0, 0, 0, []
    for i in range(0, len(files), a.peer_batch):
        chunk = files[i:i + a.peer_batch]
        batches += 1
        r = bench.run(tree, f"check-jsonschema-batch{batches}",
                      [str(exe), "--schemafile", str(schema), *chunk], cwd=mirror, ours=False)
        runs.append(r)
        peer_wall += r.wall
        peer_rss = max(peer_rss, r.rss_mb)
        if r.rc != 0:
            failed += 1
    note = f"{len(files):,} files in {batches} runs of ≤{a.peer_batch}"
    if failed:
        note += f"; {failed} runs reported invalid files (see logs)"
        bench.problems.append(f"{t}: check-jsonschema reported problems in {failed} of"
                              f" {batches} batches (logs in {bench.runner.logdir})")
    bench.add(Row(t, PEER, peer_wall, peer_rss, ours=False, note=note,
                  cpu=sum(r.cpu for r in runs)), *runs)
    return peer_wall


def _vs_peer(wall: float, peer_wall: float | None,
             first_size: bool) -> tuple[str, str, bool | None]:
    if peer_wall is None:
        return "", "", None
    ratio = wall / peer_wall
    if first_size:
        return f"{ratio:.2f}× peer", "≤ 0.33× peer", ratio <= COLD_VS_PEER
    return f"{ratio:.2f}× peer", "", None


def _cold(bench: Bench, tree: Tree, validate: list[str], peer_wall: float | None,
          first_size: bool) -> Run:
    """Cold validation without a cache, then with the cache removed: the second must print
    exactly what the first did."""
    t = tree.name
    bench.clear_cache(tree)
    r = bench.run(tree, "validate-cold-TOOLS_NO_CACHE", validate,
                  env_extra={"TOOLS_NO_CACHE": "1"}, expect_checked=tree.files)
    ratio, target, ok = _vs_peer(r.wall, peer_wall, first_size)
    note = bench.last_line(r)
    if (tree.path / CACHE_DIR).exists():
        note += f"; {CACHE_DIR}/ was written despite TOOLS_NO_CACHE=1"
        bench.problems.append(f"{t}: validate with TOOLS_NO_CACHE=1 wrote {CACHE_DIR}/")
    bench.add(Row(t, COLD_NOCACHE, r.wall, r.rss_mb, ratio, target, ok, note=note, rc=r.rc), r)
    nocache_run = r
    bench.clear_cache(tree)
    cold = bench.run(tree, "validate-cold", validate, expect_checked=tree.files)
    ratio, target, ok = _vs_peer(cold.wall, peer_wall, first_size)
    note = ""
    if not bench.same_output(cold, nocache_run):
        note = "OUTPUT DIFFERS from the TOOLS_NO_CACHE=1 run"
        bench.problems.append(f"{t}: validate output differs between the cache removed and"
                              f" TOOLS_NO_CACHE=1 ({cold.stdout} vs {nocache_run.stdout})")
    bench.add(Row(t, COLD, cold.wall, cold.rss_mb, ratio, target, ok, note=note, rc=cold.rc),
              cold)
    return cold


def _summarize(bench: Bench, tree: Tree, first_size: bool) -> None:
    a, t = bench.args, tree.name
    summarize = [bench.tools, "summarize", f"records/{a.unit}", "--year", str(tree.last_year)]
    bench.clear_cache(tree)
    scold = bench.run(tree, "summarize-cold", summarize)
    bench.add(Row(t, SUMMARIZE_COLD, scold.wall, scold.rss_mb, rc=scold.rc,
                  note=f"records/{a.unit} --year {tree.last_year}"), scold)
    repeated(bench, tree, "summarize", summarize, scold, SUMMARIZE_REPEATED,
             REPEATED_SUMMARIZE_S, first_size)


def repeated(bench: Bench, tree: Tree, name: str, command: list[str], cold: Run, row: str,
             limit: float, first_size: bool, **expect: int) -> None:
    """A command run again with nothing changed, against its cold run (the target applies
    at the large size only)."""
    a, t = bench.args, tree.name
    wall, rss, runs = bench.repeat(tree, f"{name}-repeated", command, a.repeat, **expect)
    same = all(bench.same_output(cold, x) for x in runs)
    if not same:
        bench.problems.append(f"{t}: repeated {name} output differs from the cold run")
    bench.add(Row(t, row, wall, rss, f"{wall / cold.wall:.2f}× cold",
                  "" if first_size else f"≤ {limit:g} s",
                  None if first_size else wall <= limit,
                  note=("" if same else "OUTPUT DIFFERS from the cold run; ")
                  + (f"median of {a.repeat}" if a.repeat > 1 else ""), rc=runs[-1].rc), *runs)


def pick_file(tree: Tree) -> Path:
    """The last minutes file (of the last year) of the first cell, in path order."""
    first_cell = tree.minutes[0].parent.parent.parent
    mine = [p for p in tree.minutes if p.parent.parent.parent == first_cell
            and p.parent.name == str(tree.last_year)]
    return (mine or [p for p in tree.minutes if p.parent.parent.parent == first_cell])[-1]


def one_changed(bench: Bench, tree: Tree, first_size: bool) -> None:
    """Append a line to one minutes file's body, time `tools validate <file>` (after the full
    runs, so whatever cache they left is there; and with TOOLS_NO_CACHE=1), restore it."""
    rel = pick_file(tree)
    results = _edited_runs(bench, tree, rel)
    med = f"; median of {bench.args.single_repeat}" if bench.args.single_repeat > 1 else ""
    t = tree.name
    wall, rss, runs = results["warm"]
    ratio, target, ok = "", f"≤ {ONE_FILE_S:g} s", wall <= ONE_FILE_S
    small = bench.one_file.get("small")
    if not first_size and small is not None:
        q = wall / small.wall
        ratio = f"{q:.2f}× small"
        target = f"≤ {ONE_FILE_S:g} s, ≈1× small (≤ {ONE_FILE_RATIO:g}×)"
        ok = ok and q <= ONE_FILE_RATIO
    bench.one_file[t] = bench.add(Row(t, ONE_FILE, wall, rss, ratio, target, ok,
                                      note=f"{rel}: {bench.last_line(runs[-1])}{med}",
                                      rc=runs[-1].rc), *runs)
    wall, rss, runs = results["nocache"]
    small = bench.one_file.get("small-nocache")
    ratio = f"{wall / small.wall:.2f}× small" if (not first_size and small) else ""
    bench.one_file[f"{t}-nocache"] = bench.add(
        Row(t, ONE_FILE_NOCACHE, wall, rss, ratio, note=med.lstrip("; "), rc=runs[-1].rc),
        *runs)


def _edited_runs(bench: Bench, tree: Tree,
                 rel: Path) -> dict[str, tuple[float, float, list[Run]]]:
    """The timed runs on the file, each after a new line is appended; the file is restored
    afterwards, content and time."""
    path = tree.path / rel
    original = path.read_bytes()
    st = os.stat(path)
    cmd = [bench.tools, "validate", "--today", TODAY, str(rel)]
    results: dict[str, tuple[float, float, list[Run]]] = {}
    try:
        for variant, extra in (("warm", None), ("nocache", {"TOOLS_NO_CACHE": "1"})):
            runs = []
            for i in range(bench.args.single_repeat):
                stamp = dt.datetime.now().isoformat(timespec="microseconds")
                line = f"\nGhi chú thêm (bench {variant} {i + 1}, {stamp}).\n"
                path.write_bytes(original + line.encode())
                runs.append(bench.run(tree, f"validate-one-file-{variant}#{i + 1}", cmd,
                                      env_extra=extra))
            results[variant] = (statistics.median(r.wall for r in runs),
                                max(r.rss_mb for r in runs), runs)
    finally:
        path.write_bytes(original)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    return results
