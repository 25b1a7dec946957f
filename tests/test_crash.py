"""kill -9 during add, replace, remove and rebuild: the corpus stays intact, and after
recovery (``anfragen check --repair``, or automatically on the next write) corpus and index
agree and hold either the whole change or none of it.

Each kill is a real SIGKILL of a real child process (forked after the imports, so one
attempt costs milliseconds, not an interpreter start).  Two kinds of kill points:

* file-system steps: the child counts every call that changes the file system (``open``
  for writing, ``os.replace``, ``os.unlink``, ``os.fsync`` …) and SIGKILLs itself right
  before call N — the first and last step and a random sample in between by default, every
  step of every operation with ``ANFRAGEN_CRASH_SOAK=1``;
* random moments: the parent SIGKILLs the child after a random delay within the
  operation's runtime (a few per operation; many more when soaking).

The sample is drawn from ``ANFRAGEN_CRASH_SEED`` (random unless set; printed on failure).
"""

from __future__ import annotations

import builtins
import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import Archive, Engine
from web.cli import main

from .archive_helpers import (
    env_flag,
    fresh_installation,
    indexed_ids,
    make_answer,
    marker,
    visible_files,
)

MUTATING_OS_CALLS = (
    "replace",
    "rename",
    "unlink",
    "remove",
    "rmdir",
    "mkdir",
    "symlink",
    "fsync",
    "ftruncate",
    "truncate",
)
SOAK = env_flag("ANFRAGEN_CRASH_SOAK")
STEPS_PER_OPERATION = None if SOAK else 6
RANDOM_KILLS = 50 if SOAK else 3
SEED = int(os.environ.get("ANFRAGEN_CRASH_SEED") or random.SystemRandom().randrange(10**6))


class Scenario:
    """One operation on a copy of a template installation, with the corpus before and after."""

    def __init__(self, name: str, root: Path, run) -> None:
        self.name, self.root, self.run = name, root, run
        self.template = root / "template"
        self.work = root / "work"
        self.corpus, self.index = self.work / "corpus", self.work / "index"
        self.before = visible_files(self.template / "corpus")
        self.reset()
        run(self)
        self.after = visible_files(self.corpus)
        assert self.after != self.before or name == "rebuild"

    def reset(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)
        shutil.copytree(self.template, self.work, symlinks=True)

    def archive(self) -> Archive:
        return Archive(self.corpus, self.index, lock_timeout=2)


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory) -> list[Scenario]:
    root = tmp_path_factory.mktemp("crash")
    incoming = root / "incoming"
    new = make_answer(incoming, 7001)
    corrected = make_answer(incoming / "v2", 7002, extra_sentence="nach Korrektur ")
    operations = {
        "add": lambda s: s.archive().add(new),
        "replace": lambda s: s.archive().add(corrected),
        "remove": lambda s: s.archive().remove("nw-17-7002"),
        "rebuild": lambda s: s.archive().rebuild(),
    }
    result = []
    for name, run in operations.items():
        fresh_installation(root / name / "template", extra=(7002,))
        result.append(Scenario(name, root / name, run))
    return result


def run_child(scenario: Scenario, kill_before_call: int | None, count_file: Path | None = None) -> int:
    """Fork a child that runs the scenario's operation; returns the child's wait status."""
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        try:
            calls = _install_kill_switch(kill_before_call)
            scenario.run(scenario)
            if count_file is not None:
                count_file.write_text(str(calls[0]))
            os._exit(0)
        except BaseException:
            os._exit(3)
    return pid


def _install_kill_switch(kill_before_call: int | None) -> list[int]:
    calls = [0]

    def counted(function):
        def wrapper(*args, **kwargs):
            calls[0] += 1
            if kill_before_call is not None and calls[0] >= kill_before_call:
                os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)

        return wrapper

    for name in MUTATING_OS_CALLS:
        setattr(os, name, counted(getattr(os, name)))
    real_open = builtins.open
    counted_open = counted(real_open)

    def open_(file, mode="r", *args, **kwargs):
        writing = any(flag in mode for flag in "wax+")
        return (counted_open if writing else real_open)(file, mode, *args, **kwargs)

    builtins.open = open_
    return calls


