import XCTest
@testable import PySyntax

final class PlaceholderTests: XCTestCase { func testNothing() {} }
