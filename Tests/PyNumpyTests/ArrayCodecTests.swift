import XCTest

@testable import PyLibrary
@testable import PyNumpy
@testable import PyRuntime

/// An interpreter with `numpy` importable and a `__main__` namespace.
final class NumpySession {
    let out = CapturingSink()
    let interp: Interpreter
    let main: PyModule

    init() {
        Library.registerAll()
        NumpyModule.register()
        interp = Interpreter(stdout: out, stderr: out)
        main = interp.makeMainModule()
    }

    func run(_ source: String) throws {
        interp.makeCurrent()
        let code = try interp.compile(source, filename: "<test>", mode: .exec)
        try interp.run(code, globals: main.namespace)
    }

    func eval(_ expression: String) throws -> Value {
        interp.makeCurrent()
        let code = try interp.compile(expression, filename: "<test>", mode: .eval)
        return try interp.run(code, globals: main.namespace)
    }

    func int(_ expression: String) throws -> Int {
        guard case .int(let i) = try eval(expression) else { throw PyError.typeError("not an int: \(expression)") }
        return i
    }

    func set(_ name: String, _ v: Value) { main.namespace.setItem(name, v) }
}

/// The array codec: in-band round trips, and out-of-band round trips that build the array over the given
/// buffer without copying, read-only when the buffer is (as for a sealed object mapped from the store).
final class ArrayCodecTests: XCTestCase {
    func testInBandRoundTripOfArraysViewsAndScalars() throws {
        let s = NumpySession()
        try s.run(
            """
            import numpy as np
            a = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
            values = [a, a.T, a[:, 1, ::2], np.float32(2.5), np.uint8(7), np.array(True), np.zeros((0, 3))]
            """)
        let shipped = try s.interp.serialize(try s.eval("values"))
        XCTAssertTrue(shipped.buffers.isEmpty)
        s.set("back", try s.interp.deserialize(shipped))
        try s.run(
            """
            checks = [np.array_equal(x, y) and x.dtype == y.dtype and x.shape == y.shape and type(x) is type(y)
                      for x, y in zip(values, back)]
            """)
        let checks = try s.interp.repr(try s.eval("checks"))
        XCTAssertEqual(checks, "[True, True, True, True, True, True, True]")
        XCTAssertEqual(try s.interp.repr(try s.eval("back[3]")), "np.float32(2.5)")
        XCTAssertTrue(try s.eval("back[0].flags.writeable").isIdentical(to: .true))
    }

    /// As with pickle protocol 5 in Ray, every array goes out of band when allowed (so even small results of
    /// `ray.get` are read-only views), and in band otherwise.
    func testArraysGoOutOfBandOnlyWhenAllowed() throws {
        let s = NumpySession()
        try s.run("import numpy as np\nsmall = np.ones(1000, dtype=np.uint8)")
        XCTAssertEqual(try s.interp.serialize(try s.eval("small"), outOfBand: true).buffers.map(\.count), [1000])
        XCTAssertTrue(try s.interp.serialize(try s.eval("small")).buffers.isEmpty)
    }

