"""`python -m training` runs the same CLI as `tweetling`."""

from bot.cli import main

raise SystemExit(main())
