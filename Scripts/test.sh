#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-deps.sh
swift test "$@"
# The notice-board poster of every sample station prints on one A4 page (headless Chromium).
bash Scripts/check-poster-pages.sh
