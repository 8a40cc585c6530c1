"""CPU used during a measurement, from /proc: by the server's process tree (its worker
processes included), by the load generator and by everything else on a shared machine."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass


@dataclass
class CpuShare:
    """Cores used on average during a measurement."""

    server: float = 0.0
    loadgen: float = 0.0
    others: float = 0.0


def _tree_ticks(root: int) -> int:
    """CPU ticks (user + system) of a process and its live descendants (worker processes)."""
    parent_of: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                parts = stat.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue  # ended meanwhile
        pid = int(entry.name)
        parent_of[pid] = int(parts[1])
        ticks[pid] = int(parts[11]) + int(parts[12])
    total = 0
    for pid, own in ticks.items():
        ancestor = pid
        while ancestor not in (0, 1) and ancestor != root:
            ancestor = parent_of.get(ancestor, 0)
        if ancestor == root:
            total += own
    return total


class CpuMeter:
    """CPU time of the machine and of one process tree (the server and its workers)."""

    def __init__(self, pid: int | None) -> None:
        self.pid = pid
        self.tick = os.sysconf("SC_CLK_TCK")
        self.start = self._sample()

    def _sample(self) -> tuple[float, float, float]:
        with open("/proc/stat") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
        idle = fields[3] + fields[4]
        busy = (sum(fields[:8]) - idle) / self.tick
        process = 0.0 if self.pid is None else _tree_ticks(self.pid) / self.tick
        return time.monotonic(), busy, process

    def stop(self, loadgen_seconds: float) -> CpuShare:
        """Average cores over the interval; `loadgen_seconds` is the load generator's CPU."""
        end = self._sample()
        wall = max(end[0] - self.start[0], 1e-9)
        busy = end[1] - self.start[1]
        server = end[2] - self.start[2]
        others = max(0.0, busy - server - loadgen_seconds)
        return CpuShare(server / wall, loadgen_seconds / wall, others / wall)
