"""The few git calls the tools need; -z and NUL splitting keep odd file names intact."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from tools.problems import FatalError, ToolProblem
from tools.values import Frozen

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path

if TYPE_CHECKING:
    import subprocess


def git(root: Path, *args: str, binary: bool = False, env: dict[str, str] | None = None,
        bound: bool = False) -> str | bytes:
    """Run git; `bound`: git is killed if this process is (Linux), so that it never goes on
    writing into a folder nobody will clean."""
    import subprocess  # imported when used: the commit hook starts git without it (Started)

    try:
        done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=root,
                              capture_output=True, check=False, env=env,
                              preexec_fn=_bound_to(os.getpid()) if bound else None)
    except OSError as error:
        raise FatalError(f"git cannot run: {error}") from None
    if done.returncode != 0:
        raise FatalError(f"git {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout if binary else done.stdout.decode("utf-8", errors="surrogateescape")


def _bound_to(parent: int) -> Callable[[], None] | None:
    """What the child runs before git: ask the kernel for SIGKILL when its parent dies."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    import signal

    def bind() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the request took effect
            os._exit(1)

    return bind


PR_SET_PDEATHSIG = 1


def _split(output: str) -> list[str]:
    return [item for item in output.split("\0") if item]


def merge_base(root: Path, base: str, head: str = "HEAD") -> str:
    import subprocess

    for ref in (base, head):
        if subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                          cwd=root, capture_output=True).returncode != 0:
            raise ToolProblem("no-ref", ref=ref)
    try:
        return git(root, "merge-base", base, head).strip()
    except FatalError:
        # CI often fetches only the last commits: say so rather than "git merge-base failed"
        shallow = git(root, "rev-parse", "--is-shallow-repository").strip() == "true"
        raise ToolProblem("no-merge-base-shallow" if shallow else "no-merge-base",
                         base=base, head=head) from None


class Change(Frozen):
    __slots__ = ("status", "path")

    def __init__(self, status: str, path: str) -> None:
        self.status = status  # A added, M modified, D deleted (renames are a delete and an add)
        self.path = path


def changes(root: Path, base: str, head: str | None, under: str = "records") -> list[Change]:
    """What changed under `under` between the merge base of base and head (or the work tree,
    untracked files included) and head."""
    start = merge_base(root, base, head or "HEAD")
    args = ["diff", "--name-status", "-z", "--no-renames", start]
    if head:
        args.append(head)
    items = _split(git(root, *args, "--", under))
    found = [Change(items[i][0], items[i + 1]) for i in range(0, len(items), 2)]
    if head is None:
        found += [Change("A", path) for path in
                  _split(git(root, "ls-files", "--others", "--exclude-standard", "-z", under))]
    return sorted(set(found), key=lambda change: change.path)


class TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class Blobs:
    """Blobs read through one `git cat-file --batch`: each blob's size comes before its bytes,
    so one over the limit is skipped unread, and a review costs one process, not one a file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.process: subprocess.Popen | None = None

    def read(self, ref: str, path: str, limit: int) -> bytes | None:
        """The blob at ref:path; None when there is none. Raises TooLarge."""
        if "\n" in path:  # one name a line: such a name cannot be asked for
            return None
        process = self._start()
        process.stdin.write(f"{ref}:{path}\n".encode("utf-8", "surrogateescape"))
        process.stdin.flush()
        header = process.stdout.readline()
        if not header:
            raise FatalError("git cat-file stopped")
        if header.endswith((b" missing\n", b" ambiguous\n")):
            return None
        _, kind, size = header.split()
        size = int(size)
        if kind != b"blob" or size > limit:
            self._skip(size + 1)
            if kind == b"blob":
                raise TooLarge(size)
            return None
        data = process.stdout.read(size)
        process.stdout.read(1)  # the newline after each object
        return data

    def _start(self) -> subprocess.Popen:
        import subprocess

        if self.process is None:
            try:
                self.process = subprocess.Popen(["git", "cat-file", "--batch"], cwd=self.root,
                                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                                stderr=subprocess.DEVNULL)
            except OSError as error:
                raise FatalError(f"git cannot run: {error}") from None
        return self.process

    def _skip(self, count: int) -> None:
        while count > 0:
            chunk = self.process.stdout.read(min(count, 1 << 16))
            if not chunk:
                raise FatalError("git cat-file stopped")
            count -= len(chunk)

    def close(self) -> None:
        if self.process is not None:
            self.process.stdin.close()
            self.process.stdout.close()
            self.process.wait()
            self.process = None


def show(root: Path, ref: str, path: str) -> bytes:
    return git(root, "show", f"{ref}:{path}", binary=True)


def head(root: Path) -> str | None:
    """The commit HEAD names, or None before the first commit."""
    try:
        return git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").strip() or None
    except FatalError:
        return None


class Started:
    """A git command started at once, its output taken later: the commit hook's questions to
    git are answered while Python imports and checks. Started by os.posix_spawnp where there
    is one: the subprocess module (threading, signal, selectors and locale with it) costs the
    hook about as much as git's answer."""

    def __init__(self, root: Path, *args: str) -> None:
        self.args = args
        self.pid: int | None = None  # git's, started by posix_spawnp
        self.pipes: tuple[int, int] = (-1, -1)
        self.process: subprocess.Popen | None = None  # git, where there is no posix_spawnp
        command = ["git", "-C", str(root), "-c", "core.quotepath=off", *args]
        if hasattr(os, "posix_spawnp"):
            self._spawn(command)
        else:  # Windows
            import subprocess

            try:
                self.process = subprocess.Popen(command, stdout=subprocess.PIPE,
                                                stderr=subprocess.PIPE)
            except OSError:
                pass  # git() says why, when the answer is asked for

    def _spawn(self, command: list[str]) -> None:
        out, out_end = os.pipe()
        err, err_end = os.pipe()
        try:
            self.pid = os.posix_spawnp("git", command, os.environ, file_actions=[
                (os.POSIX_SPAWN_DUP2, out_end, 1), (os.POSIX_SPAWN_DUP2, err_end, 2)])
            self.pipes = (out, err)
        except OSError:  # git() says why, when the answer is asked for
            os.close(out)
            os.close(err)
        finally:
            os.close(out_end)
            os.close(err_end)

    def _answer(self) -> tuple[int, bytes, bytes]:
        """(exit status, stdout, stderr), read to their ends together."""
        if self.process is not None:
            out, err = self.process.communicate()
            return self.process.returncode, out, err
        out, err = read_both(*self.pipes)
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1]), out, err

    def output(self, root: Path) -> str:
        if self.pid is None and self.process is None:
            return git(root, *self.args)
        status, out, err = self._answer()
        if status != 0:
            raise FatalError(f"git {' '.join(self.args)}: {err.decode(errors='replace').strip()}")
        return out.decode("utf-8", errors="surrogateescape")

    def drop(self) -> None:
        if self.pid is not None or self.process is not None:
            self._answer()


