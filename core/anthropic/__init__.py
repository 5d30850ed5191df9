"""Talking to Anthropic: endpoints, the HTTP client, the User-Agent, OAuth sign-in and its
loopback listener."""
