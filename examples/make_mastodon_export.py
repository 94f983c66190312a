"""Write examples/sample_mastodon/: a fictional Mastodon account export (outbox.json, actor.json).

Wren Calloway (@wren@riverbend.example) is the invented librarian-baker of the sample X archive,
here on a fictional Mastodon server; every post was written for tweetling. The export has the
shape Mastodon's "Request your archive" gives (an ActivityStreams OrderedCollection of Create and
Announce activities) and the quirks real ones carry, so that every reading and cleaning rule fires:
HTML paragraphs, mentions, hashtags and shortened links; self-reply threads (pairs); replies to
others; boosts (one with its object inline, as Mastodon writes private self-boosts); content
warnings and sensitive posts; a bridge's crossposted "RT @" tweet; public, unlisted,
followers-only and direct visibility; a poll (Question); a quote post's "RE:" fallback; a Create
whose object is only a URI; media-only posts; short posts and duplicates.

Run `python examples/make_mastodon_export.py` to regenerate it (the output is deterministic).
"""

# ruff: noqa: E501  (the posts are data: one per line reads better than wrapped strings)
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "sample_mastodon"
SERVER = "https://riverbend.example"
ACTOR = f"{SERVER}/users/wren"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
FOLLOWERS = f"{ACTOR}/followers"
START = datetime(2023, 2, 1, 8, 15, tzinfo=UTC)

# Public posts kept as they are (HTML as Mastodon writes it; {tag:x}, {at:x@y}, {link:url} expand).
ORIGINALS = """
Frost on the allotment this morning. The leeks look unbothered, which I respect.
Gerald the sourdough starter has moved to Mastodon with me. He says hello and would like more flour.
Library quiz night was a triumph. Our team name was The Overdue Books and we came second.
Rode along the canal in the rain and saw a heron catch a fish. Worth every wet sock.
Made a rye and caraway loaf today. The kitchen smells like a Scandinavian bakery.
Biscuit the cat has discovered the radiator shelf. We will not see her again until April.
Reading group is doing a mystery novel this month. I guessed the ending by chapter three, then doubted myself.
Planted broad beans under the cloche. See you in spring, little ones.
Learning a new Japanese verb form on the bus each morning. Today: the polite volitional, shall we.
A patron returned a book with a pressed violet in it. I put it back in for the next reader.
Tried a new cinnamon bun recipe with cardamom. Six buns left the tray, four reached the plate.
The river is very high today. Half the town is on the bridge looking at it like it owes them money.
Sorting the donated cookbooks and found a 1962 guide to aspic. We are keeping it for morale.
Evening ride home, pink sky, a single bat doing laps over the lane. Lovely end to the day.
My seed catalogue arrived and I have already planned a garden three times the size of my plot.
Baking tip: weigh your flour. Cups are a suggestion, grams are a promise.
Story time today was about a bear who wanted a library card. The children were in favour.
Repotted the rosemary and it rewarded me by smelling wonderful all afternoon.
Porridge, honey, a window open and a blackbird practising scales on the fence. Good morning.
The kettle broke and I boiled water in a saucepan like a pioneer. New kettle arrives tomorrow.
""".strip().splitlines()

