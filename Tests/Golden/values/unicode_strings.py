# Unicode strings: len/indexing by code point, ord/chr round trips, combining characters, comparisons.
s = 'héllo wörld ✓ 日本 😀'
print(len(s), s[1], s[-1], s[12], s[14:16], s[::-1])
print([ord(c) for c in 'aé✓😀'], [chr(n) for n in [97, 233, 10003, 128512]])
print(chr(0x1F600) == '😀', ord('€'), hex(ord('€')), '\u20ac' == '€')
combined = 'e\u0301'
print(len(combined), combined == 'é', len('é'), repr(combined))
print('日本' + '語', '日本' * 2, '本' in '日本語', '日本語'.find('語'))
print(sorted('zéab'), 'é' > 'z', 'Z' < 'a', max('日本語'), min('abc日'))
print('ÀÉÎ'.lower(), 'straße'.upper(), len('straße'.upper()))
print('😀😁'.encode('utf-8'), len('😀😁'.encode('utf-16-le')), '😀'[0] == '😀')
print(list('añ😀'), 'x😀y'.split('😀'), 'ab😀'.index('😀'), '😀'.center(5, '*'))
print(repr('\u00ff\u0100\uffff\U00010000'), ascii('\u00ff\u0100\uffff\U00010000'))
print(str(b'\xc3\xa9', 'utf-8'), 'Ω'.isalpha(), '٣'.isdigit(), int('٣٤'))
