import Foundation
import XCTest
import ZeroMQ

#if canImport(Glibc)
import Glibc
#endif

/// Every test gives each socket linger 0, so a failing test can never hang in context termination,
/// and bounds each blocking receive with a receive timeout.
final class ZeroMQTests: XCTestCase {
    private let binary: [[UInt8]] = [
        [0, 1, 2, 0, 255, 0],
        [],
        [0, 0, 0, 0],
        Array(0...255),
        Array("héllo ✓".utf8),
    ]

    /// A socket with linger 0 and a 5 s receive timeout.
    private func socket(_ context: ZMQContext, _ type: ZMQSocketType) throws -> ZMQSocket {
        let socket = try ZMQSocket(context, type: type)
        try socket.set(.linger(0))
        try socket.set(.receiveTimeout(5000))
        return socket
    }

    func testVersionAndCapabilities() {
        let version = zmqVersion()
        XCTAssertGreaterThanOrEqual(version.major, 4)
        XCTAssertTrue(zmqHas("ipc"), "libzmq on Linux supports ipc://")
    }

    /// Sends a single frame, a multipart message with zero bytes and empty frames, and checks RCVMORE.
    private func checkRoundTrip(_ sender: ZMQSocket, _ receiver: ZMQSocket) throws {
        try sender.send("hello")
        XCTAssertEqual(try receiver.receive(), Array("hello".utf8))
        XCTAssertFalse(try receiver.receiveMore)

        try sender.send([0, 0, 7, 0])
        XCTAssertEqual(try receiver.receive(), [0, 0, 7, 0])

        try sender.sendMultipart(binary)
        XCTAssertEqual(try receiver.receive(), binary[0])
        XCTAssertTrue(try receiver.receiveMore)
        let rest = try receiver.receiveMultipart()
        XCTAssertEqual(rest, Array(binary.dropFirst()))
        XCTAssertFalse(try receiver.receiveMore)

        try receiver.sendMultipart([[1], [0]])  // PAIR is bidirectional
        XCTAssertEqual(try sender.receiveMultipart(), [[1], [0]])
    }

    func testPairOverInproc() throws {
        let context = try ZMQContext()
        let a = try socket(context, .pair)
        let b = try socket(context, .pair)
        try a.bind("inproc://pair-roundtrip")
        try b.connect("inproc://pair-roundtrip")
        try checkRoundTrip(a, b)
    }

    func testPairOverIPCInTemporaryDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let endpoint = "ipc://\(directory.path)/pair.sock"
        let context = try ZMQContext()
        let a = try socket(context, .pair)
        let b = try socket(context, .pair)
        try a.bind(endpoint)
        XCTAssertEqual(try a.lastEndpoint, endpoint)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(directory.path)/pair.sock"))
        try b.connect(endpoint)
        try checkRoundTrip(b, a)
        try b.disconnect(endpoint)
        try a.unbind(endpoint)
        XCTAssertThrowsError(try a.unbind(endpoint)) { error in
            XCTAssertEqual((error as? ZMQError)?.errno, ENOENT)
        }
    }

    func testRouterDealerIdentities() throws {
        let context = try ZMQContext()
        let router = try socket(context, .router)
        try router.set(.routerMandatory(true))
        try router.bind("inproc://router")
        var dealers: [ZMQSocket] = []
        for name in ["alpha", "beta"] {
            let dealer = try socket(context, .dealer)
            try dealer.set(.routingID(Array(name.utf8)))
            XCTAssertEqual(try dealer.routingID, Array(name.utf8))
            try dealer.connect("inproc://router")
            dealers.append(dealer)
        }
        // Envelope as REQ would send it: empty delimiter, then the body (with a zero byte).
        try dealers[1].sendMultipart([[], Array("from beta\0".utf8)])
        try dealers[0].sendMultipart([[], Array("from alpha".utf8)])
        var seen: [String: [UInt8]] = [:]
        for _ in 0..<2 {
            let message = try router.receiveMultipart()
            XCTAssertEqual(message.count, 3)
            XCTAssertEqual(message[1], [])
            seen[String(decoding: message[0], as: UTF8.self)] = message[2]
        }
        XCTAssertEqual(seen, ["alpha": Array("from alpha".utf8), "beta": Array("from beta\0".utf8)])

        // Replies are routed by identity.
        try router.sendMultipart([Array("beta".utf8), [], Array("to beta".utf8)])
        try router.sendMultipart([Array("alpha".utf8), [], Array("to alpha".utf8)])
        XCTAssertEqual(try dealers[0].receiveMultipart(), [[], Array("to alpha".utf8)])
        XCTAssertEqual(try dealers[1].receiveMultipart(), [[], Array("to beta".utf8)])

        // With ROUTER_MANDATORY an unknown identity is an error, not a silent drop.
        XCTAssertThrowsError(try router.sendMultipart([Array("gamma".utf8), Array("lost".utf8)])) { error in
            XCTAssertEqual((error as? ZMQError)?.errno, EHOSTUNREACH)
        }
    }

    func testPubSubDeliversOnlySubscribedPrefixes() throws {
        let context = try ZMQContext()
        let publisher = try socket(context, .pub)
        let subscriber = try socket(context, .sub)
        try publisher.bind("inproc://weather")
        try subscriber.connect("inproc://weather")
        try subscriber.subscribe("weather.")

        // Subscriptions travel to the publisher asynchronously ("slow joiner"): publish a probe until
        // one arrives, so the subscription is known to be active.
        let deadline = Date().addingTimeInterval(5)
        var joined = false
        while !joined && Date() < deadline {
            try publisher.send("weather.probe")
            joined = try zmqPoll([.socket(subscriber)], timeout: .milliseconds(20))[0].contains(.pollIn)
        }
        XCTAssertTrue(joined, "subscription never became active")

        try publisher.sendMultipart([Array("sports.score".utf8), [1]])
        try publisher.sendMultipart([Array("weather.rain".utf8), [0, 42]])
        try publisher.send("weather.end")
        var received: [[[UInt8]]] = []
        while received.last != [Array("weather.end".utf8)] {
            let message = try subscriber.receiveMultipart()
            if message != [Array("weather.probe".utf8)] { received.append(message) }
        }
        XCTAssertEqual(received, [[Array("weather.rain".utf8), [0, 42]], [Array("weather.end".utf8)]])

        try subscriber.set(.unsubscribe(Array("weather.".utf8)))
    }

    func testPollTimesOutThenReportsReadiness() throws {
        let context = try ZMQContext()
        let quiet = try socket(context, .pull)
        let busy = try socket(context, .pull)
        let pusher = try socket(context, .push)
        try quiet.bind("inproc://quiet")
        try busy.bind("inproc://busy")
        try pusher.connect("inproc://busy")

        let start = ContinuousClock.now
        let idle = try zmqPoll([.socket(quiet), .socket(busy)], timeout: .milliseconds(150))
        let waited = ContinuousClock.now - start
        XCTAssertEqual(idle, [[], []])
        XCTAssertGreaterThanOrEqual(waited, .milliseconds(140))
        XCTAssertLessThan(waited, .seconds(5))

        try pusher.send([0])
        let ready = try zmqPoll([.socket(quiet), .socket(busy)], timeout: .seconds(5))
        XCTAssertEqual(ready, [[], .pollIn])
        XCTAssertEqual(try busy.receive(), [0])
        XCTAssertEqual(try zmqPoll([.socket(busy)], timeout: .zero), [[]])
    }

    func testPollWatchesPlainFileDescriptors() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        XCTAssertEqual(try zmqPoll([.fileDescriptor(fds[0])], timeout: .milliseconds(10)), [[]])
        XCTAssertEqual(write(fds[1], "x", 1), 1)
        XCTAssertEqual(try zmqPoll([.fileDescriptor(fds[0])], timeout: .seconds(5)), [.pollIn])
    }

    func testReceiveTimeoutAndDontWaitThrowEAGAIN() throws {
        let context = try ZMQContext()
        let pull = try socket(context, .pull)
        try pull.set(.receiveTimeout(50))
        XCTAssertEqual(try pull.receiveTimeout, 50)
        try pull.bind("inproc://silent")
        let start = ContinuousClock.now
        do {
            _ = try pull.receive()
            XCTFail("receive should time out")
        } catch {
            XCTAssertEqual(error.errno, EAGAIN)
            XCTAssertTrue(error.isWouldBlock)
            XCTAssertEqual("\(error.function)", "zmq_msg_recv")
            XCTAssertTrue(error.description.hasPrefix("zmq_msg_recv: "), error.description)
        }
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - start, .milliseconds(40))

        try pull.set(.receiveTimeout(-1))
        XCTAssertThrowsError(try pull.receiveMultipart(flags: .dontWait)) { error in
            XCTAssertEqual((error as? ZMQError)?.errno, EAGAIN)
        }
    }

    func testErrorsCarryErrnoAndFunction() throws {
        let context = try ZMQContext()
        let req = try socket(context, .req)
        XCTAssertThrowsError(try req.bind("bogus://nowhere")) { error in
            let error = error as? ZMQError
            XCTAssertEqual(error?.errno, EPROTONOSUPPORT)
            XCTAssertEqual(error.map { "\($0.function)" }, "zmq_bind")
        }
        XCTAssertThrowsError(try req.receive()) { error in  // REQ must send first
            XCTAssertEqual((error as? ZMQError)?.errno, ZMQError.EFSM)
        }
        let pub = try socket(context, .pub)
        XCTAssertThrowsError(try pub.receive()) { error in  // PUB cannot receive
            XCTAssertEqual((error as? ZMQError)?.errno, ENOTSUP)
        }
    }

    func testOptionsReadBack() throws {
        let context = try ZMQContext()
        let router = try socket(context, .router)
        try router.set(.linger(250))
        XCTAssertEqual(try router.linger, 250)
        try router.set(.linger(0))
        try router.set(.sendHighWaterMark(10))
        try router.set(.receiveHighWaterMark(10))
        try router.set(.sendTimeout(100))
        try router.set(.immediate(true))
        try router.bind("tcp://127.0.0.1:*")
        let endpoint = try router.lastEndpoint
        XCTAssertTrue(endpoint.hasPrefix("tcp://127.0.0.1:"), endpoint)
        XCTAssertNotEqual(endpoint, "tcp://127.0.0.1:*")
        XCTAssertGreaterThanOrEqual(try router.fileDescriptor, 0)
        XCTAssertFalse(try router.events.contains(.pollIn))

        let dealer = try socket(context, .dealer)
        try dealer.connect(endpoint)
        try dealer.send("over tcp")
        let message = try router.receiveMultipart()
        XCTAssertEqual(message.last, Array("over tcp".utf8))
        try router.unbind(endpoint)
    }

    func testSocketKeepsContextAliveAndDeinitClosesEverything() throws {
        weak var weakContext: ZMQContext?
        let finished = finishes(within: 20) {
            do {
                let context = try ZMQContext()
                let push = try ZMQSocket(context, type: .push)
                try push.set(.linger(0))
                try push.connect("inproc://nobody-binds-this")  // pending pipe: messages queue up
                try push.send(Array(repeating: 7, count: 1000), flags: .dontWait)
                let pair = try ZMQSocket(context, type: .pair)
                try pair.set(.linger(0))
                try pair.bind("inproc://unused-pair")
                _ = pair
            } catch {
                XCTFail("\(error)")
            }
            // Leaving the scope: sockets close in deinit, then the context terminates despite the
            // unsent message, because linger is 0.
        }
        XCTAssertTrue(finished, "context termination hung")

        var socket: ZMQSocket? = try {
            let context = try ZMQContext()
            weakContext = context
            let socket = try ZMQSocket(context, type: .pair)
            try socket.set(.linger(0))
            return socket
        }()
        XCTAssertNotNil(weakContext, "an open socket keeps its context")
        socket?.close()
        XCTAssertTrue(socket?.isClosed ?? false)
        socket = nil
        XCTAssertNil(weakContext, "the context goes away with its last socket")
    }

    func testBlockyFalseContextDoesNotWaitForUnsentMessages() {
        let finished = finishes(within: 20) {
            do {
                let context = try ZMQContext(blocky: false)
                let push = try ZMQSocket(context, type: .push)
                XCTAssertEqual(try push.linger, 0)
                try push.connect("inproc://nobody-here-either")
                try push.send("queued", flags: .dontWait)
            } catch {
                XCTFail("\(error)")
            }
        }
        XCTAssertTrue(finished, "context termination hung")
    }

    func testShutdownWakesABlockedReceiveWithETERM() throws {
        let context = try ZMQContext()
        let outcome = Shared<Int32?>(nil)
        let ready = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            do {
                let pull = try ZMQSocket(context, type: .pull)
                try pull.set(.linger(0))
                try pull.bind("inproc://blocked")
                ready.signal()
                _ = try pull.receive()  // no timeout: only shutdown ends this
                outcome.value = 0
            } catch let error as ZMQError {
                outcome.value = error.errno
            } catch {
                outcome.value = -1
            }
            finished.signal()
        }.start()
        XCTAssertEqual(ready.wait(timeout: .now() + 10), .success)
        Thread.sleep(forTimeInterval: 0.05)
        context.shutdown()
        XCTAssertEqual(finished.wait(timeout: .now() + 10), .success, "shutdown did not wake the receive")
        XCTAssertEqual(outcome.value, ZMQError.ETERM)
    }

    func testSteerableProxyForwardsAndTerminates() throws {
        let context = try ZMQContext()
        let result = Shared<String>("running")
        let finished = DispatchSemaphore(value: 0)
        Thread {
            do {
                let frontend = try ZMQSocket(context, type: .pull)
                let backend = try ZMQSocket(context, type: .push)
                let control = try ZMQSocket(context, type: .pair)
                for socket in [frontend, backend, control] { try socket.set(.linger(0)) }
                try frontend.bind("inproc://proxy-in")
                try backend.bind("inproc://proxy-out")
                try control.bind("inproc://proxy-control")
                try zmqProxy(frontend: frontend, backend: backend, control: control)
                result.value = "terminated"
            } catch {
                result.value = "\(error)"
            }
            finished.signal()
        }.start()

        let input = try socket(context, .push)
        let output = try socket(context, .pull)
        let control = try socket(context, .pair)
        try input.connect("inproc://proxy-in")  // inproc allows connecting before the bind
        try output.connect("inproc://proxy-out")
        try control.connect("inproc://proxy-control")
        try input.sendMultipart([[0, 1], Array("through the proxy".utf8)])
        XCTAssertEqual(try output.receiveMultipart(), [[0, 1], Array("through the proxy".utf8)])
        try control.send("TERMINATE")
        XCTAssertEqual(finished.wait(timeout: .now() + 10), .success, "proxy did not stop")
        XCTAssertEqual(result.value, "terminated")
    }
}
