#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, then runs every test — the Swift suites,
# the poster's one-page print check, and the web console driven in a real browser (headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-deps.sh
# No early returns or sleeps in the tests, no compiler warnings in our sources (also builds everything).
bash Scripts/lint.sh
swift test "$@"
# The notice-board poster of every sample station prints on one A4 page (headless Chromium).
bash Scripts/check-poster-pages.sh
# The console in a real browser, reusing the binary the suite built; screenshots go to a scratch folder
# so the committed ones in docs/screenshots stay as they are.
YUANJIAO_BIN=.build/debug/yuanjiao YUANJIAO_SCREENSHOTS="$(mktemp -d)" bash Scripts/browser-test.sh
# The station page of a bundle (index.html over file://) in headless Chromium, with its open-time benchmark.
YUANJIAO_BIN=.build/debug/yuanjiao bash Scripts/station-page-test.sh
