extension SourceModules {
    /// `tempfile`: `gettempdir`, `gettempprefix`, `mkdtemp`, `mkstemp`, `TemporaryDirectory` and
    /// `NamedTemporaryFile`, with CPython's names (`tmp` + 8 random characters) and modes (0700 directories,
    /// 0600 files). Left out: `TemporaryFile` without a name, `SpooledTemporaryFile`.
    static let tempfileSource = #"""
import os as _os
import random as _random

template = "tmp"
tempdir = None
_characters = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            value = _os.environ.get(name)
            if value and _os.path.isdir(value):
                tempdir = value
                break
        else:
            tempdir = "/tmp"
    return tempdir


def gettempprefix():
    return template


def _name():
    return "".join(_rng.choice(_characters) for _ in range(8))


def _resolve(suffix, prefix, dir):
    return (suffix or "", template if prefix is None else prefix, gettempdir() if dir is None else dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(10000):
        path = _os.path.join(dir, prefix + _name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(10000):
        path = _os.path.join(dir, prefix + _name() + suffix)
        if _os.path.exists(path):
            continue
        fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        return fd, _os.path.abspath(path)
    raise FileExistsError("No usable temporary file name found")


class TemporaryDirectory:
    """A directory removed with everything in it when the `with` block (or cleanup()) ends."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        import shutil
        if _os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)


class _NamedFile:
    """The object NamedTemporaryFile returns: the open file, with its name, deleted on close when asked."""

    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, attr):
        return getattr(self.__dict__["file"], attr)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self.file.closed:
            self.file.close()
            if self.delete and _os.path.exists(self.name):
                _os.unlink(self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    fd, path = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    file = open(path, mode, encoding=encoding, newline=newline) if "b" not in mode else open(path, mode)
    return _NamedFile(file, path, delete)
"""#
}