# Posts with a mention, a hashtag or a link inside the text (kept; the link is removed).
RICH = [
    "<p>Second loaf of the week from {at:mo@bakers.example}'s method. Open crumb, crisp crust. {tag:Sourdough} {tag:Baking}</p>",
    "<p>Our library just launched a seed swap shelf, come and take some beans: {link:https://riverbend-library.example/news/seed-swap-shelf-opens-this-spring}</p>",
    "<p>Cycling club meets on Saturday at the old mill. Bring tea and a spare inner tube.</p><p>Route: {link:https://maps.example/routes/old-mill-loop-42}</p>",
    "<p>The best part of {tag:Allotment} life is trading courgettes for jam with the neighbours.<br>Today: two marrows for a jar of damson.</p>",
]
# A self-reply thread: each post answers the one before it (3 pairs).
THREAD = [
    "<p>Thread: what I learned baking bread every day for a month.</p>",
    "<p>One: the starter matters less than the patience. Gerald would disagree.</p>",
    "<p>Two: a hot oven and a lid do more than any fancy flour.</p>",
    "<p>Three: the loaves you give away taste the best. End of thread, thank you for reading.</p>",
]
# Replies to other people's posts (not in the export): replies, without context.
REPLIES = [
    (
        "https://bakers.example/users/mo/statuses/555001",
        "mo@bakers.example",
        "that crumb shot is unreal, what hydration did you use for it?",
    ),
    (
        "https://pedal.example/users/jun/statuses/777002",
        "jun@pedal.example",
        "the canal path is flooded past the lock, take the lane by the church instead",
    ),
    (
        "https://books.example/users/ada/statuses/888003",
        "ada@books.example",
        "I would love to swap, I have a spare copy of the garden diary book for you",
    ),
]
SHORT = ["Yes!", "Morning all", "Bread. 🍞"]
# Exact copies of earlier posts (reposted by hand): duplicates.
DUPLICATES = [ORIGINALS[0], ORIGINALS[4]]
# Content warnings (summary) and sensitive posts: kept, with the warning as metadata.
WARNED = [
    (
        "food, long rant",
        False,
        "Why does every supermarket loaf have eleven ingredients? Flour, water, salt, time. That is the whole list.",
    ),
    (
        "allotment pests",
        True,
        "Found the slug responsible for the lettuce massacre. We have had words. He did not apologise.",
    ),
]
UNLISTED = [
    "Quiet shift at the library today. I reorganised the atlases by how much I want to visit each place.",
    "Three jars of plum jam cooling on the windowsill and the wasps have noticed.",
]
FOLLOWERS_ONLY = [
    "Feeling a bit low this week, so I made soup and watched the rain. It helped more than I expected.",
    "Small personal news: I passed my Japanese reading test. Very proud, very tired.",
]
DIRECT = (
    "jun@pedal.example",
    "https://pedal.example/users/jun",
    "are you still up for the ride on Sunday? I can bring the flask if you bring biscuits",
)
POLL = (
    "Which bread should I bake for the library bake sale on Friday?",
    ["Rye", "Focaccia", "Cinnamon buns"],
)
QUOTE = (
    "This is exactly how I feel about overdue fines. Let people read, the books come home eventually.",
    "https://books.example/users/ada/statuses/888010",
)
JAPANESE = "今日は図書館でパンの本をたくさん読みました。とても楽しかったです。"
# A tweet crossposted by a bridge in the Twitter years: someone else's words, yet not a boost.
CROSSPOSTED = "RT @riverbendlib@twitter.com: Library book sale this Saturday, all proceeds go to the children's corner."
MEDIA_ONLY = 2
URI_ONLY = 1  # a Create whose object is only a URI (servers and tools that trim the export)
BOOSTS = [
    "https://bakers.example/users/mo/statuses/555100",
    "https://pedal.example/users/jun/statuses/777200",
    "https://books.example/users/ada/statuses/888300",
    "https://garden.example/users/pip/statuses/999400",
    "https://bakers.example/users/mo/statuses/555500",
    "https://garden.example/users/pip/statuses/999600",
]


class _Clock:
    """Hand out increasing timestamps and status ids."""

    def __init__(self) -> None:
        self.n = 0

    def tick(self) -> tuple[str, str]:
        self.n += 1
        when = START + timedelta(hours=17 * self.n, minutes=7 * (self.n % 9))
        status_id = str(109_800_000_000_000_000 + self.n * 1_000_003)
        return when.strftime("%Y-%m-%dT%H:%M:%SZ"), status_id


def _html(text: str) -> str:
    """Expand {tag:x}, {at:user@server} and {link:url} the way Mastodon renders them."""
    import re

    def tag(match: re.Match[str]) -> str:
        name = match.group(1)
        return f'<a href="{SERVER}/tags/{name.lower()}" class="mention hashtag" rel="tag">#<span>{name}</span></a>'

    def mention(match: re.Match[str]) -> str:
        user, host = match.group(1).split("@")
        return f'<span class="h-card" translate="no"><a href="https://{host}/@{user}" class="u-url mention">@<span>{user}</span></a></span>'

    def link(match: re.Match[str]) -> str:
        url = match.group(1)
        scheme, rest = url.split("://", 1)
        shown, hidden = rest[:30], rest[30:]
        ellipsis = "ellipsis" if hidden else ""
        return (
            f'<a href="{url}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
            f'<span class="invisible">{scheme}://</span><span class="{ellipsis}">{shown}</span>'
            f'<span class="invisible">{hidden}</span></a>'
        )

    text = re.sub(r"\{tag:(\w+)\}", tag, text)
    text = re.sub(r"\{at:([\w.]+@[\w.]+)\}", mention, text)
    return re.sub(r"\{link:(\S+?)\}", link, text)


