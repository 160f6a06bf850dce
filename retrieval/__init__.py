"""Exemplar corpus, FAISS/BM25 indexes, search and comparison."""
