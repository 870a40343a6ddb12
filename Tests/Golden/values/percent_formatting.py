# printf-style % formatting: conversions, flags, width/precision, * widths, dict mappings, tuples.
print('%s %r %d %i %f %e %g %x %X %o %c %%' % ('s', 'r', 42, 7, 1.5, 1.5, 1.5, 255, 255, 8, 'A'))
print('%5s|%-5s|%05d|%-5d|%+d|% d|%x|%#x|%#o' % ('ab', 'ab', 42, 42, 5, 5, 10, 10, 8))
print('%.2f|%10.3f|%-10.1f|%+.0f|%.3e|%10.2e' % (3.14159, 2.71828, 1.5, 2.5, 12345.6789, 0.000123))
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 25})
print('%s' % 'single', '%s' % (1,), '%s' % [1, 2], '%s %s' % (None, True))
print('%d' % 3.99, '%d' % -3.99, '%s' % 3.0, '%r' % 'q', '%c' % 65, '%5.1s|' % 'abc')
print('%x' % -255, '%o' % -8, '%e' % 0, '%g' % 1e-10, '%g' % 123456789, '%.3s' % 'abcdef')
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError', e)
try:
    print('%s' % (1, 2))
except TypeError as e:
    print('TypeError', e)
print('100%% sure', '%s%%' % 50)
