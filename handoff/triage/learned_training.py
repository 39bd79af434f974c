"""Fitting every learned part from the training part of the corpus, reproducibly.

1. Guard models: out-of-fold probabilities (5 folds), then each trigger's threshold by what it
   adds to the fixed rules on the held-out folds.
2. Answer confidence: the engine (rules + out-of-fold guards) runs over train; every FAQ answer
   it would send becomes a row (features, right or wrong). p(right) from models fitted on the
   other clinics (each clinic's rows in turn, as the product meets a new clinic) picks the bar
   with the most routine answers at a wrong-answer rate of at most 0.4% (`MAX_WRONG_RATE`), the
   median over bootstrap resamples. The FAQ ranking the gate reads is also one that never saw
   the row's clinic, and so is the wording model whose column it reads.
3. The out-of-fold figures of the whole system, then the final models on all of train.
Pure: no database; the knowledge bases are read from the corpus CSV files.
"""

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed
from scipy import sparse

from handoff.decision import Decision, TriageSettings
from handoff.evaluation.figures import Figures, Outcome, compute_figures
from handoff.evaluation.labels import LabelledMessage, read_dataset
from handoff.triage.confidence import AnswerContext, AnswerModel, answer_features
from handoff.triage.context import read_history
from handoff.triage.engine import triage
from handoff.triage.learned import HEADS, Example, GuardModel, example
from handoff.triage.learned_store import KB_PATHS, LearnedModels, train_paths
from handoff.triage.learned_tuning import (
    FOLDS,
    AnswerTuning,
    RuleOutcome,
    TriggerTuning,
    bagged_answer_threshold,
    fold_ids,
    out_of_fold,
    tune_guards,
)
from handoff.triage.matching import retrieve
from handoff.triage.pairs import PairModel, PairRow
from handoff.triage.ranking import candidates_of
from handoff.triage.rerank import RankModel, pair_rows
from handoff.triage.wording import (
    GROUPS,
    WordingModel,
    clinic_groups,
    predict_held_out,
    wording_out_of_fold,
)
from knowledge.retrieval import FaqDoc, KbIndex, build_index

Log = Callable[[str], None]


@dataclass(frozen=True)
class Corpus:
    messages: list[LabelledMessage]  # borderline lines left out, as in the figures
    indexes: dict[str, KbIndex]


@dataclass(frozen=True)
class TrainingResult:
    models: LearnedModels
    guards: list[TriggerTuning]
    answers: AnswerTuning
    figures: Figures  # the whole system, out of fold


def read_kb(path: Path) -> KbIndex:
    with path.open(encoding="utf-8", newline="") as handle:
        docs = [
            FaqDoc(
                key=row["key"].strip(),
                question=row["question"],
                alternates=tuple(a.strip() for a in (row.get("alternates") or "").split("|")),
                answer=row["answer"],
            )
            for row in csv.DictReader(handle)
        ]
    return build_index([d for d in docs if d.key])


def load_corpus(train: list[Path] | None = None, kbs: dict[str, Path] | None = None) -> Corpus:
    messages = [
        m for path in train or train_paths() for m in read_dataset(path) if not m.expect.borderline
    ]
    indexes = {name: read_kb(path) for name, path in (kbs or KB_PATHS).items()}
    return Corpus(messages=messages, indexes=indexes)


class FixedGuards:
    """Guard probabilities computed beforehand (out of fold) for one message."""

    def __init__(self, probabilities: dict[str, float], thresholds: dict[str, float]) -> None:
        self.probs = probabilities
        self.thresholds = thresholds

    def probabilities(self, text: str) -> dict[str, float]:
        return self.probs


@dataclass
class RecordingModels(LearnedModels):
    """Sends every answer and remembers what the gate would have seen."""

    seen: list[np.ndarray] = field(default_factory=list)

    def answer_confidence(
        self, context: AnswerContext, settings: TriageSettings
    ) -> tuple[bool, float | None]:
        self.seen.append(answer_features(context, settings))
        return True, None


def _decide(
    corpus: Corpus,
    message: LabelledMessage,
    settings: TriageSettings,
    learned: LearnedModels | None,
) -> Decision:
    return triage(
        text=message.text,
        history=message.history,
        settings=settings,
        index=corpus.indexes[message.clinic],
        at=message.at,
        learned=learned,
    )


def _examples(corpus: Corpus) -> list[Example]:
    return [
        example(
            m.text,
            category=m.expect.category,
            triggers=m.expect.triggers,
            lead=m.expect.lead,
            urgent=m.expect.urgent,
        )
        for m in corpus.messages
    ]


@dataclass(frozen=True)
class GuardStage:
    examples: list[Example]
    folds: np.ndarray
    probs: list[dict[str, float]]  # out of fold, per message
    tunings: list[TriggerTuning]

    @property
    def thresholds(self) -> dict[str, float]:
        return {t.trigger: t.threshold for t in self.tunings}


