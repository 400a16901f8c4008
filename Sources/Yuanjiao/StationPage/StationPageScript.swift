/// `station/page.js`: renders the page from `YUANJIAO_STATION` (text only, never markup from the data),
/// searches the library by folded Chinese, full pinyin and initials, plays playable files one after the
/// other, and keeps the play log in localStorage until 导出播放记录 downloads it as the play-log CSV.
enum StationPageScript {
    static let source = #"""
"use strict";
(function () {
  var data = window.YUANJIAO_STATION;
  var foldPairs = window.YUANJIAO_FOLD || "";
  var fold = {};
  var chars = Array.from(foldPairs);
  for (var f = 0; f + 1 < chars.length; f += 2) fold[chars[f]] = chars[f + 1];

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function localDate(d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); }
  function logTime(d) { return localDate(d) + " " + pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds()); }
  function minutes(seconds) { return Math.max(1, Math.round(seconds / 60)) + " 分钟"; }
  function clock(start, offset) {
    var parts = start.split(":");
    var total = parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10) + Math.floor(offset / 60);
    return pad(Math.floor(total / 60) % 24) + ":" + pad(total % 60);
  }
  // Folding as the catalogue's search does it: NFKC (full width → half width), lower case, 繁 → 简.
  function foldText(text) {
    var out = "";
    var normal = String(text).normalize("NFKC").toLowerCase();
    for (var c of normal) out += fold[c] || c;
    return out;
  }
  function href(file) { return file.split("/").map(encodeURIComponent).join("/"); }
  function topicName(id) { return (data.topics && data.topics[id]) || id || "未分类"; }

  if (!data) {
    $("day-info").textContent = "找不到 station/data.js：请把整个站点文件夹一起复制，不要只复制 index.html。";
    return;
  }
  document.title = data.stationName + " · " + data.month + " · 远教站点";
  $("station-name").textContent = data.county + " " + data.stationName;
  $("subtitle").textContent = (data.place ? data.place + " · " : "") + data.month.replace("-", " 年 ") + " 月";

  // ---- the day ----
  var params = new URLSearchParams(window.location.search);
  var requested = params.get("date");
  var today = localDate(new Date());
  var sessionsByDate = {};
  data.sessions.forEach(function (s) { (sessionsByDate[s.date] = sessionsByDate[s.date] || []).push(s); });
  var day = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today;
  var note = "";
  if (day.slice(0, 7) !== data.month) {
    var first = data.sessions.length ? data.sessions[0].date : data.month + "-01";
    note = (requested ? requested : "今天（" + today + "）") + " 不在这个下发包的月份（" + data.month + "），下面是 " + first + " 的安排。";
    day = first;
  }
  var daySessions = sessionsByDate[day] || [];
  var dayQueue = [];
  $("day-title").textContent = (day === today ? "今天的学习 · " : "学习安排 · ") + day;
  var list = $("today");
  daySessions.forEach(function (s) {
    var head = el("li", s.kindName + " " + s.start + "–" + s.end, "session");
    head.setAttribute("data-session", s.kind);
    list.appendChild(head);
    s.items.forEach(function (item) {
      var li = el("li", null, "item");
      li.setAttribute("data-id", String(item.id));
      li.appendChild(el("span", clock(s.start, item.start) + " ", "meta"));
      li.appendChild(el("strong", item.title));
      li.appendChild(el("span", " · " + topicName(item.topic) + " · " + minutes(item.duration), "meta"));
      if (item.why) li.appendChild(el("span", "为什么排这个：" + item.why, "why"));
      list.appendChild(li);
      dayQueue.push({ id: item.id, title: item.title, file: item.file, node: li });
    });
  });
  var info = note;
  if (!daySessions.length) {
    var next = data.sessions.filter(function (s) { return s.date > day; })[0];
    info += (info ? " " : "") + "这一天没有安排学习。" + (next ? "下一次：" + next.date + " " + next.start + " " + next.kindName + "。" : "");
    $("play-day").disabled = true;
  }
  $("day-info").textContent = info;

  // ---- the month ----
  var calendar = $("calendar");
  var headRow = el("tr");
  ["一", "二", "三", "四", "五", "六", "日"].forEach(function (d) { headRow.appendChild(el("th", "星期" + d)); });
  calendar.appendChild(headRow);
  var year = parseInt(data.month.slice(0, 4), 10), month = parseInt(data.month.slice(5, 7), 10);
  var firstDay = new Date(year, month - 1, 1), days = new Date(year, month, 0).getDate();
  var row = el("tr");
  for (var blank = 0; blank < (firstDay.getDay() + 6) % 7; blank++) row.appendChild(el("td"));
  for (var d = 1; d <= days; d++) {
    var date = data.month + "-" + pad(d);
    var cell = el("td");
    var link = el("a");
    link.href = "?date=" + date;
    link.appendChild(el("strong", String(d)));
    (sessionsByDate[date] || []).forEach(function (s) {
      link.appendChild(el("div", s.kindName + " " + s.start));
    });
    if (sessionsByDate[date]) cell.className = "has-session";
    if (date === day) cell.className += " chosen";
    cell.appendChild(link);
    row.appendChild(cell);
    if (row.children.length === 7) { calendar.appendChild(row); row = el("tr"); }
  }
  if (row.children.length) calendar.appendChild(row);

  // ---- notices ----
  data.notices.forEach(function (n) {
    var li = el("li");
    var a = el("a", n.title);
    a.href = href(n.file);
    li.appendChild(a);
    li.appendChild(el("span", " （" + n.file + "）", "meta"));
    $("notice-list").appendChild(li);
  });

  // ---- the play log (localStorage: kept when the browser closes) ----
  var logKey = "yuanjiao-playlog:" + data.station + ":" + data.month;
  function readLog() {
    try { return JSON.parse(window.localStorage.getItem(logKey) || "[]"); } catch (e) { return []; }
  }
  function writeLog(entries) {
    try { window.localStorage.setItem(logKey, JSON.stringify(entries)); } catch (e) { /* private mode: kept for this visit only */ }
    $("log-count").textContent = "本机已记录 " + entries.length + " 条播放。";
  }
  var log = readLog();
  writeLog(log);
  function csvField(text) { return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text; }
  $("export-log").addEventListener("click", function () {
    var lines = ["start,end,file,station"];
    readLog().forEach(function (e) {
      lines.push([e.start, e.end, e.file, data.station].map(csvField).join(","));
    });
    var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = "playlog-" + data.month + "-网页.csv";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });

  // ---- playing ----
  var player = $("player");
  var queue = [], position = -1, record = null, lastSaved = 0;
  function closeRecord() {
    if (!record) return;
    record.end = logTime(new Date());
    var entries = readLog();
    entries[record.index] = { start: record.start, end: record.end, file: record.file };
    writeLog(entries);
    record = null;
  }
  function saveRecord() {
    var entries = readLog();
    if (record.index === undefined) record.index = entries.length;
    entries[record.index] = { start: record.start, end: logTime(new Date()), file: record.file };
    writeLog(entries);
    lastSaved = Date.now();
  }
  function playAt(index) {
    closeRecord();
    queue.forEach(function (q) { if (q.node) q.node.classList.remove("current"); });
    position = index;
    if (index >= queue.length) {
      $("now-playing").textContent = "已全部播放完。";
      player.removeAttribute("src");
      player.load();
      return;
    }
    var entry = queue[index];
    $("player-section").hidden = false;
    $("now-playing").textContent = (index + 1) + "/" + queue.length + " " + entry.title;
    if (entry.node) entry.node.classList.add("current");
    if (entry.plays === false) {
      showExternal(entry, "浏览器不能播放这种格式");
      return playAt(index + 1);
    }
    player.src = href(entry.file);
    var started = player.play();
    if (started && started.catch) started.catch(function () { /* autoplay refused: the 播放 button on the player starts it */ });
  }
  function showExternal(entry, why) {
    var message = $("player-message");
    message.textContent = why + "：" + entry.title + "。";
    var a = el("a", "用系统播放器打开");
    a.href = href(entry.file);
    message.appendChild(a);
  }
  player.addEventListener("playing", function () {
    var entry = queue[position];
    if (!entry || record) return;
    record = { start: logTime(new Date()), file: entry.file };
    saveRecord();
  });
  player.addEventListener("timeupdate", function () {
    if (record && Date.now() - lastSaved > 5000) saveRecord();
  });
  player.addEventListener("ended", function () { playAt(position + 1); });
  player.addEventListener("error", function () {
    var entry = queue[position];
    if (!entry) return;
    showExternal(entry, "无法在网页里播放（文件不在或格式不支持），已跳到下一个");
    playAt(position + 1);
  });
  window.addEventListener("pagehide", closeRecord);
  $("next").addEventListener("click", function () { playAt(position + 1); });
  $("stop").addEventListener("click", function () {
    closeRecord();
    player.pause();
    $("now-playing").textContent = "已停止。";
  });
  $("play-day").addEventListener("click", function () {
    queue = dayQueue.map(function (q) {
      var kind = window.YuanjiaoLibrary.byFile[q.file];
      return { title: q.title, file: q.file, node: q.node, plays: kind ? kind.plays : true };
    });
    $("player-message").textContent = "";
    playAt(0);
  });

  // ---- the library ----
  var entries = data.library.map(function (e) {
    var title = foldText(e.title);
    return { entry: e, title: title, chars: Array.from(title) };
  });
  var byFile = {};
  data.library.forEach(function (e) { byFile[e.file] = e; });
  window.YuanjiaoLibrary = { byFile: byFile };
  // A pinyin query matches consecutive characters of a title, each by a full reading, its initial, or
  // (for the last one typed) the start of a reading: "falv", "fl", "fal" all find 法律.
  function matchFrom(q, pos, chars, i) {
    if (pos === q.length) return true;
    if (i >= chars.length) return false;
    var readings = data.pinyin[chars[i]];
    var options = readings ? readings.split(" ") : [chars[i]];
    for (var r = 0; r < options.length; r++) {
      var reading = options[r];
      if (q.startsWith(reading, pos) && matchFrom(q, pos + reading.length, chars, i + 1)) return true;
      if (reading.length > 1 && q[pos] === reading[0] && matchFrom(q, pos + 1, chars, i + 1)) return true;
      if (reading.startsWith(q.slice(pos))) return true;
    }
    return false;
  }
  function matches(q, item) {
    if (item.title.indexOf(q) >= 0) return true;
    if (!/^[a-z]+$/.test(q)) return false;
    for (var i = 0; i < item.chars.length; i++) if (matchFrom(q, 0, item.chars, i)) return true;
    return false;
  }
  var topicSelect = $("topic");
  Object.keys(data.topics).sort().forEach(function (id) {
    var option = el("option", topicName(id));
    option.value = id;
    topicSelect.appendChild(option);
  });
  var shownLimit = 300;
  function renderLibrary() {
    var q = foldText($("search").value).replace(/\s+/g, "");
    var topic = topicSelect.value;
    var found = entries.filter(function (item) {
      return (!topic || item.entry.topic === topic) && (!q || matches(q, item));
    });
    var results = $("results");
    results.textContent = "";
    found.slice(0, shownLimit).forEach(function (item) {
      var e = item.entry;
      var li = el("li");
      if (e.id !== null && e.id !== undefined) li.setAttribute("data-id", String(e.id));
      li.appendChild(el("strong", e.title));
      li.appendChild(el("span", " · " + topicName(e.topic) + (e.duration ? " · " + minutes(e.duration) : "") + " ", "meta"));
      if (e.plays) {
        var button = el("button", "▶ 播放");
        button.type = "button";
        button.addEventListener("click", function () {
          queue = [{ title: e.title, file: e.file, plays: true }];
          $("player-message").textContent = "";
          playAt(0);
        });
        li.appendChild(button);
      } else {
        li.appendChild(el("span", e.kind === "document" ? "（资料）" : "（网页不能播放这种格式）", "meta"));
      }
      var a = el("a", e.plays ? "用系统播放器打开" : "打开");
      a.href = href(e.file);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      results.appendChild(li);
    });
    $("result-count").textContent = "共 " + found.length + " 个" + (found.length > shownLimit ? "，显示前 " + shownLimit + " 个，请输入更多字缩小范围" : "");
  }
  $("search").addEventListener("input", renderLibrary);
  topicSelect.addEventListener("change", renderLibrary);
  renderLibrary();
  window.YUANJIAO_READY = performance.now();
})();

"""#
}
