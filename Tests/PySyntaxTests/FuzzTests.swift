import XCTest
@testable import PySyntax

/// Randomized robustness: mutated snippets of valid Python must yield a Module or a SyntaxError, never a
/// crash, a hang, or a malformed error.
final class FuzzTests: XCTestCase {
    /// SplitMix64: tiny, seedable, and the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let fragments = [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==", ":=", "->", "*", "**", "/", "//", "@", "+", "-",
        "~", "<", ">", "!", "!=", "&", "|", "^", "%", "\n", "\n    ", "    ", "\t", "\\", "\\\n", "#", "'", "\"",
        "'''", "\"\"\"", "f'", "f\"{", "rb'", "b'", "{x}", "{x!r:>{w}}", "0x", "1_", "1e", "1.5j", "0o7", "0b1",
        "é", "\u{1F600}", "€", "\u{0C}", "\r\n", "if ", "else ", "elif ", "for ", "in ", "while ", "def ", "class ",
        "lambda ", "yield ", "await ", "async ", "not ", "and ", "or ", "is ", "return ", "import ", "from ", "as ",
        "with ", "try:", "except ", "finally:", "del ", "global ", "pass", "None", "True", "...", "x", "y", "f(x)",
    ]

    static let seeds = ParserCases.valid.map(\.0) + [
        "def f(a, b=1, *args, c, **kw):\n    '''doc'''\n    for i in range(a):\n        if i % 2:\n            yield i\n        else:\n            continue\n    return {k: v for k, v in kw.items()}\n",
        "class A(B, metaclass=M):\n    x: int = 0\n    @property\n    def y(self) -> int:\n        return f'{self.x!r:>{10}}'\n",
        "try:\n    import os\nexcept (ImportError, OSError) as e:\n    raise RuntimeError('x') from e\nfinally:\n    pass\n",
        "async def main():\n    async with lock as l, (yield):\n        await asyncio.sleep(1)\n    return [x async for x in aiter() if await x]\n",
        "x = [i ** 2 for i in range(10) if (n := i) > 2]\nprint(*x, sep=', ', end='\\n')\nwhile x: x.pop()\n",
        "s = '''multi\nline''' + \"\\x41\\u00e9\" + r'\\d+' + b'\\x00'.decode()\nlambda *a, **k: (a, k)\n",
    ]

    func mutate(_ source: String, _ rng: inout Random) -> String {
        var s = Array(source.unicodeScalars)
        let edits = 1 + rng.below(4)
        for _ in 0..<edits {
            let at = rng.below(s.count + 1)
            switch rng.below(6) {
            case 0 where !s.isEmpty:  // delete a range
                let end = min(s.count, at + 1 + rng.below(5))
                if at < end { s.removeSubrange(at..<end) }
            case 1 where !s.isEmpty:  // duplicate a range
                let end = min(s.count, at + 1 + rng.below(12))
                if at < end { s.insert(contentsOf: Array(s[at..<end]), at: at) }
            case 2, 3:  // insert a token-ish fragment
                s.insert(contentsOf: Array(FuzzTests.fragments[rng.below(FuzzTests.fragments.count)].unicodeScalars), at: at)
            case 4:  // insert a random character
                let c = Unicode.Scalar(UInt32(rng.below(2) == 0 ? 32 + rng.below(95) : rng.below(0x3000))) ?? "?"
                s.insert(c, at: at)
            default:  // swap two characters
                if s.count > 1 {
                    let j = rng.below(s.count)
                    s.swapAt(min(at, s.count - 1), j)
                }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }

    func testMutatedInputsYieldModuleOrSyntaxError() {
        var rng = Random(state: 0x5EED_2024)
        var modules = 0
        var errors = 0
        let lineLimit = { (s: String) in s.split(separator: "\n", omittingEmptySubsequences: false).count + 1 }
        for i in 0..<6000 {
            let base = FuzzTests.seeds[rng.below(FuzzTests.seeds.count)]
            let source = mutate(base, &rng)
            do {
                _ = try Parser.parseModule(source, filename: "fuzz.py")
                modules += 1
            } catch {
                errors += 1
                XCTAssertFalse(error.message.isEmpty)
                XCTAssertFalse(error.message.hasPrefix("internal"), "\(error.message) for \(source.debugDescription)")
                XCTAssertGreaterThanOrEqual(error.line, 1, source.debugDescription)
                XCTAssertLessThanOrEqual(error.line, lineLimit(source) + 1, source.debugDescription)
            }
            if i % 5 == 0 {
                _ = Parser.checkCompleteness(source)
                _ = try? Parser.parseExpression(source, filename: "<fuzz>")
            }
        }
        XCTAssertGreaterThan(modules, 300)
        XCTAssertGreaterThan(errors, 3000)
    }

    func testRandomTokenSoup() {
        var rng = Random(state: 42)
        for _ in 0..<2000 {
            var source = ""
            for _ in 0..<(1 + rng.below(30)) {
                source += FuzzTests.fragments[rng.below(FuzzTests.fragments.count)]
                if rng.below(3) == 0 { source += " " }
            }
            do {
                _ = try Parser.parseModule(source, filename: "soup.py")
            } catch {
                XCTAssertFalse(error.message.hasPrefix("internal"), source.debugDescription)
            }
        }
    }
}
