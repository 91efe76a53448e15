#!/usr/bin/python3
"""Runs a command and reports the peak memory of its process tree.

    /usr/bin/python3 bench/brian2/maxrss.py CMD [ARGS...]

Passes the command's stdout and stderr through, then prints one line `MAXRSS_KB n` on stdout:
the largest resident set size (KiB) of the command or any process it waited for
(getrusage(RUSAGE_CHILDREN).ru_maxrss). For a Brian2 cpp_standalone run that is the largest of
the Python process, the compiler processes of `make` and the simulation binary; for a runtime
target (cython with a warm cache) it is the Python process. Exits with the command's status.
"""
import resource
import subprocess
import sys

r = subprocess.run(sys.argv[1:])
sys.stdout.flush()
print(f'MAXRSS_KB {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}', flush=True)
sys.exit(r.returncode)
