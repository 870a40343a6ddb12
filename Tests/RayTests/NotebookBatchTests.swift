import Foundation
import XCTest

/// `swiftray NOTEBOOK.ipynb` as a user runs it: headers and outputs on the terminal, exit statuses, the
/// executed notebook (validated with the nbformat package when a python3 with it is around), Ctrl-C.
final class NotebookBatchTests: XCTestCase {
    /// A notebook with these cells (a string is a code cell; `(type, source, metadata)` otherwise).
    static func notebook(_ cells: [Any]) -> Data {
        let list: [[String: Any]] = cells.map { cell in
            if let source = cell as? String {
                return ["cell_type": "code", "execution_count": NSNull(), "metadata": [String: Any](), "outputs": [Any](), "source": source]
            }
            let (type, source, metadata) = cell as! (String, String, [String: Any])
            var c: [String: Any] = ["cell_type": type, "metadata": metadata, "source": source]
            if type == "code" {
                c["outputs"] = [Any]()
                c["execution_count"] = NSNull()
            }
            return c
        }
        let nb: [String: Any] = [
            "cells": list, "metadata": ["kernelspec": ["name": "python3", "display_name": "Python 3"]], "nbformat": 4,
            "nbformat_minor": 4,
        ]
        return try! JSONSerialization.data(withJSONObject: nb)
    }

    static func write(_ cells: [Any], in dir: URL, name: String = "nb.ipynb") throws -> URL {
        let url = dir.appendingPathComponent(name)
        try notebook(cells).write(to: url)
        return url
    }

