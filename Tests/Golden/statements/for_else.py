# for loops with else: else runs only when the loop was not broken; nested loops; loop variable leaks.
for i in range(3):
    print('i', i)
else:
    print('for completed, i =', i)
for i in range(10):
    if i == 4:
        print('breaking at', i)
        break
else:
    print('not printed')
for i in []:
    print('never')
else:
    print('empty loop else')
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return idx
print(find('abcdef', 'd'), find('abc', 'z'))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
for ch in 'abc':
    for k in range(3):
        if k == 1:
            continue
        print(ch + str(k), end=' ')
print()
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x, end=',')
print()
for i in range(3):
    pass
print('leaked', i)
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
