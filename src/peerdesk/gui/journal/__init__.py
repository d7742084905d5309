"""The journal area: check-in panel, timeline and search, entry editor, calendar, trends."""
