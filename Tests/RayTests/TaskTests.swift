import Foundation
import XCTest

/// Remote tasks as users see them: results, errors, retries, cancellation, nested tasks, references,
/// forwarded output and the state API. Each test is one short driver program.
final class TaskTests: XCTestCase {
    func run(_ source: String, timeout: Double = 60) throws -> ScriptHarness.Outcome {
        try ScriptHarness.run(source: source, timeout: timeout)
    }

    /// Stdout without the runtime's `(raylet)` notices (retries), which tests check separately. A notice about
    /// a user exception continues with the remote traceback, up to the exception's own line.
    func userLines(_ r: ScriptHarness.Outcome) -> String {
        var kept: [Substring] = []
        var inTraceback = false
        for line in r.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if inTraceback {
                if !line.hasPrefix(" ") && !line.hasPrefix("ray::") { inTraceback = false }
                continue
            }
            if line.hasPrefix("(raylet) ") {
                inTraceback = line.hasSuffix("User exception:")
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    func testResultsArgumentsAndIdsAreDeterministic() throws {
        let r = try run(
            """
            import ray
            @ray.remote
            def add(a, b=10, *, c=100):
                return a + b + c
            ref = add.remote(1)
            print(ref)
            print(ray.get([ref, add.remote(1, 2, c=3), add.remote(add.remote(5))]))
            print(ray.get(ray.put({"k": [1, 2]})), ray.put(1))
            print(ref.task_id(), ref.hex() == ref.hex(), ref == ref, len({ref: 1, ref: 2}))
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            r.stdout,
            """
            ObjectRef(c8ef45ccd0112571ffffffffffffffffffffffff0100000001000000)
            [111, 6, 225]
            {'k': [1, 2]} ObjectRef(00ffffffffffffffffffffffffffffffffffffff0100000002e1f505)
            TaskID(c8ef45ccd0112571ffffffffffffffffffffffff01000000) True True 1

            """)
        XCTAssertTrue(r.stderr.contains("\tINFO worker.py:"), r.stderr)
        XCTAssertTrue(r.stderr.contains(" -- Started a local SwiftRay instance."), r.stderr)
    }

    func testExceptionsWrapTheCauseAndPropagateToDependents() throws {
        let r = try run(
            """
            import ray
            class MyError(Exception):
                pass
            @ray.remote
            def bad(x):
                raise MyError(f"bad {x}")
            @ray.remote
            def ident(x):
                return x
            try:
                ray.get(bad.remote(1))
            except MyError as e:
                print(type(e).__name__, isinstance(e, ray.exceptions.RayTaskError), repr(e.cause))
                print(str(e).splitlines()[0].split(" (pid=")[0], str(e).splitlines()[-1])
            try:
                ray.get([ident.remote(1), ident.remote(bad.remote(2))])
            except ray.exceptions.RayTaskError as e:
                print("dependent:", str(e).splitlines()[-1])
            ray.get(bad.remote(3))
            """)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(
            r.stdout,
            """
            RayTaskError(MyError) True MyError('bad 1')
            ray::bad() MyError: bad 1
            dependent: MyError: bad 2

            """)
        XCTAssertTrue(r.stderr.contains("ray.exceptions.RayTaskError(MyError): ray::bad() (pid="), r.stderr)
        XCTAssertTrue(r.stderr.contains("    raise MyError(f\"bad {x}\")\nMyError: bad 3"), r.stderr)
    }

    func testCrashedWorkersAreReplacedAndTasksRetried() throws {
        let dir = try ScriptHarness.scratchDirectory("retry")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(
            """
            import ray, os
            path = \(String(reflecting: dir.path))
            @ray.remote(max_retries=2)
            def crash_twice():
                n = len(os.listdir(path))
                open(os.path.join(path, str(n)), "w").close()
                if n < 2:
                    os._exit(1)
                return n
            print("attempts", ray.get(crash_twice.remote()) + 1)
            @ray.remote(max_retries=0)
            def crash():
                os._exit(1)
            try:
                ray.get(crash.remote())
            except ray.exceptions.WorkerCrashedError as e:
                print(type(e).__name__)
            @ray.remote
            def fine():
                return "still working"
            print(ray.get([fine.remote() for _ in range(4)]))
            from ray.util.state import list_workers
            print(sum(1 for w in list_workers() if w.worker_type == "WORKER" and not w.is_alive))
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            userLines(r),
            "attempts 3\nWorkerCrashedError\n['still working', 'still working', 'still working', 'still working']\n3\n")
        XCTAssertTrue(r.stdout.contains("(raylet) Task crash_twice failed. There are 2 retries remaining"), r.stdout)
        XCTAssertTrue(r.stdout.contains("(raylet) Task crash_twice failed. There are 1 retries remaining"), r.stdout)
    }

    func testRetryExceptionsCancelTimeoutAndWait() throws {
        let dir = try ScriptHarness.scratchDirectory("cancel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(
            """
            import ray, os, time
            path = \(String(reflecting: dir.path))
            @ray.remote(max_retries=3, retry_exceptions=True)
            def flaky():
                n = len(os.listdir(path))
                open(os.path.join(path, str(n)), "w").close()
                if n < 2:
                    raise ValueError("flaky")
                return n
            print("value", ray.get(flaky.remote()))
            @ray.remote
            def slow():
                time.sleep(30)
            r = slow.remote()
            try:
                ray.get(r, timeout=0.1)
            except ray.exceptions.GetTimeoutError as e:
                print(type(e).__name__, isinstance(e, TimeoutError), e)
            ray.cancel(r)
            try:
                ray.get(r)
            except ray.exceptions.TaskCancelledError as e:
                print(type(e).__name__, str(e).splitlines()[-1].startswith("ray.exceptions.TaskCancelledError: Task: TaskID("))
            pending = [slow.remote() for _ in range(3)]
            ray.cancel(pending[2])
            try:
                ray.get(pending[2])
            except ray.exceptions.TaskCancelledError as e:
                print(type(e).__name__, repr(str(e)))
            for r in pending[:2]:
                ray.cancel(r, force=True)
            @ray.remote
            def quick(x):
                return x
            refs = [slow.remote(), quick.remote(1), quick.remote(2)]
            ready, not_ready = ray.wait(refs, num_returns=2, timeout=5)
            print(ready == refs[1:], not_ready == refs[:1])
            ready, not_ready = ray.wait(refs, num_returns=3, timeout=0.2)
            print(len(ready), len(not_ready))
            for r in refs[:1]:
                ray.cancel(r, force=True)
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            userLines(r),
            """
            value 2
            GetTimeoutError True Get timed out: some object(s) not ready.
            RayTaskError(TaskCancelledError) True
            TaskCancelledError ''
            True True
            2 1

            """)
        XCTAssertLessThan(r.seconds, 15, "cancelled tasks must not hold up the end of the run")
        XCTAssertTrue(r.stdout.contains("(raylet) Task flaky failed. There are 3 retries remaining"), r.stdout)
    }

    func testNestedTasksAndRefsInsideValues() throws {
        let r = try run(
            """
            import ray
            @ray.remote
            def leaf(x):
                return x * 10
            @ray.remote
            def parent(n):
                return sum(ray.get([leaf.remote(i) for i in range(n)]))
            print(ray.get(parent.remote(4)))
            @ray.remote
            def make_refs():
                return [ray.put("inner"), leaf.remote(7)]
            inner = ray.get(make_refs.remote())
            print(ray.get(inner))
            @ray.remote
            def takes_list(refs):
                return [type(refs[0]).__name__, ray.get(refs[0])]
            print(ray.get(takes_list.remote([ray.put(5)])))
            print(ray.get([parent.remote(2) for _ in range(6)]))
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "60\n['inner', 70]\n['ObjectRef', 5]\n[10, 10, 10, 10, 10, 10]\n")
    }

    func testLargeObjectsLiveInSharedMemoryUntilTheLastRefGoes() throws {
        let r = try run(
            """
            import ray, os
            import time
            def shm(expected=None):
                # The head deletes objects after the owner's last reference goes, asynchronously as in Ray.
                for _ in range(200):
                    names = sorted(n for n in os.listdir("/dev/shm") if n.startswith("swiftray_") and f"_{os.getpid()}_" in n)
                    if expected is None or len(names) == expected:
                        break
                    time.sleep(0.01)
                return names
            @ray.remote
            def big(n):
                return b"y" * n
            ref = big.remote(500000)
            data = ray.get(ref)
            print(len(data), len(shm()))
            put = ray.put(b"z" * 200000)
            print(len(shm()))
            copy = ray.get(big.remote(10))
            del ref
            print(len(shm(1)))
            @ray.remote
            def size(data, extra=b""):
                return len(data) + len(extra)
            print(ray.get([size.remote(put), size.remote(b"v" * 300000, extra=put)]))
            del put
            print(len(shm(0)))
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "500000 1\n2\n1\n[200000, 500000]\n0\n")
    }

    func testWorkerOutputIsForwardedWithThePrefixAndFireAndForgetFinishes() throws {
        let r = try run(
            """
            import ray
            @ray.remote
            def echo(message):
                print(f"[echo task] {message}", flush=True)
            ray.get(echo.remote("with get"))
            print("between")
            echo.options(name="renamed").remote("fire-and-forget")
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, r.stdout)
        XCTAssertTrue(lines[0].hasPrefix("(echo pid=") && lines[0].hasSuffix(") [echo task] with get"), lines[0])
        XCTAssertEqual(lines[1], "between")
        XCTAssertTrue(lines[2].hasPrefix("(renamed pid=") && lines[2].hasSuffix(") [echo task] fire-and-forget"), lines[2])
    }

    func testMisuseRaisesRaysErrors() throws {
        let r = try run(
            """
            import ray
            @ray.remote
            def f(x):
                return x
            def show(thunk):
                try:
                    thunk()
                except Exception as e:
                    print(type(e).__name__ + ":", str(e)[:60])
            show(lambda: f(1))
            show(lambda: f.options(bogus=1))
            show(lambda: f.remote())
            show(lambda: ray.get(1))
            show(lambda: ray.get([1]))
            show(lambda: ray.put(f.remote(1)))
            show(lambda: ray.wait([f.remote(1)], num_returns=2))
            show(lambda: f.remote(iter([1])))
            show(lambda: ray.init())
            print(ray.is_initialized(), ray.init(ignore_reinit_error=True) is not None)
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            r.stdout,
            """
            TypeError: Remote functions cannot be called directly. Instead of runni
            ValueError: Invalid option keyword bogus for remote functions. Valid one
            TypeError: missing a required argument: 'x'
            ValueError: Invalid type of object refs, <class 'int'>, is given. 'objec
            TypeError: Attempting to call `get` on the value 1, which is not an ray
            TypeError: Calling 'put' on an ray.ObjectRef is not allowed. If you rea
            ValueError: num_returns cannot be greater than the number of ray_waitabl
            TypeError: Could not serialize the argument <list_iterator object at 0x
            RuntimeError: Maybe you called ray.init twice by accident? This error can 
            True True

            """)
    }

    func testStateApiAndRuntimeContext() throws {
        let r = try run(
            """
            import ray, time
            from ray.util.state import list_tasks, list_nodes
            ray.init(num_cpus=2)
            @ray.remote
            def ctx():
                c = ray.get_runtime_context()
                return c.get_job_id(), len(c.get_task_id()), len(c.get_worker_id()), len(c.get_node_id())
            print(ray.get(ctx.options(name="ctx-task").remote()))
            c = ray.get_runtime_context()
            print(c.get_job_id(), c.get_task_id(), len(c.get_worker_id()), len(c.get_node_id()))
            print(list(ray.cluster_resources()), ray.cluster_resources()["CPU"])
            @ray.remote
            def sleepy():
                time.sleep(2)
            ref = sleepy.remote()
            time.sleep(1.2)
            t = next(t for t in list_tasks() if t.name == "sleepy")
            print(t.state, t.type, t.func_or_class_name, t.job_id, len(t.worker_id), ray.available_resources()["CPU"])
            time.sleep(0.1)
            print(len(list_tasks(filters=[("name", "=", "ctx-task")])), len(list_nodes()))
            ray.get(ref)
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            r.stdout,
            """
            ('01000000', 48, 56, 56)
            01000000 None 56 56
            ['CPU', 'memory', 'object_store_memory', 'node:__internal_head__', 'node:127.0.0.1'] 2.0
            RUNNING NORMAL_TASK sleepy 01000000 56 1.0
            1 1

            """)
    }
}
