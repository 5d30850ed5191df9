"""The fake Anthropic server as benchmarks run it: ``python -m bench.fake_server …``.

Exactly ``tests.fakes.server``, except for the listen backlog. socketserver's default of 5
pending connections makes the 6th..50th simultaneous connect wait for a SYN retransmit
(1 s on Linux), which would measure the fake, not the client; real servers accept far more.
"""

from __future__ import annotations

import sys

from tests.fakes import http_handler
from tests.fakes.server import main

http_handler.LoopbackServer.request_queue_size = 128

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
