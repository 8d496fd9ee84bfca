"""The results: the table of every row, the targets with pass or fail, and the problems seen;
as aligned text for a terminal or as Markdown for bench/README.md."""
from __future__ import annotations

import datetime as dt

from rows import (
    COLD,
    COLD_NOCACHE,
    FLOOR,
    PEER,
    REPEATED,
    STARTUP,
    SUMMARIZE_COLD,
    SUMMARIZE_REPEATED,
    Row,
    fmt_mb,
    fmt_s,
    verdict,
)
from session import Bench
from settings import (
    COLD_SUMMARIZE_S,
    COLD_VS_FLOOR,
    MACHINE_KEYS,
    MEM_LIMIT_MB,
    ONE_FILE_S,
    OTHERS_WARN,
    REPEATED_SUMMARIZE_S,
    REPEATED_VALIDATE_S,
    STARTUP_S,
)
from trees import Tree

Target = tuple[str, str, bool | None]  # what, the figure, met


def targets(bench: Bench, trees: list[Tree]) -> list[Target]:
    by = {(r.size, r.what): r for r in bench.rows}
    small = trees[0].name if trees else "small"
    large = trees[1].name if len(trees) > 1 else None
    out: list[Target] = []
    start = by.get(("all", STARTUP))
    if start is not None:
        out.append((f"tools --version ≤ {STARTUP_S:g} s",
                    *_with_broken(f"{fmt_s(start.wall)} s", start.wall <= STARTUP_S, start)))
    out += _cold_targets(by, small)
    out.append(_large_target(by, large, REPEATED, "repeated full validation",
                             REPEATED_VALIDATE_S))
    out += _one_file_targets(bench, small, large)
    out.append(_large_target(by, large, SUMMARIZE_COLD, "cold summarize", COLD_SUMMARIZE_S))
    out.append(_large_target(by, large, SUMMARIZE_REPEATED, "repeated summarize",
                             REPEATED_SUMMARIZE_S))
    if bench.all_runs:
        out.append(_memory_target(bench))
    return out


def _with_broken(fig: str, ok: bool | None, *rows: Row | None) -> tuple[str, bool | None]:
    why = [r.broken for r in rows if r is not None and r.broken]
    return (fig + f" (BROKEN run: {'; '.join(why)})", False) if why else (fig, ok)


def _cold_targets(by: dict[tuple[str, str], Row], small: str) -> list[Target]:
    """Cold validation at the small size against the floor (the target) and the peer (its
    ratio reported)."""
    out: list[Target] = []
    floor, peer = by.get((small, FLOOR)), by.get((small, PEER))
    for what in (COLD, COLD_NOCACHE):
        r = by.get((small, what))
        if r is None or floor is None:
            continue
        variant = what.split("(")[1][:-1]
        name = f"cold validation of {small} ({variant}) ≤ {COLD_VS_FLOOR:g}× the floor"
        fig = f"{fmt_s(r.wall)} s vs {fmt_s(floor.wall)} s = {r.wall / floor.wall:.2f}×"
        if peer is not None:
            fig += f" (check-jsonschema: {fmt_s(peer.wall)} s, {r.wall / peer.wall:.2f}×)"
        out.append((name, *_with_broken(fig, r.wall <= COLD_VS_FLOOR * floor.wall, r, floor)))
    return out


def _large_target(by: dict[tuple[str, str], Row], large: str | None, row: str, what: str,
                  limit: float) -> Target:
    if not large:
        return (f"{what} of the large size ≤ {limit:g} s", "large size skipped", None)
    r = by[(large, row)]
    return (f"{what} of {large} ≤ {limit:g} s",
            *_with_broken(f"{fmt_s(r.wall)} s", r.wall <= limit, r))


def _one_file_targets(bench: Bench, small: str, large: str | None) -> list[Target]:
    """One staged file, as the commit hook validates it, at each size."""
    out: list[Target] = []
    for size in (small, large):
        r = bench.one_file.get(f"{size}-staged") if size else None
        if r is not None:
            out.append((f"one changed file (validate --staged) ≤ {ONE_FILE_S:g} s at {size}",
                        *_with_broken(f"{fmt_s(r.wall)} s", r.wall <= ONE_FILE_S, r)))
    return out


def _memory_target(bench: Bench) -> Target:
    label, worst = max(bench.all_runs, key=lambda x: max(x[1].rss_mb, x[1].tree_mb))
    broken = [lb for lb, r in bench.all_runs if r.broken]
    peak = max(worst.rss_mb, worst.tree_mb)
    fig = (f"max {fmt_mb(peak)} MB ({label}; largest process {fmt_mb(worst.rss_mb)} MB,"
           f" process tree {fmt_mb(worst.tree_mb)} MB)")
    ok = peak <= MEM_LIMIT_MB
    if broken:
        fig, ok = fig + f" (BROKEN runs: {', '.join(broken[:3])})", False
    return (f"peak memory ≤ {MEM_LIMIT_MB:g} MB (every tools run)", fig, ok)


