"""prepare_bundle / finish_open: the two-step seal and open a GUI runs around scrypt."""

from __future__ import annotations

import pytest

from peerdesk.services.exchange.bundle import open_bundle
from peerdesk.services.exchange.errors import OwnBundleError, PassphraseNeededError
from peerdesk.services.exchange.service import ShareRequest
from tests.unit.exchange.conftest import SHARE_PASSPHRASE, Pair, use


def test_prepared_bundle_opens_in_two_steps(pair: Pair) -> None:
    jo = use(pair.jo)
    sam_here = jo.people.create("Sam Rivera", "self")
    goal = jo.roadmap.create_goal(sam_here.id, "Find a flat")
    prepared = jo.exchange.prepare_bundle(ShareRequest("roadmap", sam_here.id))
    assert prepared.recipient is None
    data = prepared.seal(SHARE_PASSPHRASE)
    with pytest.raises(OwnBundleError):
        jo.exchange.finish_open(open_bundle(data, None, share_passphrase=SHARE_PASSPHRASE))

    sam = use(pair.sam)
    with pytest.raises(PassphraseNeededError):
        sam.exchange.open(data)
    opened = sam.exchange.finish_open(open_bundle(data, None, share_passphrase=SHARE_PASSPHRASE))
    assert opened.contact is None
    preview = sam.exchange.preview_bundle(opened)
    assert preview.counts["new"] >= 1
    sam.exchange.apply(preview, pin_sender=True)
    assert [sam.roadmap.get_goal(g).title for g in sam.roadmap.roadmap_goal_ids()] == [goal.title]
    # A reply to the now pinned contact: by key, instant, one step.
    contact = sam.contacts.list_contacts()[0]
    reply = sam.exchange.prepare_bundle(ShareRequest("roadmap"), to_contact=contact.id)
    assert reply.recipient == contact.age_recipient
    back = reply.seal()
    jo = use(pair.jo)
    assert jo.exchange.open(back).header.scope_kind == "roadmap"
