"""Readers for every source of posts: X archives, the X API, JSONL/CSV/TXT files."""
