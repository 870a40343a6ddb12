import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// Library modules (collections, itertools, functools and uuid): each test runs a program and compares what it prints with the
/// output CPython 3.11 printed for the same program (captured with `python3` and pasted here).
final class LibraryCollectionsTests: XCTestCase {
    func testDefaultDictCounterOrderedDict() throws {
        let source = #"""
        from collections import defaultdict, Counter, OrderedDict
        d = defaultdict(list); d['a'].append(1); d['b']
        print(d, dict(d), d.default_factory, isinstance(d, dict), 'c' in d, d.get('c'))
        dd = defaultdict(int, {'x': 1}, y=2); dd['z'] += 5; print(dd, dd.copy(), defaultdict())
        try:
            defaultdict(None)['k']
        except KeyError as e:
            print('KeyError', e)
        c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
        c.update('aaz'); c.subtract({'a': 10}); print(c)
        print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
        print(Counter(), +Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter(a=1) == Counter(a=1, b=0))
        class MyCounter(Counter):
            pass
        print(MyCounter('aab'))
        od = OrderedDict(); od['b'] = 1; od['a'] = 2; od['c'] = 3
        od.move_to_end('b'); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())
        print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

        """#
        // Output of CPython 3.11.7 for the same source.
        let expected = #"""
        defaultdict(<class 'list'>, {'a': [1], 'b': []}) {'a': [1], 'b': []} <class 'list'> True False None
        defaultdict(<class 'int'>, {'x': 1, 'y': 2, 'z': 5}) defaultdict(<class 'int'>, {'x': 1, 'y': 2, 'z': 5}) defaultdict(None, {})
        KeyError 'k'
        Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0 ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r'] 11
        Counter({'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1, 'a': -3})
        Counter({'a': 4, 'b': 3}) Counter({'a': 2}) Counter({'a': 1, 'b': 1}) Counter({'a': 3, 'b': 2})
        Counter() Counter({'b': 2}) Counter({'a': 1}) True
        MyCounter({'a': 2, 'b': 1})
        OrderedDict([('a', 2)]) ('b', 1) ('c', 3) OrderedDict([('a', 2)]) OrderedDict()
        False True

        """#
        XCTAssertEqual(try runLibraryProgram(source), expected)
    }

    func testDequeAndNamedTuple() throws {
        let source = #"""
        from collections import deque, namedtuple
        q = deque([1, 2, 3]); q.append(4); q.appendleft(0)
        print(q, q.pop(), q.popleft(), q, len(q), q[0], q[-1], 2 in q)
        q.rotate(1); print(q); q.rotate(-2); print(q); q.extend([7, 8]); q.extendleft([9, 10]); print(q)
        m = deque(range(5), maxlen=3); print(m, m.maxlen); m.append(9); m.appendleft(7); print(m)
        print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque('ab') + deque('c'), deque([1]) * 3)
        for expr in ["deque().pop()", "deque([1]).remove(5)", "deque([1])[5]", "hash(deque())", "deque([1, 2], maxlen=2).insert(0, 1)"]:
            try:
                eval(expr)
            except Exception as e:
                print(type(e).__name__, e)
        d = deque([1, 2, 3])
        try:
            for x in d:
                d.append(x)
        except RuntimeError as e:
            print(e)
        Point = namedtuple('Point', ['x', 'y'])
        p = Point(1, 2)
        print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), p == (1, 2))
        P3 = namedtuple('P3', 'a b c', defaults=[0]); print(P3(1, 2), P3._field_defaults, P3.__doc__)
        for expr in ["Point(1)", "Point(1, 2, 3)", "Point(1, x=2)", "namedtuple('A', 'a a')", "namedtuple('A', 'a class')"]:
            try:
                eval(expr)
            except Exception as e:
                print(type(e).__name__, e)
        class Vector(Point):
            def norm2(self):
                return self.x ** 2 + self.y ** 2
        print(Vector(3, 4), Vector(3, 4).norm2())

        """#
        // Output of CPython 3.11.7 for the same source.
        let expected = #"""
        deque([1, 2, 3]) 4 0 deque([1, 2, 3]) 3 1 3 True
        deque([3, 1, 2])
        deque([2, 3, 1])
        deque([10, 9, 2, 3, 1, 7, 8])
        deque([2, 3, 4], maxlen=3) 3
        deque([7, 3, 4], maxlen=3)
        True True deque(['a', 'b', 'c']) deque([1, 1, 1])
        IndexError pop from an empty deque
        ValueError 5 is not in deque
        IndexError deque index out of range
        TypeError unhashable type: 'collections.deque'
        IndexError deque already at its maximum size
        deque mutated during iteration
        Point(x=1, y=2) 1 2 {'x': 1, 'y': 2} Point(x=5, y=2) ('x', 'y') Point(x=3, y=4) True
        P3(a=1, b=2, c=0) {'c': 0} P3(a, b, c)
        TypeError Point.__new__() missing 1 required positional argument: 'y'
        TypeError Point.__new__() takes 3 positional arguments but 4 were given
        TypeError Point.__new__() got multiple values for argument 'x'
        ValueError Encountered duplicate field name: 'a'
        ValueError Type names and field names cannot be a keyword: 'class'
        Vector(x=3, y=4) 25

        """#
        XCTAssertEqual(try runLibraryProgram(source), expected)
    }

    func testItertools() throws {
        let source = #"""
        from itertools import *
        print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), count(5), repeat('a', 3), list(repeat(7, 2)))
        print(list(islice(cycle('ab'), 5)), list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
        print(list(chain('ab', [1])), list(chain.from_iterable(['ab', 'cd'])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
        print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, ''])))
        print([(k, list(g)) for k, g in groupby('aaabbca')], [(k, list(g)) for k, g in groupby(range(6), key=lambda x: x // 2)])
        print(list(islice('abcdefg', 2, None, 2)), list(starmap(pow, [(2, 5), (3, 2)])), list(zip_longest('ab', 'xyz', fillvalue='-')))
        a, b = tee(iter([1, 2, 3])); print(next(a), list(a), list(b))
        print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(permutations('abc', 2)))
        print(list(combinations('abcd', 2)), list(combinations_with_replacement('ab', 2)), list(pairwise('abcd')))
        for expr in ["islice('a', -1)", "permutations('a', -1)", "combinations('a')"]:
            try:
                eval(expr)
            except Exception as e:
                print(type(e).__name__, e)

        """#
        // Output of CPython 3.11.7 for the same source.
        let expected = #"""
        [0, 1, 2, 3, 4] [10, 12, 14] count(5) repeat('a', 3) [7, 7]
        ['a', 'b', 'a', 'b', 'a'] [1, 3, 6, 10] [10, 10, 20, 60]
        ['a', 'b', 1] ['a', 'b', 'c', 'd'] ['a', 'c', 'e', 'f']
        [3, 1] [1, 2] [0, '']
        [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a'])] [(0, [0, 1]), (1, [2, 3]), (2, [4, 5])]
        ['c', 'e', 'g'] [32, 9] [('a', 'x'), ('b', 'y'), ('-', 'z')]
        1 [2, 3] [1, 2, 3]
        [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(0, 0), (0, 1), (1, 0), (1, 1)] [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]
        [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [('a', 'a'), ('a', 'b'), ('b', 'b')] [('a', 'b'), ('b', 'c'), ('c', 'd')]
        ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
        ValueError r must be non-negative
        TypeError combinations() missing required argument 'r' (pos 2)

        """#
        XCTAssertEqual(try runLibraryProgram(source), expected)
    }

    func testFunctools() throws {
        let source = #"""
        import functools
        from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property
        def f(a, b, c=3):
            return (a, b, c)
        p = partial(f, 1, c=5); p2 = partial(p, 7)
        print(p(2), p.args, p.keywords, p2(), p2.args, p2.func is f, repr(partial(f, 1, b=2)).split(' at ')[0])
        print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1))
        def deco(fn):
            @wraps(fn)
            def wrapper(*a, **k):
                return fn(*a, **k)
            return wrapper
        @deco
        def greet(name):
            "Say hi."
            return 'hi ' + name
        print(greet('x'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
        @lru_cache(maxsize=2)
        def square(x):
            print('compute', x)
            return x * x
        print(square(2), square(2), square(3), square(4), square(2), square.cache_info())
        square.cache_clear(); print(square.cache_info())
        @cache
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(fib(80), fib.cache_info())
        @total_ordering
        class V:
            def __init__(self, v): self.v = v
            def __eq__(self, o): return self.v == o.v
            def __lt__(self, o): return self.v < o.v
        print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2))
        print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
        class C:
            calls = 0
            @cached_property
            def value(self):
                C.calls += 1
                return 42
            @lru_cache(maxsize=None)
            def double(self, x):
                return 2 * x
        c = C(); print(c.value, c.value, C.calls, c.double(21))

        """#
        // Output of CPython 3.11.7 for the same source.
        let expected = #"""
        (1, 2, 5) (1,) {'c': 5} (1, 7, 5) (1, 7) True functools.partial(<function f
        6 1
        hi x greet Say hi. greet
        compute 2
        compute 3
        compute 4
        compute 2
        4 4 9 16 4 CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
        CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
        23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
        True False True True
        [3, 2, 1]
        42 42 1 42

        """#
        XCTAssertEqual(try runLibraryProgram(source), expected)
    }

    func testUuid() throws {
        let source = #"""
        import uuid
        u = uuid.UUID('12345678-1234-5678-1234-567812345678')
        print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes, u.fields)
        print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, hash(u) == hash(u.int), uuid.UUID(int=5), {u: 1}[uuid.UUID(str(u))])
        v = uuid.uuid4(); print(v.version, len(str(v)), v.variant, uuid.uuid1().version, v != uuid.uuid4())
        print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
        for expr in ['uuid.UUID("abc")', 'uuid.UUID()', 'uuid.UUID(int=-1)']:
            try:
                eval(expr)
            except Exception as e:
                print(type(e).__name__, e)

        """#
        // Output of CPython 3.11.7 for the same source.
        let expected = #"""
        12345678-1234-5678-1234-567812345678 UUID('12345678-1234-5678-1234-567812345678') 12345678123456781234567812345678 24197857161011715162171839636988778104 None reserved for NCS compatibility urn:uuid:12345678-1234-5678-1234-567812345678 b'\x124Vx\x124Vx\x124Vx\x124Vx' (305419896, 4660, 22136, 18, 52, 95073701484152)
        True True 00000000-0000-0000-0000-000000000005 1
        4 36 specified in RFC 4122 1 True
        886313e1-3b8a-5372-9b90-0c9aee199e5d 6fa459ea-ee8a-3ca4-894e-db77e160355e
        ValueError badly formed hexadecimal UUID string
        TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
        ValueError int is out of range (need a 128-bit value)

        """#
        XCTAssertEqual(try runLibraryProgram(source), expected)
    }
}
