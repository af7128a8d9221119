"""Experiment (not a test): model-level variants of the inbox classifier, side by side.

Each variant is fitted on the training split of the shipped corpus and scored on the
held-out families only (never on the blind sets), through `Classifier.classify_many`: rules
and guards included, exactly as bench/classify_eval.py scores the shipped model. Features
are computed once and shared; each variant's fit time counts the features it uses.

Usage: .venv/bin/python bench/classify_experiments.py [--only NAME ...]

Printed per variant: fit seconds, macro-F1, rejection precision and recall, wrong confident
rejections (at the 0.9 threshold), and macro-F1 / rejection recall per language."""

import argparse
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import (  # type: ignore[import-untyped]
    CountVectorizer,
    TfidfVectorizer,
)
from sklearn.linear_model import LogisticRegression, SGDClassifier  # type: ignore[import-untyped]
from sklearn.naive_bayes import ComplementNB  # type: ignore[import-untyped]
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from nextyes.classify import Classifier, Example, Label, is_confident
from nextyes.classify.classifier import Reading, read_message
from nextyes.classify.dataset import (
    HELD_OUT_EVERY,
    _order,
    held_out_examples,
    load_corpus,
    training_examples,
)
from nextyes.classify.language import language_of
from nextyes.classify.model import (
    HEAD_CHARS,
    MAX_CHAR_FEATURES,
    MAX_WORD_FEATURES,
    SENDER_WORDS,
    SEPARATOR,
    fold_words,
    model_text,
)
from nextyes.classify.text import prepare

LABELS = list(Label)
LANGUAGES = ("en", "de", "fr", "es", "nl")
TOKENS = r"(?u)\b\w[\w'-]*\b"


def head(text: str) -> str:
    return text[:HEAD_CHARS]


# ---------------------------------------------------------------- the data, read once


@dataclass
class Data:
    train: Sequence[Example]
    test: Sequence[Example]
    train_texts: list[str]
    test_texts: list[str]
    train_labels: list[str]
    train_lang: list[str]
    test_lang: list[str]
    test_readings: list[Reading]
    features: dict[str, tuple[Any, Any, float]] = field(default_factory=dict)


def language(e: Example) -> str:
    return language_of(f"{e.subject}\n{e.body}".lower()) or "none"


def load(fold: int = 0) -> Data:
    """Fold 0 is the shipped split (training_examples / held_out_examples); folds 1-3 hold
    out the other three quarters of the families of each label, the same way."""
    if fold == 0:
        train, test = training_examples(), held_out_examples()
    else:
        by_label: dict[Label, set[str]] = {}
        for m in load_corpus():
            by_label.setdefault(m.example.label, set()).add(m.family)
        held = set()
        for families in by_label.values():
            held.update(sorted(families, key=_order)[fold::HELD_OUT_EVERY])
        train = tuple(m.example for m in load_corpus() if m.family not in held)
        test = tuple(m.example for m in load_corpus() if m.family in held)
    test_readings = [read_message(e.subject, e.body, e.sender) for e in test]
    return Data(
        train,
        test,
        [model_text(prepare(e.subject, e.body, e.sender)) for e in train],
        [model_text(prepare(e.subject, e.body, e.sender)) for e in test],
        [str(e.label) for e in train],
        [language(e) for e in train],
        [language(e) for e in test],
        test_readings,
    )


def fold_plain(text: str) -> str:
    """Accents stripped and digits collapsed only."""
    return fold(text, names=False)


def fold(text: str, names: bool = True) -> str:
    """Language-folded text for the word features: accents stripped, digits collapsed, and
    the sender's own name words (display name, domain labels) replaced by one placeholder
    wherever they occur, so the model cannot learn a company's name."""
    hints, _, fresh = text.partition(f" {SEPARATOR} ")
    words = hints.split()
    # The hint part starts with the display name and the domain, then zz-tokens.
    found: set[str] = set()
    for word in words:
        if word.startswith("zz") or not names:
            continue
        for part in word.replace(".", " ").replace("-", " ").split():
            if len(part) >= 4 and part not in COMMON:
                found.add(part)
    out = []
    for token in fresh.split():
        bare = token.strip(".,:;!?()'\"")
        out.append("zzname" if bare in found else token)
    folded = " ".join(["zzname" if w in found else w for w in words] + [SEPARATOR, *out])
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    return "".join("0" if c.isdigit() else c for c in folded)


