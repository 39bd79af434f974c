"""The pure triage decision: see `engine.triage`."""

from handoff.triage.engine import triage

__all__ = ["triage"]
