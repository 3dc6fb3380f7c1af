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

# The browser tests (test/browser) drive Debian's Chromium through playwright-core, which ships no
# browser of its own; persona avatars are emoji, which show as empty boxes in the screenshots
# without a colour emoji font. Installed from apt only when missing. Without root we cannot, so
# say what to run instead of failing later with a cryptic launch error.
CHROMIUM=/usr/bin/chromium
EMOJI_FONT=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -f "$EMOJI_FONT" ] || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing ${missing[*]} for the browser tests (once)…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null ||
      { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
  else
    echo "The browser tests need ${missing[*]}. Install with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    [ -x "$CHROMIUM" ] || echo "(until then the browser tests are skipped)." >&2
  fi
fi
