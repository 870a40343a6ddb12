# os and os.path: getcwd/getpid types, join/basename/dirname/splitext/split/isabs/normpath, environ.get.
import os
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()), type(os.getpid()).__name__, os.getpid() > 0)
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/root', 'x'), os.path.join('a', '/abs', 'b'), os.path.join('a', ''))
print(os.path.basename('/x/y/z.tar.gz'), os.path.dirname('/x/y/z.tar.gz'), os.path.basename('/x/y/'), os.path.dirname('file'))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'), os.path.splitext('/a.b/c'))
print(os.path.split('/usr/lib/python'), os.path.split('name'), os.path.split('/'))
print(os.path.isabs('/x'), os.path.isabs('x/y'), os.path.normpath('/a/./b/../c//d/'), os.path.normpath('a/../..'))
print(os.sep, os.path.sep, os.curdir, os.pardir, os.linesep == '\n')
print(os.environ.get('SWIFTRAY_SURELY_UNSET_VARIABLE'), os.environ.get('SWIFTRAY_SURELY_UNSET_VARIABLE', 'default'))
print('PATH' in os.environ, type(os.environ.get('PATH', '')).__name__, os.getenv('SWIFTRAY_NOPE', 'dflt'))
os.environ['SWIFTRAY_TEST_VAR'] = 'set by test'
print(os.environ['SWIFTRAY_TEST_VAR'], os.getenv('SWIFTRAY_TEST_VAR'))
print(os.path.exists('/'), os.path.exists('/definitely/not/here'), os.path.isdir('/'), os.path.isfile('/'))
print(os.path.exists(os.path.basename(__file__)), os.path.basename(__file__))
print(os.path.join(*['p', 'q', 'r']), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.abspath('/a/b/../c'))
