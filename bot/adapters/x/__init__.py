"""The X adapter: the only serving package that imports `tweepy`."""
