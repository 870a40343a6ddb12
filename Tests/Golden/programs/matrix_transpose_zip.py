# zip(*m) idioms: transpose, rotate 90 degrees, column sums, diagonal, spiral order, grid printing.
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(list(zip(*grid)))
rot = [list(r) for r in zip(*grid[::-1])]
print(rot)
rot_ccw = [list(r) for r in zip(*grid)][::-1]
print(rot_ccw)
print([sum(c) for c in zip(*grid)], [sum(r) for r in grid], [grid[i][i] for i in range(min(len(grid), len(grid[0])))])
def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral(grid), spiral([[1]]), spiral([[1, 2], [3, 4]]))
for row in zip(*grid):
    print(' '.join(f'{v:3d}' for v in row))
pairs = [('a', 1), ('b', 2), ('c', 3)]
letters, numbers = zip(*pairs)
print(letters, numbers, list(zip(letters, numbers)) == pairs)
print(list(zip(*[iter(range(9))] * 3)))
