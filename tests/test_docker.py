"""Static checks of the production deployment files (no Docker engine needed): docker/Dockerfile,
docker/docker-compose.yaml and docker/.env.example."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

DOCKER = Path(__file__).resolve().parent.parent / "docker"
COMPOSE_FILE = DOCKER / "docker-compose.yaml"
DOCKERFILE = DOCKER / "Dockerfile"
ENV_EXAMPLE = DOCKER / ".env.example"

AIRFLOW_SERVICES = {"airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer",
                    "airflow-worker", "airflow-init"}
ALL_SERVICES = AIRFLOW_SERVICES | {"postgres", "redis"}
SHARED_SECRETS = {  # Airflow setting -> the .env variable it must come from, identical in every service
    "AIRFLOW__API_AUTH__JWT_SECRET": "AIRFLOW_JWT_SECRET",
    "AIRFLOW__CORE__FERNET_KEY": "AIRFLOW_FERNET_KEY",
    "AIRFLOW__API__SECRET_KEY": "AIRFLOW_API_SECRET_KEY",
}
SECRET_ENV_NAMES = re.compile(r"(SECRET|PASSWORD|FERNET|TOKEN|KEY)", re.I)
ENV_REF = re.compile(r"^\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<op>:?[?-])?(?P<rest>[^}]*)\}$")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # KEY=value list form
        env = dict(item.split("=", 1) for item in env)
    return {k: "" if v is None else str(v) for k, v in env.items()}


def mounts(service: dict) -> dict[str, str]:
    """Container path -> source (volume name or host path) of a service's volumes."""
    result = {}
    for volume in service.get("volumes") or []:
        if isinstance(volume, dict):
            result[volume["target"]] = volume.get("source", "")
        else:
            source, target = volume.split(":")[:2]
            result[target] = source
    return result


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, args = line.partition(" ")
            out.append((keyword.upper(), args.strip()))
    return out


def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


# -- compose ------------------------------------------------------------------------------------------
def test_compose_has_every_service(services):
    assert ALL_SERVICES <= set(services), f"missing: {ALL_SERVICES - set(services)}"


def test_airflow_services_share_one_anchor(compose, services):
    common = compose["x-airflow-common"]
    assert common["build"]["dockerfile"] == "docker/Dockerfile"
    for name in AIRFLOW_SERVICES:
        # YAML merge keys resolve into the service: the anchor's environment and volumes are there
        assert services[name].get("image") == common["image"], name


def test_executor_is_celery_with_postgres_and_redis(services):
    for name in AIRFLOW_SERVICES:
        env = environment(services[name])
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://"), name
        assert "@postgres/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"], name
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://"), name
        assert "@redis:6379" in env["AIRFLOW__CELERY__BROKER_URL"], name
    assert services["airflow-worker"]["command"] == "celery worker"
    commands = {name: services[name].get("command") for name in AIRFLOW_SERVICES}
    assert commands["airflow-apiserver"] == "api-server"
    assert commands["airflow-scheduler"] == "scheduler"
    assert commands["airflow-dag-processor"] == "dag-processor"
    assert commands["airflow-triggerer"] == "triggerer"


@pytest.mark.parametrize("setting", sorted(SHARED_SECRETS))
def test_every_airflow_service_gets_the_same_secret_from_env(services, setting):
    values = {name: environment(services[name]).get(setting) for name in AIRFLOW_SERVICES}
    assert None not in values.values(), f"{setting} missing in {[n for n, v in values.items() if v is None]}"
    assert len(set(values.values())) == 1, f"{setting} differs between services: {values}"
    ref = ENV_REF.match(next(iter(values.values())))
    assert ref, f"{setting} must be a ${{VAR}} reference to .env, not a literal: {values}"
    assert ref["name"] == SHARED_SECRETS[setting]
    assert ref["op"] == ":?", f"{setting} must be required (${{{ref['name']}:?...}}), with no default value"


def test_no_literal_secrets_in_compose(services):
    for name, service in services.items():
        for key, value in environment(service).items():
            if SECRET_ENV_NAMES.search(key):
                assert ENV_REF.match(value), f"{name}: {key} is a literal ({value!r}); read it from .env"
                assert ENV_REF.match(value)["op"] == ":?", f"{name}: {key} has a default value"
        conn = environment(service).get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "")
        if conn:
            assert "${POSTGRES_PASSWORD:?" in conn, f"{name}: the DB password must come from .env"


def test_execution_api_points_at_the_api_server(services):
    for name in AIRFLOW_SERVICES:
        url = environment(services[name]).get("AIRFLOW__CORE__EXECUTION_API_SERVER_URL", "")
        assert url == "http://airflow-apiserver:8080/execution/", (name, url)
    assert any(p.endswith(":8080") for p in services["airflow-apiserver"]["ports"])


@pytest.mark.parametrize("name", ["airflow-scheduler", "airflow-worker"])
def test_landing_and_lake_volumes_are_mounted(compose, services, name):
    env = environment(services[name])
    volumes = mounts(services[name])
    for variable in ("PIPELINE_LANDING", "PIPELINE_LAKE", "PIPELINE_WORK"):
        path = re.sub(r"^\$\{[A-Z_]+:-(.*)\}$", r"\1", env[variable])  # the default of ${VAR:-default}
        assert path in volumes, f"{name}: {variable}={path} is not a mounted volume ({volumes})"
        source = volumes[path]
        assert source in (compose.get("volumes") or {}) or source.startswith(("/", ".", "$")), source


