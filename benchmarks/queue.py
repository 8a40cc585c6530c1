"""The queue benchmark (issue #14): the console's case queue at 100,000 open cases.

    python -m benchmarks.queue [--display :7] [--json FILE] [--cases 144000]

Prints every figure of the issue's table with its target: launch to the first screenful and
to all cases loaded, GUI stalls while loading and when idle, cases loaded / shown, peak RSS,
sorting and filtering in the window at 100,000 and in the model alone at 1,000,000 rows,
GUI-thread CPU at ~1,000 feed events a second (rows updated in place, rows that move), and
dispatch → row painted at 50 real actions a second. See benchmarks/README.md ("The queue").

The run is in `benchmarks.queue_run`, the console's side in `benchmarks.queue_console`, the
model alone in `benchmarks.queue_model`, the GUI instruments in `benchmarks.queue_gui`.
"""

if __name__ == "queue":
    # A script run as `python benchmarks/<name>.py` has this directory first on sys.path, so
    # the standard library's `import queue` (concurrent.futures, urllib3, logging, …) lands
    # here. Be that module then: load the real one in this module's place.
    import importlib.util
    import sys
    import sysconfig
    from pathlib import Path

    _spec = importlib.util.spec_from_file_location(
        "queue", Path(sysconfig.get_paths()["stdlib"]) / "queue.py"
    )
    assert _spec is not None and _spec.loader is not None
    _real = importlib.util.module_from_spec(_spec)
    sys.modules["queue"] = _real
    _spec.loader.exec_module(_real)
    globals().update({k: v for k, v in vars(_real).items() if not k.startswith("__")})
else:
    import sys
    from pathlib import Path

    if __name__ == "__main__" and __package__ in (None, ""):  # run as a file
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    def main(argv: list[str] | None = None) -> int:
        """Run the benchmark and print its table."""
        from benchmarks.queue_run import main as run

        return run(argv)

    if __name__ == "__main__":
        sys.exit(main())
