# bytes and bytearray operations: methods, mutation, conversion, hex, comparisons, repr forms.
b = b'Hello, World'
print(b.lower(), b.upper(), b.split(b', '), b.replace(b'l', b'L'), b.startswith(b'He'), b.find(b'o'))
print(b[0], b[-1], b[:5], b[::-1], list(b[:3]), bytes(reversed(b[:3])))
print(b.hex(), b.hex(':') if hasattr(b, 'hex') else '', bytes.fromhex('deadbeef'), b'\x00\xff'.hex())
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba, len(ba), bytes(ba), ba.decode())
del ba[0]
ba.insert(0, 122)
print(ba, ba.pop(), ba, ba.reverse(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
print(b'abc' + bytearray(b'd'), bytearray(b'x') + b'y', b'ab' * 2, 3 * b'c')
print(b'a' < b'b', b'abc' == bytearray(b'abc'), b'' < b'\x00', sorted([b'b', b'a', b'ab']))
print(b' x '.strip(), b'a-b-c'.rsplit(b'-', 1), b','.join([b'1', b'2']), b'abc'.count(b'b'))
print(b'\t\n\r\x0b', repr(b'\x7f'), repr(bytes([92])), repr(b"'\""), repr(b"'"))
print(bytes(range(30, 40)), b'%s=%d' % (b'k', 5), int.to_bytes(1024, 2, 'little'))
print(b'12'.isdigit(), b'ab'.isalpha(), b'AB'.islower(), b'x'.center(5, b'-'), b'5'.zfill(3))
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
print(memoryview(b'abc')[1], bytes(memoryview(b'xy')))
