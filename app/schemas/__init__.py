"""Request and response schemas of the HTTP API (input and output kept apart)."""
