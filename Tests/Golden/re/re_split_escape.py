# re: split (groups, maxsplit, empty matches), escape, purge and the cache, bytes patterns, Pattern equality
import re

print("-- split")
print(re.split(r',', 'a,b,,c'))
print(re.split(r'\s*,\s*', 'a , b,c ,d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split(r'[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'x*', 'axbc'))
print(re.split(r'', 'abc'))
print(re.split(r'\b', 'one two'))
print(re.split(r'(?=b)', 'abab'))
print(re.split(r'^', 'a\nb\nc', flags=re.M))
print(re.split(r'$', 'a\nb\n', flags=re.M))
print(re.split(r'a', ''), re.split(r'', ''), re.split(r'x', 'abc'), re.split('a', 'aaa'))
print(re.split(r'a', 'bab', -1), re.split(r'(a)(x)?', 'bab'))
print(re.compile(r'\d').split('a1b2c3', 2), re.compile(b'-').split(b'a-b-c'))

print("-- escape")
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o'))
print(re.escape('hello world'), re.escape('tab\there'), re.escape('new\nline'), re.escape('x-y&z~#w'))
print(re.escape('_abcXYZ019'), re.escape("quotes'\""), re.escape('éü!@%=,:;<>/'), re.escape(''))
print(re.escape(b'a.b c'), re.escape(b'\x00\xff*'))
for s in ['1+1=2', '[x]', 'a\\b', '(?P<n>)', 'a b#c']:
    print(s, bool(re.fullmatch(re.escape(s), s)), bool(re.fullmatch(re.escape(s), s, re.X)))

print("-- cache and identity")
a = re.compile(r'\d+')
b = re.compile(r'\d+')
c = re.compile(r'\d+', re.I)
print(a is b, a == b, a == c, a != c, hash(a) == hash(b), a == r'\d+')
print(re.compile(a) is a)
re.purge()
d = re.compile(r'\d+')
print(d == a, {a: 1}[d])
try:
    re.compile(a, re.I)
except ValueError as e:
    print('ValueError', e)
print(re.search(a, 'ab12').group(), re.findall(a, '1 2'), re.sub(a, '#', 'a1'))

print("-- bytes patterns")
p = re.compile(rb'(\w+)@(\w+)\.com')
m = p.search(b'mail joe@example.com now')
print(m, m.group(1), m.groups(), m.span(2), p.pattern, p.groups)
print(re.match(rb'\x00[\x01-\x7f]+', b'\x00abc'), re.findall(rb'[^\s]+', b'a b\tc'))
print(re.match(b'.', b'\xff'), re.match(rb'\xff', b'\xff'), re.sub(rb'\d', b'#', b'a1b2'))
print(re.match(rb'(?i)[A-Z]+', b'abcDEF'), re.match(b'(?L)a', b'a') is not None)
print(re.match(rb'a', bytearray(b'abc')))
try:
    re.match(rb'a', 'abc')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(r'a', b'abc')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(rb'a', 'x', b'abc')
except TypeError as e:
    print('TypeError', e)
