import Foundation
import XCTest

/// The touchstone's script, end to end: fire_and_forget.py, unchanged. (The seed notebook itself runs once, in
/// batch, in SeedNotebookTests.)
final class SeedTests: XCTestCase {
    static var seeds: URL { ScriptHarness.packageRoot.appendingPathComponent("Tests/Seeds") }

    func testFireAndForgetPrintsEveryLineWithItsPrefix() throws {
        let r = try ScriptHarness.run(
            [Self.seeds.appendingPathComponent("fire_and_forget.py").path], directory: Self.seeds, timeout: 60)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }
        func prefixed(_ line: String, _ name: String, _ text: String) -> Bool {
            line.hasPrefix("(\(name) pid=") && line.hasSuffix(") \(text)")
        }
        XCTAssertEqual(lines.count, 9, r.stdout)
        XCTAssertEqual(lines[0], "1) Fire an actor task and wait for the result with ray.get()")
        XCTAssertTrue(prefixed(lines[1], "EchoActor", "[EchoActor] actor call with ray.get()"), lines[1])
        XCTAssertEqual(lines[2], "2) Fire the same actor task without ray.get(), and drop the ObjectRef")
        XCTAssertTrue(prefixed(lines[3], "EchoActor", "[EchoActor] actor call (fire-and-forget)"), lines[3])
        XCTAssertEqual(lines[4], "3) Total actor calls: 2")
        XCTAssertEqual(lines[5], "4) Run a normal Ray task and wait for the result")
        XCTAssertTrue(prefixed(lines[6], "echo", "[echo task] normal task with ray.get()"), lines[6])
        XCTAssertEqual(lines[7], "5) Fire a normal Ray task without saving the ObjectRef")
        XCTAssertTrue(prefixed(lines[8], "echo", "[echo task] normal task (fire-and-forget)"), lines[8])
    }
}
