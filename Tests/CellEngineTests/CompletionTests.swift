import Foundation
import XCTest

@testable import CellEngine

/// Completion and completeness, the questions the REPL's Tab/Enter and Jupyter's complete/is_complete ask.
final class CompletionTests: XCTestCase {
    var session: Session!

    override func setUp() {
        session = SessionTests.makeSession()
    }

    override func tearDown() {
        session.close()
    }

    func complete(_ code: String) -> CompletionResult { session.complete(code, cursor: code.unicodeScalars.count) }

    func testNamesFromNamespaceBuiltinsAndKeywords() {
        _ = session.execute("alpha_value = 1\nalphabet = 2")
        XCTAssertEqual(complete("x = alph"), CompletionResult(matches: ["alpha_value", "alphabet"], cursorStart: 4, cursorEnd: 8))
        XCTAssertEqual(complete("pri").matches, ["print"])
        XCTAssertTrue(complete("whi").matches.contains("while"))
        XCTAssertEqual(complete("1").matches, [])
    }

    func testAttributesOfModulesAndObjects() {
        _ = session.execute("import ray\nclass Box:\n    def method(self): pass\n    _hidden = 1\nb = Box()")
        let result = complete("ray.ge")
        XCTAssertEqual(result.cursorStart, 4)
        XCTAssertEqual(result.matches, ["get", "get_actor", "get_gpu_ids", "get_runtime_context"].filter { result.matches.contains($0) })
        XCTAssertTrue(result.matches.contains("get") && result.matches.contains("get_actor"))
        XCTAssertEqual(complete("b.me").matches, ["method"])
        XCTAssertEqual(complete("b._h").matches, ["_hidden"])
        XCTAssertFalse(complete("b.").matches.contains("__init__"))
        XCTAssertTrue(complete("b.__").matches.contains("__init__"))
        XCTAssertEqual(complete("undefined_name.x").matches, [])
    }

    func testDictKeysInsideSubscripts() {
        _ = session.execute("d = {'alpha': 1, 'beta': 2, 3: 4}")
        XCTAssertEqual(complete("d['al"), CompletionResult(matches: ["alpha"], cursorStart: 3, cursorEnd: 5))
        XCTAssertEqual(complete("d[\"").matches, ["alpha", "beta"])
    }

    func testPathsInsideStrings() throws {
        let dir = NSTemporaryDirectory() + "completion-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir + "/nested", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/notes.txt", contents: Data()))
        XCTAssertEqual(complete("open('\(dir)/n").matches, ["\(dir)/nested/", "\(dir)/notes.txt"])
    }

    func testMagics() {
        XCTAssertEqual(complete("%tim"), CompletionResult(matches: ["%time", "%timeit"], cursorStart: 0, cursorEnd: 4))
        XCTAssertEqual(complete("%%tim").matches, ["%%time", "%%timeit"])
        XCTAssertEqual(complete("%%wri").matches, ["%%writefile"])
        XCTAssertEqual(complete("%wri").matches, ["%%writefile"])
    }

    func testCursorInTheMiddleUsesTextBeforeIt() {
        _ = session.execute("import ray")
        let code = "ray.ge(1)"
        XCTAssertTrue(session.complete(code, cursor: 6).matches.contains("get"))
        XCTAssertEqual(session.complete("é = 1; é", cursor: 8).cursorStart, 7)
    }

    func testCompleteness() {
        XCTAssertEqual(session.isComplete("x = 1"), .complete)
        XCTAssertEqual(session.isComplete("for i in range(3):"), .incomplete(indent: "    "))
        XCTAssertEqual(session.isComplete("x = (1,"), .incomplete(indent: ""))
        XCTAssertEqual(session.isComplete("for i in range(3):\n    print(i)\n\n"), .complete)
        XCTAssertEqual(session.isComplete(")"), .invalid)
        XCTAssertEqual(session.isComplete("%time x = 1"), .complete)
        XCTAssertEqual(session.isComplete("%%time"), .incomplete(indent: ""))
        XCTAssertEqual(session.isComplete("%%time\nx = 1"), .incomplete(indent: ""))
        XCTAssertEqual(session.isComplete("%%time\n"), .incomplete(indent: ""))
        XCTAssertEqual(session.isComplete("%%time\nx = 1\n"), .incomplete(indent: ""))
        XCTAssertEqual(session.isComplete("%%time\nx = 1\n\n"), .complete)
    }
}
