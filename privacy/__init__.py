"""Presidio configured for Chinese: detection and masking of personal information."""
