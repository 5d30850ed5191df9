"""Organisation (Admin API) usage: key checks, report fetching, pricing."""
