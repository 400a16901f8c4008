#!/usr/bin/env bash
# Builds a Debian package of yuanjiao: the program, its reference data (/usr/share/yuanjiao), a man page
# from the commands' own help, bash and zsh completions, and Depends: on the libraries it loads.
#
#   bash Scripts/package-deb.sh                      release build (Swift runtime linked in), package in dist/
#   bash Scripts/package-deb.sh --binary PATH --out DIR   package an existing build (the install test does this)
#
# Try it without installing:  dpkg -x dist/yuanjiao_*.deb /tmp/root && /tmp/root/usr/bin/yuanjiao --version
set -euo pipefail

repository="$(cd "$(dirname "$0")/.." && pwd)"
binary=""
out="$repository/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "用法：package-deb.sh [--binary 已构建的 yuanjiao] [--out 输出文件夹]" >&2; exit 2 ;;
  esac
done

for tool in dpkg-deb dpkg objdump python3; do
  command -v "$tool" >/dev/null || { echo "缺少 $tool（Debian 软件包 dpkg、binutils、python3）" >&2; exit 2; }
done

if [ -z "$binary" ]; then
  # The Swift runtime and Foundation are linked in: a county office machine has no Swift toolchain.
  (cd "$repository" && swift build -c release --product yuanjiao --static-swift-stdlib \
    && swift build -c release --product yuanjiao-console --static-swift-stdlib)
  binary="$repository/.build/release/yuanjiao"
fi
[ -x "$binary" ] || { echo "找不到可执行文件：$binary" >&2; exit 2; }
# The web console's server (`yuanjiao serve` starts it) is built beside yuanjiao and installed beside it.
console="$(dirname "$binary")/yuanjiao-console"
[ -x "$console" ] || { echo "找不到网页控制台程序：$console（swift build --product yuanjiao-console）" >&2; exit 2; }

version="$(sed -n 's/.*public static let version = "\(.*\)".*/\1/p' "$repository/Sources/Yuanjiao/Version.swift")"
architecture="$(dpkg --print-architecture)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/yuanjiao_${version}_${architecture}"

install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/yuanjiao" "$root/usr/share/man/man1" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" "$root/usr/share/doc/yuanjiao"
install -m 0755 "$binary" "$root/usr/bin/yuanjiao"
install -m 0755 "$console" "$root/usr/bin/yuanjiao-console"
cp -R "$repository/Catalog/." "$root/usr/share/yuanjiao/"
install -m 0644 "$repository/README.md" "$root/usr/share/doc/yuanjiao/README.md"

# Help, man page and completions come from the packaged program itself, with the packaged data.
export YUANJIAO_DATA="$root/usr/share/yuanjiao"
"$root/usr/bin/yuanjiao" --experimental-dump-help > "$stage/help.json"
python3 "$repository/Scripts/make-manpage.py" "$stage/help.json" "$version" | gzip -9n > "$root/usr/share/man/man1/yuanjiao.1.gz"
"$root/usr/bin/yuanjiao" --generate-completion-script bash > "$root/usr/share/bash-completion/completions/yuanjiao"
"$root/usr/bin/yuanjiao" --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_yuanjiao"

# Depends: the Debian package of every library the program loads directly. Libraries outside dpkg's
# knowledge (a Swift toolchain's runtime in a development build) cannot be depended on: say so.
depends=()
unpackaged=()
for library in $(objdump -p "$binary" "$console" | awk '/NEEDED/ { print $2 }' | sort -u); do
  path="$(ldconfig -p | awk -v lib="$library" '$1 == lib && !found { print $NF; found = 1 }')"
  owner=""
  if [ -n "$path" ]; then
    owner="$(dpkg -S "$path" 2>/dev/null | sed -n 1p | cut -d: -f1 || true)"
    if [ -z "$owner" ]; then owner="$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | sed -n 1p | cut -d: -f1 || true)"; fi
  fi
  if [ -n "$owner" ]; then depends+=("$owner"); else unpackaged+=("$library"); fi
done
# libavformat is opened with dlopen on the first probe (not a NEEDED entry): depend on it by name.
avformat_major="$(cat /usr/include/*/libavformat/version_major.h /usr/include/libavformat/version_major.h 2>/dev/null \
  | sed -n 's/^#define LIBAVFORMAT_VERSION_MAJOR *//p' | sed -n 1p || true)"
avformat_path="$(ldconfig -p | awk -v lib="libavformat.so.$avformat_major" '$1 == lib && !found { print $NF; found = 1 }')"
if [ -n "$avformat_path" ]; then
  depends+=("$(dpkg -S "$(readlink -f "$avformat_path")" 2>/dev/null | sed -n 1p | cut -d: -f1)")
else
  echo "找不到 libavformat.so.$avformat_major：请先运行 Scripts/install-deps.sh" >&2; exit 2
fi
if [ ${#unpackaged[@]} -gt 0 ]; then
  echo "注意：这些库不属于任何 Debian 软件包，安装的机器上须另有：${unpackaged[*]}（发布时请用默认的 release 构建）" >&2
fi
depends_line="$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')"

installed_size="$(du -sk "$root/usr" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: yuanjiao
Version: $version
Architecture: $architecture
Maintainer: Yuanjiao project <yuanjiao@localhost>
Installed-Size: $installed_size
Depends: $depends_line
Section: education
Priority: optional
Description: 远教：农村远程教育站点的课件目录与排课工具
 Catalogue and monthly scheduling engine for rural remote-education stations:
 indexes courseware (libavformat) and XMLTV guides (libxml2) into an SQLite
 catalogue with Chinese full-text search, librarian tagging, station plans,
 notices and station bundles.
CONTROL

mkdir -p "$out"
dpkg-deb --build --root-owner-group "$root" "$out/yuanjiao_${version}_${architecture}.deb" >/dev/null
echo "$out/yuanjiao_${version}_${architecture}.deb"
