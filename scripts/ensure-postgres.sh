#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 with trust auth for user postgres and a
# database `test`: starts an installed but stopped cluster, or installs Debian's postgresql first.
# Used by .ci/run and scripts/test-pg.mjs. Idempotent; prints one line per action.
# Settings: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test).
set -euo pipefail

HOST="${PGHOST:-127.0.0.1}"
PORT="${PGPORT:-5432}"
DB="${PGDATABASE:-test}"
SUDO=""
[ "$(id -u)" != 0 ] && SUDO="sudo"

say() { echo "[postgres] $*"; }

as_postgres() {
  # Local socket with peer auth as the postgres OS user: works before TCP trust is configured.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

ready() { pg_isready -h "$HOST" -p "$PORT" -q 2>/dev/null; }

wait_ready() {
  for _ in $(seq 1 60); do
    if ready; then return 0; fi
    sleep 0.5
  done
  say "máy chủ không phản hồi sau 30 s / server not ready after 30 s" >&2
  return 1
}

install_postgres() {
  say "chưa cài PostgreSQL — apt-get install postgresql / installing"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq postgresql >/dev/null
}

latest_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -1; }

start_cluster() {
  local ver
  ver="$(latest_version)"
  if [ -z "$ver" ]; then
    ver="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    say "tạo cluster $ver/main / creating cluster"
    $SUDO pg_createcluster "$ver" main >/dev/null
  fi
  say "khởi động cluster $ver/main / starting"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  wait_ready
}

# TCP connections as postgres without a password (CI only): prepend trust lines to pg_hba.conf.
ensure_trust() {
  if psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -Atqc 'select 1' >/dev/null 2>&1; then return 0; fi
  local ver hba
  ver="$(latest_version)"
  hba="/etc/postgresql/$ver/main/pg_hba.conf"
  [ -f "$hba" ] || { say "không đăng nhập được và không thấy $hba / cannot log in" >&2; return 1; }
  say "bật trust cho 127.0.0.1 và ::1 trong $hba / enabling trust auth"
  $SUDO sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$ver" main reload
  sleep 0.5
  psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -Atqc 'select 1' >/dev/null
}

ensure_database() {
  local exists
  exists="$(psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -Atqc "select 1 from pg_database where datname = '$DB'")"
  if [ "$exists" != 1 ]; then
    say "tạo cơ sở dữ liệu $DB / creating database"
    psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -qc "create database \"$DB\"" >/dev/null
  fi
}

is_local() { [ "$HOST" = 127.0.0.1 ] || [ "$HOST" = localhost ]; }
has_server() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }

command -v pg_isready >/dev/null 2>&1 || install_postgres

if ! ready; then
  if ! is_local; then
    say "máy chủ $HOST:$PORT không phản hồi / not reachable" >&2
    exit 1
  fi
  has_server || install_postgres
  start_cluster
fi

if is_local; then ensure_trust; fi
ensure_database
say "sẵn sàng / ready: postgres://postgres@$HOST:$PORT/$DB ($(psql -h "$HOST" -p "$PORT" -U postgres -d "$DB" -w -Atqc 'show server_version'))"
