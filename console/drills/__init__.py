"""Drills (issue #17): the trainer's drill control pane, the window of a drill account
switching into the run it trains in, the live scoreboard and the after-action reports."""