def _escape(text: str) -> str:
    """Escape text for HTML as Mastodon does."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
    )


def _note(
    clock: _Clock,
    content: str,
    *,
    to: list[str] | None = None,
    cc: list[str] | None = None,
    reply_to: str | None = None,
    summary: str | None = None,
    sensitive: bool = False,
    lang: str = "en",
    tags: list[dict[str, str]] | None = None,
    attachment: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Return one Create activity with its Note inline."""
    published, status_id = clock.tick()
    uri = f"{ACTOR}/statuses/{status_id}"
    to = [PUBLIC] if to is None else to
    cc = [FOLLOWERS] if cc is None else cc
    note: dict[str, Any] = {
        "id": uri,
        "type": "Note",
        "summary": summary,
        "inReplyTo": reply_to,
        "published": published,
        "url": f"{SERVER}/@wren/{status_id}",
        "attributedTo": ACTOR,
        "to": to,
        "cc": cc,
        "sensitive": sensitive,
        "atomUri": uri,
        "inReplyToAtomUri": reply_to,
        "conversation": f"tag:riverbend.example,{published[:10]}:objectId={status_id}:objectType=Conversation",
        "content": content,
        "contentMap": {lang: content},
        "attachment": attachment or [],
        "tag": tags or [],
        "replies": {
            "id": f"{uri}/replies",
            "type": "Collection",
            "first": {
                "type": "CollectionPage",
                "next": f"{uri}/replies?only_other_accounts=true&page=true",
                "partOf": f"{uri}/replies",
                "items": [],
            },
        },
    }
    return _activity("Create", uri, published, to, cc, note)


def _activity(
    kind: str, uri: str, published: str, to: list[str], cc: list[str], obj: Any
) -> dict[str, Any]:
    """Return an activity of `kind` for the status `uri`."""
    return {
        "id": f"{uri}/activity",
        "type": kind,
        "actor": ACTOR,
        "published": published,
        "to": to,
        "cc": cc,
        "object": obj,
    }


def _boost(clock: _Clock, target: str) -> dict[str, Any]:
    """Return an Announce of someone else's status, by its URI."""
    published, status_id = clock.tick()
    cc = [target.rsplit("/statuses", 1)[0], FOLLOWERS]
    return _activity("Announce", f"{ACTOR}/statuses/{status_id}", published, [PUBLIC], cc, target)


def _addressed(clock: _Clock, acct: str, text: str, **extra: Any) -> dict[str, Any]:
    """Return a post that starts by mentioning acct (user@server)."""
    mention = "{at:" + acct + "}"
    return _note(
        clock, f"<p>{_html(mention)} {_escape(text)}</p>", tags=_hashtags(mention), **extra
    )


def _plain(text: str) -> str:
    """Wrap plain text in a paragraph."""
    return f"<p>{_escape(text)}</p>"


def _hashtags(content: str) -> list[dict[str, str]]:
    """Return the Hashtag and Mention tags of rendered content."""
    import re

    tags = [
        {"type": "Hashtag", "href": f"{SERVER}/tags/{t.lower()}", "name": f"#{t.lower()}"}
        for t in re.findall(r"\{tag:(\w+)\}", content)
    ]
    for acct in re.findall(r"\{at:([\w.]+@[\w.]+)\}", content):
        user, host = acct.split("@")
        tags.append({"type": "Mention", "href": f"https://{host}/users/{user}", "name": f"@{acct}"})
    return tags


