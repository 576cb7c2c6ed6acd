"""The daily DAG on a real Airflow 3.3, and shard-count equivalence through Airflow.

``test_real_airflow_trigger_and_backfill`` starts an API server, a scheduler (LocalExecutor) and a DAG
processor on loopback with a private ``AIRFLOW_HOME`` (SQLite), a private landing zone and lake, then:

1. logs in through the simple auth manager (``POST /auth/token``), unpauses ``stance_daily`` and
   triggers it through the REST API with ``conf={"date": ...}`` and no logical date;
2. runs ``airflow backfill create`` over three landing days (dry run first, to pin the date bounds);
3. reads the lake back with DuckDB (rows per partition, unique quote ids, the runs table);
4. stops every process it started (process groups, then any leftover descendants, by pid), also
   when a step fails.

Only the subprocesses get the private ``AIRFLOW_HOME``; the pytest process keeps its own (``make test``
exports ``.airflow``). Step timings are printed at the end (also on failure) and written to
``<tmp>/timings.json``.

``test_dag_run_shard_size_one_equals_one_shard`` runs the DAG (``dag.test``) over a five-article day with
``PIPELINE_SHARD_SIZE=1`` (five mapped extract/classify instances) and with 1000 (one), and compares the
tables row for row except ``run_id``.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import sqlite3
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from cryptography.fernet import Fernet

from conftest import ROOT, SEED_DATE, SEED_FILE
from pipeline.schemas import TABLES

DAG_ID = "stance_daily"
DAYS = ["2024-11-18", "2024-11-19", "2024-11-20"]  # the manual run takes the first; the backfill all three
ARTICLES_PER_DAY = 3
LIVE_SHARD_SIZE = 2  # 3 articles -> 2 shards: the real scheduler maps extract/classify over 2 instances
TEST_BUDGET_S = 255  # every wait ends by then; + at most ~2 x STOP_GRACE_S to stop: under 5 minutes
STOP_GRACE_S = 10
VENV_BIN = Path(sys.prefix) / "bin"
AIRFLOW = str(VENV_BIN / "airflow") if (VENV_BIN / "airflow").exists() else (shutil.which("airflow") or "airflow")
USER, PASSWORD = "integration", secrets.token_urlsafe(16)
FAILED_TI_STATES = {"failed", "up_for_retry", "upstream_failed", "removed"}


# -- helpers ------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_landing(root: Path, days: list[str], per_day: int) -> None:
    """``per_day`` copies of the seed article per day, each with its own URL and text, so that no copy is
    rejected as a duplicate of an earlier day (same URL or same normalised text)."""
    seed = json.loads(SEED_FILE.read_text(encoding="utf-8").splitlines()[0])
    for d, day in enumerate(days):
        lines = [json.dumps({**seed, "url": f"{seed['url']}?day={day}&n={i}", "published_at": f"{day}T{6 + i % 12:02d}:30:00Z",
                             "text": seed["text"] + f"\n\nUpdate {d}.{i}: officials said talks would resume "
                                                    f"on day {d * 10 + i} of the month."})
                 for i in range(per_day)]
        folder = root / f"dt={day}"
        folder.mkdir(parents=True)
        (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


class Timer:
    """Seconds per named step, in order; printed (and saved) at the end of the test."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = {}
        self.started = time.monotonic()

    def step(self, name: str):
        timer = self

        class _Step:
            def __enter__(self):
                self.t = time.monotonic()

            def __exit__(self, *exc):
                timer.steps[name] = round(time.monotonic() - self.t, 1)

        return _Step()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def report(self) -> str:
        width = max([len(k) for k in self.steps] + [5])
        lines = [f"  {name:<{width}}  {secs:7.1f} s" for name, secs in self.steps.items()]
        lines.append(f"  {'total':<{width}}  {self.elapsed():7.1f} s")
        return "\n".join(lines)


