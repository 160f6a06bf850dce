import pytest

from models.errors import BackendUnavailable, ConfigError
from models.generators import ComposerGenerator, UnavailableGenerator, load_generator


def test_default_backend_is_the_composer_marker():
    gen = load_generator()
    assert isinstance(gen, ComposerGenerator)
    assert (gen.name, gen.is_language_model) == ("composer", False)


@pytest.mark.parametrize("method", ["generate", "stream"])
def test_composer_refuses_free_generation(method):
    with pytest.raises(ConfigError):
        getattr(ComposerGenerator(), method)([{"role": "user", "content": "x"}])


@pytest.mark.parametrize("method", ["generate", "stream"])
def test_unavailable_generator_reports_its_reason(method):
    gen = UnavailableGenerator("transformers", "模型目录不存在")
    with pytest.raises(BackendUnavailable, match="模型目录不存在"):
        getattr(gen, method)([{"role": "user", "content": "x"}])
