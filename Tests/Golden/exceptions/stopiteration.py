# StopIteration: from next(), value attribute, for loops absorbing it, in generators -> RuntimeError.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value, e.args)
print(next(it, 'default'))
def g():
    yield 1
    return 'retval'
gi = g()
next(gi)
try:
    next(gi)
except StopIteration as e:
    print('value =', e.value, 'args =', e.args)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('custom')
print(list(It()))
def leaky():
    yield next(iter([]))
try:
    list(leaky())
except RuntimeError as e:
    print('RuntimeError', e)
print(isinstance(StopIteration(), Exception))
print(list(zip([1, 2], iter([]))), list(map(next, [iter('ab'), iter('c')])))
