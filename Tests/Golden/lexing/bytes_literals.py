# Bytes literals: escapes, repr quoting rules, indexing, slicing, iteration.
b = b'hello'
print(b, repr(b), type(b).__name__, len(b))
print(b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(b'\x00\x01\xff', b'\n\t\r', b'\\', b'\'', b"'", b'"')
print(b"it's", b'say "x"', b'both \' and "')
print(B'upper', b'', b'a' b'c', b'\x41\102')
print(bytes([0, 65, 127, 128, 255]))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' * 3, b'ab' + b'cd')
print(b'hello'.upper(), b'a,b'.split(b','), b'x'.join([b'1', b'2']))
print(bytes(3), bytes(range(5)), bytearray(b'ab'))
print(b'\x7f\x80', repr(b'\x1f'), b'\x20')
for x in b'AZ':
    print(x, end=' ')
print()
print(65 in b'ABC', b'BC' in b'ABC', b'ABC'.find(b'C'), b'ABCB'.count(b'B'))
print(b'hello'.decode(), b'caf\xc3\xa9'.decode('utf-8'), 'café'.encode())
print(b'%d-%s' % (5, b'x'), b'abc'.hex(), bytes.fromhex('41 42'))
