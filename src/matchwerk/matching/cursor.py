"""Opaque, sealed keyset cursors for match lists.

A cursor carries the last (score, candidate or vacancy id) of a page. Employers must not learn real candidate
ids, so the payload is encrypted (HMAC-SHA256 keystream with a random nonce) and authenticated with the
server secret; a tampered or foreign cursor is rejected.
"""

import base64
import binascii
import hashlib
import hmac
import os
import struct
from uuid import UUID

from matchwerk.errors import ValidationFailed

_NONCE, _TAG, _PAYLOAD = 8, 10, 24


def _stream(secret: bytes, label: bytes, nonce: bytes) -> bytes:
    return hmac.new(secret, label + nonce, hashlib.sha256).digest()


def seal(score: float, item_id: UUID, secret: bytes) -> str:
    """The cursor for the page after the item (score, id)."""
    nonce = os.urandom(_NONCE)
    payload = struct.pack(">d", score) + item_id.bytes
    cipher = bytes(a ^ b for a, b in zip(payload, _stream(secret, b"cursor", nonce), strict=False))
    tag = _stream(secret, b"tag", nonce + cipher)[:_TAG]
    return base64.urlsafe_b64encode(nonce + cipher + tag).decode().rstrip("=")


def open_cursor(cursor: str, secret: bytes) -> tuple[float, UUID]:
    """The (score, id) in a cursor, or ValidationFailed for a malformed or tampered one."""
    error = ValidationFailed(
        "The cursor is malformed; use next_cursor from the previous page.",
        errors=[{"loc": ["query", "cursor"], "msg": "malformed cursor", "type": "cursor_invalid"}],
    )
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    except (binascii.Error, ValueError) as exc:
        raise error from exc
    if len(raw) != _NONCE + _PAYLOAD + _TAG:
        raise error
    nonce, cipher, tag = raw[:_NONCE], raw[_NONCE:-_TAG], raw[-_TAG:]
    if not hmac.compare_digest(tag, _stream(secret, b"tag", nonce + cipher)[:_TAG]):
        raise error
    payload = bytes(a ^ b for a, b in zip(cipher, _stream(secret, b"cursor", nonce), strict=False))
    return struct.unpack(">d", payload[:8])[0], UUID(bytes=payload[8:])
