"""Test doubles with real parts: a fake Anthropic server on loopback, a test keyring."""
