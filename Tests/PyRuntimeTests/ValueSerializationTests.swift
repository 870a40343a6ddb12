import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// One interpreter with a `__main__` namespace, for running source and evaluating expressions.
private final class Session {
    let out = CapturingSink()
    let interp: Interpreter
    let main: PyModule

    init() {
        Library.registerAll()
        interp = Interpreter(stdout: out, stderr: out)
        main = interp.makeMainModule()
    }

    func run(_ source: String) throws {
        interp.makeCurrent()
        do {
            let code = try interp.compile(source, filename: "<test>", mode: .exec)
            try interp.run(code, globals: main.namespace)
        } catch {
            throw PythonFailure(message: pythonMessage(error) + " running:\n" + source)
        }
    }

    func eval(_ expression: String) throws -> Value {
        interp.makeCurrent()
        do {
            let code = try interp.compile(expression, filename: "<test>", mode: .eval)
            return try interp.run(code, globals: main.namespace)
        } catch {
            throw PythonFailure(message: pythonMessage(error) + " evaluating: " + expression)
        }
    }

    func repr(_ v: Value) throws -> String {
        interp.makeCurrent()
        return try interp.repr(v)
    }

    func set(_ name: String, _ v: Value) { main.namespace.setItem(name, v) }

    /// Serialize with this interpreter.
    func ship(_ v: Value) throws -> SerializedValue {
        interp.makeCurrent()
        return try interp.serialize(v)
    }

    /// Deserialize into this interpreter.
    func receive(_ data: SerializedValue) throws -> Value {
        interp.makeCurrent()
        return try interp.deserialize(data)
    }

    /// Assert that a Python expression is true here.
    func check(_ expression: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let v = try eval(expression)
        guard case .bool(true) = v else {
            XCTFail("not true: \(expression) (got \(try repr(v)))", file: file, line: line)
            return
        }
    }
}

private struct PythonFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

private func pythonMessage(_ error: Error) -> String {
    guard let e = error as? PyError else { return "\(error)" }
    return "\(e.exception.type.name): \(e.exception.plainMessage)"
}

final class ValueSerializationTests: XCTestCase {
    func testScalarsAndContainersRoundTrip() throws {
        let a = Session()
        let b = Session()
        let expressions = [
            "None", "True", "False", "0", "-1", "2**62", "-(2**63)", "2**63", "-(2**200) + 7", "2**64 - 1",
            "1.5", "float('inf')", "float('-inf')", "-0.0", "1e-310", "1+2j", "complex(-0.0, float('inf'))",
            "'h\u{e9}llo \u{2713} \u{1F600}'", "''", "b'\\x00\\xff'", "bytearray(b'ab')", "[1, [2, 3]]", "(1, 'a', (2,))",
            "{'b': 1, 'a': 2, 3: [4], (1, 2): None}", "{1, 2, 3, 100, -5}", "frozenset({'x', 'y', 'z'})", "range(1, 10, 3)",
            "range(0, 2**70, 3)", "slice(1, None, 2)", "...", "NotImplemented", "()", "[]", "{}", "set()", "frozenset()",
            "{'k': {'nested': [(), {1: 2}]}}", "[x * 1.5 for x in range(20)]", "{i: str(i) for i in range(30)}",
        ]
        for source in expressions {
            let original = try a.eval(source)
            let copy = try b.receive(try a.ship(original))
            XCTAssertEqual(try b.repr(copy), try a.repr(original), source)
            XCTAssertEqual(copy.typeName, original.typeName, source)
            b.set("x", copy)
            a.set("x", original)
            try b.check("x == x or x != x")  // equality works on the copy
        }
        // Sets of str compare equal (their iteration order depends on their insertion history).
        b.set("x", try b.receive(try a.ship(try a.eval("{'b', 'a', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'}"))))
        try b.check("x == {'b', 'a', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'}")
        // Order is kept: dicts in insertion order, sets in their iteration order.
        b.set("d", try b.receive(try a.ship(try a.eval("{'z': 1, 'a': 2, 'm': 3}"))))
        try b.check("list(d) == ['z', 'a', 'm']")
    }

