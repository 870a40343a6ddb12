import tempfile, os
d = tempfile.mkdtemp()
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), os.path.basename(d).startswith("tmp"))
with tempfile.TemporaryDirectory() as t:
    open(os.path.join(t, "x"), "w").write("hi")
    print(os.listdir(t))
print(os.path.exists(t))
fd, p = tempfile.mkstemp(suffix=".txt")
os.write(fd, b"abc"); os.close(fd)
print(open(p).read(), p.endswith(".txt"))
os.unlink(p)
with tempfile.NamedTemporaryFile("w", delete=True) as f:
    f.write("x"); name = f.name
    print(os.path.exists(name))
print(os.path.exists(name), tempfile.gettempdir())
os.rmdir(d)
