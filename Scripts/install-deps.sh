#!/usr/bin/env bash
# Installs the Debian packages Yuanjiao builds and runs with, only those that are missing.
set -euo pipefail

packages=(
  pkg-config
  libavformat-dev libavcodec-dev libavutil-dev   # MediaProbe: in-process container probing
  libpoppler-glib-dev                            # Documents: PDF text, metadata and page-1 previews (poppler + cairo)
  libxml2-dev libxml2-utils                      # ProgrammeGuide (libxml2); xmllint is the guide benchmark's floor
  zlib1g-dev                                     # the console's gzip pages (CDeflate)
  libsqlite3-dev                                 # Catalogue (GRDB over the system SQLite)
  libopencc-dev libopencc-data                   # ChineseText: simplified ⇄ traditional
  unicode-data                                   # Unihan pinyin readings (table generation)
  ffmpeg                                         # sample and benchmark media generation, ffprobe reference
  dpkg binutils python3                          # Scripts/package-deb.sh: dpkg-deb, objdump (Depends:), the man page
  sqlite3                                        # the start-up benchmark's reference (a LIKE query on the same file)
  espeak-ng espeak-ng-data                       # notice --format audio; espeak-ng-data has the cmn-latn-pinyin Mandarin voice
  unzip                                          # console tests unpack the bundle ZIP
  wrk                                            # the console benchmark's 50-connection load
  qpdf                                           # document tests: an encrypted PDF
  chromium poppler-utils fonts-noto-cjk          # the poster's one-page check: print to PDF, count pages, CJK font
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "安装缺少的 Debian 软件包：${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
