import XCTest
@testable import PyCompiler

final class PlaceholderTests: XCTestCase { func testNothing() {} }