def table(bench: Bench, trees: list[Tree]) -> tuple[list[str], list[list[str]]]:
    sizes = {tr.name: f"{tr.name} ({len(tr.minutes):,})" for tr in trees}
    sizes["all"] = "—"
    head = ["size (minutes)", "measurement", "wall s", "cpu s", "peak MB", "tree MB", "ratio",
            "target", "result", f"≤{MEM_LIMIT_MB:g} MB", "notes"]
    rows = []
    for r in bench.rows:
        mem = verdict(r.mem <= MEM_LIMIT_MB, r.broken) if (r.ours and r.rss is not None) else ""
        rows.append([sizes.get(r.size, r.size), r.what, fmt_s(r.wall), fmt_s(r.cpu),
                     fmt_mb(r.rss),
                     fmt_mb(r.tree_mb) if bench.runner.interval > 0 else "—", r.ratio,
                     r.target, verdict(r.ok, r.broken), mem, "; ".join(_notes(bench, r))])
    return head, rows


def _notes(bench: Bench, r: Row) -> list[str]:
    notes = [f"BROKEN: {r.broken}"] if r.broken else []
    if r.others >= OTHERS_WARN:
        notes.append(f"other work used {r.others:.1f} CPUs meanwhile")
    if r.procs > bench.runner.base_procs:
        notes.append(f"up to {r.procs - bench.runner.base_procs + 1} processes")
    if r.rc not in (None, 0):
        notes.append(f"exit {r.rc}")
    if r.note:
        notes.append(r.note)
    return notes


def report(bench: Bench, info: dict[str, str], trees: list[Tree], markdown: bool) -> str:
    head, rows = table(bench, trees)
    tree_lines = []
    for tr in trees:
        built = f"built in {tr.build_s:.1f} s" if tr.build_s is not None else "reused"
        tree_lines.append(f"{tr.name}: `tools demo kbang DIR --cells {tr.cells}"
                          f" --years {tr.years}"
                          f" --year {tr.last_year}`: {len(tr.minutes):,} minutes files,"
                          f" {tr.files:,} files in records/ ({built})")
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    shown = _markdown if markdown else _text
    return "\n".join(shown(bench, info, when, tree_lines, head, rows, targets(bench, trees)))


def _markdown(bench: Bench, info: dict[str, str], when: str, tree_lines: list[str],
              head: list[str], rows: list[list[str]], found: list[Target]) -> list[str]:
    out = [f"Run on {when}:\n"]
    out += [f"- {k}: {info[k]}" for k in (*MACHINE_KEYS, "peer", "runner") if k in info]
    out += [f"- {line}" for line in tree_lines]
    out.append("")
    out.append("| " + " | ".join(head) + " |")
    numeric = ("wall s", "cpu s", "peak MB", "tree MB")
    out.append("|" + "|".join("---:" if h in numeric else "---" for h in head) + "|")
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    out += ["", "| target | figure | result |", "|---|---|---|"]
    out += [f"| {what} | {fig} | {verdict(ok) or 'n/a'} |" for what, fig, ok in found]
    if bench.problems:
        out += ["", "Problems seen:"]
        out += [f"- {p.splitlines()[0]}" for p in bench.problems]
    return out


def _text(bench: Bench, info: dict[str, str], when: str, tree_lines: list[str],
          head: list[str], rows: list[list[str]], found: list[Target]) -> list[str]:
    out = [f"Results ({when})"]
    out += [f"  {line.replace('`', '')}" for line in tree_lines]
    out.append("")
    out += _aligned(head[:-1], [r[:-1] for r in rows])
    notes = [(r[0], r[1], r[-1]) for r in rows if r[-1]]
    if notes:
        out += ["", "Notes:"]
        out += [f"  {size}, {what}: {note}" for size, what, note in notes]
    out += ["", "Targets:"]
    out += [f"  [{verdict(ok) or 'n/a':4}] {what}: {fig}" for what, fig, ok in found]
    if bench.problems:
        out += ["", "Problems seen:"]
        out += ["  " + p.replace("\n", "\n  ") for p in bench.problems]
    return out


def _aligned(head: list[str], body: list[list[str]]) -> list[str]:
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=True)]
    right = {2, 3, 4, 5}

    def line(cells: list[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in pairs).rstrip()

    return [line(head), "  ".join("-" * w for w in widths), *map(line, body)]
