"""HTTP for the stores that kg reaches over the network: options, URL checks, credentials, retries.

Every failure becomes a one-line StoreError that names the URL without its user name or password;
a line quoted from the server's answer has its control characters escaped and any credentials it
echoes (an Authorization header, the password, its Basic-auth encoding) masked.
Retries are urllib3's `Retry`, mounted on the requests session: a 502, 503 or 504 (the server or a
proxy in front of it is busy or restarting) and a connection reset or closed without an answer
are tried again, up to `HttpOptions.retries` times; a refused connection, an unknown host and a
server that does not answer within the timeout are not. Requests are retried whatever their
method: every request kg sends (GET, a Graph Store POST that merges, INSERT DATA) may be repeated.
"""

from __future__ import annotations

import base64
import netrc
import os
import re
import socket
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ReadTimeoutError
from urllib3.util.retry import Retry

from ..errors import StoreError
from .results import printable

# Environment variables holding credentials for HTTP stores (else ~/.netrc, or $NETRC).
ENV_USER, ENV_PASSWORD, ENV_AUTH = "KG_STORE_USER", "KG_STORE_PASSWORD", "KG_STORE_AUTH"
# Answers worth trying again: the server or a proxy in front of it is busy or restarting.
TRANSIENT_STATUS = frozenset({502, 503, 504})


@dataclass(frozen=True)
class HttpOptions:
    timeout: float = 60.0  # seconds to connect, and to wait for each answer
    retries: int = 3  # further attempts after a transient failure
    backoff: float = 0.25  # urllib3's backoff_factor: the first retry at once, then 0.5 s, 1 s, 2 s …


def check_url(url: str) -> None:
    """StoreError unless url is an absolute http(s) URL with a host (and a valid port)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        shown = url if "@" not in url else "the URL given"
        raise StoreError(f"{shown}: not an http(s) URL")


def redact(url: str) -> str:
    """The URL without user name or password."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def credentials(url: str) -> tuple[str, str] | None:
    """User and password for a URL: from the URL, else KG_STORE_USER/KG_STORE_PASSWORD, else netrc."""
    parts = urlsplit(url)
    if parts.username:
        return unquote(parts.username), unquote(parts.password or "")
    if os.environ.get(ENV_USER):
        return os.environ[ENV_USER], os.environ.get(ENV_PASSWORD, "")
    file = os.environ.get("NETRC") or os.path.expanduser("~/.netrc")
    if not os.path.isfile(file):
        return None
    try:
        entry = netrc.netrc(file).authenticators(parts.hostname or "")
    except netrc.NetrcParseError as exc:
        raise StoreError(f"{file}: cannot parse it (line {exc.lineno})") from None
    except OSError as exc:
        raise StoreError(f"{file}: cannot read: {exc.strerror}") from None
    if entry is None:
        return None
    login, _, password = entry
    return login or "", password or ""


class TransientRetry(Retry):
    """urllib3's Retry, but a read timeout is final, and giving up records how many attempts were made.

    A server slower than the timeout would be as slow again (and the wait would multiply), so a
    read timeout is raised at once, as a connection error is (connect=0). `attempts` on the
    MaxRetryError is for the message: "(after 3 attempts)".
    """

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        if isinstance(error, ReadTimeoutError):
            raise error.with_traceback(_stacktrace)
        try:
            return super().increment(method, url, response, error, _pool, _stacktrace)
        except MaxRetryError as exc:
            exc.attempts = len(self.history) + 1
            raise


def retry_policy(options: HttpOptions) -> TransientRetry:
    return TransientRetry(
        total=options.retries, connect=0, status_forcelist=TRANSIENT_STATUS, allowed_methods=None,
        backoff_factor=options.backoff, raise_on_status=False, redirect=False,
        # A Retry-After of an hour would hang a load that --timeout and --retries are meant to bound.
        respect_retry_after_header=False)


def _reason(exc: BaseException) -> str:
    """A short cause for a connection failure, found in the chain of wrapped exceptions."""
    seen, stack = set(), [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, ConnectionRefusedError):
            return "connection refused"
        if isinstance(e, ConnectionResetError):
            return "connection reset"
        if type(e).__name__ == "RemoteDisconnected":
            return "connection closed without an answer"
        if type(e).__name__ == "NameResolutionError" or isinstance(e, socket.gaierror):
            return "unknown host"
        if isinstance(e, OSError) and e.strerror:
            return e.strerror.lower()
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        stack.extend(x for x in (e.__cause__, e.__context__, getattr(e, "reason", None)) if isinstance(x, BaseException))
    return type(exc).__name__


def _attempts(exc: BaseException) -> int:
    """How many times a request that failed to connect was sent (the MaxRetryError knows)."""
    for arg in exc.args:
        if isinstance(arg, MaxRetryError):
            return getattr(arg, "attempts", 1)
    return 1


