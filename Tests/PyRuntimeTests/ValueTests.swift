import XCTest

@testable import PyRuntime

/// Unit tests of value-level behaviour that does not need the compiler.
final class ValueTests: XCTestCase {
    func testFloatRepr() {
        XCTAssertEqual(Interpreter.floatRepr(0.1 + 0.2), "0.30000000000000004")
        XCTAssertEqual(Interpreter.floatRepr(1e16), "1e+16")
        XCTAssertEqual(Interpreter.floatRepr(9.1e15), "9100000000000000.0")
        XCTAssertEqual(Interpreter.floatRepr(1e-5), "1e-05")
        XCTAssertEqual(Interpreter.floatRepr(0.0001), "0.0001")
        XCTAssertEqual(Interpreter.floatRepr(-0.0), "-0.0")
        XCTAssertEqual(Interpreter.floatRepr(1.5), "1.5")
        XCTAssertEqual(Interpreter.floatRepr(100.0), "100.0")
    }

    func testIntHashMatchesCPython() {
        XCTAssertEqual(Interpreter.intHash(-1), -2)
        XCTAssertEqual(Interpreter.intHash(5), 5)
        XCTAssertEqual(Interpreter.floatHash(1.0), 1)
        XCTAssertEqual(Interpreter.floatHash(1.5), 1_152_921_504_606_846_977)
    }
}

/// `Value.peekObject` reads the object pointer straight from a slot; this pins down the layout it assumes.
final class ValueLayoutTests: XCTestCase {
    func testPeekObjectReadsThePayload() {
        let list = PyList([.int(1)])
        let slot = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        slot.initialize(to: .object(list))
        defer {
            slot.deinitialize(count: 1)
            slot.deallocate()
        }
        XCTAssertTrue(Value.peekObject(slot)?.takeUnretainedValue() === list)
        slot.pointee = .int(5)
        XCTAssertNil(Value.peekObject(slot))
        XCTAssertEqual(MemoryLayout<Value>.size, 9)
    }
}
