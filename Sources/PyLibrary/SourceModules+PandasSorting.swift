extension SourceModules {
    /// `pandas._sorting`: sort_values' row order by numpy's quicksort (introsort), so ties fall as in pandas.
    static let pandasSortingSource = #"""
"""pandas._sorting: the row order of sort_values, as numpy's quicksort gives it (ties included).

pandas sorts one key with numpy's argsort(kind="quicksort"): an introsort (median-of-three quicksort,
insertion sort for runs of 16 or fewer, heapsort past a depth limit) that does not keep ties in their
original order. The same algorithm here gives the same order for str and object columns; numeric columns
can differ where numpy uses its SIMD sort for them on some processors.
"""
from pandas._common import is_missing


def _depth_limit(n):
    depth = 0
    n >>= 1
    while n > 0:
        depth += 1
        n >>= 1
    return depth * 2


def _heapsort(v, order, start, n):
    a = [None] + order[start:start + n]
    for first in range(n >> 1, 0, -1):
        _sift(v, a, first, n)
    while n > 1:
        a[1], a[n] = a[n], a[1]
        n -= 1
        _sift(v, a, 1, n)
    order[start:start + len(a) - 1] = a[1:]


def _sift(v, a, i, n):
    tmp = a[i]
    j = i << 1
    while j <= n:
        if j < n and v[a[j]] < v[a[j + 1]]:
            j += 1
        if v[tmp] < v[a[j]]:
            a[i] = a[j]
            i = j
            j += j
        else:
            break
    a[i] = tmp


def quicksort_order(v):
    """Positions of `v` (no missing values) in numpy's argsort(kind="quicksort") order."""
    num = len(v)
    order = list(range(num))
    if num < 2:
        return order
    pl, pr = 0, num - 1
    stack = []
    depth = _depth_limit(num)
    while True:
        if depth < 0:
            _heapsort(v, order, pl, pr - pl + 1)
        else:
            while pr - pl > 15:
                pm = pl + ((pr - pl) >> 1)
                if v[order[pm]] < v[order[pl]]:
                    order[pm], order[pl] = order[pl], order[pm]
                if v[order[pr]] < v[order[pm]]:
                    order[pr], order[pm] = order[pm], order[pr]
                if v[order[pm]] < v[order[pl]]:
                    order[pm], order[pl] = order[pl], order[pm]
                pivot = v[order[pm]]
                pi, pj = pl, pr - 1
                order[pm], order[pj] = order[pj], order[pm]
                while True:
                    pi += 1
                    while v[order[pi]] < pivot:
                        pi += 1
                    pj -= 1
                    while pivot < v[order[pj]]:
                        pj -= 1
                    if pi >= pj:
                        break
                    order[pi], order[pj] = order[pj], order[pi]
                order[pi], order[pr - 1] = order[pr - 1], order[pi]
                depth -= 1
                if pi - pl < pr - pi:
                    stack.append((pi + 1, pr, depth))
                    pr = pi - 1
                else:
                    stack.append((pl, pi - 1, depth))
                    pl = pi + 1
            for i in range(pl + 1, pr + 1):
                item = order[i]
                value = v[item]
                j = i
                while j > pl and value < v[order[j - 1]]:
                    order[j] = order[j - 1]
                    j -= 1
                order[j] = item
        if not stack:
            return order
        pl, pr, depth = stack.pop()


def nargsort(values, ascending=True, na_position="last"):
    """Row order for one sort key, as pandas' nargsort: missing values apart, descending by sorting the
    reversed values and reversing the result."""
    positions = [i for i, v in enumerate(values) if not is_missing(v)]
    missing = [i for i, v in enumerate(values) if is_missing(v)]
    if not ascending:
        positions.reverse()
    keys = [values[i] for i in positions]
    order = [positions[k] for k in quicksort_order(keys)]
    if not ascending:
        order.reverse()
    return order + missing if na_position == "last" else missing + order
"""#
}
