"""Chinese labels of the entity types (kept for old imports): read ``privacy.entity_types``."""

from privacy.entity_types import entity_labels

ENTITY_LABELS = entity_labels()
