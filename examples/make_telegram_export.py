"""Write examples/sample_telegram/result.json: a fictional Telegram Desktop export (all chats, JSON).

Wren Calloway (the invented librarian-baker of the sample X archive) exports her Telegram data:
a personal chat with a friend, the allotment group, a small group where she keeps baking notes,
and her saved messages. Every
message was written for tweetling. The shapes follow Telegram Desktop's JSON export and carry
what real ones do, so that every rule fires: text as a plain string or as a list of entities (bold,
links, text links, mentions, hashtags), `text_entities`, replies (`reply_to_message_id`) to others
and to herself, forwarded messages (counted like retweets), photos and stickers without text,
service messages (pins, joins), other people's messages, short messages and a duplicate.

Run `python examples/make_telegram_export.py` to regenerate it (the output is deterministic).
"""

# ruff: noqa: E501  (the messages are data: one per line reads better than wrapped strings)
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "sample_telegram"
WREN = ("Wren Calloway", "user5550001")
MO = ("Mo Reyes", "user5550002")
JUN = ("Jun Okada", "user5550003")
PIP = ("Pip Hollis", "user5550004")
START = datetime(2024, 4, 2, 7, 45, tzinfo=UTC)

# Each chat: (name, type, id, messages). A message is a tuple:
#   ("msg", who, text, extras)   text: a string, or a list of strings and (type, text[, href]) entities
#   ("service", who, action)
# extras may hold "reply" (index of the answered message in this chat), "fwd" (forwarded from),
# "photo"/"sticker" (media), "edited".
PERSONAL = [
    ("msg", MO, "Are you coming to the market on Saturday? The bread stall has a new rye.", {}),
    (
        "msg",
        WREN,
        "Wouldn't miss it. I need flour anyway and Gerald is getting hungry.",
        {"reply": 0},
    ),
    ("msg", MO, "Ha, say hi to Gerald. Bring a bag for plums, the tree is overloaded again.", {}),
    ("msg", WREN, "I will bring two bags and a jar of last year's jam as payment.", {"reply": 2}),
    ("msg", WREN, "Also, did you try the focaccia recipe I sent you last week?", {}),
    ("msg", MO, "Yes! Too much rosemary, which is the correct amount of rosemary.", {"reply": 4}),
    (
        "msg",
        WREN,
        [
            "Agreed. ",
            ("bold", "There is no such thing as too much rosemary"),
            ", only too little olive oil.",
        ],
        {"reply": 5},
    ),
    ("msg", WREN, "", {"photo": "photos/photo_1@02-04-2024_09-10-11.jpg"}),
    ("msg", WREN, "", {"sticker": "🍞"}),
    ("msg", WREN, "See you at nine by the clock tower.", {}),
    ("msg", MO, "Deal.", {"reply": 9}),
    ("msg", WREN, "ok", {}),
]
GROUP = [
    ("service", PIP, "create_group"),
    ("service", PIP, "invite_members"),
    ("msg", PIP, "Welcome to the allotment crew chat! Post harvest news and tool swaps here.", {}),
    ("msg", JUN, "Does anyone have a spare hose connector? Mine snapped in the frost.", {}),
    (
        "msg",
        WREN,
        [
            "I have two, I will leave one in the shed by plot ",
            ("bold", "twelve"),
            " for you tonight.",
        ],
        {"reply": 3},
    ),
    ("msg", JUN, "You are a hero, thank you.", {"reply": 4}),
    (
        "msg",
        WREN,
        [
            "Harvest news: the first broad beans are ready. ",
            ("hashtag", "#allotment"),
            " ",
            ("hashtag", "#broadbeans"),
        ],
        {},
    ),
    ("msg", PIP, "Nice! Mine are still tiny. What did you feed them?", {"reply": 6}),
    (
        "msg",
        WREN,
        "Nothing fancy, compost in autumn and a lot of talking to them in the mornings.",
        {"reply": 7},
    ),
    ("msg", WREN, "They also like hearing about library gossip, I find.", {"reply": 8}),
    ("service", WREN, "pin_message"),
    (
        "msg",
        WREN,
        [
            "Seed swap list for this year is here: ",
            ("link", "https://riverbend-library.example/seed-swap-2024"),
        ],
        {},
    ),
    (
        "msg",
        WREN,
        [
            "Tool rota is in the ",
            ("text_link", "shared sheet", "https://sheets.example/d/abc123"),
            " if anyone needs the big fork.",
        ],
        {},
    ),
    (
        "msg",
        WREN,
        [
            "Thanks ",
            ("mention", "@jun_okada"),
            " for fixing the shed door, it finally closes without a kick.",
        ],
        {},
    ),
    (
        "msg",
        WREN,
        "Forwarding this because it made me laugh.",
        {"fwd": "Riverbend Gardening Society"},
    ),
    ("msg", JUN, "Anyone want courgettes? I have far too many again.", {}),
    ("msg", WREN, "Yes please!", {"reply": 15}),
]
CHANNEL = [
    (
        "msg",
        WREN,
        "Welcome to Bread Notes, where I write down what I learn from baking every week.",
        {},
    ),
    (
        "msg",
        WREN,
        "Note one: a cold overnight rise gives more flavour and a more forgiving dough.",
        {},
    ),
    (
        "msg",
        WREN,
        "Note two: steam in the first twenty minutes is what makes a crackly crust.",
        {"reply": 1},
    ),
    (
        "msg",
        WREN,
        "Note three: rye needs less kneading than you think and more patience than you have.",
        {"reply": 2},
    ),
    (
        "msg",
        WREN,
        "Weekend plan: a seeded spelt loaf and cinnamon buns for the library bake sale.",
        {"edited": True},
    ),
    (
        "msg",
        WREN,
        "The bake sale raised enough for forty new picture books. Thank you all for the buns.",
        {},
    ),
    (
        "msg",
        WREN,
        "Note one: a cold overnight rise gives more flavour and a more forgiving dough.",
        {},
    ),
    (
        "msg",
        WREN,
        "A reader asked how to revive a sleepy starter. Warm water, a spoon of rye flour, and patience.",
        {},
    ),
    (
        "msg",
        WREN,
        "Rain all week, so the channel is now a soup channel until further notice. Leek and potato first.",
        {},
    ),
    ("msg", WREN, "Thank you", {}),
]
SAVED: list[Any] = [
    ("msg", WREN, "Idea for story time: a loaf of bread that wants to become a library book.", {}),
    ("msg", WREN, "Buy: rye flour, caraway, new oven gloves, bike inner tube.", {}),
    ("msg", WREN, "Japanese word to remember today: komorebi, sunlight through leaves.", {}),
    ("msg", WREN, "Remember to water the tomatoes before the heatwave on Thursday.", {}),
]


