# sys: argv[0] basename, version_info checks, maxsize, exit inside try catching SystemExit, stdout.write, modules.
import sys, os
print(os.path.basename(sys.argv[0]), len(sys.argv))
print(sys.version_info >= (3, 11), sys.version_info[0], sys.version_info.major, type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit() >= 1000, type(sys.platform).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit code', e.code, repr(e))
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit code', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
n = sys.stdout.write('written directly\n')
print(n)
print('sys' in sys.modules, 'os' in sys.modules, sys.modules['sys'] is sys)
print(sys.stdin is not None, sys.stdout is not sys.stderr, callable(sys.stdout.flush))
print(type(sys.path).__name__, sys.byteorder in ('little', 'big'), sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit > 0, sys.intern('abc') == 'abc', sys.getsizeof(1) > 0)
try:
    sys.exit(0)
finally:
    print('finally runs during sys.exit(0)')
print('never printed')