# Sender words that are kept as words (who sends job mail, mail providers, job sites):
# the same set the shipped folding uses.
COMMON = SENDER_WORDS


def words_vectorizer(**kw: Any) -> TfidfVectorizer:
    args: dict[str, Any] = dict(
        ngram_range=(1, 2), sublinear_tf=True, max_df=0.9, max_features=MAX_WORD_FEATURES,
        token_pattern=TOKENS, lowercase=False,
    )  # fmt: skip
    args.update(kw)
    return TfidfVectorizer(**args)


def chars_vectorizer(**kw: Any) -> TfidfVectorizer:
    args: dict[str, Any] = dict(
        analyzer="char", ngram_range=(3, 5), sublinear_tf=True, min_df=2,
        max_features=MAX_CHAR_FEATURES, preprocessor=head,
    )  # fmt: skip
    args.update(kw)
    return TfidfVectorizer(**args)


def feature(data: Data, name: str) -> tuple[Any, Any, float]:
    """(train matrix, test matrix, seconds to fit) of a named feature block, cached."""
    if name in data.features:
        return data.features[name]
    started = time.perf_counter()
    train, test = data.train_texts, data.test_texts
    if name == "words":
        v: Any = words_vectorizer()
    elif name == "chars":
        v = chars_vectorizer()
    elif name == "words_min2":
        v = words_vectorizer(min_df=2)
    elif name == "words_20k":
        v = words_vectorizer(max_features=20000)
    elif name == "chars_12k":
        v = chars_vectorizer(max_features=12000)
    elif name == "words_6k":
        v = words_vectorizer(max_features=6000)
    elif name == "chars_4k":
        v = chars_vectorizer(max_features=4000)
    elif name == "words_folded":
        v = words_vectorizer()
        train, test = [fold(t) for t in train], [fold(t) for t in test]
    elif name == "words_folded_min2":
        v = words_vectorizer(min_df=2)
        train, test = [fold(t) for t in train], [fold(t) for t in test]
    elif name == "words_folded_plain":
        v = words_vectorizer()
        train, test = [fold_plain(t) for t in train], [fold_plain(t) for t in test]
    elif name == "words_fold_words":  # the shipped folding (model.fold_words)
        v = words_vectorizer()
        train, test = [fold_words(t) for t in train], [fold_words(t) for t in test]
    elif name == "word_counts":
        v = CountVectorizer(ngram_range=(1, 2), max_df=0.9, max_features=MAX_WORD_FEATURES,
                            token_pattern=TOKENS, lowercase=False)  # fmt: skip
    else:
        raise KeyError(name)
    with threadpool_limits(1):
        x_train = v.fit_transform(train)
        x_test = v.transform(test)
    data.features[name] = (x_train, x_test, time.perf_counter() - started)
    return data.features[name]


def stacked(data: Data, *names: str) -> tuple[Any, Any, float]:
    parts = [feature(data, n) for n in names]
    return (
        sparse.hstack([p[0] for p in parts]).tocsr(),
        sparse.hstack([p[1] for p in parts]).tocsr(),
        sum(p[2] for p in parts),
    )


# ---------------------------------------------------------------- models


def logistic(c: float = 150.0, **kw: Any) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000, tol=1e-5, class_weight="balanced", **kw)


def fit(model: Any, x: Any, y: Sequence[str], w: Any = None) -> tuple[Any, float]:
    started = time.perf_counter()
    with threadpool_limits(1):
        model.fit(x, y, sample_weight=w)
    return model, time.perf_counter() - started


def aligned(model: Any, p: Any) -> Any:
    """Probabilities in LABELS order."""
    order = [list(model.classes_).index(str(label)) for label in LABELS]
    return np.asarray(p)[:, order]


def proba_of(model: Any, x: Any) -> Any:
    with threadpool_limits(1):
        return aligned(model, model.predict_proba(x))


