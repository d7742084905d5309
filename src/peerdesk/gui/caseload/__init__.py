"""The caseload area (agency workstations): the people served and what needs attention."""