    func testFloatsAreBitExact() throws {
        let a = Session()
        let values: [Double] = [
            .nan, -.nan, Double(nan: 0x1234, signaling: false), .infinity, -.infinity, -0.0, 0.0,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.1,
        ]
        for d in values {
            let copy = try a.receive(try a.ship(.float(d)))
            guard case .float(let e) = copy else { return XCTFail("not a float") }
            XCTAssertEqual(e.bitPattern, d.bitPattern)
        }
        let c = try a.receive(try a.ship(.object(PyComplex(-0.0, .nan))))
        let complex = try XCTUnwrap(c.asObject as? PyComplex)
        XCTAssertEqual(complex.real.bitPattern, (-0.0).bitPattern)
        XCTAssertTrue(complex.imag.isNaN)
    }

    func testExceptions() throws {
        let a = Session()
        let b = Session()
        try a.run(
            """
            e = ValueError('bad value', 3)
            e.note = 'extra'
            try:
                try:
                    {}['missing']
                except KeyError as inner:
                    raise RuntimeError('outer') from inner
            except RuntimeError as caught:
                chained = caught
            class MyError(Exception):
                def describe(self):
                    return 'MyError:' + str(self.args[0])
            mine = MyError('boom')
            """)
        b.set("e", try b.receive(try a.ship(try a.eval("e"))))
        try b.check("type(e) is ValueError and e.args == ('bad value', 3) and e.note == 'extra'")
        try b.check("isinstance(e, Exception)")
        b.set("c", try b.receive(try a.ship(try a.eval("chained"))))
        try b.check("type(c) is RuntimeError and str(c) == 'outer'")
        try b.check("type(c.__cause__) is KeyError and c.__cause__.args == ('missing',)")
        b.set("m", try b.receive(try a.ship(try a.eval("mine"))))
        try b.check("isinstance(m, Exception) and m.describe() == 'MyError:boom'")
        try b.run(
            """
            try:
                raise m
            except Exception as caught:
                ok = caught is m
            """)
        try b.check("ok")
    }

    func testFunctionsAcrossInterpreters() throws {
        let a = Session()
        try a.run(
            """
            import math
            SCALE = 10
            LIMIT = 1
            def helper(x):
                return x * SCALE
            def area(r, k=2):
                return math.pi * r ** k
            def make_adder(n):
                def add(x):
                    return x + n + helper(1)
                return add
            adder = make_adder(5)
            def filtered(xs):
                return [helper(x) for x in xs if x > LIMIT]
            def fact(n):
                return 1 if n <= 1 else n * fact(n - 1)
            def kwonly(a, *, b=3, **rest):
                return a + b + len(rest)
            def counter():
                count = 0
                def bump():
                    nonlocal count
                    count += 1
                    return count
                return bump
            bump = counter()
            bump()
            def uses_lambda(xs):
                return sorted(xs, key=lambda v: -v * SCALE)
            def documented(x: int) -> int:
                "Doubles."
                return 2 * x
            documented.tag = 'attr'
            """)
        let b = Session()
        func remote(_ name: String) throws -> Value {
            let fn = try b.receive(try a.ship(try a.eval(name)))
            XCTAssertEqual(fn.typeName, "function", name)
            return fn
        }
        let area = try remote("area")
        let r1 = try b.interp.call(area, [.int(2)])
        guard case .float(let v) = r1 else { return XCTFail("area did not return a float") }
        XCTAssertEqual(v, Double.pi * 4, accuracy: 1e-12)
        XCTAssertEqual(try b.repr(try b.interp.call(area, [.int(1), .int(3)])), try a.repr(try a.eval("area(1, 3)")))

        let adder = try remote("adder")
        XCTAssertEqual(try b.repr(try b.interp.call(adder, [.int(1)])), "16")
        let filtered = try remote("filtered")
        XCTAssertEqual(try b.repr(try b.interp.call(filtered, [try b.eval("[0, 1, 2, 3]")])), "[20, 30]")
        let fact = try remote("fact")
        XCTAssertEqual(try b.repr(try b.interp.call(fact, [.int(20)])), "2432902008176640000")
        let kwonly = try remote("kwonly")
        XCTAssertEqual(
            try b.repr(try b.interp.call(kwonly, [.int(1)], keywords: [("x", .int(0))])), "5")
        let bump = try remote("bump")
        XCTAssertEqual(try b.repr(try b.interp.call(bump, [])), "2")
        XCTAssertEqual(try b.repr(try b.interp.call(bump, [])), "3")
        let sortedFn = try remote("uses_lambda")
        XCTAssertEqual(try b.repr(try b.interp.call(sortedFn, [try b.eval("[1, 3, 2]")])), "[3, 2, 1]")
        b.set("documented", try remote("documented"))
        try b.check("documented(4) == 8 and documented.__doc__ == 'Doubles.' and documented.tag == 'attr'")
        try b.check("documented.__name__ == 'documented' and documented.__annotations__['x'] is int")

        // Only the globals the code reads travel; modules are re-imported by name.
        b.set("area", area)
        try b.check("sorted(k for k in area.__globals__ if not k.startswith('__')) == ['math']")
        try b.check("area.__globals__['math'] is __import__('math')")
        // Functions sharing a globals dict at the source share one on arrival (within one payload).
        b.set("pair", try b.receive(try a.ship(try a.eval("(helper, fact)"))))
        try b.check("pair[0].__globals__ is pair[1].__globals__")
        // Library functions and builtins go by name.
        b.set("lib", try b.receive(try a.ship(try a.eval("(len, math.sqrt, str.join, [].append, math, int, KeyError)"))))
        try b.check("lib[0] is len and lib[1](16.0) == 4.0 and lib[2](',', ['a', 'b']) == 'a,b'")
        try b.check("lib[4] is __import__('math') and lib[5] is int and lib[6] is KeyError")
        try b.check("callable(lib[3])")
    }

