#!/usr/bin/env bash
# The whole topology on one machine, on loopback: a primary PostgreSQL and a hot standby kept by streaming replication
# (synchronous: a commit is acknowledged once the standby has it), two portal processes and nginx in front of them as a
# load balancer without sticky sessions. State, logs and data under .cluster/ (kept between runs; `destroy` removes it).
#   scripts/cluster.sh up         start what is not running (creates the databases and seeds the demo on the first run)
#   scripts/cluster.sh status     what runs where
#   scripts/cluster.sh failover   stop the primary at once and promote the standby (the runbook of docs/operations.md)
#   scripts/cluster.sh rejoin     after a failover, the old primary's node comes back as the new primary's standby
#   scripts/cluster.sh kill-portal N / start-portal N   end portal process N (1 or 2) at once, as a crash would; start it again
#   scripts/cluster.sh stop-standby   stop the standby (the reports read from the primary then); `up` starts it again
#   scripts/cluster.sh down       stop everything, keep the data
#   scripts/cluster.sh destroy    stop everything and remove .cluster/
# PORT chooses nginx's port (default 5090), CLUSTER_HOME the folder (default .cluster/), NO_BUILD=1 skips the build.
# The portals connect with both database hosts and «Target Session Attributes=primary», so after a failover they find
# the promoted standby by themselves; their reports read from the standby (ConnectionStrings__Standby, «prefer-standby»).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/common.sh"

home=${CLUSTER_HOME:-$root/.cluster}
run=$home/run
state=$home/state
mkdir -p "$home"

# The state file keeps the ports chosen at the first start, so the connection string and nginx stay the same.
load_state() { [ -f "$state" ] && . "$state" || true; }
save_state() {
  cat >"$state" <<STATE
port_a=${port_a:-} port_b=${port_b:-}
primary=${primary:-a}
portal_1=${portal_1:-} portal_2=${portal_2:-}
proxy=${proxy:-}
STATE
}

pg() { as_pg "$(pg_bin)/$1" "${@:2}"; }
node_dir() { echo "$home/pg-$1"; }
node_port() { if [ "$1" = a ]; then echo "$port_a"; else echo "$port_b"; fi; }
other() { if [ "$1" = a ]; then echo b; else echo a; fi; }
# A killed process whose parent never reaps it (an init that does not, in some containers) stays a zombie: not running.
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$(cat "$1")/status" 2>/dev/null; }
node_running() { pg pg_ctl -D "$(node_dir "$1")" status >/dev/null 2>&1; }
password() { cat "$home/pg-password"; }

connection_string() {
  echo "Host=127.0.0.1:$port_a,127.0.0.1:$port_b;Database=metodportal;Username=postgres;Password=$(password);Target Session Attributes=$1"
}

start_node() {
  local node=$1 dir
  dir=$(node_dir "$node")
  node_running "$node" && return
  log "starting PostgreSQL $node ($( [ -f "$dir/standby.signal" ] && echo standby || echo primary )) on 127.0.0.1:$(node_port "$node")"
  pg pg_ctl -D "$dir" -l "$run/pg-$node.log" -w -o "-p $(node_port "$node") -c listen_addresses=127.0.0.1 -c unix_socket_directories=$run" \
    start >/dev/null
}

create_primary() {
  local dir
  dir=$(node_dir "$primary")
  [ -f "$dir/PG_VERSION" ] && return
  log "creating the primary in .cluster/pg-$primary"
  head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$home/pg-password"
  chmod 600 "$home/pg-password"
  cp "$home/pg-password" "$run/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$run/pwfile"
  pg initdb -D "$dir" -U postgres --pwfile="$run/pwfile" --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$run/pwfile"
  cat >>"$dir/postgresql.conf" <<CONF
# MetodPortal's cluster (scripts/cluster.sh): a hot standby by streaming replication, synchronous.
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
wal_keep_size = 256MB
synchronous_standby_names = 'FIRST 1 (standby_a, standby_b)'
CONF
  echo "host replication postgres 127.0.0.1/32 scram-sha-256" >>"$dir/pg_hba.conf"
}

