"""Caseload GUI fixtures."""

from tests.gui.agency_fixtures import agency_controller, agency_policy, agency_policy_text

__all__ = ["agency_controller", "agency_policy", "agency_policy_text"]
