import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// Formatting (`format`, `str.format`, f-strings, `%`) and the methods of `int` and `float`.
///
/// Each test runs a Python program through the interpreter and compares what it prints with the output
/// of CPython 3.11 (`python3`), observed once and hard-coded here.
final class FormattingNumberTests: XCTestCase {
    func testFormatSpecs() throws {
        XCTAssertEqual(try runPython(Self.testFormatSpecsSource), Self.testFormatSpecsExpected)
    }

    static let testFormatSpecsSource = #"""
# format() / str.format / f-strings / %
vals = [0, 7, -7, 1234567, 2**70, True]
for spec in ['', 'd', '5', '<5', '^7', '>+6', '=+8', '08', '08,', ',', '_', '_x', '#x', '#X', '#o', '#b', 'x<+8', '0=10,', 'c', 'e', '.2f', '%', 'n', '+,', ' ']:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(spec), out)
fvals = [0.0, -0.0, 1.5, -2.5, 1234.5, 0.1, 1e-7, 123456789.0, 1e16, 1e22, 2.5, float('inf'), float('-inf'), float('nan'), 3.14159265358979]
for spec in ['', '.0f', '.1f', '.2f', ',.2f', '10.3f', '<10.2f', '^+10.1f', '010.2f', '011,.1f', 'e', '.3e', 'E', 'g', '.3g', 'G', '#g', '.0', '.1', '.3', '#', '#.0f', '%', '.1%', 'z.1f', 'n', '_', '+', ' ']:
    out = []
    for v in fvals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(repr(spec), out)
for spec in ['', '5', '<5', '>5', '^6', '*^7', '.2', '5.1', '05', 'x>4', 's']:
    print(repr(spec), repr(format('ab', spec)), repr(format('héllo', spec)))
