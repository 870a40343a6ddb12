# Conway's Game of Life on a small toroidal grid: glider evolution printed generation by generation.
W, H = 8, 6
alive = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells):
    for y in range(H):
        print(''.join('#' if (x, y) in cells else '.' for x in range(W)))
for gen in range(5):
    print('generation', gen, 'population', len(alive), sorted(alive))
    show(alive)
    alive = step(alive)
blinker = {(1, 2), (2, 2), (3, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