def combine(ps: Sequence[Any], how: str, weights: Sequence[float] | None = None) -> Any:
    w = np.asarray(weights if weights is not None else [1.0] * len(ps), dtype=float)
    w = w / w.sum()
    if how == "mean":
        return sum(wi * p for wi, p in zip(w, ps, strict=True))
    logs = sum(wi * np.log(np.clip(p, 1e-12, 1.0)) for wi, p in zip(w, ps, strict=True))
    logs = logs - logs.max(axis=1, keepdims=True)
    out = np.exp(logs)
    return out / out.sum(axis=1, keepdims=True)


def language_weights(data: Data, power: float) -> Any:
    """Each of de/fr/es/nl weighs (count_en / count_lang) ** power per message."""
    counts = {lang: data.train_lang.count(lang) for lang in set(data.train_lang)}
    en = counts["en"]
    return np.asarray(
        [(en / counts[lang]) ** power if lang in LANGUAGES[1:] else 1.0 for lang in data.train_lang]
    )


def lower_rejection(p: Any, p_binary: Any, how: str) -> Any:
    """Lower (never raise) the rejection probability with a binary model's; the other
    labels share the mass freed, in proportion."""
    r = LABELS.index(Label.REJECTION)
    old = p[:, r]
    new = np.minimum(old, p_binary) if how == "min" else np.minimum(old, np.sqrt(old * p_binary))
    out = p.copy()
    rest = 1.0 - old
    scale = np.where(rest > 1e-12, (1.0 - new) / np.maximum(rest, 1e-12), 1.0)
    out *= scale[:, None]
    out[:, r] = new
    return out


# ---------------------------------------------------------------- variants


Result = tuple[Any, float]  # (test probabilities in LABELS order, fit seconds)


def base(data: Data, c: float = 150.0, blocks: tuple[str, ...] = ("words", "chars"),
         weights: Any = None, **kw: Any) -> Result:  # fmt: skip
    x, xt, s = stacked(data, *blocks)
    model, t = fit(logistic(c, **kw), x, data.train_labels, weights)
    return proba_of(model, xt), s + t


def ensemble(data: Data, members: Sequence[str], how: str = "mean") -> Result:
    ps, total = [], 0.0
    x, xt, s = stacked(data, "words", "chars")
    total += s
    for member in members:
        if member == "base":
            m, t = fit(logistic(), x, data.train_labels)
            ps.append(proba_of(m, xt))
        elif member == "words":
            xw, xwt, _ = feature(data, "words")
            m, t = fit(logistic(), xw, data.train_labels)
            ps.append(proba_of(m, xwt))
        elif member == "chars":
            xc, xct, _ = feature(data, "chars")
            m, t = fit(logistic(), xc, data.train_labels)
            ps.append(proba_of(m, xct))
        elif member == "sgd":
            m, t = fit(SGDClassifier(loss="modified_huber", alpha=1e-5, class_weight="balanced",
                                     max_iter=50, tol=None, random_state=0), x,
                       data.train_labels)  # fmt: skip
            p = proba_of(m, xt)
            ps.append(np.clip(p, 1e-6, 1) / np.clip(p, 1e-6, 1).sum(axis=1, keepdims=True))
        elif member == "cnb":
            xn, xnt, s2 = feature(data, "word_counts")
            total += s2
            m, t = fit(ComplementNB(alpha=0.3), xn, data.train_labels)
            ps.append(proba_of(m, xnt))
        elif member == "cnb_tfidf":
            xw, xwt, _ = feature(data, "words")
            m, t = fit(ComplementNB(alpha=0.3), xw, data.train_labels)
            ps.append(proba_of(m, xwt))
        else:
            raise KeyError(member)
        total += t
    return combine(ps, how), total


def folded(data: Data) -> Result:
    return base(data, blocks=("words_folded", "chars"))


def binary_rejection(data: Data, how: str, c: float = 150.0) -> Result:
    p, total = base(data)
    x, xt, _ = stacked(data, "words", "chars")
    y = ["yes" if label == str(Label.REJECTION) else "no" for label in data.train_labels]
    m, t = fit(LogisticRegression(C=c, max_iter=5000, tol=1e-5, class_weight="balanced"), x, y)
    with threadpool_limits(1):
        pb = m.predict_proba(xt)[:, list(m.classes_).index("yes")]
    return lower_rejection(p, pb, how), total + t


