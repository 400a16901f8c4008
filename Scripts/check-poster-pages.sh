#!/usr/bin/env bash
# Checks that the notice-board poster prints on ONE A4 page for every station of the sample county
# (Samples/stations.yaml, December 2026): indexes the sample courseware into a scratch catalogue, plans the
# month, prints each station's poster with headless Chromium (Scripts/render-notice.sh) and counts the pages.
# The generated worst cases (many sessions, long titles) are rendered by the PosterPageTests suite.
#
#   Scripts/check-poster-pages.sh            → exit 0 when every poster is one page
#   POSTER_DIR=out Scripts/check-poster-pages.sh   keeps the HTML, PDF and PNG pages in out/ to look at
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product yuanjiao --quiet
bin=$(swift build --product yuanjiao --show-bin-path)/yuanjiao
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
out=${POSTER_DIR:-$scratch/posters}
mkdir -p "$out"
export YUANJIAO_CATALOG="$scratch/yuanjiao.sqlite"

"$bin" index Samples/courseware --guide Samples/guides/sample-guide.xml >/dev/null
"$bin" plan --stations Samples/stations.yaml --month 2026-12 --no-reasons >/dev/null

failed=0
stations=$(sed -n 's/^  - id: *\([A-Za-z0-9_-]*\).*/\1/p' Samples/stations.yaml)
for station in $stations; do
  "$bin" notice --stations Samples/stations.yaml --station "$station" --month 2026-12 --format html \
    --out "$out/$station.html" >/dev/null
  bash Scripts/render-notice.sh "$out/$station.html" >/dev/null
  pages=$(ls "$out/$station"-*.png | wc -l)
  if [[ $pages -eq 1 ]]; then
    echo "公示栏海报 $station：1 页"
  else
    echo "公示栏海报 $station：$pages 页，应为 1 页（$out/$station.pdf）" >&2
    failed=1
  fi
done
exit $failed
