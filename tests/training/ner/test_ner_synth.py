import pytest

from models.ner.data import spans_from_tags
from training.ner.synth import generate


def test_generator_is_seeded():
    assert generate(50, seed=3) == generate(50, seed=3)
    assert generate(50, seed=3) != generate(50, seed=4)


@pytest.fixture(scope="module")
def sample():
    return generate(600, seed=13)


def test_every_sentence_has_a_person(sample):
    assert all(any(lab == "PER" for _, _, lab in spans_from_tags(s.tags)) for s in sample)


@pytest.mark.parametrize(
    "kind, check",
    [
        ("compound surnames", lambda name: name[:2] in {"欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫"}),
        ("nicknames", lambda name: name[0] in "老阿小" and len(name) == 2),
        ("lists without 、", None),
    ],
)
def test_domain_phenomena_are_covered(sample, kind, check):
    if check is None:  # two names glued together
        assert any(a[1] == b[0] and a[2] == b[2] == "PER" for s in sample
                   for a, b in zip(spans_from_tags(s.tags), spans_from_tags(s.tags)[1:]))
        return
    names = [s.text[a:b] for s in sample for a, b, lab in spans_from_tags(s.tags) if lab == "PER"]
    assert any(check(n) for n in names), kind


def test_mou_forms_label_only_the_surname(sample):
    # MSRA's convention (孙某 -> 孙); the privacy rules mask the whole 孙某/孙某某
    after = [s.text[b : b + 1] for s in sample for a, b, lab in spans_from_tags(s.tags) if lab == "PER"]
    assert "某" in after
    assert not any("某" in s.text[a:b] for s in sample for a, b, lab in spans_from_tags(s.tags) if lab == "PER")


def test_base_templates_are_a_stable_subset():
    base = generate(200, seed=13, templates="base")
    assert base == generate(200, seed=13, templates="base")
    assert not any(s.text.startswith(("家住", "居住在", "现住")) for s in base)
    with pytest.raises(ValueError):
        generate(5, templates="other")
