"""Compiled forms: see scripts/compile_ui.py."""
