#!/usr/bin/env bash
# Regenerates Samples/courseware/: tiny but real media files whose durations look like real lectures.
#
# Why the files stay a few KB although they last 15–45 minutes: a 32x18 static picture at one frame every
# ten seconds with one keyframe per file; audio (where there is any) is mono 8 kHz digital silence. The mp3
# lectures are shorter because MP3 cannot go below 8 kbit/s (1 KB a second).
#
# Idempotent: every output is bit-exact (no encoder strings, no wall-clock times), so running it again
# rewrites identical bytes. Needs ffmpeg (libx264, libvpx, libmp3lame), python3 and iconv.
set -euo pipefail

cd "$(dirname "$0")"
dest=courseware
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Deterministic output, and no metadata carried over from the lavfi inputs.
exact=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact)
x264=(-c:v libx264 -preset veryslow -tune stillimage -bf 0 -g 100000 -pix_fmt yuv420p)

ff() { ffmpeg -hide_banner -nostdin -loglevel error -y "$@"; }

# picture COLOUR: a still 32x18 frame every 10 s.
picture() { printf 'color=c=%s:s=32x18:r=1/10' "$1"; }
silence=(-f lavfi -i "anullsrc=r=8000:cl=mono")

# video OUT SECONDS COLOUR [ffmpeg output options...]: video only.
video() {
    local out=$1 seconds=$2 colour=$3
    shift 3
    ff -f lavfi -i "$(picture "$colour")" -t "$seconds" -map_metadata -1 "${exact[@]}" "$@" "$work/$out"
}

# lecture OUT SECONDS COLOUR [ffmpeg output options...]: mp4 with H.264 video and AAC mono 8 kHz audio.
lecture() {
    local out=$1 seconds=$2 colour=$3
    shift 3
    ff -f lavfi -i "$(picture "$colour")" "${silence[@]}" -t "$seconds" -map_metadata -1 "${exact[@]}" \
        "${x264[@]}" -c:a aac -b:a 8k -metadata:s:a:0 language=chi "$@" "$work/$out"
}

mkdir -p "$work"/{政策理论,法律法规,道德教育,农业科技,卫星接收,少儿,损坏文件}

# 政策理论
lecture 政策理论/党的二十大精神学习辅导（第一讲）.mp4 2410 0xb22222 \
    -metadata title="党的二十大精神学习辅导（第一讲）" -metadata artist="王建华" \
    -metadata comment="县委党校专题辅导：党的二十大报告的主题和主要内容"
video 政策理论/党的二十大精神学习辅导（第二讲）.mp4 2350 0xb22223 "${x264[@]}" \
    -metadata title="党的二十大精神学习辅导（第二讲）" -metadata artist="王建华"
video 政策理论/党的二十大精神学习辅导（第三讲）.mp4 2470 0xb22224 "${x264[@]}" \
    -metadata title="党的二十大精神学习辅导（第三讲）" -metadata artist="王建华"
video 政策理论/乡村振兴战略解读.mkv 1800 0xcc5500 "${x264[@]}" -metadata:s:v:0 language=chi \
    -metadata title="乡村振兴战略解读" -metadata comment="产业、人才、文化、生态、组织五个振兴逐一讲解"
video 政策理论/基层党组织建设工作实务.mp4 1500 0xaa3333 "${x264[@]}" \
    -metadata title="基层党组织建设工作实务"

# 法律法规
video 法律法规/农村土地承包法讲座.flv 2100 0x225588 -c:v flv1 -g 100000 \
    -metadata title="农村土地承包法讲座" -metadata artist="刘芳"
video 法律法规/民法典与农民生活（上）.wmv 1800 0x336699 -c:v wmv2 -g 100000 -packet_size 200 \
    -metadata title="民法典与农民生活（上）" -metadata artist="陈志强" \
    -metadata comment="婚姻家庭、继承与宅基地：身边的民法典"
