# re: re.error messages and attributes for bad patterns and templates; TypeError/ValueError for bad arguments
import re

patterns = [
    'a**', 'a*+*', 'a{2}{3}', '*', '+a', '?', 'a|*', '(*)', '^*', '\\b*', '{1}' , 'x{2,1}',
    '(', '(?:', '(a', 'a)', ')', '(a))', '((a)', '(?P<n>', '(?=a', '(?<=a', '(?#abc', '(?',
    '[a', '[', '[^', '[a-', '[]', '[z-a]', '[\\d-z]', '[a-\\d]', '[\\w-\\d]',
    '\\', 'a\\', '\\q', '\\e', '[\\q]', '\\x', '\\x1', '\\xg', '\\u12', '\\U0001234', '\\U00110000', '\\N{DASH}',
    '\\1', '(a)\\2', '(a\\1)', '\\8', '[\\8]', '\\777', '[\\777]', '\\400',
    '(?P<1>a)', '(?P<a b>x)', '(?P<>x)', '(?P<a', '(?P=x)', '(?P=)', '(?P=a', '(?P<a>x)(?P<a>y)', '(?Px)', '(?P',
    '(?z)', '(?<x)', '(?<', '(?ix', '(?i-', '(?-)', '(?-z:a)', '(?i-i:a)', '(?a-a:x)', '(?-a:x)', '(?au)x',
    '(?L)x', '(?t:x)', '(?-t:x)', 'x(?i)', 'a|(?i)b', '(?i)(?m)ok', '(a)(?i)',
    '(?<=a+)b', '(?<!a|bc)d', '(?<=a*)b', '(?<=\\1)(a)', '(a)(?<=\\1)', '(?<=(a))\\1', '(?<=(a)\\1)b',
    '(?(1)a|b)', '(?(x)a)', '(?(0)a)', '(?(-1)a)', '(?(1a)a)', '(?(1)a|b|c)', '(a)(?(1)x', '(?(',
    'a{99999999999}', 'abc\n(def', 'line1\nline2\n[x',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p if e.pattern else e.pattern)
    except (OverflowError, ValueError) as e:
        print(repr(p), '->', type(e).__name__, e)

print("-- bytes pattern errors")
for p in [b'\\u1234', b'(?u)x', b'[a', b'\\N{X}']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, '->', e, e.pattern)

print("-- template errors")
for t in [r'\3', r'\g<3>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\g<a b>', r'\q', '\\', r'\777']:
    try:
        print(repr(re.sub(r'(a)(?P<n>b)', t, 'ab')))
    except re.error as e:
        print(repr(t), 're.error', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)

print("-- argument errors")
tries = [
    lambda: re.compile(123),
    lambda: re.match(None, 'a'),
    lambda: re.search('a', 5),
    lambda: re.findall('a', ['a']),
    lambda: re.compile('a').match(b'a'),
    lambda: re.compile(b'a').match('a'),
    lambda: re.compile('a', re.L),
    lambda: re.compile('a', re.A | re.U),
    lambda: re.compile(b'a', re.U),
    lambda: re.sub('a', 1, 'a'),
    lambda: re.sub('a', lambda m: 1, 'xa'),
    lambda: re.sub('a', b'x', 'xa'),
    lambda: re.sub(b'a', 'x', b'a'),
    lambda: re.compile('a').match(),
    lambda: re.compile('a').search('a', 'x'),
    lambda: re.match('(a)', 'a').group(2),
    lambda: re.match('(a)', 'a').start('x'),
    lambda: re.escape(5),
    lambda: re.compile('a', 'i'),
    lambda: re.Pattern(),
]
for t in tries:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__, e)

print("-- re.error objects")
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__module__)
e = re.error('bad', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
try:
    raise re.error('custom', 'xyz', 1)
except re.error as err:
    print('caught', err)
try:
    re.compile('(')
except Exception as err:
    print(type(err).__name__, type(err) is re.error, err.args)