    func testOutOfBandRoundTripIsZeroCopyAndReadOnly() throws {
        let s = NumpySession()
        try s.run(
            """
            import numpy as np
            big = (np.arange(256 * 1024) % 251).astype(np.uint8).reshape(512, 512)
            """)
        let shipped = try s.interp.serialize(try s.eval("big"), outOfBand: true)
        XCTAssertEqual(shipped.buffers.count, 1)
        XCTAssertEqual(shipped.buffers[0].count, 256 * 1024)
        XCTAssertLessThan(shipped.bytes.count, 200, "the data must not travel in band")
        // The writer's buffer borrows the array's own memory.
        XCTAssertEqual(Int(bitPattern: shipped.buffers[0].base), try s.int("big.ctypes.data"))

        // A "store": a copy of the data in memory the reader maps read-only.
        let store = UnsafeMutableRawPointer.allocate(byteCount: 256 * 1024, alignment: 64)
        store.copyMemory(from: shipped.buffers[0].base, byteCount: 256 * 1024)
        final class Mapping {
            let base: UnsafeMutableRawPointer
            init(_ base: UnsafeMutableRawPointer) { self.base = base }
            deinit { base.deallocate() }
        }
        weak var weakMapping: Mapping?
        do {
            let mapping = Mapping(store)
            weakMapping = mapping
            let readOnly = OutOfBandBuffer(base: store, count: 256 * 1024, isWritable: false, owner: mapping)
            s.set("got", try s.interp.deserialize(SerializedValue(bytes: shipped.bytes, buffers: [readOnly])))
        }
        XCTAssertEqual(try s.int("got.ctypes.data"), Int(bitPattern: store), "the array must be built over the buffer")
        XCTAssertEqual(try s.int("got.__array_interface__['data'][0]"), Int(bitPattern: store))
        XCTAssertTrue(try s.eval("np.array_equal(got, big) and got.shape == (512, 512) and got.dtype == np.uint8").isIdentical(to: .true))
        XCTAssertTrue(try s.eval("got.flags.writeable").isIdentical(to: .false))
        try s.run(
            """
            errors = []
            for attempt in ("item", "slice", "view", "flag"):
                try:
                    if attempt == "item":
                        got[0, 0] = 1
                    elif attempt == "slice":
                        got[1:3] = 0
                    elif attempt == "view":
                        got.T[0, 0] = 1
                    else:
                        got.flags.writeable = True
                except ValueError as e:
                    errors.append(str(e))
            doubled = got * 2
            """)
        XCTAssertEqual(
            try s.interp.repr(try s.eval("errors")),
            "['assignment destination is read-only', 'assignment destination is read-only', 'assignment destination is read-only', 'cannot set WRITEABLE flag to True of this array']"
        )
        XCTAssertTrue(try s.eval("doubled.flags.writeable and int(doubled[0, 3]) == 6").isIdentical(to: .true))
        // The array (and a view of it) keep the mapping alive; it goes when the last of them goes.
        try s.run("view = got[10:20]\ndel got")
        XCTAssertNotNil(weakMapping)
        try s.run("del view")
        XCTAssertNil(weakMapping)
    }

    func testOutOfBandOfAViewCopiesToContiguousFirst() throws {
        let s = NumpySession()
        try s.run("import numpy as np\nbase = np.arange(200_000, dtype=np.float64).reshape(400, 500)\nv = base.T")
        let shipped = try s.interp.serialize(try s.eval("v"), outOfBand: true)
        XCTAssertEqual(shipped.buffers.count, 1)
        XCTAssertNotEqual(Int(bitPattern: shipped.buffers[0].base), try s.int("base.ctypes.data"))
        s.set("back", try s.interp.deserialize(shipped))
        XCTAssertTrue(try s.eval("np.array_equal(back, v) and back.shape == (500, 400) and back.flags.c_contiguous").isIdentical(to: .true))
    }

    func testWritableBufferGivesWriteableArray() throws {
        let s = NumpySession()
        try s.run("import numpy as np\nbig = np.ones(100_000)")
        let shipped = try s.interp.serialize(try s.eval("big"), outOfBand: true)
        let memory = ArrayStorage(byteCount: shipped.buffers[0].count)
        memory.base.copyMemory(from: shipped.buffers[0].base, byteCount: shipped.buffers[0].count)
        let buffer = OutOfBandBuffer(base: memory.base, count: memory.byteCount, isWritable: true, owner: memory)
        s.set("back", try s.interp.deserialize(SerializedValue(bytes: shipped.bytes, buffers: [buffer])))
        try s.run("back[0] = 5")
        XCTAssertEqual(memory.base.load(as: Double.self), 5)
    }

    func testCorruptMetadataIsAValueError() throws {
        let s = NumpySession()
        try s.run("import numpy as np\nbig = np.ones(100_000)")
        let shipped = try s.interp.serialize(try s.eval("big"), outOfBand: true)
        let short = OutOfBandBuffer(base: shipped.buffers[0].base, count: 8, isWritable: false, owner: nil)
        XCTAssertThrowsError(try s.interp.deserialize(SerializedValue(bytes: shipped.bytes, buffers: [short]))) { error in
            XCTAssertTrue((error as? PyError)?.matches(Builtins.exceptionType("ValueError")) ?? false)
        }
    }
}
