# Recursive generation: permutations, combinations, subsets, balanced parentheses, compared with itertools.
import itertools
def perms(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out
def combos(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combos(tail, k - 1)] + combos(tail, k)
def parens(n, open_=0, close=0, cur=''):
    if len(cur) == 2 * n:
        return [cur]
    res = []
    if open_ < n:
        res += parens(n, open_ + 1, close, cur + '(')
    if close < open_:
        res += parens(n, open_, close + 1, cur + ')')
    return res
p = perms([1, 2, 3, 4])
print(len(p), p[:6])
print([tuple(x) for x in p] == list(itertools.permutations([1, 2, 3, 4])))
print(combos('abcde', 3))
print([tuple(c) for c in combos('abcde', 3)] == list(itertools.combinations('abcde', 3)))
print(parens(3), len(parens(5)))
print([''.join(x) for x in perms('aab')])
print(sorted(set(''.join(x) for x in perms('aab'))))
