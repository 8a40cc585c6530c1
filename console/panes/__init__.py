"""The main window and its panes."""
