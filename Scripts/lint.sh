#!/usr/bin/env bash
# The project's own rules that the compiler does not check (CI runs this from Scripts/test.sh):
#  1. no early `return` in a test: a test that returns before its expectations passes without asserting
#     (use `try #require(…)`, `Issue.record`, or a trait such as `.enabled(if:)`);
#  2. no sleeps in tests: await the condition; another process's progress is polled in
#     Tests/CLITests/ProcessPolling.swift alone;
#  3. one `ExitCode(…)` in the whole of Sources/ (ProgramExit): commands throw errors, mapped to exit codes once;
#  4. no compiler warnings in our own sources (Sources/, Tests/; dependencies are not ours).
# LINT_SKIP_BUILD=1 checks 1 to 3 only (the warnings need a build of our modules).
set -uo pipefail
cd "$(dirname "$0")/.."
failed=0

early=$(grep -rnE '(^|[{;][[:space:]]*)return[[:space:]]*(\}|$)' Tests --include='*.swift')
if [ -n "$early" ]; then
    echo "测试里不能提前 return（改用 try #require 或 Issue.record）：" >&2
    echo "$early" >&2
    failed=1
fi

sleeps=$(grep -rnE 'Task\.sleep|Thread\.sleep|usleep\(|(^|[^.A-Za-z_])sleep\(' Tests --include='*.swift' \
    | grep -v '^Tests/CLITests/ProcessPolling.swift:' | grep -vE 'func sleep\(')
if [ -n "$sleeps" ]; then
    echo "测试里不能 sleep（等待条件本身；轮询别的进程只在 Tests/CLITests/ProcessPolling.swift）：" >&2
    echo "$sleeps" >&2
    failed=1
fi

# One error → exit code map: commands throw errors (`YuanjiaoError.reported(kind)` after their own output);
# `ProgramExit` alone, used by both programs, turns an error into an `ExitCode` — exactly once.
exits=$(grep -rn 'ExitCode(' Sources --include='*.swift')
if [ "$(echo "$exits" | grep -c .)" -gt 1 ] || [ -n "$(echo "$exits" | grep -v '^Sources/ProgramExit/ProgramExit.swift:')" ]; then
    echo "ExitCode 只能在 Sources/ProgramExit/ProgramExit.swift 出现一次（命令抛出 YuanjiaoError，由 ProgramExit 统一换成退出码）：" >&2
    echo "$exits" >&2
    failed=1
fi

if [ "${LINT_SKIP_BUILD:-0}" != 1 ]; then
    # Touching our sources makes the build compile (and warn about) every one of them again; the
    # dependencies stay built.
    find Sources Tests -name '*.swift' -exec touch {} +
    log=$(mktemp)
    if ! swift build --build-tests -j "${LINT_JOBS:-$(nproc)}" >"$log" 2>&1; then
        tail -40 "$log" >&2
        echo "编译失败" >&2
        failed=1
    fi
    warnings=$(grep -E ': warning:' "$log" | grep -v '/.build/' | grep -E '/(Sources|Tests)/' | sort -u)
    if [ -n "$warnings" ]; then
        echo "本项目代码有 $(echo "$warnings" | wc -l) 条编译警告（应为 0）：" >&2
        echo "$warnings" >&2
        failed=1
    fi
    rm -f "$log"
fi

[ "$failed" = 0 ] && echo "lint 通过"
exit "$failed"
