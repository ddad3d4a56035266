"""Fault injection: `workbook run` killed, starved of memory, disk and permission, or fed a
damaged cache, on a corpus of two short seed articles.

Every case checks what the researcher sees (one line, the exit code), what the run folder
records (`run.json`, `index.html`), and that the earlier good run, `reports/latest` and the
input are as they were. The kills run as one chain of runs into the same folder, each killed
at the next point, so that each run also recovers from the kill before it; the last run
finishes, and its tables must equal those of a clean run byte for byte.

Marked `faults` (`pytest -m faults` selects them, `-m "not faults"` leaves them out); they
run in `make test`. A full disk and a read-only folder use small tmpfs mounts where this
user may mount them (root, as in CI); elsewhere a patched write raises ENOSPC and a folder
without write permission stands in for a read-only one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers.base import paths
from helpers.entities import parse_cache
from helpers.pipeline import run_status

pytestmark = pytest.mark.faults

ARTICLES = {"000_a6b577aae19b0816.txt": "NBC News", "003_28997a2f9cea958b.txt": "The Independent"}
FAST = ["-p", "n_jobs=1", "-p", "bootstrap_iterations=100"]
WORKBOOK = str(Path(sys.executable).with_name("workbook"))
TABLES = {
    "01_clean.ipynb": ["lines", "paragraphs", "articles", "reuse", "dates", "duplicate_blocks"],
    "02_entities.ipynb": ["mentions", "entities", "quotes", "voice_share", "sentences"],
    "03_framing.ipynb": [
        "events",
        "date_evidence",
        "frames",
        "frame_evidence",
        "lead_frames",
        "distinctive_terms",
        "word_choice",
        "tone",
        "findings",
    ],
}
WAIT = 300  # seconds; generous, for a shared 2-core machine


def tree(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under a folder, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def tables(run_dir: Path, names: list[str] | None = None) -> dict[str, bytes]:
    files = sorted((run_dir / "tables").glob("*.csv"))
    return {p.stem: p.read_bytes() for p in files if names is None or p.stem in names}


def record(run_dir: Path) -> dict:
    return json.loads((run_dir / "run.json").read_text(encoding="utf-8"))


class World:
    """A reports folder with one good run (which `latest` points at) and a tiny input."""

    def __init__(self, base: Path, clean: Path) -> None:
        self.base = base
        self.input = base / "input"
        self.reports = base / "reports"
        self.good = self.reports / "good"
        self.input.mkdir(parents=True)
        for name in ARTICLES:
            shutil.copy(paths.SEEDS_DIR / name, self.input / name)
        rows = "".join(f"{name},{outlet},,,\n" for name, outlet in ARTICLES.items())
        (self.input / "manifest.csv").write_text("file,outlet,title,published,url\n" + rows)
        if clean != self.good:
            shutil.copytree(clean, self.good, symlinks=True)
            os.symlink("good", self.reports / "latest")
        self.env = os.environ | {"WORKBOOK_REPORTS_DIR": str(self.reports)}

    def start(self, output: Path, *extra: str, env: dict | None = None) -> subprocess.Popen:
        return subprocess.Popen(
            [WORKBOOK, "run", "--quiet", "--input", str(self.input), "--output", str(output)]
            + FAST
            + list(extra),
            env=env or self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )

    def run(self, output: Path, *extra: str, env: dict | None = None) -> tuple[int, str]:
        process = self.start(output, *extra, env=env)
        _, err = process.communicate(timeout=WAIT)
        return process.returncode, err

    def snapshot(self) -> tuple:
        latest = self.reports / "latest"
        return (
            tree(self.good),
            os.readlink(latest) if latest.is_symlink() else None,
            tree(self.input),
        )


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """A clean run of the tiny corpus: the tables every recovery must reproduce."""
    base = tmp_path_factory.mktemp("clean")
    world = World(base, base / "reports" / "good")
    code, err = world.run(world.good, "-p", f"cache_dir={base / 'cache'}")
    assert code == 0, err
    return world.good, base / "cache" / "parses.sqlite"


@pytest.fixture()
def world(tmp_path, clean):
    return World(tmp_path, clean[0])


def one_line(err: str) -> str:
    """The single `workbook:` line of a run's stderr; fails on a traceback or a second one."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("workbook:")]
    assert len(lines) == 1, err
    return lines[0]


