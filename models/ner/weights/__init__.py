"""Trained weights of the NER model (package data: ner.pt and the training logs)."""
