"""Word lists used by the name rules (shipped as package data)."""
