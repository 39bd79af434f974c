"""Measuring the triage decision on labelled messages (see ../shared/triage-contract.md)."""
