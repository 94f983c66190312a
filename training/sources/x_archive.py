"""Read posts from an X (Twitter) account archive: its folder, a .js file, or the .zip."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

from bot.errors import DataError
from training.sources.base import (
    RawPost,
    expand_urls,
    id_string,
    normalize_lang,
    parse_created_at,
    parse_json,
    require_text,
    thread_context,
)
from training.sources.bundle import ARCHIVE_ERRORS

# `window.YTD.tweets.part0 = [ ... ]`: a JSON array behind one JavaScript assignment.
_WRAPPER = re.compile(r"\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
_MANIFEST = re.compile(r"\s*window\.__THAR_CONFIG\s*=\s*")
# data/tweets.js, data/tweets-part1.js, and the older data/tweet.js, data/tweet-part2.js.
_TWEET_FILE = re.compile(r"^(tweets?)(?:-part(\d+))?\.js$")
TWEET_KINDS = frozenset({"tweets", "tweet"})
_Target = tuple[str | None, str | None, str | None]  # replied-to status id, user id, screen name


@dataclass(frozen=True)
class Owner:
    """Who the archive belongs to (from account.js or manifest.js), as far as known."""

    username: str | None = None
    account_id: str | None = None


class _ArchiveFiles:
    """Uniform access to the files of an archive folder or zip."""

    def __init__(self, names: list[str], read: Callable[[str], bytes], label: str) -> None:
        self.names = names
        self._read = read
        self.label = label

    def text(self, name: str) -> str:
        """Return one file's text (UTF-8, a BOM allowed)."""
        try:
            return self._read(name).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DataError(
                f"{self.where(name)} is not UTF-8 text",
                hint="pass the file exactly as X exported it",
            ) from exc
        except ARCHIVE_ERRORS as exc:  # a bad CRC, a truncated or encrypted member, a folder
            raise DataError(
                f"cannot read {self.where(name)} ({exc})",
                hint="the archive looks damaged or incomplete; download it again",
            ) from None

    def where(self, name: str) -> str:
        """Name a file inside the archive for error messages."""
        return f"{self.label}/{name}"


def read_archive(path: Path, handle: str | None = None) -> list[RawPost]:
    """Read every post of an X archive; raise DataError naming the file on malformed input.

    The account is the owner's handle from account.js (also beside a tweets.js passed alone),
    else `handle`, else the archive's name. A reply to a post in the archive (a thread) keeps
    the posts it answers as its context.
    """
    files = _open(path)
    # A .js file named on the command line is read whatever it is called.
    parts = (
        files.names
        if path.is_file() and path.suffix.lower() == ".js"
        else _tweet_files(files.names)
    )
    if not parts:
        raise DataError(
            f"{path} holds no tweets.js or tweet.js",
            hint="pass the unzipped X archive folder (the one with data/ inside) or the .zip",
        )
    owner = _read_owner(files)
    if owner.username is None and path.is_file() and path.suffix.lower() == ".js":
        owner = _read_owner(_folder_files(path.parent))  # account.js sits beside tweets.js
    label = owner.username or handle or _archive_name(path)
    read: list[tuple[RawPost, _Target | None]] = []
    for name in parts:
        items = parse_ytd(files.text(name), files.where(name), TWEET_KINDS)
        where = files.where(name)
        read.extend(_post(item, i, where, str(path), label) for i, item in enumerate(items))
    return _mark_replies(read, owner)


def parse_ytd(text: str, where: str, kinds: frozenset[str]) -> list[Any]:
    """Return the JSON array behind `window.YTD.<kind>.partN = `, never evaluating JavaScript."""
    match = _WRAPPER.match(text)
    if match is None:
        if not text.lstrip().startswith("["):
            raise DataError(
                f"{where} does not start with window.YTD.tweets.part0 = [",
                hint="pass data/tweets.js from your X archive unchanged",
            )
        body = text
    elif match.group(1) not in kinds:
        raise DataError(
            f"{where} holds window.YTD.{match.group(1)} data, not posts",
            hint="pass data/tweets.js (or the older data/tweet.js) from your X archive",
        )
    else:
        body = text[match.end() :]
    return _json_array(body.strip().rstrip(";"), where)


def _json_array(body: str, where: str) -> list[Any]:
    """Parse the JSON array of a .js file, with an error that says where it broke."""
    data = parse_json(body, where, "the file may be truncated or edited; export the archive again")
    if not isinstance(data, list):
        raise DataError(f"{where} holds a JSON {type(data).__name__}, not a list of posts")
    return data


def _post(
    item: Any, index: int, where: str, source: str, account: str
) -> tuple[RawPost, _Target | None]:
    """Turn one archive entry ({"tweet": {...}} or the bare object) into a RawPost."""
    tweet = item.get("tweet", item) if isinstance(item, dict) else None
    if not isinstance(tweet, dict):
        raise DataError(f"{where}: post #{index + 1} is not a JSON object")
    text = require_text(tweet, f"{where}: post #{index + 1}", ("full_text", "text"))
    for key in ("entities", "extended_entities"):
        if isinstance(tweet.get(key), dict):
            text = expand_urls(text, tweet[key])
    post_id = id_string(tweet.get("id_str")) or id_string(tweet.get("id"))
    target = _reply_target(tweet)
    post = RawPost(
        id=post_id or f"{account}:{index}",
        text=text,
        source=source,
        account=account,
        created_at=parse_created_at(tweet.get("created_at")),
        lang=normalize_lang(tweet.get("lang")),
        is_retweet=tweet.get("retweeted") is True or "retweeted_status" in tweet,
        is_reply=target is not None,
    )
    return post, target


