import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// Methods of `str`, `bytes` and `bytearray`: case mapping, predicates, padding, splitting, codecs.
///
/// Each test runs a Python program through the interpreter and compares what it prints with the output
/// of CPython 3.11 (`python3`), observed once and hard-coded here.
final class StrBytesMethodTests: XCTestCase {
    func testStrMethods() throws {
        XCTAssertEqual(try runPython(Self.testStrMethodsSource), Self.testStrMethodsExpected)
    }

    static let testStrMethodsSource = #"""
# str methods
s = 'Hello, World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print('ß'.upper(), 'ﬁ'.upper(), 'İ'.lower() == 'i\u0307', 'ΣΑΣ ΑΣ.Σ'.lower(), 'ΑΣ'.swapcase(), 'ǆ'.title(), 'ß'.title())
print("they're bill's friends".title(), 'hello world'.title(), 'o\'neil 3rd'.title(), '123abc'.capitalize())
print('Straße'.casefold(), 'ẞ'.casefold(), 'ﬃ'.casefold(), 'ΣΑΣ'.casefold())
print('abc'.center(7, '*'), 'abc'.center(6), '|' + 'ab'.ljust(5) + '|', 'ab'.rjust(5, '.'), 'x'.center(4, '-'))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3))
print('abcabcabc'.count('abc'), 'abcabcabc'.count('abc', 1), 'abcabcabc'.count('abc', 1, 6), 'aaa'.count(''), 'aaa'.count('', 1), 'abc'.count('', 4), 'abc'.count('', 3))
print('a\tb\tc'.expandtabs(), 'a\tb\tc'.expandtabs(4), 'ab\n\tc'.expandtabs(2), repr('\t'.expandtabs(0)))
print('{a}+{b}'.format_map({'a': 1, 'b': 2}))
class D(dict):
    def __missing__(self, k): return '?' + k
