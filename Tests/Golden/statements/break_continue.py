# break and continue inside nested loops, with try/finally, and in comprehension-free filtering.
result = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
        print('body2', i)
    finally:
        print('finally2', i)
i = 0
while i < 6:
    i += 1
    try:
        if i == 2:
            continue
        if i == 4:
            break
    finally:
        print('while-finally', i)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print('found', found, 'row', row)
