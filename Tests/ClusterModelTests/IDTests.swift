import XCTest

@testable import ClusterModel

/// The ids the seed notebook prints must come out byte for byte (values checked against the tutorial).
final class IDTests: XCTestCase {
    func testSHA256KnownVectors() {
        XCTAssertEqual(
            SHA256.hash(Array("abc".utf8)).map { String(format2($0)) }.joined(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hash([]).map { String(format2($0)) }.joined(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = [UInt8](repeating: 0x61, count: 1000)
        XCTAssertEqual(
            SHA256.hash(long).map { String(format2($0)) }.joined(),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testDriverSubmissionIDsMatchTheTutorial() {
        let job = JobID(1)
        XCTAssertEqual(job.hex, "01000000")
        let driver = TaskID.driver(job: job)
        XCTAssertEqual(driver.hex, "00ffffffffffffffffffffffffffffffffffffff01000000")
        let none = ActorID.none(job: job)
        func ref(_ n: UInt64) -> String {
            ObjectID.returned(by: TaskID.submitted(by: driver, index: n, job: job, actor: none), index: 1).hex
        }
        XCTAssertEqual(ref(1), "c8ef45ccd0112571ffffffffffffffffffffffff0100000001000000")
        XCTAssertEqual(ref(31), "a631fe8d231813bfffffffffffffffffffffffff0100000001000000")
        XCTAssertEqual(ref(32), "79cc316456d39201ffffffffffffffffffffffff0100000001000000")
    }

    func testHexRoundTrip() {
        let id = ObjectID.returned(by: TaskID.driver(job: JobID(7)), index: 3)
        XCTAssertEqual(ObjectID(bytes: bytesFromHex(id.hex)!), id)
        XCTAssertEqual(id.index, 3)
        XCTAssertEqual(id.task.job, JobID(7))
        XCTAssertNil(bytesFromHex("zz"))
        // The first ray.put of the driver, as Ray prints it.
        XCTAssertEqual(
            ObjectID.put(by: TaskID.driver(job: JobID(1)), k: 1).hex,
            "00ffffffffffffffffffffffffffffffffffffff0100000001e1f505")
    }

    private func format2(_ b: UInt8) -> String { (b < 16 ? "0" : "") + String(b, radix: 16) }
}
