#!/usr/bin/env bash
# The station page of a bundle (index.html) in a real browser, opened over file:// from a copied folder as a
# station PC would: headless Chromium (Debian) driven by Selenium (PyPI). Also measures how long the page
# takes to show the day for a month of 200 items and a library of 2,000 files (BENCHMARKS.md, issue 22).
# Skips, with a message, only when the browser or Selenium cannot be installed on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

install_browser() {
  local missing=()
  for package in chromium chromium-driver fonts-noto-cjk; do
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
  echo "站点页面浏览器测试跳过：无法安装 chromium、chromium-driver 或 Selenium。" >&2
  exit 0
fi

bin=${YUANJIAO_BIN:-}
if [ -z "$bin" ]; then
  swift build --product yuanjiao --quiet
  bin=$(swift build --product yuanjiao --show-bin-path)/yuanjiao
fi
bin=$(realpath "$bin")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export YUANJIAO_CATALOG="$work/yuanjiao.sqlite"
"$bin" index Samples/courseware >/dev/null
"$bin" plan --stations Samples/stations.yaml --month 2026-12 --station shuangqiao --out "$work/out" \
  --with-courseware --layout inside >/dev/null
# The station copies the folder (USB stick, another disk): the page must not depend on where it was written.
cp -r "$work/out/shuangqiao" "$work/copy"

YUANJIAO_BIN="$bin" YUANJIAO_WORK="$work" python3 Scripts/browser_test_station_page.py
