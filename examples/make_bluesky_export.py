"""Write examples/sample_bluesky/repo.car: a fictional Bluesky repository export (CAR v1, DAG-CBOR).

Wren Calloway (the invented librarian-baker of the sample X archive) on Bluesky as
@wrenbakes.bsky.example (did:plc:wrencalloway0000000000ab). Every post was written for tweetling.
The file is shaped like "Export my data": a CAR whose root is the signed commit, whose `data`
points at the Merkle Search Tree of "collection/record-key" entries (prefix-compressed keys, left
and right subtrees). It holds what real repositories do, so that every rule fires: posts with link,
mention and hashtag facets (byte offsets over UTF-8, emoji included), languages, self-labels,
self-reply threads (pairs), replies to others, image-only posts, reposts (counted like retweets),
likes, follows and a profile (not posts), short posts and a duplicate.

Run `python examples/make_bluesky_export.py` to regenerate it (the output is deterministic; the
signature is a fixed placeholder, as nothing here checks it).
"""

# ruff: noqa: E501  (the posts are data: one per line reads better than wrapped strings)
from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import libipld

OUT = Path(__file__).resolve().parent / "sample_bluesky"
DID = "did:plc:wrencalloway0000000000ab"
OTHERS = ("did:plc:moreyes000000000000000ab", "did:plc:junokada00000000000000ab")
START = datetime(2024, 9, 3, 6, 50, tzinfo=UTC)
_B32 = "abcdefghijklmnopqrstuvwxyz234567"

POSTS = [
    "First post here! Librarian, baker, allotment keeper. Gerald the sourdough starter says hello too.",
    "Morning ride along the river, mist on the water and a heron standing very still on the weir.",
    "Baked a seeded spelt loaf for the library staff room. It lasted eleven minutes.",
    "The allotment squash have taken over the path. I now walk around them like a guest in their home.",
    "Story time today was about a hedgehog who borrowed too many books. Very relatable.",
    "Rain on the library skylight all afternoon, and every reader in the building went quiet to listen.",
    "Cinnamon buns with cardamom again. I have no regrets and very sticky fingers.",
    "Practising kanji on the bus. The character for forest is three trees, which feels fair.",
    "Reorganised the seed tin by sowing month. Future me will be grateful, present me is smug.",
    "The kettle whistled at the exact moment the crossword clicked. A perfect morning.",
    "Found a 1950s bread pamphlet in the donations box. It recommends baking bread with a positive attitude.",
    "Picked the last tomatoes before the frost and lined them up on the windowsill to ripen.",
]
RICH = [  # (text, facets as (substring, kind, value)); kinds: link, mention, tag
    (
        "Our seed swap is open again: riverbend-library.example/seed-sw... bring beans, take beans 🌱",
        [
            (
                "riverbend-library.example/seed-sw...",
                "link",
                "https://riverbend-library.example/seed-swap-autumn-2024",
            )
        ],
    ),
    (
        "Bread chat with @mo.bsky.example this weekend, bring your starters and your questions #sourdough",
        [("@mo.bsky.example", "mention", OTHERS[0]), ("#sourdough", "tag", "sourdough")],
    ),
    (
        "🍞 Rye attempt three worked: 100% rye, two days of patience, one very proud baker. #bread #baking",
        [("#bread", "tag", "bread"), ("#baking", "tag", "baking")],
    ),
]
THREAD = [
    "A small thread about running a library seed swap, since a few of you asked.",
    "First: label everything with the year. Seeds keep, but not forever.",
    "Second: people give more than they take, so you will always have spare beans.",
    "Third: somebody will bring one enormous pumpkin seed with a story. Listen to the story.",
]
REPLIES = [  # replies to other people's posts (not in the repository)
    (
        OTHERS[0],
        "3kmoreyesbread01",
        "That crumb is gorgeous, how long was the cold proof on this one?",
    ),
    (
        OTHERS[1],
        "3kjunokadaride01",
        "The lane by the church is dry now, the canal path is still flooded past the lock.",
    ),
]
LABELLED = (
    "Cleaning out the allotment compost bin today and I found things no one should see before lunch.",
    ["graphic-media"],
)
JAPANESE = "今日は図書館で新しいパンの本を見つけました。"
SHORT = ["Yes!", "good morning 🌞"]
DUPLICATE = POSTS[2]
IMAGES_ONLY = 1
REPOSTS = [
    (OTHERS[0], "3kmoreyesbread02"),
    (OTHERS[1], "3kjunokadaride02"),
    (OTHERS[0], "3kmoreyesbread03"),
]