# A standby copied from the running primary; it names itself (application_name) so that synchronous commit waits for it.
create_standby() {
  local node=$1 dir
  dir=$(node_dir "$node")
  [ -f "$dir/PG_VERSION" ] && return
  log "copying the primary into the standby .cluster/pg-$node (pg_basebackup)"
  as_pg env PGPASSWORD="$(password)" "$(pg_bin)/pg_basebackup" -D "$dir" -h 127.0.0.1 -p "$(node_port "$primary")" -U postgres \
    -X stream -R --checkpoint=fast >/dev/null
  echo "primary_conninfo = 'host=127.0.0.1 port=$(node_port "$primary") user=postgres password=$(password) application_name=standby_$node'" \
    >>"$dir/postgresql.auto.conf"
}

start_portal() {
  local n=$1 port pid=$run/portal-$1.pid
  running "$pid" && return
  port=$(eval echo "\${portal_$n}")
  log "starting portal $n on 127.0.0.1:$port"
  cd "$root/src/MetodPortal.Web"
  ConnectionStrings__Main=$(connection_string primary) ConnectionStrings__Standby=$(connection_string prefer-standby) Seed__Demo=true \
    nohup dotnet bin/Release/net10.0/MetodPortal.Web.dll --urls "http://127.0.0.1:$port" </dev/null >"$run/portal-$n.log" 2>&1 &
  echo $! >"$pid"
  cd "$root"
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return
    running "$pid" || { log "portal $n stopped; its log: .cluster/run/portal-$n.log"; tail -20 "$run/portal-$n.log" >&2; exit 1; }
    sleep 1
  done
  log "portal $n did not answer /health in 3 minutes"; exit 1
}

start_proxy() {
  local user=""
  running "$run/nginx.pid" && return
  [ "$(id -u)" -eq 0 ] && user="user root;"
  mkdir -p "$run/nginx" "$home/logs"
  # An idempotent request that finds its portal gone is sent to the other one; a POST is not, unless the portal never took it
  # (connection refused): the browser then sees the error and its form posts again with the same submission key.
  cat >"$home/nginx.conf" <<NGINX
$user
worker_processes 1;
pid $run/nginx.pid;
error_log $run/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $run/nginx-access.log;
    client_body_temp_path $run/nginx/body;
    proxy_temp_path $run/nginx/proxy;
    fastcgi_temp_path $run/nginx/fastcgi;
    uwsgi_temp_path $run/nginx/uwsgi;
    scgi_temp_path $run/nginx/scgi;
    client_max_body_size 60m;
    upstream portals {
        server 127.0.0.1:$portal_1 max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$portal_2 max_fails=1 fail_timeout=5s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$proxy;
        # With no portal to answer, nginx's own answer is the portal's Russian 503, not its English 502.
        error_page 502 504 =503 /unavailable.html;
        location = /unavailable.html { root $home/www; internal; }
        location / {
            proxy_pass http://portals;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout http_502;
            proxy_next_upstream_tries 2;
            proxy_read_timeout 300s;
        }
    }
}
NGINX
  mkdir -p "$home/www"
  cat >"$home/www/unavailable.html" <<'HTML'
<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Сервис временно недоступен — МетодПортал</title></head>
<body><main><p>503</p><h1>Сервис временно недоступен</h1><p>Повторите действие через минуту.</p></main></body></html>
HTML
  log "starting nginx on 127.0.0.1:$proxy"
  nginx -c "$home/nginx.conf" -p "$home"
}

up() {
  ensure_packages postgresql nginx fonts-dejavu-core curl
  ensure_dotnet
  ensure_assets
  if [ -z "${NO_BUILD:-}" ]; then
    log "building"
    (cd "$root" && dotnet build src/MetodPortal.Web -c Release -nologo -v q -clp:ErrorsOnly)
  fi
  mkdir -p "$run"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$home" "$run"
    runuser -u postgres -- test -x "$home" || { log "the postgres user cannot reach $home: move the checkout under a folder every user can enter"; exit 1; }
  fi
  load_state
  port_a=${port_a:-$(free_port 56432)}
  port_b=${port_b:-$(free_port $((port_a + 1)))}
  primary=${primary:-a}
  save_state
  create_primary
  start_node "$primary"
  if [ -f "$(node_dir "$(other "$primary")")/PG_VERSION" ]; then start_node "$(other "$primary")"; else join_standby; fi
  portal_1=${portal_1:-$(free_port 5091)}
  portal_2=${portal_2:-$(free_port $((portal_1 + 1)))}
  proxy=${proxy:-${PORT:-5090}}
  save_state
  start_portal 1 # the first migrates and seeds; the second finds the database ready
  start_portal 2
  start_proxy
  status
}

