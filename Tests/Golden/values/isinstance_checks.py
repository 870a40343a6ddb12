# isinstance/issubclass with tuples and nested tuples, bool vs int, numbers of builtin types.
vals = [0, 1.5, 'x', b'x', [1], (1,), {1: 1}, {1}, None, True, range(1)]
for v in vals:
    print(repr(v).ljust(8), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, (str, (bytes, dict))),
          isinstance(v, object), type(v) in (int, bool))
print(isinstance(True, bool), isinstance(True, int), type(True) is int, issubclass(bool, (str, int)))
print(isinstance(3, ()), issubclass(int, ()), isinstance([], (tuple, (dict, (list,)))))
try:
    isinstance(3, 'int')
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(3, int)
except TypeError as e:
    print('TypeError', e)
