# Output routed to sys.stderr must not appear in stdout: print(file=), sys.stderr.write, warnings to stderr.
import sys
print('stdout 1')
print('stderr 1', file=sys.stderr)
sys.stderr.write('stderr 2\n')
print('stdout 2')
sys.stdout.write('stdout 3\n')
print('stdout 4', file=sys.stdout)
sys.stderr.flush()
sys.stdout.flush()
print('stdout 5', end='\n', flush=True)
