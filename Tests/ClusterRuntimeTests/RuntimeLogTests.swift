import ClusterRuntime
import XCTest

/// The runtime's log lines: parsing, classification into the seed notebook's log types, CSV, merging.
final class RuntimeLogTests: XCTestCase {
    let line = "[2026-11-22 10:01:02,345 D 1234 1240] CoreWorker+Tasks.swift:341: Executing task c8ef (f), attempt 0"

    func testParsesRayStyleLines() throws {
        let record = try XCTUnwrap(LogRecord(parsing: line[...], component: "worker"))
        XCTAssertEqual(record.timestamp, "2026-11-22 10:01:02,345")
        XCTAssertEqual(record.level, "D")
        XCTAssertEqual(record.pid, 1234)
        XCTAssertEqual(record.threadID, 1240)
        XCTAssertEqual(record.sourceFile, "CoreWorker+Tasks.swift")
        XCTAssertEqual(record.line, 341)
        XCTAssertEqual(record.message, "Executing task c8ef (f), attempt 0")
        XCTAssertEqual(record.event, .executeTask)
        XCTAssertNil(LogRecord(parsing: "swiftray: plain warning", component: "head"))
        XCTAssertNil(LogRecord(parsing: "[not a header] x.swift:1: y", component: "head"))
    }

    func testEveryEventIsClassifiedByItsPhrase() {
        for event in RuntimeEvent.allCases {
            XCTAssertEqual(RuntimeEvent.classify((event.phrase + " details")[...]), event, event.rawValue)
        }
        // "Constructing CoreWorkerProcess." must not be taken for "Constructing CoreWorker,".
        XCTAssertEqual(RuntimeEvent.classify("Constructing CoreWorkerProcess. pid: 1"), .constructCoreWorkerProcess)
        XCTAssertEqual(RuntimeEvent.classify("Constructing CoreWorker, worker_id: ab"), .constructCoreWorker)
        XCTAssertNil(RuntimeEvent.classify("head: worker 12 registered"))
    }

    func testCSVQuotesAsRFC4180() throws {
        var record = try XCTUnwrap(LogRecord(parsing: line[...], component: "worker"))
        record.message = "say \"hi\", then\nleave"
        XCTAssertEqual(
            record.csvRow,
            "\"2026-11-22 10:01:02,345\",D,1234,1240,CoreWorker+Tasks.swift,341,\"say \"\"hi\"\", then\nleave\",")
        XCTAssertEqual(
            LogRecord.csvHeader, "timestamp,log_level,process_id,thread_id,source_file,line_number,message,log_type")
    }

    func testContinuationLinesAndMergeByTime() {
        let a = SessionLogs.records(
            in: "[2026-11-22 10:00:00,002 I 1 1] A.swift:1: first\nmore of first\n[2026-11-22 10:00:00,010 I 1 1] A.swift:2: third\n",
            component: "driver")
        let b = SessionLogs.records(in: "[2026-11-22 10:00:00,005 W 2 2] B.swift:9: second\n", component: "head")
        XCTAssertEqual(a.first?.message, "first\nmore of first")
        XCTAssertEqual(SessionLogs.merge([a, b]).map(\.message), ["first\nmore of first", "second", "third"])
    }

    func testLevelNames() {
        XCTAssertEqual(LogLevel(name: "DEBUG"), .debug)
        XCTAssertEqual(LogLevel(name: "10"), .debug)
        XCTAssertEqual(LogLevel(name: "warn"), .warning)
        XCTAssertNil(LogLevel(name: "loud"))
        XCTAssertEqual(LogLevel.error.letter, "E")
    }
}
