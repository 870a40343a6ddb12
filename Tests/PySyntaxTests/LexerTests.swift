import Foundation
import XCTest
@testable import PySyntax

/// The tokenizer on its own: token kinds, literal values, indentation, positions and speed.
final class LexerTests: XCTestCase {
    func kinds(_ source: String) -> [TokenKind] {
        Lexer.tokenize(source, filename: "t.py").tokens.map(\.kind)
    }

    func values(_ source: String) -> [ConstantValue] {
        Lexer.tokenize(source, filename: "t.py").tokens.compactMap { t -> ConstantValue? in
            switch t.value {
            case .number(let v): return v
            case .string(let s): return s.value
            default: return nil
            }
        }
    }

    func testOperatorsUseLongestMatch() {
        XCTAssertEqual(kinds("a **= b //= c >>= d <<= e := f -> g ... h @= i != j"),
                       [.name, .doubleStarEqual, .name, .doubleSlashEqual, .name, .rightShiftEqual, .name,
                        .leftShiftEqual, .name, .colonEqual, .name, .arrow, .name, .ellipsis, .name, .atEqual, .name,
                        .notEqual, .name, .newline, .endMarker])
        XCTAssertEqual(kinds("a**b//c<=d>=e==f<g>h|i&j^k~l%m@n"),
                       [.name, .doubleStar, .name, .doubleSlash, .name, .lessEqual, .name, .greaterEqual, .name,
                        .eqEqual, .name, .less, .name, .greater, .name, .vbar, .name, .amper, .name, .circumflex,
                        .name, .tilde, .name, .percent, .name, .at, .name, .newline, .endMarker])
    }

    func testKeywordsAndSoftKeywords() {
        XCTAssertEqual(kinds("if not None and True or False is lambda"),
                       [.kwIf, .kwNot, .kwNone, .kwAnd, .kwTrue, .kwOr, .kwFalse, .kwIs, .kwLambda, .newline, .endMarker])
        XCTAssertEqual(kinds("match case _ print type"), [.name, .name, .name, .name, .name, .newline, .endMarker])
    }

