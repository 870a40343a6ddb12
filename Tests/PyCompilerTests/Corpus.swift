/// Programs covering every statement and expression form, used by the stack-depth and serialization tests.
enum Corpus {
    static let programs: [String] = [
        // Expressions
        "x = 1 + 2 * 3 - -4 ** 2 // 5 % 6 @ m | 7 ^ 8 & 9 << 1 >> 2 / 3",
        "y = not a, ~b, +c, -d, a and b or c and not d",
        "z = a < b <= c == d != e > f >= g is h is not i in j not in k",
        "t = (), (1,), (1, 2.5, 'x', b'y', None, True, ..., 3j, -7), [a, *b, c], {1, *s}, {**m, 'k': v, **n}",
        "big = [" + (0..<40).map { "v\($0)" }.joined(separator: ", ") + "]",
        "bigd = {" + (0..<40).map { "'k\($0)': v\($0)" }.joined(separator: ", ") + "}",
        "s = f'{a}{b!r:>{width}} and {c!s} {d!a:{e}.{f}}' + f'' + f'plain'",
        "v = a[1], a[1:2], a[::3], a[x, 1:2], a.b.c, a if b else c",
        "w = f(1, *args, x=2, **kw), g(*a), h(**k), o.m(1, k=2), o.m(*a), o.m(**k), f(a, b=1, *c, d=2, **e, g=3)",
        "u = (lambda a, b=2, *c, d, e=5, **f: a + b)(1)",
        "if (n := len(x)) > 3: pass",
        "r = [x for x in y], {x for x in y if x}, {k: v for k, v in items}, (x for x in y)",
        "q = [x * y for x in range(3) if x for y in range(x) if y if x > y]",
        "p = [[j for j in range(i)] for i in range(3)]",
        "print(*[1, 2], sep='', end='')",
        "assert x, 'message'\nassert y",
        // Assignments
        "a = b = c = 1\na, b = b, a\n[a, *b], c = x\na.b, c[d] = 1, 2\na, *b, c = range(10)",
        "x += 1\no.attr -= 2\nc[k] *= 3\nc[i:j] //= 4",
        "del a, b.c, d[e], (f, g)",
        "x: int = 1\ny: str\no.a: int = 2\nc[0]: float\no.b: int",
        // Control flow
        "if a:\n    b()\nelif c:\n    d()\nelse:\n    e()",
        "if not (a and (b or c)):\n    pass",
        "if a if b else c:\n    pass",
        "if a < b < c:\n    pass\nif not a < b < c:\n    pass",
        "while a:\n    if b: break\n    if c: continue\nelse:\n    d()",
        "while True:\n    x()",
        "for i in range(10):\n    if i: continue\n    if i > 5: break\nelse:\n    done()",
        "for a, (b, c) in pairs:\n    for d in a:\n        break\n    else:\n        continue",
        // Exceptions
        "try:\n    a()\nexcept E:\n    b()",
        "try:\n    a()\nexcept (E, F) as e:\n    b(e)\nexcept G:\n    pass\nexcept:\n    raise\nelse:\n    c()",
        "try:\n    a()\nfinally:\n    b()",
        "try:\n    a()\nexcept E as e:\n    b()\nelse:\n    c()\nfinally:\n    d()",
        "raise\nraise E\nraise E from cause\nraise E(1) from None",
        """
        for x in y:
            try:
                try:
                    if x: break
                    if y: continue
                finally:
                    cleanup()
            except E as e:
                if e: continue
                break
            finally:
                with lock:
                    try:
                        pass
                    finally:
                        more()
        """,
        """
        def f(x):
            try:
                return x()
            finally:
                try:
                    return 2
                finally:
                    for i in x:
                        try:
                            return i
                        except E:
                            return -i
        """,
        """
        def f():
            try:
                pass
            finally:
                def inner():
                    return lambda: 0
                return [inner for _ in ()]
        """,
        """
        def f():
            for i in x:
                try:
                    return g(i)
                finally:
                    try:
                        break
                    finally:
                        h(lambda: i)
        """,
        """
        def f():
            try:
                try:
                    raise E
                except E as e:
                    return e
                finally:
                    g()
            except:
                return 1
        """,
        // Context managers
        "with a:\n    pass",
        "with a as b, c as (d, e):\n    f(b, d)",
        "for x in y:\n    with a as b:\n        if b: break\n        continue",
        "def f():\n    with a:\n        with b as c:\n            return c.d()",
        // Functions and classes
        "@dec\n@dec2(1)\ndef f(a, /, b: int = 1, *args: str, c, d: float = 2.0, **kw: dict) -> None:\n    'doc'\n    return a",
        "def outer(p):\n    x = 1\n    def inner(q=x):\n        nonlocal x\n        x += p + q\n        return x\n    return inner",
        "def g():\n    yield 1\n    x = yield\n    yield from range(3)\n    return x",
        "def g():\n    try:\n        yield 1\n    finally:\n        return (yield 2)",
        "lam = lambda: (yield)",
        """
        @decorator
        class C(Base, *mixins, metaclass=Meta, **opts):
            '''Docstring.'''
            attr: int = 0
            other: str
            __private = 1
            def method(self, __x):
                return super().method(self.__private, __x)
            @property
            def prop(self):
                return __class__
            class Inner:
                def f(self):
                    return [self for _ in ()]
        """,
        "class D:\n    x = 1\n    y = [x for _ in range(3)]\n    def m(self):\n        global x\n        return x",
        "import a\nimport a.b.c\nimport a.b.c as d\nimport a as b\nfrom . import x\nfrom ..m import y as z, w\nfrom m import *",
        "def f():\n    global g\n    g = 1\n    import os.path as p\n    from . import q\n    return p, q",
        // Async
        """
        async def f(xs):
            async for x in xs:
                if x:
                    break
                continue
            else:
                pass
            async with a as b, c:
                await b
                return [await y async for y in b if await y]
        """,
        """
        async def agen():
            async with lock:
                yield 1
            async for x in aiter():
                try:
                    yield x
                finally:
                    await close()
            return
        """,
        "async def f():\n    return {k: await v for k, v in items}, (await x async for x in y)",
        "async def f():\n    for x in y:\n        async with a:\n            if x: break",
        "async def f():\n    async with a:\n        return await b",
        // Misc
        "global x\nx = 1",
        "def f():\n    x = 1\n    del x\n    def g(): return x\n    return g",
        "__debug__\n(yield_ := 1)",
        "print(__debug__)\nx = -9223372036854775808\ny = -1.5\nz = -2j",
        "def f(*, a, b=1): pass",
        "def f(a, b, /): pass",
        "def f(**kw): return kw",
        "x = [*a, *b]\ny = (*a,)\nz = {*a, *b}",
        "x = a.b(c)(d)[e].f",
    ]
}
