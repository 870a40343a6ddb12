# encode/decode utf-8 and others, error handlers, bytes lengths vs str lengths, decode errors.
for s in ['hello', 'café', '日本語', '😀', 'a\u0000b']:
    b = s.encode('utf-8')
    print(repr(s), len(s), b, len(b), b.decode('utf-8') == s)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'), 'é'.encode('utf-16-le'))
print('naïve'.encode('ascii', 'ignore'), 'naïve'.encode('ascii', 'replace'), 'naïve'.encode('ascii', 'backslashreplace'))
print(b'caf\xc3'.decode('utf-8', 'replace'), b'\xffabc'.decode('utf-8', 'ignore'), b'\xff'.decode('utf-8', 'backslashreplace'))
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'caf\xc3'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(bytes('xyz', 'utf-8'), str(b'xyz', 'utf-8'), str(b'xyz'))
print(list('é'.encode()), [hex(b) for b in '€'.encode()], bytes([226, 130, 172]).decode())