print('{x} {y}'.format_map(D(x=1)))
for t in ['abc', 'ABC', 'aBc', 'Abc Def', 'Abc def', '123', '', ' ', '\t\n', 'a1', 'é', 'Ⅻ', '½', '²', '٣', '_x', '1x', 'x y', '\x1c', '\u00a0', '\u200b', 'ǅ', 'ǅa', 'a\x00']:
    print(repr(t), [m for m in ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'] if getattr(t, m)()])
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('prefix-body'.removeprefix('prefix-'), 'prefix-body'.removeprefix('x'), 'body.py'.removesuffix('.py'), 'x'.removesuffix(''))
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
print('a\nb\r\nc\r'.splitlines(True), ''.splitlines(), 'x'.splitlines(keepends=True), '\n'.splitlines())
print('hello'.translate(str.maketrans('el', 'ip')), 'hello'.translate(str.maketrans('', '', 'l')), 'abc'.translate({97: 'AA', 98: None, 99: 100}))
print(str.maketrans('ab', 'cd'), str.maketrans({'a': 1, 'b': 'x'}), str.maketrans('a', 'b', 'c'))
print('abc'.translate([None, 'q'] * 60), 'abc'.translate('xyz'))
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'abc'.encode('ascii'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'))
print('héllo€'.encode('ascii', 'backslashreplace'), 'h€'.encode('ascii', 'xmlcharrefreplace'), 'a'.encode('utf-16'), 'a'.encode('utf-16-be'), 'a'.encode('utf-32-le'))
for args in [('ascii',), ('latin-1',), ('nope',), ('ascii', 'bogus')]:
    try:
        print('é€x€€'.encode(*args))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
print(list(iter('ab')), 'ab'.__iter__().__next__(), 'a' + 'b', 'ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(2), 'b'.__lt__('a'), 'b'.__ge__('a'), 'a'.__ne__('a'))
print('%s=%d' % ('x', 1), 'abc'.__mod__(()), 'a'.__lt__(1))
print('  a b c  '.split(None, 1), '  a b c  '.rsplit(None, 1), 'a\x1cb\x1dc'.split(), '\x1c x \x1f'.strip(), 'a b'.split(maxsplit=0))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('c', -1), 'abc'.startswith(('x', 'a')))
print('héllo wörld'.find('w'), 'héllo wörld'.index('ö'), 'héllo wörld'.rfind('l'), 'héllo'.count('l', 2), 'héllo'.startswith('llo', 2), 'ü'.center(5, 'é'))
for bad in ["'x'.center(5, 'ab')", "'x'.center(5, 1)", "'x'.strip(1)", "''.join(5)", "''.join([1])", "'x'.startswith(('a', 1))", "'x'.startswith(1)", "'x'.partition('')", "'x'.removeprefix(1)", "str.maketrans('ab', 'c')", "str.maketrans({'ab': 1})", "str.maketrans([1])", "'x'.translate({120: 1.5})", "'x'.find('a', 'b')", "'x'.index('y')", "'x'.replace(1, 'a')", "'x'.replace('a', 1)", "'x'.encode(1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)

"""#

    // Printed by CPython 3.11 for the program above.
    static let testStrMethodsExpected = #"""
HELLO, WORLD hello, world hELLO, wORLD Hello, World Hello, world hello, world
SS FI True σας ασ.ς ας ǅ Ss
They'Re Bill'S Friends Hello World O'Neil 3Rd 123abc
strasse ss ffi σασ
**abc**  abc   |ab   | ...ab -x--
00042 -0042 +007 abc 000 -00
3 2 1 4 3 0 1
a       b       c a   b   c ab
  c ''
1+2
1 ?y
'abc' ['isalnum', 'isalpha', 'isascii', 'isidentifier', 'islower', 'isprintable']
'ABC' ['isalnum', 'isalpha', 'isascii', 'isidentifier', 'isprintable', 'isupper']
'aBc' ['isalnum', 'isalpha', 'isascii', 'isidentifier', 'isprintable']
'Abc Def' ['isascii', 'isprintable', 'istitle']
'Abc def' ['isascii', 'isprintable']
'123' ['isalnum', 'isascii', 'isdecimal', 'isdigit', 'isnumeric', 'isprintable']
'' ['isascii', 'isprintable']
' ' ['isascii', 'isprintable', 'isspace']
'\t\n' ['isascii', 'isspace']
'a1' ['isalnum', 'isascii', 'isidentifier', 'islower', 'isprintable']
'é' ['isalnum', 'isalpha', 'isidentifier', 'islower', 'isprintable']
'Ⅻ' ['isalnum', 'isidentifier', 'isnumeric', 'isprintable', 'istitle', 'isupper']
'½' ['isalnum', 'isnumeric', 'isprintable']
'²' ['isalnum', 'isdigit', 'isnumeric', 'isprintable']
'٣' ['isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isprintable']
'_x' ['isascii', 'isidentifier', 'islower', 'isprintable']
'1x' ['isalnum', 'isascii', 'islower', 'isprintable']
'x y' ['isascii', 'islower', 'isprintable']
'\x1c' ['isascii', 'isspace']
'\xa0' ['isspace']
'\u200b' []
'ǅ' ['isalnum', 'isalpha', 'isidentifier', 'isprintable', 'istitle']
'ǅa' ['isalnum', 'isalpha', 'isidentifier', 'isprintable', 'istitle']
'a\x00' ['isascii', 'islower']
('a', '=', 'b=c') ('a=b', '=', 'c') ('abc', '', '') ('', '', 'abc')
body prefix-body body x
['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']
['a\n', 'b\r\n', 'c\r'] [] ['x'] ['']
hippo heo AAd
{97: 99, 98: 100} {97: 1, 98: 'x'} {97: 98, 99: None}
qq abc
b'h\xc3\xa9llo' b'h\xe9llo' b'abc' b'hllo' b'h?llo'
b'h\\xe9llo\\u20ac' b'h&#8364;' b'\xff\xfea\x00' b'\x00a' b'a\x00\x00\x00'
UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
UnicodeEncodeError 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
LookupError unknown encoding: nope
LookupError unknown error handler name 'bogus'
ascii 'é' 0 1 ordinal not in range(128) ('ascii', 'é', 0, 1, 'ordinal not in range(128)')
['a', 'b'] a ab abc abab abab False True False
x=1 abc NotImplemented
['a', 'b c  '] ['  a b', 'c'] ['a', 'b', 'c'] x ['a b']
3 -1 True False True True
6 7 9 2 True ééüéé
TypeError The fill character must be exactly one character long
TypeError The fill character must be a unicode character, not int
TypeError strip arg must be None or str
TypeError can only join an iterable
TypeError sequence item 0: expected str instance, int found
TypeError tuple for startswith must only contain str, not int
TypeError startswith first arg must be str or a tuple of str, not int
ValueError empty separator
TypeError removeprefix() argument must be str, not int
ValueError the first two maketrans arguments must have equal length
ValueError string keys in translate table must be of length 1
TypeError if you give only one argument to maketrans it must be a dict
TypeError character mapping must return integer, None or str
TypeError slice indices must be integers or None or have an __index__ method
ValueError substring not found
TypeError replace() argument 1 must be str, not int
TypeError replace() argument 2 must be str, not int
TypeError encode() argument 'encoding' must be str, not int

"""#

    func testBytesMethods() throws {
        XCTAssertEqual(try runPython(Self.testBytesMethodsSource), Self.testBytesMethodsExpected)
    }

    static let testBytesMethodsSource = #"""
b = b'Hello, World'
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.split(b', '), b.replace(b'l', b'L'), b.replace(b'l', b'L', 1), b.replace(b'', b'-'))
print(b.startswith(b'He'), b.endswith((b'x', b'ld')), b.startswith(b'', 12), b.startswith(b'', 13), b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'W'), b.count(b'l'), b.count(b'l', 4), b.count(b''))
print(b.hex(), b'\x00\xff\x10'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03\x04\x05'.hex(' ', -2), bytes.fromhex('de ad BE ef'), bytearray.fromhex('0a0b'), bytes.fromhex(''))
print(b' \t x y \n'.strip(), b'xxhixx'.strip(b'x'), b'  a'.lstrip(), b'a  '.rstrip(), b'a b  c'.split(), b'  a b c  '.split(None, 1), b'a,b,,c'.split(b','), b'a,b,c'.rsplit(b',', 1))
print(b','.join([b'1', bytearray(b'2'), memoryview(b'3')]), b''.join([]), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'-5'.zfill(4), b'5'.zfill(1))
print(b'12'.isdigit(), b'1a'.isdigit(), b'ab'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b''.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii(), b''.isascii())
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'pre_x'.removeprefix(b'pre_'), b'x.py'.removesuffix(b'.py'))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b'a\tb'.expandtabs(4), b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'abc'.decode('ascii'), b'caf\xc3'.decode('utf-8', 'replace'), b'\xffabc'.decode('utf-8', 'ignore'), b'\xff'.decode('utf-8', 'backslashreplace'))
print(b'\xff\xfeh\x00i\x00'.decode('utf-16'), b'h\x00'.decode('utf-16-le'), b'\x00h'.decode('utf-16-be'), 'h€😀'.encode('utf-16-le').decode('utf-16-le'), 'h😀'.encode('utf-32').decode('utf-32'), 'x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))
for data, enc in [(b'\xff\xfe', 'utf-8'), (b'caf\xc3', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xe2\x82a', 'utf-8'), (b'\xe2a', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'), (b'ab\x80', 'ascii'), (b'a', 'utf-16-le')]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, '|', e.start, e.end, e.reason, e.encoding, e.object)
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba.extend([103, 104]); ba.insert(0, 122); ba.insert(-1, 33)
print(ba, len(ba), ba.pop(), ba.pop(0), ba, ba.remove(33), ba, ba.copy(), ba.reverse(), ba)
ba.__setitem__(0, 65); ba.__setitem__(slice(1, 3), b'XYZ'); ba.__delitem__(0); ba.__delitem__(slice(0, 2))
print(ba, ba.upper(), type(ba.upper()).__name__, ba.decode(), bytes(ba), ba.hex(), ba.clear(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'), bytes(memoryview(b'xy')), bytes(2), bytes('é', 'latin-1'), bytes(b'ab'), bytes(range(3)))
m = memoryview(b'abc')
print(m[1], m[0:2].tobytes(), len(m), m.tolist(), list(m), m.hex(), m.nbytes, m.readonly)
for bad in ["bytes([256])", "bytes(['a'])", "bytes(1.5)", "bytes('x')", "bytearray().append(256)", "bytearray().append('a')", "bytearray().pop()", "b'a'.center(5, b'ab')", "b'x'.startswith('x')", "b'x'.find('x')", "bytes.fromhex('zz')", "bytes.fromhex('a')", "b'abc'.index(b'z')", "bytearray(b'a').remove(98)", "b'x'.decode('nope')", "b'x'.split(b'')", "b''.join(['a'])", "bytes('x', 'nope')", "str(b'x', 'utf-8', 'bogus')", "bytes(-1)", "b'x'.hex('ab')", "b'x'.translate(b'ab')"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(str(b'\xc3\xa9', 'utf-8'), str(b'xyz'), str(bytearray(b'q'), 'ascii'), str(b'a\xffb', 'utf-8', 'replace'), str(b'abc', encoding='latin-1'))
print(b'%s=%d'.__mod__((b'k', 5)), b'%c%c'.__mod__((65, b'B')), b'%r %a'.__mod__(('x', 'é')), b'%5.2f|%-4s|'.__mod__((3.14159, b'ab')), bytearray(b'%s').__mod__(b'q'), b'%b'.__mod__(b'z'), b'%x'.__mod__(255), b'%(k)s'.__mod__({b'k': b'v'}))

"""#

    // Printed by CPython 3.11 for the program above.
    static let testBytesMethodsExpected = #"""
b'hello, world' b'HELLO, WORLD' b'hELLO, wORLD' b'Hello, World' b'Hello, world' [b'Hello', b'World'] b'HeLLo, WorLd' b'HeLlo, World' b'-H-e-l-l-o-,- -W-o-r-l-d-'
True True True False 4 8 4 7 3 1 13
48656c6c6f2c20576f726c64 00:ff:10 01-0203-0405 0102 0304 05 b'\xde\xad\xbe\xef' bytearray(b'\n\x0b') b''
b'x y' b'hi' b'a' b'a' [b'a', b'b', b'c'] [b'a', b'b c  '] [b'a', b'b', b'', b'c'] [b'a,b', b'c']
b'1,2,3' b'' b'**ab**' b'ab  ' b'00ab' b'-005' b'5'
True False True True True False True True True False True
(b'a', b'=', b'b=c') (b'a=b', b'=', b'c') (b'abc', b'', b'') b'x' b'x'
[b'a', b'b', b'c', b'd'] [b'a\n', b'b\r\n'] b'a   b' b'hippo' b'heo'
café cafÃ© abc caf� abc \xff
hi h h h€😀 h😀 b'\xef\xbb\xbfx' x
UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte | 0 1 invalid start byte utf-8 b'\xff\xfe'
UnicodeDecodeError 'utf-8' codec can't decode byte 0xc3 in position 3: unexpected end of data | 3 4 unexpected end of data utf-8 b'caf\xc3'
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data | 0 2 unexpected end of data utf-8 b'\xe2\x82'
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte | 0 2 invalid continuation byte utf-8 b'\xe2\x82a'
UnicodeDecodeError 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte | 0 1 invalid continuation byte utf-8 b'\xe2a'
UnicodeDecodeError 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte | 0 1 invalid continuation byte utf-8 b'\xed\xa0\x80'
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data | 0 3 unexpected end of data utf-8 b'\xf0\x9f\x98'
UnicodeDecodeError 'ascii' codec can't decode byte 0x80 in position 2: ordinal not in range(128) | 2 3 ordinal not in range(128) ascii b'ab\x80'
UnicodeDecodeError 'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data | 0 1 truncated data utf-16-le b'a'
bytearray(b'gfedcba') 10 104 122 bytearray(b'gfedcba') None bytearray(b'gfedcba') bytearray(b'abcdefg') None bytearray(b'gfedcba')
bytearray(b'') bytearray(b'ZDCBA') bytearray Zdcba b'Zdcba' 5a64636261 None bytearray(b'')
bytearray(b'\x00\x00\x00') bytearray(b'\x01\x02') bytearray(b'h\xc3\xa9') b'xy' b'\x00\x00' b'\xe9' b'ab' b'\x00\x01\x02'
98 b'ab' 3 [97, 98, 99] [97, 98, 99] 616263 3 True
ValueError bytes must be in range(0, 256)
TypeError 'str' object cannot be interpreted as an integer
TypeError cannot convert 'float' object to bytes
TypeError string argument without an encoding
ValueError byte must be in range(0, 256)
TypeError 'str' object cannot be interpreted as an integer
IndexError pop from empty bytearray
TypeError center() argument 2 must be a byte string of length 1, not bytes
TypeError startswith first arg must be bytes or a tuple of bytes, not str
TypeError argument should be integer or bytes-like object, not 'str'
ValueError non-hexadecimal number found in fromhex() arg at position 0
ValueError non-hexadecimal number found in fromhex() arg at position 1
ValueError subsection not found
ValueError value not found in bytearray
LookupError unknown encoding: nope
ValueError empty separator
TypeError sequence item 0: expected a bytes-like object, str found
LookupError unknown encoding: nope
'x'
ValueError negative count
ValueError sep must be length 1.
ValueError translation table must be 256 characters long
é b'xyz' q a�b abc
b'k=5' b'AB' b"'x' '\\xe9'" b' 3.14|ab  |' bytearray(b'q') b'z' b'ff' b'v'

"""#

}
