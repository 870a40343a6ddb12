# SyntaxError inside an f-string replacement field.
name = 'x'
print(f'{name!z}')
