"""The measurements of one tree size, each against its baseline in the same run: the start of
the CLI, the peer, cold and repeated validation, one changed file, and summarize."""
from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
from pathlib import Path

from peer import build_mirror, ensure_peer
from rows import (
    COLD,
    COLD_NOCACHE,
    FLOOR,
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
    COLD_SUMMARIZE_S,
    COLD_VS_FLOOR,
    ONE_FILE_S,
    REPEATED_SUMMARIZE_S,
    REPEATED_VALIDATE_S,
    STARTUP_S,
    TODAY,
    log,
)
from trees import GIT_ID, Tree, pick_file, prewarm


def startup(bench: Bench, tree: Tree) -> None:
    """Warm up (byte-compile the modules, load the disk cache), then time the bare start of
    the CLI: the floor under every figure, the one-changed-file one above all."""
    one = str(pick_file(tree))
    bench.run(tree, "warmup-version", [bench.tools, "--version"], ours=False)
    bench.run(tree, "warmup-validate-one", [bench.tools, "validate", "--today", TODAY, one],
              ours=False)
    runs = [bench.run(tree, f"startup-version#{i + 1}", [bench.tools, "--version"])
            for i in range(max(bench.args.single_repeat, 1))]
    wall = statistics.median(r.wall for r in runs)
    bench.add(Row("all", STARTUP, wall, max(r.rss_mb for r in runs), target=f"≤ {STARTUP_S:g} s",
                  ok=wall <= STARTUP_S, note="the CLI's start: Python, imports"
                  + (f"; median of {len(runs)}" if len(runs) > 1 else "")), *runs)


def measure(bench: Bench, tree: Tree, first_size: bool) -> None:
    n = len(tree.minutes)
    validate = [bench.tools, "validate", "--today", TODAY]
    log(f"[{tree.name}] {n:,} minutes files, {tree.files:,} files in records/ ({tree.path})")
    prewarm([tree.path / "records"])
    if first_size:
        startup(bench, tree)
    # a. the floor: every file read and its YAML parsed by libyaml, over every core
    floor = _floor(bench, tree)
    # a. the peer: check-jsonschema on the front matter, in batches, times summed
    peer_wall = None
    if not bench.args.skip_peer and (first_size or bench.args.peer_large):
        peer_wall = _peer(bench, tree)
    # a. cold full validation: TOOLS_NO_CACHE=1 (and no cache), then the cache removed
    cold = _cold(bench, tree, validate, floor, peer_wall, first_size)
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


def floor_python(bench: Bench) -> str:
    """The Python of the toolkit's venv (PyYAML with libyaml comes with pre-commit)."""
    beside = Path(bench.tools).parent / "python"
    return str(beside) if beside.exists() else sys.executable


def _floor(bench: Bench, tree: Tree) -> Run:
    script = str(Path(__file__).resolve().parent / "floor.py")
    cmd = [floor_python(bench), script, "records"]
    bench.run(tree, "warmup-floor", cmd, ours=False)
    r = bench.run(tree, "floor", cmd, ours=False)
    bench.add(Row(tree.name, FLOOR, r.wall, r.rss_mb, ours=False, rc=r.rc,
                  note=bench.last_line(r) + "; bench/floor.py"), r)
    return r


def _vs(wall: float, floor: Run, peer_wall: float | None,
        first_size: bool) -> tuple[str, str, bool | None]:
    """The ratio to the floor (the target, at the small size) and to the peer (reported)."""
    ratio = f"{wall / floor.wall:.2f}× floor"
    if peer_wall is not None:
        ratio += f", {wall / peer_wall:.2f}× peer"
    if first_size:
        return ratio, f"≤ {COLD_VS_FLOOR:g}× floor", wall <= COLD_VS_FLOOR * floor.wall
    return ratio, "", None


