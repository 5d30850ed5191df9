"""The encrypted account store: its file, its key, the accounts in it, the legacy import,
per-account locks."""
