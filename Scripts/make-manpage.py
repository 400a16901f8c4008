#!/usr/bin/env python3
"""Writes the yuanjiao(1) man page from the commands' own help (`yuanjiao --experimental-dump-help`),
so the page says exactly what `--help` says. Equivalent to swift-argument-parser's generate-manual
plugin, without building the plugin's tool in a second configuration.

usage: make-manpage.py DUMP.json VERSION > yuanjiao.1
"""
import json
import sys


def roff(text):
    """Escapes text for roff: backslashes, and lines starting with a dot or apostrophe."""
    text = (text or "").replace("\\", "\\e")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def synopsis(path, command):
    words = [".B " + " ".join(path)]
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        names = argument.get("names", [])
        long = next((n["name"] for n in names if n["kind"] == "long"), None)
        value = argument.get("valueName", "")
        if argument["kind"] == "positional":
            word = f"<{value}>" + ("..." if argument.get("isRepeating") else "")
        elif argument["kind"] == "flag":
            word = f"--{long}" if long else ""
        else:
            word = f"--{long} <{value}>" if long else ""
        if not word:
            continue
        if argument.get("isOptional"):
            word = f"[{word}]"
        words.append(roff(word))
    return "\n".join(words)


def options(command):
    out = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        names = argument.get("names", [])
        spelled = ", ".join(("--" if n["kind"] == "long" else "-") + n["name"] for n in names)
        if argument["kind"] == "positional":
            spelled = f"<{argument.get('valueName', '')}>"
        elif argument["kind"] == "option":
            spelled += f" <{argument.get('valueName', '')}>"
        out.append(".TP\n.B " + roff(spelled) + "\n" + roff(argument.get("abstract", "")))
    return "\n".join(out)


def section(path, command):
    out = [".SS " + roff(" ".join(path)), roff(command.get("abstract", "")), ".PP", synopsis(path, command)]
    if command.get("discussion"):
        out += [".PP", ".nf", roff(command["discussion"]), ".fi"]
    if command.get("arguments"):
        out.append(options(command))
    for sub in command.get("subcommands", []):
        if sub["commandName"] != "help":
            out.append(section(path + [sub["commandName"]], sub))
    return "\n".join(out)


def main():
    dump = json.load(open(sys.argv[1], encoding="utf-8"))
    version = sys.argv[2]
    root = dump["command"]
    page = [
        f'.TH YUANJIAO 1 "" "yuanjiao {version}" "远教"',
        ".SH NAME",
        "yuanjiao \\- " + roff(root.get("abstract", "")),
        ".SH SYNOPSIS",
        ".B yuanjiao",
        "[--catalog <文件>] <子命令> [选项]",
        ".SH DESCRIPTION",
        ".nf",
        roff(root.get("discussion", "")),
        ".fi",
        ".SH COMMANDS",
    ]
    for sub in root.get("subcommands", []):
        if sub["commandName"] != "help":
            page.append(section(["yuanjiao", sub["commandName"]], sub))
    page += [
        ".SH ENVIRONMENT",
        ".TP\n.B YUANJIAO_CATALOG\n目录文件，默认当前文件夹下的 yuanjiao.sqlite。",
        ".TP\n.B YUANJIAO_DATA\n参考数据文件夹，默认随程序安装的 /usr/share/yuanjiao。",
        ".SH EXIT STATUS",
        "0 成功；1 任务失败；2 用法错误或输入无法读取。",
    ]
    print("\n".join(page))


if __name__ == "__main__":
    main()
