"""Write examples/discord_export/: a fictional Discord channel, exported as DiscordChatExporter does.

"River Town Bakers" and everyone in it are invented for this project; Wren (wrenbakes) is the
same fictional person as the sample X archive. Every message below was written for tweetling.
The export is shaped like DiscordChatExporter's JSON (guild, channel, messages[] with id, type,
timestamp, content, author, attachments, mentions, reference) and its CSV variant, and every
rule of the reader fires on it: replies by reference (chains, self-replies, a reply to a
deleted message, a reply to a bot), replies by time (inside and outside the window, after a
bot or system message), the person continuing themselves, bots, system messages (join, pin,
thread), attachment-only messages, raw mentions and custom emoji, and a too-short reply.

Run `python examples/make_discord_export.py` to regenerate it (the output is deterministic).
"""

# ruff: noqa: E501  (the messages are data: one per line reads better than wrapped strings)
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "discord_export"
NAME = "river-town-bakers-bread-talk"
GUILD = {"id": "1100000000000000000", "name": "River Town Bakers", "iconUrl": ""}
CHANNEL = {
    "id": "1100000000000000001",
    "type": "GuildTextChat",
    "categoryId": "1100000000000000002",
    "category": "Kitchen",
    "name": "bread-talk",
    "topic": "Loaves, starters, crumb shots",
}
START = datetime(2023, 5, 1, 8, 0, tzinfo=UTC)
USERS = {  # key: (id, name, nickname, isBot)
    "wren": ("480000000000000001", "wrenbakes", "Wren", False),
    "amy": ("480000000000000002", "amy_reads", "Amy", False),
    "tom": ("480000000000000003", "tom_grows_things", "Tom", False),
    "beth": ("480000000000000004", "bakerbeth", "Beth", False),
    "sam": ("480000000000000005", "sam_on_wheels", "Sam", False),
    "bot": ("480000000000000099", "CrumbBot", "CrumbBot", True),
}
SYSTEM_TEXT = {
    "GuildMemberJoin": "Joined the server.",
    "ChannelPinnedMessage": "Pinned a message.",
    "ThreadCreated": "Started a thread.",
}
DELETED_ID = "1140000000000000000"  # a message that is not in the export any more


@dataclass
class Turn:
    """One message of a scene: who, what, and how it relates to the others."""

    who: str
    text: str
    after_s: int = 60  # seconds after the previous message
    reply: str | None = None  # label of the message it replies to (or DELETED)
    label: str | None = None
    kind: str = "Default"
    attach: bool = False
    mentions: list[str] = field(default_factory=list)


