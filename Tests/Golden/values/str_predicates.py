# Character class predicates: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable/isascii.
samples = ['123', '12.3', '', ' ', 'abc', 'ABC', 'abc123', 'a b', '\t\n', '½', '²', '٣', 'é', '日本',
           '_name', '2name', 'class', 'x\x00', '\u00a0', 'Ⅻ', '-1']
preds = ['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isidentifier', 'isprintable', 'isascii', 'islower', 'isupper']
print('sample'.ljust(8), ' '.join(p[2:6] for p in preds))
for s in samples:
    flags = ' '.join(('T' if getattr(s, p)() else '.').ljust(4) for p in preds)
    print(repr(s).ljust(8), flags)
