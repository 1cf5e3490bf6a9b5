#!/usr/bin/env bash
# The throwaway database servers the data-source tests query (DESIGN section 7), as a CTest
# fixture shared by every test program that needs them:
#   sourceservers.sh start STATE   start PostgreSQL and MariaDB on free ports of 127.0.0.1 (and
#                                  sockets in temporary folders); STATE receives KEY=VALUE lines
#   sourceservers.sh stop STATE    stop both and remove their folders; nothing is left running
# PostgreSQL: the socket trusts the postgres superuser (for the tests' own set-up); TCP asks
# for a password (scram-sha-256). MariaDB: root without a password; TCP and socket.
set -euo pipefail
# The servers keep real time even when the suite runs under faketime.
unset LD_PRELOAD FAKETIME FAKETIME_DONT_FAKE_MONOTONIC
cmd=$1
state=$2

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_all() {
  [ -f "$state" ] || return 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${MY_DIR:-}" ] && [ -S "$MY_SOCKET" ]; then
    mariadb-admin --socket="$MY_SOCKET" -uroot shutdown >/dev/null 2>&1 || true
  fi
  if [ -n "${MY_DIR:-}" ] && [ -f "$MY_DIR/pid" ]; then
    pid=$(cat "$MY_DIR/pid" 2>/dev/null || true)
    for _ in $(seq 50); do
      [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "${PG_DIR:-/nonexistent}" "${MY_DIR:-/nonexistent}"
  rm -f "$state"
}

start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/needle-pg.XXXXXX)
  PG_PORT=$(free_port)
  echo "PG_BIN=$PG_BIN" >>"$state"
  echo "PG_DIR=$PG_DIR" >>"$state"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
  echo postgres >"$PG_DIR/pw"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pw" \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
    "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  echo "PG_PORT=$PG_PORT" >>"$state"
  echo "PG_SOCKET_DIR=$PG_DIR" >>"$state"
}

start_mariadb() {
  MY_DIR=$(mktemp -d /tmp/needle-my.XXXXXX)
  MY_PORT=$(free_port)
  MY_SOCKET=$MY_DIR/sock
  echo "MY_DIR=$MY_DIR" >>"$state"
  echo "MY_SOCKET=$MY_SOCKET" >>"$state"
  mariadb-install-db --datadir="$MY_DIR/data" --user=root --auth-root-authentication-method=normal \
    --skip-test-db >"$MY_DIR/install.log" 2>&1
  setsid mariadbd --no-defaults --datadir="$MY_DIR/data" --socket="$MY_SOCKET" --port="$MY_PORT" \
    --bind-address=127.0.0.1 --user=root --log-error="$MY_DIR/err.log" --pid-file="$MY_DIR/pid" \
    --skip-log-bin --innodb-buffer-pool-size=32M --innodb-flush-log-at-trx-commit=0 \
    --skip-name-resolve </dev/null >"$MY_DIR/out.log" 2>&1 &
  for _ in $(seq 300); do
    mariadb-admin --socket="$MY_SOCKET" -uroot ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb-admin --socket="$MY_SOCKET" -uroot ping >/dev/null
  echo "MY_PORT=$MY_PORT" >>"$state"
}

case "$cmd" in
  start)
    stop_all
    mkdir -p "$(dirname "$state")"
    : >"$state"
    trap 'stop_all' ERR
    start_postgres
    start_mariadb
    echo "sourceservers: PostgreSQL on 127.0.0.1:$PG_PORT, MariaDB on 127.0.0.1:$MY_PORT"
    ;;
  stop)
    stop_all
    ;;
  *)
    echo "usage: sourceservers.sh start|stop STATE" >&2
    exit 2
    ;;
esac
