"""The frozen console's entry point: what `cc-console` (console.app:main) runs, as a script.

PyInstaller starts from a file, not from an entry point. The same executable is also the
embedded server (`cc-console --run-embedded-server …`, see console/embedded.py): in a frozen
build `sys.executable` is this program, so the console may never start a child with `-c`.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen program that is asked to be a multiprocessing child runs the child and exits
    # here instead of starting another console (uvicorn's --workers uses spawn).
    multiprocessing.freeze_support()
    from console.app import main

    sys.exit(main())
