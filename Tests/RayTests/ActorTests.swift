import Foundation
import XCTest

/// Actors as users see them: creation, calls in order, async interleaving, names, lifetime, failures.
final class ActorTests: XCTestCase {
    func run(_ source: String, timeout: Double = 60) throws -> ScriptHarness.Outcome {
        try ScriptHarness.run(source: source, timeout: timeout)
    }

    func testCallsRunInSubmissionOrderOneAtATime() throws {
        let r = try run(
            """
            import ray, time
            @ray.remote
            class Log:
                def __init__(self):
                    self.items = []
                def add(self, x):
                    time.sleep(0.01 if x % 2 else 0)
                    self.items.append(x)
                    return len(self.items)
                def items_(self):
                    return self.items
            log = Log.remote()
            refs = [log.add.remote(i) for i in range(20)]
            print(ray.get(refs) == list(range(1, 21)), ray.get(log.items_.remote()) == list(range(20)))
            print(log)
            try:
                Log()
            except TypeError as e:
                print(e)
            try:
                log.add(1)
            except TypeError as e:
                print(e)
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "True True")
        XCTAssertTrue(lines[1].hasPrefix("Actor(Log, ") && lines[1].count == "Actor(Log, )".count + 32, lines[1])
        XCTAssertEqual(lines[2], "Actors cannot be instantiated directly. Instead of 'Log()', use 'Log.remote()'.")
        XCTAssertEqual(
            lines[3],
            "Actor methods cannot be called directly. Instead of running 'object.add()', try 'object.add.remote()'.")
    }

    func testAsyncActorInterleavesAtAwait() throws {
        let r = try run(
            """
            import ray, time, asyncio
            @ray.remote
            class Service:
                def __init__(self):
                    self.running = 0
                    self.peak = 0
                async def nap(self, s):
                    self.running += 1
                    self.peak = max(self.peak, self.running)
                    await asyncio.sleep(s)
                    self.running -= 1
                    return 1
                async def peak_(self):
                    return self.peak
                async def gather(self):
                    return await asyncio.gather(asyncio.sleep(0.05, result="a"), asyncio.sleep(0.05, result="b"))
                async def awaits(self, refs):
                    return await refs[0] + 1
            s = Service.remote()
            ray.get(s.peak_.remote())
            t = time.time()
            print(sum(ray.get([s.nap.remote(0.5) for _ in range(20)])), time.time() - t < 0.9)
            print(ray.get(s.peak_.remote()), ray.get(s.gather.remote()))
            @ray.remote
            def forty_one():
                return 41
            print(ray.get(s.awaits.remote([forty_one.remote()])))
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "20 True\n20 ['a', 'b']\n42\n")
    }

    func testThreadedActorRunsCallsAtOnceAndStaysCorrect() throws {
        let r = try run(
            """
            import ray, time
            @ray.remote(max_concurrency=4)
            class Threaded:
                def __init__(self):
                    self.count = 0
                    self.active = 0
                    self.peak = 0
                def work(self, s):
                    self.active += 1
                    self.peak = max(self.peak, self.active)
                    time.sleep(s)
                    for _ in range(1000):
                        self.count += 1
                    self.active -= 1
                    return self.count
                def stats(self):
                    return self.count, self.peak
            t = Threaded.remote()
            ray.get(t.stats.remote())
            start = time.time()
            ray.get([t.work.remote(0.4) for _ in range(8)])
            print(time.time() - start < 1.2, ray.get(t.stats.remote()))
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "True (8000, 4)\n", "8 calls of 0.4 s, 4 at a time: about 0.8 s; no lost update")
    }

    func testNamedActorsHandlesAsValuesAndLifetime() throws {
        let r = try run(
            """
            import ray, time
            from ray.util.state import list_actors
            @ray.remote
            class Counter:
                def __init__(self):
                    self.n = 0
                def inc(self):
                    self.n += 1
                    return self.n
            c = Counter.options(name="counter", namespace="ns").remote()
            ray.get(c.inc.remote())
            same = ray.get_actor("counter", namespace="ns")
            print(ray.get(same.inc.remote()))
            again = Counter.options(name="counter", namespace="ns", get_if_exists=True).remote()
            print(ray.get(again.inc.remote()))
            try:
                Counter.options(name="counter", namespace="ns").remote()
            except ValueError as e:
                print("ValueError", str(e).startswith("The name counter (namespace=ns) is already taken."))
            try:
                ray.get_actor("missing")
            except ValueError as e:
                print("ValueError", str(e).startswith("Failed to look up actor with name 'missing'."))
            @ray.remote
            def bump(handles):
                return ray.get(handles[0].inc.remote())
            print(ray.get(bump.remote([c])))
            anonymous = Counter.remote()
            ray.get(anonymous.inc.remote())
            del anonymous
            time.sleep(0.3)
            print(sorted((a.name, a.state) for a in list_actors()))
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            r.stdout,
            "2\n3\nValueError True\nValueError True\n4\n[('', 'DEAD'), ('counter', 'ALIVE')]\n")
    }

    func testFailuresKillAndRestart() throws {
        let r = try run(
            """
            import ray, os, signal, time
            class Oops(Exception):
                pass
            @ray.remote
            class Worker:
                def fail(self):
                    raise Oops("method")
                def ok(self):
                    return "ok"
                def pid(self):
                    return os.getpid()
            w = Worker.remote()
            try:
                ray.get(w.fail.remote())
            except Oops as e:
                print(type(e).__name__, str(e).splitlines()[-1])
            print(ray.get(w.ok.remote()))
            ray.kill(w)
            try:
                ray.get(w.ok.remote())
            except ray.exceptions.ActorDiedError as e:
                print("killed:", isinstance(e, ray.exceptions.RayActorError))
            @ray.remote
            class Broken:
                def __init__(self):
                    raise Oops("constructor")
                def m(self):
                    return 1
            b = Broken.remote()
            try:
                ray.get(b.m.remote())
            except ray.exceptions.ActorDiedError as e:
                print("constructor:", "Oops: constructor" in str(e))
            @ray.remote
            class Slow:
                def __init__(self):
                    time.sleep(5)
                def m(self):
                    return 1
            slow = Slow.remote()
            pending = slow.m.remote()
            time.sleep(0.2)
            ray.kill(slow)
            try:
                ray.get(pending)
            except ray.exceptions.ActorDiedError as e:
                print("killed while created:", "killed by ray.kill" in str(e))
            forever = Worker.options(max_task_retries=-1).remote()
            ray.get(forever.ok.remote())
            ray.kill(forever)
            try:
                ray.get(forever.ok.remote(), timeout=10)
            except ray.exceptions.ActorDiedError:
                print("dead for good: not retried")
            r = Worker.options(max_restarts=1, max_task_retries=1).remote()
            first = ray.get(r.pid.remote())
            os.kill(first, signal.SIGKILL)
            second = ray.get(r.pid.remote())
            print("restarted:", second != first)
            os.kill(second, signal.SIGKILL)
            try:
                ray.get(r.pid.remote())
            except ray.exceptions.ActorDiedError:
                print("out of restarts")
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        // A call that reached the actor as it was killed is retried, and the runtime says so as Ray does.
        let lines = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("(raylet) ") }
        XCTAssertEqual(
            lines, [
                "RayTaskError(Oops) Oops: method", "ok", "killed: True", "constructor: True",
                "killed while created: True", "dead for good: not retried", "restarted: True", "out of restarts",
            ])
        XCTAssertTrue(r.stdout.contains("(raylet) Task Worker.pid failed. There are 1 retries remaining"), r.stdout)
    }
}
