#!/usr/bin/env python3
"""Exact reference for `yuanjiao-bench optimum` (issues 12 and 20): for each station-month instance, the optimum of
idle minutes plus topic deviation on the same sessions and courses the planner had, with a proof of how close to it
the answer is.

With "cutoff" in an instance (`yuanjiao-bench optimum --prove`: the planner's shortfall in seconds, less one) the
script only asks HiGHS for a month of at most that shortfall: "optimal" means none exists, so the planner's month is
proven optimal; "better" gives the month found; "bounded" that neither was settled in the time.

Input (JSON, from the benchmark): [{"sessions": [minutes], "courses": [[seconds, topic]], "weights": [w],
"series": [[course indices, episode 1 first]] (optional)}].
Output (JSON on stdout): [{"idle": minutes, "deviation": minutes, "status": text, "lower": minutes}] — the best
solution found, "optimal" when it is proven optimal, and "lower", a proven lower bound on idle + deviation (equal to
their sum when optimal).

The objective, restated exactly. The topic quotas add up to the month's minutes, so with b[t] the seconds of topic t
played and Q[t] its quota, idle = Σ (Q[t] − b[t]) and deviation = Σ |b[t] − Q[t]|, hence idle + deviation =
2 × Σ max(0, Q[t] − b[t]) — twice the topics' shortfall. The model minimises the shortfall in whole seconds:
- x[c,s] = 1 when course c plays in session s; each course at most once;
- a session's courses fit in it — in fact in the largest sum of course lengths not above its length (precomputed
  by subset sums; the same set of solutions, a tighter relaxation); and, since a session's idle seconds are part of
  the shortfall, they fill it to at least the smallest such sum within the cut-off of its length (twelfth round: with
  them and the planner's figure as cut-off, 300 s found a month of awkward #24 1.6 minutes better than the
  planner's; the model without them had found one 1.6 minutes worse in 40 s, with no cut-off);
- short[t] ≥ Q[t] − b[t], short[t] ≥ 0, integer (seconds): the objective is integral, so HiGHS rounds its bound up;
- a series plays in episode order, as the planner must (for every session s, the sessions up to s hold episode j
  no more often than episode j-1).
- a session with few contents within the cut-off of its length (a 30- or 45-minute one) picks one of them whole,
  one binary per content, instead of one per course (fourteenth round, see `exact`).
Seasons and ranking are ignored, so the optimum is a lower bound for the planner's objective. This is the same model
as before this reformulation (one binary per course and session, idle + |deviation| as two rows per topic), written
in seconds with the shortfall objective; both gave the same optima on small sub-instances (BENCHMARKS.md, issue 20).

Courses are interchangeable only when they share topic, length to the second and are in no series; the generated
catalogues have almost none (lengths are random seconds), so grouping them into integer variables does not shrink
the model and is not done.

The solver (scipy.optimize.milp, HiGHS) proves the bound; it finds good solutions slowly (a session filled to the
second is a subset-sum). So first a local search finds a solution (each step: the best exchange of up to two of a
session's courses for up to two unused ones; when none improves, a random exchange that costs at most two minutes of
shortfall), then HiGHS is asked for a strictly better one with the search's value as a cut-off: "infeasible" proves
the search's solution optimal, and otherwise its dual bound is the proven lower bound. Offline.
"""
import json
import os
import random
import sys
import time

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


def largest_sum(capacity, lengths):
    """The largest sum of some of `lengths` (each once) not above `capacity`, by subset sums as one big integer."""
    reach, mask = 1, (1 << (capacity + 1)) - 1
    for d in lengths:
        reach = (reach | (reach << d)) & mask
    return reach.bit_length() - 1


