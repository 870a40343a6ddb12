# Nested loops with flags, early exits via functions and exceptions, and loop-driven accumulation.
grid = ['#..#', '....', '.##.', '#...']
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == '#':
            print('wall at', r, c)
def first_empty_row(g):
    for r, row in enumerate(g):
        if '#' not in row:
            return r
    return None
print(first_empty_row(grid))
class Found(Exception):
    pass
try:
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if r > 1 and ch == '#':
                raise Found((r, c))
except Found as f:
    print('found', f.args[0])
counts = {}
for row in grid:
    for ch in row:
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        if i == j:
            continue
        total += i * j
print(total)