video 法律法规/民法典与农民生活（下）.wmv 1830 0x33669a -c:v wmv2 -g 100000 -packet_size 200 \
    -metadata title="民法典与农民生活（下）" -metadata artist="陈志强"
ff "${silence[@]}" -t 480 -map_metadata -1 "${exact[@]}" -c:a libmp3lame -b:a 8k \
    -id3v2_version 4 -metadata title="宪法宣传教育" -metadata artist="县司法局" \
    -metadata comment="国家宪法日广播讲座" "$work/法律法规/宪法宣传教育.mp3"
lecture 法律法规/反电信网络诈骗知识.mp4 1200 0x444488 \
    -metadata title="反电信网络诈骗知识" -metadata comment="识别冒充客服、刷单返利等常见骗局"

# 道德教育
video 道德教育/新时代文明实践——孝老爱亲.mp4 1500 0x884422 "${x264[@]}" \
    -metadata title="新时代文明实践——孝老爱亲"
# Chapters come from an ffmetadata file (times in ms).
cat >"$work/chapters.txt" <<'EOF'
;FFMETADATA1
title=道德模范事迹报告
artist=县文明办
[CHAPTER]
TIMEBASE=1/1000
START=0
END=300000
title=开场与导语
[CHAPTER]
TIMEBASE=1/1000
START=300000
END=1200000
title=助人为乐模范
[CHAPTER]
TIMEBASE=1/1000
START=1200000
END=2100000
title=孝老爱亲模范
[CHAPTER]
TIMEBASE=1/1000
START=2100000
END=2700000
title=见义勇为模范
EOF
ff -f lavfi -i "$(picture 0x996633)" -i "$work/chapters.txt" -t 2700 -map 0:v -map_metadata 1 -map_chapters 1 \
    "${exact[@]}" "${x264[@]}" -metadata:s:v:0 language=chi "$work/道德教育/道德模范事迹报告.mkv"
ff "${silence[@]}" -t 900 -map_metadata -1 "${exact[@]}" -c:a aac -b:a 8k -metadata:s:a:0 language=chi \
    -metadata title="家风家训故事" -metadata artist="赵秀英" "$work/道德教育/家风家训故事.m4a"
video 道德教育/移风易俗倡导新风.mp4 1200 0x885533 "${x264[@]}" \
    -metadata title="移风易俗倡导新风" -metadata comment="红白喜事简办、反对高价彩礼"

# 农业科技
lecture 农业科技/水稻育秧技术.mp4 1800 0x228822 \
    -metadata title="水稻育秧技术" -metadata artist="县农技推广中心 周国平"
video 农业科技/生猪养殖与疫病防治.mkv 2400 0x559955 "${x264[@]}" \
    -metadata title="生猪养殖与疫病防治" -metadata artist="孙兽医"

# Old courseware stores tags in the local code page: an ID3v2.3 tag whose "ISO-8859-1" frames hold GBK
# bytes (libavformat widens them byte by byte), followed by an ID3v1 tag in GBK.
ff "${silence[@]}" -t 240 -map_metadata -1 "${exact[@]}" -c:a libmp3lame -b:a 8k -id3v2_version 0 \
    "$work/plain.mp3"
python3 - "$work/plain.mp3" "$work/农业科技/柑橘春季管理.mp3" <<'EOF'
import struct, sys
source, target = sys.argv[1], sys.argv[2]
gbk = lambda s: s.encode("gbk")

def frame(ident, payload):
    return ident.encode() + struct.pack(">I", len(payload)) + b"\0\0" + payload

frames = (frame("TIT2", b"\0" + gbk("柑橘春季管理"))
          + frame("TPE1", b"\0" + gbk("农技站"))
          + frame("COMM", b"\0" + b"chi" + b"\0" + gbk("柑橘春季管理技术要点")))
size = len(frames)
syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
id3v2 = b"ID3\x03\x00\x00" + syncsafe + frames

