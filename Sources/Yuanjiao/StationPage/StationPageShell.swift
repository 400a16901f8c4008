/// The fixed parts of the station page: `index.html` and `station/page.css`. Classic scripts only, nothing
/// inline and nothing fetched: the page opens by double-click from a USB stick (file://) with no network.
/// Sized for a projector in a classroom: large type, large buttons, a mouse and no keyboard shortcuts.
enum StationPageShell {
    static let html = #"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">
<title>远教站点</title>
<link rel="stylesheet" href="station/page.css">
</head>
<body>
<header>
<h1 id="station-name">远教站点</h1>
<p id="subtitle"></p>
<noscript><p class="warning">这个页面需要浏览器允许脚本运行。也可以用 VLC 或 PotPlayer 打开当天的 playlist-日期.m3u8。</p></noscript>
</header>
<main>
<section id="day">
<h2 id="day-title">今天的学习</h2>
<p id="day-info"></p>
<ol id="today"></ol>
<p><button type="button" id="play-day">▶ 按顺序播放</button></p>
</section>
<section id="player-section" hidden>
<h2>正在播放</h2>
<p id="now-playing"></p>
<video id="player" controls preload="metadata"></video>
<p id="player-message" role="status"></p>
<p><button type="button" id="next">下一个 ⏭</button> <button type="button" id="stop">停止 ⏹</button></p>
</section>
<section id="month">
<h2>本月安排</h2>
<table id="calendar"></table>
</section>
<section id="notices">
<h2>公示、通知与签到</h2>
<ul id="notice-list"></ul>
</section>
<section id="library">
<h2>课件库（随到随学）</h2>
<p class="search-row"><input type="search" id="search" placeholder="输入汉字、拼音或首字母，例如 法律、falv、fl" aria-label="搜索课件">
<select id="topic" aria-label="按主题筛选"><option value="">全部主题</option></select></p>
<p id="result-count"></p>
<ul id="results"></ul>
</section>
<section id="log">
<h2>播放记录</h2>
<p id="log-count"></p>
<p><button type="button" id="export-log">导出播放记录</button></p>
<p class="hint">导出的文件（playlog-月份-网页.csv）和下发包一起交回县远程办，用 yuanjiao playlog import 导入。</p>
</section>
</main>
<script src="station/fold.js"></script>
<script src="station/data.js"></script>
<script src="station/page.js"></script>
</body>
</html>

"""#

    static let css = #"""
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 22px; line-height: 1.5;
  margin: 0; color: #1a1a1a; background: #f7f5f0; }
header { background: #b22222; color: #fff; padding: 0.6em 1em; }
header h1 { margin: 0; font-size: 1.8em; }
header p { margin: 0.2em 0 0; }
main { max-width: 1200px; margin: 0 auto; padding: 0 1em 3em; }
section { background: #fff; margin: 1em 0; padding: 0.6em 1em 1em; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,0.15); }
h2 { font-size: 1.3em; margin: 0.3em 0; }
button, select, input[type=search] { font-size: 1em; padding: 0.4em 0.8em; min-height: 2.4em; }
button { background: #b22222; color: #fff; border: none; border-radius: 6px; cursor: pointer; }
button:disabled { background: #999; cursor: default; }
button.secondary { background: #555; }
input[type=search] { width: 60%; min-width: 12em; }
#today li, #results li { margin: 0.4em 0; }
.why { color: #555; font-size: 0.85em; display: block; }
.meta { color: #555; font-size: 0.85em; }
.current { background: #fff3c4; }
video { width: 100%; max-height: 70vh; background: #000; }
#calendar { border-collapse: collapse; width: 100%; table-layout: fixed; }
#calendar th, #calendar td { border: 1px solid #ccc; vertical-align: top; padding: 0.2em; height: 3.2em; font-size: 0.8em; }
#calendar td.has-session { background: #fde8e8; }
#calendar td.chosen { outline: 3px solid #b22222; }
#calendar a { color: inherit; text-decoration: none; display: block; }
.warning { color: #8a1c00; font-weight: bold; }
.hint { color: #555; font-size: 0.85em; }
a { color: #0b5394; }
"""#
}
