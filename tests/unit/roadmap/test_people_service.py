from __future__ import annotations

import pytest

from peerdesk.services.people import PersonNotFound
from peerdesk.services.session import Services


def test_circle_lists_owner_first_then_by_name(services: Services) -> None:
    services.people.create("zoe", "supporter")
    services.people.create("Sam", "self", is_owner=True)
    services.people.create("Alex", "peer_specialist", contact="alex@example.org")
    assert [p.name for p in services.people.list()] == ["Sam", "Alex", "zoe"]
    assert services.people.owner() is not None
    assert services.people.owner().name == "Sam"  # type: ignore[union-attr]


def test_only_one_owner(services: Services) -> None:
    first = services.people.create("Sam", "self", is_owner=True)
    second = services.people.create("Robin", "peer_specialist", is_owner=True)
    assert services.people.get(first.id).is_owner is False
    assert services.people.owner() == services.people.get(second.id)


def test_bad_input_is_refused_in_plain_words(services: Services) -> None:
    with pytest.raises(ValueError, match="needs a name"):
        services.people.create("   ", "supporter")
    with pytest.raises(ValueError, match="Unknown role"):
        services.people.create("Kim", "boss")
    assert services.people.list() == []


def test_update_and_find_by_name(services: Services) -> None:
    kim = services.people.create("Kim", "supporter")
    services.people.update(kim.id, name="  Kim   Lee ", role="group", notes="Tuesdays")
    found = services.people.find_by_name("kim lee")
    assert found is not None
    assert (found.name, found.role, found.notes) == ("Kim Lee", "group", "Tuesdays")


def test_delete_leaves_a_tombstone_and_names_survive(services: Services) -> None:
    owner = services.people.create("Sam", "self", is_owner=True)
    kim = services.people.create("Kim", "supporter")
    services.people.delete(kim.id)
    assert [p.name for p in services.people.list()] == ["Sam"]
    assert services.people.names()[kim.id] == "Kim"
    with pytest.raises(PersonNotFound):
        services.people.get(kim.id)
    with pytest.raises(ValueError, match="owner"):
        services.people.delete(owner.id)
    services.people.restore(kim.id)
    assert services.people.get(kim.id).name == "Kim"
