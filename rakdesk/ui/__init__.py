"""The PySide6 user interface. It calls rakdesk.core; the core never imports Qt."""
