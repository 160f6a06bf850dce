"""Character-level Chinese NER (PER/LOC/ORG) trained by this project.

- ``data``: BIO corpus reading, spans, the held-out MSRA slice.
- ``features``: character, bigram and character-class ids (vectorised with numpy).
- ``lexicon``: word/name position hints from jieba's dictionary.
- ``segment``: splitting documents into sentence-sized pieces with offsets.
- ``crf`` / ``model``: the BiLSTM-CRF network.
- ``tagger``: ``load_ner_tagger(model_dir)``, the batched inference object.

Training (``python -m training.ner.train``), the synthetic sentences, the pretrained-vector
builder and the teacher live in the top-level ``training/`` folder, which is not installed.

Only ``tagger`` is imported by the rest of the project; it needs torch and numpy.
"""
