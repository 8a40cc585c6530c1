"""The frame around the panes: launcher and sign-in, the main window, its docks, saved layout,
status bar and banners, and the wiring between panes (alerts, call-to-dispatch flow, everyday
commands). The top of the console: nothing else in it imports the shell."""
