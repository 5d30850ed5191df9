"""HTTP control endpoints under ``/_fake/`` for a fake running in another process.

The standalone server (``python -m tests.fakes.server``) is driven through these by the
e2e tray test and benchmarks. They are never recorded in ``FakeAnthropic.requests``::

    GET  /_fake/requests                       [{method, path, query, user_agent, anthropic_beta, fault, time}]
    POST /_fake/usage    {"email", "usage"}     set an account's usage payload
    POST /_fake/expire   {"email"}              expire an account's current access token
    POST /_fake/fault    {"kind": "status"|"malformed"|"reset"|"hang", "path", "status",
                          "body", "headers", "times", "seconds"}
                         {"kind": "cloudflare", "path", "status", "mitigated_header", "times"}
                         {"kind": "drip", "path", "seconds", "chunk", "times"}
                         {"kind": "flood", "path", "size", "chunked", "times"}
    POST /_fake/latency  {"seconds"}
    POST /_fake/clear    {}                     drop queued faults and the request log
"""  # noqa: E501

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .recording import RecordedRequest
from .responses import Response, api_error, json_response

if TYPE_CHECKING:
    from .accounts import FakeAccount
    from .server import FakeAnthropic

PREFIX = "/_fake/"


def handle(fake: FakeAnthropic, request: RecordedRequest) -> Response:
    """Answer one control request (any error is a 400 with a message)."""
    action = request.path.removeprefix(PREFIX)
    if action == "requests" and request.method == "GET":
        return json_response(200, [_summary(r) for r in fake.requests])
    body = request.json if isinstance(request.json, dict) else {}
    handler = _ACTIONS.get(action)
    if handler is None or request.method != "POST":
        return api_error(404, "not_found_error", f"no control action {action!r}")
    try:
        handler(fake, body)
    except (KeyError, TypeError, ValueError) as error:
        return api_error(400, "invalid_request_error", f"{action}: {error!r}")
    return json_response(200, {"ok": True})


def _summary(request: RecordedRequest) -> dict[str, Any]:
    return {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "user_agent": request.user_agent,
        "anthropic_beta": request.anthropic_beta,
        "fault": request.fault,
        "time": request.time,
    }


def _account(fake: FakeAnthropic, email: str) -> FakeAccount:
    for account in fake.accounts:
        if account.email == email:
            return account
    raise KeyError(email)


def _usage(fake: FakeAnthropic, body: dict[str, Any]) -> None:
    fake.set_usage(_account(fake, body["email"]), dict(body["usage"]))


def _expire(fake: FakeAnthropic, body: dict[str, Any]) -> None:
    fake.expire_access_token(_account(fake, body["email"]))


def _fault(fake: FakeAnthropic, body: dict[str, Any]) -> None:
    kind, path, times = body["kind"], body["path"], body.get("times", 1)
    if kind == "status":
        fake.fail(
            path,
            int(body["status"]),
            body=body.get("body"),
            headers=body.get("headers"),
            times=times,
        )
    elif kind == "malformed":
        fake.malformed(path, body=str(body.get("body", "{not json")).encode(), times=times)
    elif kind == "reset":
        fake.reset_connection(path, times=times)
    elif kind == "hang":
        fake.hang(path, float(body["seconds"]), times=times)
    elif kind == "cloudflare":
        mitigated = bool(body.get("mitigated_header", True))
        status = int(body.get("status", 403))
        fake.cloudflare_challenge(path, status=status, mitigated_header=mitigated, times=times)
    elif kind == "drip":
        fake.drip(path, float(body["seconds"]), chunk=int(body.get("chunk", 1)), times=times)
    elif kind == "flood":
        fake.huge_body(
            path, int(body["size"]), chunked=bool(body.get("chunked", True)), times=times
        )
    else:
        raise ValueError(f"unknown fault kind {kind!r}")


def _latency(fake: FakeAnthropic, body: dict[str, Any]) -> None:
    fake.latency = float(body["seconds"])


def _clear(fake: FakeAnthropic, body: dict[str, Any]) -> None:
    fake.clear_faults()
    fake.clear_requests()


_ACTIONS = {
    "usage": _usage,
    "expire": _expire,
    "fault": _fault,
    "latency": _latency,
    "clear": _clear,
}
