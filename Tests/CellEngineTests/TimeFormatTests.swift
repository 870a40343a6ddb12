import XCTest

@testable import CellEngine

/// `TimeFormat` against IPython 9.18.1's `_format_time` and timing lines (../shared/notes/magics.md, section 3).
final class TimeFormatTests: XCTestCase {
    func testFormatTimeMatchesIPythonTable() {
        let table: [(Double, Int, String)] = [
            (0.0, 3, "0 ns"), (4e-10, 3, "0.4 ns"), (1e-09, 3, "1 ns"), (6.18e-09, 3, "6.18 ns"),
            (1.234e-07, 3, "123 ns"), (9.99e-07, 3, "999 ns"), (1e-06, 3, "1 μs"), (0.00419, 3, "4.19 ms"),
            (0.0123456, 3, "12.3 ms"), (0.0123456, 5, "12.346 ms"), (0.0123456, 1, "1e+01 ms"),
            (0.165, 3, "165 ms"), (0.9994, 3, "999 ms"), (0.9995, 3, "1e+03 ms"), (1.0, 3, "1 s"), (1.5, 3, "1.5 s"),
            (12.3456, 3, "12.3 s"), (59.9, 3, "59.9 s"), (59.9996, 3, "60 s"), (60.0, 3, "1min"),
            (61.5, 3, "1min 1s"), (119.99, 3, "1min 59s"), (3599.0, 3, "59min 59s"), (3600, 3, "1h"),
            (3605, 3, "1h 5s"), (3661.7, 3, "1h 1min 1s"), (90061, 3, "1d 1h 1min 1s"),
        ]
        for (seconds, precision, expected) in table {
            XCTAssertEqual(TimeFormat.format(seconds, precision: precision), expected, "\(seconds) precision \(precision)")
        }
        XCTAssertEqual(TimeFormat.format(5e-06, unicode: false), "5 us")
    }
}

extension TimeFormatTests {
    func testTimeReportLinesAsIPythonPrintsThem() {
        // From the verbatim IPython session in magics.md: `%time 2**128`, `%%time` of a 3e7-iteration loop.
        XCTAssertEqual(
            TimeFormat.timeReport(user: 3e-6, system: 1e-6, wall: 6.44e-6),
            "CPU times: user 3 μs, sys: 1 μs, total: 4 μs\nWall time: 6.44 μs\n")
        XCTAssertEqual(
            TimeFormat.timeReport(user: 1.88, system: 0.0158, wall: 2.46),
            "CPU times: user 1.88 s, sys: 15.8 ms, total: 1.9 s\nWall time: 2.46 s\n")
        XCTAssertEqual(
            TimeFormat.timeReport(user: 0.028, system: 0.0264, wall: 15.3),
            "CPU times: user 28 ms, sys: 26.4 ms, total: 54.4 ms\nWall time: 15.3 s\n")
        XCTAssertEqual(
            TimeFormat.timeReport(user: 86e-6, system: 19e-6, wall: 61.2),
            "CPU times: user 86 μs, sys: 19 μs, total: 105 μs\nWall time: 1min 1s\n")
        XCTAssertEqual(
            TimeFormat.timeReport(user: 0.0115, system: 0, wall: 0.0251, unicode: false),
            "CPU times: user 11.5 ms, sys: 0 ns, total: 11.5 ms\nWall time: 25.1 ms\n")
    }

    func testTimeitLineAsIPythonPrintsIt() {
        XCTAssertEqual(
            TimeFormat.timeitLine(mean: 6.18e-9, stdev: 1.44e-9, runs: 7, loops: 100_000_000),
            "6.18 ns ± 1.44 ns per loop (mean ± std. dev. of 7 runs, 100,000,000 loops each)")
        XCTAssertEqual(
            TimeFormat.timeitLine(mean: 0.235, stdev: 0, runs: 1, loops: 1),
            "235 ms ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)")
        XCTAssertEqual(
            TimeFormat.timeitLine(mean: 8.4e-6, stdev: 1.65e-6, runs: 7, loops: 100_000),
            "8.4 μs ± 1.65 μs per loop (mean ± std. dev. of 7 runs, 100,000 loops each)")
        XCTAssertEqual(
            TimeFormat.timeitLine(mean: 9.0318e-9, stdev: 3.0864e-9, runs: 7, loops: 100_000_000, precision: 5),
            "9.0318 ns ± 3.0864 ns per loop (mean ± std. dev. of 7 runs, 100,000,000 loops each)")
        XCTAssertEqual(
            TimeFormat.timeitLine(mean: 5.29e-9, stdev: 2.53e-9, runs: 7, loops: 100_000_000, unicode: false),
            "5.29 ns +- 2.53 ns per loop (mean +- std. dev. of 7 runs, 100,000,000 loops each)")
        XCTAssertEqual(TimeFormat.grouped(1_000_000), "1,000,000")
        XCTAssertEqual(TimeFormat.grouped(10), "10")
    }

    func testTimestampsAreNbclientsISOFormat() {
        XCTAssertEqual(Timestamp.iso8601(0), "1970-01-01T00:00:00.000000Z")
        XCTAssertEqual(Timestamp.iso8601(1_795_337_428.118716), "2026-11-22T08:50:28.118716Z")
    }
}