def build() -> tuple[dict[str, Any], dict[str, Any]]:
    """Return (outbox, actor) as Mastodon would export them."""
    clock = _Clock()
    items: list[dict[str, Any]] = []
    boosts = iter(BOOSTS)
    for index, text in enumerate(ORIGINALS):
        items.append(_note(clock, _plain(text)))
        if index % 4 == 1:
            items.append(_boost(clock, next(boosts)))
    for content in RICH:
        items.append(_note(clock, _html(content), tags=_hashtags(content)))
    parent = None
    for content in THREAD:
        note = _note(clock, content, reply_to=parent)
        items.append(note)
        parent = note["object"]["id"]
    # A reply to one of Wren's own posts that was deleted before the export: a thread, no context.
    items.append(
        _note(
            clock,
            _plain(
                "And a postscript to my deleted bread thread: the oven glove has been replaced."
            ),
            reply_to=f"{ACTOR}/statuses/109700000000000001",
        )
    )
    for target, acct, text in REPLIES:
        user, host = acct.split("@")
        cc = [FOLLOWERS, f"https://{host}/users/{user}"]
        items.append(_addressed(clock, acct, text, reply_to=target, cc=cc))
    for text in SHORT:
        items.append(_note(clock, _plain(text)))
    for text in DUPLICATES:
        items.append(_note(clock, _plain(text)))
    for summary, sensitive, text in WARNED:
        items.append(_note(clock, _plain(text), summary=summary, sensitive=sensitive))
    for text in UNLISTED:
        items.append(_note(clock, _plain(text), to=[FOLLOWERS], cc=[PUBLIC]))
    for text in FOLLOWERS_ONLY:
        items.append(_note(clock, _plain(text), to=[FOLLOWERS], cc=[]))
    acct, href, text = DIRECT
    items.append(_addressed(clock, acct, text, to=[href], cc=[]))
    question, options = POLL
    poll = _note(clock, _plain(question))
    poll["object"].update(
        {
            "type": "Question",
            "endTime": poll["published"],
            "closed": poll["published"],
            "votersCount": 9,
            "oneOf": [
                {"type": "Note", "name": o, "replies": {"type": "Collection", "totalItems": 3}}
                for o in options
            ],
        }
    )
    items.append(poll)
    text, quoted = QUOTE
    fallback = f'<p class="quote-inline">RE: <a href="{quoted}">{quoted}</a></p>'
    items.append(_note(clock, fallback + _plain(text)))
    items.append(_note(clock, f"<p>{JAPANESE}</p>", lang="ja"))
    items.append(_note(clock, _plain(CROSSPOSTED)))
    for number in range(MEDIA_ONLY):
        media = [
            {
                "type": "Document",
                "mediaType": "image/jpeg",
                "url": f"media_attachments/files/109/000/00{number}/original/loaf{number}.jpg",
                "name": "A round loaf on a cooling rack",
                "blurhash": "UFJHI-~qM{9F00%MxuIU-;t7xuRj",
                "width": 1200,
                "height": 900,
            }
        ]
        items.append(_note(clock, "", attachment=media))
    for _ in range(URI_ONLY):
        published, status_id = clock.tick()
        uri = f"{ACTOR}/statuses/{status_id}"
        items.append(_activity("Create", uri, published, [PUBLIC], [FOLLOWERS], uri))
    items.extend(_boost(clock, target) for target in boosts)
    # Mastodon inlines the object of a boost of one's own followers-only post.
    own = next(
        i["object"]
        for i in items
        if isinstance(i["object"], dict) and i["object"]["to"] == [FOLLOWERS]
    )
    published, status_id = clock.tick()
    uri = f"{ACTOR}/statuses/{status_id}"
    items.append(_activity("Announce", uri, published, [FOLLOWERS], [ACTOR], own))
    # fmt: off
    context = {"ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri", "conversation": "ostatus:conversation", "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#", "votersCount": "toot:votersCount", "blurhash": "toot:blurhash", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}, "Hashtag": "as:Hashtag"}
    outbox = {"@context": ["https://www.w3.org/ns/activitystreams", context], "id": "outbox.json", "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        "id": ACTOR, "type": "Person", "following": f"{ACTOR}/following", "followers": FOLLOWERS,
        "inbox": f"{ACTOR}/inbox", "outbox": "outbox.json", "featured": f"{ACTOR}/collections/featured",
        "preferredUsername": "wren", "name": "Wren Calloway",
        "summary": "<p>Librarian in a small river town. Bread, bikes, allotment, learning Japanese.</p>",
        "url": f"{SERVER}/@wren", "manuallyApprovesFollowers": False, "discoverable": True,
        "published": "2022-11-10T00:00:00Z", "likes": "likes.json", "bookmarks": "bookmarks.json",
    }
    # fmt: on
    return outbox, actor


def write(out: Path = OUT) -> int:
    """Write outbox.json, actor.json, likes.json and bookmarks.json into out; return the count."""
    outbox, actor = build()
    out.mkdir(parents=True, exist_ok=True)
    empty = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "orderedItems": [],
    }
    for name, data in (
        ("outbox.json", outbox),
        ("actor.json", actor),
        ("likes.json", {**empty, "id": "likes.json"}),
        ("bookmarks.json", {**empty, "id": "bookmarks.json"}),
    ):
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        (out / name).write_text(text, encoding="utf-8")
    return len(outbox["orderedItems"])


def main() -> None:
    """Regenerate examples/sample_mastodon/."""
    print(f"wrote {write()} activities to {OUT}")


if __name__ == "__main__":
    main()
