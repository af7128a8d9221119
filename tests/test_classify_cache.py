"""The fitted default classifier kept in the user's cache folder between processes."""

import pickle
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from nextyes.classify import Classifier, Example, Label, cache
from nextyes.classify import classifier as classifier_module
from nextyes.classify.classifier import _trained
from nextyes.classify.dataset import training_examples

MESSAGE = ("Your application", "We have decided to move forward with other candidates.",
           "jobs@acme.greenhouse.io")  # fmt: skip


def fit_or_load() -> Classifier:
    """What default_classifier() does in a new process (bypassing this one's memory)."""
    return _trained.__wrapped__(())


def a_sample() -> tuple[Example, ...]:
    """Every eighth shipped example: how the model is kept and found again does not depend on
    how much it learnt, and a fit of the whole corpus takes ten seconds or more."""
    return training_examples()[::8]


@pytest.fixture(autouse=True)
def quick_fits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fits on a sample here; the process's own classifiers are forgotten before and after,
    so none fitted on the sample outlives the test (the next test loads the real one)."""
    _trained.cache_clear()
    monkeypatch.setattr(classifier_module, "training_examples", a_sample)
    yield
    _trained.cache_clear()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def stored(folder: Path) -> list[Path]:
    return sorted(folder.glob("classifier-*.pickle"))


def test_the_fitted_model_is_stored_privately_and_loaded_next_time(folder: Path) -> None:
    first = fit_or_load()
    (path,) = stored(folder)
    assert path == cache.cache_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(folder.glob(".*"))  # no temporary file left behind

    loaded = cache.load()
    assert isinstance(loaded, Classifier)
    assert loaded is not first
    assert loaded.classify(*MESSAGE) == first.classify(*MESSAGE)
    assert fit_or_load().classify(*MESSAGE) == first.classify(*MESSAGE)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle", pickle.dumps({"key": "another key", "classifier": None})],
    ids=["empty", "garbage", "another key"],
)
def test_an_unreadable_or_foreign_file_means_training_again(folder: Path, content: bytes) -> None:
    folder.mkdir()
    cache.cache_path().write_bytes(content)
    assert cache.load() is None
    found = fit_or_load()
    assert found.classify(*MESSAGE).label is Label.REJECTION
    assert isinstance(cache.load(), Classifier)  # replaced by a good one


def test_files_of_other_keys_are_removed_when_a_new_one_is_stored(folder: Path) -> None:
    folder.mkdir()
    old = folder / "classifier-0123456789abcdef.pickle"
    old.write_bytes(b"from an older version")
    fit_or_load()
    assert stored(folder) == [cache.cache_path()]


def test_the_key_follows_the_corpus_and_the_libraries() -> None:
    key = cache.model_key()
    assert len(key) == 32
    assert cache.model_key() == key  # the same installation, the same key


def test_a_model_with_corrections_never_goes_to_disk(folder: Path) -> None:
    """Only the shipped model is stored (the corrected one starts from it); nothing of the
    person's mail is in the folder."""
    correction = Example("Coffee with Dana?", "A chat about the zephyrine team, no pressure.",
                         "dana@gmail.com", Label.RECRUITER_OUTREACH)  # fmt: skip
    corrected = _trained.__wrapped__((correction,))
    assert corrected._extra_matrix is not None  # it holds the correction, in memory
    assert stored(folder) == [cache.cache_path()]  # the shipped model it started from
    for path in folder.iterdir():
        content = path.read_bytes()
        assert b"zephyrine" not in content
        assert b"dana@gmail.com" not in content
    shipped = cache.load()
    assert isinstance(shipped, Classifier)
    assert shipped._extra_matrix is None


def test_a_cache_folder_that_cannot_be_written_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(blocked / "cache"))
    assert fit_or_load().classify(*MESSAGE).label is Label.REJECTION


def test_the_compact_model_reads_exactly_as_the_fitted_one() -> None:
    """The shipped model is used (and cached) as plain arrays, without scikit-learn: the
    same probabilities as the fitted model, on a third of the corpus (every kind of message
    is there; the whole of it only takes longer)."""
    import numpy as np

    from nextyes.classify import read_message
    from nextyes.classify.dataset import load_corpus

    fitted = Classifier(a_sample())
    compact = fitted.compact()
    assert compact is not fitted
    assert compact.compact() is compact
    read = [read_message(m.example.subject, m.example.body, m.example.sender).text
            for m in load_corpus()[::3]]  # fmt: skip
    texts = [t for t in read if t is not None] + ["", "zz"]  # nothing it knows, too
    expected = fitted._model.proba(fitted._model.transform(texts))
    found = compact._model.proba(compact._model.transform(texts))
    assert np.allclose(found, expected, rtol=0, atol=1e-12)
    items = [(m.example.subject, m.example.body, m.example.sender) for m in load_corpus()[::3]]
    assert compact.classify_many(items) == fitted.classify_many(items)


def test_a_file_others_may_write_is_never_read(folder: Path) -> None:
    fit_or_load()
    cache.cache_path().chmod(0o666)
    assert cache.load() is None
