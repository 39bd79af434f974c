"""A worker process loads the models before its first text and freezes them out of the GC."""

import gc
import logging
from collections.abc import Iterator

import pytest
from celery.signals import worker_process_init

import medspai.celery  # noqa: F401  (connects the signal handler)
from handoff.triage.learned_store import learned_models
from handoff.worker import settle_heap


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_new_pool_process_loads_the_models_before_its_first_text(
    unfrozen: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="handoff.worker")
    learned_models.cache_clear()
    assert learned_models.cache_info().currsize == 0
    assert gc.get_freeze_count() == 0
    worker_process_init.send(sender=None)
    assert learned_models.cache_info().currsize == 1
    assert learned_models() is not None  # loaded from the cache `make models` wrote
    assert gc.get_freeze_count() > 100_000  # the models' objects, among others
    assert "ready: learned models loaded" in caplog.text


def test_settling_the_heap_spares_later_full_collections_the_frozen_objects(
    unfrozen: None,
) -> None:
    learned_models()
    gc.collect()
    walked_before = sum(len(gc.get_objects(generation=g)) for g in range(3))
    settle_heap()
    walked_after = sum(len(gc.get_objects(generation=g)) for g in range(3))
    assert walked_after < walked_before // 10
    assert gc.get_freeze_count() >= walked_before * 9 // 10
