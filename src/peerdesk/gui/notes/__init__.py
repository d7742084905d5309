"""The session notes area (agency workstations): list, editor, addenda, export."""
