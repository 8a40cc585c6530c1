"""cc-console: the PySide6 operator console of the district governance command center."""
