import Foundation
import XCTest

/// The seed notebook run as a user runs it: `swiftray lifecycle.ipynb --allow-errors --output out.ipynb`.
/// The task and actor cells print what Ray printed (lifecycle.expected.json, by the cells' `seed_label`);
/// the cells that need numpy or pandas fail with ModuleNotFoundError (and the two that use their results with
/// NameError) until those modules exist. About 90 seconds: it runs once.
final class SeedNotebookTests: XCTestCase {
    func testSeedNotebookRunsInBatchAndWritesAValidNotebook() throws {
        let dir = try ScriptHarness.scratchDirectory("seed-nb")
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = SeedTests.seeds.appendingPathComponent("lifecycle.ipynb")
        let out = dir.appendingPathComponent("out.ipynb")
        let r = try ScriptHarness.run([seed.path, "--allow-errors", "--output", out.path], directory: dir, timeout: 300)
        XCTAssertEqual(r.status, 1, "cells needing numpy and pandas fail for now")
        XCTAssertTrue(r.stdout.contains("18 of 18 code cells run, 5 errors, "), r.stdout)
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: SeedTests.seeds.appendingPathComponent("lifecycle.expected.json"))) as! [String: String]

        let nb = try NotebookBatchTests.load(out)
        var byLabel: [String: [[String: Any]]] = [:]
        var seconds: [String: Double] = [:]
        for cell in NotebookBatchTests.codeCells(nb) {
            let label = (cell["metadata"] as? [String: Any])?["seed_label"] as? String ?? "?"
            byLabel[label] = cell["outputs"] as? [[String: Any]] ?? []
            // nbclient's timing metadata: from execute_input to execute_reply.
            if let execution = (cell["metadata"] as? [String: Any])?["execution"] as? [String: String],
                let start = execution["iopub.execute_input"].flatMap(Self.instant),
                let end = execution["shell.execute_reply"].flatMap(Self.instant)
            {
                seconds[label] = end - start
            }
        }
        // Cell 2: 30 one-second tasks on 2 CPUs take 15 s plus well under a second; cell 13: two 3 s calls on
        // one synchronous actor take 6 s.
        XCTAssertEqual(seconds["2"] ?? 0, 15.25, accuracy: 0.25, "cell 2 took \(seconds["2"] ?? 0) s")
        XCTAssertEqual(seconds["13"] ?? 0, 6.15, accuracy: 0.25, "cell 13 took \(seconds["13"] ?? 0) s")
        func result(_ label: String) -> String? {
            guard let o = byLabel[label]?.first(where: { $0["output_type"] as? String == "execute_result" }) else { return nil }
            return NotebookBatchTests.text((o["data"] as? [String: Any])?["text/plain"])
        }
        func stdout(_ label: String) -> String {
            (byLabel[label] ?? []).filter { $0["name"] as? String == "stdout" }.map { NotebookBatchTests.text($0["text"]) }.joined()
        }
        func errorName(_ label: String) -> String? {
            byLabel[label]?.first { $0["output_type"] as? String == "error" }?["ename"] as? String
        }

        XCTAssertEqual(result("4"), expected["4"])
        XCTAssertEqual(result("5"), expected["5"])
        XCTAssertEqual(result("7"), expected["7"])
        let running = try NSRegularExpression(
            pattern: "^task expensive_computation_[0-9a-f]{8} is in state=RUNNING running on worker [0-9a-f]{8} as part of Job ID 01000000$")
        let states = stdout("8").split(separator: "\n").map(String.init)
        XCTAssertEqual(states.count, 4, stdout("8"))
        for line in states { XCTAssertEqual(running.numberOfMatches(in: line, range: NSRange(line.startIndex..., in: line)), 1, line) }
        XCTAssertEqual(result("13"), "[None, None]")
        XCTAssertEqual(result("14"), "2")
        // %%time: the two timing lines (the driver's CPU only; the wall time is the two concurrent 15 s sleeps),
        // then the value.
        let timing = stdout("16").split(separator: "\n").map(String.init)
        XCTAssertEqual(timing.count, 2, stdout("16"))
        XCTAssertNotNil(timing.first?.wholeMatch(of: /CPU times: user [0-9.]+ (ns|μs|ms|s), sys: [0-9.]+ (ns|μs|ms|s), total: [0-9.]+ (ns|μs|ms|s)/))
        XCTAssertNotNil(timing.last?.wholeMatch(of: /Wall time: 15(\.[0-9]+)? s/), timing.last ?? "")
        XCTAssertEqual(result("16"), "[1, 1]")
        XCTAssertEqual((byLabel["16"] ?? []).last?["output_type"] as? String, "execute_result", "the value comes last")

        XCTAssertEqual(errorName("9"), "ModuleNotFoundError")
        XCTAssertEqual(errorName("10"), "NameError")
        XCTAssertEqual(errorName("11"), "NameError")
        XCTAssertEqual(errorName("None"), "ModuleNotFoundError")
        XCTAssertEqual(errorName("29"), "ModuleNotFoundError")
        for label in ["1", "2", "3", "4", "5", "6", "7", "8", "12", "13", "14", "15", "16"] {
            XCTAssertNil(errorName(label), "cell \(label)")
        }
        // Markdown cells are kept as they were.
        let original = try NotebookBatchTests.load(seed)
        let markdown = { (nb: [String: Any]) in
            (nb["cells"] as! [[String: Any]]).filter { $0["cell_type"] as? String == "markdown" }.map { NotebookBatchTests.text($0["source"]) }
        }
        XCTAssertEqual(markdown(nb), markdown(original))
        try NotebookBatchTests.validate(out)
    }

    /// Seconds since the epoch of an ISO 8601 timestamp as nbclient writes it (`2026-11-22T09:09:10.244838Z`).
    static func instant(_ text: String) -> Double? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)?.timeIntervalSince1970
    }
}
