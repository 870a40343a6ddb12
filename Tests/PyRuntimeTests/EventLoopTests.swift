import Foundation
import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// The Swift API of `EventLoop` (what the actor runtime builds on) and interruption of blocking library calls.
final class EventLoopTests: XCTestCase {
    private func makeInterpreter(_ source: String) throws -> (Interpreter, PyDict, CapturingSink) {
        Library.registerAll()
        let out = CapturingSink()
        let interp = Interpreter(stdout: out, stderr: out)
        let namespace = interp.makeMainModule().namespace
        do throws(PyError) {
            try interp.run(try interp.compile(source, filename: "<test>", mode: .exec), globals: namespace)
        } catch {
            XCTFail("setup failed: \(TracebackPrinter.render(error.exception, interp))")
        }
        return (interp, namespace, out)
    }

    func testTasksCreatedFromSwiftRunToCompletion() throws {
        let (interp, ns, out) = try makeInterpreter(
            """
            import asyncio
            async def double(x):
                await asyncio.sleep(0.01)
                print('doubling', x)
                return x * 2
            """)
        let loop = EventLoop(interpreter: interp)
        do throws(PyError) {
            let first = try loop.createTask(try interp.call(ns.getItem("double")!, [.int(21)]))
            let second = try loop.createTask(try interp.call(ns.getItem("double")!, [.int(5)]), name: .str("second"))
            let result = try loop.runUntilComplete(first)
            XCTAssertEqual(try interp.repr(result), "42")
            XCTAssertEqual(try interp.repr(try loop.runUntilComplete(second)), "10")
        } catch {
            XCTFail(TracebackPrinter.render(error.exception, interp))
        }
        XCTAssertEqual(out.text, "doubling 21\ndoubling 5\n")
        XCTAssertFalse(loop.isRunning)
    }

    func testCallbacksPostedFromAnotherThreadWakeTheLoop() throws {
        let (interp, _, _) = try makeInterpreter("")
        let loop = EventLoop(interpreter: interp)
        final class Flag: @unchecked Sendable { var done = false }
        let flag = Flag()
        nonisolated(unsafe) let unsafeLoop = loop
        let start = Date()
        Thread.detachNewThread {
            usleep(100_000)
            unsafeLoop.callSoonThreadSafe { () throws(PyError) in flag.done = true }
        }
        do throws(PyError) {
            try loop.runForever(until: { flag.done })
        } catch {
            XCTFail(TracebackPrinter.render(error.exception, interp))
        }
        XCTAssertTrue(flag.done)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.0)
    }

    func testInterruptStopsTimeSleepAndTheLoop() throws {
        for program in ["import time\ntime.sleep(30)\n", "import asyncio\nasyncio.run(asyncio.sleep(30))\n"] {
            let (interp, ns, _) = try makeInterpreter("")
            let flag = interp.interrupt
            Thread.detachNewThread {
                usleep(150_000)
                flag.request()
            }
            let start = Date()
            var raised: String?
            do throws(PyError) {
                try interp.run(try interp.compile(program, filename: "<test>", mode: .exec), globals: ns)
            } catch {
                raised = error.exception.type.name
            }
            XCTAssertEqual(raised, "KeyboardInterrupt", program)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5.0, program)
        }
    }
}