    func testClassesAndInstancesAcrossInterpreters() throws {
        let a = Session()
        try a.run(
            """
            class Base:
                kind = 'base'
                def __init__(self, v):
                    self.v = v
                def double(self):
                    return self.v * 2
                @property
                def prop(self):
                    return self.v + 1
                @staticmethod
                def st(x):
                    return x + 100
                @classmethod
                def make(cls, v):
                    return cls(v)
            class Point(Base):
                __slots__ = ('v', 'w')
                def __repr__(self):
                    return f'Point({self.v})'
                def __eq__(self, other):
                    return isinstance(other, Point) and self.v == other.v
                def __hash__(self):
                    return hash(self.v)
                def twin(self):
                    return Point(self.v)
            p = Point(21)
            q = Point(5)
            points = {Point(1), Point(2)}
            """)
        let b = Session()
        b.set("p", try b.receive(try a.ship(try a.eval("p"))))
        XCTAssertEqual(try b.repr(try b.interp.callMethod(try b.eval("p"), "double", [])), "42")
        try b.check("p.prop == 22 and p.st(1) == 101 and type(p).make(3).v == 3 and p.kind == 'base'")
        try b.check("repr(p) == 'Point(21)' and p.twin() == p and isinstance(p, type(p).__mro__[1])")
        try b.check("type(p).__name__ == 'Point' and type(p).__mro__[1].__name__ == 'Base'")
        // A second object of the same class, sent separately, gets the same class object.
        b.set("q", try b.receive(try a.ship(try a.eval("q"))))
        try b.check("type(q) is type(p) and q.double() == 10")
        b.set("cls", try b.receive(try a.ship(try a.eval("Point"))))
        try b.check("cls is type(p)")
        // Sets of instances rebuild with the class's own __hash__/__eq__.
        b.set("points", try b.receive(try a.ship(try a.eval("points"))))
        try b.check("type(p)(1) in points and len(points) == 2")
        // Bound methods.
        let bound = try b.receive(try a.ship(try a.eval("p.double")))
        XCTAssertEqual(try b.repr(try b.interp.call(bound, [])), "42")
        // Sent back to its origin, a class is the original class.
        a.set("back", try a.receive(try b.ship(try b.eval("(p, cls)"))))
        try a.check("back[1] is Point and type(back[0]) is Point and back[0] == p")
    }