def test_every_service_has_a_health_check(services):
    for name, service in services.items():
        check = service.get("healthcheck")
        assert check and check.get("test") and not check.get("disable"), f"{name} has no health check"
        test = check["test"]
        assert isinstance(test, str) or test[0] in ("CMD", "CMD-SHELL"), (name, test)


def test_services_wait_for_their_dependencies(services):
    for name in AIRFLOW_SERVICES - {"airflow-init"}:
        depends = services[name]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy", name
        assert depends["redis"]["condition"] == "service_healthy", name
        assert depends["airflow-init"]["condition"] == "service_completed_successfully", name
    init_env = environment(services["airflow-init"])
    assert init_env["_AIRFLOW_DB_MIGRATE"] == "true"
    assert services["airflow-scheduler"]["healthcheck"]["test"][-1].endswith(":8974/health")
    assert environment(services["airflow-scheduler"])["AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK"] == "true"


# -- Dockerfile ---------------------------------------------------------------------------------------
def test_dockerfile_base_image_is_airflow_33_python311():
    froms = [args for keyword, args in dockerfile_instructions() if keyword == "FROM"]
    assert len(froms) == 1
    assert re.fullmatch(r"apache/airflow:3\.3\.\d+-python3\.11", froms[0].split()[0]), froms[0]


def test_dockerfile_installs_from_the_lock_with_airflow_pinned():
    instructions = dockerfile_instructions()
    args = {k: v for k, v in (a.split("=", 1) for kw, a in instructions if kw == "ARG" and "=" in a)}
    runs = [re.sub(r"\$\{(\w+)\}", lambda m: args.get(m[1], m[0]), a) for kw, a in instructions if kw == "RUN"]
    lock_installs = [r for r in runs if "pip install" in r and "requirements.lock.txt" in r]
    assert len(lock_installs) == 1, runs
    install = lock_installs[0]
    assert re.search(r"""["']?apache-airflow==3\.3\.\d+["']?\s""", install), install
    assert "--no-cache-dir" in install and re.search(r"-r\s+\S*requirements\.lock\.txt", install)
    package = [r for r in runs if "pip install" in r and "--no-deps" in r]
    assert package, "the project itself is installed with --no-deps"
    assert runs.index(lock_installs[0]) < runs.index(package[0])
    users = [a for kw, a in instructions if kw == "USER"]
    assert users and users[-1] == "airflow", "pip must run as (and the image end as) the airflow user"
    pip_runs_user = None
    for keyword, argument in instructions:
        if keyword == "USER":
            pip_runs_user = argument
        elif keyword == "RUN" and "pip install" in argument:
            assert pip_runs_user == "airflow", f"pip install as {pip_runs_user}"


def test_dockerfile_copies_the_project_and_prepares_nlp_data():
    instructions = dockerfile_instructions()
    copies = " ".join(a for kw, a in instructions if kw == "COPY")
    for folder in ("dags/", "pipeline/", "models/", "seeds/", "requirements.lock.txt"):
        assert folder in copies, f"{folder} is not copied into the image"
    env = " ".join(a for kw, a in instructions if kw == "ENV")
    assert re.search(r"PIPELINE_DATA=\S+", env), "PIPELINE_DATA must point inside the image"
    runs = " ".join(a for kw, a in instructions if kw == "RUN")
    assert "python -m pipeline prepare" in runs


def test_build_context_ignores_local_state():
    ignore = DOCKER / "Dockerfile.dockerignore"  # BuildKit reads <Dockerfile>.dockerignore next to it
    patterns = set(ignore.read_text().split())
    assert {".venv", ".airflow", "lake", ".git", "**/.env"} <= patterns


# -- .env.example -------------------------------------------------------------------------------------
def test_env_example_defines_every_variable_compose_requires(services):
    text = COMPOSE_FILE.read_text()
    required = set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*):\?", text))
    assert set(SHARED_SECRETS.values()) <= required
    assert required <= set(env_example()), f"not in .env.example: {required - set(env_example())}"


def test_env_example_holds_no_real_secret():
    values = env_example()
    secrets_ = {k: v for k, v in values.items() if SECRET_ENV_NAMES.search(k)}
    assert set(SHARED_SECRETS.values()) | {"POSTGRES_PASSWORD", "AIRFLOW_ADMIN_PASSWORD"} <= set(secrets_)
    for key, value in secrets_.items():
        placeholder = value == "" or re.fullmatch(r"<[^>]*>|change[-_]?me.*|CHANGE[-_]?ME.*", value)
        assert placeholder, f"{key} in .env.example looks like a real value: {value!r}"
    text = ENV_EXAMPLE.read_text()
    # a Fernet key (44 chars of url-safe base64) or a long hex/base64 run would be a leaked secret
    assert not re.search(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}=", text)
    assert not re.search(r"=\s*[0-9a-f]{32,}\b", text)
    assert "openssl rand" in text or "Fernet.generate_key" in text, "explain how to generate the secrets"
