# Float to string: str/repr, %-formatting, format() with f/e/g/%, rounding of halves in formatting.
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 123456789.0, 1e16, 1.23e-300, 2.5, 0.05, 1234.5678]
for v in vals:
    print(repr(v), '%f' % v, '%.2f' % v, '%e' % v, '%g' % v, format(v, '.3g'), format(v, '10.4f'), format(v, ''))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print('%.1f %.1f %.1f' % (0.05, 0.15, 0.25))
print('%5.1f|%-8.3f|%08.2f|%+.1e' % (3.14159, 2.5, -3.7, 12345.678))
print(format(1e22, 'f'), format(1e-5, 'f'), format(123.456, '.10f'))
print(format(0.1, '.20f'), format(1/3, '.17g'), format(2/3, '.16f'))
print(str(1e15), str(1e16), str(123456789012345.6), str(0.0001), str(0.00001))
print(format(float('nan'), '.2f'), format(float('inf'), 'e'), format(-0.0, 'g'))
print(f'{1.0:g} {10.0:g} {1e6:g} {1e-4:g} {1.5e-5:g} {123456.0:g} {1234567.0:g}')
print(f'{0.1:.1e} {9.99:.1f} {9.95:.1f} {9.96:.1f} {99.5:.0f}')
