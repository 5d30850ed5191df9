"""Usage history: SQLite samples and the forecasts drawn from them."""
