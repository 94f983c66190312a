"""Prometheus metrics and a /healthz endpoint on a local port (off by default)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from bot.errors import ConfigError

log = logging.getLogger(__name__)


class Metrics:
    """The daemon's counters and latency histograms, in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.events = Counter(
            "tweetling_events", "Events and slots handled", ["platform", "outcome"], registry=r
        )
        self.generations = Counter("tweetling_generations", "Generate calls", registry=r)
        self.candidates = Counter("tweetling_candidates", "Candidates generated", registry=r)
        self.blocks = Counter("tweetling_blocks", "Candidates blocked", ["reason"], registry=r)
        self.posts = Counter("tweetling_posts", "Messages sent", ["platform", "kind"], registry=r)
        self.send_errors = Counter(
            "tweetling_send_errors", "Failed sends", ["platform"], registry=r
        )
        self.handle_seconds = Histogram(
            "tweetling_handle_seconds", "Time to handle one event", registry=r
        )
        self.generate_seconds = Histogram(
            "tweetling_generate_seconds", "Time for one generate call", registry=r
        )
        self.started = time.time()

    def render(self) -> bytes:
        """Return the metrics in the Prometheus text format."""
        return bytes(generate_latest(self.registry))


class MetricsServer:
    """Serve /healthz and /metrics with aiohttp."""

    def __init__(
        self, metrics: Metrics, host: str, port: int, health: Callable[[], dict[str, Any]]
    ) -> None:
        self.metrics, self.host, self.port, self.health = metrics, host, port, health
        self._runner: Any = None

    async def start(self) -> None:
        """Bind the port and serve in the background."""
        from aiohttp import web

        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:  # port taken, or a host this machine does not have
            await self.stop()
            raise ConfigError(
                f"cannot serve metrics on {self.host}:{self.port}: {exc.strerror or exc}",
                "set [metrics] port to a free port, or [metrics] enabled = false",
            ) from None
        sockets = getattr(site._server, "sockets", None) or []  # the real port when port=0
        if sockets:
            self.port = sockets[0].getsockname()[1]
        log.info("metrics on http://%s:%d/metrics", self.host, self.port)

    async def _healthz(self, request: Any) -> Any:
        from aiohttp import web

        body = {"status": "ok", "uptime_s": round(time.time() - self.metrics.started, 1)}
        body.update(self.health())
        return web.json_response(body)

    async def _metrics(self, request: Any) -> Any:
        from aiohttp import web

        return web.Response(
            body=self.metrics.render(), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    async def stop(self) -> None:
        """Stop serving; safe to call twice."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
