# re: deep nesting, RecursionError for absurd nesting, long subjects without stack overflow, many groups
import re

for n in [50, 300]:
    p = re.compile('(' * n + 'a' + ')' * n)
    m = p.match('a')
    print(n, p.groups, m.span(n), m.lastindex)
try:
    re.compile('(' * 5000 + ')' * 5000)
except RecursionError as e:
    print('RecursionError')
print(re.compile('(?:' * 300 + 'b' + ')' * 300).match('b'))

long_ab = 'ab' * 50000
print(re.match(r'(ab)*', long_ab).span(), re.match(r'(ab)*', long_ab).group(1))
print(re.match(r'(?:a|b)*c', long_ab + 'c').end(), re.match(r'(?:a|b)*?c', long_ab + 'c').end())
print(re.match(r'(ab)*c', long_ab), re.fullmatch(r'(?:ab)+', long_ab) is not None)
print(re.search(r'.*b', 'a' * 100000 + 'b').end(), re.match(r'.*?b', 'a' * 100000 + 'b').end())
print(len(re.findall(r'a', long_ab)), len(re.split(r'b', long_ab)), len(re.sub(r'a', 'xx', long_ab)))
print(re.search(r'(a+)+$', 'a' * 50000).span())
print(re.match(r'(?:(a)|b)+', long_ab).groups(), re.match(r'((a)|(b))+', 'ab' * 1000).groups())

names = ''.join('(?P<g%d>%d)' % (i, i % 10) for i in range(200))
m = re.match(names, ''.join(str(i % 10) for i in range(200)))
print(m.lastgroup, m.lastindex, m.group('g150'), len(m.groups()), len(m.groupdict()))
alts = '|'.join('word%d' % i for i in range(500))
print(re.findall(r'\b(?:' + alts + r')\b', 'word7 word499 word500 xword3 word42'))
print(re.match(r'a{1000}', 'a' * 1000).end(), re.match(r'(?:a{10}){100}', 'a' * 1000).end(), re.match(r'a{2,1000}?', 'a' * 5).end())
print(re.match(r'(?:a{0,2}){3,5}', 'aaaaaaaaaaaa').end(), re.match(r'(a?){3}', 'aa').groups())
try:
    re.compile('a{4294967296}')
except OverflowError as e:
    print('OverflowError', e)
print(re.compile('a{4294967294}').match('aa'))
