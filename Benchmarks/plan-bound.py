#!/usr/bin/env python3
"""A much tighter proven bound for `yuanjiao-bench optimum` (issue 20, scope 4), by column generation.

`plan-optimum.py` gives HiGHS one binary per (course, session): its relaxation lets a session hold a fraction of a
course, so its proven bounds sit far below the answers (none of 72 awkward months proven in 40 s). Here a session's
contents are whole: the master problem picks, for each session, a mix of *patterns* (sets of courses that fit in
it), each course in at most one pattern overall, and minimises the topics' shortfall
S = Σ max(0, Q[t] − b[t]) (idle + deviation = 2 × S, see plan-optimum.py). Its linear relaxation is the
Dantzig–Wolfe bound, as Gilmore and Gomory's is for cutting stock: usually within a second or two of the optimum.

Pricing a session is a 0/1 knapsack in whole seconds: course c is worth (its topic's dual × its seconds) − (its
own dual) ± the series rows' duals, and the best pattern under the session's length enters when it prices below
zero. At every iteration the Lagrangian bound, LP value + Σ over sessions of the least reduced cost, is a proven
lower bound, so the search may stop as soon as its ceiling meets the LP's (the objective is whole seconds).

Series are kept in the master as plan-optimum.py keeps them (for each session s, the sessions up to s hold episode
j no more often than episode j − 1), so the bound is the planner's problem's, not an easier one's.

What it showed (BENCHMARKS.md, issue 20 tenth round): on the 48 awkward months this bound is never above
`ShortfallBound`'s, which the planner computes without a solver; the gap left between the planner and the bound is
the integrality of filling sessions and quotas to the second, which no linear relaxation of this kind sees.

Input: the JSON of plan-optimum.py. Output (JSON on stdout): [{"lower", "seconds", "status"}], idle + deviation in
minutes. Offline; needs numpy and scipy (HiGHS).
"""
import json
import math
import sys
import time

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from importlib import import_module

optimum = import_module("plan-optimum")


def best_pattern(capacity, lengths, worth):
    """The set of items (indices into `lengths`) of greatest total `worth` whose lengths fit in `capacity`."""
    best = np.zeros(capacity + 1)
    took = np.zeros((len(lengths), capacity + 1), dtype=bool)
    for i, (d, w) in enumerate(zip(lengths, worth)):
        if d > capacity:
            continue
        candidate = best[:-d] + w if d > 0 else best + w
        better = candidate > best[d:] + 1e-12
        took[i, d:] = better
        best[d:] = np.where(better, candidate, best[d:])
    chosen, room = [], capacity
    for i in range(len(lengths) - 1, -1, -1):
        if took[i, room]:
            chosen.append(i)
            room -= lengths[i]
    return float(best[capacity]), chosen


class Master:
    """The restricted master problem over the patterns found so far, in `linprog`'s ≤ form."""

    def __init__(self, instance):
        self.x = instance
        self.sessions = len(instance.lengths)
        self.courses = len(instance.courses)
        self.topics = len(instance.quota)
        self.pairs = [(e, l) for eps in instance.series for e, l in zip(eps, eps[1:])]
        self.patterns = [(j, ()) for j in range(self.sessions)]
        self.seen = set(self.patterns)

    def rows(self):
        """Rows: each course once; each topic's shortfall; each series pair at each session. Columns: patterns, then
        the topics' shortfall variables."""
        x, n, t = self.x, self.courses, self.topics
        series_base = n + t
        data, ri, ci = [], [], []
        for col, (j, content) in enumerate(self.patterns):
            for c in content:
                data.append(1.0), ri.append(c), ci.append(col)
                data.append(-float(x.seconds[c])), ri.append(n + int(x.topic[c])), ci.append(col)
            for k, (earlier, later) in enumerate(self.pairs):
                sign = (later in content) - (earlier in content)
                if sign:
                    for s in range(j, self.sessions):
                        data.append(float(sign)), ri.append(series_base + k * self.sessions + s), ci.append(col)
        columns = len(self.patterns)
        for topic in range(t):
            data.append(-1.0), ri.append(n + topic), ci.append(columns + topic)
        rows = series_base + len(self.pairs) * self.sessions
        a_ub = csr_matrix((data, (ri, ci)), shape=(rows, columns + t))
        b_ub = np.concatenate([np.ones(n), -x.quota.astype(float), np.zeros(len(self.pairs) * self.sessions)])
        a_eq = csr_matrix((np.ones(columns), ([j for j, _ in self.patterns], range(columns))),
                          shape=(self.sessions, columns + t))
        cost = np.concatenate([np.zeros(columns), np.ones(t)])
        return cost, a_ub, b_ub, a_eq, np.ones(self.sessions)

    def worth(self, duals_ub, session):
        """Each course's worth in `session` under the master's duals (≤ 0 for ≤ rows in a minimisation)."""
        x, n = self.x, self.courses
        worth = duals_ub[:n] - x.seconds * duals_ub[n + x.topic]
        base = n + self.topics
        for k, (earlier, later) in enumerate(self.pairs):
            tail = duals_ub[base + k * self.sessions + session: base + (k + 1) * self.sessions].sum()
            worth[later] += tail
            worth[earlier] -= tail
        return worth

    def price(self, duals_ub, duals_eq):
        """New patterns of negative reduced cost, and the least reduced cost summed over sessions (≤ 0)."""
        added, least = 0, 0.0
        for j in range(self.sessions):
            worth = self.worth(duals_ub, j)
            useful = [c for c in range(self.courses) if worth[c] > 1e-9]
            value, chosen = best_pattern(self.x.lengths[j], [int(self.x.seconds[c]) for c in useful],
                                         [worth[c] for c in useful])
            reduced = -duals_eq[j] - value
            least += min(0.0, reduced)
            pattern = (j, tuple(sorted(useful[i] for i in chosen)))
            if reduced < -1e-7 and pattern not in self.seen:
                self.seen.add(pattern)
                self.patterns.append(pattern)
                added += 1
        return added, least


def solve(data, time_limit):
    started = time.time()
    instance = optimum.Instance(data)
    master = Master(instance)
    lower = 0.0
    while True:
        cost, a_ub, b_ub, a_eq, b_eq = master.rows()
        lp = linprog(cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        added, least = master.price(lp.ineqlin.marginals, lp.eqlin.marginals)
        lower = max(lower, lp.fun + least)
        if added == 0 or math.ceil(lower - 1e-6) >= math.ceil(lp.fun - 1e-6) or time.time() - started > time_limit:
            break
    # The objective is whole seconds of shortfall, so the bound rounds up; idle + deviation is twice it.
    bound = math.ceil(lower - 1e-6)
    converged = added == 0 or math.ceil(lower - 1e-6) >= math.ceil(lp.fun - 1e-6)
    return {"lower": round(2 * bound / 60, 3), "seconds": round(time.time() - started, 2),
            "status": "bound" if converged else "bound (time limit)"}


def main():
    instances = json.load(open(sys.argv[1]))
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 60
    print(json.dumps([solve(data, limit) for data in instances]))


if __name__ == "__main__":
    main()
