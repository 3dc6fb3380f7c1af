#!/usr/bin/env bash
# Installs what the tests need beyond `npm install`, only when missing, so it is cheap to run
# every time.
#
# chdb embeds the real ClickHouse engine (its native library is ~550 MB), so the ClickHouse SQL is
# tested on ClickHouse itself without a server. It is a test-only tool: installing it on demand
# here, instead of listing it in package.json, keeps `npm install && npm start` from downloading
# it for every user. `--no-save` leaves package.json and the lockfile alone; a later
# `npm install` removes it again, and the next test run puts it back.
set -euo pipefail
cd "$(dirname "$0")/.."

CHDB_VERSION=3.4.0
if ! node -e "require.resolve('chdb')" >/dev/null 2>&1; then
  echo "Installing chdb@${CHDB_VERSION} for the ClickHouse tests (once per npm install)…"
  npm install --no-save --no-audit --no-fund "chdb@${CHDB_VERSION}"
fi