def _after(attempts: int) -> str:
    return f" (after {attempts} attempts)" if attempts > 1 else ""


class HttpClient:
    """A requests session with bounded retries, basic or digest auth, and messages free of credentials."""

    def __init__(self, options: HttpOptions = HttpOptions()):
        self.options = options
        self.session = requests.Session()
        adapter = HTTPAdapter(max_retries=retry_policy(options))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._secrets: set[str] = set()  # strings no message may contain: the password, its Basic encoding
        mode = os.environ.get(ENV_AUTH, "auto").lower()
        if mode not in ("auto", "basic", "digest"):
            raise StoreError(f"{ENV_AUTH} must be auto, basic or digest, not {mode!r}")

    def _auth_for(self, url: str, challenge: str):
        creds = credentials(url)
        if creds is None:
            return None
        user, password = creds
        if password:
            self._secrets |= {password, base64.b64encode(f"{user}:{password}".encode()).decode("ascii")}
        mode = os.environ.get(ENV_AUTH, "auto").lower()
        if mode == "auto":
            mode = "digest" if "digest" in challenge.lower() else "basic"
        auth = requests.auth
        return auth.HTTPDigestAuth(user, password) if mode == "digest" else auth.HTTPBasicAuth(user, password)

    def scrub(self, text: str) -> str:
        """Belt and braces: messages are built without credentials, and known secrets are masked anyway."""
        text = mask_credentials(text)
        for secret in sorted(self._secrets, key=len, reverse=True):
            if len(secret) >= 6:
                text = text.replace(secret, "***")
            else:
                text = re.sub(rf"(?<![\w]){re.escape(secret)}(?![\w])", "***", text)
        return text

    def request(self, method: str, url: str, *, data: bytes | None = None,
                headers: dict[str, str] | None = None, what: str = "request", allow: tuple[int, ...] = ()):
        """The response to a request; StoreError on any failure, after retrying transient ones."""
        shown = redact(url)
        timeout = self.options.timeout
        if self.session.auth is None and os.environ.get(ENV_AUTH, "auto").lower() in ("basic", "digest"):
            self.session.auth = self._auth_for(url, "")
        while True:
            try:
                response = self.session.request(method, shown, data=data, headers=headers, timeout=(timeout, timeout))
            except requests.Timeout:
                raise StoreError(self.scrub(f"{shown}: no answer within {timeout:g} s")) from None
            except requests.RequestException as exc:
                raise StoreError(self.scrub(f"cannot reach {shown}: {_reason(exc)}{_after(_attempts(exc))}")) from None
            if response.status_code == 401 and self.session.auth is None:
                auth = self._auth_for(url, response.headers.get("WWW-Authenticate", ""))
                if auth is not None:  # asked for credentials that we have: send them, once
                    self.session.auth = auth
                    continue
            if response.status_code >= 400 and response.status_code not in allow:
                raise StoreError(self.scrub(self._http_error(shown, response, what)))
            return response

    @staticmethod
    def _http_error(shown: str, response, what: str) -> str:
        status = f"{response.status_code} {response.reason or ''}".strip()
        detail = _first_line(response.text)
        retried = getattr(response.raw, "retries", None)
        tries = _after(len(retried.history) + 1) if retried is not None else ""
        hint = ""
        if response.status_code == 401:
            hint = f"; set {ENV_USER} and {ENV_PASSWORD}, or add the host to ~/.netrc"
        elif response.status_code == 403:
            hint = "; the credentials given are not allowed to do this"
        return f"{shown} answered {status} to the {what}{tries}" + (f": {detail}" if detail else "") + hint

    def close(self) -> None:
        self.session.close()


# A header echoed back (`Authorization: Basic …`, `"authorization": "Bearer …"`): the rest of the
# line is its value. And a credential after its scheme's name, wherever it stands.
_AUTH_HEADER = re.compile(r"""(?i)(\b(?:proxy-)?authorization["']?\s*[:=])[^\n]*""")
_AUTH_TOKEN = re.compile(r"(?i)\b(basic|bearer|digest|negotiate)\s+[A-Za-z0-9+/=._~-]{8,}")


def mask_credentials(text: str) -> str:
    """The text with echoed Authorization values and scheme-tagged tokens replaced by ***."""
    return _AUTH_TOKEN.sub(r"\1 ***", _AUTH_HEADER.sub(r"\1 ***", text))


def _first_line(text: str, limit: int = 200) -> str:
    """The first meaningful line of an error body, HTML tags stripped, credentials masked, controls escaped."""
    text = re.sub(r"(?is)<(script|style|title|head)\b.*?</\1>", " ", text or "")
    text = re.sub(r"<[^>]+>", "\n", text)
    for line in text.splitlines():
        line = printable(mask_credentials(" ".join(line.split())))
        if line and not line.lower().startswith(("<!doctype", "http/1")):
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""
