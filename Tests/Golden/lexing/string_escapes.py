# Escape sequences in str literals: simple, octal, hex, \u and \U forms.
print('tab[\t]')
print('nl[\n]')
print(repr('\a\b\f\v\r\0'))
print('\x41\x42\x43', '\101\102\103', '\u0041', '\U00000041')
print('\7', repr('\7'), repr('\07'), repr('\007'), repr('\1234'))
print('\u00e9', '\u00E9', len('\u00e9'), ord('\u00e9'))
print('\U0001F600', len('\U0001F600'), ord('\U0001F600'))
print(repr('\U0001F600'), ascii('\U0001F600'), ascii('é'))
print('back\\slash', len('\\'))
print('quote\'s', "dq\"s")
print(ord('\n'), ord('\r'), ord('\t'), ord('\0'))
print([c for c in 'a\tb'])
print('\x7e\x7f'.__len__(), repr('\x1b[0m'))
s = 'x\
y'
print(s, len(s))
print(len('\x00\x01\x02'), '\x00' == chr(0))
