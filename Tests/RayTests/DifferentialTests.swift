import Foundation
import XCTest

/// The differential corpus (`Tests/RayDifferential`): each program ran on real Ray 2.60 to produce its expected
/// output (`generate.sh`); here it runs on swiftray and the two outputs, normalized by `normalize.py` (pids,
/// ids, addresses, timestamps, Ray's own log lines and colours), must be equal. Where swiftray deliberately
/// differs from Ray, `NAME.swiftray.out` holds swiftray's expected output and `DEVIATIONS.md` says why.
final class DifferentialTests: XCTestCase {
    static var corpus: URL { ScriptHarness.packageRoot.appendingPathComponent("Tests/RayDifferential") }

    func normalize(_ text: String, stderr: Bool) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["python3", Self.corpus.appendingPathComponent("normalize.py").path, "--strip-ansi", "--program-dir", Self.corpus.path]
            + (stderr ? ["--stderr"] : [])
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Trailing blank lines carry no meaning (Ray leaves one more after some tracebacks).
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }

    func read(_ name: String) -> String? { try? String(contentsOf: Self.corpus.appendingPathComponent(name), encoding: .utf8) }

    func testCorpusMatchesRay() throws {
        let programs = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0.hasSuffix(".py") && $0 != "normalize.py" }.sorted()
        XCTAssertGreaterThanOrEqual(programs.count, 20)
        var failures: [String] = []
        for program in programs {
            let name = String(program.dropLast(3))
            // A program swiftray cannot run yet says why in NAME.swiftray.skip (listed in DEVIATIONS.md).
            if read(name + ".swiftray.skip") != nil { continue }
            guard let expectedOut = read(name + ".swiftray.out") ?? read(name + ".out") else {
                failures.append("\(name): no expected output (run generate.sh)")
                continue
            }
            let r = try ScriptHarness.run([Self.corpus.appendingPathComponent(program).path], directory: Self.corpus, timeout: 60)
            let expectedStatus = Int32(read(name + ".exit")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? 0
            if r.status != expectedStatus {
                failures.append("\(name): exit status \(r.status), Ray's \(expectedStatus)\n\(r.stderr)")
                continue
            }
            let out = try normalize(r.stdout, stderr: false)
            let want = try normalize(expectedOut, stderr: false)
            if out != want { failures.append("\(name): stdout differs\n--- swiftray\n\(out)--- ray\n\(want)") }
            if let expectedErr = read(name + ".swiftray.err") ?? read(name + ".err") {
                let err = try normalize(r.stderr, stderr: true)
                let wantErr = try normalize(expectedErr, stderr: true)
                if err != wantErr { failures.append("\(name): stderr differs\n--- swiftray\n\(err)--- ray\n\(wantErr)") }
            }
        }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) of \(programs.count) programs differ:\n\n" + failures.joined(separator: "\n\n"))
    }
}
