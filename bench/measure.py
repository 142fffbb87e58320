"""Timing one command the way a user meets it: wall time of a fresh process, its peak memory
(the largest process, from the kernel's own accounting) and the peak of the whole process tree
(sampled, since indexing may fan out to worker processes whose memory adds up)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    wall: float  # seconds
    rc: int
    maxrss_mb: float  # largest single process in the tree (kernel peak or sampled)
    tree_mb: float  # largest sampled sum over the tree
    cpu_s: float  # user + system CPU over the tree (kernel totals or samples, the larger)
    stdout: str
    stderr: str
    cpu_main_s: float = 0.0  # of cpu_s, the command's own process (the index writer)


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


_TICK = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


def _tree_sample(pid: int, cpu: dict[int, float]) -> tuple[float, float]:
    """(sum of RSS in MB, largest RSS in MB) over `pid` and its descendants; records each
    process's CPU seconds so far in `cpu` (the last sample of a process is what counts)."""
    kids, todo, total, largest = _children(), [pid], 0.0, 0.0
    while todo:
        p = todo.pop()
        todo.extend(kids.get(p, ()))
        try:
            with open(f"/proc/{p}/stat", "rb") as fh:
                stat = fh.read()
            with open(f"/proc/{p}/statm", "rb") as fh:
                rss = int(fh.read().split()[1]) * _PAGE / 2**20
        except OSError:
            continue
        fields = stat[stat.rindex(b")") + 2:].split()
        cpu[p] = (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
        total += rss
        largest = max(largest, rss)
    return total, largest


def run(cmd: list[str], env: dict[str, str] | None = None, sample: bool = True,
        timeout: float = 1800.0) -> Run:
    """Run `cmd` to completion (killed after `timeout` s); never raises on a failing command
    (rc says so)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        peak, done, cpu = [0.0, 0.0], threading.Event(), {}

        def sampler() -> None:
            while not done.wait(0.05):
                total, largest = _tree_sample(proc.pid, cpu)
                peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)

        thread = threading.Thread(target=sampler, daemon=True)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        if sample:
            thread.start()
        # wait4 gives this child's own resource usage, not the sum over every earlier child.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sample:
            thread.join()
        out.seek(0)
        err.seek(0)
        # Workers started by a forkserver are not this child's children, so the kernel's
        # totals miss them; the samples see them (to within one 50 ms sample each).
        own = usage.ru_maxrss / 1024
        return Run(wall, proc.returncode, max(own, peak[1]), max(peak[0], own),
                   max(usage.ru_utime + usage.ru_stime, sum(cpu.values())),
                   out.read(), err.read(), cpu.get(proc.pid, 0.0))


def folder_mb(path: Path) -> float:
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            try:
                total += os.stat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total / 2**20


def median(xs: list[float]) -> float:
    s = sorted(xs)
    if not s:
        return float("nan")
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def percentile(xs: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): a value that was actually measured."""
    s = sorted(xs)
    if not s:
        return float("nan")
    rank = max(1, min(len(s), -(-q * len(s) // 100)))
    return s[int(rank) - 1]
