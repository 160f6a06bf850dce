"""Word lists used by the NER features and the synthetic generator (package data)."""
