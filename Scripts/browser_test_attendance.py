"""Attendance in the web console, in headless Chromium: a station enters who came to a session, the county
office prints the year-end members' attendance table to PDF (one A4 page).

Run by Scripts/browser-test.sh after browser_test.py (which plans December 2026). It serves its own copy of
Samples/stations.yaml with a members.csv beside it (the sample county has no member list) on the same catalogue.
"""
import base64
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

import browser_test_support as support

BIN = os.environ["YUANJIAO_BIN"]
WORK = os.environ["YUANJIAO_WORK"]
PORT = int(os.environ.get("YUANJIAO_ATTENDANCE_PORT", "18094"))
URL = f"http://127.0.0.1:{PORT}"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def serve():
    folder = os.path.join(WORK, "attendance")
    os.makedirs(folder, exist_ok=True)
    shutil.copy(os.path.join(ROOT, "Samples", "stations.yaml"), os.path.join(folder, "stations.yaml"))
    with open(os.path.join(folder, "members.csv"), "w", encoding="utf-8") as file:
        file.write("station,name,role,group\nshuangqiao,张三,党员,一组\nshuangqiao,李四,群众,二组\nshuangqiao,王五,党员,一组\n")
    log = open(os.path.join(folder, "serve.log"), "w")
    server = subprocess.Popen([BIN, "serve", "--stations", os.path.join(folder, "stations.yaml"), "--port", str(PORT)],
                              stdout=log, stderr=log)
    for _ in range(100):
        try:
            urllib.request.urlopen(URL + "/login", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    return server


def main():
    server = serve()
    driver = support.browser()
    try:
        support.login(driver, URL, "wang")
        driver.get(URL + "/station/shuangqiao/attendance?m=2026-12")
        links = driver.find_elements(By.CSS_SELECTOR, "a[href*='/attendance?date=']")
        support.check("签到页列出本月的学习场次", links, driver.page_source[:300])
        if links:
            links[0].click()
            support.wait_until_replaced(driver, links[0])
            WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.NAME, "visitors")))
            boxes = driver.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name^=present]")
            support.check("签到表列出本站三位成员", len(boxes) == 3, f"{len(boxes)} 个")
            for box in boxes[:2]:
                box.click()
            driver.find_element(By.NAME, "visitors").send_keys("4")
            driver.find_element(By.XPATH, "//button[text()='保存签到']").click()
            WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "p.ok")))
            checked = driver.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name^=present]:checked")
            support.check("保存后两位成员已签到、群众人数为 4",
                          len(checked) == 2 and driver.find_element(By.NAME, "visitors").get_attribute("value") == "4")
        driver.get(URL + "/report?year=2026&table=members")
        support.check("站点管理员不能打开县级报表（403）", "不能打开这个页面" in driver.page_source)

        support.login(driver, URL, "admin")
        driver.get(URL + "/report?year=2026&table=members")
        support.check("年终成员出勤表列出成员姓名", "张三" in driver.page_source and "成员出勤" in driver.page_source)
        pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": True})["data"])
        with open(os.path.join(WORK, "members-2026.pdf"), "wb") as file:
            file.write(pdf)
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        support.check("年终成员出勤表打印为一页 A4 PDF", pages == 1, f"{pages} 页")
    finally:
        driver.quit()
        server.terminate()
        server.wait()
    sys.exit(support.summary("签到浏览器测试"))


main()
