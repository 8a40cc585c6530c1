"""The administrator's screens (issue #12): calendar, SLA rules, users, cameras, admin log."""