    func testIndentDedentAndBlankLines() {
        let source = "if x:\n    a\n\n    # comment\n        \n    if y:\n        b\nc\n"
        XCTAssertEqual(kinds(source),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .kwIf, .name, .colon, .newline,
                        .indent, .name, .newline, .dedent, .dedent, .name, .newline, .endMarker])
    }

    func testImplicitJoiningAndContinuation() {
        XCTAssertEqual(kinds("x = (1,\n  2)\ny = 1 + \\\n  2\n"),
                       [.name, .equal, .lpar, .number, .comma, .number, .rpar, .newline,
                        .name, .equal, .number, .plus, .number, .newline, .endMarker])
    }

    func testEndOfInputWithoutNewline() {
        XCTAssertEqual(kinds("if x:\n    y"), [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .endMarker])
        XCTAssertEqual(kinds(""), [.endMarker])
    }

    func testNumbers() {
        XCTAssertEqual(values("1_000 0x_ff 0o17 0b1010 1.5 1e3 1.5E-2 .5 5. 3j 1.5J 0 00 9223372036854775807"),
                       [.int(1000), .int(255), .int(15), .int(10), .float(1.5), .float(1000), .float(0.015),
                        .float(0.5), .float(5), .imaginary(3), .imaginary(1.5), .int(0), .int(0),
                        .int(9_223_372_036_854_775_807)])
        XCTAssertEqual(values("9223372036854775808 0x10000000000000000 0o2000000000000000000000"),
                       [.bigInt("9223372036854775808"), .bigInt("18446744073709551616"), .bigInt("18446744073709551616")])
        XCTAssertEqual(values("1if x else 2"), [.int(1), .int(2)])
    }

    func testStringPrefixesAndEscapes() {
        XCTAssertEqual(values(#"'a' "b" '''c''' """d""" r'\n' R"\t" b'x' Rb'\x' bR'y' u'z' U"w""#),
                       [.str("a"), .str("b"), .str("c"), .str("d"), .str("\\n"), .str("\\t"), .bytes([120]),
                        .bytes([92, 120]), .bytes([121]), .str("z"), .str("w")])
        XCTAssertEqual(values(#"'\n\t\\\'\"\a\b\f\v\r\0\101\x41\u00e9\U0001F600\N{BULLET}\q'"#),
                       [.str("\n\t\\'\"\u{07}\u{08}\u{0C}\u{0B}\r\u{00}AA\u{E9}\u{1F600}\u{2022}\\q")])
        XCTAssertEqual(values(#"b'\x00\xff\777\u1234'"#), [.bytes([0, 255, 255, 92, 117, 49, 50, 51, 52])])
        XCTAssertEqual(values("'a\\\nb'"), [.str("ab")])
        XCTAssertEqual(values("'''a\nb'''"), [.str("a\nb")])
    }

    func testFStringBodiesAreKeptRaw() {
        let t = Lexer.tokenize("rf'{x}\\n' F\"{y!r}\"", filename: "t.py").tokens
        guard case .string(let a) = t[0].value, case .string(let b) = t[1].value else { return XCTFail("strings") }
        XCTAssertTrue(a.isFormatted && a.isRaw)
        XCTAssertEqual(String(String.UnicodeScalarView(a.body)), "{x}\\n")
        XCTAssertEqual(a.bodyStart, SourceLocation(line: 1, column: 3))
        XCTAssertTrue(b.isFormatted && !b.isRaw)
    }

    func testIdentifiersAndColumnsInCodePoints() {
        let t = Lexer.tokenize("été = '\u{1F600}' + ﬁx", filename: "t.py").tokens
        XCTAssertEqual(t[0].name, "été")
        XCTAssertEqual(t[2].start.column, 6)
        XCTAssertEqual(t[2].end.column, 9)
        XCTAssertEqual(t[4].name, "fix")  // NFKC-normalized
        XCTAssertEqual(t[4].start.column, 12)
    }

    func testLineEndingsAreNormalized() {
        let t = Lexer.tokenize("a = 1\r\nb = 2\rc = 3", filename: "t.py").tokens
        XCTAssertEqual(t.filter { $0.kind == .name }.map { $0.start.line }, [1, 2, 3])
    }

    func testLexicalErrorEndsTheStream() {
        let lexer = Lexer.tokenize("x = 'abc\ny = 2\n", filename: "t.py")
        XCTAssertEqual(lexer.tokens.last?.kind, .lexError)
        guard case .error(let e)? = lexer.tokens.last?.value else { return XCTFail("error") }
        XCTAssertEqual(e.message, "unterminated string literal (detected at line 1)")
        XCTAssertEqual(e.offset, 5)
    }

    func testEndStatesForTheREPL() {
        XCTAssertEqual(Lexer.tokenize("f(1,\n", filename: "t").endState, .insideBrackets)
        XCTAssertEqual(Lexer.tokenize("s = '''abc\n", filename: "t").endState, .insideTripleQuotedString)
        XCTAssertEqual(Lexer.tokenize("x = 1 + \\\n", filename: "t").endState, .afterLineContinuation)
        XCTAssertEqual(Lexer.tokenize("x = 1\n", filename: "t").endState, .normal)
    }

    func testTabsCountToMultiplesOfEight() {
        // A tab after four spaces reaches column 8, the same as eight spaces, but the two lines are ambiguous
        // under other tab sizes: TabError, as in CPython.
        let lexer = Lexer.tokenize("if x:\n    \ta\n        b\n", filename: "t.py")
        guard case .error(let e)? = lexer.tokens.last?.value else { return XCTFail("expected TabError") }
        XCTAssertEqual(e.kind, .tab)
        XCTAssertEqual(kinds("if x:\n\ta\n\tb\n").filter { $0 == .indent }.count, 1)
    }

    func testMegabyteOfCodeIsFast() {
        let unit = """
        def function_name(argument, other=None, *args, **kwargs):
            '''A docstring for the function.'''
            result = [value * 2 for value in range(argument) if value % 3]  # comment
            mapping = {"key": 0x1F, 'other': 1.5e-3, "nested": (1, 2, 3)}
            return f"{result!r:>10} {mapping['key']}" + r'\\raw' + b'bytes'.decode()


        """
        let source = String(repeating: unit, count: 1_000_000 / unit.utf8.count + 1)
        // Timed directly rather than with `measure`, whose variance check is flaky on a shared machine.
        // Generous bounds: debug builds are several times slower than release (~0.05 s for both steps).
        let start = Date()
        let tokens = Lexer.tokenize(source, filename: "big.py").tokens.count
        let lexed = Date()
        let module = try? Parser.parseModule(source, filename: "big.py")
        XCTAssertGreaterThan(tokens, 150_000)
        XCTAssertNotNil(module)
        XCTAssertLessThan(lexed.timeIntervalSince(start), 5)
        XCTAssertLessThan(Date().timeIntervalSince(lexed), 10)
    }
}
