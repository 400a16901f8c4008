"""The station page (index.html) of a copied bundle over file://, in headless Chromium: the day's items in
planned order, search by Chinese, 繁體, pinyin and initials, an MP4 playing in the page, the play log exported
and imported with `yuanjiao playlog import`, hostile titles shown as text, no request beyond file:/data:/blob:,
no console errors; then the open time for a month of 200 items and a library of 2,000 files."""
import json
import os
import random
import shutil
import subprocess
import time

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser_test_support import check, summary

BIN = os.environ["YUANJIAO_BIN"]
WORK = os.environ["YUANJIAO_WORK"]
BUNDLE = os.path.join(WORK, "copy")
DOWNLOADS = os.path.join(WORK, "downloads")
DAY = "2026-12-27"
# The station PC's clock during the test: the evening of a planned day of the bundle's month.
FIXED_CLOCK = """(function () {
  var Real = Date, offset = Real.parse('2026-12-27T19:30:00') - Real.now();
  function Fixed() { return arguments.length ? new (Function.prototype.bind.apply(Real, [null].concat(Array.from(arguments))))() : new Real(Real.now() + offset); }
  Fixed.now = function () { return Real.now() + offset; };
  Fixed.parse = Real.parse; Fixed.UTC = Real.UTC; Fixed.prototype = Real.prototype;
  window.Date = Fixed;
})();"""


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
                 "--autoplay-policy=no-user-gesture-required"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": DOWNLOADS, "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIXED_CLOCK})
    return driver


def page_url(folder, query=""):
    return "file://" + os.path.join(folder, "index.html") + query


