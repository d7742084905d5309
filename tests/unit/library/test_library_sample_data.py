"""The demo vault's library part: Sam's use logs and crisis plan, from resources/demo."""

from __future__ import annotations

from peerdesk.services.sample_data import fill_sample_data, load_demo_data
from peerdesk.services.session import Services


def test_sample_data_fills_uses_and_the_crisis_plan(services: Services) -> None:
    data = load_demo_data()
    fill_sample_data(services)
    uses = services.library.all_uses()
    assert len(uses) == len(data["strategy_uses"])
    assert all(u.distress_before is not None for u in uses)
    plan = services.crisis_plan.plan()
    for section, items in data["crisis_plan"].items():
        assert len(plan.section(section)) == len(items), section
    linked = plan.section("self_help")
    assert all(item.strategy_id for item in linked)
    helpers = plan.section("ask_for_help")
    assert all(item.text and item.person_id for item in helpers)
