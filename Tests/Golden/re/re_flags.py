# re: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII; inline and scoped flags; RegexFlag values and reprs
import re

print("-- flag values")
for f in [re.I, re.IGNORECASE, re.M, re.MULTILINE, re.S, re.DOTALL, re.X, re.VERBOSE, re.A, re.ASCII, re.U,
          re.UNICODE, re.L, re.NOFLAG]:
    print(repr(f), f.value, f == f.value, isinstance(f, int))
print(re.I | re.M, re.I | re.S | re.X, (re.I | re.M).value, re.I & re.M, re.I + 0)
print(str(re.M), repr(re.DOTALL | re.ASCII), re.RegexFlag.IGNORECASE)
print(re.compile('a', re.I).flags, re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(?i)a').flags, re.compile('(?s)a', re.M).flags, re.compile('(?x) a').flags)
print(re.compile('a', re.I | re.M), re.compile('a', re.S | re.X), re.compile('a', re.A), re.compile(b'a', re.I))
print(re.compile('a', 2), re.compile('a', re.U), re.compile('(?u)a'))

print("-- IGNORECASE")
print(re.findall(r'hello', 'Hello HELLO hello hElLo', re.I))
print(re.findall(r'[a-c]+', 'ABCabcXYZ', re.I))
print(re.findall(r'[^a-c]+', 'ABCxyzabc', re.I))
print(re.match(r'straße', 'STRASSE', re.I), re.match(r'ß', 'ẞ', re.I))
print(re.match(r'é', 'É', re.I), re.match(r'[é]', 'É', re.I), re.match(r'[à-ÿ]+', 'ÀÉÎ', re.I))
print(re.match(r'k', 'K', re.I), re.match(r'k', '\u212a', re.I), re.match(r'k', '\u212a', re.I | re.A))
print(re.match(r's', 'ſ', re.I), re.match(r'[a-z]+', 'ſ', re.I), re.match(r'σ', 'ς', re.I), re.match(r'Σ', 'ς', re.I))
print(re.match(r'i', 'İ', re.I), re.match(r'ı', 'I', re.I), re.match(r'µ', 'Μ', re.I))
print(re.match(r'[\w]+', 'ÄbC', re.I), re.match(r'\W', 'A', re.I))
print(re.match(r'[^x]', 'X', re.I), re.match(r'[^x]', 'y', re.I))
print(re.match(r'ǅ', 'Ǆ', re.I), re.match(r'ǆ', 'ǅ', re.I))
print(re.match(rb'abc', b'ABC', re.I), re.match(rb'\xe9', b'\xc9', re.I))

print("-- MULTILINE")
text = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.M))
print(re.findall(r'^', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n'))
print(re.search(r'\Atwo', text, re.M), re.search(r'three\Z', text, re.M), re.search(r'three\n\Z', text))

print("-- DOTALL")
print(re.match(r'.+', 'a\nb'), re.match(r'.+', 'a\nb', re.S), re.match(r'(?s).+', 'a\nb'))
print(re.findall(r'.', 'a\r\n', re.S), re.findall(r'.', 'a\r\n'))

print("-- VERBOSE")
p = re.compile(r'''
    (?P<int>\d+)    # the integer part
    (?: \. (?P<frac>\d+) )?   # optional fraction
    \ units         # escaped space
    [ ]x            # space in a class
''', re.X)
print(p.match('3.14 units x').groupdict())
print(re.match(r'(?x) a b c # comment', 'abc'), re.match(r'(?x)a\#b', 'a#b'), re.match('(?x)a#b\nc', 'ac'))
print(re.match(r'a (?x: b c ) d', 'a bc d'), re.match(r'(?x)a (?-x: b ) c', 'a b c'))

print("-- ASCII")
print(re.findall(r'\w+', 'naïve café'), re.findall(r'\w+', 'naïve café', re.A), re.findall(r'(?a)\w+', 'über'))
print(re.findall(r'\d', '1٣2'), re.findall(r'\d', '1٣2', re.A), re.findall(r'\s', 'a\u00a0b c'), re.findall(r'\s', 'a\u00a0b c', re.A))
print(re.search(r'\bé', ' é'), re.search(r'\bé', ' é', re.A), re.findall(rb'\w+', b'caf\xe9 ok'))

print("-- scoped flags")
print(re.match(r'(?i:a)b', 'AB'), re.match(r'(?i:a)b', 'Ab'), re.match(r'a(?i)', 'a') if False else None)
print(re.match(r'(?i)a(?-i:b)c', 'AbC'), re.match(r'(?i)a(?-i:b)c', 'ABC'))
print(re.match(r'(?s:.)(.)', '\n\n'), re.match(r'(?m:^a$)\n^b', 'a\nb'))
print(re.findall(r'(?i:[a-c])x', 'Ax bx Cx cX'))
print(re.match(r'(?ims)a.B$', 'A\nb\n'))