# --- kills ----------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    """Process ids of every descendant of `pid` (kernels start sessions of their own)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in parents.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def wait_until(condition, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def ours(run_dir: Path, pid: int) -> dict | None:
    """The run folder's record if the process `pid` wrote it, else None."""
    try:
        found = record(run_dir)
    except (OSError, ValueError):
        return None
    return found if found.get("process", {}).get("pid") == pid else None


def notebook_status(run_dir: Path, pid: int, notebook: str) -> str:
    found = ours(run_dir, pid) or {}
    return next((n["status"] for n in found.get("notebooks", []) if n["notebook"] == notebook), "")


def cell_running(run_dir: Path, pid: int, notebook: str, marker: str, since: str) -> bool:
    """Whether this run's copy of `notebook` is executing the cell whose code has `marker`."""
    if notebook_status(run_dir, pid, notebook) != "running":
        return False
    try:
        executed = json.loads((run_dir / "notebooks" / notebook).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if (executed["metadata"].get("papermill", {}).get("start_time") or "") < since:
        return False  # the copy a killed run left
    return any(
        marker in "".join(cell["source"])
        and cell["metadata"].get("papermill", {}).get("status") == "running"
        for cell in executed["cells"]
    )


def _at_start(d, pid, since):
    return ours(d, pid) is not None


KILL_POINTS = [
    ("at the start, before 01", _at_start, 0),
    (
        "inside 01, cleaning",
        lambda d, pid, since: cell_running(
            d, pid, "01_clean.ipynb", "cleaning.clean_corpus", since
        ),
        0.3,
    ),
    ("between 01 and 02", lambda d, pid, s: notebook_status(d, pid, "01_clean.ipynb") == "ok", 0),
    (
        "inside 02, parsing",
        lambda d, pid, since: cell_running(
            d, pid, "02_entities.ipynb", "entities.entity_tables", since
        ),
        1.5,
    ),
    (
        "between 02 and 03",
        lambda d, pid, s: notebook_status(d, pid, "02_entities.ipynb") == "ok",
        0,
    ),
    (
        "inside 03, frames",
        lambda d, pid, since: cell_running(
            d, pid, "03_framing.ipynb", "framing.frame_tables", since
        ),
        0.3,
    ),
    (
        "after 03, writing the report",
        lambda d, pid, s: notebook_status(d, pid, "03_framing.ipynb") == "ok",
        0,
    ),
]


def kill_group_at(world: World, output: Path, point, cache: Path) -> tuple[dict | None, str]:
    """Start a run into `output`, SIGKILL its process group at `point`; returns the record
    it left (None if it had written none) and what it printed."""
    name, reached, delay = point
    since = datetime.now(UTC).isoformat()
    process = world.start(output, "-p", f"cache_dir={cache}")
    wait_until(lambda: reached(output, process.pid, since) or process.poll() is not None, name)
    assert process.poll() is None, f"{name}: the run ended before the kill point"
    time.sleep(delay)
    descendants = children(process.pid)
    os.killpg(process.pid, signal.SIGKILL)
    _, err = process.communicate(timeout=WAIT)
    # Kernels run in sessions of their own; ipykernel ends one whose parent died.
    wait_until(lambda: not any(alive(pid) for pid in descendants), f"{name}: kernels to end", 60)
    return ours(output, process.pid), err


def test_kills_at_every_notebook_boundary_and_mid_notebook_recover_to_identical_tables(
    world, clean
):
    clean_run, _ = clean
    expected = tables(clean_run)
    before = world.snapshot()
    output = world.reports / "killed"
    cache = world.base / "cache"
    note = f"workbook: note: the previous run into {output}"
    for number, point in enumerate(KILL_POINTS):
        name = point[0]
        left, err = kill_group_at(world, output, point, cache)
        if number > 0:
            assert note in err and "was interrupted (process gone)" in err, (name, err)
        assert left is not None, f"{name}: no record"
        finished = [n["notebook"] for n in left["notebooks"] if n["status"] == "ok"]
        for notebook in finished:
            assert tables(output, TABLES[notebook]) == tables(clean_run, TABLES[notebook]), (
                f"{name}: {notebook}'s tables differ from a clean run's"
            )
        # Every other kill is found by `workbook status`; the others by the next run's note.
        if number % 2 == 0:
            line, code = run_status.status(output)
            if left["status"] == "ok":  # killed after the run had recorded its end
                assert code == 0, (name, line)
            else:
                assert code == 1 and "interrupted (process gone)" in line, (name, line)
                assert record(output)["status"] == "interrupted", name
                assert "interrupted (process gone)" in (output / "index.html").read_text()
        good, latest, inputs = world.snapshot()
        assert (good, inputs) == (before[0], before[2]), f"{name}: the good run or input changed"
        # (latest moves only to a run that recorded its end as ok.)
        assert latest == before[1] or left["status"] == "ok", f"{name}: latest moved"
    code, err = world.run(output, "-p", f"cache_dir={cache}")
    assert code == 0, err
    assert "was interrupted (process gone)" in err
    assert tables(output) == expected
    assert record(output)["status"] == "ok"
    assert run_status.status(output)[1] == 0
    assert not list(output.rglob(".*.tmp"))
    assert parse_cache.find_damage(cache / "parses.sqlite") == ""
    good, latest, inputs = world.snapshot()
    assert (good, inputs) == (before[0], before[2])
    assert latest == "killed", "the recovered run is the newest good one"


def test_a_killed_kernel_fails_the_run_in_one_line_naming_notebook_and_memory_levers(world, clean):
    before = world.snapshot()
    output = world.reports / "oom"
    since = datetime.now(UTC).isoformat()
    # Two worker processes, one article each: the kernel's workers must end with it.
    workers = ["-p", "n_jobs=2", "-p", "batch_size=1"]
    process = world.start(output, "-p", f"cache_dir={world.base / 'cache'}", *workers)
    wait_until(
        lambda: (
            cell_running(output, process.pid, "02_entities.ipynb", "entities.entity_tables", since)
            or process.poll() is not None
        ),
        "the parsing cell",
    )
    time.sleep(1.0)
    descendants = children(process.pid)
    kernels = [
        pid
        for pid in descendants
        if b"ipykernel_launcher" in (Path("/proc") / str(pid) / "cmdline").read_bytes()
    ]
    # 02's, with its parse workers, and 03's, started ahead (`pipeline.kernels`)
    parsing = [pid for pid in kernels if children(pid)]
    assert len(kernels) == 2 and len(parsing) == 1, kernels
    os.kill(parsing[0], signal.SIGKILL)
    _, err = process.communicate(timeout=WAIT)
    assert process.returncode == 1
    wait_until(lambda: not any(alive(pid) for pid in descendants), "the kernel's workers", 30)
    found = record(output)
    cell = found["failure"]["cell"]
    assert one_line(err) == (
        f"workbook: run failed in 02_entities.ipynb, cell {cell}: the notebook's kernel died, "
        "most likely out of memory; lower batch_size (now 1) or n_jobs (now 2), or set "
        "engine=dask with a dask_scheduler on larger machines "
        f"(details in {output}/run.log)"
    )
    assert found["status"] == "failed"
    assert found["failure"]["notebook"] == "02_entities.ipynb"
    assert found["failure"]["kind"] == "kernel-died"
    executed = json.loads((output / "notebooks" / "02_entities.ipynb").read_text())
    assert "entities.entity_tables" in "".join(executed["cells"][cell - 1]["source"])
    assert "DeadKernelError: Kernel died" in (output / "run.log").read_text()
    assert "This run failed</strong> in 02_entities.ipynb" in (output / "index.html").read_text()
    assert run_status.status(output)[1] == 1
    assert world.snapshot() == before


def test_ctrl_c_records_the_interruption_names_the_signal_and_exits_130(world):
    before = world.snapshot()
    output = world.reports / "stopped"
    since = datetime.now(UTC).isoformat()
    process = world.start(output, "-p", f"cache_dir={world.base / 'cache'}")
    wait_until(
        lambda: (
            cell_running(output, process.pid, "01_clean.ipynb", "cleaning.clean_corpus", since)
            or process.poll() is not None
        ),
        "the cleaning cell",
    )
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends to the foreground group
    _, err = process.communicate(timeout=WAIT)
    assert process.returncode == 130
    assert one_line(err) == (
        "workbook: run interrupted in 01_clean.ipynb: interrupted by SIGINT; run the same "
        f"command again to start it over (details in {output}/run.log)"
    )
    found = record(output)
    assert found["status"] == "interrupted"
    assert found["failure"]["error"] == "interrupted by SIGINT"
    assert [(n["notebook"], n["status"]) for n in found["notebooks"]] == [
        ("01_clean.ipynb", "interrupted")
    ]
    assert (
        "This run was interrupted</strong> in 01_clean.ipynb" in (output / "index.html").read_text()
    )
    assert world.snapshot() == before


# --- a full disk ----------------------------------------------------------------------


def mounted_tmpfs(folder: Path, options: str) -> bool:
    """Mount a tmpfs at `folder` if this user may (root, as CI runs); False otherwise."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture()
def mounts():
    made: list[Path] = []
    yield made
    for folder in reversed(made):
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


# Written into a folder on PYTHONPATH when no tmpfs can be mounted: in the runner and in
# every kernel, a write of more than 4 KB under the given folder fails as on a full disk.
FULL_DISK_PATCH = """
import errno, os
_FOLDER = os.environ.get("WORKBOOK_TEST_FULL_DISK")
if _FOLDER:
    _fdopen = os.fdopen

    class _Full:
        def __init__(self, stream):
            self._stream = stream
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self._stream.close()
            return False
        def write(self, data):
            if len(data) > 4096:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self._stream.write(data)

    def fdopen(fd, *args, **kwargs):
        where = os.readlink(f"/proc/self/fd/{fd}")
        stream = _fdopen(fd, *args, **kwargs)
        return _Full(stream) if where.startswith(_FOLDER) else stream

    os.fdopen = fdopen
"""


def test_a_full_disk_fails_the_run_in_one_line_naming_the_file(world, mounts):
    before = world.snapshot()
    disk = world.base / "small disk"
    env = None
    # The run holds 512 KiB in reserve: what is left fills up while 01 saves its charts.
    if mounted_tmpfs(disk, "size=768k"):
        mounts.append(disk)
    else:
        patch = world.base / "patch"
        patch.mkdir()
        (patch / "sitecustomize.py").write_text(FULL_DISK_PATCH)
        env = world.env | {
            "PYTHONPATH": os.pathsep.join(filter(None, [str(patch), os.environ.get("PYTHONPATH")])),
            "WORKBOOK_TEST_FULL_DISK": str(disk),
        }
    output = disk / "run"
    code, err = world.run(output, "-p", f"cache_dir={world.base / 'cache'}", env=env)
    assert code == 1
    line = one_line(err)
    found = record(output)
    assert found["status"] == "failed"
    assert found["failure"]["kind"] == "no-space"
    notebook, cell = found["failure"]["notebook"], found["failure"]["cell"]
    assert line.startswith(
        f"workbook: run failed in {notebook}, cell {cell}: no space left on the device writing "
        f"{output}/"
    )
    assert "to write, " in line and " free there); free some space or choose an --output" in line
    assert line.endswith(f"(details in {output}/run.log)")
    assert not list(output.rglob(".*.tmp"))
    assert not (output / ".space-reserve").exists()
    assert world.snapshot() == before


# --- a read-only output folder --------------------------------------------------------


def read_only(folder: Path, mounts: list[Path]):
    """Make `folder` read-only: a read-only tmpfs where this user may mount, else a folder
    without write permission; returns what the one line says of a path that cannot be
    written there."""
    if mounted_tmpfs(folder, "size=64k,ro"):
        mounts.append(folder)
        return lambda path: f"{path} is on a read-only file system; "
    if os.geteuid() == 0:
        pytest.skip("root ignores permissions and cannot mount here")
    folder.chmod(0o555)
    return lambda path: f"permission denied writing {path}; "


def test_a_read_only_output_folder_stops_the_run_before_it_starts(world, mounts):
    before = world.snapshot()
    folder = world.base / "read-only"
    said = read_only(folder, mounts)
    output = folder / "run"
    code, err = world.run(output)
    assert code == 2
    line = one_line(err)
    assert line.startswith(f"workbook: error: {said(output)}")
    assert line.endswith("choose an --output folder on another disk")
    assert not output.exists()
    assert world.snapshot() == before


def test_a_read_only_tables_folder_fails_the_run_in_one_line_and_records_it(world, mounts):
    before = world.snapshot()
    output = world.reports / "half-writable"
    said = read_only(output / "tables", mounts)
    code, err = world.run(output, "-p", f"cache_dir={world.base / 'cache'}")
    assert code == 1
    line = one_line(err)
    found = record(output)
    assert found["status"] == "failed"
    assert found["failure"]["notebook"] == "01_clean.ipynb"
    assert found["failure"]["kind"] in ("read-only", "permission")
    assert line.startswith(
        f"workbook: run failed in 01_clean.ipynb, cell {found['failure']['cell']}: "
    )
    assert said(output / "tables" / "lines.csv") in line
    assert "This run failed</strong> in 01_clean.ipynb" in (output / "index.html").read_text()
    assert world.snapshot() == before


# --- a damaged parse cache ------------------------------------------------------------


def _cut_in_half(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _alter_an_entry(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as connection:
        key = connection.execute("SELECT key FROM docs ORDER BY key LIMIT 1").fetchone()[0]
        connection.execute("UPDATE docs SET doc = substr(doc, 1, 200) WHERE key = ?", (key,))
    connection.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [(_cut_in_half, "database disk image is malformed"), (_alter_an_entry, "1 entry fails")],
    ids=["truncated", "altered entry"],
)
def test_a_damaged_cache_is_set_aside_rebuilt_and_named_in_one_warning(
    world, clean, damage, reason
):
    clean_run, filled = clean
    cache = world.base / "cache" / "parses.sqlite"
    cache.parent.mkdir()
    shutil.copy(filled, cache)
    damage(cache)
    damaged = cache.read_bytes()
    before = world.snapshot()
    output = world.reports / "after-damage"
    code, err = world.run(output, "-p", f"cache_dir={cache.parent}")
    assert code == 0, err
    assert "Traceback" not in err and "workbook:" not in err
    (aside,) = cache.parent.glob("parses.sqlite.damaged-*")
    (warning,) = [line for line in err.splitlines() if str(cache) in line]
    assert warning.startswith(f"warning: {cache}: the parse cache was damaged ({reason}")
    assert warning.endswith(
        f"); set aside as {aside.name} (not deleted) and rebuilt, so this run parses every "
        "paragraph again"
    )
    assert aside.read_bytes() == damaged
    assert parse_cache.find_damage(cache) == ""
    found = record(output)
    assert found["status"] == "ok"
    assert any(w["file"] == str(cache) for w in found["warnings"])
    # The same tables as a clean run; the warnings table has the cache's warning besides.
    assert tables(output) | {"warnings": b""} == tables(clean_run) | {"warnings": b""}
    good, latest, inputs = world.snapshot()
    assert (good, inputs) == (before[0], before[2])
    assert latest == "after-damage"
