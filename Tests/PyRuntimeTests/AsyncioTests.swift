import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// Library modules (asyncio programs): each test runs a program and compares what it prints with the
/// output CPython 3.11 printed for the same program (captured with `python3` and pasted here).
final class AsyncioTests: XCTestCase {
    func testRunGatherTasksAndTimeouts() throws {
        let source = #"""
        import asyncio
        async def work(name, delay, result):
            print('start', name)
            await asyncio.sleep(delay)
            print('end', name)
            return result
        async def main():
            print(await asyncio.gather(work('a', 0.03, 1), work('b', 0.01, 2), work('c', 0.02, 3)))
            t = asyncio.create_task(work('t', 0.01, 'tv'))
            print(t.done(), await t, t.done(), t.result())
            try:
                await asyncio.wait_for(work('slow', 1, 0), timeout=0.02)
            except asyncio.TimeoutError:
                print('timeout', asyncio.TimeoutError is TimeoutError)
            async def boom():
                await asyncio.sleep(0.001)
                raise ValueError('bad')
            print(await asyncio.gather(boom(), work('ok', 0.001, 5), return_exceptions=True))
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('timeout block')
            t = asyncio.create_task(asyncio.sleep(10))
            await asyncio.sleep(0)
            t.cancel()
            try:
                await t
            except asyncio.CancelledError:
                print('cancelled', t.cancelled())
            print(await asyncio.sleep(0, result='r'), asyncio.iscoroutinefunction(work))
            return 'done'
        print(asyncio.run(main()))
        async def fails():
            raise KeyError('k')
        try:
            asyncio.run(fails())
        except KeyError as e:
            print('run raised', repr(e))

        """#
        // Output of CPython 3.11.7 for the same source.
        let expected = #"""
        start a
        start b
        start c
        end b
        end c
        end a
        [1, 2, 3]
        start t
        end t
        False tv True tv
        start slow
        timeout True
        start ok
        end ok
        [ValueError('bad'), 5]
        timeout block
        cancelled True
        r True
        done
        run raised KeyError('k')

        """#
        XCTAssertEqual(try runLibraryProgram(source), expected)
    }

    func testInterleavingAndSynchronization() throws {
        let source = #"""
        import asyncio
        async def main():
            async def a():
                for i in range(3):
                    print('a', i); await asyncio.sleep(0)
            async def b():
                for i in range(3):
                    print('b', i); await asyncio.sleep(0)
            await asyncio.gather(a(), b())
            lock = asyncio.Lock()
            async def critical(n):
                async with lock:
                    print('have', n); await asyncio.sleep(0); print('release', n)
            await asyncio.gather(critical(1), critical(2))
            ev = asyncio.Event()
            async def waiter(n):
                print('wait', n); await ev.wait(); print('go', n)
            tasks = [asyncio.create_task(waiter(i)) for i in range(2)]
            await asyncio.sleep(0); ev.set(); await asyncio.gather(*tasks)
            q = asyncio.Queue(maxsize=1)
            async def producer():
                for i in range(3):
                    await q.put(i); print('put', i)
                await q.put(None)
            async def consumer():
                while (item := await q.get()) is not None:
                    print('got', item)
            await asyncio.gather(producer(), consumer())
            sem = asyncio.Semaphore(2)
            async def job(i):
                async with sem:
                    print('job', i); await asyncio.sleep(0.001)
            await asyncio.gather(*(job(i) for i in range(3)))
            pq = asyncio.PriorityQueue()
            for x in [5, 1, 4]:
                pq.put_nowait(x)
            print([pq.get_nowait() for _ in range(3)])
        asyncio.run(main())

        """#
        // Output of CPython 3.11.7 for the same source.
        let expected = #"""
        a 0
        b 0
        a 1
        b 1
        a 2
        b 2
        have 1
        release 1
        have 2
        release 2
        wait 0
        wait 1
        go 0
        go 1
        put 0
        got 0
        put 1
        got 1
        put 2
        got 2
        job 0
        job 1
        job 2
        [1, 4, 5]

        """#
        XCTAssertEqual(try runLibraryProgram(source), expected)
    }
}
