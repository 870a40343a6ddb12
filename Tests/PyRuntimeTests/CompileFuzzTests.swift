import PyLibrary
import XCTest

@testable import PyRuntime

/// Randomized robustness test of the whole front end (lexer, parser, scope analysis, code generation, code
/// object materialization): mutated versions of the golden corpus programs must either compile or raise a
/// SyntaxError-family exception — never crash, hang, or fail in any other way.
///
/// `SWIFTRAY_FUZZ_ITERATIONS` sets the number of mutants (default 2,000, a few seconds); the README records
/// the longest run.
final class CompileFuzzTests: XCTestCase {
    /// SplitMix64: small, seedable, identical on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    static let fragments = [
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "lambda", "yield", "await", "async ", "def ", "class ",
        "return", "\n", "\n    ", "\t", "'", "\"", "\"\"\"", "f'{", "}", "*", "**", "@", "->", ":=", "\\", "#",
        "global x", "nonlocal y", "try:", "except", "finally:", "with ", " as ", "for ", " in ", "if ", "else",
        "import ", "from . import ", "del ", "0x", "1e", "_", ".", "...", "not ", "is ", "raise ", "break",
        "continue", "pass", "é", "語", "\u{0}",
    ]

    func testMutatedProgramsCompileOrRaiseSyntaxError() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden")
        let files = FileManager.default.enumerator(atPath: golden.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".py") }.sorted() ?? []
        XCTAssertGreaterThan(files.count, 100)
        let sources = try files.map { try String(contentsOf: golden.appendingPathComponent($0), encoding: .utf8) }
        let iterations = Int(ProcessInfo.processInfo.environment["SWIFTRAY_FUZZ_ITERATIONS"] ?? "") ?? 2000
        Library.registerAll()
        let interp = Interpreter(stdout: CapturingSink(), stderr: CapturingSink())
        var rng = Random(state: 20261122)
        var compiled = 0
        var rejected = 0
        for i in 0..<iterations {
            var s = Array(sources[rng.below(sources.count)].unicodeScalars)
            for _ in 0..<(1 + rng.below(4)) {
                let at = rng.below(s.count + 1)
                switch rng.below(4) {
                case 0 where !s.isEmpty:
                    s.removeSubrange(at..<min(s.count, at + 1 + rng.below(8)))
                case 1 where !s.isEmpty:
                    let start = min(at, s.count - 1)
                    s.insert(contentsOf: Array(s[start..<min(s.count, start + 1 + rng.below(20))]), at: start)
                case 2:
                    s.insert(contentsOf: Array(Self.fragments[rng.below(Self.fragments.count)].unicodeScalars), at: at)
                default:
                    if s.count > 1 { s.swapAt(min(at, s.count - 1), rng.below(s.count)) }
                }
            }
            let source = String(String.UnicodeScalarView(s))
            do throws(PyError) {
                _ = try interp.compile(source, filename: "<fuzz \(i)>", mode: .exec)
                compiled += 1
            } catch {
                let type = error.exception.type
                if !type.isSubtype(of: Builtins.syntaxErrorType) {
                    XCTFail("mutant \(i) raised \(type.name): \(error.exception.plainMessage)\n\(source)")
                    return
                }
                rejected += 1
            }
        }
        print("compile fuzz: \(iterations) mutants, \(compiled) compiled, \(rejected) rejected with SyntaxError")
    }
}
