# re: findall, finditer, sub, subn with templates and callables, count, empty matches
import re

print("-- findall")
print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'))
print(re.findall(r'(?:\w)=(\d)', 'a=1 b=2'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'', 'abc'))
print(re.findall(r'\b', 'hi there'))
print(re.findall(r'a|(b)', 'ab'))
print(re.findall(r'((a)(b))', 'abab'))
p = re.compile(r'\w')
print(p.findall('abcdef', 2), p.findall('abcdef', 1, 4), p.findall('abcdef', endpos=2), p.findall('abc', 5))
print(p.findall('abcdef', -10, 100), p.findall('abcdef', 4, 2))
print(re.findall(rb'\d+', b'a1b22'), re.findall(rb'(a)(b)?', b'aab'))

print("-- finditer")
for m in re.finditer(r'(?P<word>\w+)', 'one two  three'):
    print(m.span(), m.group('word'), m.pos, m.endpos)
it = re.compile(r'\d').finditer('a1b2c3', 2, 5)
print([m.group() for m in it], [m.span() for m in re.finditer(r'x*', 'axb')])
it = re.finditer('a', 'aa')
print(next(it), next(it), next(it, 'done'))

print("-- sub with templates")
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', 'on 2024-03 and 1999-12'))
print(re.sub(r'(a)', r'\g<1>0', 'aa'), re.sub(r'(a)', r'\10', 'aa') if False else '')
print(re.sub(r'a', r'\n', 'xax'), repr(re.sub(r'a', r'\t\\', 'a')), re.sub('a', r'\&', 'a'))
print(re.sub(r'(b)?a', r'[\1]', 'ab a'))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  '))
print(re.sub(r'x', 'y', 'xxxx', count=2), re.sub(r'x', 'y', 'xxxx', 0), re.sub(r'x', 'y', 'xxxx', -1))
print(re.sub(r'', '-', 'abc'), re.sub(r'x*', '-', 'abxd'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'(?m)^', '> ', 'line1\nline2\n'))
print(re.sub(r'\\', '/', 'a\\b\\c'), re.sub(r'a', '\\\\', 'xax'))
print(re.sub(r'(\d)', r'\101', '5'), re.sub(r'(\d)', r'\0', '5') == '\0', re.sub('.', r'\x', 'a') if False else '')
print(re.sub(rb'(\w+)', rb'<\1>', b'hi there'), re.sub(b'a', b'\\n', b'cat'))

print("-- sub with a callable")
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].capitalize(), 'the quick fox'))
print(re.sub(r'a', lambda m: None, 'banana'))
print(re.sub(r'x*', lambda m: '[%s]' % m.group(), 'axxb'))
calls = []
def record(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return '#'
print(re.compile(r'o').sub(record, 'foo boo', count=3), calls)

print("-- subn")
print(re.subn(r'o', '0', 'foo boo'), re.subn(r'z', '0', 'foo'), re.compile('o').subn('', 'foo', 1))
print(re.subn('', '.', ''), re.subn('$', '!', 'a\n'))

print("-- pattern methods")
p = re.compile(r'(\d+)')
print(p.sub(r'<\1>', 'a1b22'), p.subn(r'<\1>', 'a1b22'), p.split('a1b22c'), p.findall('a1b22'))
print(p.search('abc123def', 4), p.search('abc123def', 0, 4), p.match('abc123', 3), p.fullmatch('x12y', 1, 3))
print(p.search('abc123def', pos=5, endpos=6), p.match('123', endpos=2))
m = p.search('xx12345yy', 3, 6)
print(m, m.pos, m.endpos, m.string)
print(re.compile(r'$').search('ab\n', 0, 2), re.compile(r'^b').search('ab', 1), re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'a\Z').search('aab', 0, 2))