def requested_urls(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def result_ids(driver, query):
    box = driver.find_element(By.CSS_SELECTOR, "input[type=search]")
    box.clear()
    box.send_keys(query)
    return [li.get_attribute("data-id") for li in driver.find_elements(By.CSS_SELECTOR, "#results li[data-id]")]


def hostile_copy():
    """The bundle with titles that try to break out of the page; only data.js changes."""
    folder = os.path.join(WORK, "hostile")
    shutil.copytree(BUNDLE, folder)
    path = os.path.join(folder, "station", "data.js")
    text = open(path, encoding="utf-8").read()
    prefix, _, body = text.partition("window.YUANJIAO_STATION = ")
    data = json.loads(body.rstrip().rstrip(";"))
    data["library"][0]["title"] = "</script><img src=x onerror=\"window.PWNED=1\">\"'&lt;"
    data["sessions"][0]["items"][0]["title"] = "<b onmouseover=alert(1)>粗</b>"
    data["sessions"][0]["items"][0]["why"] = "<script>window.PWNED=2</script>"
    open(path, "w", encoding="utf-8").write(prefix + "window.YUANJIAO_STATION = " + json.dumps(data, ensure_ascii=False) + ";\n")
    return folder, data


def large_copy():
    """The bundle's page with a month of 200 items and a library of 2,000 files (titles from the sample's
    characters), to time how long the page takes to show the day."""
    folder = os.path.join(WORK, "large")
    shutil.copytree(BUNDLE, folder)
    path = os.path.join(folder, "station", "data.js")
    text = open(path, encoding="utf-8").read()
    prefix, _, body = text.partition("window.YUANJIAO_STATION = ")
    data = json.loads(body.rstrip().rstrip(";"))
    rng = random.Random(22)
    chars = sorted(data["pinyin"].keys())
    library = []
    for n in range(2000):
        title = "".join(rng.choice(chars) for _ in range(rng.randint(6, 16))) + f"（第{n % 30 + 1}讲）"
        library.append({"id": 10000 + n, "title": title, "topic": rng.choice(list(data["topics"])), "duration": 1800,
                        "file": f"课件/合集{n // 100}/{title}.mp4", "kind": "video", "plays": True})
    sessions = []
    for s in range(20):
        items = [dict(library[s * 10 + i], start=i * 600, why="按本月主题比例选入") for i in range(10)]
        sessions.append({"date": f"2026-12-{s + 1:02d}", "start": "19:00", "end": "21:00", "kind": "weekly",
                         "kindName": "每周学习", "items": items})
    data["library"], data["sessions"] = library, sessions
    open(path, "w", encoding="utf-8").write(prefix + "window.YUANJIAO_STATION = " + json.dumps(data, ensure_ascii=False) + ";\n")
    shipped = sum(os.path.getsize(os.path.join(folder, "station", name)) for name in ("data.js", "fold.js", "page.js", "page.css"))
    return folder, shipped


def main():
    os.makedirs(DOWNLOADS, exist_ok=True)
    plan = json.load(open(os.path.join(BUNDLE, "plan.json"), encoding="utf-8"))
    planned = [str(item["id"]) for s in plan["stations"][0]["sessions"] if s["date"] == DAY for item in s["items"]]
    driver = browser()
    try:
        driver.get(page_url(BUNDLE, "?date=" + DAY))
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.YUANJIAO_READY !== undefined"))
        shown = [li.get_attribute("data-id") for li in driver.find_elements(By.CSS_SELECTOR, "#today li[data-id]")]
        check("当天的节目按计划顺序显示", shown == planned and planned, f"{shown} ≠ {planned}")
        check("每个节目显示排课理由", len(driver.find_elements(By.CSS_SELECTOR, "#today .why")) == len(planned))
        check("两个汉字检索（水稻）", "6" in result_ids(driver, "水稻"), result_ids(driver, "水稻"))
        check("一个汉字检索（稻）", "6" in result_ids(driver, "稻"))
        check("繁体检索（電商）", "1" in result_ids(driver, "電商"), result_ids(driver, "電商"))
        check("全拼检索（shuidao）", "6" in result_ids(driver, "shuidao"), result_ids(driver, "shuidao"))
        check("首字母检索（sdyy）", "6" in result_ids(driver, "sdyy"), result_ids(driver, "sdyy"))
        check("检索不到的不列出", result_ids(driver, "zzzzqq") == [])
        result_ids(driver, "水稻育秧")
        driver.find_element(By.CSS_SELECTOR, "#results li[data-id='6'] button").click()
        advanced = False
        for _ in range(50):
            if driver.execute_script("return document.getElementById('player').currentTime") > 0.5:
                advanced = True
                break
            time.sleep(0.2)
        check("MP4 在页面里播放（currentTime 前进）", advanced, driver.find_element(By.ID, "player-message").text)
        driver.find_element(By.ID, "stop").click()
        driver.find_element(By.ID, "export-log").click()
        exported = None
        for _ in range(50):
            names = [n for n in os.listdir(DOWNLOADS) if n.endswith(".csv")]
            if names:
                exported = os.path.join(DOWNLOADS, names[0])
                break
            time.sleep(0.2)
        check("导出播放记录下载了 CSV", exported is not None)
        if exported:
            returned = os.path.join(BUNDLE, "playlog-2026-12-网页.csv")
            shutil.copy(exported, returned)
            text = open(returned, encoding="utf-8-sig").read()
            check("播放记录的表头和文件", text.startswith("start,end,file,station") and "水稻育秧技术.mp4" in text, text)
            run = subprocess.run([BIN, "playlog", "import", returned, "--json"], capture_output=True, text=True)
            report = json.loads(run.stdout or "{}")
            check("playlog import 导入网页导出的播放记录", run.returncode == 0, run.stdout + run.stderr)
            print(json.dumps(report, ensure_ascii=False)[:300])
        urls = requested_urls(driver)
        outside = [u for u in urls if not u.startswith(("file:", "data:", "blob:"))]
        check("没有 file:/data:/blob: 以外的请求", not outside and urls, outside)
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        check("浏览器控制台没有错误", not errors, errors)

        folder, data = hostile_copy()
        driver.get(page_url(folder, "?date=" + data["sessions"][0]["date"]))
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.YUANJIAO_READY !== undefined"))
        body = driver.find_element(By.TAG_NAME, "body").text
        check("恶意标题按文字显示", "</script><img src=x" in body and "<b onmouseover=alert(1)>粗</b>" in body, body[:400])
        check("恶意标题没有执行", driver.execute_script("return window.PWNED === undefined") and
              not driver.find_elements(By.CSS_SELECTOR, "#results img, #today b, #today script"))

        folder, shipped = large_copy()
        timings = []
        for _ in range(5):
            driver.get(page_url(folder, "?date=2026-12-10"))
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.YUANJIAO_READY !== undefined"))
            timings.append(driver.execute_script("return window.YUANJIAO_READY"))
        items = len(driver.find_elements(By.CSS_SELECTOR, "#today li[data-id]"))
        timings.sort()
        median = timings[len(timings) // 2]
        print(f"基准 站点页面（200 个节目、2000 个文件）：显示当天用时 中位数 {median:.0f} ms（{', '.join(f'{t:.0f}' for t in timings)}），"
              f"页面数据 {shipped / 1e6:.2f} MB；参照：同一 Chromium 打开 Samples 下发包页面 见下一行")
        check("大下发包当天显示 10 个节目", items == 10, items)
        check("大下发包 1 秒内显示当天", median < 1000, timings)
        check("大下发包页面数据小于 2 MB", shipped < 2_000_000, shipped)
        driver.get(page_url(BUNDLE, "?date=" + DAY))
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.YUANJIAO_READY !== undefined"))
        print(f"参照 Samples 下发包页面（{len(planned)} 个节目）：显示当天用时 {driver.execute_script('return window.YUANJIAO_READY'):.0f} ms")
    finally:
        driver.quit()
    return summary("站点页面浏览器测试")


if __name__ == "__main__":
    raise SystemExit(main())
