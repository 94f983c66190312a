"""Harm classifier: five categories scored offline (numpy), or by a remote moderation service."""
