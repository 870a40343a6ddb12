import CellEngine
import PyRuntime
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// `swiftray kernel -f CONNECTION_FILE`: a Jupyter kernel (messaging protocol 5.3) over libzmq.
///
/// Threads: the shell thread (this one, with a large stack) owns the interpreter session, the shell and
/// stdin ROUTER sockets; heartbeat, control and iopub each run on their own thread with their own socket.
/// Output reaches iopub through the publisher's queue from any thread, including the core worker's I/O
/// thread that forwards worker output, so all of a request's output is published before its `idle`.
/// The cluster lives with the session: shutdown (and restart, which is a shutdown followed by a new process)
/// closes the session, whose exit hooks stop the cluster.
public enum KernelServer {
    /// Run a kernel until it is shut down; returns the exit status.
    /// - Parameter connectionFile: the file to read; nil starts on free ports and writes a new file (mode 0600)
    ///   in the Jupyter runtime directory, printing its path.
    public static func run(connectionFile: String?) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var info: ConnectionInfo
        var writeTo: String?
        if let connectionFile {
            do throws(ConnectionInfo.Failure) {
                info = try ConnectionInfo.read(path: connectionFile)
            } catch {
                KernelLog.warn(error.description)
                return 2
            }
            if info.ports.values.contains(0) { writeTo = connectionFile }
        } else {
            info = ConnectionInfo.fresh()
            let dir = KernelSpecInstaller.runtimeDirectory()
            _ = FileIO.makeDirectories(dir)
            writeTo = dir + "/kernel-\(getpid()).json"
        }
        return LargeStackThread.run { serve(info, writeTo: writeTo) }
    }

    static func serve(_ initial: ConnectionInfo, writeTo: String?) -> Int32 {
        var info = initial
        let context: ZMQContext
        let shell: ZMQSocket, stdin: ZMQSocket, wake: ZMQSocket
        let codec = WireCodec(key: info.key)
        let factory = MessageFactory()
        let publisher = IOPubPublisher(codec: codec, factory: factory)
        let state = KernelState()
        let wakeEndpoint = "inproc://swiftray-kernel-wake"
        let threads = ThreadGroup()
        do throws(ZMQError) {
            context = try ZMQContext()
            // Shell first: clients send kernel_info_request there as soon as the process starts, and a
            // connection refused costs them libzmq's 100 ms reconnect interval.
            shell = try ZMQSocket(context, type: .router)
            try shell.set(.linger(1000))
            try shell.bind(info.endpoint(.shell))
            info.ports[.shell] = port(of: try shell.lastEndpoint)
            info.ports[.iopub] = port(of: try publisher.start(context: context, endpoint: info.endpoint(.iopub), group: threads))
            info.ports[.hb] = port(of: try Heartbeat.start(context: context, endpoint: info.endpoint(.hb), group: threads))
            stdin = try ZMQSocket(context, type: .router)
            try stdin.set(.linger(0))
            try stdin.bind(info.endpoint(.stdin))
            info.ports[.stdin] = port(of: try stdin.lastEndpoint)
            wake = try ZMQSocket(context, type: .pair)
            try wake.bind(wakeEndpoint)
            let control = ControlChannel(
                codec: codec, factory: factory, publisher: publisher, state: state, wakeEndpoint: wakeEndpoint)
            info.ports[.control] = port(of: try control.start(context: context, endpoint: info.endpoint(.control), group: threads))
        } catch {
            KernelLog.warn("cannot bind the kernel's sockets: \(error)")
            return 1
        }
        if let writeTo {
            do throws(ConnectionInfo.Failure) {
                try info.write(to: writeTo)
                let line = Array("To connect a client: --existing \(writeTo)\n".utf8)
                _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            } catch {
                KernelLog.warn(error.description)
                return 1
            }
        }
        // The interpreter starts after the sockets are bound: a client's first connection attempt then
        // succeeds instead of waiting for libzmq's reconnect interval (100 ms).
        let session = Session(settings: SessionSettings())
        state.attach(session.interp.interrupt)
        let channel = ShellChannel(
            session: session, shell: shell, stdin: stdin, wake: wake, codec: codec, factory: factory,
            publisher: publisher, state: state)
        channel.run()
        session.close()
        publisher.stop()
        shell.close()
        stdin.close()
        wake.close()
        state.markFinished()
        // Iopub and control close their sockets (control after its shutdown_reply); then the heartbeat is
        // stopped. Once every thread has let go of its socket, this thread holds the last reference to the
        // context, and releasing it waits for unsent messages (linger) before the process exits.
        threads.wait(untilAtMost: 1, timeout: 2)
        context.shutdown()
        threads.wait(timeout: 1)
        return 0
    }

    /// The port of a bound endpoint: `tcp://host:port`, or `ipc://path-port` (the configured number).
    static func port(of endpoint: String) -> Int {
        guard let separator = endpoint.lastIndex(where: { $0 == ":" || $0 == "-" }) else { return 0 }
        return Int(endpoint[endpoint.index(after: separator)...]) ?? 0
    }
}
