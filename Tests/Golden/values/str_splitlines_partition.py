# splitlines with keepends and every line boundary, partition/rpartition found and not found.
text = 'one\ntwo\r\nthree\rfour\n\nfive'
print(text.splitlines())
print(text.splitlines(True))
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), '\n\n'.splitlines(keepends=True))
print('x\n'.split('\n'), 'a\nb'.split('\n'))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a->b->c'.partition('->'), 'a->b->c'.rpartition('->'), ''.partition('x'))
host, _, port = 'localhost:8080'.partition(':')
print(host, int(port) + 1)
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError', e)
