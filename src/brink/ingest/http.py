"""A polite HTTP client for feeds and pages: user agent, timeouts, retries, robots.txt and a
minimum interval between requests to the same host.

Errors say what went wrong, distinctly: blocked by robots.txt is not a 404 is not a timeout is
not rate limiting (`FetchError.kind`).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from brink import __version__

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class HttpSettings:
    user_agent: str = f"brink/{__version__} (news research; +https://pypi.org/project/brink/)"
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0  # seconds; doubles on every retry
    max_retry_wait: float = 60.0
    per_host_interval: float = 1.0  # minimum seconds between two requests to one host
    robots: bool = True
    max_bytes: int = 20_000_000


class FetchError(Exception):
    """A page could not be fetched; `kind` is robots, http, timeout, network, rate_limited or
    too_large."""

    def __init__(self, url: str, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.url = url
        self.kind = kind
        self.detail = detail


class PoliteClient:
    def __init__(
        self, settings: HttpSettings | None = None, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.settings = settings or HttpSettings()
        self._client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=self.settings.timeout,
            follow_redirects=True,
            transport=transport,
        )
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            last = self._last.get(host)
            now = time.monotonic()
            if last is not None:
                delay = last + self.settings.per_host_interval - now
                if delay > 0:
                    time.sleep(delay)
            self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """What robots.txt says about `url` (RFC 9309: missing file → allowed,
        unreachable or server error → disallowed)."""
        if not self.settings.robots:
            return True
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            parser: RobotFileParser | None = RobotFileParser()
            try:
                resp = self._request(f"{base}/robots.txt", check_robots=False)
                assert parser is not None
                parser.parse(resp.text.splitlines())
            except FetchError as exc:
                if exc.kind == "http" and exc.detail.startswith("4"):
                    parser = None  # no robots.txt: everything allowed
                else:
                    parser = RobotFileParser()
                    parser.disallow_all = True  # type: ignore[attr-defined]
            self._robots[base] = parser
        rules = self._robots[base]
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    def get(self, url: str) -> httpx.Response:
        return self._request(url, check_robots=True)

    def _request(self, url: str, check_robots: bool) -> httpx.Response:
        if check_robots and not self.allowed(url):
            raise FetchError(url, "robots", "disallowed by robots.txt")
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            self._wait_turn(host)
            wait = self.settings.backoff * (2**attempt)
            try:
                resp = self._client.get(url)
            except httpx.TimeoutException as exc:
                error = FetchError(
                    url,
                    "timeout",
                    f"no answer within {self.settings.timeout}s ({exc.__class__.__name__})",
                )
            except httpx.HTTPError as exc:
                error = FetchError(url, "network", f"{exc.__class__.__name__}: {exc}")
            else:
                if resp.status_code < 400:
                    if len(resp.content) > self.settings.max_bytes:
                        raise FetchError(url, "too_large", f"{len(resp.content)} bytes")
                    return resp
                kind = "rate_limited" if resp.status_code == 429 else "http"
                error = FetchError(url, kind, f"{resp.status_code} {resp.reason_phrase}")
                if resp.status_code not in RETRY_STATUS:
                    raise error
                wait = max(wait, _retry_after(resp.headers.get("Retry-After")))
            if attempt >= self.settings.retries:
                raise error
            time.sleep(min(wait, self.settings.max_retry_wait))
            attempt += 1


def _retry_after(value: str | None) -> float:
    if not value:
        return 0.0
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0
