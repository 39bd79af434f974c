"""The learned parts of the triage as the product loads them: once per process.

`train_guards` fits them from the training part of the corpus and writes a cache file keyed by
a fingerprint of the corpus files, the scikit-learn version and the feature layout. Without the
cache they are fitted on first use (slow, with a warning); without the corpus they are off and
the rules decide alone.
"""

import hashlib
import logging
import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
import sklearn

from handoff.decision import TriageSettings
from handoff.triage.confidence import AnswerContext, AnswerModel, answer_features
from handoff.triage.learned import LEARNED_TRIGGERS, URGENT, GuardModel
from handoff.triage.rerank import RankModel
from handoff.triage.wording import WordingModel

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus"
TRAIN_PATH = CORPUS / "train.jsonl"
# More training lines, written independently of the rules by another author (see the corpus
# README); used when present.
EXTRA_TRAIN_PATHS = (
    CORPUS / "dev" / "dev.jsonl",
    CORPUS / "dev" / "dev2.jsonl",
    CORPUS / "dev" / "dev3_lumen.jsonl",
    CORPUS / "dev" / "dev4_coast.jsonl",
    CORPUS / "dev" / "dev5_north.jsonl",
    CORPUS / "dev" / "dev6_palm.jsonl",
    CORPUS / "dev" / "dev7_rose.jsonl",
    CORPUS / "dev" / "dev8_lake.jsonl",
    CORPUS / "dev" / "dev9_fern.jsonl",
    CORPUS / "dev" / "dev10_mesa.jsonl",
    CORPUS / "dev" / "dev11_willow.jsonl",
    CORPUS / "dev" / "dev12_summit.jsonl",
    CORPUS / "dev" / "dev13_cedar.jsonl",
    CORPUS / "dev" / "dev14_luxe.jsonl",
    CORPUS / "dev" / "dev15_koala.jsonl",
    CORPUS / "dev" / "dev16_ridge.jsonl",
    CORPUS / "dev" / "dev17_heron.jsonl",
    CORPUS / "dev" / "dev18_pixie.jsonl",
    CORPUS / "dev" / "dev19_volna.jsonl",
    CORPUS / "dev" / "dev20_maple.jsonl",
    CORPUS / "dev" / "dev21_oak.jsonl",
    CORPUS / "dev" / "dev22_bison.jsonl",
    CORPUS / "dev" / "dev23_aloha.jsonl",
    CORPUS / "dev" / "dev24_vesper.jsonl",
    CORPUS / "dev" / "dev25_saguaro.jsonl",
    CORPUS / "dev" / "dev26_motor.jsonl",
    CORPUS / "dev" / "dev31_scrubs.jsonl",
    CORPUS / "dev" / "dev32_kin.jsonl",
    CORPUS / "dev" / "dev33_tiny.jsonl",
    CORPUS / "dev" / "dev34_gulf.jsonl",
    CORPUS / "dev" / "dev35_sol.jsonl",
    CORPUS / "dev" / "dev36_holler.jsonl",
    CORPUS / "dev" / "dev37_thames.jsonl",
    CORPUS / "dev" / "dev38_glowup.jsonl",
    CORPUS / "dev" / "dev39_fjord.jsonl",
    CORPUS / "dev" / "dev40_mesquite.jsonl",
    CORPUS / "dev" / "dev41_lantern.jsonl",
    CORPUS / "dev" / "dev42_orchard.jsonl",
)
KB_PATHS = {
    "glow": CORPUS / "kb_glow.csv",
    "harbor": CORPUS / "kb_harbor.csv",
    "lumen": CORPUS / "kb_lumen.csv",
    "coast": CORPUS / "kb_coast.csv",
    "north": CORPUS / "kb_north.csv",
    "palm": CORPUS / "kb_palm.csv",
    "rose": CORPUS / "kb_rose.csv",
    "lake": CORPUS / "kb_lake.csv",
    "fern": CORPUS / "kb_fern.csv",
    "mesa": CORPUS / "kb_mesa.csv",
    "willow": CORPUS / "kb_willow.csv",
    "summit": CORPUS / "kb_summit.csv",
    "cedar": CORPUS / "kb_cedar.csv",
    "luxe": CORPUS / "kb_luxe.csv",
    "koala": CORPUS / "kb_koala.csv",
    "ridge": CORPUS / "kb_ridge.csv",
    "heron": CORPUS / "kb_heron.csv",
    "pixie": CORPUS / "kb_pixie.csv",
    "volna": CORPUS / "kb_volna.csv",
    "maple": CORPUS / "kb_maple.csv",
    "oak": CORPUS / "kb_oak.csv",
    "bison": CORPUS / "kb_bison.csv",
    "aloha": CORPUS / "kb_aloha.csv",
    "vesper": CORPUS / "kb_vesper.csv",
    "saguaro": CORPUS / "kb_saguaro.csv",
    "motor": CORPUS / "kb_motor.csv",
    "scrubs": CORPUS / "kb_scrubs.csv",
    "kin": CORPUS / "kb_kin.csv",
    "tiny": CORPUS / "kb_tiny.csv",
    "gulf": CORPUS / "kb_gulf.csv",
    "sol": CORPUS / "kb_sol.csv",
    "holler": CORPUS / "kb_holler.csv",
    "thames": CORPUS / "kb_thames.csv",
    "glowup": CORPUS / "kb_glowup.csv",
    "fjord": CORPUS / "kb_fjord.csv",
    "mesquite": CORPUS / "kb_mesquite.csv",
    "lantern": CORPUS / "kb_lantern.csv",
    "orchard": CORPUS / "kb_orchard.csv",
}
CACHE_DIR = REPO / "var" / "models"
# Bump when the features or the training change, so an old cache is not loaded.
LAYOUT_VERSION = "18"


