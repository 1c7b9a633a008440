"""Runs a command on a pseudo-terminal, typing each line of stdin after a prompt appears; prints what the terminal showed.

Used by tests that need a real TTY (the CLI asks for its key passphrase only on a terminal)."""
import os
import pty
import select
import sys
import time

answers = sys.stdin.read().splitlines()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])

screen = b''


def read_for(seconds):
    global screen
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return False
            if not chunk:
                return False
            screen += chunk
    return True


for answer in answers:
    deadline = time.time() + 20
    seen = screen.count(b':')
    while screen.count(b':') == seen and time.time() < deadline and read_for(0.2):
        pass
    os.write(fd, answer.encode() + b'\r')
while read_for(0.5):
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(screen.decode(errors='replace'))
sys.exit(os.waitstatus_to_exitcode(status))
