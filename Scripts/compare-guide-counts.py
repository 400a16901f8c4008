#!/usr/bin/env python3
"""Compares what `yuanjiao index --guide` keeps of XMLTV guides with an independent reading (Python's stdlib
xml.etree). For each guide: <programme> elements, distinct channel+start slots with a readable time (what the
catalogue should hold: repeats, clump parts and placeholders share a slot), and the catalogue's own rows.

    python3 Scripts/compare-guide-counts.py [--yuanjiao .build/release/yuanjiao] GUIDE.xml [GUIDE.xml.gz ...]

Exit 1 when a guide's slot count and the catalogue's row count differ.
"""
import argparse
import datetime
import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
NAMED = {"UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "CST": 480}
TIME = re.compile(r"^\s*(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?\s*(.*?)\s*$")


def epoch(text):
    """XMLTV time → seconds since 1970, or None; no offset means Beijing time, as the catalogue reads it."""
    match = TIME.match(text or "")
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else d for g, d in zip(match.groups()[:6], (0, 1, 1, 0, 0, 0)))
    if not 1970 <= year <= 2100:
        return None
    zone = match.group(7)
    try:
        if not zone:
            tz = BEIJING
        elif zone.upper() in NAMED:
            tz = datetime.timezone(datetime.timedelta(minutes=NAMED[zone.upper()]))
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = datetime.timezone(sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
        return int(datetime.datetime(year, month, day, hour, minute, second, tzinfo=tz).timestamp())
    except (ValueError, IndexError):
        return None


def independent_counts(path):
    opener = gzip.open if path.endswith(".gz") else open
    elements, slots = 0, set()
    with opener(path, "rb") as handle:
        for _, element in ET.iterparse(handle):
            if element.tag == "programme":
                elements += 1
                start = epoch(element.get("start"))
                if element.get("channel") and start is not None:
                    slots.add((element.get("channel"), start))
                element.clear()
    return elements, len(slots)


def catalogue_counts(yuanjiao, path):
    with tempfile.TemporaryDirectory() as folder:
        catalog = os.path.join(folder, "catalog.sqlite")
        empty = os.path.join(folder, "courseware")
        os.mkdir(empty)
        result = subprocess.run(
            [yuanjiao, "index", empty, "--guide", path, "--json", "--catalog", catalog],
            capture_output=True, text=True)
        report = json.loads(result.stdout) if result.stdout.strip() else {}
        rows = sqlite3.connect(catalog).execute("SELECT count(*) FROM programme").fetchone()[0]
        return result.returncode, report, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--yuanjiao", default=".build/debug/yuanjiao")
    parser.add_argument("guides", nargs="+")
    arguments = parser.parse_args()
    mismatches = 0
    print(f"{'guide':40} {'elements':>9} {'slots':>7} {'rows':>7} {'counted':>8} {'warnings':>9} exit")
    for path in arguments.guides:
        elements, slots = independent_counts(path)
        status, report, rows = catalogue_counts(arguments.yuanjiao, path)
        mismatches += slots != rows
        print(f"{os.path.basename(path):40} {elements:9} {slots:7} {rows:7} {report.get('programmes', '-'):>8} "
              f"{len(report.get('warnings', [])):9} {status}{'' if slots == rows else '  ≠'}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
