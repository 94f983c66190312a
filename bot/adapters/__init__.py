"""Adapters turn outside things into Events and carry Outgoing messages back out."""
