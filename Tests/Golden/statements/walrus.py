# Assignment expressions (:=) in if/while/comprehensions and their scoping.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print('long list', n)
it = iter(data)
while (v := next(it, None)) is not None:
    print('got', v)
squares = [y for x in data if (y := x * x) > 30]
print(squares, y)
print([last := i for i in range(4)], last)
print((a := 3) + (b := 4), a, b)
def f():
    total = 0
    values = [total := total + i for i in range(5)]
    return values, total
print(f())
if (pos := 'hello world'.find('o')) != -1:
    print('found o at', pos)
print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 10 for x in data), miss)
