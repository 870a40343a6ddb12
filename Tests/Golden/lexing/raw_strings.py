# Raw string prefixes r/R and combinations with b; backslashes kept literally.
print(r'\n', R'\t', r"\\", r'\'', r"\"")
print(len(r'\n'), len('\n'), len(r'\\'), len(r'\''))
print(repr(r'\d+\.\d*'), r'C:\path\to\file')
print(rb'\x00', Rb'\n', bR'\t', BR'\\', br'a\b')
print(len(rb'\x00'), list(rb'\n'))
print(r'''raw
triple \n''')
print(r"a\
b", len(r"a\
b"))
print(repr(r'\u00e9'), len(r'\u00e9'))
print(r'\N{BULLET}')
