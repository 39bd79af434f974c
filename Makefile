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

# Held-out sets of clinics of their own: holdoutN_CLINIC.jsonl with kb_CLINIC.csv.
CLINIC_HOLDOUTS := holdout2_sage holdout3_birch holdout4_tide holdout5_prairie holdout6_peach \
	holdout7_cascade holdout8_maplecan holdout9_metro holdout10_juniper holdout11_bayou \
	holdout12_quartz holdout13_coral holdout14_magnolia holdout15_sawtooth holdout16_saltbush \
	holdout17_harborlight holdout18_kelp holdout19_ember holdout20_lagoon holdout21_prism \
	holdout22_bramble holdout23_tamarack holdout24_sierra holdout25_beacon

evaluate: install models
	$(PY) manage.py migrate --noinput
	$(PY) manage.py evaluate_triage data/corpus/test.jsonl --kb glow=data/corpus/kb_glow.csv \
		--kb harbor=data/corpus/kb_harbor.csv --baseline --no-misses
	$(PY) manage.py evaluate_triage data/corpus/holdout/holdout.jsonl \
		--kb glow=data/corpus/kb_glow.csv --kb harbor=data/corpus/kb_harbor.csv --baseline --no-misses
	@for set in $(CLINIC_HOLDOUTS); do \
		clinic=$${set#*_}; \
		$(PY) manage.py evaluate_triage data/corpus/holdout/$$set.jsonl \
			--kb $$clinic=data/corpus/kb_$$clinic.csv --baseline --no-misses || exit 1; \
	done

bench: install models
	$(PY) manage.py bench_triage
