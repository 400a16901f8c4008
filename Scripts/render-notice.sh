#!/usr/bin/env bash
# Renders a printed notice (notice board poster or sign-in sheets, the HTML of `yuanjiao notice --format html|signin`)
# the way an A4 printer would: headless Chromium prints it to PDF, then each page becomes a PNG to look at.
#
#   Scripts/render-notice.sh notice.html                 → notice.pdf, notice-1.png, notice-2.png, …
#   Scripts/render-notice.sh signin.html out/签到表      → out/签到表.pdf, out/签到表-1.png, …
#
# Installs chromium, a CJK font and poppler-utils with apt-get when they are missing (Debian; needs root).
# RENDER_DPI (default 80) sets the PNG resolution.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "用法：$0 公告.html [输出前缀]" >&2
  exit 2
fi
input=$1
[[ -f "$input" ]] || { echo "文件不存在：$input" >&2; exit 2; }
prefix=${2:-${input%.*}}
dpi=${RENDER_DPI:-80}

browser=$(command -v chromium || command -v chromium-browser || true)
missing=()
[[ -n "$browser" ]] || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
if (( ${#missing[@]} > 0 )); then
  echo "== 安装 ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  browser=$(command -v chromium || command -v chromium-browser)
fi

mkdir -p "$(dirname "$prefix")"
absolute=$(realpath "$input")
pdf="$prefix.pdf"
# A throwaway profile, so a second run does not wait on the first one's lock.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$profile" \
  --no-pdf-header-footer --print-to-pdf="$pdf" "file://$absolute" 2>/dev/null
rm -f "$prefix"-*.png
pdftoppm -png -r "$dpi" "$pdf" "$prefix"
pages=$(ls "$prefix"-*.png | wc -l)
echo "已生成 $pdf（$pages 页）和 ${prefix}-*.png"
