"""The learned part: TF-IDF over words and character n-grams, then logistic regression.

Fitted at first use from the shipped corpus (about a second), never downloaded; the fitted
default model is kept in the user's own cache folder (classify/cache.py). Words are read
over the whole new text; character n-grams (robust to sub-domains, odd spellings, other
languages) over the head of the message only: the subject, the sender
and the opening lines, which is where the news is and keeps a batch cheap. Logistic
regression gives probabilities directly; a batch is one transform and one predict_proba."""

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from nextyes.classify.labels import Label
from nextyes.classify.rules import ASSESSMENT_DOMAINS, ATS_DOMAINS, concept_tokens, sender_is
from nextyes.classify.text import Prepared

if TYPE_CHECKING:  # scikit-learn takes seconds to import: only when a model is fitted
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix, spmatrix  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    from sklearn.pipeline import FeatureUnion  # type: ignore[import-untyped]

EXTRA_WEIGHT = 8.0  # a person's own correction counts as much as eight shipped examples
# Logistic regression's settings. Fitted to convergence (tol 1e-5): with a loose tolerance
# the weights, and so the figures, changed with the scikit-learn version. C chosen on the
# held-out families only (bench/README.md).
REGULARISATION = 150.0
TOLERANCE = 1e-5
MAX_ITERATIONS = 5000
HEAD_CHARS = 600  # how much of the text the character n-grams read: sender, subject and the opening
# Fewer features keep the fit fast (L-BFGS works on features x labels parameters) and cost
# nothing measurable in accuracy on the held-out families.
MAX_WORD_FEATURES = 12000
MAX_CHAR_FEATURES = 8000
SEPARATOR = "\x1f"  # between the head (subject and sender) and the body in a model text


# Words that generalise beyond any one wording (the model reads them as tokens): who sent
# the message, and whether it speaks to the reader about their own application.
NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer)\b")
TEAM_ADDRESS = re.compile(
    r"^(?:careers?|jobs?|talent|recruit\w*|hr|people|hiring|applications?|vacatures?"
    r"|bewerbung\w*|emploi|rrhh|empleo|personal)\b"
)
PERSON_NAME = re.compile(r"^[^\W\d_]{2,}(?:[ .'-][^\W\d_]{2,}){1,2}$")
YOUR_APPLICATION = re.compile(
    r"\byour (?:application|candidacy|candidature|cv|resume|interview|profile for)"
    r"|\byou applied|\bihre bewerbung|\bdeine bewerbung|\bvotre candidature"
    r"|\bta candidature|\btu candidatura|\bsu candidatura|\bje sollicitatie"
    r"|\buw sollicitatie|\bjouw sollicitatie"
)


def sender_hints(message: Prepared) -> list[str]:
    """The kind of sender as tokens: an applicant-tracking system, a test platform, a
    no-reply robot, a team address (careers@, jobs@) or a person writing in their own name."""
    local = message.address.partition("@")[0]
    hints = []
    if sender_is(message.domain, ATS_DOMAINS):
        hints.append("zzats")
    if sender_is(message.domain, ASSESSMENT_DOMAINS):
        hints.append("zztestplatform")
    if NO_REPLY.match(local):
        hints.append("zznoreply")
    elif TEAM_ADDRESS.match(local):
        hints.append("zzteam")
    elif not hints and PERSON_NAME.match(message.display):
        hints.append("zzperson")
    return hints


def model_text(message: Prepared) -> str:
    """Sender hints and subject, then the new text (which starts with the subject again)."""
    hints = [message.display, message.domain, *sender_hints(message)]
    if YOUR_APPLICATION.search(message.fresh):
        hints.append("zzyourapplication")
    # The same idea in any language as one token: what English mail teaches carries over.
    hints.extend(concept_tokens(message.fresh))
    return f"{' '.join(hints)} {SEPARATOR} {message.fresh}"


def head(text: str) -> str:
    return text[:HEAD_CHARS]


def features() -> "FeatureUnion":
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.pipeline import FeatureUnion

    words = TfidfVectorizer(
        ngram_range=(1, 2),
        sublinear_tf=True,
        max_df=0.9,
        max_features=MAX_WORD_FEATURES,
        token_pattern=r"(?u)\b\w[\w'-]*\b",
        lowercase=False,  # prepare() has lowered it already
    )
    chars = TfidfVectorizer(
        analyzer="char",
        ngram_range=(3, 5),
        sublinear_tf=True,
        min_df=2,
        max_features=MAX_CHAR_FEATURES,
        preprocessor=head,
    )
    return FeatureUnion([("words", words), ("chars", chars)])


