# Misc statements: expression statements, semicolons, __name__ guard, docstrings, nested defs in loops.
"""Module docstring."""
print(__doc__)
print(__name__)
1 + 1
'expression statement'
[1, 2]
if __name__ == '__main__':
    print('running as main')
a = 1; b = 2; print(a + b)
handlers = []
for n in range(3):
    def handler(n=n):
        return n * 10
    handlers.append(handler)
print([h() for h in handlers])
x = 0
while x < 3: x += 1
print(x)
for i in range(3): print('i', i, end=';')
print()
def f(): return 'one-liner'
print(f())
class C: pass
print(C.__name__, C.__qualname__, f.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
