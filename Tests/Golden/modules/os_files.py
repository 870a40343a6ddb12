# os filesystem ops under /tmp: makedirs, listdir (sorted), rename, remove, rmdir, stat sizes, walk (sorted).
import os, shutil
base = '/tmp/swiftray-golden-os_files'
shutil.rmtree(base, ignore_errors=True)
os.makedirs(os.path.join(base, 'sub', 'deeper'))
os.makedirs(os.path.join(base, 'sub'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'sub'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
for name, content in [('b.txt', 'bee'), ('a.txt', 'a'), ('c.log', 'sea\nsea')]:
    with open(os.path.join(base, name), 'w') as f:
        f.write(content)
print(sorted(os.listdir(base)))
print([(n, os.path.getsize(os.path.join(base, n))) for n in sorted(os.listdir(base)) if n.endswith('.txt')])
print(os.path.isdir(os.path.join(base, 'sub')), os.path.isfile(os.path.join(base, 'a.txt')))
os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'z.txt'))
os.remove(os.path.join(base, 'b.txt'))
print(sorted(os.listdir(base)))
os.mkdir(os.path.join(base, 'empty'))
os.rmdir(os.path.join(base, 'empty'))
print(os.stat(os.path.join(base, 'c.log')).st_size)
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
try:
    os.remove(os.path.join(base, 'nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree(base)
print(os.path.exists(base))
