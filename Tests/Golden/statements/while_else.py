# while loops with else, break/continue, counters, and while True with break.
n = 0
while n < 3:
    print('n', n)
    n += 1
else:
    print('while done', n)
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        print('break at', n)
        break
    print('odd', n)
else:
    print('not printed')
while False:
    pass
else:
    print('else of never-run while')
count = 0
while True:
    count += 1
    if count >= 5:
        break
print('count', count)
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
a, b = 0, 1
while b < 100:
    print(b, end=' ')
    a, b = b, a + b
print()
i = 10
while i:
    i -= 3
    if i < 0:
        break
else:
    print('clean exit')
print('i', i)