for bad in ["format(1, 'abc')", "format(1, '.')", "format(1, ',x')", "format(1, '.2')", "format(1, 'z')", "format(65, '+c')", "format(65, '#c')", "format('a', '+')", "format('a', '#')", "format('a', '=5')", "format('a', ',')", "format('a', 'd')", "format(1.5, 'd')", "format(1.5, 'x')", "format(None, '>5')", "format(2**40, 'c')", "format(1, ',_')"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(format(None, ''), format([1, 2], ''), format(complex(1, 2), ''), format(complex(1.5, -2), '.2f'), format(1j, ''))
print('{} {} {}'.format(1, 'a', 2.5), '{2}{1}{0}'.format('a', 'b', 'c'), '{x}-{y}'.format(x=1, y=2), '{0[1]} {0[a]} {1.real}'.format({1: 'one', 'a': 'A'}, 3))
print('{:>{w}}|{:<{w}}|{:^{w}.{p}f}'.format('r', 'l', 3.14159, w=7, p=2), '{:{}{}{}}'.format(42, '*', '^', 8), '{!r:>8}|{!s}|{!a}'.format('é', 'é', 'é'))
print('{{}} {{{0}}}'.format(5), '{0[a:b]}'.format({'a:b': 1}), '{0[-1]}'.format({'-1': 'neg'}), '{x[a b]}'.format(x={'a b': 1}))
for bad in ["'{'.format()", "'}'.format()", "'{0'.format(1)", "'{} {1}'.format(1, 2)", "'{1} {}'.format(1, 2)", "'{0!x}'.format(1)", "'{0!rr}'.format(1)", "'{0.}'.format(1)", "'{a{b}c}'.format(1)", "'{:{:{}}}'.format(1, 2, 3)", "'{0[a]x}'.format({'a': 1})", "'{0}'.format_map({})", "'{} {}'.format(1)", "'{x}'.format()", "'{0:}}'.format(1)"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
x, name = 3.14159, 'Ann'
print(f'{x:.2f} {x!r} {name!r:>6} {name:*^9} {x:{10}.{3}} {7:03d} {255:#x} {1e6:,.0f} {0.25:.0%}')
class P:
    def __format__(self, spec): return 'P-format(' + spec + ')'
    def __str__(self): return 'P-str'
print(f'{P()}', f'{P():abc}', format(P()), '{}'.format(P()), '%s' % P())
print('%s %r %d %i %f %e %g %x %X %o %c %%' % ('s', 'r', 42, 7, 1.5, 1.5, 1.5, 255, 255, 8, 'A'))
print('%5s|%-5s|%05d|%-5d|%+d|% d|%x|%#x|%#o' % ('ab', 'ab', 42, 42, 5, 5, 10, 10, 8))
print('%5.1f%%' % 12.345, '%-10s|' % 'ab', '%r' % 'q', '%c%c' % (65, 'b'), '%5.3d|%-5.3d|%05.3d' % (5, -5, 5), '%ld %hd' % (1, 2), '%-05d|' % 3, '%+05d' % 3)
print('%*d|%-*d|%.*f|%*s' % (5, 42, 5, 42, 2, 3.14159, -4, 'x'), '%(a)s-%(b)05.1f' % {'a': 'A', 'b': 2.25}, '%s' % {'k': 1}, '%s %s' % (None, True), '%.3s' % 'abcdef')
print('%d' % 3.99, '%d' % -3.99, '%x' % -255, '%e' % 0, '%g' % 1e-10, '%g' % 123456789, '%05f' % float('inf'), '%.2f' % 10**20, '%d' % 2**70, '%a' % 'é', '%s' % b'x')
for bad in ["'%d %d' % (1,)", "'%d' % 'x'", "'%s' % (1, 2)", "'%x' % 3.5", "'%c' % 'ab'", "'%c' % 0x110000", "'%f' % '3'", "'%(a)s' % [1]", "'%(a' % {}", "'%.' % 1", "'%y' % 1", "'%' % ()", "'%s' % ()", "'' % 5", "'%(a)s' % 5", "'%e' % 10**400", "'%b' % 1"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print('' % [1], '' % (), 'x' % {}, '%s' % [1, 2])

"""#

    // Printed by CPython 3.11 for the program above.
    static let testFormatSpecsExpected = #"""
'' ['0', '7', '-7', '1234567', '1180591620717411303424', 'True']
'd' ['0', '7', '-7', '1234567', '1180591620717411303424', '1']
'5' ['    0', '    7', '   -7', '1234567', '1180591620717411303424', '    1']
'<5' ['0    ', '7    ', '-7   ', '1234567', '1180591620717411303424', '1    ']
'^7' ['   0   ', '   7   ', '  -7   ', '1234567', '1180591620717411303424', '   1   ']
'>+6' ['    +0', '    +7', '    -7', '+1234567', '+1180591620717411303424', '    +1']
'=+8' ['+      0', '+      7', '-      7', '+1234567', '+1180591620717411303424', '+      1']
'08' ['00000000', '00000007', '-0000007', '01234567', '1180591620717411303424', '00000001']
'08,' ['0,000,000', '0,000,007', '-000,007', '1,234,567', '1,180,591,620,717,411,303,424', '0,000,001']
',' ['0', '7', '-7', '1,234,567', '1,180,591,620,717,411,303,424', '1']
'_' ['0', '7', '-7', '1_234_567', '1_180_591_620_717_411_303_424', '1']
'_x' ['0', '7', '-7', '12_d687', '40_0000_0000_0000_0000', '1']
'#x' ['0x0', '0x7', '-0x7', '0x12d687', '0x400000000000000000', '0x1']
'#X' ['0X0', '0X7', '-0X7', '0X12D687', '0X400000000000000000', '0X1']
'#o' ['0o0', '0o7', '-0o7', '0o4553207', '0o200000000000000000000000', '0o1']
'#b' ['0b0', '0b111', '-0b111', '0b100101101011010000111', '0b10000000000000000000000000000000000000000000000000000000000000000000000', '0b1']
'x<+8' ['+0xxxxxx', '+7xxxxxx', '-7xxxxxx', '+1234567', '+1180591620717411303424', '+1xxxxxx']
'0=10,' ['00,000,000', '00,000,007', '-0,000,007', '01,234,567', '1,180,591,620,717,411,303,424', '00,000,001']
'c' ['\x00', '\x07', 'OverflowError: %c arg not in range(0x110000)', 'OverflowError: %c arg not in range(0x110000)', 'OverflowError: Python int too large to convert to C long', '\x01']
'e' ['0.000000e+00', '7.000000e+00', '-7.000000e+00', '1.234567e+06', '1.180592e+21', '1.000000e+00']
'.2f' ['0.00', '7.00', '-7.00', '1234567.00', '1180591620717411303424.00', '1.00']
'%' ['0.000000%', '700.000000%', '-700.000000%', '123456700.000000%', '118059162071741130342400.000000%', '100.000000%']
'n' ['0', '7', '-7', '1234567', '1180591620717411303424', '1']
'+,' ['+0', '+7', '-7', '+1,234,567', '+1,180,591,620,717,411,303,424', '+1']
' ' [' 0', ' 7', '-7', ' 1234567', ' 1180591620717411303424', ' 1']
'' ['0.0', '-0.0', '1.5', '-2.5', '1234.5', '0.1', '1e-07', '123456789.0', '1e+16', '1e+22', '2.5', 'inf', '-inf', 'nan', '3.14159265358979']
'.0f' ['0', '-0', '2', '-2', '1234', '0', '0', '123456789', '10000000000000000', '10000000000000000000000', '2', 'inf', '-inf', 'nan', '3']
'.1f' ['0.0', '-0.0', '1.5', '-2.5', '1234.5', '0.1', '0.0', '123456789.0', '10000000000000000.0', '10000000000000000000000.0', '2.5', 'inf', '-inf', 'nan', '3.1']
'.2f' ['0.00', '-0.00', '1.50', '-2.50', '1234.50', '0.10', '0.00', '123456789.00', '10000000000000000.00', '10000000000000000000000.00', '2.50', 'inf', '-inf', 'nan', '3.14']
',.2f' ['0.00', '-0.00', '1.50', '-2.50', '1,234.50', '0.10', '0.00', '123,456,789.00', '10,000,000,000,000,000.00', '10,000,000,000,000,000,000,000.00', '2.50', 'inf', '-inf', 'nan', '3.14']
'10.3f' ['     0.000', '    -0.000', '     1.500', '    -2.500', '  1234.500', '     0.100', '     0.000', '123456789.000', '10000000000000000.000', '10000000000000000000000.000', '     2.500', '       inf', '      -inf', '       nan', '     3.142']
'<10.2f' ['0.00      ', '-0.00     ', '1.50      ', '-2.50     ', '1234.50   ', '0.10      ', '0.00      ', '123456789.00', '10000000000000000.00', '10000000000000000000000.00', '2.50      ', 'inf       ', '-inf      ', 'nan       ', '3.14      ']
'^+10.1f' ['   +0.0   ', '   -0.0   ', '   +1.5   ', '   -2.5   ', ' +1234.5  ', '   +0.1   ', '   +0.0   ', '+123456789.0', '+10000000000000000.0', '+10000000000000000000000.0', '   +2.5   ', '   +inf   ', '   -inf   ', '   +nan   ', '   +3.1   ']
'010.2f' ['0000000.00', '-000000.00', '0000001.50', '-000002.50', '0001234.50', '0000000.10', '0000000.00', '123456789.00', '10000000000000000.00', '10000000000000000000000.00', '0000002.50', '0000000inf', '-000000inf', '0000000nan', '0000003.14']
'011,.1f' ['0,000,000.0', '-0,000,000.0', '0,000,001.5', '-0,000,002.5', '0,001,234.5', '0,000,000.1', '0,000,000.0', '123,456,789.0', '10,000,000,000,000,000.0', '10,000,000,000,000,000,000,000.0', '0,000,002.5', '00000000inf', '-0000000inf', '00000000nan', '0,000,003.1']
'e' ['0.000000e+00', '-0.000000e+00', '1.500000e+00', '-2.500000e+00', '1.234500e+03', '1.000000e-01', '1.000000e-07', '1.234568e+08', '1.000000e+16', '1.000000e+22', '2.500000e+00', 'inf', '-inf', 'nan', '3.141593e+00']
'.3e' ['0.000e+00', '-0.000e+00', '1.500e+00', '-2.500e+00', '1.234e+03', '1.000e-01', '1.000e-07', '1.235e+08', '1.000e+16', '1.000e+22', '2.500e+00', 'inf', '-inf', 'nan', '3.142e+00']
'E' ['0.000000E+00', '-0.000000E+00', '1.500000E+00', '-2.500000E+00', '1.234500E+03', '1.000000E-01', '1.000000E-07', '1.234568E+08', '1.000000E+16', '1.000000E+22', '2.500000E+00', 'INF', '-INF', 'NAN', '3.141593E+00']
'g' ['0', '-0', '1.5', '-2.5', '1234.5', '0.1', '1e-07', '1.23457e+08', '1e+16', '1e+22', '2.5', 'inf', '-inf', 'nan', '3.14159']
'.3g' ['0', '-0', '1.5', '-2.5', '1.23e+03', '0.1', '1e-07', '1.23e+08', '1e+16', '1e+22', '2.5', 'inf', '-inf', 'nan', '3.14']
'G' ['0', '-0', '1.5', '-2.5', '1234.5', '0.1', '1E-07', '1.23457E+08', '1E+16', '1E+22', '2.5', 'INF', '-INF', 'NAN', '3.14159']
'#g' ['0.00000', '-0.00000', '1.50000', '-2.50000', '1234.50', '0.100000', '1.00000e-07', '1.23457e+08', '1.00000e+16', '1.00000e+22', '2.50000', 'inf', '-inf', 'nan', '3.14159']
'.0' ['0e+00', '-0e+00', '2e+00', '-2e+00', '1e+03', '0.1', '1e-07', '1e+08', '1e+16', '1e+22', '2e+00', 'inf', '-inf', 'nan', '3e+00']
'.1' ['0e+00', '-0e+00', '2e+00', '-2e+00', '1e+03', '0.1', '1e-07', '1e+08', '1e+16', '1e+22', '2e+00', 'inf', '-inf', 'nan', '3e+00']
'.3' ['0.0', '-0.0', '1.5', '-2.5', '1.23e+03', '0.1', '1e-07', '1.23e+08', '1e+16', '1e+22', '2.5', 'inf', '-inf', 'nan', '3.14']
'#' ['0.0', '-0.0', '1.5', '-2.5', '1234.5', '0.1', '1.e-07', '123456789.0', '1.e+16', '1.e+22', '2.5', 'inf', '-inf', 'nan', '3.14159265358979']
'#.0f' ['0.', '-0.', '2.', '-2.', '1234.', '0.', '0.', '123456789.', '10000000000000000.', '10000000000000000000000.', '2.', 'inf', '-inf', 'nan', '3.']
'%' ['0.000000%', '-0.000000%', '150.000000%', '-250.000000%', '123450.000000%', '10.000000%', '0.000010%', '12345678900.000000%', '1000000000000000000.000000%', '999999999999999983222784.000000%', '250.000000%', 'inf%', '-inf%', 'nan%', '314.159265%']
'.1%' ['0.0%', '-0.0%', '150.0%', '-250.0%', '123450.0%', '10.0%', '0.0%', '12345678900.0%', '1000000000000000000.0%', '999999999999999983222784.0%', '250.0%', 'inf%', '-inf%', 'nan%', '314.2%']
'z.1f' ['0.0', '0.0', '1.5', '-2.5', '1234.5', '0.1', '0.0', '123456789.0', '10000000000000000.0', '10000000000000000000000.0', '2.5', 'inf', '-inf', 'nan', '3.1']
'n' ['0', '-0', '1.5', '-2.5', '1234.5', '0.1', '1e-07', '1.23457e+08', '1e+16', '1e+22', '2.5', 'inf', '-inf', 'nan', '3.14159']
'_' ['0.0', '-0.0', '1.5', '-2.5', '1_234.5', '0.1', '1e-07', '123_456_789.0', '1e+16', '1e+22', '2.5', 'inf', '-inf', 'nan', '3.14159265358979']
'+' ['+0.0', '-0.0', '+1.5', '-2.5', '+1234.5', '+0.1', '+1e-07', '+123456789.0', '+1e+16', '+1e+22', '+2.5', '+inf', '-inf', '+nan', '+3.14159265358979']
' ' [' 0.0', '-0.0', ' 1.5', '-2.5', ' 1234.5', ' 0.1', ' 1e-07', ' 123456789.0', ' 1e+16', ' 1e+22', ' 2.5', ' inf', '-inf', ' nan', ' 3.14159265358979']
'' 'ab' 'héllo'
'5' 'ab   ' 'héllo'
'<5' 'ab   ' 'héllo'
'>5' '   ab' 'héllo'
'^6' '  ab  ' 'héllo '
'*^7' '**ab***' '*héllo*'
'.2' 'ab' 'hé'
'5.1' 'a    ' 'h    '
'05' 'ab000' 'héllo'
'x>4' 'xxab' 'héllo'
's' 'ab' 'héllo'
ValueError Invalid format specifier 'abc' for object of type 'int'
ValueError Format specifier missing precision
ValueError Cannot specify ',' with 'x'.
ValueError Precision not allowed in integer format specifier
ValueError Negative zero coercion (z) not allowed in integer format specifier
ValueError Sign not allowed with integer format specifier 'c'
ValueError Alternate form (#) not allowed with integer format specifier 'c'
ValueError Sign not allowed in string format specifier
ValueError Alternate form (#) not allowed in string format specifier
ValueError '=' alignment not allowed in string format specifier
ValueError Cannot specify ',' with 's'.
ValueError Unknown format code 'd' for object of type 'str'
ValueError Unknown format code 'd' for object of type 'float'
ValueError Unknown format code 'x' for object of type 'float'
TypeError unsupported format string passed to NoneType.__format__
OverflowError %c arg not in range(0x110000)
ValueError Cannot specify both ',' and '_'.
None [1, 2] (1+2j) 1.50-2.00j 1j
1 a 2.5 cba 1-2 one A 3
      r|l      | 3.14   ***42***      'é'|é|'\xe9'
{} {5} 1 neg 1
ValueError Single '{' encountered in format string
ValueError Single '}' encountered in format string
ValueError expected '}' before end of string
ValueError cannot switch from automatic field numbering to manual field specification
ValueError cannot switch from manual field specification to automatic field numbering
ValueError Unknown conversion specifier x
ValueError expected ':' after conversion specifier
ValueError Empty attribute in format string
ValueError unexpected '{' in field name
ValueError Max string recursion exceeded
ValueError Only '.' or '[' may follow ']' in format field specifier
ValueError Format string contains positional fields
IndexError Replacement index 1 out of range for positional args tuple
KeyError 'x'
ValueError Single '}' encountered in format string
3.14 3.14159  'Ann' ***Ann***       3.14 007 0xff 1,000,000 25%
P-format() P-format(abc) P-format() P-format() P-str
s 'r' 42 7 1.500000 1.500000e+00 1.5 ff FF 10 A %
   ab|ab   |00042|42   |+5| 5|a|0xa|0o10
 12.3% ab        | 'q' Ab   005|-005 |00005 1 2 3    | +0003
   42|42   |3.14|x    A-002.2 {'k': 1} None True abc
3 -3 -ff 0.000000e+00 1e-10 1.23457e+08 00inf 100000000000000000000.00 1180591620717411303424 '\xe9' b'x'
TypeError not enough arguments for format string
TypeError %d format: a real number is required, not str
TypeError not all arguments converted during string formatting
TypeError %x format: an integer is required, not float
TypeError %c requires int or char
OverflowError %c arg not in range(0x110000)
TypeError must be real number, not str
TypeError list indices must be integers or slices, not str
ValueError incomplete format key
ValueError incomplete format
ValueError unsupported format character 'y' (0x79) at index 1
ValueError incomplete format
TypeError not enough arguments for format string
TypeError not all arguments converted during string formatting
TypeError format requires a mapping
OverflowError int too large to convert to float
ValueError unsupported format character 'b' (0x62) at index 1
  x [1, 2]

"""#

    func testFloatReprAndMagnitudes() throws {
        XCTAssertEqual(try runPython(Self.testFloatReprAndMagnitudesSource), Self.testFloatReprAndMagnitudesExpected)
    }

    static let testFloatReprAndMagnitudesSource = #"""
for e in range(-8, 18, 1):
    v = 1.2345678 * 10 ** e
    print(e, '{:g}'.format(v), '{:.3g}'.format(-v), '{:G}'.format(v), '{:e}'.format(v), '{:08.3f}'.format(v), repr(v), str(-v), '{:n}'.format(v), '{}'.format(v), '{:.12}'.format(v))
print('{:08.3f}|{:+08.3f}|{:<8.3f}|{:^9}|{:>10}|{:+d}|{:.0f}|{:.0f}|{:%}|{:.1%}'.format(3.14159, -3.14159, 2.5, 'mid', 'right', 5, 2.5, 3.5, 0.125, 1/3))
for v in [0.1 + 0.2, 1/3, 2/3, 1e-5, 1e-4, 123456789012345678.0, 1.5e300, 5e-324, 2**0.5, 100.0, 1e15, 1e16, 12345.678e-10]:
    print(repr(v), str(v), '%s' % v, '%r' % v, f'{v}', f'{v!r}', '%.15g' % v, '%.17g' % v)
print(repr('a\'b'), repr("a\"b"), repr('a\'b"c'), repr('\t\n\r\x00\x7f\x80\xa0\xad\u200b\u2028\ud7ff\U0001f600\U000e0001'), ascii('é😀\x00'), repr('\\'), repr(''))
print(repr(b'a\'b'), repr(b'a"b'), repr(b'a\'b"c'), repr(bytearray(b'\x00\x7f\x80')), repr([1.0, 'x', b'y', None, True, 2**65, -0.0, float('nan'), complex(0, -1), complex(-0.0, 1)]))

"""#

    // Printed by CPython 3.11 for the program above.
    static let testFloatReprAndMagnitudesExpected = #"""
-8 1.23457e-08 -1.23e-08 1.23457E-08 1.234568e-08 0000.000 1.2345678e-08 -1.2345678e-08 1.23457e-08 1.2345678e-08 1.2345678e-08
-7 1.23457e-07 -1.23e-07 1.23457E-07 1.234568e-07 0000.000 1.2345678e-07 -1.2345678e-07 1.23457e-07 1.2345678e-07 1.2345678e-07
-6 1.23457e-06 -1.23e-06 1.23457E-06 1.234568e-06 0000.000 1.2345677999999999e-06 -1.2345677999999999e-06 1.23457e-06 1.2345677999999999e-06 1.2345678e-06
-5 1.23457e-05 -1.23e-05 1.23457E-05 1.234568e-05 0000.000 1.2345678000000001e-05 -1.2345678000000001e-05 1.23457e-05 1.2345678000000001e-05 1.2345678e-05
-4 0.000123457 -0.000123 0.000123457 1.234568e-04 0000.000 0.00012345678 -0.00012345678 0.000123457 0.00012345678 0.00012345678
-3 0.00123457 -0.00123 0.00123457 1.234568e-03 0000.001 0.0012345678 -0.0012345678 0.00123457 0.0012345678 0.0012345678
-2 0.0123457 -0.0123 0.0123457 1.234568e-02 0000.012 0.012345678 -0.012345678 0.0123457 0.012345678 0.012345678
-1 0.123457 -0.123 0.123457 1.234568e-01 0000.123 0.12345678 -0.12345678 0.123457 0.12345678 0.12345678
0 1.23457 -1.23 1.23457 1.234568e+00 0001.235 1.2345678 -1.2345678 1.23457 1.2345678 1.2345678
1 12.3457 -12.3 12.3457 1.234568e+01 0012.346 12.345678 -12.345678 12.3457 12.345678 12.345678
2 123.457 -123 123.457 1.234568e+02 0123.457 123.45678 -123.45678 123.457 123.45678 123.45678
3 1234.57 -1.23e+03 1234.57 1.234568e+03 1234.568 1234.5678 -1234.5678 1234.57 1234.5678 1234.5678
4 12345.7 -1.23e+04 12345.7 1.234568e+04 12345.678 12345.678 -12345.678 12345.7 12345.678 12345.678
5 123457 -1.23e+05 123457 1.234568e+05 123456.780 123456.78 -123456.78 123457 123456.78 123456.78
6 1.23457e+06 -1.23e+06 1.23457E+06 1.234568e+06 1234567.800 1234567.8 -1234567.8 1.23457e+06 1234567.8 1234567.8
7 1.23457e+07 -1.23e+07 1.23457E+07 1.234568e+07 12345678.000 12345678.0 -12345678.0 1.23457e+07 12345678.0 12345678.0
8 1.23457e+08 -1.23e+08 1.23457E+08 1.234568e+08 123456780.000 123456780.0 -123456780.0 1.23457e+08 123456780.0 123456780.0
9 1.23457e+09 -1.23e+09 1.23457E+09 1.234568e+09 1234567800.000 1234567800.0 -1234567800.0 1.23457e+09 1234567800.0 1234567800.0
10 1.23457e+10 -1.23e+10 1.23457E+10 1.234568e+10 12345678000.000 12345678000.0 -12345678000.0 1.23457e+10 12345678000.0 12345678000.0
11 1.23457e+11 -1.23e+11 1.23457E+11 1.234568e+11 123456780000.000 123456780000.0 -123456780000.0 1.23457e+11 123456780000.0 1.2345678e+11
12 1.23457e+12 -1.23e+12 1.23457E+12 1.234568e+12 1234567800000.000 1234567800000.0 -1234567800000.0 1.23457e+12 1234567800000.0 1.2345678e+12
13 1.23457e+13 -1.23e+13 1.23457E+13 1.234568e+13 12345678000000.000 12345678000000.0 -12345678000000.0 1.23457e+13 12345678000000.0 1.2345678e+13
14 1.23457e+14 -1.23e+14 1.23457E+14 1.234568e+14 123456780000000.000 123456780000000.0 -123456780000000.0 1.23457e+14 123456780000000.0 1.2345678e+14
15 1.23457e+15 -1.23e+15 1.23457E+15 1.234568e+15 1234567800000000.000 1234567800000000.0 -1234567800000000.0 1.23457e+15 1234567800000000.0 1.2345678e+15
16 1.23457e+16 -1.23e+16 1.23457E+16 1.234568e+16 12345678000000000.000 1.2345678e+16 -1.2345678e+16 1.23457e+16 1.2345678e+16 1.2345678e+16
17 1.23457e+17 -1.23e+17 1.23457E+17 1.234568e+17 123456780000000000.000 1.2345678e+17 -1.2345678e+17 1.23457e+17 1.2345678e+17 1.2345678e+17
0003.142|-003.142|2.500   |   mid   |     right|+5|2|4|12.500000%|33.3%
0.30000000000000004 0.30000000000000004 0.30000000000000004 0.30000000000000004 0.30000000000000004 0.30000000000000004 0.3 0.30000000000000004
0.3333333333333333 0.3333333333333333 0.3333333333333333 0.3333333333333333 0.3333333333333333 0.3333333333333333 0.333333333333333 0.33333333333333331
0.6666666666666666 0.6666666666666666 0.6666666666666666 0.6666666666666666 0.6666666666666666 0.6666666666666666 0.666666666666667 0.66666666666666663
1e-05 1e-05 1e-05 1e-05 1e-05 1e-05 1e-05 1.0000000000000001e-05
0.0001 0.0001 0.0001 0.0001 0.0001 0.0001 0.0001 0.0001
1.2345678901234568e+17 1.2345678901234568e+17 1.2345678901234568e+17 1.2345678901234568e+17 1.2345678901234568e+17 1.2345678901234568e+17 1.23456789012346e+17 1.2345678901234568e+17
1.5e+300 1.5e+300 1.5e+300 1.5e+300 1.5e+300 1.5e+300 1.5e+300 1.5000000000000001e+300
5e-324 5e-324 5e-324 5e-324 5e-324 5e-324 4.94065645841247e-324 4.9406564584124654e-324
1.4142135623730951 1.4142135623730951 1.4142135623730951 1.4142135623730951 1.4142135623730951 1.4142135623730951 1.4142135623731 1.4142135623730951
100.0 100.0 100.0 100.0 100.0 100.0 100 100
1000000000000000.0 1000000000000000.0 1000000000000000.0 1000000000000000.0 1000000000000000.0 1000000000000000.0 1e+15 1000000000000000
1e+16 1e+16 1e+16 1e+16 1e+16 1e+16 1e+16 10000000000000000
1.2345678e-06 1.2345678e-06 1.2345678e-06 1.2345678e-06 1.2345678e-06 1.2345678e-06 1.2345678e-06 1.2345678000000001e-06
"a'b" 'a"b' 'a\'b"c' '\t\n\r\x00\x7f\x80\xa0\xad\u200b\u2028\ud7ff😀\U000e0001' '\xe9\U0001f600\x00' '\\' ''
b"a'b" b'a"b' b'a\'b"c' bytearray(b'\x00\x7f\x80') [1.0, 'x', b'y', None, True, 36893488147419103232, -0.0, nan, -1j, (-0+1j)]

"""#

    func testNumberMethods() throws {
        XCTAssertEqual(try runPython(Self.testNumberMethodsSource), Self.testNumberMethodsExpected)
    }

    static let testNumberMethodsSource = #"""
print((255).bit_count(), (-255).bit_count(), (0).bit_count(), (2**100 - 1).bit_count(), (10).bit_length(), (-1).bit_length(), True.bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), (0).to_bytes(0, 'big'), (2**100).to_bytes(13, 'big'), (-129).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2]), int.from_bytes(bytearray(b'\x01'), 'little'), int.from_bytes(b'', 'big'), int.from_bytes(b'\xff' * 16, 'big'), bool.from_bytes(b'\x01', 'big'))
for bad in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).to_bytes(1, 'middle')", "(1).to_bytes(-1, 'big')", "(128).to_bytes(1, 'big', signed=True)", "int.from_bytes('ab', 'big')", "int.from_bytes(5, 'big')", "(1.5).as_integer_ratio() and float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "float.fromhex('xyz')", "float.fromhex('0x1p99999')"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print((7).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (-0.0).as_integer_ratio())
print((7).numerator, (7).denominator, True.numerator, (7).real, (7).imag, True.real, (7).conjugate(), (2.5).conjugate(), (2.5).real, (2.5).imag)
print((1.0).hex(), (0.5).hex(), (-3.75).hex(), (0.1).hex(), (0.0).hex(), (-0.0).hex(), float('inf').hex(), float('nan').hex(), (5e-324).hex(), (1.7976931348623157e308).hex(), (2.2250738585072014e-308).hex())
print(float.fromhex('0x1.8p1'), float.fromhex('1.8p1'), float.fromhex(' -0x1p-2 '), float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('nan'), float.fromhex('0x.8'), float.fromhex('0X1P+3'), float.fromhex((0.1).hex()) == 0.1)
print((3.7).__trunc__(), (-3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (2.5).__round__(), (3.5).__round__(), (3.14159).__round__(2), (7).__round__(-1), (15).__round__(-1), (25).__round__(-1), (7).__floor__(), (7).__ceil__(), (7).__trunc__())
print((3).__add__(4), (3).__radd__(4), (3).__add__(4.0), (3.0).__add__(4), (10).__floordiv__(3), (10).__rfloordiv__(3), (10).__mod__(3), (10).__truediv__(4), (2).__pow__(10), (2).__pow__(10, 1000), (10).__divmod__(3), (7.5).__divmod__(2), (3).__lshift__(2), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (5).__rsub__(1))
print((3).__eq__(3), (3).__eq__(3.0), (3).__eq__('3'), (3).__lt__(4), (3.5).__gt__(3), (3).__ne__(4), (3).__neg__(), (-3).__abs__(), (3).__invert__(), (0).__bool__(), (2.5).__neg__(), (-2.5).__abs__(), (0.0).__bool__(), (5).__pos__(), (5).__index__(), (5).__int__(), (5).__float__(), (5.7).__int__(), (5.5).__float__())
print((5).__repr__(), (5).__str__(), True.__repr__(), (2.5).__repr__(), (1e16).__str__(), (5).__format__('>4'), (2.5).__format__('.3f'), 'x'.__format__('^5'), (2**70).__repr__(), True.__str__())
print(int.__add__(3, 4), float.__mul__(2.0, 3), int.__mul__(3, 'a'), float.__add__(1.0, 'x'))
print(float('1_000.5'), float(' 1e3 '), float('-.5'), float('5.'), float('٣.٥'), float('INF'), float('-nan'), float(b'2.5'), float(10**25), float(2**53 + 1))
for bad in ["float('inf_')", "float('1__0')", "float('_1')", "float('1_')", "float('0x10')", "float('')", "float('1e')", "float('.')", "float('e5')", "float(b'x')", "float(10**400)", "int('012', 0)", "int('z', 36)", "int('Z1', 36)", "int('0b102', 0)"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)

"""#

    // Printed by CPython 3.11 for the program above.
    static let testNumberMethodsExpected = #"""
8 8 0 100 4 1 1
b'\x04\x00' b'\x00\x04' b'\x00\x04\x00\x00' b'\xff\xff' b'\xff' b'' b'\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' b'\x7f\xff'
1024 4 -1 258 1 0 340282366920938463463374607431768211455 True
OverflowError int too big to convert
OverflowError can't convert negative int to unsigned
ValueError byteorder must be either 'little' or 'big'
ValueError length argument must be non-negative
OverflowError int too big to convert
TypeError cannot convert 'str' object to bytes
TypeError cannot convert 'int' object to bytes
OverflowError cannot convert Infinity to integer ratio
ValueError cannot convert NaN to integer ratio
ValueError invalid hexadecimal floating-point string
OverflowError hexadecimal value too large to represent as a float
(7, 1) (-7, 1) (1, 1) (3, 4) (-5, 2) (100000000000000000000, 1) (3602879701896397, 36028797018963968) (0, 1) (0, 1)
7 1 1 7 0 1 7 2.5 2.5 0.0
0x1.0000000000000p+0 0x1.0000000000000p-1 -0x1.e000000000000p+1 0x1.999999999999ap-4 0x0.0p+0 -0x0.0p+0 inf nan 0x0.0000000000001p-1022 0x1.fffffffffffffp+1023 0x1.0000000000000p-1022
3.0 3.0 -0.25 inf -inf nan 0.5 8.0 True
3 -3 -4 -3 2 4 3.14 10 20 20 7 7 7
7 7 NotImplemented 7.0 3 0 1 2.5 1024 24 (3, 1) (3.0, 1.5) 12 2 7 5 -4
True NotImplemented NotImplemented True True True -3 3 -4 False -2.5 2.5 False 5 5 5 5.0 5 5.5
5 5 True 2.5 1e+16    5 2.500   x   1180591620717411303424 True
7 6.0 NotImplemented NotImplemented
1000.5 1000.0 -0.5 5.0 3.5 inf nan 2.5 1e+25 9007199254740992.0
ValueError could not convert string to float: 'inf_'
ValueError could not convert string to float: '1__0'
ValueError could not convert string to float: '_1'
ValueError could not convert string to float: '1_'
ValueError could not convert string to float: '0x10'
ValueError could not convert string to float: ''
ValueError could not convert string to float: '1e'
ValueError could not convert string to float: '.'
ValueError could not convert string to float: 'e5'
ValueError could not convert string to float: b'x'
OverflowError int too large to convert to float
ValueError invalid literal for int() with base 0: '012'
35
1261
ValueError invalid literal for int() with base 0: '0b102'

"""#

}