def shipped(data: Data) -> Result:
    """The classifier exactly as src/ fits and ships it, on this fold's training part."""
    started = time.perf_counter()
    classifier = Classifier(data.train).compact()
    seconds = time.perf_counter() - started
    model = classifier._model
    p = model.proba(model.transform(data.test_texts))
    order = [model.labels.index(label) for label in LABELS]
    return np.asarray(p)[:, order], seconds


def elasticnet(data: Data, l1_ratio: float, c: float) -> Result:
    x, xt, s = stacked(data, "words", "chars")
    model = LogisticRegression(C=c, max_iter=300, tol=1e-4, class_weight="balanced",
                               solver="saga", l1_ratio=l1_ratio)  # fmt: skip
    model, t = fit(model, x, data.train_labels)
    return proba_of(model, xt), s + t


VARIANTS: dict[str, Callable[[Data], Result]] = {
    "base (LR C=150, words+chars: shipped before)": base,
    "1a mean(base, LR words, LR chars)": lambda d: ensemble(d, ["base", "words", "chars"]),
    "1b geo(base, LR words, LR chars)": lambda d: ensemble(d, ["base", "words", "chars"], "geo"),
    "1c mean(LR words, LR chars)": lambda d: ensemble(d, ["words", "chars"]),
    "1d mean(base, LR words)": lambda d: ensemble(d, ["base", "words"]),
    "1e mean(base, SGD modified_huber)": lambda d: ensemble(d, ["base", "sgd"]),
    "1f mean(base, ComplementNB counts)": lambda d: ensemble(d, ["base", "cnb"]),
    "1g geo(base, ComplementNB tfidf)": lambda d: ensemble(d, ["base", "cnb_tfidf"], "geo"),
    "2a language weights (full)": lambda d: base(d, weights=language_weights(d, 1.0)),
    "2b language weights (sqrt)": lambda d: base(d, weights=language_weights(d, 0.5)),
    "3 folded words (accents, digits, sender names)": folded,
    "4a words min_df=2": lambda d: base(d, blocks=("words_min2", "chars")),
    "4b 20k words + 12k chars": lambda d: base(d, blocks=("words_20k", "chars_12k")),
    "4c 6k words + 4k chars": lambda d: base(d, blocks=("words_6k", "chars_4k")),
    "5a binary rejection LR, min": lambda d: binary_rejection(d, "min"),
    "5b binary rejection LR, geometric if lower": lambda d: binary_rejection(d, "geo"),
    "2c language weights (power 0.75)": lambda d: base(d, weights=language_weights(d, 0.75)),
    "2d language weights, C=60": lambda d: base(d, 60.0, weights=language_weights(d, 1.0)),
    "2e language weights, C=300": lambda d: base(d, 300.0, weights=language_weights(d, 1.0)),
    "6a language weights + folded words": lambda d: base(
        d, blocks=("words_folded", "chars"), weights=language_weights(d, 1.0)
    ),
    "6b language weights + words min_df=2": lambda d: base(
        d, blocks=("words_min2", "chars"), weights=language_weights(d, 1.0)
    ),
    "3b folded words (accents, digits only)": lambda d: base(
        d, blocks=("words_folded_plain", "chars")
    ),
    "6e language weights + folded words (accents, digits only)": lambda d: base(
        d, blocks=("words_folded_plain", "chars"), weights=language_weights(d, 1.0)
    ),
    "6f language weights + model.fold_words": lambda d: base(
        d, blocks=("words_fold_words", "chars"), weights=language_weights(d, 1.0)
    ),
    "now shipped: Classifier(training split), compact": shipped,
    "6c folded words + min_df=2": lambda d: base(d, blocks=("words_folded_min2", "chars")),
    "6d language weights + folded words min_df=2": lambda d: base(
        d, blocks=("words_folded_min2", "chars"), weights=language_weights(d, 1.0)
    ),
}
# Slow (minutes on two cores, far over the fit budget): only with --slow.
SLOW: dict[str, Callable[[Data], Result]] = {
    "4d elasticnet l1_ratio=0.1 C=150 (saga)": lambda d: elasticnet(d, 0.1, 150.0),
}