class Instance:
    def __init__(self, data):
        self.lengths = [m * 60 for m in data["sessions"]]
        self.courses = data["courses"]
        self.quota = np.array([60 * q for q in quotas(sum(data["sessions"]), data["weights"])])
        self.seconds = np.array([c[0] for c in self.courses], dtype=np.int64)
        self.topic = np.array([c[1] for c in self.courses], dtype=np.int64)
        self.series = data.get("series") or []
        self.before = {later: earlier for episodes in self.series for earlier, later in zip(episodes, episodes[1:])}

    def shortfall(self, where):
        played = where >= 0
        b = np.bincount(self.topic[played], weights=self.seconds[played], minlength=len(self.quota))
        return int(np.maximum(self.quota - b, 0).sum())

    def in_order(self, where):
        return all(where[later] < 0 or 0 <= where[earlier] <= where[later] for later, earlier in self.before.items())

    def figures(self, where):
        """(idle, deviation) in minutes of a solution (where[c] = session of course c, or -1)."""
        played = where >= 0
        idle = (sum(self.lengths) - int(self.seconds[played].sum())) / 60.0
        b = np.bincount(self.topic[played], weights=self.seconds[played], minlength=len(self.quota))
        return idle, float(np.abs(b - self.quota).sum()) / 60.0


def local_search(inst, seconds, seed):
    """A good solution quickly: first fit of the courses in a random order (no series), then exchanges."""
    rng = random.Random(seed)
    n_c, n_s, n_t = len(inst.courses), len(inst.lengths), len(inst.quota)
    in_series = {c for episodes in inst.series for c in episodes}
    where = np.full(n_c, -1)
    free = list(inst.lengths)
    order = [c for c in range(n_c) if c not in in_series]
    rng.shuffle(order)
    for c in order:
        for s in range(n_s):
            if inst.seconds[c] <= free[s]:
                where[c], free[s] = s, free[s] - inst.seconds[c]
                break
    value = inst.shortfall(where)
    best, best_value = where.copy(), value
    first, second = np.triu_indices(n_c, 1)
    start = time.monotonic()
    while best_value > 0 and time.monotonic() - start < seconds:
        s = rng.randrange(n_s)
        played = where >= 0
        b = np.bincount(inst.topic[played], weights=inst.seconds[played], minlength=n_t)
        inside = [int(i) for i in np.nonzero(where == s)[0]]
        room = inst.lengths[s] - int(inst.seconds[where == s].sum())
        unused = np.nonzero(~played)[0]
        pairs = (~played[first]) & (~played[second])
        add_a = np.concatenate([[-1], unused, first[pairs]])
        add_b = np.concatenate([[-1], np.full(len(unused), -1), second[pairs]])
        length = lambda c: np.where(c >= 0, inst.seconds[np.maximum(c, 0)], 0)
        subject = lambda c: np.where(c >= 0, inst.topic[np.maximum(c, 0)], -1)
        len_a, len_b, top_a, top_b = length(add_a), length(add_b), subject(add_a), subject(add_b)
        removals = [()] + [(i,) for i in inside] + [(i, j) for k, i in enumerate(inside) for j in inside[k + 1:]]
        options = []
        for out in removals:
            left = b.copy()
            for i in out:
                left[inst.topic[i]] -= inst.seconds[i]
            after = np.zeros(len(add_a))
            for t in range(n_t):
                after += np.maximum(inst.quota[t] - left[t] - np.where(top_a == t, len_a, 0) - np.where(top_b == t, len_b, 0), 0)
            fits = len_a + len_b <= room + sum(inst.seconds[i] for i in out)
            options.append((out, np.where(fits, after, np.inf)))
        out, after = min(options, key=lambda o: (o[1].min(), rng.random()))
        k = int(np.argmin(after))
        if after[k] >= value:
            out, after = rng.choice(options)
            near = np.nonzero(after <= value + 120)[0]
            if len(near) == 0:
                continue
            k = int(rng.choice(list(near)))
        trial = where.copy()
        trial[list(out)] = -1
        for c in (add_a[k], add_b[k]):
            if c >= 0:
                trial[c] = s
        if not inst.in_order(trial):
            continue
        where, value = trial, inst.shortfall(trial)
        if value < best_value:
            best, best_value = where.copy(), value
    return best, best_value


def smallest_sum(floor, capacity, lengths):
    """The smallest sum of some of `lengths` (each once) from `floor` up to `capacity`, or capacity + 1 when none."""
    reach, mask = 1, (1 << (capacity + 1)) - 1
    for d in lengths:
        reach = (reach | (reach << d)) & mask
    above = reach >> max(0, floor)
    return capacity + 1 if above == 0 else max(0, floor) + ((above & -above).bit_length() - 1)


