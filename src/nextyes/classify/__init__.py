"""Email classification: is this message job-search news, and which kind?

High-precision rules first, then a small TF-IDF + logistic-regression model trained at first
use from the corpus shipped with the package. See docs/inbox.md, "How messages are
classified"."""

from nextyes.classify.classifier import (
    THRESHOLDS,
    Classifier,
    Reading,
    default_classifier,
    has_job_signal,
    is_confident,
    read_message,
)
from nextyes.classify.labels import Classification, Example, Label

__all__ = [
    "THRESHOLDS",
    "Classification",
    "Classifier",
    "Example",
    "Label",
    "Reading",
    "default_classifier",
    "has_job_signal",
    "is_confident",
    "read_message",
]