def read_both(out: int, err: int) -> tuple[bytes, bytes]:
    """Two pipes read to their ends as they fill (neither can block the writer), closed."""
    import select

    chunks: dict[int, list[bytes]] = {out: [], err: []}
    poller = select.poll()
    for fd in chunks:
        poller.register(fd, select.POLLIN)
    left = len(chunks)
    while left:
        for fd, _event in poller.poll():
            data = os.read(fd, 1 << 16)
            if data:
                chunks[fd].append(data)
            else:
                poller.unregister(fd)
                os.close(fd)
                left -= 1
    return b"".join(chunks[out]), b"".join(chunks[err])


def staged_diff(root: Path, under: str = "records") -> Started:
    """`staged`'s question when there is a HEAD, asked now (see Started)."""
    return Started(root, "diff", "--cached", "--name-status", "-z", "--no-renames", "HEAD",
                   "--", under)


def staged(root: Path, committed: bool, under: str = "records",
           asked: Started | None = None) -> list[Change]:
    """What the index changes under `under` against HEAD, deletions included (what a commit
    would record). Before the first commit (`committed` false) everything staged is an
    addition. `asked`: staged_diff(root, under) started earlier."""
    if not committed:
        if asked is not None:
            asked.drop()  # it fails without a HEAD: nothing to read
        return [Change("A", path) for path in
                sorted(_split(git(root, "ls-files", "--cached", "-z", "--", under)))]
    return _changes((asked or staged_diff(root, under)).output(root))


def staged_with_head(root: Path, under: str = "records",
                     asked: Started | None = None) -> tuple[list[Change], bool]:
    """staged() and whether there is a HEAD, from the diff against HEAD alone when it answers
    (a commit hook's usual case: no `git rev-parse` first); HEAD is asked for only when the
    diff fails, before the first commit or for a real failure, which is then raised."""
    try:
        return _changes((asked or staged_diff(root, under)).output(root)), True
    except FatalError:
        if head(root) is not None:
            raise
    return staged(root, False, under), False


def _changes(output: str) -> list[Change]:
    items = _split(output)
    found = [Change(items[i][0], items[i + 1]) for i in range(0, len(items), 2)]
    return sorted(set(found), key=lambda change: change.path)


def kept(changes: list[Change]) -> list[str]:
    """The paths a change leaves in the index: all but the deletions."""
    return [change.path for change in changes if change.status != "D"]


def ask_case_twins(root: Path, paths: list[str]) -> Started | None:
    """case_twins' question asked now, its answer read later (see Started); None: no path."""
    if not paths:
        return None
    return Started(root, "ls-files", "-z", "--cached", "--",
                   *(f":(icase){path}" for path in paths))


def case_twins(root: Path, paths: list[str], asked: Started | None = None) -> list[str]:
    """The index's paths that equal one of `paths` but for upper and lower case (the paths
    themselves included): on Windows and macOS such twins are one file. `asked`:
    ask_case_twins(root, paths), started earlier."""
    asked = asked or ask_case_twins(root, paths)
    return [] if asked is None else _split(asked.output(root))


def blobs(root: Path, specs: list[str], limit: int) -> dict[str, bytes | None]:
    """The contents of `REV:path` (or `:path`, the index) for each spec, through one git
    process whatever their number; None for a spec that names no file or one over `limit`
    bytes (skipped unread)."""
    found: dict[str, bytes | None] = {spec: None for spec in specs}
    if not specs:
        return found
    reader = Blobs(root)
    try:
        for spec in specs:
            ref, _, path = spec.partition(":")
            try:
                found[spec] = reader.read(ref, path, limit)
            except TooLarge:
                found[spec] = None
    finally:
        reader.close()
    return found
