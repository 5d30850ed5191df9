"""The usage pipeline: parsing, tokens, the rate-limit gate, the fetcher, snapshots, the
scheduler, display helpers."""
