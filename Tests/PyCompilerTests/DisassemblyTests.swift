import PySyntax
import XCTest

@testable import PyCompiler

/// Snapshot tests of `disassembly` for small programs; each listing was checked by hand against the layouts
/// documented in the compiler (and against CPython 3.11's `dis` output where the instruction sets agree).
final class DisassemblyTests: XCTestCase {
    func assertDisassembly(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line)
        throws
    {
        let actual = try compile(source + "\n").disassembly
        XCTAssertEqual(actual, expected + "\n", file: file, line: line)
        if actual != expected + "\n" { print(actual) }
    }

    func testSimpleFunction() throws {
        try assertDisassembly(
            """
            def add(a, b):
                return a + b
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object add, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (add)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object add, file "t.py", line 1>:
              flags: none, args: 2, stack: 2
              varnames: a, b
               2        0 LOAD_FAST             0 (a)
                        1 LOAD_FAST             1 (b)
                        2 BINARY_OP             +
                        3 RETURN_VALUE
            """)
    }

    func testLoopWithConditions() throws {
        try assertDisassembly(
            """
            def f(n):
                while n > 0:
                    if n % 2 and not n > 10:
                        n -= 1
                    else:
                        break
                return n
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object f, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (f)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object f, file "t.py", line 1>:
              flags: none, args: 1, stack: 2
              varnames: n
               2  >>    0 LOAD_FAST             0 (n)
                        1 LOAD_CONST            0 (0)
                        2 COMPARE_OP            >
                        3 POP_JUMP_IF_FALSE     to 19
               3        4 LOAD_FAST             0 (n)
                        5 LOAD_CONST            1 (2)
                        6 BINARY_OP             %
                        7 POP_JUMP_IF_FALSE     to 17
                        8 LOAD_FAST             0 (n)
                        9 LOAD_CONST            2 (10)
                       10 COMPARE_OP            >
                       11 POP_JUMP_IF_TRUE      to 17
               4       12 LOAD_FAST             0 (n)
                       13 LOAD_CONST            3 (1)
                       14 INPLACE_OP            -=
                       15 STORE_FAST            0 (n)
               3       16 JUMP                  to 0
               6  >>   17 JUMP                  to 19
               2       18 JUMP                  to 0
               7  >>   19 LOAD_FAST             0 (n)
                       20 RETURN_VALUE
            """)
    }

    func testTryExceptAs() throws {
        try assertDisassembly(
            """
            def f():
                try:
                    g()
                except (KeyError, IndexError) as e:
                    return e
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object f, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (f)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object f, file "t.py", line 1>:
              flags: none, args: 0, stack: 4
              varnames: e
               3        0 LOAD_GLOBAL           0 (g)
                        1 CALL                  0
                        2 POP_TOP
               2        3 JUMP                  to 31
                  >>    4 PUSH_EXC_INFO
               4        5 LOAD_GLOBAL           1 (KeyError)
                        6 LOAD_GLOBAL           2 (IndexError)
                        7 BUILD_TUPLE           2
                        8 CHECK_EXC_MATCH
                        9 POP_JUMP_IF_FALSE     to 27
                       10 STORE_FAST            0 (e)
               5       11 LOAD_FAST             0 (e)
                       12 SWAP                  2
                       13 POP_EXCEPT
                       14 LOAD_CONST            0 (None)
                       15 STORE_FAST            0 (e)
                       16 DELETE_FAST           0 (e)
                       17 RETURN_VALUE
               4       18 POP_EXCEPT
                       19 LOAD_CONST            0 (None)
                       20 STORE_FAST            0 (e)
                       21 DELETE_FAST           0 (e)
                       22 JUMP                  to 31
                  >>   23 LOAD_CONST            0 (None)
                       24 STORE_FAST            0 (e)
                       25 DELETE_FAST           0 (e)
                       26 RERAISE
               2  >>   27 RERAISE
                  >>   28 SWAP                  2
                       29 POP_EXCEPT
                       30 RERAISE
                  >>   31 LOAD_CONST            0 (None)
                       32 RETURN_VALUE
              ExceptionTable:
                0 to 3 -> 4 [0]
                4 to 11 -> 28 [1]
                11 to 12 -> 23 [1]
                23 to 28 -> 28 [1]
            """)
    }

