"""tweetling: a bot that writes like one person, fine-tuned on their posts."""

__version__ = "0.1.0"
