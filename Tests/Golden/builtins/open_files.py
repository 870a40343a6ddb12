# open(): write/read/append text and binary files, readline/readlines/iteration, with-blocks, seek/tell.
import os, shutil
base = '/tmp/swiftray-golden-open_files'
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base)
path = os.path.join(base, 'data.txt')
with open(path, 'w') as f:
    print(f.write('line one\n'), f.write('line two\n'))
    f.write('third')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'a') as f:
    f.write('\nappended')
with open(path, 'r') as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip('\n')))
with open(path) as f:
    print([l for l in f.read().splitlines() if 'o' in l])
bpath = os.path.join(base, 'data.bin')
with open(bpath, 'wb') as f:
    print(f.write(bytes(range(10))), f.write(b'\xff\xfe'))
with open(bpath, 'rb') as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
with open(bpath, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(8), f.read(), f.read())
with open(bpath, 'ab') as f:
    f.write(b'END')
print(os.path.getsize(bpath), open(bpath, 'rb').read()[-3:])
upath = os.path.join(base, 'utf8.txt')
with open(upath, 'w', encoding='utf-8') as f:
    f.write('héllo 😀\n')
with open(upath, encoding='utf-8') as f:
    s = f.read()
print(s, len(s), os.path.getsize(upath))
with open(upath, 'rb') as f:
    print(f.read())
f = open(path)
print(f.closed, f.name == path, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
try:
    open(os.path.join(base, 'missing.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename == os.path.join(base, 'missing.txt'))
with open(path, 'w') as f:
    f.writelines(['a\n', 'b\n'])
print(open(path).read().split())
print(sorted(os.listdir(base)))
shutil.rmtree(base)
print(os.path.exists(base))