    static func load(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    static func codeCells(_ nb: [String: Any]) -> [[String: Any]] {
        (nb["cells"] as! [[String: Any]]).filter { $0["cell_type"] as? String == "code" }
    }

    static func text(_ value: Any?) -> String {
        if let s = value as? String { return s }
        return (value as? [String])?.joined() ?? ""
    }

    /// A python3 that can import nbformat: $NBFORMAT_PYTHON, the venv scripts/test.sh makes, or python3.
    static var nbformatPython: String? {
        var candidates: [String] = []
        if let p = ProcessInfo.processInfo.environment["NBFORMAT_PYTHON"], !p.isEmpty { candidates.append(p) }
        candidates.append(ScriptHarness.packageRoot.appendingPathComponent(".build/nbformat-venv/bin/python").path)
        candidates.append("/usr/bin/python3")
        for python in candidates where FileManager.default.isExecutableFile(atPath: python) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: python)
            p.arguments = ["-c", "import nbformat"]
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            guard (try? p.run()) != nil else { continue }
            p.waitUntilExit()
            if p.terminationStatus == 0 { return python }
        }
        return nil
    }

    /// Validate a notebook file against the official nbformat 4 JSON schema.
    static func validate(_ url: URL) throws {
        guard let python = nbformatPython else { throw XCTSkip("no python3 with nbformat (scripts/test.sh installs one)") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [
            "-c",
            "import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); "
                + "assert nb.nbformat == 4 and nb.nbformat_minor == 5; print('valid')",
            url.path,
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertEqual(text, "valid\n")
    }

    func testRunsCellsShowsOutputsAndWritesAValidNotebook() throws {
        let dir = try ScriptHarness.scratchDirectory("nb")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Self.write(
            [
                ("markdown", "# Title\nSome *text*.", ["tags": ["intro"]] as [String: Any]),
                "print('hello')\nx = 40",
                ("code", "x + 2", ["tags": ["answer"], "custom": ["a": 1]] as [String: Any]),
                "   \n",
                "%%time\nsum(range(10))",
                "import sys\nprint('warn', file=sys.stderr)\nNone",
            ], in: dir)
        let out = dir.appendingPathComponent("out.ipynb")
        let r = try ScriptHarness.run([url.path, "--output", out.path], directory: dir, timeout: 60)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.components(separatedBy: "\n")
        XCTAssertEqual(Array(lines[0..<6]), ["In [1]: print('hello') ...", "hello", "", "In [2]: x + 2", "Out[2]: 42", ""])
        XCTAssertEqual(lines[6], "In [3]: %%time ...")
        XCTAssertTrue(lines[7].hasPrefix("CPU times: user "), lines[7])
        XCTAssertTrue(lines[8].hasPrefix("Wall time: "), lines[8])
        XCTAssertEqual(lines[9], "Out[3]: 45")
        XCTAssertTrue(r.stdout.contains("4 of 4 code cells run, 0 errors, "), r.stdout)
        XCTAssertTrue(r.stdout.contains("; wrote \(out.path)"), r.stdout)
        XCTAssertEqual(r.stderr, "warn\n")

        let nb = try Self.load(out)
        XCTAssertEqual(nb["nbformat"] as? Int, 4)
        XCTAssertEqual(nb["nbformat_minor"] as? Int, 5)
        let cells = nb["cells"] as! [[String: Any]]
        XCTAssertEqual(cells.count, 6)
        XCTAssertEqual(Self.text(cells[0]["source"]), "# Title\nSome *text*.")
        XCTAssertEqual((cells[0]["metadata"] as? [String: Any])?["tags"] as? [String], ["intro"])
        XCTAssertTrue(cells.allSatisfy { ($0["id"] as? String)?.count == 8 })
        let code = Self.codeCells(nb)
        XCTAssertEqual(code.map { $0["execution_count"] as? Int }, [1, 2, nil, 3, 4])
        let first = code[0]["outputs"] as! [[String: Any]]
        XCTAssertEqual(first.count, 1)
        XCTAssertEqual(first[0]["output_type"] as? String, "stream")
        XCTAssertEqual(first[0]["name"] as? String, "stdout")
        XCTAssertEqual(first[0]["text"] as? [String], ["hello\n"])
        let second = code[1]["outputs"] as! [[String: Any]]
        XCTAssertEqual(second[0]["output_type"] as? String, "execute_result")
        XCTAssertEqual(second[0]["execution_count"] as? Int, 2)
        XCTAssertEqual((second[0]["data"] as? [String: Any])?["text/plain"] as? [String], ["42"])
        let metadata = code[1]["metadata"] as! [String: Any]
        XCTAssertEqual(metadata["tags"] as? [String], ["answer"])
        XCTAssertEqual((metadata["custom"] as? [String: Any])?["a"] as? Int, 1)
        let timing = metadata["execution"] as! [String: String]
        XCTAssertEqual(Set(timing.keys), ["iopub.status.busy", "iopub.execute_input", "shell.execute_reply", "iopub.status.idle"])
        let iso = try NSRegularExpression(pattern: "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$")
        for stamp in timing.values { XCTAssertEqual(iso.numberOfMatches(in: stamp, range: NSRange(stamp.startIndex..., in: stamp)), 1, stamp) }
        XCTAssertEqual((code[2]["outputs"] as? [Any])?.count, 0, "a blank cell is not run")
        XCTAssertNil((code[2]["metadata"] as? [String: Any])?["execution"])
        let timed = code[3]["outputs"] as! [[String: Any]]
        XCTAssertEqual(timed.map { $0["output_type"] as? String }, ["stream", "execute_result"])
        let last = code[4]["outputs"] as! [[String: Any]]
        XCTAssertEqual(last.count, 1)
        XCTAssertEqual(last[0]["name"] as? String, "stderr")
        try Self.validate(out)
    }

    func testStopsAtTheFirstErrorUnlessErrorsAreAllowed() throws {
        let dir = try ScriptHarness.scratchDirectory("nb-errors")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Self.write(["x = 1", "def f():\n    return 1 / 0\nf()", "print('after')"], in: dir)
        let stopped = try ScriptHarness.run([url.path], directory: dir, timeout: 60)
        XCTAssertEqual(stopped.status, 1)
        XCTAssertFalse(stopped.stdout.contains("after"))
        XCTAssertTrue(stopped.stdout.contains("2 of 3 code cells run, 1 error, "), stopped.stdout)
        XCTAssertTrue(stopped.stdout.contains("(stopped at the first error)"), stopped.stdout)
        XCTAssertEqual(
            stopped.stderr,
            String(repeating: "-", count: 75) + "\n"
                + "ZeroDivisionError                         Traceback (most recent call last)\n"
                + "Cell In[2], line 3\n      1 def f():\n      2     return 1 / 0\n----> 3 f()\n\n"
                + "Cell In[2], line 2, in f()\n      1 def f():\n----> 2     return 1 / 0\n\n"
                + "ZeroDivisionError: division by zero\n")

        let allowed = try ScriptHarness.run([url.path, "--allow-errors", "--inplace"], directory: dir, timeout: 60)
        XCTAssertEqual(allowed.status, 1, "a failed cell still fails the run")
        XCTAssertTrue(allowed.stdout.contains("In [3]: print('after')\nafter\n"), allowed.stdout)
        XCTAssertTrue(allowed.stdout.contains("3 of 3 code cells run, 1 error, "), allowed.stdout)
        let nb = try Self.load(url)
        let error = (Self.codeCells(nb)[1]["outputs"] as! [[String: Any]])[0]
        XCTAssertEqual(error["output_type"] as? String, "error")
        XCTAssertEqual(error["ename"] as? String, "ZeroDivisionError")
        XCTAssertEqual(error["evalue"] as? String, "division by zero")
        XCTAssertEqual((error["traceback"] as? [String])?.count, 5)
        try Self.validate(url)

        let bad = try ScriptHarness.run([url.path, "--frobnicate"], directory: dir, timeout: 20)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("unknown argument '--frobnicate'"), bad.stderr)
        try Data("{\"cells\": 1}".utf8).write(to: dir.appendingPathComponent("broken.ipynb"))
        let broken = try ScriptHarness.run([dir.appendingPathComponent("broken.ipynb").path], directory: dir, timeout: 20)
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("is not a notebook"), broken.stderr)
    }

    /// Start `swiftray` on a notebook, wait until stdout shows `marker`, send SIGINT, collect the rest.
    func interrupt(_ notebook: URL, after marker: String, arguments: [String] = ["--allow-errors"]) throws -> ScriptHarness.Outcome {
        let started = Date()
        let (process, out, err) = try ScriptHarness.start([notebook.path] + arguments, directory: notebook.deletingLastPathComponent())
        var stdout = Data()
        let deadline = Date().addingTimeInterval(60)
        while !String(decoding: stdout, as: UTF8.self).contains(marker), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stdout.append(chunk)
        }
        usleep(300_000)
        kill(process.processIdentifier, SIGINT)
        stdout.append(out.fileHandleForReading.readDataToEndOfFile())
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ScriptHarness.Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), seconds: Date().timeIntervalSince(started))
    }

    func testInterruptStopsTheCellAndTheNextCellRuns() throws {
        let dir = try ScriptHarness.scratchDirectory("nb-interrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Self.write(["import time\nn = 1", "print('sleeping', flush=True)\ntime.sleep(30)", "print('after', n)"], in: dir)
        let r = try interrupt(url, after: "sleeping")
        XCTAssertLessThan(r.seconds, 25, "the sleep was interrupted")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("KeyboardInterrupt                         Traceback (most recent call last)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("----> 2 time.sleep(30)"), r.stderr)
        XCTAssertTrue(r.stdout.contains("In [3]: print('after', n)\nafter 1\n"), r.stdout)

        // Without --allow-errors Ctrl-C ends the run with 130, as python3 does.
        let stopped = try interrupt(url, after: "sleeping", arguments: [])
        XCTAssertEqual(stopped.status, 130)
        XCTAssertFalse(stopped.stdout.contains("after 1"))
    }

    func testInterruptCancelsTheTasksTheCellSubmitted() throws {
        let dir = try ScriptHarness.scratchDirectory("nb-cancel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Self.write(
            [
                "import ray, time\n@ray.remote\ndef slow(x):\n    time.sleep(30)\n    return x\nearly = slow.remote(0)",
                "refs = [slow.remote(i) for i in range(1, 4)]\nprint('submitted', flush=True)\nray.get(refs)",
                """
                from ray.exceptions import TaskCancelledError
                for r in refs:
                    try:
                        ray.get(r, timeout=10)
                        print('finished')
                    except TaskCancelledError:
                        print('cancelled')
                ray.cancel(early)
                """,
            ], in: dir)
        let r = try interrupt(url, after: "submitted")
        XCTAssertLessThan(r.seconds, 28, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("cancelled\ncancelled\ncancelled\n"), r.stdout + r.stderr)
        XCTAssertFalse(r.stdout.contains("finished"))
    }

    func testTourNotebookRuns() throws {
        let tour = ScriptHarness.packageRoot.appendingPathComponent("Notebooks/tour.ipynb")
        let dir = try ScriptHarness.scratchDirectory("tour")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("tour.ipynb")
        let r = try ScriptHarness.run([tour.path, "--output", out.path], directory: dir, timeout: 120)
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("10 of 10 code cells run, 0 errors, "), r.stdout)
        XCTAssertTrue(r.stdout.contains("Out[1]: ['Jupiter', 'Mars', 'Earth']\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Out[3]: [0, 1, 4, 9]\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("caught: RayTaskError(ZeroDivisionError)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Out[8]: {'and': 1, 'cat': 1, 'hat': 1, 'the': 2}\n"), r.stdout)
        XCTAssertNotNil(r.stdout.firstMatch(of: /\nWall time: (0\.\d+|1(\.\d+)?) s\n/), "four 0.5 s tasks side by side")
        try Self.validate(out)
    }
}
