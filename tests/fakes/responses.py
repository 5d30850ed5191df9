"""Building the fake server's answers: JSON, Anthropic-style errors, OAuth errors, pages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .accounts import sample

Body = bytes | str | dict[str, Any] | list[Any] | None


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    merged = {"Content-Type": "application/json", **(headers or {})}
    return Response(status, json.dumps(payload).encode("utf-8"), merged)


def api_error(status: int, kind: str, message: str) -> Response:
    """The API's error shape: ``{"type":"error","error":{"type","message"}}``."""
    return json_response(status, {"type": "error", "error": {"type": kind, "message": message}})


def oauth_error(status: int, error: str, description: str) -> Response:
    """The token endpoint's error shape: ``{"error","error_description"}``."""
    return json_response(status, {"error": error, "error_description": description})


def html_response(status: int, text: str) -> Response:
    page = f"<!doctype html><html><body>{text}</body></html>".encode()
    return Response(status, page, {"Content-Type": "text/html; charset=utf-8"})


def encode_body(body: Body) -> bytes | None:
    """Bytes as they are, text as UTF-8, anything else as JSON; ``None`` stays ``None``."""
    if body is None:
        return None
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    return json.dumps(body).encode("utf-8")


_ERROR_KINDS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    529: "overloaded_error",
}


def default_error_body(status: int) -> bytes:
    """What the real API says for ``status``: the sample 429 body, else a typed error."""
    if status == 429:
        return json.dumps(sample("usage_rate_limited_429.json")).encode("utf-8")
    kind = _ERROR_KINDS.get(status, "api_error")
    error = {"type": "error", "error": {"type": kind, "message": f"Injected error {status}"}}
    return json.dumps(error).encode("utf-8")
