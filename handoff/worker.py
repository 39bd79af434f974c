"""Readying a worker process before the first patient text it decides."""

import gc
import logging

from handoff.triage.learned_store import learned_models

logger = logging.getLogger(__name__)


def ready_process() -> None:
    """Load the learned models now, not on the first text (a second or more), then take what
    is loaded out of the collector's way (`settle_heap`)."""
    models = learned_models()
    settle_heap()
    logger.info(
        "ready: learned models %s, %d objects frozen",
        "loaded" if models is not None else "off (rules only)",
        gc.get_freeze_count(),
    )


def settle_heap() -> None:
    """Freeze every object alive now. Once the models are loaded a worker holds well over 100,000
    long-lived objects, and each full pass of the cyclic collector walks them all: pauses of
    64-105 ms in the bench, landing on whichever patient's text is being decided. Frozen
    objects are never walked again."""
    gc.collect()
    gc.freeze()
