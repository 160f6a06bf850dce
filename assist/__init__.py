"""Rubric scoring, fidelity checking, drafting and polishing."""
