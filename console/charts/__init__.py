"""The charts pane: economic indicators and case KPIs, drawn with pyqtgraph."""
