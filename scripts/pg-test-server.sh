#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a cluster of its own in a folder, listening only on a Unix socket in
# that folder (no port is opened), trust authentication for its superuser "crisis" (a password for one other user,
# "crisis_password"), durability traded for speed (fsync off: the cluster is deleted at the end). Run as root, the
# server runs as the unprivileged user "postgres" that Debian's postgresql package makes (PostgreSQL refuses to run
# as root).
# Usage: scripts/pg-test-server.sh start DIR   starts it and prints its connection string
#        scripts/pg-test-server.sh stop DIR    stops it and removes DIR
#        scripts/pg-test-server.sh restart DIR stops and starts it again, keeping its databases (for the tests of a
#                                              connection lost and back)
#        scripts/pg-test-server.sh halt DIR    stops it, keeping its databases; resume DIR starts it again
set -euo pipefail
command=${1:?usage: $0 start|stop|restart|halt|resume DIR}
dir=${2:?usage: $0 start|stop|restart|halt|resume DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ ! -x "$bindir/pg_ctl" ]; then
    echo "error: PostgreSQL's server is not installed (scripts/install-deps.sh --test)" >&2
    exit 1
fi
run=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "error: no user \"postgres\" to run the server as" >&2; exit 1; }
    run=(runuser -u postgres --)
fi
as_server() { if [ ${#run[@]} -gt 0 ]; then "${run[@]}" "$@"; else "$@"; fi; }
options="-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
options+=" -c max_connections=200"

case $command in
start)
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ ${#run[@]} -gt 0 ] && chown postgres "$dir"
    if ! as_server "$bindir/initdb" -D "$dir/data" -U crisis --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # One user must give a password (for the tests of a window asking for it): crisis_password, whose password is
    # "open sesame", a member of crisis (so it may read and write what crisis made).
    sed -i '1i local all crisis_password scram-sha-256' "$dir/data/pg_hba.conf"
    if ! as_server "$bindir/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w start >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    "$bindir/psql" -q -h "$dir" -U crisis -d postgres \
        -c "CREATE ROLE crisis_password LOGIN PASSWORD 'open sesame' IN ROLE crisis" >/dev/null
    echo "host=$dir port=5432 user=crisis dbname=postgres"
    ;;
restart)
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    as_server "$bindir/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w start >/dev/null
    ;;
halt)
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    as_server "$bindir/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w start >/dev/null
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop|restart|halt|resume DIR" >&2
    exit 1
    ;;
esac
