# Sourced by .ci/run: starts a throw-away PostgreSQL cluster on loopback for the storage tests and
# exports LAMTRACK_TEST_POSTGRES. Without it the storage suite runs against SQLite only.
# The cluster lives in a temporary folder and is left for the machine to clean up: a trap here
# would fire when .ci/run's shell exits, which is after the tests, but a sourced script cannot
# know that, so we leave no trap (see docs/storage.md).

lamtrack_pg_setup() {
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "postgres.sh: installing Debian's postgresql"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

  # The first port from 55432 up that nothing listens on.
  local port=55432
  while ss -ltnH "sport = :$port" 2>/dev/null | grep -q .; do port=$((port + 1)); done

  local dir
  dir="$(mktemp -d /tmp/lamtrack-pg.XXXXXX)" || return 1
  # PostgreSQL refuses to run as root, so the cluster belongs to the postgres user when we are root.
  local run=()
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
    run=(runuser -u postgres --)
  fi

  "${run[@]}" "$bin/initdb" -D "$dir/data" -U lamtrack --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log"; return 1; }
  "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U lamtrack lamtrack_test || return 1

  export LAMTRACK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=lamtrack;Database=lamtrack_test"
  export LAMTRACK_TEST_POSTGRES_DIR="$dir"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
}

if ! lamtrack_pg_setup; then
  echo "postgres.sh: could not start PostgreSQL; the storage tests will run against SQLite only" >&2
fi
unset -f lamtrack_pg_setup
