#!/usr/bin/env bash
# The web console in a real browser: headless Chromium (Debian) driven by Selenium (PyPI) logs in as each
# role, searches 「falv」, confirms a suggested topic, plans December 2026 for Samples/stations.yaml,
# prints a station's poster to PDF (one A4 page), downloads and unzips a bundle and runs `yuanjiao verify`
# on it. Screenshots of the main pages go to docs/screenshots/ (set YUANJIAO_SCREENSHOTS to elsewhere).
# Skips, with a message, only when the browser or Selenium cannot be installed on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

install_browser() {
  local missing=()
  for package in chromium chromium-driver unzip fonts-noto-cjk poppler-utils; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || return 1
  fi
  python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium || return 1
}

if ! install_browser; then
  echo "浏览器测试跳过：无法安装 chromium、chromium-driver 或 Selenium。" >&2
  exit 0
fi

bash Scripts/install-deps.sh
# YUANJIAO_BIN: an already built binary (e.g. .build/debug/yuanjiao after `swift test`), else build one.
bin=${YUANJIAO_BIN:-}
if [ -z "$bin" ]; then
  swift build --product yuanjiao --quiet
  swift build --product yuanjiao-console --quiet
  bin=$(swift build --product yuanjiao --show-bin-path)/yuanjiao
fi
bin=$(realpath "$bin")

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export YUANJIAO_CATALOG="$work/yuanjiao.sqlite"
"$bin" index Samples/courseware --guide Samples/guides/sample-guide.xml --guide Samples/guides/sample-guide-gb18030.xml >/dev/null
printf 'admin-secret-1\n' | "$bin" users add admin --role admin --password-stdin >/dev/null
printf 'librarian-secret\n' | "$bin" users add lib --role librarian --password-stdin >/dev/null
printf 'station-secret\n' | "$bin" users add wang --role station --station shuangqiao --password-stdin >/dev/null

port=${YUANJIAO_BROWSER_PORT:-18093}
"$bin" serve --stations Samples/stations.yaml --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/login', timeout=1)" 2>/dev/null; then break; fi
  sleep 0.2
done

YUANJIAO_BIN="$bin" YUANJIAO_URL="http://127.0.0.1:$port" YUANJIAO_WORK="$work" \
  YUANJIAO_SCREENSHOTS="${YUANJIAO_SCREENSHOTS:-docs/screenshots}" python3 Scripts/browser_test.py
YUANJIAO_BIN="$bin" YUANJIAO_WORK="$work" python3 Scripts/browser_test_attendance.py
