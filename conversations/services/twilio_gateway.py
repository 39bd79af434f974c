"""The one place that talks to Twilio's REST API, through the official SDK.

`TWILIO_API_BASE_URL` replaces `https://*.twilio.com` for every request the SDK makes (staging,
tests against a local fake). Retries are bounded and only where a resend cannot text a patient
twice: a 429 or 5xx answer, or a connection that was never made. A timeout after the request
left is ambiguous, so it is reported as unknown and never resent.
"""

import logging
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from django.conf import settings
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

logger = logging.getLogger(__name__)
_quiet_sdk_logger = logging.getLogger("twilio.http_client.quiet")
_quiet_sdk_logger.setLevel(logging.WARNING)

OPTED_OUT_ERROR = 21610
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})


class RedirectingHttpClient(TwilioHttpClient):
    """Sends every SDK request to `base_url` instead of Twilio's hosts."""

    def __init__(self, *, base_url: str, timeout: float) -> None:
        super().__init__(timeout=timeout, logger=_quiet_sdk_logger)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: object, **kwargs: object) -> Response:  # type: ignore[override]
        if self.base_url:
            parts = urlsplit(url)
            url = f"{self.base_url}{parts.path}" + (f"?{parts.query}" if parts.query else "")
        return super().request(method, url, *args, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SendResult:
    """What became of one send: a SID, or an error and whether it may have gone out."""

    sid: str = ""
    status: str = ""
    error_code: int | None = None
    ambiguous: bool = False
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return bool(self.sid)


def twilio_configured() -> bool:
    return bool(settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN)


def build_client() -> Client:
    http_client = RedirectingHttpClient(
        base_url=settings.TWILIO_API_BASE_URL, timeout=settings.TWILIO_TIMEOUT_SECONDS
    )
    return Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, http_client=http_client)


def send_sms(*, to: str, from_: str, body: str, status_callback: str | None) -> SendResult:
    """Create one message at Twilio, retrying only what cannot double-send."""
    client = build_client()
    attempts = 0
    delay = settings.TWILIO_BACKOFF_SECONDS
    while True:
        attempts += 1
        try:
            kwargs: dict[str, str] = {"to": to, "from_": from_, "body": body}
            if status_callback:
                kwargs["status_callback"] = status_callback
            message = client.messages.create(**kwargs)
            return SendResult(sid=message.sid or "", status=message.status or "", attempts=attempts)
        except TwilioRestException as exc:
            retryable = exc.status in RETRYABLE_STATUSES
            if not retryable or attempts >= settings.TWILIO_MAX_ATTEMPTS:
                logger.warning(
                    "twilio send failed status=%s code=%s attempts=%s",
                    exc.status,
                    exc.code,
                    attempts,
                )
                return SendResult(error_code=exc.code or exc.status, attempts=attempts)
        except requests.exceptions.ConnectionError as exc:
            if not _request_never_left(exc):
                logger.warning("twilio connection dropped after the request left; not resent")
                return SendResult(ambiguous=True, attempts=attempts)
            if attempts >= settings.TWILIO_MAX_ATTEMPTS:
                logger.warning("twilio unreachable after %s attempts", attempts)
                return SendResult(attempts=attempts)
        except requests.exceptions.Timeout:
            logger.warning("twilio send timed out after the request left; not resent")
            return SendResult(ambiguous=True, attempts=attempts)
        time.sleep(delay)
        delay *= 2


def _request_never_left(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the connection was never made, so Twilio cannot have seen the request."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, NewConnectionError | ConnectTimeoutError)
