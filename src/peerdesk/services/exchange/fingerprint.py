"""Fingerprints in words: six plain English words two people can compare aloud.

The words come from SHA-256 of the 32-byte Ed25519 public signing key, one byte per word
(256 words, so each word carries 8 bits: six words = 48 bits, plenty to notice a swapped key
when both people read them out, though not a substitute for keeping the key itself).
"""

from __future__ import annotations

import hashlib

FINGERPRINT_WORDS = 6

# 256 short, distinct, concrete words (no two identical; order is part of the format).
_WORDS = """
acorn actor adult agent alarm album alley amber angle ankle apple apron arena arrow aspen
atlas attic autumn bacon badge bagel baker bamboo banjo barn basil basket beach beard bench
berry bison blanket boat bonnet border bottle bread brick bridge brook broom bucket bundle
butter button cabin cactus camel candle canoe canyon carpet carrot castle cattle cedar cello
chalk cherry chess cider circle clock cloud clover coast cocoa coffee comet copper coral
cotton cougar cradle crayon crown cup curtain daisy dance delta desert diamond dolphin
donkey dragon drum eagle earth easel echo elbow elm ember engine falcon fabric feather fence
fern ferry fiddle field finch flag flute forest fossil fox frog garden garlic giant ginger
glacier globe goose grape gravel guitar hammer harbor harp hazel helmet heron hill honey
hook horse hotel island ivory jacket jaguar jelly jigsaw kettle kitten koala ladder lagoon
lake lamp lantern lemon lily lion lizard llama magnet mango maple marble meadow melon mirror
mitten monkey moose muffin museum napkin nest noodle oak ocean olive onion orange orbit
otter owl paddle palace panda paper parrot peach peanut pebble pencil pepper piano pickle
pillow pilot pine planet plum pocket pony potato pumpkin puzzle quilt rabbit radio rainbow
raven ribbon river robin rocket saddle salmon sandal scarf seal shadow sheep shell shovel
silver skate sled snail sock sofa spider spoon stable star statue stone storm sugar summer
sunset swan table teapot tiger timber toast tomato tulip tunnel turtle valley velvet violin
wagon walnut walrus wheel whistle willow window winter wizard wolf yogurt zebra zipper
"""
WORDLIST: tuple[str, ...] = tuple(_WORDS.split())


def fingerprint_words(signing_public: bytes, count: int = FINGERPRINT_WORDS) -> tuple[str, ...]:
    """The words for a public signing key (a domain-separated SHA-256, one byte per word)."""
    digest = hashlib.sha256(b"peerdesk-fingerprint/v1\0" + signing_public).digest()
    return tuple(WORDLIST[b] for b in digest[:count])


def fingerprint_text(signing_public: bytes) -> str:
    """The words joined by spaces, e.g. "maple otter comet basil harbor quilt"."""
    return " ".join(fingerprint_words(signing_public))
