import XCTest

@testable import CellEngine

/// IPython's input transformations: where magics are recognised and what they become.
final class CellSourceTests: XCTestCase {
    func testCellMagicOnTheFirstNonBlankLine() {
        let m = CellSource.cellMagic("\n\n%%time  \nx = 1\nx")
        XCTAssertEqual(m, CellSource.CellMagic(name: "time", line: "", body: "x = 1\nx\n", bodyFirstLine: 4))
        XCTAssertEqual(CellSource.cellMagic("%%timeit -n 3 data = [1]\nsorted(data)")?.line, "-n 3 data = [1]")
        XCTAssertEqual(CellSource.cellMagic("%%writefile\n")?.body, "")
        XCTAssertNil(CellSource.cellMagic("x = 1\n%%time\n"))
    }

    func testLineMagicsBecomeCallsOnTheSameLine() {
        let cell = "for i in range(2):\n    %time i\nr = %timeit -o pass\nfiles = !ls -a\n!echo hi\n%pwd"
        XCTAssertEqual(
            CellSource.transform(cell),
            "for i in range(2):\n    _swiftray_magic('time', 'i')\nr = _swiftray_magic('timeit', '-o pass')\n"
                + "files = _swiftray_system('ls -a', capture=True)\n_swiftray_system('echo hi')\n_swiftray_magic('pwd', '')")
    }

    func testPercentInsideStringsAndBracketsIsPython() {
        let cell = "s = '''\n%time x\n'''\nv = (10\n% 3)\nprint('%d' % 5)"
        XCTAssertEqual(CellSource.transform(cell), cell)
        XCTAssertEqual(CellSource.transform("x = 5 \\\n% 3"), "x = 5 \\\n% 3")
    }

    func testIndentedCellIsDedented() {
        XCTAssertEqual(CellSource.transform("  x = 1\n  x"), "x = 1\nx")
    }

    func testQuotesAndHelpInMagicArguments() {
        XCTAssertEqual(CellSource.transform("%env A='it''s'"), #"_swiftray_magic('env', 'A=\'it\'\'s\'')"#)
        XCTAssertEqual(CellSource.transform("%time?"), "_swiftray_magic('time', '', help=True)")
    }

    func testTrailingSemicolon() {
        XCTAssertTrue(CellSource.endsWithSemicolon("x = 1\nx;"))
        XCTAssertTrue(CellSource.endsWithSemicolon("x;  # quiet\n\n"))
        XCTAssertFalse(CellSource.endsWithSemicolon("x"))
        XCTAssertFalse(CellSource.endsWithSemicolon("s = ';'"))
        XCTAssertFalse(CellSource.endsWithSemicolon("x  # ;"))
    }
}
