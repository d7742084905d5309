"""Exports that need Qt (PDF through QTextDocument and QPdfWriter)."""
