"""Peak memory of one request answered with a 200 MB streamed body (issue 14).

The body must be read only up to ``core.anthropic.api.MAX_BODY_BYTES`` (8 MiB) and then refused: a
hostile or broken server must not be able to make the tray hold hundreds of megabytes. The
fake runs in its own process and streams the body as it generates it; the client runs in a
fresh child process whose peak resident size (``ru_maxrss``) is read before and after the
request, so the figure is the request's own cost, not earlier benchmarks'. Both ways of
sending the body are measured: chunked (no length announced: reading must stop at the cap)
and with a ``Content-Length`` (refused before reading).
"""

from __future__ import annotations

import json
import subprocess
import sys

from .env import ROOT, fake_server
from .report import Figure

NAME = "body cap"
BODY_BYTES = 200 * 1000 * 1000
TARGET_MB = 32.0  # growth of the peak: the 8 MiB cap plus slack, far below the body
USAGE = "/api/oauth/usage"

# Run in a child with the fake's base URL and an access token as arguments; prints JSON.
CHILD = """
import asyncio, json, resource, sys
import httpx
from core.anthropic.api import AnthropicApi
from core.anthropic.endpoints import Endpoints
from core.errors import ClaudeUsageError

async def main(base, token):
    async with httpx.AsyncClient(timeout=30.0) as http:
        api = AnthropicApi(http, Endpoints(api_base=base))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            await api.get_usage(token)
            outcome = "accepted"
        except ClaudeUsageError as exc:
            outcome = str(exc)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"before_kb": before, "after_kb": after, "outcome": outcome}))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def measure(base_url: str, token: str, cwd: str = str(ROOT)) -> dict[str, object]:
    """One request in a fresh child process (``cwd``: the checkout whose ``core`` to use)."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, base_url, token],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def run() -> list[Figure]:
    figures = []
    with fake_server(accounts=1) as server:
        token = json.loads(server.accounts[0]["credentials_json"])["claudeAiOauth"]["accessToken"]
        for chunked in (True, False):
            server.fault(kind="flood", path=USAGE, size=BODY_BYTES, chunked=chunked)
            result = measure(server.info["base_url"], token)
            growth = (int(str(result["after_kb"])) - int(str(result["before_kb"]))) / 1024
            how = "chunked" if chunked else "content-length"
            figures.append(
                Figure(
                    NAME,
                    f"peak RSS growth, 200 MB body ({how})",
                    growth,
                    "MB",
                    target=f"< {TARGET_MB:g} MB",
                    ok=growth < TARGET_MB and result["outcome"] != "accepted",
                    note=str(result["outcome"])[:60],
                )
            )
    return figures
