"""Time a full rebuild: wall seconds and CPU seconds of the main process and of its workers.

CPU seconds say what a build costs even on a busy machine, where wall time mostly says how
busy the machine was.  To compare with an older state, put that state's tree first on the
path (``git archive <commit> | tar -x -C /tmp/old``, then ``PYTHONPATH=/tmp/old``).

    .venv/bin/python bench/build_time.py CORPUS INDEX [--procs 2]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import indexer
from indexer import Archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index", type=Path)
    parser.add_argument("--procs", type=int, default=2)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    before, started = os.times(), time.perf_counter()
    report = Archive(args.corpus, args.index).rebuild(procs=args.procs)
    wall, after = time.perf_counter() - started, os.times()
    main_cpu = after.user - before.user + after.system - before.system
    workers_cpu = after.children_user - before.children_user + after.children_system - before.children_system
    print(
        f"{Path(indexer.__file__).parent.parent}: {report.documents} Dokumente, {report.records} Absätze, "
        f"procs {args.procs}: {wall:.1f} s Wand, CPU Hauptprozess {main_cpu:.1f} s, Arbeitsprozesse "
        f"{workers_cpu:.1f} s; Last vorher/nachher {load:.1f}/{os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