# Scenes: (hours after START, turns). Comments say what the reader makes of Wren's messages.
# fmt: off
SCENES: list[tuple[float, list[Turn]]] = [
    (0, [
        Turn("wren", "", kind="GuildMemberJoin"),  # system
        Turn("wren", "Morning all! Just joined. I bake bread, shelve books and talk to my sourdough starter, Gerald.", after_s=30),  # free: first message
        Turn("amy", "Welcome Wren! Gerald needs to meet Beth's starter, they could be pen pals.", after_s=120),
        Turn("wren", "Ha! Gerald would love a pen pal. He writes mostly in bubbles."),  # pair, 2 turns (time)
    ]),
    (4.5, [
        Turn("beth", "What hydration are people using for a country loaf these days?"),
        Turn("tom", "No idea, I just grow the wheat. Metaphorically.", after_s=180),
        Turn("wren", "I sit around 75 percent for a country loaf. Higher and my shaping falls apart, lower and the crumb gets tight.", after_s=120),  # pair, 2 turns (time)
        Turn("wren", "Also a tip: wet hands, not floured ones, when you stretch and fold."),  # free: continuing herself
    ]),
    (11, [
        Turn("bot", "Daily bread fact: the oldest known bread is about 14,000 years old.", label="fact"),  # bot
        Turn("wren", "That is older than Gerald, but only just.", reply="fact"),  # free: replies to a bot
    ]),
    (23.75, [
        Turn("amy", "Anyone reading anything good? I need a book for the train."),
        Turn("wren", "Finished a lovely novel about a lighthouse keeper last night. Quiet, sad, and full of weather.", after_s=1800),  # free: too late
    ]),
    (26, [
        Turn("tom", "My courgettes have gone feral again. Anyone want some?", label="courgettes"),
        Turn("beth", "I'll take two if they're not marrow-sized yet."),
        Turn("wren", "Yes please! I will turn them into courgette bread. Save me the biggest one.", reply="courgettes", label="wren-courgettes"),  # pair, 1 turn (reference)
        Turn("tom", "The biggest one is the size of a cat. Are you sure?", after_s=300, reply="wren-courgettes", label="cat-size"),
        Turn("wren", "Biscuit is offended by that comparison, but yes, I am sure.", reply="cat-size"),  # pair, 3 turns (reference chain)
    ]),
    (32, [
        Turn("wren", "", attach=True),  # attachments only
        Turn("amy", "That crust! Is that the new flour?"),
        Turn("wren", "It is! The new mill's flour is a bit thirstier, so I added an extra splash of water.", after_s=120),  # pair, 1 turn (time)
    ]),
    (49, [
        Turn("beth", "", kind="ChannelPinnedMessage"),  # system
        Turn("beth", "Pinned the starter feeding guide for newcomers.", after_s=10),
        Turn("wren", "Thank you Beth, that guide saved Gerald's life in his first winter."),  # pair, 1 turn (time, after a system message)
    ]),
    (53, [
        Turn("sam", "<@480000000000000001> do you still have that spare bike pump?", mentions=["wren"]),
        Turn("wren", "I do! It lives by the library door, come and grab it any time <:sourdough:1160000000000000001>"),  # pair, 1 turn (raw mention and emoji)
    ]),
    (60, [
        Turn("wren", "Still thinking about that rye we talked about last month. Trying again this weekend.", reply="DELETED"),  # free: its parent was deleted
    ]),
    (72.5, [
        Turn("wren", "Thread: things I have learned from two years of sourdough.", label="thread"),  # free
        Turn("wren", "One. The starter is more forgiving than you think. Gerald has survived a holiday and a heatwave.", after_s=120, reply="thread", label="one"),  # pair, 1 turn (self-reply)
        Turn("wren", "Two. Write down what you did. Future you will not remember.", after_s=120, reply="one"),  # pair, 2 turns (self-reply chain)
    ]),
    (76, [
        Turn("amy", "", kind="ThreadCreated"),  # system
        Turn("amy", "Book club thread is up! This month is the lighthouse one.", after_s=5),
        Turn("wren", "yay!!"),  # pair, 1 turn (time); too short to keep when cleaning
    ]),
    (82, [
        Turn("amy", "What is everyone baking this weekend?"),
        Turn("bot", "Reminder: the bake-off signup closes Friday!", after_s=30),  # bot
        Turn("wren", "Cinnamon buns for the library volunteers, and a plain loaf for me and Biscuit."),  # pair, 1 turn (time, the bot skipped)
    ]),
    (96, [
        Turn("tom", "", attach=True),  # attachments only
        Turn("tom", "Look at these tomatoes! First ripe ones of the year.", after_s=20),
        Turn("wren", "They look wonderful. Mine are still green and sulking behind the shed."),  # pair, 1 turn (time)
    ]),
    (100, [
        Turn("sam", "Cycling club ride on Sunday, anyone coming?"),
        Turn("beth", "Only if there is a bakery stop.", after_s=90),
        Turn("sam", "There is always a bakery stop.", after_s=60),
        Turn("amy", "Then I'm in.", after_s=60),
        Turn("tom", "Me too, if someone lends me a helmet.", after_s=60),
        Turn("wren", "Count me in. I will bring my polite bell and a flask of tea for everyone."),  # pair, 4 turns (time, the most kept)
    ]),
    (120, [
        Turn("beth", "My starter smells like nail polish. Is it dying?", label="polish"),
        Turn("wren", "It is just hungry! That smell means it ran out of food. Feed it twice a day for a few days and it will perk up.", reply="polish"),  # pair, 1 turn (reference)
    ]),
    (126, [
        Turn("amy", "Wren, how is the Japanese going?"),
        Turn("wren", "Slowly but happily. I can now order bread in Japanese, which is the most important sentence anyway.", after_s=240),  # pair, 1 turn (time)
    ]),
    (140, [
        Turn("tom", "Is it worth buying a proper proofing basket or is a bowl fine?"),
        Turn("wren", "A bowl with a well floured tea towel works fine. I used one for a whole year before Gerald demanded a basket."),  # pair, 1 turn (time)
    ]),
    (150, [
        Turn("sam", "What do you all do with stale bread?", label="stale"),
        Turn("beth", "Breadcrumbs, always.", after_s=120),
        Turn("wren", "Bread pudding, croutons, or the ducks on the canal. Mostly bread pudding.", after_s=120, reply="stale"),  # pair, 1 turn (reference wins over time)
    ]),
    (170, [
        Turn("amy", "The library is doing a seed swap next week, right?"),
        Turn("wren", "Yes! Tuesday afternoon in the reading room. Bring envelopes and labels, I learned that the hard way.", after_s=200),  # pair, 1 turn (time)
        Turn("wren", "And please do not bring mint. We have enough mint for the whole river valley.", after_s=60),  # free: continuing herself
    ]),
    (190, [
        Turn("beth", "Focaccia or ciabatta for a picnic?"),
        Turn("wren", "Focaccia every time. It travels well and nobody minds if it gets squashed a bit."),  # pair, 1 turn (time)
    ]),
    (210, [
        Turn("tom", "Rain all week. The allotment is a swamp."),
        Turn("wren", "Same here. The snails are having the best week of their lives.", after_s=400),  # free: more than five minutes later
    ]),
    (230, [
        Turn("amy", "Biscuit photo please, it has been too long."),
        Turn("wren", "He is asleep in the bread basket again. I have given up and bought a second basket."),  # pair, 1 turn (time)
    ]),
]
# fmt: on