def field(s, n):
    b = gbk(s)
    return b + b"\0" * (n - len(b))

id3v1 = (b"TAG" + field("柑橘春季管理", 30) + field("农技站", 30) + field("农业科技", 30) + b"2019"
         + field("柑橘春季管理技术要点", 28) + b"\0\0" + bytes([101]))
assert len(id3v1) == 128
with open(source, "rb") as f:
    audio = f.read()
with open(target, "wb") as f:
    f.write(id3v2 + audio + id3v1)
EOF
rm "$work/plain.mp3"

# AVI INFO chunks are written byte for byte: a GBK title, as old Windows tools left them.
video 农业科技/果树冬季修剪技术.avi 1500 0x446622 -c:v mpeg4 -g 100000 \
    -metadata title="$(printf '果树冬季修剪技术' | iconv -f UTF-8 -t GBK)"
video 农业科技/大棚蔬菜种植技术.mp4 2100 0x33aa33 "${x264[@]}" \
    -metadata title="大棚蔬菜种植技术" -metadata artist="县农技推广中心 周国平"
video 农业科技/冬季畜禽防寒保暖.mp4 1200 0x337733 "${x264[@]}" \
    -metadata title="冬季畜禽防寒保暖"
video 农业科技/农产品电商入门.webm 1800 0x2288aa -c:v libvpx -b:v 1k -g 100000 \
    -metadata title="农产品电商入门" -metadata comment="开网店、拍图片、发快递"

# 卫星接收: recordings named by channel and start time; the programme guide (Samples/guides/) relies on
# these names and durations. No title tag: a recorder does not write one.
ts=(-c:v libx264 -preset veryslow -tune stillimage -bf 0 -g 100000 -pix_fmt yuv420p -pat_period 30 -sdt_period 30
    -metadata service_name="CCTV-7 农业农村" -metadata service_provider=CCTV)
video 卫星接收/CCTV7_20261201_1900.ts 1808 0x113355 "${ts[@]}"
video 卫星接收/CCTV7_20261202_1930.ts 1508 0x113356 "${ts[@]}"
video 卫星接收/先锋频道-2026-12-03-19-00.mp4 1800 0x661111 "${x264[@]}" \
    -metadata creation_time=2026-12-03T11:00:00Z

# 少儿: a moving test pattern, as cartoons are not still.
ff -f lavfi -i "testsrc2=s=32x18:r=1/10" -t 900 -map_metadata -1 "${exact[@]}" "${x264[@]}" \
    -metadata title="安全教育动画（第1集）" -metadata comment="防溺水、防触电" "$work/少儿/安全教育动画（第1集）.mp4"
ff -f lavfi -i "testsrc2=s=32x18:r=1/10" -t 930 -map_metadata -1 "${exact[@]}" "${x264[@]}" \
    -metadata title="安全教育动画（第2集）" -metadata comment="交通安全" "$work/少儿/安全教育动画（第2集）.mp4"

# 损坏文件: a download that stopped early (the moov atom at the end never arrived), an empty file, a note.
video whole.mp4 2400 0x777777 "${x264[@]}" -metadata title="截断的讲座"
size=$(stat -c %s "$work/whole.mp4")
head -c $((size * 2 / 5)) "$work/whole.mp4" >"$work/损坏文件/截断的讲座.mp4"
rm "$work/whole.mp4"
: >"$work/损坏文件/空文件.mp4"
cat >"$work/损坏文件/说明.txt" <<'EOF'
本文件夹存放故意损坏的示例文件，用来检验索引器的错误处理：
截断的讲座.mp4 —— 下载中断，只剩文件开头，没有 moov 索引；
空文件.mp4 —— 零字节；
说明.txt —— 本说明，不是媒体文件。
EOF

rm "$work/chapters.txt"
rm -rf "$dest"
mkdir -p "$dest"
cp -R "$work"/. "$dest"/