def near_full_contents(floor, capacity, lengths, limit=20_000, steps=400_000):
    """Every set of courses (indices into `lengths`) whose seconds sum to between `floor` and `capacity`, or None when
    there are more than `limit` of them or the search takes more than `steps`."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    found, chosen, visited = [], [], 0

    def extend(start, total):
        nonlocal visited
        visited += 1
        if visited > steps or len(found) > limit:
            raise OverflowError
        if total >= floor:
            found.append(tuple(order[i] for i in chosen))
        for i in range(start, len(order)):
            if total + lengths[order[i]] > capacity:
                break
            chosen.append(i)
            extend(i + 1, total + lengths[order[i]])
            chosen.pop()

    try:
        extend(0, 0)
    except OverflowError:
        return None
    return found


def exact(inst, cutoff, time_limit):
    """HiGHS on the model above, asked for a shortfall of at most `cutoff` seconds. Returns (where or None, proven
    lower bound in seconds, whether the search finished).

    The cut-off also bounds every session's idle seconds (the shortfall is the idle time plus the topics' excess
    over their quotas), so a session must hold at least the smallest sum of courses within `cutoff` of its length:
    rows that prune the search when the cut-off is low, as it is when a month is being proven optimal.

    A session with few such contents (a 30- or 45-minute one: tens or hundreds) chooses one of them whole instead of
    course by course (fourteenth round): the relaxation then cannot fill it with fractions of courses. So modelled,
    HiGHS found months below the thirteenth round's planner on awkward #22, #24, #58 and #72 in 90 s each; the
    course-by-course model had found none on #24 in 300 s."""
    n_c, n_s, n_t = len(inst.courses), len(inst.lengths), len(inst.quota)
    seconds = inst.seconds.tolist()
    capacity = [largest_sum(length, seconds) for length in inst.lengths]
    floor = [smallest_sum(length - cutoff, cap, seconds) for length, cap in zip(inst.lengths, capacity)]
    if any(f > cap for f, cap in zip(floor, capacity)):
        return None, cutoff + 1, True
    whole = {s: near_full_contents(floor[s], capacity[s], seconds) for s in range(n_s)}
    whole = {s: contents for s, contents in whole.items() if contents is not None}
    # Columns: x[c, s] for the sessions filled course by course, one per content of the others, then short[t].
    # plays[c][s]: the columns that put course c in session s.
    plays = [[[] for _ in range(n_s)] for _ in range(n_c)]
    column_of = []
    for s in range(n_s):
        if s in whole:
            for content in whole[s]:
                for c in content:
                    plays[c][s].append(len(column_of))
                column_of.append((s, content))
        else:
            for c in range(n_c):
                plays[c][s].append(len(column_of))
                column_of.append((s, (c,)))
    n_x = len(column_of)
    n = n_x + n_t
    rows, lo, hi = [], [], []

    def row(coefficients, low, high):
        rows.append(coefficients), lo.append(low), hi.append(high)

    for c in range(n_c):
        row({k: 1 for s in range(n_s) for k in plays[c][s]}, -np.inf, 1)
    for s in range(n_s):
        if s in whole:
            row({k: 1 for k, (session, _) in enumerate(column_of) if session == s}, 1, 1)
        else:
            row({plays[c][s][0]: seconds[c] for c in range(n_c)}, floor[s], capacity[s])
    for t in range(n_t):
        coefficients = {n_x + t: 1}
        for k, (_, content) in enumerate(column_of):
            held = sum(seconds[c] for c in content if inst.topic[c] == t)
            if held:
                coefficients[k] = held
        row(coefficients, inst.quota[t], np.inf)
    row({n_x + t: 1 for t in range(n_t)}, -np.inf, cutoff)
    for episodes in inst.series:
        for earlier, later in zip(episodes, episodes[1:]):
            for s in range(n_s):
                coefficients = {}
                for before in range(s + 1):
                    for k in plays[later][before]:
                        coefficients[k] = coefficients.get(k, 0) + 1
                    for k in plays[earlier][before]:
                        coefficients[k] = coefficients.get(k, 0) - 1
                if coefficients:
                    row(coefficients, -np.inf, 0)
    a = lil_matrix((len(rows), n))
    for r, coefficients in enumerate(rows):
        for k, value in coefficients.items():
            a[r, k] = value
    cost = np.concatenate([np.zeros(n_x), np.ones(n_t)])
    bounds = Bounds(np.zeros(n), np.concatenate([np.ones(n_x), inst.quota.astype(float)]))
    result = milp(cost, constraints=LinearConstraint(a.tocsr(), np.array(lo, float), np.array(hi, float)),
                  integrality=np.ones(n), bounds=bounds, options={"time_limit": time_limit, "mip_rel_gap": 0})
    if result.status == 2:
        return None, cutoff + 1, True
    bound = getattr(result, "mip_dual_bound", None)
    lower = 0 if bound is None or not np.isfinite(bound) else int(np.ceil(bound - 1e-6))
    where = None
    if result.x is not None:
        where = np.full(n_c, -1)
        for k, (s, content) in enumerate(column_of):
            if result.x[k] > 0.5:
                where[list(content)] = s
    return where, lower, result.status == 0