    func testLibraryClassesAndBuiltinSubclasses() throws {
        let a = Session()
        try a.run(
            """
            from dataclasses import dataclass, field
            import abc
            @dataclass
            class Item:
                name: str
                tags: list = field(default_factory=list)
                def label(self):
                    return self.name + ':' + ','.join(self.tags)
            class Shape(abc.ABC):
                @abc.abstractmethod
                def area(self): ...
            class Square(Shape):
                def __init__(self, s):
                    self.s = s
                def area(self):
                    return self.s ** 2
            class Registry(dict):
                def names(self):
                    return sorted(self)
            class Stack(list):
                def top(self):
                    return self[-1]
            class Pair(tuple):
                def swap(self):
                    return Pair((self[1], self[0]))
            reg = Registry(a=1, b=2)
            stack = Stack([1, 2, 3])
            stack.append(stack)
            values = (Item('x', ['a', 'b']), Square(3), reg, stack, Pair((1, 2)))
            """)
        let b = Session()
        b.set("v", try b.receive(try a.ship(try a.eval("values"))))
        try b.check("v[0].label() == 'x:a,b' and v[0] == type(v[0])('x', ['a', 'b'])")
        try b.check("v[1].area() == 9 and isinstance(v[1], __import__('abc').ABC)")
        try b.check("v[2].names() == ['a', 'b'] and v[2]['b'] == 2 and isinstance(v[2], dict)")
        try b.check("v[3].top() is v[3] and v[3][:3] == [1, 2, 3]")
        try b.check("v[4].swap() == (2, 1) and type(v[4].swap()) is type(v[4])")
    }

    func testSharedAndRecursiveReferences() throws {
        let a = Session()
        let b = Session()
        try a.run(
            """
            shared = [1]
            pair = [shared, shared, (shared,)]
            loop = []
            loop.append(loop)
            d = {}
            d['self'] = d
            t = ([],)
            t[0].append(t)
            class Node:
                pass
            n = Node()
            n.me = n
            n.items = [n, n]
            s = 'a long string used twice'
            strings = [s, s]
            """)
        b.set("pair", try b.receive(try a.ship(try a.eval("pair"))))
        try b.check("pair[0] is pair[1] and pair[2][0] is pair[0]")
        b.set("loop", try b.receive(try a.ship(try a.eval("loop"))))
        try b.check("loop[0] is loop and len(loop) == 1")
        b.set("d", try b.receive(try a.ship(try a.eval("d"))))
        try b.check("d['self'] is d")
        b.set("t", try b.receive(try a.ship(try a.eval("t"))))
        try b.check("type(t) is tuple and t[0][0] is t")
        b.set("n", try b.receive(try a.ship(try a.eval("n"))))
        try b.check("n.me is n and n.items[0] is n and n.items[1] is n")
        b.set("strings", try b.receive(try a.ship(try a.eval("strings"))))
        try b.check("strings[0] is strings[1]")
        // Strings travel once.
        let once = try a.ship(try a.eval("strings")).bytes.count
        let single = try a.ship(try a.eval("s")).bytes.count
        XCTAssertLessThan(once, single + 10)
    }

    func testRefusals() throws {
        let a = Session()
        try a.run(
            """
            def gen():
                yield 1
            async def coro():
                return 1
            import collections
            """)
        func refusal(_ expression: String) throws -> String {
            let v = try a.eval(expression)
            do {
                _ = try a.ship(v)
                return "no error"
            } catch {
                return pythonMessage(error)
            }
        }
        XCTAssertEqual(try refusal("gen()"), "TypeError: cannot pickle 'generator' object")
        XCTAssertEqual(try refusal("[1, gen()]"), "TypeError: cannot pickle 'generator' object")
        let c = try a.eval("coro()")
        XCTAssertEqual(try refusal("coro()"), "TypeError: cannot pickle 'coroutine' object")
        _ = c
        XCTAssertTrue(try refusal("iter([1])").hasPrefix("TypeError: cannot pickle"))
        XCTAssertTrue(try refusal("collections.deque()").hasPrefix("TypeError: cannot pickle"))
        // Too deep for the stack: a Python error, not a crash.
        try a.run("deep = []\nfor _ in range(15000):\n    deep = [deep]")
        XCTAssertTrue(try refusal("deep").hasPrefix("RecursionError"))
    }

