#!/usr/bin/env python3
"""Writes a synthetic XMLTV guide of about SIZE_MB megabytes for the guide-import benchmark.

    Benchmarks/make-xmltv.py OUT SIZE_MB [--seed N] [--no-declaration]

Realistic in shape: a few dozen channels, programmes back to back per channel from 2026-12-01, Chinese titles
with episode markers, sub-titles, one to three sentence descriptions, categories and keywords, some English
titles, xmltv_ns and onscreen episode numbers; about one programme in six has no stop (inferred from <length>
or from the next programme). Deterministic for a given seed. UTF-8.
"""
import argparse
import datetime
import random
import sys
from xml.sax.saxutils import escape, quoteattr

CHANNELS = [
    ("CCTV-7", "CCTV-7 农业农村"), ("CCTV-1", "CCTV-1 综合"), ("CCTV-2", "CCTV-2 财经"), ("CCTV-10", "CCTV-10 科教"),
    ("CCTV-12", "CCTV-12 社会与法"), ("CCTV-13", "CCTV-13 新闻"), ("CCTV-14", "CCTV-14 少儿"),
    ("CCTV-17", "CCTV-17 农业农村"), ("先锋频道", "先锋频道"), ("农广天地", "农广天地"), ("中国教育1", "中国教育电视台一套"),
    ("中国教育4", "中国教育电视台四套"), ("四川卫视", "四川卫视"), ("湖南卫视", "湖南卫视"), ("河南卫视", "河南卫视"),
    ("山东卫视", "山东卫视"), ("云南卫视", "云南卫视"), ("贵州卫视", "贵州卫视"), ("陕西农林卫视", "陕西农林卫视"),
    ("广西卫视", "广西卫视"), ("远教一台", "党员远程教育一台"), ("远教二台", "党员远程教育二台"),
    ("法治频道", "法治频道"), ("科教频道", "科教频道"),
]

SERIES = [
    ("水稻种植技术", "农业", ["水稻", "育秧", "病虫害"]), ("果树冬季修剪", "农业", ["果树", "修剪"]),
    ("生猪养殖疫病防控", "农业", ["生猪", "疫病", "消毒"]), ("大棚蔬菜管理", "科技", ["大棚", "蔬菜", "保温"]),
    ("乡村法治课堂", "法制", ["法律", "土地流转", "合同"]), ("农村法律知识讲座", "法制", ["婚姻法", "继承", "调解"]),
    ("党员教育专题片", "党建", ["党员", "第一书记", "基层党建"]), ("政策解读", "政策", ["乡村振兴", "医保", "养老保险"]),
    ("道德讲堂", "道德", ["孝老爱亲", "诚信", "邻里"]), ("红色故事汇", "少儿", ["革命先辈", "少先队"]),
    ("科技苑", "科技", ["农机", "新品种", "节水灌溉"]), ("致富经", "农业", ["电商", "合作社", "特色产业"]),
    ("每日农经", "农业", ["价格", "市场行情"]), ("乡村大世界", "文化", ["民俗", "戏曲"]),
    ("安全生产知识", "法制", ["防火", "用电安全", "交通安全"]), ("健康中国", "卫生", ["高血压", "慢性病", "急救"]),
    ("小麦冬前管理", "农业", ["小麦", "冬灌", "镇压"]), ("茶叶种植与加工", "农业", ["茶园", "采摘", "制茶"]),
    ("中药材种植", "农业", ["中药材", "黄芪", "林下经济"]), ("留守儿童心理辅导", "少儿", ["心理健康", "亲子沟通"]),
]

SUBTITLES = [
    "冬季管理要点", "常见问题解答", "专家田间课堂", "典型案例分析", "政策问答", "技术示范", "返乡创业故事",
    "合作社带头人访谈", "基层干部说", "村民身边事", "新技术新品种", "防灾减灾", "节本增效", "绿色防控",
]

SENTENCES = [
    "专家深入田间地头，现场讲解关键技术要点和常见误区。",
    "节目通过真实案例，帮助农民群众学法、知法、守法、用法。",
    "介绍当地合作社带动农户增收的做法和经验。",
    "提醒广大农户注意天气变化，提前做好防寒保温措施。",
    "讲解最新惠农政策的申请条件、办理流程和注意事项。",
    "展现基层党员干部扎根乡村、服务群众的感人事迹。",
    "从选种、育苗、施肥到病虫害防治，系统讲解全过程管理。",
    "邀请村民代表交流心得，分享脱贫致富的实用经验。",
    "以通俗易懂的语言，讲解家庭常见疾病的预防和急救常识。",
    "倡导孝老爱亲、诚实守信、邻里互助的文明乡风。",
    "演示新型农机具的操作方法和日常保养要点。",
    "为留守儿童讲述革命先辈的故事，培养爱国情怀。",
]

