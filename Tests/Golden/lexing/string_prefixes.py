# All string prefixes: u, U, r, R, b, B, f, F, rb, br, fr, rf in mixed case.
v = 7
print(u'unicode', U'Unicode', type(u'x').__name__)
print(fr'{v}\n', rf'\t{v}', Rf'{v}\\', fR'{v}\d', FR'{v}', RF'{v}')
print(f'{v}\n'.count('\n'), len(fr'{v}\n'))
print(b'b', B'B', rb'\r', bR'\r', Rb'\r', RB'\r')
print(type(rb'').__name__, type(fr'').__name__)
print(f'{v:3}' r'\x' '\x41')
print(r'\'' == "\\'", r'\\' == '\\\\')
