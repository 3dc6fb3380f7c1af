#!/usr/bin/env bash
# The README's test command: lint, type-check, then every test. System packages a test needs are
# installed by scripts/setup-test-deps.sh (idempotent) before the tests run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
bash scripts/setup-test-deps.sh
npx biome check .
npx tsc -p tsconfig.json
npx vitest run "$@"
