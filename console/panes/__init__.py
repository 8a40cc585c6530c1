"""The dockable panes (queue, detail, dispatch, results, call intake, alerts), the parts and
dialogs they are made of, the pane registry and catalog, and the pane contract (contract.py)."""