def solve(data, time_limit, seed):
    inst = Instance(data)
    start = time.monotonic()
    where, value = local_search(inst, time_limit / 4, seed)
    lower, proven = 0, value == 0
    if not proven:
        found, lower, proven = exact(inst, value - 1, max(1.0, time_limit - (time.monotonic() - start)))
        if found is not None and inst.shortfall(found) < value:
            where, value = found, inst.shortfall(found)
        lower = min(lower, value)
    idle, deviation = inst.figures(where)
    return {"idle": idle, "deviation": deviation, "status": "optimal" if proven or lower >= value else "bounded",
            "lower": 2 * lower / 60.0, "seconds": round(time.monotonic() - start, 1)}


def show_month(inst, where):
    """With PLAN_OPTIMUM_SHOW set, the month found, session by session, on standard error (seconds/topic, series
    episodes as s<series>e<episode>): what to compare with `yuanjiao-bench optimum-show`."""
    if not os.environ.get("PLAN_OPTIMUM_SHOW"):
        return
    episode = {c: (x, k + 1) for x, episodes in enumerate(inst.series) for k, c in enumerate(episodes)}
    for s, length in enumerate(inst.lengths):
        inside = [int(c) for c in np.nonzero(where == s)[0]]
        inside.sort(key=lambda c: episode.get(c, (-1, 0)))
        items = " ".join(f"{inst.seconds[c]}/{inst.topic[c]}" + ("" if c not in episode else " s%de%d" % episode[c])
                         for c in inside)
        print(f"session {s + 1}: {length // 60} min, idle {length - sum(inst.seconds[c] for c in inside)} s: {items}",
              file=sys.stderr)


def prove(data, time_limit):
    """Whether a month better than `data["cutoff"] + 1` seconds of shortfall exists (the planner's month, for the
    benchmark's proofs): "optimal" with that as the proven bound when HiGHS shows none does, else the better month
    found and the bound proven in the time."""
    inst = Instance(data)
    start = time.monotonic()
    found, lower, finished = exact(inst, data["cutoff"], time_limit)
    idle = deviation = None
    # A month HiGHS returns is checked here: one that is not below the cut-off as measured (its tolerances) is none.
    better = found is not None and inst.shortfall(found) <= data["cutoff"]
    if better:
        idle, deviation = inst.figures(found)
        show_month(inst, found)
    status = "better" if better else ("optimal" if finished and found is None else "bounded")
    return {"idle": idle, "deviation": deviation, "status": status, "lower": 2 * lower / 60.0,
            "seconds": round(time.monotonic() - start, 1)}


def main():
    instances = json.load(open(sys.argv[1], encoding="utf-8"))
    time_limit = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    # HiGHS sometimes writes diagnostics to the process's standard output (from C++, past sys.stdout): send them to
    # standard error while solving, so standard output is only the JSON the benchmark reads.
    sys.stdout.flush()
    answer = os.dup(1)
    os.dup2(2, 1)
    try:
        results = []
        for n, instance in enumerate(instances):
            results.append(prove(instance, time_limit) if "cutoff" in instance else solve(instance, time_limit, seed=n))
            print(f"#{n + 1}: {results[-1]}", file=sys.stderr, flush=True)
    finally:
        sys.stdout.flush()
        os.dup2(answer, 1)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
