"""The map pane (Ctrl+M): the district's layers, cases, cameras, patrols and intake heat."""
