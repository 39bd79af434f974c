"""A local fake of Twilio's Messages REST API, served over real HTTP on the loopback.

The official SDK talks to it exactly as it would to api.twilio.com (Basic auth, form bodies,
JSON answers, Twilio's error shape), so the product's send path is exercised end to end.
"""

import base64
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


@dataclass
class FakeTwilio:
    account_sid: str
    auth_token: str
    sent: list[dict[str, str]] = field(default_factory=list)
    # Status codes to answer with, in order, before accepting requests again.
    scripted_failures: list[int] = field(default_factory=list)
    unsubscribed: set[str] = field(default_factory=set)
    requests_seen: int = 0
    # Seconds to wait before answering, to exercise the client's read timeout.
    delay_seconds: float = 0.0
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def bodies_to(self, number: str) -> list[str]:
        return [m["Body"] for m in self.sent if m["To"] == number]


def _error(code: int, message: str, status: int) -> dict[str, object]:
    return {"code": code, "message": message, "more_info": "", "status": status}


def make_handler(state: FakeTwilio) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def _reply(self, status: int, payload: dict[str, object]) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            with state.lock:
                state.requests_seen += 1
            if state.delay_seconds:
                time.sleep(state.delay_seconds)
            expected_path = f"/2010-04-01/Accounts/{state.account_sid}/Messages.json"
            if self.path != expected_path:
                self._reply(404, _error(20404, "The requested resource was not found", 404))
                return
            expected_auth = base64.b64encode(
                f"{state.account_sid}:{state.auth_token}".encode()
            ).decode()
            if self.headers.get("Authorization") != f"Basic {expected_auth}":
                self._reply(401, _error(20003, "Authenticate", 401))
                return
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            with state.lock:
                failure = state.scripted_failures.pop(0) if state.scripted_failures else None
            if failure is not None:
                self._reply(
                    failure, _error(20429 if failure == 429 else 20500, "Try later", failure)
                )
                return
            if form.get("To") in state.unsubscribed:
                self._reply(400, _error(21610, "Attempt to send to unsubscribed recipient", 400))
                return
            if not form.get("To") or not form.get("From") or "Body" not in form:
                self._reply(400, _error(21604, "A 'To' phone number is required.", 400))
                return
            sid = "SM" + uuid.uuid4().hex
            with state.lock:
                state.sent.append({**form, "sid": sid})
            self._reply(
                201,
                {
                    "sid": sid,
                    "account_sid": state.account_sid,
                    "to": form["To"],
                    "from": form["From"],
                    "body": form["Body"],
                    "status": "queued",
                    "num_segments": "1",
                    "direction": "outbound-api",
                    "api_version": "2010-04-01",
                    "uri": f"{expected_path[:-5]}/{sid}.json",
                },
            )

    return Handler


class FakeTwilioServer:
    def __init__(self, *, account_sid: str, auth_token: str) -> None:
        self.state = FakeTwilio(account_sid=account_sid, auth_token=auth_token)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(self.state))
        self.state.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeTwilio:
        self.thread.start()
        return self.state

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
