"""Run one command as a whole process and write its figures as JSON:
`python -S benchmarks/launch.py OUT.json CMD ARGS…`.

Linux carries a process's peak RSS across exec from the memory it had at fork, so a command
started by a benchmark that holds 200 MB would report at least 200 MB. This launcher is tiny:
what it forks inherits almost nothing, and the peak RSS it reads (wait4) is the command's own.
CPU is the growth of getrusage(RUSAGE_CHILDREN): user + system, start-up and exit included.
"""

import json
import os
import resource
import sys
import time

out, cmd = sys.argv[1], sys.argv[2:]
before = resource.getrusage(resource.RUSAGE_CHILDREN)
started = time.perf_counter()
pid = os.posix_spawn(cmd[0], cmd, os.environ)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
kib = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss
with open(out, "w") as fh:
    json.dump(
        {"wall": wall, "cpu": cpu, "rss_mb": kib / 1024, "code": os.waitstatus_to_exitcode(status)},
        fh,
    )
