"""What a signed-in window runs besides its views: the live queue, the outbox sync, dispatch
aids, case and bulk commands, attachments from disk, the alert sound, and the PaneContext that
hands them to the panes. Owns state, I/O and signals; imports no pane, shell or pane package."""