    func testWithReturn() throws {
        try assertDisassembly(
            """
            def f(path):
                with open(path) as fh:
                    return fh.read()
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object f, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (f)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object f, file "t.py", line 1>:
              flags: none, args: 1, stack: 5
              varnames: path, fh
               2        0 LOAD_GLOBAL           0 (open)
                        1 LOAD_FAST             0 (path)
                        2 CALL                  1
                        3 BEFORE_WITH
                        4 STORE_FAST            1 (fh)
               3        5 LOAD_FAST             1 (fh)
                        6 LOAD_METHOD           1 (read)
                        7 CALL_METHOD           0
                        8 SWAP                  2
                        9 LOAD_CONST            0 (None)
                       10 LOAD_CONST            0 (None)
                       11 LOAD_CONST            0 (None)
                       12 CALL                  3
                       13 POP_TOP
                       14 RETURN_VALUE
               2       15 LOAD_CONST            0 (None)
                       16 LOAD_CONST            0 (None)
                       17 LOAD_CONST            0 (None)
                       18 CALL                  3
                       19 POP_TOP
                       20 JUMP                  to 32
                  >>   21 PUSH_EXC_INFO
                       22 WITH_EXCEPT_START
                       23 POP_JUMP_IF_TRUE      to 25
                       24 RERAISE
                  >>   25 POP_TOP
                       26 POP_EXCEPT
                       27 POP_TOP
                       28 JUMP                  to 32
                  >>   29 SWAP                  2
                       30 POP_EXCEPT
                       31 RERAISE
                  >>   32 LOAD_CONST            0 (None)
                       33 RETURN_VALUE
              ExceptionTable:
                4 to 8 -> 21 [1]
                21 to 26 -> 29 [2]
            """)
    }

    func testListComprehension() throws {
        try assertDisassembly(
            """
            def f(xs):
                return [x + 1 for x in xs if x]
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object f, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (f)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object f, file "t.py", line 1>:
              flags: none, args: 1, stack: 2
              varnames: xs
               2        0 LOAD_CONST            0 (<code object <listcomp>, file "t.py", line 2>)
                        1 MAKE_FUNCTION         0
                        2 LOAD_FAST             0 (xs)
                        3 GET_ITER
                        4 CALL                  1
                        5 RETURN_VALUE

            Disassembly of <code object <listcomp>, file "t.py", line 2>:
              flags: comprehension, args: 1, stack: 4
              varnames: .0, x
               2        0 BUILD_LIST            0
                        1 LOAD_FAST             0 (.0)
                  >>    2 FOR_ITER              to 11
                        3 STORE_FAST            1 (x)
                        4 LOAD_FAST             1 (x)
                        5 POP_JUMP_IF_FALSE     to 2
                        6 LOAD_FAST             1 (x)
                        7 LOAD_CONST            0 (1)
                        8 BINARY_OP             +
                        9 LIST_APPEND           2
                       10 JUMP                  to 2
                  >>   11 RETURN_VALUE
            """)
    }

    func testCalls() throws {
        try assertDisassembly(
            """
            def f(o, a, k):
                return o.m(1, key=2), o.n(*a, **k), f'{o!r:>10}'
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object f, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (f)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object f, file "t.py", line 1>:
              flags: none, args: 3, stack: 5
              varnames: o, a, k
               2        0 LOAD_FAST             0 (o)
                        1 LOAD_METHOD           0 (m)
                        2 LOAD_CONST            0 (1)
                        3 LOAD_CONST            1 (2)
                        4 CALL_METHOD_KW        2 (kwnames ('key',))
                        5 LOAD_FAST             0 (o)
                        6 LOAD_ATTR             1 (n)
                        7 BUILD_LIST            0
                        8 LOAD_FAST             1 (a)
                        9 LIST_EXTEND           1
                       10 LIST_TO_TUPLE
                       11 BUILD_MAP             0
                       12 LOAD_FAST             2 (k)
                       13 DICT_MERGE            1
                       14 CALL_FUNCTION_EX      1 (kwargs)
                       15 LOAD_FAST             0 (o)
                       16 LOAD_CONST            3 ('>10')
                       17 FORMAT_VALUE          !r, with spec
                       18 BUILD_TUPLE           3
                       19 RETURN_VALUE
            """)
    }

