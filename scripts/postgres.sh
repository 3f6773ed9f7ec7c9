#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for tests and benchmarks, on 127.0.0.1.
#   scripts/postgres.sh start DIR PORT [durable]   initialises DIR (if new) and starts the server; prints its URL
#                                                  (durable: a commit is in the WAL when acknowledged,
#                                                  so it survives the server process crashing)
#   scripts/postgres.sh stop DIR [immediate]       stops it (immediate: as a crash would, without a checkpoint)
# Runs as root by handing the data folder to the `postgres` OS user (PostgreSQL refuses to run as root).
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
command=${1:?usage: postgres.sh start DIR PORT | stop DIR}
dir=${2:?data folder}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    port=${3:?port}
    if [ ! -x "$bin/initdb" ]; then
      echo "Installing PostgreSQL 15..." >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    fi
    # fsync off: a throwaway server for tests, never for data that matters. A durable one still waits for the WAL
    # at each commit, so that a test stopping it abruptly finds every acknowledged write.
    commit=off
    [ "${4:-}" = durable ] && commit=on
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=$commit -c max_connections=200" \
      start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    mode=fast
    [ "${3:-}" = immediate ] && mode=immediate
    [ -f "$dir/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m "$mode" -w stop >/dev/null || true
    ;;
  *)
    echo "usage: postgres.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
