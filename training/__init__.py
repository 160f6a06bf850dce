"""Training and experiment code. Not part of the installed package (see pyproject)."""
