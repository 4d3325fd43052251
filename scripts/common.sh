# Shared by run.sh and test.sh: install what is missing, skip what is there.
# shellcheck shell=bash

log() { printf '\033[1;34m[metodportal]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

# ensure_packages PKG... — Debian packages; apt-get update only when something is missing.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_dotnet() {
  command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (dotnet not found)"; exit 1; }
}

# Bootstrap, its icons and the unobtrusive-validation script from npm (package-lock.json), copied into wwwroot/lib.
ensure_assets() {
  local lib=src/MetodPortal.Web/wwwroot/lib stamp=src/MetodPortal.Web/wwwroot/lib/.package-lock.json
  if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then return; fi
  command -v npm >/dev/null || ensure_packages nodejs npm
  log "installing front-end assets (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  rm -rf "$lib"
  mkdir -p "$lib/bootstrap/css" "$lib/bootstrap/js" "$lib/bootstrap-icons/font"
  cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/css/bootstrap.min.css.map "$lib/bootstrap/css/"
  cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map "$lib/bootstrap/js/"
  cp -r node_modules/bootstrap-icons/font/bootstrap-icons.min.css node_modules/bootstrap-icons/font/fonts "$lib/bootstrap-icons/font/"
  mkdir -p "$lib/aspnet-client-validation"
  cp node_modules/aspnet-client-validation/dist/aspnet-validation.min.js node_modules/aspnet-client-validation/dist/aspnet-validation.min.js.map "$lib/aspnet-client-validation/"
  cp package-lock.json "$stamp"
}

# The newest installed PostgreSQL's binaries (Debian keeps them off PATH).
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { log "PostgreSQL server binaries not found"; exit 1; }
  echo "$dir"
}

# initdb and pg_ctl refuse to run as root: run them as the postgres user then.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A TCP port on 127.0.0.1 that nothing listens on, from $1 upwards.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# The libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD) of the portal's database: ConnectionStrings__Main
# (the Npgsql string the portal reads) when set, otherwise the cluster run.sh keeps under .data/ (it must be running).
use_portal_database() {
  if [ -n "${ConnectionStrings__Main:-}" ]; then
    local IFS=';' pair key value
    for pair in $ConnectionStrings__Main; do
      key=$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
      value=${pair#*=}
      case "$key" in
        host|server) export PGHOST=$value ;;
        port) export PGPORT=$value ;;
        database) export PGDATABASE=$value ;;
        username|userid|user) export PGUSER=$value ;;
        password) export PGPASSWORD=$value ;;
      esac
    done
  else
    local pid=.data/pg/postmaster.pid
    [ -f "$pid" ] || { log "no database: set ConnectionStrings__Main or start ./run.sh"; exit 1; }
    export PGHOST=127.0.0.1 PGPORT PGDATABASE=metodportal PGUSER=postgres PGPASSWORD
    PGPORT=$(sed -n 4p "$pid")
    PGPASSWORD=$(cat .data/pg-password)
  fi
}

# Signs in to the portal at $1 as $2 with password $3, keeping the cookies in the curl jar $4; prints them as a
# Cookie header value (for wrk, wapiti, sqlmap).
portal_sign_in() {
  local base=$1 login=$2 password=$3 jar=$4 token status
  token=$(curl -fsS -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Email=$login" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login")
  [ "$status" = 302 ] || { log "sign-in as $login failed ($status)"; return 1; }
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
}
