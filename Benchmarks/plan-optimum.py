#!/usr/bin/env python3
"""Exact reference for `yuanjiao-bench optimum` (issue 12): for each station-month instance, the integer-programming
optimum of idle minutes plus topic deviation on the same sessions and courses the planner had.

Input (JSON, from the benchmark): [{"sessions": [minutes], "courses": [[seconds, topic]], "weights": [w],
"series": [[course indices, episode 1 first]] (optional)}].
Output (JSON on stdout): [{"idle": minutes, "deviation": minutes, "status": text, "lower": minutes}], where
"lower" is the solver's proven lower bound on idle + deviation (equal to their sum when the status is optimal).

Model: x[c,s] = 1 when course c plays in session s; each course at most once; a session's courses fit in it;
u[t] >= |minutes of topic t - quota t| with quotas by largest remainder as the planner computes them; a series
plays in episode order, as the planner must (episode j only in a session no earlier than episode j-1's: for every
session s, the sessions up to s hold episode j no more often than episode j-1). Minimise total idle + total
deviation. Seasons and ranking are ignored, so this is a lower bound for the planner's objective.
scipy.optimize.milp (HiGHS), offline.
"""
import json
import os
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix


def quotas(total, weights):
    s = sum(max(0.0, w) for w in weights)
    if total <= 0 or s <= 0:
        return [0 for _ in weights]
    exact = [total * max(0.0, w) / s for w in weights]
    q = [int(e) for e in exact]
    left = total - sum(q)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - q[i]), i))
    for i in order[:left]:
        q[i] += 1
    return q


def solve(instance, time_limit):
    sessions = instance["sessions"]
    courses = instance["courses"]
    weights = instance["weights"]
    q = quotas(sum(sessions), weights)
    n_c, n_s, n_t = len(courses), len(sessions), len(weights)
    n_x = n_c * n_s
    n = n_x + n_t
    minutes = [d / 60.0 for d, _ in courses]
    # Objective: idle = total - sum(d x) (constant dropped), so minimise -sum(d x) + sum(u).
    cost = np.zeros(n)
    for c in range(n_c):
        for s in range(n_s):
            cost[c * n_s + s] = -minutes[c]
    cost[n_x:] = 1.0
    series = instance.get("series") or []
    rows = n_c + n_s + 2 * n_t + sum(len(episodes) - 1 for episodes in series) * n_s
    a = lil_matrix((rows, n))
    lo = np.full(rows, -np.inf)
    hi = np.full(rows, np.inf)
    r = 0
    for c in range(n_c):
        for s in range(n_s):
            a[r, c * n_s + s] = 1
        hi[r] = 1
        r += 1
    for s in range(n_s):
        for c in range(n_c):
            a[r, c * n_s + s] = courses[c][0]
        hi[r] = sessions[s] * 60
        r += 1
    for t in range(n_t):
        # u_t - sum_t(m x) >= -q_t  and  u_t + sum_t(m x) >= q_t
        for sign in (-1, 1):
            for c in range(n_c):
                if courses[c][1] == t:
                    for s in range(n_s):
                        a[r, c * n_s + s] = sign * minutes[c]
            a[r, n_x + t] = 1
            lo[r] = sign * q[t]
            r += 1
    for episodes in series:
        for earlier, later in zip(episodes, episodes[1:]):
            for s in range(n_s):
                for before in range(s + 1):
                    a[r, later * n_s + before] = 1
                    a[r, earlier * n_s + before] = -1
                hi[r] = 0
                r += 1
    integrality = np.concatenate([np.ones(n_x), np.zeros(n_t)])
    bounds = Bounds(np.zeros(n), np.concatenate([np.ones(n_x), np.full(n_t, np.inf)]))
    result = milp(cost, constraints=LinearConstraint(a.tocsr(), lo, hi), integrality=integrality, bounds=bounds,
                  options={"time_limit": time_limit, "mip_rel_gap": 1e-4})
    if result.x is None:
        return {"idle": None, "deviation": None, "status": result.message}
    x = np.round(result.x[:n_x]).reshape(n_c, n_s)
    used = [sum(courses[c][0] * x[c, s] for c in range(n_c)) for s in range(n_s)]
    idle = sum(sessions[s] * 60 - used[s] for s in range(n_s)) / 60.0
    by_topic = [sum(courses[c][0] * x[c].sum() for c in range(n_c) if courses[c][1] == t) / 60.0 for t in range(n_t)]
    deviation = sum(abs(by_topic[t] - q[t]) for t in range(n_t))
    status = "optimal" if result.status == 0 else "time limit (best found)"
    # HiGHS's dual bound on the objective: no solution has idle + deviation below it (minutes).
    bound = getattr(result, "mip_dual_bound", None)
    lower = None if bound is None or not np.isfinite(bound) else bound + sum(sessions)
    return {"idle": idle, "deviation": deviation, "status": status, "lower": lower}


def main():
    instances = json.load(open(sys.argv[1], encoding="utf-8"))
    time_limit = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    # HiGHS sometimes writes diagnostics to the process's standard output (from C++, past sys.stdout): send them to
    # standard error while solving, so standard output is only the JSON the benchmark reads.
    sys.stdout.flush()
    answer = os.dup(1)
    os.dup2(2, 1)
    try:
        results = [solve(i, time_limit) for i in instances]
    finally:
        sys.stdout.flush()
        os.dup2(answer, 1)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
