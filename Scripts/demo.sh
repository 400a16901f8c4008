#!/usr/bin/env bash
# The main job on the bundled sample county, end to end: index the courseware with its programme
# guides, search, plan December 2026 for every station, check the plans, print one loudspeaker notice.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/install-deps.sh
echo "== 构建 yuanjiao（首次约需几分钟）"
swift build --product yuanjiao --quiet
swift build --product yuanjiao-console --quiet   # the web console's server, which `yuanjiao serve` starts
bin=$(swift build --product yuanjiao --show-bin-path)/yuanjiao

workdir=${YUANJIAO_DEMO_DIR:-.demo}
mkdir -p "$workdir"
export YUANJIAO_CATALOG="$workdir/yuanjiao.sqlite"
rm -rf "$YUANJIAO_CATALOG" "$YUANJIAO_CATALOG-wal" "$YUANJIAO_CATALOG-shm" "$workdir/下发" "$workdir/下发-快乐园"

step() { echo; echo "== $1"; echo "\$ yuanjiao ${*:2}"; "$bin" "${@:2}"; }

step "1. 登记示例课件与卫星节目单" index Samples/courseware \
  --guide Samples/guides/sample-guide.xml --guide Samples/guides/sample-guide-gb18030.xml
step "2. 查找课件（简体、繁体、拼音都可以）" search 法律 --limit 3
step "3. 馆员审核队列" review --limit 3
step "4. 检查站点文件" stations check Samples/stations.yaml
step "5. 为示例县排 2026 年 12 月的计划，并生成下发包" plan --stations Samples/stations.yaml --month 2026-12 \
  --no-reasons --out "$workdir/下发"
step "6. 复查计划" check --stations Samples/stations.yaml --month 2026-12
step "7. 双桥村的喇叭广播稿" notice --stations Samples/stations.yaml --station shuangqiao --month 2026-12
step "8. 双桥村核对下发包（课件在 Samples/courseware）" verify "$workdir/下发/shuangqiao" --courseware Samples/courseware
echo
echo "== 9. 双桥村的站点页面（双击 index.html 即可打开，不需要网络和服务器）"
page="$workdir/下发/shuangqiao/index.html"
ls "$workdir/下发/shuangqiao/station" "$page"
echo "在浏览器打开 · open in a browser: file://$(cd "$(dirname "$page")" && pwd)/index.html"
step "10. 县里的月报（还没有收到播放记录和签到：开机率、使用率等显示为 —）" report --stations Samples/stations.yaml --month 2026-12
step "11. 快乐园：清石村的留守儿童活动（花名册 Samples/children/qingshi.csv）" stations check Samples/stations-children.yaml
step "12. 排清石村 12 月的计划（大人的学习在先，儿童活动排在放学后和周末）" plan --stations Samples/stations-children.yaml \
  --month 2026-12 --no-reasons --out "$workdir/下发-快乐园"
step "13. 可以转发给家长的亲情视频时间表" notice --stations Samples/stations-children.yaml --station qingshi --month 2026-12 \
  --format family-video

echo
echo "== 14. 网页控制台的示例账号（密码仅供演示）"
printf 'demo-admin-2026\n' | "$bin" users add 县远程办 --role admin --password-stdin
printf 'demo-librarian-2026\n' | "$bin" users add 馆员 --role librarian --password-stdin
printf 'demo-station-2026\n' | "$bin" users add 双桥村 --role station --station shuangqiao --password-stdin
cat <<TEXT

启动网页控制台 · start the web console on the sample county:
  YUANJIAO_CATALOG=$YUANJIAO_CATALOG $bin serve --stations Samples/stations.yaml --watch Samples/courseware
然后在浏览器打开 · then open http://127.0.0.1:8080/ and log in as:
  县远程办 / demo-admin-2026      （县远程办：月计划、站点、下发包）
  馆员     / demo-librarian-2026  （馆员：审核、检索、标注）
  双桥村   / demo-station-2026    （站点管理员：本站计划、海报、签到表）
TEXT
