"""Headless Chromium (Debian `chromium`) driven by Playwright, recording what a page does.

Every request a page makes is recorded and aborted before it leaves the browser, and Chromium is
told to resolve no host name at all (`--host-resolver-rules`), so neither the page nor the
browser's own background services can reach any address while tests run.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# The flags of the issue (Playwright gives each browser its own temporary user-data-dir), and
# one that makes every host name, IP literals included, resolve to nothing.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND"]


def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium (.ci/run installs it)")
    return CHROMIUM


@contextlib.contextmanager
def launch() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """A page opened from a file, and what it did: console errors, uncaught errors, requests."""

    page: object
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def frame(self) -> None:
        """Wait until the browser has rendered two more frames."""
        self.page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def wait_until(self, expression: str, timeout: float = 60.0) -> None:
        wait_until(self.page, expression, timeout)


def wait_until(page, expression: str, timeout: float = 60.0) -> None:
    """Poll a JavaScript expression until it is true. (Playwright's wait_for_function polls with
    eval, which the page's Content-Security-Policy rightly forbids; evaluate is exempt.)"""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout:.0f} s: {expression}")
        page.wait_for_timeout(50)


def visit(browser, path: Path, *, ready: str | None = "window.kg && window.kg.ready",
          viewport=(1400, 900)) -> Visit:
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    record = Visit(page=page, url=path.resolve().as_uri())

    def on_request(request) -> None:
        if request.url != record.url:
            record.requests.append(request.url)

    def on_route(route) -> None:
        if route.request.url == record.url:
            route.continue_()
        else:
            route.abort()  # recorded by on_request; it never leaves the browser

    context.on("request", on_request)
    context.route("**/*", on_route)
    page.on("websocket", lambda ws: record.requests.append(ws.url))
    page.on("console", lambda msg: record.errors.append(f"console.{msg.type}: {msg.text}")
            if msg.type in ("error", "warning", "assert") else None)
    page.on("pageerror", lambda exc: record.errors.append(f"uncaught: {exc}"))
    page.on("dialog", lambda dialog: (record.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(record.url, wait_until="load")
    if ready:
        wait_until(page, ready)
    record.frame()
    return record


CANVAS_INK = """() => {
  // pixels drawn on the graph's canvases (not transparent, not white)
  let ink = 0;
  for (const canvas of document.querySelectorAll('#cy canvas')) {
    const ctx = canvas.getContext('2d');
    if (!ctx || !canvas.width || !canvas.height) continue;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) ink++;
  }
  return ink;
}"""
