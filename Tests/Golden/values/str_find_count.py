# find/rfind/index/rindex with ranges, count with overlaps and ranges, startswith/endswith with tuples.
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.rfind('a'), s.rfind('bra'), s.rfind('z'))
print(s.find('a', 1), s.find('a', 1, 3), s.find('a', -4), s.rfind('a', 0, 5), s.find(''), s.rfind(''))
print(s.index('c'), s.rindex('a'), s.index('ra', 3))
for args in [('z',), ('a', 1, 2)]:
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    s.rindex('q')
except ValueError as e:
    print('ValueError', e)
print(s.count('a'), s.count('abra'), s.count('aa'), 'aaaa'.count('aa'), s.count(''), s.count('a', 3, 8))
print(s.startswith('abr'), s.startswith('bra'), s.startswith('bra', 1), s.startswith(('x', 'ab')))
print(s.endswith('bra'), s.endswith(('x', 'y')), s.endswith('cad', 0, 7), s.startswith(''))
print('bra' in s, 'xyz' not in s, '' in s, 'ABRA'.lower() in s)
fname = 'report.final.PDF'
print(fname.lower().endswith(('.pdf', '.doc')), fname.rfind('.'), fname[fname.rfind('.') + 1:])
print('hello'.find('l', -2), 'hello'.find('h', 10), 'hello'.rfind('l', -10, -2))