def _tid(n: int) -> str:
    """Return a record key shaped like a TID (13 base32-sortable characters), increasing with n."""
    value = 1_725_000_000_000_000 * 1024 + n * 7_919
    chars = []
    for _ in range(13):
        chars.append(_B32[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _cid(data: bytes) -> bytes:
    """Return the binary CIDv1 (dag-cbor, sha2-256) of a block."""
    return bytes([0x01, 0x71, 0x12, 0x20]) + hashlib.sha256(data).digest()


def _varint(n: int) -> bytes:
    """Return an unsigned LEB128 varint."""
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _facets(text: str, specs: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Return facets with UTF-8 byte offsets for each (substring, kind, value)."""
    data = text.encode("utf-8")
    facets = []
    for shown, kind, value in specs:
        start = data.index(shown.encode("utf-8"))
        feature: dict[str, Any] = {"$type": f"app.bsky.richtext.facet#{kind}"}
        feature[{"link": "uri", "mention": "did", "tag": "tag"}[kind]] = value
        facets.append(
            {
                "$type": "app.bsky.richtext.facet",
                "index": {"byteStart": start, "byteEnd": start + len(shown.encode("utf-8"))},
                "features": [feature],
            }
        )
    return facets


class _Repo:
    """Collect records and blocks, then write the MST, the commit and the CAR."""

    def __init__(self) -> None:
        self.blocks: dict[bytes, bytes] = {}
        self.entries: dict[str, bytes] = {}  # "collection/rkey" -> record CID
        self.n = 0

    def put(self, value: Any) -> bytes:
        """Store a block and return its CID."""
        data = libipld.encode_dag_cbor(value)
        cid = _cid(data)
        self.blocks[cid] = data
        return cid

    def when(self) -> str:
        """Return the next createdAt."""
        self.n += 1
        at = START + timedelta(hours=13 * self.n, minutes=3 * (self.n % 17))
        return at.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def add(self, collection: str, record: dict[str, Any]) -> str:
        """Store a record under a new TID key; return its at:// URI."""
        key = f"{collection}/{_tid(len(self.entries) + 1)}"
        self.entries[key] = self.put(record)
        return f"at://{DID}/{key}"

    def post(self, text: str, **extra: Any) -> tuple[str, bytes]:
        """Add a post record; return (uri, cid)."""
        record = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": self.when(),
            "langs": extra.pop("langs", ["en"]),
            **extra,
        }
        uri = self.add("app.bsky.feed.post", record)
        return uri, self.entries[uri.split("/", 3)[3]]

    def _node(self, keys: list[str], left: bytes | None, subtrees: dict[str, bytes]) -> bytes:
        """Store one MST node over sorted keys (each entry may carry a right subtree)."""
        entries, previous = [], b""
        for key in keys:
            raw = key.encode()
            shared = 0
            while shared < min(len(raw), len(previous)) and raw[shared] == previous[shared]:
                shared += 1
            entries.append(
                {"k": raw[shared:], "p": shared, "t": subtrees.get(key), "v": self.entries[key]}
            )
            previous = raw
        return self.put({"e": entries, "l": left})

    def car(self) -> bytes:
        """Build a three-node tree (root with a left subtree and a right one), commit, and CAR."""
        keys = sorted(self.entries)
        third = len(keys) // 3
        left = self._node(keys[:third], None, {})
        right = self._node(keys[2 * third :], None, {})
        # The right subtree hangs after the root's last entry: in-order, keys stay sorted.
        root = self._node(keys[third : 2 * third], left, {keys[2 * third - 1]: right})
        commit = self.put(
            {
                "did": DID,
                "version": 3,
                "data": root,
                "rev": _tid(9999),
                "prev": None,
                "sig": bytes(64),
            }
        )
        header = libipld.encode_dag_cbor({"version": 1, "roots": [commit]})
        out = bytearray(_varint(len(header)) + header)
        for cid in [commit, *sorted(c for c in self.blocks if c != commit)]:
            out += _varint(len(cid) + len(self.blocks[cid])) + cid + self.blocks[cid]
        return bytes(out)


def build() -> bytes:
    """Return the repository as CAR bytes."""
    repo = _Repo()
    repo.add(
        "app.bsky.actor.profile",
        {
            "$type": "app.bsky.actor.profile",
            "displayName": "Wren Calloway",
            "description": "Librarian, baker, allotment keeper.",
        },
    )
    for did in OTHERS:
        repo.add(
            "app.bsky.graph.follow",
            {"$type": "app.bsky.graph.follow", "subject": did, "createdAt": repo.when()},
        )
    for index, text in enumerate(POSTS):
        repo.post(text)
        if index % 4 == 3:
            did, rkey = REPOSTS[index // 4]
            repo.add(
                "app.bsky.feed.repost",
                {
                    "$type": "app.bsky.feed.repost",
                    "subject": {
                        "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
                        "cid": "bafyreigh2akiscaildc6iwk4y5gkqe3o7m3lx6iakoaakrzhwgm5pzduqa",
                    },
                    "createdAt": repo.when(),
                },
            )
            repo.add(
                "app.bsky.feed.like",
                {
                    "$type": "app.bsky.feed.like",
                    "subject": {
                        "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
                        "cid": "bafyreigh2akiscaildc6iwk4y5gkqe3o7m3lx6iakoaakrzhwgm5pzduqa",
                    },
                    "createdAt": repo.when(),
                },
            )
    for text, specs in RICH:
        repo.post(text, facets=_facets(text, specs))
    root_uri, root_cid = repo.post(THREAD[0])
    parent = (root_uri, root_cid)
    for text in THREAD[1:]:
        ref = {
            "root": {"uri": root_uri, "cid": libipld.encode_cid(root_cid)},
            "parent": {"uri": parent[0], "cid": libipld.encode_cid(parent[1])},
        }
        parent = repo.post(text, reply=ref)
    for did, rkey, text in REPLIES:
        target = {
            "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
            "cid": "bafyreigh2akiscaildc6iwk4y5gkqe3o7m3lx6iakoaakrzhwgm5pzduqa",
        }
        repo.post(text, reply={"root": target, "parent": target})
    text, labels = LABELLED
    repo.post(
        text,
        labels={
            "$type": "com.atproto.label.defs#selfLabels",
            "values": [{"val": v} for v in labels],
        },
    )
    repo.post(JAPANESE, langs=["ja"])
    for text in SHORT:
        repo.post(text)
    repo.post(DUPLICATE)
    for _ in range(IMAGES_ONLY):
        raw_cid = (
            bytes([0x01, 0x55, 0x12, 0x20]) + hashlib.sha256(b"loaf.jpg").digest()
        )  # a raw-codec blob link
        image = {"$type": "blob", "ref": raw_cid, "mimeType": "image/jpeg", "size": 48213}
        repo.post(
            "",
            embed={
                "$type": "app.bsky.embed.images",
                "images": [
                    {
                        "alt": "A loaf cooling on a rack",
                        "image": image,
                        "aspectRatio": {"width": 4, "height": 3},
                    }
                ],
            },
        )
    return repo.car()


def write(out: Path = OUT) -> Path:
    """Write repo.car into out and return its path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "repo.car"
    path.write_bytes(build())
    return path


def main() -> None:
    """Regenerate examples/sample_bluesky/repo.car."""
    path = write()
    print(f"wrote {path.stat().st_size:,} bytes to {path}")


if __name__ == "__main__":
    main()
