"""GENERATED Qt Designer forms (packaging/build_ui.py). Do not edit."""
