"""The learned ranker: logistic regression over :mod:`dvcli.summarize.signals`, scored in pure Python.

The weights live in ``dvcli/data/ranker.json``, written by ``benchmarks/train_ranker.py`` (scikit-learn, in the
``train`` extra) from the VNDS train split; the file also holds the selection settings chosen on the validation
split. A sentence's score is the model's probability (0 to 1) that the human summary draws on it, i.e. that it
belongs to the greedy extractive oracle of the article's abstract.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dvcli.summarize.select import Selection
from dvcli.summarize.signals import FEATURES

WEIGHTS_FILE = "ranker.json"


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic model on standardised features: ``p = σ(b + Σ w_k (x_k − mean_k) / scale_k)``."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    selection: Selection

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Return the probability of every row (one row of :data:`FEATURES` values per sentence)."""
        # Folding the standardisation into the weights makes each row one dot product.
        weights = [w / s for w, s in zip(self.weights, self.scales, strict=True)]
        bias = self.intercept - sum(w * m for w, m in zip(weights, self.means, strict=True))
        result = []
        for row in rows:
            z = bias + sum(w * x for w, x in zip(weights, row, strict=True))
            result.append(1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0)
        return result

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the weights file (without the training notes)."""
        return {
            "features": list(self.features),
            "means": list(self.means),
            "scales": list(self.scales),
            "weights": list(self.weights),
            "intercept": self.intercept,
            "selection": self.selection.to_dict(),
        }


def model_from_dict(data: dict[str, Any]) -> LinearModel:
    """Return the model a weights file holds; raises ``ValueError`` if its features are not :data:`FEATURES`."""
    features = tuple(data["features"])
    if features != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE} was trained on other features; rebuild it with benchmarks/train_ranker.py")
    selection = Selection(**data["selection"])
    return LinearModel(
        features,
        tuple(map(float, data["means"])),
        tuple(map(float, data["scales"])),
        tuple(map(float, data["weights"])),
        float(data["intercept"]),
        selection,
    )


@cache
def shipped_model() -> LinearModel:
    """Return the model shipped in ``dvcli/data/ranker.json`` (read once per process)."""
    text = resources.files("dvcli.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return model_from_dict(json.loads(text))
