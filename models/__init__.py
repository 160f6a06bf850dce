"""Where weights come from and how they load: NER, embedders, generators.

Everything else receives ready objects from here and never loads a model at import time.
"""
