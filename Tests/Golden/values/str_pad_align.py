# Padding and alignment: zfill, center, ljust, rjust with fill chars and odd widths.
for s in ['7', '-7', '+7', 'abc', '', '12345']:
    print(repr(s.zfill(5)), repr(s.center(6)), repr(s.center(7, '*')), repr(s.ljust(5, '.')), repr(s.rjust(5, '0')))
print('ab'.center(5), '|' + 'ab'.center(5) + '|', '|' + 'abc'.center(6) + '|', '|' + 'a'.center(4, '-') + '|')
print('x'.center(2), '|' + 'x'.center(3) + '|', 'toolong'.center(3), 'hi'.ljust(0))
print('-0.5'.zfill(6), '0x1'.zfill(6), '+'.zfill(3), '--'.zfill(4))
table = [('Name', 'Qty', 'Price'), ('apple', '3', '1.20'), ('watermelon', '10', '0.99')]
for name, qty, price in table:
    print(name.ljust(12) + qty.rjust(5) + price.rjust(8))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
