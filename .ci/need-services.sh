#!/usr/bin/env bash
# What the tests and the bench start for themselves, on loopback: Debian's Chromium,
# redis-server, PostgreSQL (initdb, pg_ctl) and systemd-analyze. Installs whatever is
# missing from Debian's packages when it can (root with apt-get); otherwise says in one
# line what to install, and stops.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null || missing+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
command -v systemd-analyze >/dev/null || missing+=(systemd)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages (the tests start their own, on loopback)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts the services it installs; the tests start their own, so stop these.
  for service in postgresql redis-server; do
    if [[ " ${missing[*]} " == *" $service "* ]]; then service "$service" stop >/dev/null 2>&1 || true; fi
  done
  exit 0
fi
echo "The tests need ${missing[*]}: install them (on Debian: sudo apt-get install ${missing[*]}), then run the command again." >&2
exit 1
