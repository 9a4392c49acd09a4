# Shared set-up for ./scripts/build and ./scripts/test (sourced, not run).
# Creates .venv if missing and installs the pinned requirements when they changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# phase "what": prints "==> what", and the previous phase's duration; phase_end: the last one's
# and the total (so a run never sits silent without saying what it is doing, and says how long)
PHASE_NAME="" PHASE_START=$SECONDS RUN_START=$SECONDS
phase_end() {
    if [ -n "$PHASE_NAME" ]; then echo "    ($((SECONDS - PHASE_START)) s: $PHASE_NAME)"; fi
    PHASE_NAME=""
}
phase() {
    phase_end
    PHASE_NAME="${1%% (*}" PHASE_START=$SECONDS
    echo "==> $1"
}
finish() {
    phase_end
    echo "==> done in $((SECONDS - RUN_START)) s"
}
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    phase "creating .venv"
    "$PYTHON" -m venv .venv
fi
STAMP=.venv/.requirements.sha
WANT="$(sha256sum requirements.txt | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
    phase "installing pinned requirements (first run takes about a minute)"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt 2>&1 | grep -v "^WARNING: Location" || true
    .venv/bin/python -m pip check
    echo "$WANT" > "$STAMP"
fi
export PATH="$ROOT/.venv/bin:$PATH"
export DBT_PROFILES_DIR="$ROOT"
export DBT_SEND_ANONYMOUS_USAGE_STATS=false
# KPI_DBT_VARS: what dbt's --vars takes (a YAML mapping), given to every dbt build here; the landing
# step reads it too (landing/settings.py), so both judge with the same settings
DBT_VARS=()
if [ -n "${KPI_DBT_VARS:-}" ]; then DBT_VARS=(--vars "$KPI_DBT_VARS"); fi
mkdir -p warehouse

# validate_and_land: checks every export in KPI_EXPORTS_DIR (default: the bundled demo exports)
# and writes the accepted files into the landing folder dbt reads. Stops when a file is rejected,
# unless KPI_ALLOW_REJECTED=1 (then the rejected files are left out of this build, loudly).
validate_and_land() {
    # absolute, so the warehouse's staging views read from any working directory
    export KPI_LANDING_DIR="${KPI_LANDING_DIR:-$ROOT/warehouse/landing}"
    phase "validate exports (${KPI_EXPORTS_DIR:-seeds/demo_exports}) and land them in $KPI_LANDING_DIR"
    local code=0
    python -m landing --landing "$KPI_LANDING_DIR" --report "$ROOT/warehouse/validation" --quiet --progress || code=$?
    if [ "$code" = "1" ]; then
        if [ "${KPI_ALLOW_REJECTED:-0}" = "1" ]; then
            echo "WARNING: files were rejected (see warehouse/validation/validation_report.html); building without them"
        else
            echo "Export validation rejected files: see the messages above and warehouse/validation/validation_report.html." >&2
            echo "Fix or remove them, or set KPI_ALLOW_REJECTED=1 to build without them." >&2
            return 1
        fi
    elif [ "$code" != "0" ]; then
        echo "export validation failed to run (exit $code): see the message above; no file was judged." >&2
        return "$code"
    fi
}

# warehouse_build [--changed-only] [dbt args]: `dbt build`, incremental when the warehouse was last
# built by this very model code, a full refresh otherwise or with KPI_FULL_REFRESH=1. With
# --changed-only, an incremental build selects only the landed tables that changed since the last
# build and everything downstream (nothing at all when none changed). The sequence is
# build_state.build, which the scheduled runner runs too (scripts/build_state.py).
warehouse_build() {
    local db="${KPI_DUCKDB_PATH:-warehouse/kpi.duckdb}" mode=""
    if [ "${1:-}" = "--changed-only" ]; then mode="--changed-only"; shift; fi
    python scripts/build_state.py build "$db" $mode -- "$@" | python scripts/dbt_progress.py
}

# ensure_chromium: the docs-site test renders dbt docs in headless Chromium (Debian package).
# Installed when missing and we may (root + apt-get); otherwise that test skips and says why.
ensure_chromium() {
    if command -v chromium > /dev/null 2>&1; then
        return 0
    fi
    if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null 2>&1; then
        echo "installing chromium (Debian package, about a minute)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > /dev/null 2>&1 \
            || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > /dev/null 2>&1; } \
            || echo "WARNING: could not install chromium; the docs site test will be skipped"
    else
        echo "NOTE: chromium is not installed and cannot be installed here (not root); the docs site test will be skipped"
    fi
}