# ---------------------------------------------------------------- scoring


class Lookup:
    """Stands in for the model inside Classifier: probabilities already computed for the
    held-out texts, returned in the order Classifier asks for them."""

    def __init__(self, texts: Sequence[str], p: Any) -> None:
        self.labels = LABELS
        self.rows = {t: p[i] for i, t in enumerate(texts)}

    def transform(self, texts: Sequence[str]) -> "Batch":
        return Batch(list(texts))

    def proba(self, batch: "Batch") -> Any:
        return np.asarray([self.rows[t] for t in batch.texts])


@dataclass
class Batch:
    texts: list[str]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.texts), 0


def classifier_with(model: Lookup) -> Classifier:
    c = object.__new__(Classifier)
    c._model = model  # type: ignore[assignment]
    c._extra_labels = []
    c._extra_matrix = None
    return c


def scores(truth: Sequence[Label], found: Sequence[Any]) -> dict[str, float]:
    guess = [c.label for c in found]
    f1s = []
    for label in LABELS:
        tp = sum(1 for t, g in zip(truth, guess, strict=True) if t == g == label)
        predicted, actual = guess.count(label), truth.count(label)
        if actual or predicted:
            f1s.append(2 * tp / (predicted + actual))
    rej = Label.REJECTION
    tp = sum(1 for t, g in zip(truth, guess, strict=True) if t == g == rej)
    wrong = sum(1 for t, c in zip(truth, found, strict=True)
                if c.label == rej and is_confident(c) and t != rej)  # fmt: skip
    return {
        "f1": sum(f1s) / len(f1s),
        "p": tp / max(guess.count(rej), 1),
        "r": tp / max(truth.count(rej), 1),
        "wrong": wrong,
    }


def evaluate(data: Data, p: Any) -> dict[str, dict[str, float]]:
    classifier = classifier_with(Lookup(data.test_texts, p))
    items = [(e.subject, e.body, e.sender) for e in data.test]
    found = classifier.classify_many(items, data.test_readings)
    truth = [e.label for e in data.test]
    out = {"all": scores(truth, found)}
    for lang in LANGUAGES:
        rows = [i for i, code in enumerate(data.test_lang) if code == lang]
        out[lang] = scores([truth[i] for i in rows], [found[i] for i in rows])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="variants whose name starts with these")
    parser.add_argument("--slow", action="store_true", help="the slow variants too")
    parser.add_argument(
        "--folds", action="store_true",
        help="also the three other family folds of the corpus (a check of robustness; the"
        " choice is made on fold 0, the shipped held-out split)",
    )  # fmt: skip
    args = parser.parse_args()
    variants = {**VARIANTS, **(SLOW if args.slow else {})}
    for number in range(4 if args.folds else 1):
        data = load(number)
        print(f"\n== fold {number}{' (the shipped held-out split)' if number == 0 else ''} ==")
        run(data, variants, args.only)


def run(data: Data, variants: dict[str, Callable[[Data], Result]], only: Any) -> None:
    header = (f"{'variant':48} {'fit s':>5} {'mF1':>6} {'rejP':>6} {'rejR':>6} {'wrong':>5}  "
              + "  ".join(f"{lang} mF1/rejR" for lang in LANGUAGES))  # fmt: skip
    print(f"training {len(data.train)}, held out {len(data.test)}\n")
    print(header)
    for name, variant in variants.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        data.features.clear()  # each variant pays for its own features
        p, seconds = variant(data)
        s = evaluate(data, p)
        a = s["all"]
        langs = "  ".join(f"{s[lang]['f1']:.3f}/{s[lang]['r']:.2f}  " for lang in LANGUAGES)
        print(f"{name:48} {seconds:5.1f} {a['f1']:6.3f} {a['p']:6.3f} {a['r']:6.3f}"
              f" {a['wrong']:5d}  {langs}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
