import Foundation
import XCTest

/// The seed notebook run as a user runs it: `swiftray lifecycle.ipynb --output out.ipynb`, every cell. The task
/// and actor cells print what Ray printed (lifecycle.expected.json, by the cells' `seed_label`); the numpy
/// cells move the 1000 MiB model through the store; the last cell reads `debugging_ray.csv`, made first as the
/// README says: the seed's "In [None]" cell run with RAY_BACKEND_LOG_LEVEL=debug, then `swiftray logs --csv`.
/// About two minutes: it runs once.
final class SeedNotebookTests: XCTestCase {
    func testSeedNotebookRunsInBatchAndWritesAValidNotebook() throws {
        let dir = try ScriptHarness.scratchDirectory("seed-nb")
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = SeedTests.seeds.appendingPathComponent("lifecycle.ipynb")
        let out = dir.appendingPathComponent("out.ipynb")

        // debugging_ray.csv from a debug run of the "In [None]" cell.
        let original = try NotebookBatchTests.load(seed)
        let noneCell = try XCTUnwrap(
            NotebookBatchTests.codeCells(original).first {
                (($0["metadata"] as? [String: Any])?["seed_label"] as? String) == "None"
            })
        let (debugRun, driver) = try ScriptHarness.runReturningPID(
            source: NotebookBatchTests.text(noneCell["source"]), directory: dir,
            environment: ["RAY_BACKEND_LOG_LEVEL": "debug"])
        XCTAssertEqual(debugRun.status, 0, debugRun.stderr)
        let session = try XCTUnwrap(ScriptHarness.sessionDirectory(driver: driver))
        defer { try? FileManager.default.removeItem(atPath: session) }
        let csv = try ScriptHarness.run(["logs", "--csv", "--session", session])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        try csv.stdout.write(to: dir.appendingPathComponent("debugging_ray.csv"), atomically: true, encoding: .utf8)
        for event in ["Execute Task", "Create object", "Delete object", "Handle Return Object"] {
            XCTAssertTrue(csv.stdout.contains("," + event + "\n"), "no \(event) row in debugging_ray.csv")
        }

        let r = try ScriptHarness.run([seed.path, "--output", out.path], directory: dir, timeout: 600)
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("18 of 18 code cells run, 0 errors, "), r.stdout)
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

        // The numpy cells: the 1000 MiB model through the store; "In [None]" shows the result as numpy prints it.
        XCTAssertTrue(result("None")?.hasPrefix("array([[[1, 1, 1, ..., 1, 1, 1],\n        [1, 1, 1, ..., 1, 1, 1],") ?? false,
                      result("None") ?? "no result")
        XCTAssertTrue(result("None")?.hasSuffix("dtype=uint8)") ?? false)
        // The last cell: the Styler's HTML printed between backticks, then the styler shown as text/html.
        XCTAssertTrue(stdout("29").hasPrefix("`<style type=\"text/css\">\n#T_"), String(stdout("29").prefix(200)))
        let html = (byLabel["29"] ?? []).compactMap { ($0["data"] as? [String: Any])?["text/html"] }.map(NotebookBatchTests.text)
        XCTAssertTrue(html.first?.contains("background-color: orange;") ?? false, "cell 29 has no styled text/html output")
        for label in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "None", "12", "13", "14", "15", "16", "29"] {
            XCTAssertNil(errorName(label), "cell \(label)")
        }
        // Markdown cells are kept as they were.
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