# postgres_start: starts the private PostgreSQL cluster of the tests (scripts/postgres_cluster) and
# exports its KPI_PG_* variables; installs Debian's postgresql when missing and we may (root +
# apt-get). Returns 1 with the reason in POSTGRES_UNAVAILABLE when it cannot run here.
postgres_start() {
    POSTGRES_UNAVAILABLE=""
    if ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
        if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null 2>&1; then
            echo "installing postgresql (Debian package)"
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql > /dev/null 2>&1 \
                || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql > /dev/null 2>&1; } \
                || true
        fi
    fi
    if ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
        POSTGRES_UNAVAILABLE="no PostgreSQL server binaries and no way to install them (needs root and apt-get install postgresql)"
        return 1
    fi
    if [ "$(id -u)" != "0" ]; then
        POSTGRES_UNAVAILABLE="not root: the private cluster runs as the postgres user (scripts/postgres_cluster)"
        return 1
    fi
    if ! "$ROOT/scripts/postgres_cluster" start; then
        POSTGRES_UNAVAILABLE="scripts/postgres_cluster start failed (see warehouse/postgres/log)"
        return 1
    fi
    set -a
    # shellcheck disable=SC1091
    . "$ROOT/warehouse/postgres/env"
    set +a
}

# postgres_build [dbt args]: loads the landing folder into PostgreSQL's raw schema
# (scripts/load_landed.py) and runs `dbt build --target postgres` as a full refresh, with its
# artifacts in target/postgres. Connection from the KPI_PG_* variables (profiles.yml).
postgres_build() {
    phase "load the landed files into PostgreSQL ${KPI_PG_HOST:-127.0.0.1}:${KPI_PG_PORT:-5432}/${KPI_PG_DBNAME:-kpi} (schema ${KPI_RAW_SCHEMA:-raw})"
    python scripts/load_landed.py
    phase "dbt build --target postgres (full refresh)"
    dbt build --target postgres --full-refresh --target-path target/postgres "${DBT_VARS[@]}" "$@"
}

# spark_setup: the Spark target's venv (.venv-spark, requirements-spark.txt) and Java; installs
# Debian's openjdk-17-jre-headless when java is missing and we may (root + apt-get).
spark_setup() {
    if ! command -v java > /dev/null 2>&1; then
        if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null 2>&1; then
            echo "installing Java 17 for Spark (Debian package)"
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless > /dev/null 2>&1 \
                || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless > /dev/null 2>&1; } \
                || true
        fi
        command -v java > /dev/null 2>&1 || { echo "Spark needs Java 17 (apt-get install openjdk-17-jre-headless)" >&2; return 1; }
    fi
    local stamp=.venv-spark/.requirements.sha want
    want="$(sha256sum requirements-spark.txt | cut -d' ' -f1)"
    if [ ! -x .venv-spark/bin/python ]; then "$PYTHON" -m venv .venv-spark; fi
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        phase "installing the Spark target's requirements into .venv-spark (pyspark is large: a few minutes)"
        .venv-spark/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-spark.txt 2>&1 | grep -v "^WARNING: Location" || true
        .venv-spark/bin/python -m pip check
        echo "$want" > "$stamp"
    fi
    # absolute: dbt's Spark session and scripts/load_landed.py must find the same metastore
    export KPI_SPARK_DIR="${KPI_SPARK_DIR:-$ROOT/warehouse/spark}"
    mkdir -p "$KPI_SPARK_DIR/tmp"
    export JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$KPI_SPARK_DIR/tmp -XX:-UsePerfData"
}

# spark_build [dbt args]: loads the landing folder into Spark tables (database raw) and runs
# `dbt build --target spark` as a full refresh in .venv-spark, with its artifacts in target/spark.
spark_build() {
    phase "load the landed files into Spark (database ${KPI_RAW_SCHEMA:-raw}, metastore in $KPI_SPARK_DIR)"
    if ! .venv-spark/bin/python scripts/load_landed.py --target spark > warehouse/spark_load.log 2>&1; then
        tail -40 warehouse/spark_load.log >&2
        echo "loading the landed files into Spark failed (full output: warehouse/spark_load.log)" >&2
        return 1
    fi
    grep -o "load_landed: .*" warehouse/spark_load.log || true
    phase "dbt build --target spark (full refresh)"
    .venv-spark/bin/dbt build --target spark --full-refresh --target-path target/spark "${DBT_VARS[@]}" "$@"
}
