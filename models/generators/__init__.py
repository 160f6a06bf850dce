"""Generator backends for drafting and polishing, behind one interface (see ``base.py``).

- ``composer``: the embedded default; a marker telling ``assist`` to use its rule-based,
  fact-preserving composer (no language model).
- ``transformers``: a local model directory (for example a Qwen instruct model) with its
  chat template, on GPU when available, else CPU.
- ``openai``: any OpenAI-compatible server (vLLM, Ollama, llama.cpp server) over HTTP,
  with timeouts, retries and streaming.

Only this package knows how generators load; callers receive a ready object.
"""

from __future__ import annotations

from models.errors import BackendUnavailable, ConfigError
from models.generators.base import Generator, Message
from models.generators.composer import ComposerGenerator, UnavailableGenerator

BACKENDS = ("composer", "transformers", "openai")

__all__ = ["BACKENDS", "Generator", "Message", "load_generator", "ComposerGenerator", "UnavailableGenerator"]


def load_generator(
    backend: str = "composer",
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    timeout_s: float = 60,
    retries: int = 2,
    *,
    device: str = "auto",
    fallback: bool = False,
) -> Generator:
    """A ready generator of the given backend.

    With ``fallback=True`` a language model that cannot be loaded becomes an
    ``UnavailableGenerator``: every request then falls back to the composer and says why,
    instead of the service failing at start-up.
    """
    if backend not in BACKENDS:
        raise ConfigError(f"未知的生成后端：{backend}（可选：{'、'.join(BACKENDS)}）")
    if backend == "composer":
        return ComposerGenerator()
    try:
        if backend == "transformers":
            from models.generators.transformers_backend import TransformersGenerator

            return TransformersGenerator(model, device=device)
        from models.generators.openai_backend import OpenAIGenerator

        return OpenAIGenerator(base_url, model, api_key=api_key, timeout_s=timeout_s, retries=retries)
    except (ConfigError, BackendUnavailable) as exc:
        if not fallback:
            raise
        return UnavailableGenerator(backend, exc.message)