    func testClassBody() throws {
        try assertDisassembly(
            """
            class Point:
                x: int = 0
                def __init__(self, x):
                    self.x = x
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 3
               1        0 LOAD_BUILD_CLASS
                        1 LOAD_CONST            0 (<code object Point, file "t.py", line 1>)
                        2 MAKE_FUNCTION         0
                        3 LOAD_CONST            1 ('Point')
                        4 CALL                  2
                        5 STORE_NAME            0 (Point)
                        6 LOAD_CONST            2 (None)
                        7 RETURN_VALUE

            Disassembly of <code object Point, file "t.py", line 1>:
              flags: locals_mapping|class_body, args: 0, stack: 3
               1        0 LOAD_NAME             0 (__name__)
                        1 STORE_NAME            1 (__module__)
                        2 LOAD_CONST            0 ('Point')
                        3 STORE_NAME            2 (__qualname__)
                        4 SETUP_ANNOTATIONS
               2        5 LOAD_CONST            1 (0)
                        6 STORE_NAME            3 (x)
                        7 LOAD_NAME             4 (int)
                        8 LOAD_NAME             5 (__annotations__)
                        9 LOAD_CONST            2 ('x')
                       10 STORE_SUBSCR
               3       11 LOAD_CONST            3 (<code object __init__, file "t.py", line 3>)
                       12 MAKE_FUNCTION         0
                       13 STORE_NAME            6 (__init__)
               1       14 LOAD_CONST            4 (None)
                       15 RETURN_VALUE

            Disassembly of <code object __init__, file "t.py", line 3>:
              flags: none, args: 2, stack: 2
              varnames: self, x
               4        0 LOAD_FAST             1 (x)
                        1 LOAD_FAST             0 (self)
                        2 STORE_ATTR            0 (x)
                        3 LOAD_CONST            0 (None)
                        4 RETURN_VALUE
            """)
    }

    func testTryFinallyBreak() throws {
        try assertDisassembly(
            """
            def f(xs):
                for x in xs:
                    try:
                        if x:
                            break
                    finally:
                        g()
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object f, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (f)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object f, file "t.py", line 1>:
              flags: none, args: 1, stack: 4
              varnames: xs, x
               2        0 LOAD_FAST             0 (xs)
                        1 GET_ITER
                  >>    2 FOR_ITER              to 24
                        3 STORE_FAST            1 (x)
               4        4 LOAD_FAST             1 (x)
                        5 POP_JUMP_IF_FALSE     to 11
               7        6 LOAD_GLOBAL           0 (g)
                        7 CALL                  0
                        8 POP_TOP
               5        9 POP_TOP
                       10 JUMP                  to 24
               7  >>   11 LOAD_GLOBAL           0 (g)
                       12 CALL                  0
                       13 POP_TOP
               3       14 JUMP                  to 2
                  >>   15 PUSH_EXC_INFO
               7       16 LOAD_GLOBAL           0 (g)
                       17 CALL                  0
                       18 POP_TOP
               3       19 RERAISE
                  >>   20 SWAP                  2
                       21 POP_EXCEPT
                       22 RERAISE
               2       23 JUMP                  to 2
                  >>   24 LOAD_CONST            0 (None)
                       25 RETURN_VALUE
              ExceptionTable:
                4 to 6 -> 15 [1]
                15 to 20 -> 20 [2]
            """)
    }

    func testGenerator() throws {
        try assertDisassembly(
            """
            def g(it):
                yield 1
                yield from it
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object g, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (g)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object g, file "t.py", line 1>:
              flags: generator, args: 1, stack: 2
              varnames: it
               2        0 LOAD_CONST            0 (1)
                        1 YIELD_VALUE
                        2 NOP
                        3 POP_TOP
               3        4 LOAD_FAST             0 (it)
                        5 GET_YIELD_FROM_ITER
                        6 LOAD_CONST            1 (None)
                        7 YIELD_FROM
                        8 POP_TOP
                        9 LOAD_CONST            1 (None)
                       10 RETURN_VALUE
            """)
    }

    func testAsyncFor() throws {
        try assertDisassembly(
            """
            async def f(it):
                async for x in it:
                    await x
            """,
            """
            Disassembly of <code object <module>, file "t.py", line 1>:
              flags: locals_mapping, args: 0, stack: 1
               1        0 LOAD_CONST            0 (<code object f, file "t.py", line 1>)
                        1 MAKE_FUNCTION         0
                        2 STORE_NAME            0 (f)
                        3 LOAD_CONST            1 (None)
                        4 RETURN_VALUE

            Disassembly of <code object f, file "t.py", line 1>:
              flags: coroutine, args: 1, stack: 3
              varnames: it, x
               2        0 LOAD_FAST             0 (it)
                        1 GET_AITER
                  >>    2 GET_ANEXT
                        3 LOAD_CONST            0 (None)
                        4 YIELD_FROM
                        5 STORE_FAST            1 (x)
               3        6 LOAD_FAST             1 (x)
                        7 GET_AWAITABLE
                        8 LOAD_CONST            0 (None)
                        9 YIELD_FROM
                       10 POP_TOP
               2       11 JUMP                  to 2
                  >>   12 END_ASYNC_FOR
                       13 LOAD_CONST            0 (None)
                       14 RETURN_VALUE
              ExceptionTable:
                2 to 5 -> 12 [1]
            """)
    }
}
