# Roman numeral conversion both ways, round-trip checks, and validation of bad numerals.
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'out of range: {n}')
    out = []
    for v, sym in VALUES:
        count, n = divmod(n, v)
        out.append(sym * count)
    return ''.join(out)
def from_roman(s):
    single = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        v = single[ch]
        if i + 1 < len(s) and single[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f'non-canonical numeral {s!r}')
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in ['IIII', 'VX', 'MMMM', 'IC']:
    try:
        from_roman(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    to_roman(0)
except ValueError as e:
    print('ValueError', e)
print(sorted(['XII', 'IX', 'CD', 'MMX', 'L'], key=from_roman))
