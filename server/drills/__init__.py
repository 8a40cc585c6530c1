"""Drills (docs/api-drills.md): scenarios, runs on their own clock, scripted departments,
scores and the after-action report. Built on the case services: a drill case is made and
moved by the same code as a live one, with drill=true and its run's id."""
