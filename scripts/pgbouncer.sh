#!/usr/bin/env bash
# A throwaway PgBouncer in transaction pooling mode, in front of a PostgreSQL on 127.0.0.1, for tests.
#   scripts/pgbouncer.sh start DIR PORT POSTGRES_PORT   writes its settings in DIR, starts it; prints its base URL
#   scripts/pgbouncer.sh stop DIR                       stops it
# Installs Debian's pgbouncer if missing. Runs as the `postgres` OS user when started as root (it refuses root).
set -euo pipefail

command=${1:?usage: pgbouncer.sh start DIR PORT POSTGRES_PORT | stop DIR}
dir=${2:?folder}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    port=${3:?port}
    target=${4:?PostgreSQL port}
    if ! command -v pgbouncer >/dev/null && [ ! -x /usr/sbin/pgbouncer ]; then
      echo "Installing PgBouncer..." >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >&2
    fi
    mkdir -p "$dir"
    echo '"postgres" ""' >"$dir/users.txt"
    cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$target

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/users.txt
pool_mode = transaction
max_client_conn = 400
default_pool_size = 20
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    as_postgres "$(command -v pgbouncer || echo /usr/sbin/pgbouncer)" -d "$dir/pgbouncer.ini"
    for _ in $(seq 50); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      sleep 0.1
    done
    echo "postgres://postgres@127.0.0.1:$port"
    ;;
  stop)
    [ -f "$dir/pgbouncer.pid" ] && kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true
    ;;
  *)
    echo "usage: pgbouncer.sh start DIR PORT POSTGRES_PORT | stop DIR" >&2
    exit 2
    ;;
esac
