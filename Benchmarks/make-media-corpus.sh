#!/usr/bin/env bash
# Generates COUNT small media files under DIR for the index benchmark (never committed).
# 40 distinct files are encoded by ffmpeg in the common courseware containers; the rest are copies
# with a unique trailer so every file has its own fingerprint, as a real download folder would.
set -euo pipefail
dir=${1:?usage: make-media-corpus.sh DIR COUNT}
count=${2:-2000}
templates="$dir/.templates"
mkdir -p "$templates"

containers=(mp4 mkv flv ts mp3 m4a avi webm wmv mov)
if [ "$(ls "$templates" | wc -l)" -lt 40 ]; then
  for i in $(seq 0 39); do
    ext=${containers[$((i % ${#containers[@]}))]}
    out="$templates/t$i.$ext"
    [ -s "$out" ] && continue
    seconds=$((20 + i))
    case $ext in
      mp3|m4a) ffmpeg -v error -y -f lavfi -i "sine=frequency=$((200 + i*10)):sample_rate=8000:duration=$seconds" \
                 -ac 1 -b:a 8k -metadata title="农业技术讲座 第${i}讲" "$out" ;;
      webm)    ffmpeg -v error -y -f lavfi -i "color=c=0x33$((10 + i))66:s=32x18:r=2:d=$seconds" \
                 -c:v libvpx -b:v 20k -metadata title="法律知识 第${i}讲" "$out" ;;
      wmv)     ffmpeg -v error -y -f lavfi -i "color=c=0x33$((10 + i))66:s=32x18:r=2:d=$seconds" \
                 -c:v wmv2 -metadata title="道德讲堂 第${i}讲" "$out" ;;
      flv)     ffmpeg -v error -y -f lavfi -i "color=c=0x33$((10 + i))66:s=32x18:r=2:d=$seconds" \
                 -c:v flv1 -metadata title="政策解读 第${i}讲" "$out" ;;
      *)       ffmpeg -v error -y -f lavfi -i "color=c=0x33$((10 + i))66:s=32x18:r=2:d=$seconds" \
                 -f lavfi -i "anullsrc=r=8000:cl=mono" -shortest -c:v libx264 -preset ultrafast -g 1000 \
                 -c:a aac -b:a 8k -metadata title="远程教育课件 第${i}讲" "$out" ;;
    esac
  done
fi

mkdir -p "$dir/files"
existing=$(find "$dir/files" -type f | wc -l)
if [ "$existing" -ne "$count" ]; then
  rm -rf "$dir/files"; mkdir -p "$dir/files"
  mapfile -t sources < <(ls "$templates"/* | sort)
  for n in $(seq 1 "$count"); do
    src=${sources[$((n % ${#sources[@]}))]}
    sub="$dir/files/$((n / 500))"
    mkdir -p "$sub"
    dest="$sub/课件$n.${src##*.}"
    cp "$src" "$dest"
    printf 'YJ%08d' "$n" >> "$dest"
  done
fi
