"""Reads of a clinic's knowledge base, including the search index built from it."""

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from django.db.models import Count, Max

from knowledge.models import FaqEntry
from knowledge.retrieval import FaqDoc, KbIndex, build_index
from medspai.models import Clinic

INDEX_CACHE_SIZE = 64

_indexes: OrderedDict[int, tuple[tuple[Any, ...], KbIndex]] = OrderedDict()
_lock = threading.Lock()


def faq_docs_for_clinic(*, clinic: Clinic) -> list[FaqDoc]:
    entries = FaqEntry.objects.filter(clinic=clinic, active=True).order_by("key")
    return [
        FaqDoc(
            key=entry.key,
            question=entry.question,
            alternates=tuple(entry.alternate_list),
            answer=entry.answer,
        )
        for entry in entries
    ]


def faq_index_for_clinic(*, clinic: Clinic) -> KbIndex:
    """The clinic's FAQ index, rebuilt when an active entry is added, edited or removed.

    One cheap aggregate query per call; the index itself is cached in this process, so an
    admin edit takes effect on the next message without a restart.
    """
    stamp = _stamp(clinic)
    with _lock:
        cached = _indexes.get(clinic.pk)
        if cached is not None and cached[0] == stamp:
            _indexes.move_to_end(clinic.pk)
            return cached[1]
    index = build_index(faq_docs_for_clinic(clinic=clinic))
    with _lock:
        _indexes[clinic.pk] = (stamp, index)
        _indexes.move_to_end(clinic.pk)
        while len(_indexes) > INDEX_CACHE_SIZE:
            _indexes.popitem(last=False)
    return index


def _stamp(clinic: Clinic) -> tuple[Any, ...]:
    summary = FaqEntry.objects.filter(clinic=clinic, active=True).aggregate(
        count=Count("id"), latest=Max("updated_at"), top=Max("id")
    )
    return (summary["count"], summary["latest"], summary["top"])


def clear_index_cache() -> None:
    with _lock:
        _indexes.clear()


def faq_entries_by_key(*, clinic: Clinic, keys: Sequence[str]) -> list[FaqEntry]:
    """The clinic's active entries of `keys`, in their order; a key since removed or switched
    off is left out."""
    found = {e.key: e for e in FaqEntry.objects.filter(clinic=clinic, active=True, key__in=keys)}
    return [found[key] for key in dict.fromkeys(keys) if key in found]
