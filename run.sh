#!/usr/bin/env bash
# Sets up and starts MetodPortal at http://127.0.0.1:${PORT:-5080}.
# Without ConnectionStrings__Main it runs its own PostgreSQL cluster under .data/ (kept between runs) and seeds the
# Khabarovsk krai demo data on an empty database. Ctrl-C stops the portal and that PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
. scripts/common.sh

ensure_packages postgresql fonts-dejavu-core
ensure_dotnet
ensure_assets
log "building"
dotnet build src/MetodPortal.Web -c Release -nologo -v q -clp:ErrorsOnly

pgdata=$root/.data/pg
pgrun=$root/.data/run
stop_pg() {
  if [ -f "$pgdata/postmaster.pid" ]; then
    log "stopping PostgreSQL"
    as_pg "$(pg_bin)/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true
  fi
}

if [ -z "${ConnectionStrings__Main:-}" ]; then
  bin=$(pg_bin)
  mkdir -p "$root/.data" "$pgrun"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$root/.data" "$pgrun"
    runuser -u postgres -- test -x "$root/.data" || {
      log "the postgres user cannot reach $root/.data: move the checkout under a folder every user can enter (not /root), or set ConnectionStrings__Main"
      exit 1
    }
  fi
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    log "creating the PostgreSQL cluster in .data/pg"
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$root/.data/pg-password"
    chmod 600 "$root/.data/pg-password"
    cp "$root/.data/pg-password" "$pgrun/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgrun/pwfile"
    as_pg "$bin/initdb" -D "$pgdata" -U postgres --pwfile="$pgrun/pwfile" --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pgrun/pwfile"
  fi
  stop_pg
  pgport=$(free_port 55432)
  log "starting PostgreSQL on 127.0.0.1:$pgport"
  as_pg "$bin/pg_ctl" -D "$pgdata" -l "$pgrun/postgresql.log" -w \
    -o "-p $pgport -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pgrun" start >/dev/null
  trap stop_pg EXIT
  export ConnectionStrings__Main="Host=127.0.0.1;Port=$pgport;Database=metodportal;Username=postgres;Password=$(cat "$root/.data/pg-password")"
  export Seed__Demo=true
fi

port=${PORT:-5080}
cat <<INFO

  МетодПортал: http://127.0.0.1:$port   (health: /health)
  Demo logins (password Demo-2026), on a database seeded by this script:
    admin@demo.local        Администратор системы
    ministry@demo.local     Специалист министерства
    cnppm@demo.local        Методист ЦНППМ / ИРО
    coordinator@demo.local  Координатор МСНМС (город Хабаровск)
    methodist@demo.local    Методист (город Хабаровск)
    school@demo.local       Администратор ОО (школа, город Хабаровск)
    school2@demo.local      Администратор ОО (школа, город Комсомольск-на-Амуре)
    teacher@demo.local      Педагог
  Ctrl-C stops the portal$([ -f "$pgdata/postmaster.pid" ] && echo " and its PostgreSQL").

INFO
cd src/MetodPortal.Web
dotnet bin/Release/net10.0/MetodPortal.Web.dll --urls "http://127.0.0.1:$port"
