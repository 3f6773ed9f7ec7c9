#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for tests and benchmarks, on 127.0.0.1.
#   scripts/postgres.sh start DIR PORT [durable]   initialises DIR (if new) and starts the server; prints its URL
#                                                  (durable: a commit is in the WAL when acknowledged,
#                                                  so it survives the server process crashing)
#   scripts/postgres.sh standby DIR PORT PRIMARY_PORT
#                                                  copies the primary on PRIMARY_PORT (pg_basebackup) into DIR and
#                                                  starts it as its streaming standby; prints its URL
#   scripts/postgres.sh stop DIR [immediate]       stops it (immediate: as a crash would, without a checkpoint)
# Runs as root by handing the data folder to the `postgres` OS user (PostgreSQL refuses to run as root).
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
command=${1:?usage: postgres.sh start DIR PORT | stop DIR}
dir=${2:?data folder}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_if_missing() {
  if [ ! -x "$bin/initdb" ]; then
    echo "Installing PostgreSQL 15..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
  fi
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
}

# run_server PORT SYNCHRONOUS_COMMIT
run_server() {
  # fsync off: a throwaway server for tests, never for data that matters. A durable one still waits for the WAL
  # at each commit, so that a test stopping it abruptly finds every acknowledged write.
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $1 -k $dir -c fsync=off -c synchronous_commit=$2 -c max_connections=200" \
    start >/dev/null
  echo "postgres://postgres@127.0.0.1:$1/postgres"
}

case "$command" in
  start)
    port=${3:?port}
    install_if_missing
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    fi
    commit=off
    [ "${4:-}" = durable ] && commit=on
    run_server "$port" "$commit"
    ;;
  standby)
    port=${3:?port}
    primary_port=${4:?primary port}
    install_if_missing
    # -R writes the standby's settings (primary_conninfo, standby.signal); -X stream copies the WAL as it goes;
    # -c fast checkpoints at once rather than spread over minutes.
    as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/data" -R -X stream -c fast \
      --no-sync >/dev/null
    run_server "$port" on
    ;;
  stop)
    mode=fast
    [ "${3:-}" = immediate ] && mode=immediate
    [ -f "$dir/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m "$mode" -w stop >/dev/null || true
    ;;
  *)
    echo "usage: postgres.sh start DIR PORT [durable] | standby DIR PORT PRIMARY_PORT | stop DIR [immediate]" >&2
    exit 2
    ;;
esac