def _cold(bench: Bench, tree: Tree, validate: list[str], floor: Run, peer_wall: float | None,
          first_size: bool) -> Run:
    """Cold validation without a cache, then with the cache removed: the second must print
    exactly what the first did."""
    t = tree.name
    bench.clear_cache(tree)
    r = bench.run(tree, "validate-cold-TOOLS_NO_CACHE", validate,
                  env_extra={"TOOLS_NO_CACHE": "1"}, expect_checked=tree.files)
    ratio, target, ok = _vs(r.wall, floor, peer_wall, first_size)
    note = bench.last_line(r)
    if (tree.path / CACHE_DIR).exists():
        note += f"; {CACHE_DIR}/ was written despite TOOLS_NO_CACHE=1"
        bench.problems.append(f"{t}: validate with TOOLS_NO_CACHE=1 wrote {CACHE_DIR}/")
    bench.add(Row(t, COLD_NOCACHE, r.wall, r.rss_mb, ratio, target, ok, note=note, rc=r.rc), r)
    nocache_run = r
    bench.clear_cache(tree)
    cold = bench.run(tree, "validate-cold", validate, expect_checked=tree.files)
    ratio, target, ok = _vs(cold.wall, floor, peer_wall, first_size)
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
                  target="" if first_size else f"≤ {COLD_SUMMARIZE_S:g} s",
                  ok=None if first_size else scold.wall <= COLD_SUMMARIZE_S,
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


def one_changed(bench: Bench, tree: Tree, first_size: bool) -> None:
    """One new minutes file (not in HEAD: trees.leave_out) staged, timed as the commit hook
    validates it (`tools validate --staged`, after the full runs, so with whatever cache they
    left); then the same file with a line appended, timed as `tools validate FILE`. The file
    and the index are restored afterwards."""
    rel = pick_file(tree)
    results = _edited_runs(bench, tree, rel)
    med = f"; median of {bench.args.single_repeat}" if bench.args.single_repeat > 1 else ""
    t = tree.name
    for variant, row in (("staged", ONE_FILE), ("path", ONE_FILE_NOCACHE)):
        wall, rss, runs = results[variant]
        small = bench.one_file.get(f"small-{variant}")
        ratio = f"{wall / small.wall:.2f}× small" if (not first_size and small) else ""
        staged = variant == "staged"
        bench.one_file[f"{t}-{variant}"] = bench.add(
            Row(t, row, wall, rss, ratio, f"≤ {ONE_FILE_S:g} s" if staged else "",
                wall <= ONE_FILE_S if staged else None,
                note=f"{rel}: {bench.last_line(runs[-1])}{med}", rc=runs[-1].rc), *runs)


def _git(tree: Tree, *args: str) -> None:
    subprocess.run(["git", "-C", str(tree.path), *GIT_ID, *args], check=True,
                   capture_output=True)


def _edited_runs(bench: Bench, tree: Tree,
                 rel: Path) -> dict[str, tuple[float, float, list[Run]]]:
    """The timed runs on the file: staged as it is, then each time with a new line appended;
    the file (content and time) and the index are restored afterwards."""
    path = tree.path / rel
    original = path.read_bytes()
    st = os.stat(path)
    commands = {"staged": [bench.tools, "validate", "--today", TODAY, "--staged"],
                "path": [bench.tools, "validate", "--today", TODAY, str(rel)]}
    results: dict[str, tuple[float, float, list[Run]]] = {}
    try:
        for variant, cmd in commands.items():
            runs = []
            for i in range(bench.args.single_repeat):
                if variant == "staged":
                    _git(tree, "add", "--", str(rel))
                else:
                    stamp = dt.datetime.now().isoformat(timespec="microseconds")
                    line = f"\nGhi chú thêm (bench {variant} {i + 1}, {stamp}).\n"
                    path.write_bytes(original + line.encode())
                runs.append(bench.run(tree, f"validate-one-file-{variant}#{i + 1}", cmd))
                if variant == "staged":
                    _git(tree, "reset", "-q", "--", str(rel))
            results[variant] = (statistics.median(r.wall for r in runs),
                                max(r.rss_mb for r in runs), runs)
    finally:
        path.write_bytes(original)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        _git(tree, "reset", "-q", "--", str(rel))
    return results
