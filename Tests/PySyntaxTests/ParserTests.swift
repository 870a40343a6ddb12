import XCTest
@testable import PySyntax

/// AST shapes for every construct, checked against CPython 3.11's `ast` output (see ParserCases.swift).
final class ParserTests: XCTestCase {
    func parse(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Module? {
        do {
            return try Parser.parseModule(source, filename: "t.py")
        } catch {
            XCTFail("unexpected \(error.kind.rawValue): \(error.message) at \(error.line):\(error.offset) in \(source.debugDescription)",
                    file: file, line: line)
            return nil
        }
    }

    func dump(_ source: String, positions: Bool = false) -> String {
        parse(source).map { ASTDumper.dump($0, positions: positions) } ?? "<error>"
    }

    func testMatchesCPythonForEveryConstruct() {
        XCTAssertGreaterThan(ParserCases.valid.count, 300)
        for (source, expected, withPositions) in ParserCases.valid {
            XCTAssertEqual(dump(source, positions: withPositions), expected, "source: \(source.debugDescription)")
        }
    }

    func testPowerBindsTighterThanUnaryMinus() {
        XCTAssertEqual(dump("-2**2"), "[Expr(UnaryOp(USub, BinOp(Constant(2), Pow, Constant(2))))]")
        XCTAssertEqual(dump("2**3**2"), "[Expr(BinOp(Constant(2), Pow, BinOp(Constant(3), Pow, Constant(2))))]")
    }

    func testAnnotatedAssignmentSimpleFlag() throws {
        let m = try XCTUnwrap(parse("x: int = 1\n(y): int = 2\nz.a: int\n"))
        var flags: [Bool] = []
        for s in m.body {
            if case .annAssign(_, _, _, let simple) = s.kind { flags.append(simple) }
        }
        XCTAssertEqual(flags, [true, false, false])
    }

    func testBigIntegersBecomeDecimalDigits() throws {
        let m = try XCTUnwrap(parse("a = 0xFFFFFFFFFFFFFFFFFFFF\nb = 0b" + String(repeating: "1", count: 70) + "\nc = 0_0 if 0 else 99999999999999999999\n"))
        var values: [ConstantValue] = []
        for s in m.body {
            guard case .assign(_, let v) = s.kind else { continue }
            switch v.kind {
            case .constant(let c): values.append(c)
            case .ifExp(_, _, let o): if case .constant(let c) = o.kind { values.append(c) }
            default: break
            }
        }
        XCTAssertEqual(values, [.bigInt("1208925819614629174706175"), .bigInt("1180591620717411303423"),
                                .bigInt("99999999999999999999")])
    }

    func testSelfDocumentingFString() throws {
        XCTAssertEqual(dump("f'{x=}'"), "[Expr(JoinedStr([Constant('x='), FormattedValue(Name('x'), 114, None)]))]")
        XCTAssertEqual(dump("f'{x=:>4}'"),
                       "[Expr(JoinedStr([Constant('x='), FormattedValue(Name('x'), -1, JoinedStr([Constant('>4')]))]))]")
        XCTAssertEqual(dump("f'{x=!s}'"), "[Expr(JoinedStr([Constant('x='), FormattedValue(Name('x'), 115, None)]))]")
    }

    func testFStringFieldPositionsPointIntoTheSource() throws {
        let m = try XCTUnwrap(parse("s = f'ab{value + 1}'\n"))
        guard case .assign(_, let v) = m.body[0].kind, case .joinedStr(let parts) = v.kind,
              case .formattedValue(let inner, _, _) = parts[1].kind else { return XCTFail("shape") }
        XCTAssertEqual(inner.range, SourceRange(start: SourceLocation(line: 1, column: 9), end: SourceLocation(line: 1, column: 18)))
    }

    func testColumnsCountCodePoints() throws {
        let m = try XCTUnwrap(parse("s = '\u{1F600}\u{E9}' + x\n"))
        guard case .assign(_, let v) = m.body[0].kind, case .binOp(_, _, let r) = v.kind else { return XCTFail("shape") }
        XCTAssertEqual(r.range.start.column, 11)
    }

    func testCompoundStatementRanges() throws {
        let m = try XCTUnwrap(parse("@dec\ndef f(x):\n    return x\n\nclass A:\n    pass\n"))
        XCTAssertEqual(m.body[0].range, SourceRange(start: SourceLocation(line: 2, column: 0), end: SourceLocation(line: 3, column: 12)))
        XCTAssertEqual(m.body[1].range, SourceRange(start: SourceLocation(line: 5, column: 0), end: SourceLocation(line: 6, column: 8)))
    }

    func testParseExpressionForEval() throws {
        func eval(_ s: String) throws -> String { ASTDumper.dump(try Parser.parseExpression(s, filename: "<string>")) }
        XCTAssertEqual(try eval("  1 + 2\n\n"), "BinOp(Constant(1), Add, Constant(2))")
        XCTAssertEqual(try eval("\tx, y"), "Tuple([Name('x'), Name('y')])")
        XCTAssertEqual(try eval("[i for i in range(3)]"), "ListComp(Name('i'), [comprehension(Name('i'), Call(Name('range'), [Constant(3)], []), [], 0)])")
        XCTAssertEqual(try eval("(1 +\n 2)"), "BinOp(Constant(1), Add, Constant(2))")
        XCTAssertThrowsError(try Parser.parseExpression("x = 1", filename: "<string>"))
        XCTAssertThrowsError(try Parser.parseExpression("1\n2", filename: "<string>"))
        XCTAssertThrowsError(try Parser.parseExpression("", filename: "<string>"))
    }

    func testElifChainsAreNotLimitedByRecursion() throws {
        let source = "if x:\n    pass\n" + String(repeating: "elif y:\n    pass\n", count: 3000) + "else:\n    z = 1\n"
        let m = try XCTUnwrap(parse(source))
        var depth = 0
        var stmt = m.body[0]
        while case .if(_, _, let orElse) = stmt.kind, orElse.count == 1, case .if = orElse[0].kind {
            depth += 1
            stmt = orElse[0]
        }
        XCTAssertEqual(depth, 3000)
    }

    func testNestedBracketsUpToTheLimitParse() {
        XCTAssertNotNil(parse("x = " + String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)))
        XCTAssertNotNil(parse("x = " + String(repeating: "f(", count: 199) + "1" + String(repeating: ")", count: 199)))
        XCTAssertNotNil(parse("x = " + String(repeating: "[", count: 199) + String(repeating: "]", count: 199)))
    }

    func testParsesALargeRealisticProgram() throws {
        var source = ""
        for i in 0..<2000 {
            source += """
            class C\(i)(Base, metaclass=Meta):
                '''Doc \(i).'''
                def method(self, a, b=\(i), *args, key: str = "k", **kw) -> int:
                    total = sum(x * 2 for x in range(a) if x % 3 == 0)
                    data = {"k": [1, 2, 3], **kw}
                    if total > 10 and not b:
                        return f"{self!r}: {total:>{a}}"
                    elif (n := len(data)) > 2:
                        with open(a) as fh, lock:
                            pass
                    try:
                        raise ValueError(a) from None
                    except (ValueError, TypeError) as e:
                        yield e
                    finally:
                        del data[a:b, ::2]
                    return lambda q, *r: q[1:-1] @ r


            """
        }
        let m = try XCTUnwrap(parse(source))
        XCTAssertEqual(m.body.count, 2000)
    }
}