def _entities(text: str | list[Any]) -> tuple[str | list[Any], list[dict[str, str]]]:
    """Return (text as Telegram writes it, text_entities)."""
    if isinstance(text, str):
        return text, ([{"type": "plain", "text": text}] if text else [])
    parts: list[Any] = []
    entities: list[dict[str, str]] = []
    for part in text:
        if isinstance(part, str):
            parts.append(part)
            entities.append({"type": "plain", "text": part})
        else:
            entity = {"type": part[0], "text": part[1]}
            if len(part) > 2:
                entity["href"] = part[2]
            parts.append(entity)
            entities.append(dict(entity))
    return parts, entities


def _chat(
    name: str, kind: str, chat_id: int, rows: list[Any], clock: list[datetime]
) -> dict[str, Any]:
    """Return one chat with its messages, ids counting up from 1."""
    messages = []
    for number, row in enumerate(rows, 1):
        clock[0] += timedelta(minutes=37 + 11 * (number % 5))
        when = clock[0]
        base: dict[str, Any] = {
            "id": number,
            "type": "message",
            "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(when.timestamp())),
        }
        if row[0] == "service":
            _, (who, who_id), action = row
            base.update(
                {
                    "type": "service",
                    "actor": who,
                    "actor_id": who_id,
                    "action": action,
                    "text": "",
                    "text_entities": [],
                }
            )
            if action == "pin_message":
                base["message_id"] = number - 1
            messages.append(base)
            continue
        _, (who, who_id), text, extras = row
        shown, entities = _entities(text)
        base.update({"from": who, "from_id": who_id})
        if "edited" in extras:
            edited = when + timedelta(minutes=5)
            base.update(
                {
                    "edited": edited.strftime("%Y-%m-%dT%H:%M:%S"),
                    "edited_unixtime": str(int(edited.timestamp())),
                }
            )
        if "fwd" in extras:
            base["forwarded_from"] = extras["fwd"]
        if "reply" in extras:
            base["reply_to_message_id"] = extras["reply"] + 1
        if "photo" in extras:
            base.update(
                {"photo": extras["photo"], "photo_file_size": 48213, "width": 1280, "height": 960}
            )
        if "sticker" in extras:
            base.update(
                {
                    "file": "(File not included. Change data exporting settings to download.)",
                    "file_size": 25104,
                    "thumbnail": "(File not included. Change data exporting settings to download.)",
                    "media_type": "sticker",
                    "sticker_emoji": extras["sticker"],
                    "width": 512,
                    "height": 512,
                }
            )
        base.update({"text": shown, "text_entities": entities})
        messages.append(base)
    return {"name": name, "type": kind, "id": chat_id, "messages": messages}


def build() -> dict[str, Any]:
    """Return the whole export as Telegram Desktop writes result.json."""
    clock = [START]
    chats = [
        _chat("Mo Reyes", "personal_chat", 5550002, PERSONAL, clock),
        _chat("Allotment crew", "private_supergroup", 1700000001, GROUP, clock),
        _chat("Bread Notes", "private_group", 1800000002, CHANNEL, clock),
        {**_chat("", "saved_messages", 5550001, SAVED, clock), "name": None},
    ]
    return {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {
            "user_id": 5550001,
            "first_name": "Wren",
            "last_name": "Calloway",
            "phone_number": "+00 000 000 0000",
            "username": "@wrenbakes",
            "bio": "Librarian, baker, allotment person.",
        },
        "contacts": {"about": "This is your contact list.", "list": []},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }


def write(out: Path = OUT) -> Path:
    """Write result.json into out and return its path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "result.json"
    path.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def main() -> None:
    """Regenerate examples/sample_telegram/result.json."""
    print(f"wrote {write()}")


if __name__ == "__main__":
    main()
