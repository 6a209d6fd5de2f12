"""The `kg` command and `python -m kg`: Ctrl-C and SIGTERM are answered before anything heavy loads.

Importing the command line (click, spaCy, networkx, rdflib) takes a second or more; a Ctrl-C in
that time would otherwise print a traceback. Until a command starts, nothing has been written,
so the early handlers just say so and leave with the shell's codes (130, 143).
"""

import os
import signal
import sys

EXIT_CODES = {signal.SIGINT: (130, "Interrupted."), signal.SIGTERM: (143, "Terminated.")}


def leave_at_once(signum, frame) -> None:
    code, word = EXIT_CODES[signum]
    try:
        sys.stderr.write(word + "\n")
        sys.stderr.flush()
    finally:
        os._exit(code)


def install_early_handlers() -> None:
    for signum in EXIT_CODES:
        signal.signal(signum, leave_at_once)


def main() -> None:
    install_early_handlers()
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
