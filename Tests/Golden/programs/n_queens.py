# N-Queens by backtracking: count solutions for n=1..8, print the first board for n=6 and n=8.
def solve(n):
    solutions = []
    cols, d1, d2 = set(), set(), set()
    placement = []
    def place(r):
        if r == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            placement.append(c)
            place(r + 1)
            placement.pop()
            cols.discard(c); d1.discard(r - c); d2.discard(r + c)
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
for n in (6, 8):
    first = solve(n)[0]
    print(first)
    for c in first:
        print(' '.join('Q' if i == c else '.' for i in range(n)))