def _reply_target(tweet: dict[str, Any]) -> _Target | None:
    """Return (status id, user id, screen name) this post replies to, or None."""
    status = id_string(tweet.get("in_reply_to_status_id_str")) or id_string(
        tweet.get("in_reply_to_status_id")
    )
    user = id_string(tweet.get("in_reply_to_user_id_str")) or id_string(
        tweet.get("in_reply_to_user_id")
    )
    name = tweet.get("in_reply_to_screen_name")
    if status is None and user is None and not name:
        return None
    return status, user, name if isinstance(name, str) else None


def _mark_replies(read: list[tuple[RawPost, _Target | None]], owner: Owner) -> list[RawPost]:
    """Keep `is_reply` only for replies to others; give replies within the archive context."""
    own_ids = {post.id for post, _target in read}
    text_of = {post.id: post.text for post, _target in read}
    parent_of = {
        post.id: target[0]
        for post, target in read
        if target is not None and target[0] is not None and target[0] in own_ids
    }
    marked = []
    for post, target in read:
        context = thread_context(post.id, parent_of, text_of) if post.id in parent_of else ()
        self_reply = target is not None and _is_self(target, owner, own_ids)
        is_reply = post.is_reply and not self_reply
        marked.append(replace(post, is_reply=is_reply, context=context))
    return marked


def _is_self(target: _Target, owner: Owner, own_ids: set[str]) -> bool:
    """Say whether a reply answers the archive's owner (a thread) rather than someone else."""
    status, user, name = target
    if status is not None and status in own_ids:
        return True
    if user is not None and owner.account_id is not None:
        return user == owner.account_id
    return bool(name and owner.username and name.lower() == owner.username.lower())


def _open(path: Path) -> _ArchiveFiles:
    """Open an archive folder, its data/ folder, a single .js file, or the .zip."""
    if not path.exists():
        raise DataError(f"{path} does not exist", hint="check the path to your X archive")
    if path.is_dir():
        return _folder_files(path)
    if path.suffix.lower() == ".zip":
        return _zip_files(path)
    return _ArchiveFiles([path.name], lambda _name: path.read_bytes(), str(path.parent))


def _folder_files(path: Path) -> _ArchiveFiles:
    """List the .js files of an archive folder (in data/ or directly in it)."""
    base = path / "data" if (path / "data").is_dir() else path
    names = sorted(p.name for p in base.glob("*.js"))
    return _ArchiveFiles(names, lambda name: (base / name).read_bytes(), str(base))


def _zip_files(path: Path) -> _ArchiveFiles:
    """List the .js files of an archive zip (they sit in data/, maybe under one top folder)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataError(f"{path} is not a readable zip file ({exc})") from exc
    by_name: dict[str, str] = {}
    # Files in data/ win over the archive viewer's own scripts (assets/js/...) of the same name.
    members = sorted(archive.namelist(), key=lambda m: PurePosixPath(m).parent.name != "data")
    for member in members:
        member_path = PurePosixPath(member)
        if member_path.suffix == ".js" and member_path.name not in by_name:
            by_name[member_path.name] = member
    return _ArchiveFiles(sorted(by_name), lambda name: archive.read(by_name[name]), str(path))


def _tweet_files(names: list[str]) -> list[str]:
    """Return the tweets files in part order: tweets.js, tweets-part1.js, ..."""
    found = []
    for name in names:
        match = _TWEET_FILE.match(name)
        if match:
            found.append((match.group(1) != "tweets", int(match.group(2) or 0), name))
    return [name for _old, _part, name in sorted(found)]


def _read_owner(files: _ArchiveFiles) -> Owner:
    """Find the owner's handle and id in account.js (or manifest.js); empty when absent."""
    if "account.js" in files.names:
        where = files.where("account.js")
        items = parse_ytd(files.text("account.js"), where, frozenset({"account"}))
        account = items[0].get("account", {}) if items and isinstance(items[0], dict) else {}
        if isinstance(account, dict):
            return Owner(_str(account.get("username")), id_string(account.get("accountId")))
    if "manifest.js" in files.names:
        return _manifest_owner(files.text("manifest.js"))
    return Owner()


def _manifest_owner(text: str) -> Owner:
    """Read the owner from manifest.js (`window.__THAR_CONFIG = {...}`); empty on any problem."""
    match = _MANIFEST.match(text)
    if match is None:
        return Owner()
    try:
        info = json.loads(text[match.end() :].strip().rstrip(";")).get("userInfo", {})
    except (ValueError, RecursionError, AttributeError):  # a damaged manifest only costs the name
        return Owner()
    return Owner(_str(info.get("userName")), id_string(info.get("accountId")))


def _str(value: Any) -> str | None:
    """Return a non-empty string or None."""
    return value if isinstance(value, str) and value else None


def _archive_name(path: Path) -> str:
    """Name the account after the archive when account.js is missing."""
    if path.is_file():
        path = path.parent if path.suffix.lower() == ".js" else path.with_suffix("")
    if path.name == "data":
        path = path.parent
    return path.name or "archive"
