import PySyntax
import XCTest

@testable import PyCompiler

/// Parses and compiles `source`, failing the test with the syntax error's rendering if anything goes wrong.
func compile(
    _ source: String, mode: CompileMode = .exec, filename: String = "t.py", file: StaticString = #filePath,
    line: UInt = #line
) throws -> CodeObject {
    do {
        let module = try Parser.parseModule(source, filename: filename)
        return try Compiler.compile(module, filename: filename, mode: mode, source: source)
    } catch {
        XCTFail("compile failed:\n\(error.rendered)", file: file, line: line)
        throw error
    }
}

/// The SyntaxError raised by parsing and compiling `source`, or nil when it compiles.
func compileError(_ source: String, filename: String = "t.py") -> SyntaxError? {
    do {
        let module = try Parser.parseModule(source, filename: filename)
        _ = try Compiler.compile(module, filename: filename, mode: .exec, source: source)
        return nil
    } catch {
        return error
    }
}

/// The nested code object named `name` (depth-first search through constants).
func nestedCode(_ code: CodeObject, _ name: String) -> CodeObject? {
    for c in code.constants {
        if case .code(let nested) = c {
            if nested.name == name { return nested }
            if let found = nestedCode(nested, name) { return found }
        }
    }
    return nil
}

/// All code objects reachable from `code`, including itself.
func allCodes(_ code: CodeObject) -> [CodeObject] {
    var result = [code]
    for c in code.constants {
        if case .code(let nested) = c { result += allCodes(nested) }
    }
    return result
}

/// Builds and analyzes the scopes of `source`.
func scopes(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws -> Scope {
    do {
        let module = try Parser.parseModule(source, filename: "t.py")
        return try SymbolTableBuilder.build(module, reporter: ErrorReporter(filename: "t.py", source: source))
    } catch {
        XCTFail("scope analysis failed:\n\(error.rendered)", file: file, line: line)
        throw error
    }
}

extension Scope {
    /// The descendant scope reached by following child names (`child("f", "g")`).
    func child(_ path: String...) -> Scope? {
        var scope: Scope? = self
        for name in path { scope = scope?.children.first { $0.name == name } }
        return scope
    }
}