ENGLISH = ["Rice Farming", "Orchard Pruning", "Pig Health", "Greenhouse Vegetables", "Rural Law Class",
           "Policy Explained", "Science Garden", "Road to Prosperity"]

NUMERALS = "零一二三四五六七八九十"


def chinese_number(n):
    if n <= 10:
        return NUMERALS[n]
    if n < 20:
        return "十" + (NUMERALS[n - 10] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return NUMERALS[tens] + "十" + (NUMERALS[ones] if ones else "")


def xmltv_time(moment):
    return moment.strftime("%Y%m%d%H%M%S") + " +0800"


def programme(rng, channel, start, minutes, episode_counter):
    name, category, keywords = rng.choice(SERIES)
    episode_counter[name] = episode_counter.get(name, 0) + 1
    episode = episode_counter[name] % 60 + 1
    marker = rng.random()
    if marker < 0.35:
        title = f"{name}（第{chinese_number(episode)}集）"
    elif marker < 0.5:
        title = f"{name}第{episode}讲"
    elif marker < 0.6:
        title = f"{name}（{rng.choice('上下')}）"
    else:
        title = name
    stop = start + datetime.timedelta(minutes=minutes)
    kind = rng.random()
    if kind < 0.08:
        times = f'start="{xmltv_time(start)}"'  # stop from the next programme
        length = None
    elif kind < 0.16:
        times = f'start="{xmltv_time(start)}"'
        length = minutes
    else:
        times = f'start="{xmltv_time(start)}" stop="{xmltv_time(stop)}"'
        length = None
    out = [f"  <programme {times} channel={quoteattr(channel)}>\n",
           f'    <title lang="zh">{escape(title)}</title>\n']
    if rng.random() < 0.2:
        out.append(f'    <title lang="en">{rng.choice(ENGLISH)}</title>\n')
    out.append(f'    <sub-title lang="zh">{rng.choice(SUBTITLES)}</sub-title>\n')
    description = "".join(rng.sample(SENTENCES, rng.randint(1, 3)))
    out.append(f'    <desc lang="zh">{escape(description)}</desc>\n')
    out.append(f'    <category lang="zh">{category}</category>\n')
    if rng.random() < 0.3:
        out.append('    <category lang="en">Education</category>\n')
    for keyword in rng.sample(keywords, min(len(keywords), rng.randint(0, 2))):
        out.append(f'    <keyword lang="zh">{keyword}</keyword>\n')
    if rng.random() < 0.25:
        out.append(f'    <episode-num system="xmltv_ns">0.{episode - 1}.</episode-num>\n')
    elif rng.random() < 0.1:
        out.append(f'    <episode-num system="onscreen">E{episode:02d}</episode-num>\n')
    if length:
        out.append(f'    <length units="minutes">{length}</length>\n')
    out.append("  </programme>\n")
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("size_mb", type=float)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-declaration", action="store_true", help="omit the XML declaration")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    limit = int(args.size_mb * 1024 * 1024)
    clocks = {channel: datetime.datetime(2026, 12, 1, 6, 0) for channel, _ in CHANNELS}
    counters = {channel: {} for channel, _ in CHANNELS}
    written = 0
    count = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        head = [] if args.no_declaration else ['<?xml version="1.0" encoding="UTF-8"?>\n']
        head += ['<!DOCTYPE tv SYSTEM "xmltv.dtd">\n',
                 '<tv source-info-name="Yuanjiao benchmark" generator-info-name="make-xmltv.py">\n']
        for channel, display in CHANNELS:
            head.append(f'  <channel id={quoteattr(channel)}>\n    <display-name lang="zh">{escape(display)}</display-name>\n  </channel>\n')
        text = "".join(head)
        out.write(text)
        written += len(text.encode("utf-8"))
        while written < limit:
            batch = []
            for _ in range(1000):
                channel, _ = rng.choice(CHANNELS)
                minutes = rng.choice([5, 15, 25, 30, 30, 45, 60])
                batch.append(programme(rng, channel, clocks[channel], minutes, counters[channel]))
                clocks[channel] += datetime.timedelta(minutes=minutes)
            text = "".join(batch)
            out.write(text)
            written += len(text.encode("utf-8"))
            count += len(batch)
        out.write("</tv>\n")
    print(f"{args.out}: {written / 1048576:.1f} MiB, {len(CHANNELS)} channels, {count} programmes", file=sys.stderr)


if __name__ == "__main__":
    main()
