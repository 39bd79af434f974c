# `make run`: set up and serve the product on the embedded defaults (SQLite, tasks in-process,
# the seeded demo clinics). `make test`: set up and run the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: install models run test lint format evaluate bench

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

# The learned guard and answer-confidence models, fitted from the repository's training corpus.
MODEL_STAMP := var/models/.trained
$(MODEL_STAMP): $(VENV)/.installed data/corpus/train.jsonl $(wildcard data/corpus/kb_*.csv \
		data/corpus/dev/*.jsonl handoff/triage/*.py \
		handoff/triage/rules/*.py knowledge/*.py)
	$(PY) manage.py train_guards
	touch $@

models: $(MODEL_STAMP)

run: install models
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py seed_demo
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: install models
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

evaluate: install models
	$(PY) manage.py migrate --noinput
	$(PY) manage.py evaluate_triage data/corpus/test.jsonl --kb glow=data/corpus/kb_glow.csv \
		--kb harbor=data/corpus/kb_harbor.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout.jsonl \
		--kb glow=data/corpus/kb_glow.csv --kb harbor=data/corpus/kb_harbor.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout2_sage.jsonl \
		--kb sage=data/corpus/kb_sage.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout3_birch.jsonl \
		--kb birch=data/corpus/kb_birch.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout4_tide.jsonl \
		--kb tide=data/corpus/kb_tide.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout5_prairie.jsonl \
		--kb prairie=data/corpus/kb_prairie.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout6_peach.jsonl \
		--kb peach=data/corpus/kb_peach.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout7_cascade.jsonl \
		--kb cascade=data/corpus/kb_cascade.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout8_maplecan.jsonl \
		--kb maplecan=data/corpus/kb_maplecan.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout9_metro.jsonl \
		--kb metro=data/corpus/kb_metro.csv --baseline --no-misses

bench: install models
	$(PY) manage.py bench_triage