def guard_stage(corpus: Corpus, settings: TriageSettings) -> GuardStage:
    examples = _examples(corpus)
    folds = fold_ids([e.category for e in examples])
    oof = out_of_fold(examples, folds)
    probs = [{t: float(oof[t][i]) for t in HEADS} for i in range(len(examples))]
    outcomes = []
    for message, ex in zip(corpus.messages, examples, strict=True):
        outcome = Outcome(message, _decide(corpus, message, settings, None))
        outcomes.append(
            RuleOutcome(
                example=ex,
                answered_right=outcome.answered and not outcome.wrong_answer,
                answered=outcome.answered,
                triggers=frozenset(outcome.decision.triggers),
                acceptable=message.expect.acceptable_reasons,
                lead_expected=message.expect.lead,
            )
        )
    return GuardStage(examples, folds, probs, tune_guards(oof, outcomes))


class FixedAnswer:
    """p(right) computed beforehand (out of fold) for one message's answer."""

    def __init__(self, p_right: float, threshold: float) -> None:
        self.p = p_right
        self.threshold = threshold

    def p_right(self, features: np.ndarray) -> float:
        return self.p


@dataclass(frozen=True)
class AnswerStage:
    tuning: AnswerTuning
    features: np.ndarray  # the gate's columns, the wording column last (out of fold)
    right: np.ndarray
    figures: Figures
    wording: WordingModel  # fitted on every row


@dataclass(frozen=True)
class RankStage:
    """The ranking model fitted on all routine questions, and one per clinic fitted on the
    other clinics' for the messages of that clinic: the product meets knowledge bases it was
    not fitted on, so the answer gate learns how far to trust a ranking that never saw the KB
    (with per-message folds, it saw the same KB's other questions and the gate trusted it more
    than new clinics bear out). The pair model's column is out of fold by groups of clinics,
    and each clinic's ranking reads it from the pair model that never saw the clinic."""

    model: RankModel
    by_clinic: dict[str, RankModel]
    examples: int  # candidate rows
    questions: int

    def for_message(self, message: LabelledMessage) -> RankModel | None:
        return self.by_clinic.get(message.clinic)


def rank_stage(corpus: Corpus, settings: TriageSettings) -> RankStage:
    rows: list[np.ndarray] = []
    pairs: list[PairRow] = []
    right: list[np.ndarray] = []
    clinic_of_row: list[np.ndarray] = []
    for message in corpus.messages:
        if message.expect.category != "routine" or not message.expect.faq:
            continue
        index = corpus.indexes[message.clinic]
        thread = read_history(message.history)
        found = retrieve(message.text, index=index, settings=settings, thread=thread)
        previous = index.answered_in(thread.previous_reply)
        candidates, features = candidates_of(message.text, found, index, previous)
        if len(features) == 0:
            continue
        rows.append(features)
        pairs.extend(pair_rows(index, found.query or message.text, candidates))
        right.append(np.array([m.faq_key in message.expect.faq for m in candidates]))
        clinic_of_row.append(np.full(len(candidates), message.clinic))
    base, labels, clinics = np.vstack(rows), np.concatenate(right), np.concatenate(clinic_of_row)
    groups = clinic_groups(clinics)
    pair_models, column = _pair_models(pairs, labels, groups)
    features = np.column_stack([base, column])
    by_clinic = {
        str(c): RankModel.fit(features[clinics != c], labels[clinics != c]).with_pairs(
            pair_models[int(groups[clinics == c][0])]
        )
        for c in np.unique(clinics)
    }
    final = RankModel.fit(features, labels).with_pairs(PairModel.fit(pairs, labels))
    return RankStage(final, by_clinic, len(labels), len(rows))


def _pair_models(
    pairs: list[PairRow], labels: np.ndarray, groups: np.ndarray
) -> tuple[list[PairModel], np.ndarray]:
    """One pair model per group of clinics, fitted without that group, and each row's score from
    the model of its own group: out of fold, as the product meets clinics it never read."""
    models = Parallel(n_jobs=JOBS)(
        delayed(PairModel.fit)([pairs[i] for i in np.flatnonzero(groups != g)], labels[groups != g])
        for g in range(GROUPS)
    )
    column = np.zeros(len(labels))
    for g, model in enumerate(models):
        held = np.flatnonzero(groups == g)
        column[held] = model.scores([pairs[i] for i in held])
    return models, column


