# str.format: auto/manual numbering, keywords, attribute and index access, conversions, nested specs, format_map.
print('{} {} {}'.format(1, 'two', 3.0))
print('{2} {0} {1} {0}'.format('a', 'b', 'c'))
print('{name} is {age} years'.format(name='Ann', age=30))
p = {'x': 1, 'y': [10, 20]}
print('{0[x]} {0[y][1]} {d[y]}'.format(p, d=p))
class Pt:
    x, y = 3, 4
print('{0.x},{0.y} {p.x}'.format(Pt(), p=Pt()))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{:>{w}}|{:<{w}}|{:^{w}.{p}f}'.format('r', 'l', 3.14159, w=7, p=2))
print('{{}} {{{}}}'.format('in braces'))
print('{:,} {:_} {:.1%} {:+} {:x}'.format(10 ** 6, 10 ** 6, 0.256, 5, 255))
print('{0:{1}}|'.format('abc', 6), '{:{}{}{}}'.format(42, '*', '^', 8))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, key):
        return f'<{key}>'
print('{known} {unknown}'.format_map(Default(known='K')))
for bad in ['{} {}', '{0} {}', '{x}', '{0:d}']:
    try:
        print(bad.format('only'))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
