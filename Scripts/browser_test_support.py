"""What the browser tests share: the headless Chromium, logging in as a person would, and the pass/fail list."""
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

PASSWORDS = {"admin": "admin-secret-1", "lib": "librarian-secret", "wang": "station-secret"}
results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition)))
    print(("通过 " if condition else "失败 ") + name + ("" if condition else f"：{detail}"), flush=True)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,800", "--lang=zh-CN"):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def login(driver, url, name):
    driver.delete_all_cookies()
    driver.get(url + "/login")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORDS[name])
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "form.logout")))


def wait_until_replaced(driver, element):
    """Waits for the page holding `element` to be replaced. Chromium sometimes reports a node of the page just left
    as "does not belong to the document" instead of stale, which Selenium's `staleness_of` does not catch."""
    def replaced(_):
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
    WebDriverWait(driver, 10).until(replaced)


def summary(title):
    failed = [name for name, ok in results if not ok]
    print(f"{title}：{len(results) - len(failed)} 项通过，{len(failed)} 项失败")
    return 1 if failed else 0