status() {
  load_state
  local node role
  for node in a b; do
    [ -n "$(eval echo "\${port_$node}")" ] || continue
    if node_running "$node"; then
      role=$(as_pg env PGPASSWORD="$(password)" psql -h 127.0.0.1 -p "$(node_port "$node")" -U postgres -Atqc \
        "select case when pg_is_in_recovery() then 'standby' else 'primary' end" 2>/dev/null || echo "?")
      echo "PostgreSQL $node  127.0.0.1:$(node_port "$node")  $role"
    else
      echo "PostgreSQL $node  127.0.0.1:$(node_port "$node")  stopped"
    fi
  done
  for n in 1 2; do
    echo "portal $n      127.0.0.1:$(eval echo "\${portal_$n}")  $(running "$run/portal-$n.pid" && echo running || echo stopped)"
  done
  echo "nginx         http://127.0.0.1:${proxy:-}/  $(running "$run/nginx.pid" && echo running || echo stopped)"
}

# The runbook: the primary is gone; the standby is promoted and becomes the primary; the old primary's data is set aside
# (it may hold WAL the new primary never saw); `rejoin` (or the next `up`) copies a new standby from the new primary.
failover() {
  load_state
  local old=$primary new
  new=$(other "$old")
  log "stopping the primary ($old) at once"
  pg pg_ctl -D "$(node_dir "$old")" -m immediate -w stop >/dev/null 2>&1 || true
  # Its data is set aside, never started again as it is: it may hold WAL the new primary never saw (a second primary).
  rm -rf "$(node_dir "$old").replaced"
  mv "$(node_dir "$old")" "$(node_dir "$old").replaced"
  log "promoting the standby ($new)"
  pg pg_ctl -D "$(node_dir "$new")" -w promote >/dev/null
  # With no standby left a synchronous commit would wait for ever: the new primary commits alone until `rejoin`.
  as_pg env PGPASSWORD="$(password)" psql -h 127.0.0.1 -p "$(node_port "$new")" -U postgres -qc "alter system set synchronous_standby_names = ''" \
    -c "select pg_reload_conf()" >/dev/null
  primary=$new
  save_state
  status
}

# After a failover: the old primary comes back as the new primary's standby (copied anew), and commits are synchronous again.
rejoin() {
  load_state
  local standby
  standby=$(other "$primary")
  node_running "$standby" && { log "$standby is running already"; return; }
  rm -rf "$(node_dir "$standby")" "$(node_dir "$standby").replaced"
  join_standby
  status
}

# A standby copied anew from the primary, started, and waited for by every commit again.
join_standby() {
  local standby
  standby=$(other "$primary")
  create_standby "$standby"
  start_node "$standby"
  as_pg env PGPASSWORD="$(password)" psql -h 127.0.0.1 -p "$(node_port "$primary")" -U postgres -qc "alter system reset synchronous_standby_names" \
    -c "select pg_reload_conf()" >/dev/null
}

kill_portal() {
  local pid=$run/portal-$1.pid
  running "$pid" && kill -9 "$(cat "$pid")" && log "portal $1 killed"
}

down() {
  load_state
  running "$run/nginx.pid" && nginx -c "$home/nginx.conf" -p "$home" -s stop && log "nginx stopped"
  for n in 1 2; do
    running "$run/portal-$n.pid" && kill "$(cat "$run/portal-$n.pid")" && log "portal $n stopped"
  done
  for node in a b; do
    node_running "$node" && pg pg_ctl -D "$(node_dir "$node")" -m fast -w stop >/dev/null && log "PostgreSQL $node stopped"
  done
  return 0
}

case "${1:-}" in
  up) up ;;
  status) status ;;
  failover) failover ;;
  rejoin) rejoin ;;
  kill-portal) kill_portal "${2:?which portal: 1 or 2}" ;;
  start-portal) load_state; start_portal "${2:?which portal: 1 or 2}" ;;
  stop-standby) load_state; pg pg_ctl -D "$(node_dir "$(other "$primary")")" -m fast -w stop >/dev/null; log "the standby stopped" ;;
  down) down ;;
  destroy) down; rm -rf "$home"; log "removed $home" ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