class GuardProbabilities(Protocol):
    thresholds: dict[str, float]

    def probabilities(self, text: str) -> dict[str, float]: ...


@dataclass
class LearnedModels:
    """Guard probabilities per trigger, the FAQ ranking model and the answer-confidence gate."""

    guards: GuardProbabilities | None
    answers: AnswerModel | None = None
    report: Mapping[str, object] = field(default_factory=dict)
    ranker: RankModel | None = None  # the learned second opinion on the FAQ search
    wording: WordingModel | None = None  # the answer gate's column from the text's n-grams

    def guard_probabilities(self, text: str) -> dict[str, float]:
        return self.guards.probabilities(text) if self.guards is not None and text else {}

    def fired(self, probabilities: Mapping[str, float]) -> list[tuple[str, float]]:
        """The triggers whose probability clears their threshold, most likely first."""
        if self.guards is None:
            return []
        thresholds = self.guards.thresholds
        hits = [
            (t, p)
            for t, p in probabilities.items()
            if t in LEARNED_TRIGGERS and p >= thresholds.get(t, 1.01)
        ]
        return sorted(hits, key=lambda item: -item[1])

    def urgent(self, probabilities: Mapping[str, float]) -> float | None:
        """The urgent head's p when it clears its threshold (a handoff is raised to urgent)."""
        if self.guards is None:
            return None
        p = probabilities.get(URGENT, 0.0)
        return p if p >= self.guards.thresholds.get(URGENT, 1.01) else None

    def answer_confidence(
        self, context: AnswerContext, settings: TriageSettings
    ) -> tuple[bool, float | None]:
        """(send it, p(right)); without an answer model every answer is sent."""
        if self.answers is None:
            return True, None
        p = self.answers.p_right(self.gate_features(context, settings))
        return p >= self.answers.threshold, p

    def gate_features(self, context: AnswerContext, settings: TriageSettings) -> np.ndarray:
        features = answer_features(context, settings)
        if self.wording is None:
            return features
        if not isinstance(self.guards, GuardModel):
            raise TypeError("the wording model reads the guard model's n-grams")
        row = self.guards.features_one(context.text)
        return np.append(features, self.wording.p(row))


def fingerprint(paths: list[Path] | None = None) -> str:
    """The corpus files and the code that turns a text into features: a change to either
    (a new synonym, a new rule) makes the cache stale."""
    digest = hashlib.sha256()
    for path in paths or [*train_paths(), *KB_PATHS.values(), *_feature_code()]:
        digest.update(path.read_bytes())
    return f"{digest.hexdigest()[:16]}-sklearn{sklearn.__version__}-v{LAYOUT_VERSION}"


def _feature_code() -> list[Path]:
    return sorted(
        [*(REPO / "handoff" / "triage").rglob("*.py"), *(REPO / "knowledge").glob("[!_]*.py")]
    )


def cache_path(print_: str) -> Path:
    return CACHE_DIR / f"learned-{print_}.pickle"


def train_paths() -> list[Path]:
    return [TRAIN_PATH, *(p for p in EXTRA_TRAIN_PATHS if p.is_file())]


def corpus_available() -> bool:
    return TRAIN_PATH.is_file() and all(p.is_file() for p in KB_PATHS.values())


def save(models: LearnedModels, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # workers fitting at once write apart
    tmp.write_bytes(pickle.dumps(models))
    tmp.replace(path)


def load_cached() -> LearnedModels | None:
    path = cache_path(fingerprint())
    if not path.is_file():
        return None
    try:
        # Our own file, written by `train_guards` or by `learned_models` from the repository.
        models = pickle.loads(path.read_bytes())
    except Exception:
        logger.warning("unreadable learned-model cache %s; refitting", path)
        return None
    return models if isinstance(models, LearnedModels) else None


@lru_cache(maxsize=1)
def learned_models() -> LearnedModels | None:
    """The product's models: from the cache `train_guards` wrote, else fitted now."""
    if not corpus_available():
        logger.warning("no training corpus under %s; learned guards are off", CORPUS)
        return None
    models = load_cached()
    if models is not None:
        return models
    logger.warning("no learned-model cache; fitting now (run `manage.py train_guards`)")
    from handoff.triage.learned_training import fit_learned

    trained_on = fingerprint()  # taken before reading, as `train_guards` does
    models = fit_learned().models
    try:
        save(models, cache_path(trained_on))
    except OSError:
        logger.warning("could not cache the learned models under %s", CACHE_DIR)
    return models
