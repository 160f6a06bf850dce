"""Privacy evaluation: the generated domain set, a handwritten set, NER dev splits, and the speed benchmark."""