def answer_stage(
    corpus: Corpus,
    guards: GuardStage,
    settings: TriageSettings,
    ranks: RankStage,
    ngrams: GuardModel,
) -> AnswerStage:
    rows: list[np.ndarray] = []
    right, routine, row_of = [], [], []
    fixed_answered = fixed_wrong = 0
    for i, message in enumerate(corpus.messages):
        recorder = RecordingModels(
            guards=FixedGuards(guards.probs[i], guards.thresholds),
            ranker=ranks.for_message(message),
        )
        outcome = Outcome(message, _decide(corpus, message, settings, recorder))
        if recorder.seen and outcome.answered and outcome.decision.faq_key is not None:
            rows.append(recorder.seen[-1])
            right.append(not outcome.wrong_answer)
            routine.append(not outcome.wrong_answer and message.expect.category == "routine")
            row_of.append(i)
        elif outcome.answered:
            fixed_answered += 1
            fixed_wrong += int(outcome.wrong_answer)
    features, labels = np.vstack(rows), np.array(right)
    clinics = np.array([corpus.messages[i].clinic for i in row_of])
    words = ngrams.features_many([corpus.messages[i].text for i in row_of])
    p_right = clinic_out_of_fold(features, labels, clinics, words)
    tuning = bagged_answer_threshold(
        p_right,
        labels,
        np.array(routine),
        fixed_wrong=fixed_wrong,
        fixed_answered=fixed_answered,
    )
    p_of = dict(zip(row_of, p_right.tolist(), strict=True))
    figures = _system_figures(corpus, guards, ranks, p_of, tuning.threshold, settings)
    wording = WordingModel.fit(words, labels)
    column = wording_out_of_fold(words, labels, clinics, jobs=JOBS)
    return AnswerStage(tuning, np.column_stack([features, column]), labels, figures, wording)


# Parallel jobs for the per-clinic fits (one per core; the results do not depend on it).
JOBS = -1


def clinic_out_of_fold(
    features: np.ndarray,
    labels: np.ndarray,
    clinics: np.ndarray,
    words: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """p(right) for each answer from a model fitted on the other clinics' answers: the product
    meets knowledge bases and authors it was not fitted on, and the bar is chosen for those.
    With `words` (the texts' n-grams) the gate also reads the wording model's column, itself
    fitted without the held clinic and, for the gate's own training rows, out of fold."""
    held_out = [clinics == clinic for clinic in np.unique(clinics)]
    return predict_held_out(
        held_out, partial(_judge_clinic, features, labels, clinics, words), jobs=JOBS
    )


def _judge_clinic(
    features: np.ndarray,
    labels: np.ndarray,
    clinics: np.ndarray,
    words: sparse.csr_matrix | None,
    held: np.ndarray,
) -> np.ndarray:
    train, judged = features[~held], features[held]
    if words is not None:
        seen = wording_out_of_fold(words[~held], labels[~held], clinics[~held])
        unseen = WordingModel.fit(words[~held], labels[~held]).p_many(words[held])
        train, judged = np.column_stack([train, seen]), np.column_stack([judged, unseen])
    return AnswerModel.fit(train, labels[~held]).p_right_many(judged)


def _system_figures(
    corpus: Corpus,
    guards: GuardStage,
    ranks: RankStage,
    p_right: dict[int, float],
    threshold: float,
    settings: TriageSettings,
) -> Figures:
    """Rules + learned guards + answer gate, each message judged by models that did not see it."""
    outcomes = []
    for i, message in enumerate(corpus.messages):
        learned = LearnedModels(
            guards=FixedGuards(guards.probs[i], guards.thresholds),
            answers=FixedAnswer(p_right.get(i, 1.0), threshold),  # type: ignore[arg-type]
            ranker=ranks.for_message(message),
        )
        outcomes.append(Outcome(message, _decide(corpus, message, settings, learned)))
    return compute_figures(outcomes)


def fit_learned(
    corpus: Corpus | None = None,
    settings: TriageSettings | None = None,
    log: Log | None = None,
) -> TrainingResult:
    corpus = corpus or load_corpus()
    settings = settings or TriageSettings()
    say = log or (lambda _: None)
    say(f"{len(corpus.messages)} training messages (borderline left out), {FOLDS} folds")
    guards = guard_stage(corpus, settings)
    ranks = rank_stage(corpus, settings)
    say(f"FAQ ranking: {ranks.examples} candidates of {ranks.questions} routine questions")
    final_guards = GuardModel.fit(guards.examples, thresholds=guards.thresholds)
    answers = answer_stage(corpus, guards, settings, ranks, final_guards)
    say("fitting the final models on all of train")
    final_answers = AnswerModel.fit(answers.features, answers.right, answers.tuning.threshold)
    report = {
        "guard_thresholds": guards.thresholds,
        "answer_threshold": answers.tuning.threshold,
        "oof_figures": answers.figures.as_dict(),
    }
    models = LearnedModels(
        guards=final_guards,
        answers=final_answers,
        report=report,
        ranker=ranks.model,
        wording=answers.wording,
    )
    return TrainingResult(models, guards.tunings, answers.tuning, answers.figures)
