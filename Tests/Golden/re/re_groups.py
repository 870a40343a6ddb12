# re: capturing, non-capturing and named groups, backreferences, conditionals; the Match API
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton physicist')
print(m.group(0), '|', m.group(1), '|', m.group(2, 1), '|', m[3], m[0])
print(m.groups(), m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(3))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.string)
print(m.re, m.re.pattern, m.re.groups, m.re.groupindex)

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.groups(), m.groups('-'), m.group(3), m.span(3), m.start(3), m.end(3), m.lastindex)

print("-- named groups")
m = re.search(r'(?P<key>\w+)=(?P<value>[^;]*)', 'x; color=blue; y')
print(m.group('key'), m['value'], m.groupdict(), m.span('value'), m.lastgroup, m.lastindex)
p = re.compile(r'(?P<a>a)(?P<b>b)?(?P<c>c)')
m = p.match('ac')
print(m.groupdict(), m.groupdict('?'), p.groupindex, dict(p.groupindex), p.groups)
print(m.group('a', 'c', 2), m.lastgroup)

print("-- lastindex")
for pat, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'(a)|b', 'b'), (r'(a)(b)?', 'a'),
               (r'a', 'a'), (r'(?P<x>a)(?P<y>b)', 'ab'), (r'(?P<x>a(b))', 'ab'), (r'(a)*', 'aa')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup)

print("-- backreferences")
print(re.search(r'(\w+) \1', 'the the cat'))
print(re.search(r'(?P<w>\w+) (?P=w)', 'a bb bb'))
print(re.match(r'(a)|\1', 'x'))
print(re.match(r'(a)?\1', 'b'))
print(re.search(r'(?i)(ab)\1', 'xABab'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').group(11))
print(re.match(r'(.)\1*', 'aaab').group())

print("-- repeated groups keep the last iteration")
print(re.match(r'(\w)+', 'abc').group(1))
print(re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.match(r'(?:(a)|(b))*', 'abab').groups())
print(re.match(r'(a|b)*?c', 'abc').groups())
print(re.match(r'((a)|b)+', 'ab').groups())
print(re.match(r'(a)+(b)+', 'aabb').regs)
print(re.match(r'(a*)+', 'aa').groups(), re.match(r'(a|)*', 'b').groups())
print(re.match(r'(a*)*', 'b').groups(), re.match(r'(a?)+?b', 'ab').groups())

print("-- conditionals")
p = re.compile(r'(<)?\w+(?(1)>|$)')
for s in ['<user>', 'user', '<user', 'user>']:
    print(s, p.match(s))
p = re.compile(r'(?P<q>")?[a-z]+(?(q)")')
print(p.match('"abc"'), p.match('abc'), p.fullmatch('"abc'))
print(re.match(r'(a)?(?(1)b)c', 'c'), re.match(r'(a)?(?(1)b)c', 'abc'))

print("-- alternation")
print(re.match(r'cat|category', 'category'))
print(re.match(r'(?:cat|category)$', 'category'))
print(re.findall(r'a|ab|abc', 'abc ab a'))
print(re.match(r'(x|xy)(z|yz)', 'xyz').groups())
print(re.match(r'|a', 'a'), re.match(r'a|', 'b'))

print("-- expand")
m = re.match(r'(?P<first>\w+) (\w+)', 'John Smith')
print(m.expand(r'\2, \1'), m.expand(r'\g<2>, \g<first>'), m.expand(r'[\g<0>]'), m.expand('tab\\there'))
m = re.match(r'(a)(b)?', 'a')
print(repr(m.expand(r'\1-\2-')))

print("-- group index errors")
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [3, -1, 'x', None, 1.0]:
    try:
        print(m.group(g))
    except IndexError as e:
        print('IndexError', e)
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)
print(m.group(True), m.start('n'), m.span(0))
