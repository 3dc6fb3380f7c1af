#!/usr/bin/env bash
# Installs the system packages the tests need, only when missing, so it is cheap to run every time.
# Nothing yet: the foundation's tests need only npm packages. Later (browser tests) this installs
# Debian's chromium.
set -euo pipefail
exit 0