def wait_killed(pid: int) -> bool:
    """True if the child died of SIGKILL, False if it finished; fails on any other end."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0, f"child failed with exit status {os.WEXITSTATUS(status)}"
    return False


def assert_intact(scenario: Scenario) -> None:
    """Right after the kill, before any recovery: every visible corpus file is a complete
    version (old or new), never a torn one."""
    for name, data in visible_files(scenario.corpus).items():
        assert data in (scenario.before.get(name), scenario.after.get(name)), f"{scenario.name}: {name} torn"


def assert_consistent_after_repair(scenario: Scenario, repair, search: bool = False) -> str:
    repair(scenario)
    corpus = visible_files(scenario.corpus)
    assert corpus in (scenario.before, scenario.after), f"{scenario.name}: corpus is a mix of old and new"
    report = scenario.archive().check()
    assert report.ok, (scenario.name, report.lines())
    assert not (scenario.corpus / ".staging").exists()
    corpus_ids = {name.rsplit(".", 1)[0] for name in corpus}
    assert indexed_ids(scenario.index) == corpus_ids
    if search:  # what a user sees; the fingerprints above already prove the same, faster
        engine = Engine(scenario.index)
        for number in (7001, 7002):
            hits = {hit.doc_id for hit in engine.search(marker(number)).hits}
            assert hits == ({f"nw-17-{number}"} & corpus_ids)
        assert engine.search("Teilhabechancengesetz").total >= 3
    return "after" if corpus == scenario.after else "before"


def repair_with_cli(scenario: Scenario) -> None:
    result = CliRunner().invoke(
        main, ["--corpus", str(scenario.corpus), "--index", str(scenario.index), "check", "--repair"]
    )
    assert result.exit_code == 0, result.output


def repair_by_next_write(scenario: Scenario) -> None:
    """The next add recovers by itself; the probe document is then removed again."""
    probe = make_answer(scenario.root / "probe", 7999)
    scenario.archive().add(probe)
    scenario.archive().remove("nw-17-7999")


def test_kill_at_file_system_steps(scenarios, tmp_path):
    rng = random.Random(SEED)
    tested = available = 0
    for scenario in scenarios:
        scenario.reset()
        count_file = tmp_path / f"{scenario.name}.calls"
        assert not wait_killed(run_child(scenario, None, count_file))
        total = int(count_file.read_text())
        assert total > 5, f"{scenario.name}: only {total} file-system calls seen"
        points = list(range(1, total + 1))
        if STEPS_PER_OPERATION is not None:
            points = sorted({1, total, *rng.sample(points[1:-1], STEPS_PER_OPERATION - 2)})
        for n in points:
            scenario.reset()
            context = f"{scenario.name}, kill before step {n}/{total}, ANFRAGEN_CRASH_SEED={SEED}"
            assert wait_killed(run_child(scenario, n)), context
            assert_intact(scenario)
            repair = repair_with_cli if n % 2 else repair_by_next_write
            outcome = assert_consistent_after_repair(scenario, repair, search=n == total)
            if scenario.name != "rebuild" and n in (1, total):
                assert outcome == ("before" if n == 1 else "after"), context
            tested += 1
        available += total
    print(f"\n{tested} of {available} file-system kill points tested (seed {SEED}), all recovered")


def test_kill_at_random_moments(scenarios):
    rng = random.Random(SEED)
    killed = 0
    for scenario in scenarios:
        scenario.reset()
        started = time.perf_counter()
        assert not wait_killed(run_child(scenario, None))
        duration = time.perf_counter() - started
        for _ in range(RANDOM_KILLS):
            scenario.reset()
            pid = run_child(scenario, None)
            time.sleep(rng.uniform(0, duration))
            os.kill(pid, signal.SIGKILL)
            killed += wait_killed(pid)
            assert_intact(scenario)
            assert_consistent_after_repair(scenario, repair_with_cli)
    print(f"\n{killed} random kills mid-operation (seed {SEED}), all recovered")
