#!/usr/bin/env bash
# Debian packages the tests need, installed and started idempotently (sudo when not root):
# - chromium (driven by playwright-core for end-to-end tests) and xvfb;
# - postgresql, started on loopback with the role and database the server tests use
#   (postgres://pressdesk:pressdesk@127.0.0.1:5432/pressdesk_test);
# - libreoffice-writer (letters to PDF: the app uses it when present, the tests prove it).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  echo "installed: ${need[*]}"
fi

PGV=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters 2>/dev/null | grep -q "^$PGV *main .*online"; then
  pg_lsclusters 2>/dev/null | grep -q "^$PGV *main" || $SUDO pg_createcluster "$PGV" main >/dev/null
  $SUDO pg_ctlcluster "$PGV" main start
fi
as_postgres() { $SUDO runuser -u postgres -- "$@"; }
as_postgres psql -tAc "SELECT 1 FROM pg_roles WHERE rolname='pressdesk'" | grep -q 1 ||
  as_postgres psql -v ON_ERROR_STOP=1 -qc "CREATE ROLE pressdesk LOGIN PASSWORD 'pressdesk'"
as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname='pressdesk_test'" | grep -q 1 ||
  as_postgres createdb -O pressdesk pressdesk_test
echo "chromium, xvfb, libreoffice-writer and postgresql $PGV are ready"