def snowflake(n: int) -> str:
    """Return the n-th message id (increasing with time, as Discord's are)."""
    return str(1150000000000000000 + n * 4096)


def user(key: str) -> dict[str, Any]:
    """Return an author object as the exporter writes it."""
    uid, name, nick, is_bot = USERS[key]
    return {
        "id": uid,
        "name": name,
        "discriminator": "0000",
        "nickname": nick,
        "color": None,
        "isBot": is_bot,
        "roles": [],
        "avatarUrl": f"https://cdn.discordapp.com/embed/avatars/{int(uid) % 5}.png",
    }


def messages() -> list[dict[str, Any]]:
    """Return the channel's messages in time order."""
    out: list[dict[str, Any]] = []
    ids: dict[str, str] = {"DELETED": DELETED_ID}
    for hours, turns in SCENES:
        time = START + timedelta(hours=hours)
        for index, turn in enumerate(turns):
            if index:
                time += timedelta(seconds=turn.after_s)
            number = len(out) + 1
            message_id = snowflake(number)
            if turn.label:
                ids[turn.label] = message_id
            kind = "Reply" if turn.reply else turn.kind
            item: dict[str, Any] = {
                "id": message_id,
                "type": kind,
                "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S.")
                + f"{number * 37 % 1000:03d}+00:00",
                "timestampEdited": None,
                "callEndedTimestamp": None,
                "isPinned": False,
                "content": SYSTEM_TEXT.get(turn.kind, turn.text),
                "author": user(turn.who),
                "attachments": [_attachment(number)] if turn.attach else [],
                "embeds": [],
                "stickers": [],
                "reactions": [],
                "mentions": [user(m) for m in turn.mentions],
            }
            if turn.reply:
                item["reference"] = {
                    "messageId": ids[turn.reply],
                    "channelId": CHANNEL["id"],
                    "guildId": GUILD["id"],
                }
            item["inlineEmojis"] = []
            out.append(item)
    return out


def _attachment(number: int) -> dict[str, Any]:
    """Return a photo attachment."""
    file_id = str(1170000000000000000 + number)
    return {
        "id": file_id,
        "url": f"https://cdn.discordapp.com/attachments/{CHANNEL['id']}/{file_id}/photo.jpg",
        "fileName": "photo.jpg",
        "fileSizeBytes": 204800 + number,
    }


def export_json(items: list[dict[str, Any]]) -> str:
    """Return the JSON export's text."""
    data = {
        "guild": GUILD,
        "channel": CHANNEL,
        "dateRange": {"after": None, "before": None},
        "exportedAt": "2023-05-12T09:00:00.000+00:00",
        "messages": items,
        "messageCount": len(items),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def export_csv(items: list[dict[str, Any]]) -> str:
    """Return the CSV export's text (en-US dates; raw markup rendered, as the exporter does)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"])
    for item in items:
        time = datetime.fromisoformat(item["timestamp"])
        date = f"{time.month}/{time.day}/{time.year} {time.strftime('%I:%M %p').lstrip('0')}"
        content = item["content"].replace("<@480000000000000001>", "@Wren")
        content = content.replace("<:sourdough:1160000000000000001>", ":sourdough:")
        author = item["author"]
        attachments = ",".join(a["url"] for a in item["attachments"])
        writer.writerow([author["id"], author["name"], date, content, attachments, ""])
    return buffer.getvalue()


def write(out: Path = OUT) -> int:
    """Write the JSON and CSV exports into `out`; return the number of messages."""
    out.mkdir(parents=True, exist_ok=True)
    items = messages()
    (out / f"{NAME}.json").write_text(export_json(items), encoding="utf-8")
    (out / f"{NAME}.csv").write_text(export_csv(items), encoding="utf-8")
    return len(items)


if __name__ == "__main__":
    print(f"wrote {write()} messages to {OUT}")
