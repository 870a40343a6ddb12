import XCTest

@testable import PyNumpy
@testable import PyRuntime

final class ArrayCodecTests: XCTestCase {
    func testPlaceholder() {}
}
