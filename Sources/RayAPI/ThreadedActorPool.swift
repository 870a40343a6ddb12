import ClusterModel
import ClusterRuntime
import PyLibrary
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// A threaded actor's worker: a synchronous class with `max_concurrency` > 1 runs that many calls at once, on
/// that many threads. Each thread has its own interpreter (its own frames and exception state) over the one
/// actor instance; an `InterpreterLock` lets one thread run Python at a time and is released while a call
/// blocks (`time.sleep`, `ray.get`), so calls overlap where CPython's threads would.
final class ThreadedActorPool {
    let executor: TaskExecutor
    let lock = InterpreterLock()

    init(executor: TaskExecutor) {
        self.executor = executor
    }

    func run() {
        let main = executor
        main.interp.sharedLock = lock
        lock.acquire()
        var threads: [pthread_t] = []
        for _ in 1..<main.maxConcurrency {
            let box = Unmanaged.passRetained(self)
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            pthread_attr_setstacksize(&attributes, 64 << 20)
            var thread = pthread_t()
            let rc = pthread_create(
                &thread, &attributes,
                { raw in
                    let pool = Unmanaged<ThreadedActorPool>.fromOpaque(raw!).takeRetainedValue()
                    pool.lock.acquire()
                    let executor = pool.makeExecutor()
                    pool.serve(executor)
                    pool.lock.release()
                    return nil
                }, box.toOpaque())
            pthread_attr_destroy(&attributes)
            if rc == 0 { threads.append(thread) } else { box.release() }
        }
        serve(main)
        lock.release()
        for t in threads { pthread_join(t, nil) }
    }

    /// An interpreter for one more thread, sharing the actor instance and the core worker.
    func makeExecutor() -> TaskExecutor {
        let main = executor
        let interp = Interpreter()
        interp.sharedLock = lock
        let out = ForwardingSink(worker: main.worker, isStderr: false)
        let err = ForwardingSink(worker: main.worker, isStderr: true)
        out.taskName = main.actorClassName ?? ""
        err.taskName = out.taskName
        interp.stdout = out
        interp.stderr = err
        _ = interp.makeMainModule(file: nil)
        let runtime = RayRuntime.of(interp)
        runtime.isDriver = false
        runtime.worker = main.worker
        let executor = TaskExecutor(interp: interp, runtime: runtime, worker: main.worker)
        executor.actorInstance = main.actorInstance
        executor.actorClassName = main.actorClassName
        executor.maxConcurrency = main.maxConcurrency
        return executor
    }

    /// Take calls until the worker stops: wait for one without the lock, run it with the lock.
    func serve(_ executor: TaskExecutor) {
        while true {
            lock.release()
            let spec = executor.worker.nextTask()
            lock.acquire()
            guard let spec else { return }
            executor.execute(spec)
        }
    }
}
