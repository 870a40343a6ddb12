import XCTest

@testable import ClusterModel

/// Every runtime message survives encoding and decoding unchanged, and malformed bytes are rejected with an
/// error rather than a crash (a process drops such a message and logs it).
final class WireCodecTests: XCTestCase {
    let job = JobID(1)
    var task: TaskID { TaskID.submitted(by: .driver(job: job), index: 7, job: job, actor: .none(job: job)) }
    let worker = WorkerID(bytes: Array(repeating: 3, count: 28))!

    func spec() -> TaskSpec {
        var s = TaskSpec(
            taskID: task, jobID: job, parentTaskID: .driver(job: job), type: .actorTask, name: "C.m",
            functionName: "__main__.C.m", functionID: [1, 2, 3], args: [
                .value(.inline([9, 9])), .value(.shared(size: 1 << 20)),
                .reference(OwnedObject(id: .returned(by: task, index: 1), owner: "ipc:///x")),
            ], kwargNames: ["k"], numReturns: 2, numCPUs: 0.5, maxRetries: -1, retryExceptions: true, attempt: 2,
            ownerAddress: "ipc:///owner", ownerWorkerID: worker, driverAddress: "ipc:///driver")
        s.actorID = ActorID(bytes: Array(repeating: 5, count: 12) + job.bytes)
        s.methodName = "m"
        s.actorOptions = ActorOptions(className: "C", name: "n", namespace: "ns", maxRestarts: 2, maxConcurrency: 8, isAsync: true)
        return s
    }

    func roundTrip(_ m: Message) throws -> Message { try Message.decode(m.encoded()) }

    func testTaskSpecsRoundTrip() throws {
        guard case .submitTask(let s) = try roundTrip(.submitTask(spec())) else { return XCTFail("wrong case") }
        let original = spec()
        XCTAssertEqual(s.taskID, original.taskID)
        XCTAssertEqual(s.args, original.args)
        XCTAssertEqual(s.kwargNames, ["k"])
        XCTAssertEqual(s.numCPUs, 0.5)
        XCTAssertEqual(s.maxRetries, -1)
        XCTAssertEqual(s.attempt, 2)
        XCTAssertEqual(s.actorID, original.actorID)
        XCTAssertEqual(s.actorOptions, original.actorOptions)
        XCTAssertEqual(s.driverAddress, "ipc:///driver")
        XCTAssertEqual(s.returnIDs.map(\.index), [1, 2])
    }

    func testResultsEventsAndQueriesRoundTrip() throws {
        let ret = TaskReturn(
            objectID: .returned(by: task, index: 1), payload: TaskFailure(kind: .workerCrashed, message: "gone").payload,
            contained: [OwnedObject(id: .put(by: task, k: 1), owner: "ipc:///o")])
        guard case .taskResult(let id, let returns) = try roundTrip(.taskResult(taskID: task, returns: [ret])) else {
            return XCTFail("wrong case")
        }
        XCTAssertEqual(id, task)
        XCTAssertEqual(returns[0].payload, ret.payload)
        XCTAssertEqual(returns[0].contained, ret.contained)
        guard case .error(let bytes) = returns[0].payload else { return XCTFail("not an error") }
        XCTAssertEqual(TaskFailure.decode(bytes), TaskFailure(kind: .workerCrashed, message: "gone"))

        let event = TaskEvent(taskID: task, state: .running, workerID: worker, time: 1.5)
        guard case .taskEvents(let events) = try roundTrip(.taskEvents([event])) else { return XCTFail("wrong case") }
        XCTAssertEqual(events, [event])

        let row = TaskRecord(
            taskID: task, name: "f", state: .finished, workerID: nil, workerPID: 0, jobID: job,
            nodeID: NodeID(bytes: Array(repeating: 1, count: 28))!, type: .normalTask, functionName: "__main__.f",
            attempt: 0, parentTaskID: .driver(job: job), creationTime: 3)
        let result = QueryResult.tasks([row])
        guard case .queryReply(let back) = try roundTrip(.queryReply(result)) else { return XCTFail("wrong case") }
        XCTAssertEqual(back, result)
        let resources = QueryResult.resources(total: ["CPU": 2], available: ["CPU": 1.5])
        guard case .queryReply(let r) = try roundTrip(.queryReply(resources)) else { return XCTFail("wrong case") }
        XCTAssertEqual(r, resources)
    }

    func testMalformedMessagesAreRejected() {
        let good = Message.submitTask(spec()).encoded()
        XCTAssertThrowsError(try Message.decode([]))
        XCTAssertThrowsError(try Message.decode([200]))
        XCTAssertThrowsError(try Message.decode(Array(good.dropLast())))
        XCTAssertThrowsError(try Message.decode(good + [0]))
        // Every truncation fails cleanly.
        for n in stride(from: 0, to: good.count, by: 3) {
            XCTAssertThrowsError(try Message.decode(Array(good.prefix(n))))
        }
        // A length that claims more bytes than exist.
        XCTAssertThrowsError(try Message.decode([1, 0xFF, 0xFF, 0xFF, 0x7F]))
    }

    func testTaskStatesUseRaysNames() {
        XCTAssertEqual(
            TaskState.allCases.map(\.name),
            ["PENDING_ARGS_AVAIL", "PENDING_NODE_ASSIGNMENT", "SUBMITTED_TO_WORKER", "RUNNING", "FINISHED", "FAILED"])
        XCTAssertEqual(TaskType.allCases.map(\.name), ["NORMAL_TASK", "ACTOR_CREATION_TASK", "ACTOR_TASK", "DRIVER_TASK"])
    }
}