def logistic_regression(warm_start: bool = False) -> "LogisticRegression":
    """The model's one setting, for a fit from nothing and for a refit from its weights."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=REGULARISATION,
        max_iter=MAX_ITERATIONS,
        tol=TOLERANCE,
        class_weight="balanced",
        warm_start=warm_start,
    )


class CorpusModel:
    def __init__(
        self, texts: Sequence[str], labels: Sequence[Label], weights: Sequence[float]
    ) -> None:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

        self.features = features()
        # One thread: on a small problem, BLAS threads only fight each other (4x slower on
        # a busy two-core machine).
        with threadpool_limits(1):
            matrix = self.features.fit_transform(texts)
            self.classifier = logistic_regression()
            self.classifier.fit(matrix, [str(label) for label in labels], sample_weight=weights)
        self.labels = [Label(name) for name in self.classifier.classes_]

    def transform(self, texts: Sequence[str]) -> "spmatrix":
        return self.features.transform(texts)

    def proba(self, matrix: "spmatrix") -> "NDArray[np.float64]":
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            result: NDArray[np.float64] = self.classifier.predict_proba(matrix)
        return result


WORD_TOKENS = re.compile(r"(?u)\b\w[\w'-]*\b")  # the words vectorizer's token_pattern
WHITE_SPACES = re.compile(r"\s\s+")  # as scikit-learn squeezes it before character n-grams


@dataclass(frozen=True)
class Rows:
    """A batch of messages as sparse TF-IDF rows: feature indices and values, message by
    message (`starts[i]:starts[i + 1]`)."""

    indices: "NDArray[np.intp]"
    values: "NDArray[np.float64]"
    starts: "NDArray[np.intp]"

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.starts) - 1, 0


class CompactModel:
    """A fitted CorpusModel as plain dictionaries and NumPy arrays: the same features and
    probabilities (tests/test_classify_cache.py compares them), computed without importing
    scikit-learn, which takes longer to import than this takes to load. The shipped model
    is kept in this form, in memory and in the cache folder (classify/cache.py)."""

    def __init__(self, fitted: CorpusModel) -> None:
        import numpy as np

        (_, words), (_, chars) = fitted.features.transformer_list
        if len(fitted.labels) < 3:
            raise ValueError("the compact model computes the multinomial (softmax) case")
        self.labels = list(fitted.labels)
        self.words = {str(k): int(v) for k, v in words.vocabulary_.items()}
        offset = len(words.idf_)
        self.chars = {str(k): int(v) + offset for k, v in chars.vocabulary_.items()}
        self.idf = np.concatenate([words.idf_, chars.idf_]).astype(np.float64)
        self.weights = np.ascontiguousarray(fitted.classifier.coef_.T, dtype=np.float64)
        self.intercept = np.asarray(fitted.classifier.intercept_, dtype=np.float64)
        char_range: tuple[int, int] = chars.ngram_range
        self.char_range = char_range

    def transform(self, texts: Sequence[str]) -> Rows:
        import numpy as np

        words, chars, low, high = self.words.get, self.chars.get, *self.char_range
        indices: list[int] = []
        counts: list[int] = []
        # Each message has two blocks (words, then characters), each scaled to unit length.
        block_sizes: list[int] = []
        for text in texts:
            for lookup, grams in (
                (words, _word_grams(text)),
                (chars, _char_grams(head(text), low, high)),
            ):
                counter: Counter[int | None] = Counter(map(lookup, grams))
                counter.pop(None, None)  # n-grams not in the vocabulary
                indices.extend(counter.keys())  # type: ignore[arg-type]
                counts.extend(counter.values())
                block_sizes.append(len(counter))
        index = np.asarray(indices, dtype=np.intp)
        values = (np.log(np.asarray(counts, dtype=np.float64)) + 1.0) * self.idf[index]
        block = np.repeat(np.arange(len(block_sizes)), block_sizes)
        norms = np.sqrt(np.bincount(block, weights=values * values, minlength=len(block_sizes)))
        norms[norms == 0.0] = 1.0
        values /= norms[block]
        sizes = np.asarray(block_sizes, dtype=np.intp).reshape(-1, 2).sum(axis=1)
        starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.intp)
        return Rows(index, values, starts)

    def matrix(self, rows: Rows) -> "csr_matrix":
        """The rows as a SciPy sparse matrix (for the fit and for comparing messages)."""
        from scipy.sparse import csr_matrix

        width = len(self.idf)
        return csr_matrix(
            (rows.values, rows.indices, rows.starts), shape=(len(rows.starts) - 1, width)
        )

    def refit(
        self, matrix: "csr_matrix", labels: Sequence[Label], weights: Sequence[float]
    ) -> "CompactModel":
        """The same features with the weights fitted again on `matrix` (the shipped examples
        and a person's corrections), starting from these weights: the optimum moves little,
        so the fit takes a few iterations instead of a hundred (about ten times quicker).
        The vocabulary stays the shipped one: a word only a correction has is not learnt,
        though the message itself is still recognised by its likeness (classifier.py)."""
        import copy

        import numpy as np
        from threadpoolctl import threadpool_limits

        classifier = logistic_regression(warm_start=True)
        classifier.coef_ = self.weights.T.copy()
        classifier.intercept_ = self.intercept.copy()
        with threadpool_limits(1):
            classifier.fit(matrix, [str(label) for label in labels], sample_weight=weights)
        if [Label(name) for name in classifier.classes_] != self.labels:
            raise ValueError("a refit needs an example of every label")
        refitted = copy.copy(self)
        refitted.weights = np.ascontiguousarray(classifier.coef_.T, dtype=np.float64)
        refitted.intercept = np.asarray(classifier.intercept_, dtype=np.float64)
        return refitted

    def proba(self, rows: Rows) -> "NDArray[np.float64]":
        import numpy as np

        count = len(rows.starts) - 1
        message = np.repeat(np.arange(count), np.diff(rows.starts))
        parts = self.weights[rows.indices] * rows.values[:, None]
        decision = np.empty((count, len(self.labels)))
        for column in range(len(self.labels)):
            decision[:, column] = np.bincount(message, weights=parts[:, column], minlength=count)
        decision += self.intercept
        decision -= decision.max(axis=1, keepdims=True)
        np.exp(decision, out=decision)
        decision /= decision.sum(axis=1, keepdims=True)
        return decision


def _word_grams(text: str) -> list[str]:
    """The words and pairs of words, as the words vectorizer reads them (ngram_range 1-2)."""
    tokens = WORD_TOKENS.findall(text)
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def _char_grams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams of the head, as the character vectorizer reads them."""
    text = WHITE_SPACES.sub(" ", text)
    size = len(text)
    return [text[i : i + n] for n in range(low, min(high + 1, size + 1))
            for i in range(size - n + 1)]  # fmt: skip
