#!/usr/bin/env bash
# The main job on the bundled sample county: index the sample courseware, then show what the catalogue knows.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/install-deps.sh
echo "== 构建 yuanjiao（首次约需两三分钟）"
swift build --product yuanjiao --quiet
bin=$(swift build --product yuanjiao --show-bin-path)/yuanjiao

workdir=${YUANJIAO_DEMO_DIR:-.demo}
mkdir -p "$workdir"
export YUANJIAO_CATALOG="$workdir/yuanjiao.sqlite"
rm -f "$YUANJIAO_CATALOG" "$YUANJIAO_CATALOG-wal" "$YUANJIAO_CATALOG-shm"

echo "== 1. 登记示例课件：yuanjiao index Samples/courseware"
"$bin" index Samples/courseware
echo
echo "== 2. 查找课件：yuanjiao search 法"
"$bin" search 法
echo
echo "== 3. 查看一个课件：yuanjiao show 1"
"$bin" show 1
