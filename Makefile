# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED_DATE := 2024-11-18

# An embedded Airflow: SQLite metadata DB under an ignored folder, no example DAGs.
export AIRFLOW_HOME ?= $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION := True
export PIPELINE_LANDING ?= $(CURDIR)/seeds/landing
export PIPELINE_LAKE ?= $(CURDIR)/lake
export PATH := $(BIN):$(PATH)

.PHONY: run test bootstrap resources airflow-db bench lock clean

$(STAMP): requirements.lock.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

resources: $(STAMP)
	$(BIN)/python -m pipeline prepare

$(AIRFLOW_HOME)/airflow.db: $(STAMP)
	@mkdir -p $(AIRFLOW_HOME)
	$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (cat $(AIRFLOW_HOME)/db-migrate.log; exit 1)

airflow-db: $(AIRFLOW_HOME)/airflow.db

bootstrap: $(STAMP) resources airflow-db

# The daily DAG for the seed's date, through Airflow (`airflow dags test`), then a DuckDB summary.
run: bootstrap
	$(BIN)/airflow dags test stance_daily $(SEED_DATE) > $(AIRFLOW_HOME)/dags-test.log 2>&1 \
		|| (tail -n 80 $(AIRFLOW_HOME)/dags-test.log; exit 1)
	@grep -E "DagRun Finished|state=success" $(AIRFLOW_HOME)/dags-test.log | tail -n 1 || true
	$(BIN)/python -m pipeline summary --lake $(PIPELINE_LAKE) --date $(SEED_DATE)

test: bootstrap
	$(BIN)/python -m pytest

bench: bootstrap
	$(BIN)/python -m pipeline bench

# Recompile the lock from requirements.in (needs uv: `pip install uv`).
lock:
	uv pip compile requirements.in --python-version 3.11 -o requirements.lock.txt

clean:
	rm -rf $(AIRFLOW_HOME) lake data .pytest_cache
