"""Drives the web console in headless Chromium, as the county office, a librarian and a station would.

Run through Scripts/browser-test.sh, which installs the browser, builds yuanjiao, fills a sample
catalogue, creates the accounts and starts `yuanjiao serve`.
"""
import base64
import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

import browser_test_support as support
from browser_test_support import browser, check

URL = os.environ["YUANJIAO_URL"]
BIN = os.environ["YUANJIAO_BIN"]
WORK = os.environ["YUANJIAO_WORK"]
SHOTS = os.environ["YUANJIAO_SCREENSHOTS"]


def login(driver, name):
    support.login(driver, URL, name)


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def main():
    driver = browser()
    try:
        # A librarian: search by pinyin, confirm a suggested topic.
        login(driver, "lib")
        check("馆员登录后进入审核队列", driver.current_url.endswith("/review"), driver.current_url)
        driver.get(URL + "/search?q=falv")
        marks = driver.find_elements(By.CSS_SELECTOR, ".snippet mark")
        check("检索 falv 找到并标出「法律」", marks and "法" in marks[0].text, driver.page_source[:300])
        shot(driver, "search")
        driver.get(URL + "/review")
        total_before = int(re.search(r"共 (\d+) 个", driver.page_source).group(1))
        shot(driver, "review")
        buttons = driver.find_elements(By.XPATH, "//div[@class='suggestion']//button[text()='确认']")
        check("审核队列中有建议主题可以确认", buttons)
        if buttons:
            buttons[0].click()
            # The URL is /review before and after the post; only the old page going stale proves the new one loaded.
            support.wait_until_replaced(driver, buttons[0])
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
            total_after = int(re.search(r"共 (\d+) 个", driver.page_source).group(1))
            check("确认后课件离开审核队列", total_after == total_before - 1, f"{total_before} → {total_after}")
        driver.get(URL + "/month")
        check("馆员不能打开月计划（403）", "不能打开这个页面" in driver.page_source)
        driver.get(URL + "/search?q=" + urllib.parse.quote("田间示范秀"))
        check("检索列出节目单中还没有录像的节目", "节目单中还没有录像的节目" in driver.page_source and "田间示范秀" in driver.page_source)
        driver.get(URL + "/upcoming")
        check("「即将播出」页打开", "<h1>即将播出</h1>" in driver.page_source, driver.page_source[:300])
        shot(driver, "upcoming")

        # The county office: plan December 2026.
        login(driver, "admin")
        driver.get(URL + "/month?m=2026-12")
        driver.find_element(By.CSS_SELECTOR, "form[action='/month/plan'] button").click()
        WebDriverWait(driver, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.sessions")))
        check("排 2026 年 12 月的计划后显示各站课表", "集中学习日" in driver.page_source)
        check("计划复查结果显示在月计划页", "复查" in driver.page_source)
        details = driver.find_elements(By.CSS_SELECTOR, "table.sessions details")
        if details:
            details[0].click()
        shot(driver, "month")
        driver.get(URL + "/stations")
        check("站点页显示站点文件检查结果", "站点文件检查通过" in driver.page_source)
        shot(driver, "stations")

        # A station: its page, the poster printed to one A4 page, the bundle verified.
        login(driver, "wang")
        check("站点管理员进入本站页面", "/station/shuangqiao" in driver.current_url, driver.current_url)
        driver.get(URL + "/station/shuangqiao?m=2026-12")
        shot(driver, "station")
        driver.get(URL + "/station/longhe?m=2026-12")
        check("站点管理员不能看别的站点（403）", "不能打开这个页面" in driver.page_source)
        driver.get(URL + "/station/shuangqiao/2026-12/script")
        players = driver.find_elements(By.CSS_SELECTOR, "audio[src$='audio.wav']")
        if shutil.which("espeak-ng"):
            check("喇叭广播稿页有可播放的录音", players)
            if players:
                driver.execute_script("document.querySelector('audio').load();")
                WebDriverWait(driver, 60).until(lambda d: d.execute_script(
                    "var a = document.querySelector('audio'); return a.readyState >= 1 || a.error !== null;"))
                duration = driver.execute_script("var a = document.querySelector('audio'); return a.error ? -1 : a.duration;")
                check("浏览器能读出广播录音（WAV）", duration and duration > 1, f"duration={duration}")
        else:
            print("跳过 广播录音：这台电脑没有安装 espeak-ng", flush=True)
        driver.get(URL + "/station/shuangqiao/2026-12/poster")
        shot(driver, "poster")
        pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": True})["data"])
        pdf_path = os.path.join(WORK, "poster.pdf")
        with open(pdf_path, "wb") as file:
            file.write(pdf)
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        check("海报打印为一页 A4 PDF", pages == 1, f"{pages} 页")

        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        request = urllib.request.Request(URL + "/bundles/shuangqiao/2026-12.zip", headers={"Cookie": cookie})
        zip_path = os.path.join(WORK, "bundle.zip")
        with opener.open(request) as response, open(zip_path, "wb") as file:
            file.write(response.read())
        unpacked = os.path.join(WORK, "unpacked")
        zipfile.ZipFile(zip_path).extractall(unpacked)
        # As 说明.txt tells the station: the courseware folder goes beside the bundle, as 课件.
        shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Samples", "courseware"),
                        os.path.join(unpacked, "课件"))
        verify = subprocess.run([BIN, "verify", os.path.join(unpacked, "shuangqiao")], capture_output=True, text=True)
        check("下载的下发包解压后 yuanjiao verify 通过", verify.returncode == 0, verify.stdout + verify.stderr)
    finally:
        driver.quit()

    sys.exit(support.summary("浏览器测试"))


main()
