# strip/lstrip/rstrip with default and custom chars, removeprefix/removesuffix, replace with counts.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcHELLOcba'.strip('abc'), '...a.b...'.rstrip('.'))
print('www.example.com'.lstrip('w.'), 'mississippi'.rstrip('ip'), repr('aaa'.strip('a')))
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'abc'.removeprefix('x'))
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'c'))
print('hello'.replace('', '-'), 'hello'.replace('l', ''), 'abc'.replace('x', 'y'))
print('banana'.replace('an', 'AN', 1), 'a.b.c'.replace('.', ' . '), ''.replace('', 'x'))
print('tab\tsep'.expandtabs(), 'a\tbc\tdef'.expandtabs(4), repr('\t'.expandtabs(2)))
print('  x  '.strip(' '), '\u00a0nbsp\u00a0'.strip() == 'nbsp', '\u3000wide\u3000'.strip())
print('hello world'.translate(str.maketrans('lo', '01')), 'abc'.translate({ord('a'): None, ord('b'): 'BB'}))
print(str.maketrans('ab', 'xy', 'c') == {97: 120, 98: 121, 99: None})
