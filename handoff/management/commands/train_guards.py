"""python manage.py train_guards: fit the learned guards and the answer-confidence gate from
the training files (data/corpus/train.jsonl and dev/*.jsonl; never test.jsonl or holdout/),
print the out-of-fold figures and write the cache the product loads."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from handoff.decision import TriageSettings
from handoff.triage.learned import GuardModel
from handoff.triage.learned_store import (
    cache_path,
    corpus_available,
    fingerprint,
    learned_models,
    save,
)
from handoff.triage.learned_training import (
    TrainingResult,
    answer_stage,
    fit_learned,
    guard_stage,
    load_corpus,
    rank_stage,
)

THRESHOLDS = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55)
MARGINS = (0.0, 0.02, 0.04, 0.06, 0.08)


class Command(BaseCommand):
    help = "Fit the learned guards and answer gate on the training files; write the model cache."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--choose-defaults",
            action="store_true",
            help="Also search confidence_threshold x ambiguity_margin (out of fold) and print "
            "the best pair at a wrong-answer rate <= 1%%.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not corpus_available():
            raise CommandError("no training corpus (data/corpus/train.jsonl and KB files)")
        if options["choose_defaults"]:
            self._choose_defaults()
        # The key of what is about to be read: files edited during the fit must not give an
        # old model a new key.
        trained_on = fingerprint()
        result = fit_learned(log=self.stdout.write)
        self._report(result)
        path = cache_path(trained_on)
        save(result.models, path)
        if fingerprint() != trained_on:
            self.stderr.write("the corpus or the feature code changed while fitting: run again")
        learned_models.cache_clear()
        self.stdout.write(f"wrote {path}")

    def _report(self, result: TrainingResult) -> None:
        self.stdout.write("learned guards (out of fold, on top of the rules):")
        for t in result.guards:
            state = f"threshold {t.threshold:.2f}" if t.threshold <= 1 else "off"
            if t.trigger == "urgent":
                self.stdout.write(
                    f"  {t.trigger:<14} {state:<16} raises {t.caught} handoffs the rules did "
                    f"not mark urgent, and {t.lost} calm medical lines ({t.positives} labelled)"
                )
                continue
            self.stdout.write(
                f"  {t.trigger:<14} {state:<16} catches {t.caught} the rules missed, "
                f"costs {t.lost} right answers ({t.positives} labelled)"
            )
        a = result.answers
        self.stdout.write(
            f"answer confidence: send when p(right) >= {a.threshold:.3f} "
            f"(out of fold: {a.answered} answered, {a.wrong} wrong, "
            f"{a.right_routine} routine right)"
        )
        self.stdout.write("whole system, out of fold on train:")
        for name, value in result.figures.as_dict().items():
            if isinstance(value, dict):
                self.stdout.write(
                    f"  {name:<18} {value['value']:.3f} ({value['hits']}/{value['total']})"
                )

    def _choose_defaults(self) -> None:
        corpus = load_corpus()
        base = TriageSettings()
        guards = guard_stage(corpus, base)
        ngrams = GuardModel.fit(guards.examples, thresholds=guards.thresholds)
        self.stdout.write("threshold margin automation wrong  (out of fold, answer gate on)")
        best: tuple[float, float, float] | None = None
        for threshold in THRESHOLDS:
            for margin in MARGINS:
                settings = TriageSettings(confidence_threshold=threshold, ambiguity_margin=margin)
                ranks = rank_stage(corpus, settings)
                figures = answer_stage(corpus, guards, settings, ranks, ngrams).figures
                automation = figures.automation.value or 0.0
                wrong = figures.wrong_answer_rate.value or 0.0
                self.stdout.write(f"  {threshold:.2f}  {margin:.2f}  {automation:.3f}  {wrong:.3f}")
                if wrong <= 0.01 and (best is None or automation > best[2]):
                    best = (threshold, margin, automation)
        self.stdout.write(f"best defaults: {best}")