class AirflowStack:
    """Airflow processes in their own sessions; every pid is remembered and stopped by ``stop()``."""

    def __init__(self, home: Path, env: dict[str, str], deadline: float) -> None:
        self.home, self.env, self.deadline = home, env, deadline
        self.procs: dict[str, subprocess.Popen] = {}
        self.descendants: dict[int, object] = {}  # psutil.Process by pid, collected while running
        self.killed: list[str] = []  # what needed SIGKILL, for the report
        self.stop_seconds: dict[str, float] = {}
        self.cli_runs = 0

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.home / f"{name}.log", "wb")
        proc = subprocess.Popen([AIRFLOW, *args], env=self.env, cwd=self.home, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        self.procs[name] = proc
        return proc

    def cli(self, *args: str, timeout: float = 120) -> str:
        """Run ``airflow ARGS`` to completion (own session, killed on timeout); returns its output.

        Not retried here on SQLite's "database is locked": a write such as ``backfill create`` can have committed
        part of its work when it fails, and running it again races the scheduler over the same rows (the backfill
        step retries once, after checking that nothing was kept).
        """
        timeout = max(5.0, min(timeout, self.deadline - time.monotonic()))
        proc = subprocess.Popen([AIRFLOW, *args], env=self.env, cwd=self.home, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
            raise AssertionError(f"airflow {' '.join(args)} timed out after {timeout}s:\n{out[-3000:]}")
        finally:
            self.cli_runs += 1
        log = self.home / f"cli-{self.cli_runs}-{'-'.join(a for a in args[:2] if not a.startswith('-'))}.log"
        log.write_text(f"$ airflow {' '.join(args)}\n{out}")
        assert proc.returncode == 0, f"airflow {' '.join(args)} exited {proc.returncode} (full output: {log}):\n{out[-3000:]}"
        return out

    def check_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                raise AssertionError(f"airflow {name} exited with {proc.returncode}:\n{self.log_tail(name)}")
        self._collect_descendants()

    def _collect_descendants(self) -> None:
        """Task supervisors put task processes in their own process groups: remember them by pid."""
        import psutil

        for proc in self.procs.values():
            try:
                for child in psutil.Process(proc.pid).children(recursive=True):
                    self.descendants.setdefault(child.pid, child)
            except psutil.Error:
                pass

    def log_tail(self, name: str, chars: int = 4000) -> str:
        path = self.home / f"{name}.log"
        return path.read_text(errors="replace")[-chars:] if path.exists() else ""

    def stop(self, grace: float = STOP_GRACE_S) -> list[str]:
        """Stop everything started here, in a bounded time; returns what survived SIGKILL.

        Scheduler and DAG processor go first (their task processes still report to the API server),
        then the API server: SIGTERM to each process group, SIGKILL after ``grace`` seconds per phase,
        then any remembered descendant that left its group (task processes) is killed by pid.
        """
        import psutil

        self._collect_descendants()
        for phase in (["scheduler", "dag-processor"], ["api-server"]):
            started = time.monotonic()
            procs = [p for name, p in self.procs.items() if name in phase]
            for proc in procs:
                if proc.poll() is None:
                    _kill_group(proc.pid, signal.SIGTERM)
            deadline = time.monotonic() + grace
            for proc in procs:
                try:
                    proc.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    self.killed.append(proc.args[1])
            for proc in procs:
                _kill_group(proc.pid, signal.SIGKILL)  # the group may outlive its leader
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
            self.stop_seconds["+".join(phase)] = round(time.monotonic() - started, 1)
        leftovers = []
        for pid, child in self.descendants.items():
            try:
                if child.is_running() and child.status() != psutil.STATUS_ZOMBIE:
                    child.kill()  # psutil refuses if the pid now belongs to another process
                    leftovers.append(child)
            except psutil.Error:
                pass
        if leftovers:
            self.killed.extend(f"pid {c.pid}" for c in leftovers)
            psutil.wait_procs(leftovers, timeout=5)
        return [f"{name} (pid {p.pid})" for name, p in self.procs.items() if p.poll() is None]


def _kill_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


class Api:
    """The public REST API (``/api/v2``) with a JWT from the simple auth manager."""

    def __init__(self, base_url: str) -> None:
        import httpx

        self.base_url = base_url
        self.client = httpx.Client(base_url=base_url, timeout=30)

    def login(self, username: str, password: str) -> None:
        r = self.client.post("/auth/token", json={"username": username, "password": password})
        assert r.status_code == 201, f"POST /auth/token -> {r.status_code}: {r.text[:500]}"
        self.client.headers["Authorization"] = f"Bearer {r.json()['access_token']}"

    def request(self, method: str, path: str, expect: tuple[int, ...] = (200,), **kwargs):
        r = self.client.request(method, f"/api/v2{path}", **kwargs)
        assert r.status_code in expect, f"{method} /api/v2{path} -> {r.status_code}: {r.text[:1000]}"
        return r.json() if r.content else None

    def close(self) -> None:
        self.client.close()


def wait_until(what: str, check, timeout: float, stack: AirflowStack, interval: float = 1.0):
    """Poll ``check()`` until it returns something truthy; fail with the process logs on timeout.

    No wait runs past the test's overall deadline (``stack.deadline``), so the test ends in bounded time.
    """
    timeout = max(1.0, min(timeout, stack.deadline - time.monotonic()))
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        stack.check_alive()
        try:
            result = check()
            if result:
                return result
        except AssertionError:
            raise
        except Exception as exc:  # connection refused while the server starts, etc.
            last_error = exc
        time.sleep(interval)
    logs = "\n".join(f"--- {n}.log ---\n{stack.log_tail(n, 2500)}" for n in stack.procs)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last error: {last_error!r})\n{logs}")


def task_log_excerpt(home: Path, run_id: str, task_id: str, map_index: int = -1) -> str:
    """The errors of a task's latest log files: exception type, message and the innermost frames."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "*", run_id)
    mapped = f"map_index={map_index}/" if map_index >= 0 else ""
    files = sorted((home / "logs").glob(f"dag_id={DAG_ID}/run_id={safe}/task_id={task_id}/{mapped}**/*.log"))
    parts = []
    for path in files[-2:]:
        errors = []
        for line in path.read_text(errors="replace").splitlines():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if event.get("level") not in ("error", "critical"):
                continue
            errors.append(event.get("event", ""))
            for exc in event.get("error_detail") or []:
                frames = [f"{f['filename'].rsplit('/', 2)[-1]}:{f['lineno']} {f['name']}" for f in exc.get("frames", [])]
                errors.append(f"  {exc.get('exc_type')}: {exc.get('exc_value')}  (at {' <- '.join(frames[::-1][:4])})")
        parts.append(f"--- {path.relative_to(home)} ---\n" + ("\n".join(errors) or path.read_text(errors="replace")[-1500:]))
    return "\n".join(parts)


def wait_for_runs(api: Api, stack: AirflowStack, run_ids: list[str], timeout: float) -> dict:
    """Wait until every run succeeded; fail at the first failed (or retrying) task, with its log."""

    def check():
        states = {}
        for run_id in run_ids:
            run = api.request("GET", f"/dags/{DAG_ID}/dagRuns/{run_id}")
            tis = api.request("GET", f"/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances", params={"limit": 100})
            bad = [ti for ti in tis["task_instances"] if ti["state"] in FAILED_TI_STATES]
            if bad or run["state"] == "failed":
                details = [f"{ti['task_id']}[{ti['map_index']}]={ti['state']}" for ti in bad]
                logs = "\n".join(task_log_excerpt(stack.home, run_id, ti["task_id"], ti["map_index"]) for ti in bad[:2])
                raise AssertionError(f"run {run_id} is {run['state']}; tasks {details}\n{logs}\n"
                                     f"--- scheduler.log ---\n{stack.log_tail('scheduler', 1500)}")
            states[run_id] = (run["state"], tis["task_instances"])
        return states if all(state == "success" for state, _ in states.values()) else None

    return wait_until(f"runs {run_ids} to succeed", check, timeout, stack, interval=2.0)


def lake_checks(lake: Path) -> dict:
    """Read the lake back through DuckDB and check partitions, ids and the runs table."""
    con = duckdb.connect()

    def table(name: str) -> str:
        return f"read_parquet('{lake}/{name}/*/*.parquet', hive_partitioning = true)"

    for name in TABLES:
        dts = {str(r[0]) for r in con.execute(f"SELECT DISTINCT dt FROM {table(name)}").fetchall()}
        expected = set(DAYS) if name != "quarantine" else (dts & set(DAYS))  # quarantine may be empty files
        assert dts == expected, f"{name}: partitions {sorted(dts)}, expected {DAYS}"
        assert not list((lake / name).rglob("*staging*")), f"staging files inside {name}/"
    per_day = dict(con.execute(f"SELECT dt::VARCHAR, count(*) FROM {table('articles')} GROUP BY ALL").fetchall())
    assert per_day == {day: ARTICLES_PER_DAY for day in DAYS}, per_day
    quotes = dict(con.execute(f"SELECT dt::VARCHAR, count(*) FROM {table('quotes')} GROUP BY ALL").fetchall())
    n_quotes = dict(con.execute(f"SELECT dt::VARCHAR, sum(n_quotes) FROM {table('articles')} GROUP BY ALL").fetchall())
    assert set(quotes) == set(DAYS) and all(quotes[d] >= 8 * ARTICLES_PER_DAY for d in DAYS), quotes
    assert {d: int(n) for d, n in n_quotes.items()} == quotes, "articles.n_quotes disagrees with the quotes table"
    total, distinct = con.execute(f"SELECT count(*), count(DISTINCT quote_id) FROM {table('quotes')}").fetchone()
    assert total == distinct, f"{total - distinct} duplicate quote_ids across partitions"
    dup_articles = con.execute(f"SELECT count(*) - count(DISTINCT article_id) FROM {table('articles')}").fetchone()[0]
    assert dup_articles == 0
    assert con.execute(f"SELECT count(*) FROM {table('speaker_stance_daily')}").fetchone()[0] >= len(DAYS)
    runs = con.execute(f"""SELECT dt::VARCHAR, trigger, status, lines_landed, articles_processed, quarantined,
                                  duplicates, rows_written FROM {table('runs')} ORDER BY dt, started_at""").fetchall()
    by_day: dict[str, list[str]] = {}
    for dt, trigger, status, landed, processed, quarantined, duplicates, rows_written in runs:
        assert status == "success"
        assert (landed, processed, quarantined, duplicates) == (ARTICLES_PER_DAY, ARTICLES_PER_DAY, 0, 0)
        written = dict(rows_written) if not isinstance(rows_written, dict) else rows_written
        if isinstance(written.get("quotes"), list):  # MAP lookups differ across DuckDB versions
            written = {k: v[0] for k, v in written.items()}
        assert written.get("quotes") == quotes[dt], (dt, written)
        by_day.setdefault(dt, []).append(trigger.lower())
    assert sorted(by_day) == DAYS, by_day
    assert ["manual" in t for t in by_day[DAYS[0]]] == [True, False], by_day  # manual first, then the backfill
    assert all(len(by_day[d]) == 1 and "backfill" in by_day[d][0] for d in DAYS[1:]), by_day
    return {"articles": per_day, "quotes": quotes, "runs": by_day}


# -- the live Airflow test ----------------------------------------------------------------------------
@pytest.mark.integration
def test_real_airflow_trigger_and_backfill(tmp_path, capsys):
    timer = Timer()
    home, landing, lake = tmp_path / "airflow_home", tmp_path / "landing", tmp_path / "lake"
    home.mkdir()
    make_landing(landing, DAYS, ARTICLES_PER_DAY)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    (home / "passwords.json").write_text(json.dumps({USER: PASSWORD}))

    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "PIPELINE_"))}
    env.update({
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",  # Airflow spawns `airflow ...` children
        "AIRFLOW_HOME": str(home),
        # SQLite has one writer at a time; the CLI, scheduler, DAG processor and API server all write.
        # Wait up to 60 s for the lock (pysqlite's default is 5 s: too short on a busy 2-core runner).
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}?timeout=60",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        # 3.3 accepts LocalExecutor on SQLite (no check refuses it; `airflow standalone` does the same)
        # and task processes talk to the API server, not the DB. 2 slots run the 2 shards side by side.
        "AIRFLOW__CORE__PARALLELISM": "2",
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
        "AIRFLOW__CORE__FERNET_KEY": Fernet.generate_key().decode(),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{base_url}/execution/",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": base_url,
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__API__EXPOSE_STACKTRACE": "True",
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__COLORED_CONSOLE_LOG": "False",
        # Only the runs this test creates: no scheduled run for "yesterday" when the DAG is unpaused.
        "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
        "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "False",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
        "PIPELINE_LANDING": str(landing),
        "PIPELINE_LAKE": str(lake),
        "PIPELINE_SHARD_SIZE": str(LIVE_SHARD_SIZE),
        "PYTHONUNBUFFERED": "1",
    })
    for key in ("PIPELINE_DATA", "PIPELINE_MODELS", "PIPELINE_REGISTRY", "PIPELINE_STANCE_MODEL"):
        if key in os.environ:
            env[key] = os.environ[key]

    stack = AirflowStack(home, env, deadline=timer.started + TEST_BUDGET_S)
    api = Api(base_url)
    failure = None
    try:
        with timer.step("db migrate"):
            stack.cli("db", "migrate", timeout=90)
            # Write-ahead logging (a property of the database file): readers no longer block the one writer,
            # so the CLI, scheduler, DAG processor and API server meet "database is locked" far less often.
            with sqlite3.connect(home / "airflow.db") as db:
                assert db.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"

        with timer.step("start api-server, scheduler, dag-processor"):
            stack.start("api-server", "api-server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1")
            stack.start("scheduler", "scheduler", "--skip-serve-logs")
            stack.start("dag-processor", "dag-processor")
            wait_until("the API server", lambda: api.client.get("/api/v2/monitor/health").status_code == 200,
                       90, stack, interval=0.5)

        with timer.step("login, DAG parsed, unpause"):
            unauthenticated = api.client.get(f"/api/v2/dags/{DAG_ID}")
            assert unauthenticated.status_code == 401, unauthenticated.status_code
            api.login(USER, PASSWORD)

            def dag_parsed():
                errors = api.request("GET", "/importErrors")
                assert errors["total_entries"] == 0, errors
                r = api.client.get(f"/api/v2/dags/{DAG_ID}")
                return r.status_code == 200

            wait_until(f"{DAG_ID} to be parsed", dag_parsed, 90, stack)
            dag = api.request("PATCH", f"/dags/{DAG_ID}", json={"is_paused": False})
            assert dag["is_paused"] is False

        with timer.step(f"1. REST trigger conf date={DAYS[0]}"):
            run = api.request("POST", f"/dags/{DAG_ID}/dagRuns", expect=(200,), json={
                "dag_run_id": "integration_manual", "logical_date": None, "conf": {"date": DAYS[0]}})
            assert run["logical_date"] is None and run["conf"] == {"date": DAYS[0]}
            states = wait_for_runs(api, stack, [run["dag_run_id"]], 150)
            tis = states[run["dag_run_id"]][1]
            assert sorted(ti["map_index"] for ti in tis if ti["task_id"] == "extract") == [0, 1], \
                "3 articles with PIPELINE_SHARD_SIZE=2 should map extract over 2 shards"

        with timer.step("2. backfill (dry run + 3 days)"):
            # --to-date is a datetime bound on the logical date: DAYS[-1] 03:00 needs the day after.
            to_date = "2024-11-21"
            dry = stack.cli("backfill", "create", "--dag-id", DAG_ID, "--from-date", DAYS[0],
                            "--to-date", to_date, "--dry-run", timeout=60)
            planned = sorted(set(re.findall(r"(2024-11-\d\d)[T ]03:00", dry)))
            assert planned == DAYS, f"dry run plans {planned}:\n{dry[-2000:]}"
            create = ("backfill", "create", "--dag-id", DAG_ID, "--from-date", DAYS[0], "--to-date", to_date,
                      "--max-active-runs", "2")
            try:
                stack.cli(*create, timeout=60)
            except AssertionError as exc:
                # SQLite in WAL mode refuses a write at once (no busy wait) when the scheduler committed after this
                # transaction read; retried only when the database shows that nothing of the backfill was kept
                if "database is locked" not in str(exc) or api.request(
                        "GET", "/backfills", params={"dag_id": DAG_ID})["total_entries"]:
                    raise
                time.sleep(2)
                stack.cli(*create, timeout=60)

            def backfill_runs():
                runs = api.request("GET", f"/dags/{DAG_ID}/dagRuns", params={"run_type": "backfill", "limit": 50})
                return runs["dag_runs"] if runs["total_entries"] == len(DAYS) else None

            runs = wait_until("the backfill's runs to be created", backfill_runs, 30, stack)
            assert sorted(r["logical_date"][:10] for r in runs) == DAYS
            assert api.request("GET", "/backfills", params={"dag_id": DAG_ID})["total_entries"] == 1
            wait_for_runs(api, stack, [r["dag_run_id"] for r in runs], 200)

        with timer.step("3. DuckDB checks on the lake"):
            summary = lake_checks(lake)
    except BaseException as exc:  # noqa: BLE001 - re-raised after the processes are stopped
        failure = exc
    finally:
        api.close()
        with timer.step("4. stop all processes"):
            survivors = stack.stop()
        report = (timer.report() + f"\n  (stop: {stack.stop_seconds})"
                  + (f"\n  SIGKILLed: {stack.killed}" if stack.killed else ""))
        (tmp_path / "timings.json").write_text(json.dumps({**timer.steps, "total": round(timer.elapsed(), 1)}, indent=2))
        with capsys.disabled():
            print(f"\n[airflow integration] {'FAILED' if failure else 'passed'}; seconds per step "
                  f"(also in {tmp_path / 'timings.json'}):\n{report}")
    if failure is not None:
        raise failure
    assert not survivors, f"still running after SIGKILL: {survivors}"
    assert summary["runs"][DAYS[0]]


# -- shard count through Airflow ---------------------------------------------------------------------
def _dag(dag_id: str):
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(ROOT / "dags"))
    assert bag.import_errors == {}
    return bag.get_dag(dag_id)


def _mapped_count(run, task_id: str) -> int:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from sqlalchemy import func, select

    with create_session() as session:
        return session.scalar(select(func.count()).select_from(TaskInstance).where(
            TaskInstance.dag_id == run.dag_id, TaskInstance.run_id == run.run_id, TaskInstance.task_id == task_id,
            TaskInstance.state == "success"))


def test_dag_run_shard_size_one_equals_one_shard(tmp_path, monkeypatch):
    n_articles = 5
    landing = tmp_path / "landing"
    make_landing(landing, [SEED_DATE], n_articles)
    monkeypatch.setenv("PIPELINE_LANDING", str(landing))
    monkeypatch.delenv("PIPELINE_WORK", raising=False)
    dag = _dag(DAG_ID)
    tables = {}
    for shard_size in (1, 1000):
        lake = tmp_path / f"lake-{shard_size}"
        monkeypatch.setenv("PIPELINE_LAKE", str(lake))
        monkeypatch.setenv("PIPELINE_SHARD_SIZE", str(shard_size))
        run = dag.test(logical_date=datetime(2024, 11, 18, 3, tzinfo=timezone.utc))
        assert str(run.state).endswith("success"), f"shard size {shard_size}: {run.state}"
        expected_shards = n_articles if shard_size == 1 else 1
        assert _mapped_count(run, "extract") == expected_shards
        assert _mapped_count(run, "classify") == expected_shards
        tables[shard_size] = {t: pq.read_table(lake / t / f"dt={SEED_DATE}" / "part-0.parquet").drop_columns(["run_id"])
                              for t in TABLES if t != "runs"}
    one, many = tables[1000], tables[1]
    assert one["articles"].num_rows == n_articles
    assert one["quotes"].num_rows >= 8 * n_articles
    for name in one:
        assert one[name].schema.equals(many[name].schema), name
        assert one[name].num_rows == many[name].num_rows, name
        assert one[name].equals(many[name]), f"{name} differs between 1 and {n_articles} shards"