    /// Payloads covering most tags, for the corruption tests.
    private func samplePayloads(_ a: Session) throws -> [[UInt8]] {
        try a.run(
            """
            import math
            K = 3
            class Thing:
                label = 'thing'
                def __init__(self, x):
                    self.x = x
                def get(self):
                    return self.x + K
            def scaled(v, f=2.5):
                return [math.floor(v * f) for _ in range(K)]
            shared = [1, 2]
            err = KeyError('k')
            err.extra = shared
            sample = {
                'ints': [0, -1, 2**70, -(2**65)], 'floats': (1.5, float('nan'), -0.0), 'c': 2j,
                'text': 'caf\\u00e9', 'b': b'xyz', 'ba': bytearray(b'q'), 's': {1, 2}, 'fs': frozenset({3}),
                'r': range(2, 9, 2), 'sl': slice(None, 4), 'e': ..., 'ni': NotImplemented,
                'shared': (shared, shared), 'thing': Thing(4), 'fn': scaled, 'err': err, 'cls': Thing,
                'builtin': (len, str.upper, math, int),
            }
            """)
        return [
            try a.ship(try a.eval("sample")).bytes,
            try a.ship(try a.eval("[1, 'two', 3.0, None, True]")).bytes,
            try a.ship(try a.eval("Thing(1).get")).bytes,
        ]
    }

    func testTruncatedInputRaisesValueError() throws {
        let a = Session()
        for payload in try samplePayloads(a) {
            XCTAssertNoThrow(try a.receive(SerializedValue(bytes: payload)))
            for length in 0..<payload.count {
                do {
                    _ = try a.receive(SerializedValue(bytes: Array(payload[0..<length])))
                    XCTFail("truncated payload of \(length) bytes was accepted")
                } catch {
                    let message = pythonMessage(error)
                    XCTAssertTrue(message.hasPrefix("ValueError: corrupt serialized value"), message)
                }
            }
            do {
                _ = try a.receive(SerializedValue(bytes: payload + [0]))
                XCTFail("trailing byte accepted")
            } catch {
                XCTAssertTrue(pythonMessage(error).contains("trailing bytes"))
            }
        }
        for bad in [[], Array("SRPV".utf8), Array("XXXX\u{1}\u{0}".utf8), Array("SRPV".utf8) + [9, 0]] {
            XCTAssertThrowsError(try a.receive(SerializedValue(bytes: bad)))
        }
    }

    func testRandomCorruptionNeverCrashes() throws {
        let a = Session()
        let payloads = try samplePayloads(a)
        var rng = SplitMix(seed: 0x5EED)
        var accepted = 0
        var rejected = 0
        for iteration in 0..<4000 {
            var bytes = payloads[iteration % payloads.count]
            let flips = 1 + Int(rng.next() % 4)
            for _ in 0..<flips {
                let i = 5 + Int(rng.next() % UInt64(bytes.count - 5))
                switch rng.next() % 3 {
                case 0: bytes[i] ^= UInt8(1 << (rng.next() % 8))
                case 1: bytes[i] = UInt8(truncatingIfNeeded: rng.next())
                default: if bytes.count > 8 { bytes.remove(at: i) }
                }
            }
            do {
                _ = try a.receive(SerializedValue(bytes: bytes))
                accepted += 1
            } catch {
                XCTAssertNotNil(error as? PyError)
                rejected += 1
            }
        }
        XCTAssertGreaterThan(rejected, 1000)
        _ = accepted
        // Hostile lengths and deep nesting.
        let header = Array("SRPV".utf8) + [1]
        let hostile: [[UInt8]] = [
            header + [0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],  // list of 2^63 items
            header + [0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x41],  // a 4 GiB string
            header + [0x10, 0x05],  // reference to nothing
            header + [0x07, 0x02, 0xC3, 0x28],  // invalid UTF-8
            header + [0x03] + Array(repeating: 0xFF, count: 11),  // varint overflow
            header + Array(repeating: 0x20, count: 200_000) + [0x01],  // list nesting deeper than any stack
            header + [0x25, 0x03, 0x00, 0x03, 0x02, 0x03, 0x00],  // range with step 0
            header + [0x43, 0x03, 0x00, 0x01, 0x02],  // function with a bad code object
            header + [0x30, 0x03] + Array("foo".utf8),  // unknown builtin type
        ]
        for bad in hostile {
            XCTAssertThrowsError(try a.receive(SerializedValue(bytes: bad))) { error in
                XCTAssertTrue(pythonMessage(error).hasPrefix("ValueError: corrupt serialized value"), pythonMessage(error))
            }
        }
    }
}

/// A small deterministic generator for the fuzz test.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
