import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// `open()` and file objects, and the builtins compile/__import__/help/aiter/anext/exit.
///
/// Each test runs a Python program through the interpreter and compares what it prints with the output
/// of CPython 3.11 (`python3`), observed once and hard-coded here.
final class FileAndBuiltinTests: XCTestCase {
    func testFiles() throws {
        let prefix = "swiftray-file-test-\(getpid())-"
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(prefix).path
        defer { removeTemporaryFiles(withPrefix: prefix) }
        let source = Self.testFilesSource.replacingOccurrences(of: "base = BASE", with: "base = '\(base)'")
        XCTAssertEqual(try runPython(source), Self.testFilesExpected)
    }

    static let testFilesSource = #"""
base = BASE
p = base + 'a.txt'
with open(p, 'w') as f:
    print(f.write('line one\n'), f.write('line two\r\nthird\rfourth'), f.writelines(['\nx', 'y\n']))
    print(repr(f).startswith("<_io.TextIOWrapper name='"), f.mode, f.name == p, f.closed, f.encoding, f.readable(), f.writable(), f.seekable())
print(f.closed, repr(f) == "<_io.TextIOWrapper name='%s' mode='w' encoding='UTF-8'>" % p)
with open(p) as f:
    print(repr(f.read()))
with open(p, newline='') as f:
    print(f.readlines())
with open(p, newline='\r') as f:
    print(f.readlines())
with open(p, newline='\r\n') as f:
    print(f.readlines())
with open(p, 'rb') as f:
    print(f.read(), repr(f) == '<_io.BufferedReader name=%r>' % p, f.mode)
with open(p) as f:
    print(repr(f.read(5)), f.tell(), repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell())
    print(f.seek(0), repr(f.read(4)), f.seek(0, 2), repr(f.read()), f.seek(0, 1))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
f = open(p)
print(next(f), list(f), f.readline() == '', f.read() == '')
f.close()
for op in ['read', 'readline', 'readlines', 'tell', 'seek', 'write', '__iter__', '__enter__', 'flush', 'fileno']:
    try:
        args = (0,) if op == 'seek' else ('x',) if op == 'write' else ()
        getattr(f, op)(*args)
    except ValueError as e:
        print(op, type(e).__name__, e)
with open(p, 'a') as f:
    print(f.tell() > 0, f.write('appended'))
with open(p, 'r+') as f:
    print(repr(f.read(3)), f.write('ZZ'), f.tell())
    f.seek(0)
    print(repr(f.read()))
bp = base + 'b.bin'
with open(bp, 'wb') as f:
    print(f.write(bytes(range(10))), f.write(bytearray(b'\xff\xfe')), repr(f) == '<_io.BufferedWriter name=%r>' % bp, f.mode)
with open(bp, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(8), f.read(), f.read(), f.seek(-3, 2), f.read(1), f.seek(1, 1), f.read())
with open(bp, 'ab') as f:
    f.write(b'END\nline2\n')
with open(bp, 'rb') as f:
    print(f.readline(), f.readlines(), f.readline())
with open(bp, 'r+b') as f:
    print(repr(f) == '<_io.BufferedRandom name=%r>' % bp, f.mode, f.read(2), f.write(b'!!'), f.tell(), f.seek(0), f.read(5))
with open(bp, 'w+b') as f:
    print(f.mode, f.write(b'abc'), f.seek(0), f.read(), f.truncate(1), f.seek(0), f.read())
up = base + 'u.txt'
with open(up, 'w', encoding='utf-8') as f:
    f.write('héllo 😀\nwörld\n')
with open(up, encoding='utf-8') as f:
    print(repr(f) == "<_io.TextIOWrapper name=%r mode='r' encoding='utf-8'>" % up, f.read(7), repr(f.read(1)), f.readline(), f.tell())
with open(up, 'rb') as f:
    print(f.read())
with open(up, 'w', encoding='latin-1') as f:
    f.write('café\n')
with open(up, 'rb') as f:
    print(f.read())
with open(up, encoding='latin-1') as f:
    print(f.read())
try:
    with open(up, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(up, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(up, 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('c')
with open(up, 'rb') as f:
    print(f.read())
with open(up, encoding='utf-16') as f:
    print(f.read())
with open(up, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(up, 'rb') as f:
    print(f.read())
f = open(up, 'w')
try:
    f.read()
except Exception as e:
    print(type(e).__name__, type(e).__mro__[1:3], e)
f.close()
f = open(up, 'wb')
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    f.write('str')
except TypeError as e:
    print('TypeError', e)
f.close()
with open(up, 'w') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print('TypeError', e)
try:
    open(base + 'missing/nope.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base + 'missing/nope.txt', isinstance(e, OSError), e.args)
    print(str(e) == "[Errno 2] No such file or directory: '%s'" % (base + 'missing/nope.txt'))
try:
    open('/tmp')
except IsADirectoryError as e:
    print(repr(e), e)
try:
    open(p, 'x')
except FileExistsError as e:
    print(repr(e), e.errno)
for args, kw in [((p, 'q'), {}), ((p, 'rw'), {}), ((p, 'rbt'), {}), ((p, ''), {}), ((p, 'rr'), {}), ((p, 'rb'), {'encoding': 'utf-8'}), ((p, 'rb'), {'newline': ''}), ((p,), {'newline': 'x'}), ((p,), {'encoding': 'nope'}), ((3.5,), {}), ((None,), {}), ((p, 'r', 0), {})]:
    try:
        open(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
e = OSError(2, 'No such file or directory', 'foo.txt')
print(type(e).__name__, e, e.args, e.errno, e.filename, repr(e))
print(OSError('plain'), OSError(13, 'Permission denied'), type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__, OSError(1, 'a', 'b', None, 'c'))
print(open(p).read(3), len(open(p, 'rb').read()))
open(p, 'w').write('gone')
print(open(p).read())
print(f'{"x":>3}', file=open(p, 'w'))
print(repr(open(p).read()))

"""#

    // Printed by CPython 3.11 for the program above.
    static let testFilesExpected = #"""
9 22 None
True w True False UTF-8 False True True
True True
'line one\nline two\nthird\nfourth\nxy\n'
['line one\n', 'line two\r\n', 'third\r', 'fourth\n', 'xy\n']
['line one\nline two\r', '\nthird\r', 'fourth\nxy\n']
['line one\nline two\r\n', 'third\rfourth\nxy\n']
b'line one\nline two\r\nthird\rfourth\nxy\n' True rb
'line ' 5 'one\n' 'lin' 'e two\n' 19
0 'line' 35 '' 35
0 'line one\n'
1 'line two\n'
2 'third\n'
3 'fourth\n'
4 'xy\n'
line one
 ['line two\n', 'third\n', 'fourth\n', 'xy\n'] True True
read ValueError I/O operation on closed file.
readline ValueError I/O operation on closed file.
readlines ValueError I/O operation on closed file.
tell ValueError I/O operation on closed file.
seek ValueError I/O operation on closed file.
write ValueError I/O operation on closed file.
__iter__ ValueError I/O operation on closed file.
__enter__ ValueError I/O operation on closed file.
flush ValueError I/O operation on closed file.
fileno ValueError I/O operation on closed file
True 8
'lin' 2 45
'line one\nline two\nthird\nfourth\nxy\nappendedZZ'
10 2 True wb
b'\x00\x01\x02' 3 8 b'\x08\t\xff\xfe' b'' 9 b'\t' 11 b'\xfe'
b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\xff\xfeEND\n' [b'line2\n'] b''
True rb+ b'\x00\x01' 2 4 0 b'\x00\x01!!\x04'
rb+ 3 0 b'abc' 1 0 b'a'
True héllo 😀 '\n' wörld
 19
b'h\xc3\xa9llo \xf0\x9f\x98\x80\nw\xc3\xb6rld\n'
b'caf\xe9\n'
café

UnicodeDecodeError 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
'caf�\n'
b'\xff\xfea\x00b\x00c\x00'
abc
b'a\r\nb\r\n'
UnsupportedOperation (<class 'OSError'>, <class 'ValueError'>) not readable
UnsupportedOperation read
TypeError a bytes-like object is required, not 'str'
TypeError write() argument must be str, not bytes
FileNotFoundError 2 No such file or directory True True (2, 'No such file or directory')
True
IsADirectoryError(21, 'Is a directory') [Errno 21] Is a directory: '/tmp'
FileExistsError(17, 'File exists') 17
ValueError invalid mode: 'q'
ValueError must have exactly one of create/read/write/append mode
ValueError can't have text and binary mode at once
ValueError Must have exactly one of create/read/write/append mode and at most one plus
ValueError invalid mode: 'rr'
ValueError binary mode doesn't take an encoding argument
ValueError binary mode doesn't take a newline argument
ValueError illegal newline value: x
LookupError unknown encoding: nope
TypeError expected str, bytes or os.PathLike object, not float
TypeError expected str, bytes or os.PathLike object, not NoneType
ValueError can't have unbuffered text I/O
FileNotFoundError [Errno 2] No such file or directory: 'foo.txt' (2, 'No such file or directory') 2 foo.txt FileNotFoundError(2, 'No such file or directory')
plain [Errno 13] Permission denied PermissionError FileExistsError [Errno 1] a: 'b' -> 'c'
lin 45
gone
'  x\n'

"""#

    func testMoreBuiltins() throws {
        XCTAssertEqual(try runPython(Self.testMoreBuiltinsSource), Self.testMoreBuiltinsExpected)
    }

    static let testMoreBuiltinsSource = #"""
c = compile('x = 5\nprint(x * 2)', 'f.py', 'exec')
print(type(c).__name__)
exec(c)
g = {}
exec(compile('y = 7', '<s>', 'exec'), g)
print(g['y'], eval(compile('1 + 2 * 3', '<e>', 'eval')), eval(compile(b'40 + 2', '<b>', 'eval')))
exec(compile('1 + 2', '<single>', 'single'))
for bad in ["compile('x', 'f', 'bad')", "compile(5, 'f', 'exec')", "compile('a\\x00', 'f', 'exec')", "compile('1 +', 'f', 'eval')", "__import__('')", "__import__(5)", "aiter(5)", "anext(5)"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
b = __import__('builtins')
print(b.len('abc'), type(b).__name__)
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    '''Doc line.

    More.'''
help(f)
def g2(x, /, y, *, z=None):
    pass
help(g2)
class C:
    'A class.'
    def m(self, x): 'm doc'
    def n(self): pass
help(C)
help(C().m)
print(memoryview(b'ab')[0], type(memoryview(b'')).__name__)
async def agen():
    yield 1
    yield 2
async def main():
    it = aiter(agen())
    out = [await anext(it), await anext(it), await anext(it, 'done')]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append('stop')
    return out
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit()
except SystemExit as e:
    print('SystemExit', e.code)

"""#

    // Printed by CPython 3.11 for the program above.
    static let testMoreBuiltinsExpected = #"""
code
10
7 7 42
3
ValueError compile() mode must be 'exec', 'eval' or 'single'
TypeError compile() arg 1 must be a string, bytes or AST object
SyntaxError source code string cannot contain null bytes
SyntaxError invalid syntax (f, line 1)
ValueError Empty module name
TypeError module name must be a string
TypeError 'int' object is not an async iterable
TypeError 'int' object is not an async iterator
3 module
Help on function f in module __main__:

f(a, b: int = 2, *args, c, d=4, **kw) -> str
    Doc line.
    
    More.

Help on function g2 in module __main__:

g2(x, /, y, *, z=None)

Help on class C in module __main__:

class C(builtins.object)
 |  A class.
 |  
 |  Methods defined here:
 |  
 |  m(self, x)
 |      m doc
 |  
 |  n(self)
 |  
 |  ----------------------------------------------------------------------
 |  Data descriptors defined here:
 |  
 |  __dict__
 |      dictionary for instance variables
 |  
 |  __weakref__
 |      list of weak references to the object

Help on method m in module __main__:

m(x) method of __main__.C instance
    m doc

97 memoryview
[1, 2, 'done', 'stop']
SystemExit 3
SystemExit None

"""#

}
