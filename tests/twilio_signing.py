"""Signing webhook requests the way Twilio does, written out from Twilio's documentation.

HMAC-SHA1 over the full URL followed by every POST parameter name and value, sorted by name,
keyed with the auth token, base64-encoded. Kept independent of the SDK's validator on purpose.
"""

import base64
import hashlib
import hmac


def twilio_signature(*, auth_token: str, url: str, params: dict[str, str]) -> str:
    payload = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    digest = hmac.new(auth_token.encode(), payload.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()
