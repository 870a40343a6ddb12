import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// The heartbeat channel: a REP socket on its own thread that echoes every message unchanged, at once, even
/// while a cell runs (clients not owned by a kernel manager decide the kernel died without it).
enum Heartbeat {
    /// Bind and start echoing; returns the bound endpoint.
    static func start(context: ZMQContext, endpoint: String, group: ThreadGroup) throws(ZMQError) -> String {
        let bound = Handoff<Result<String, ZMQError>>()
        group.enter()
        KernelThread.start(stackSize: 256 << 10) {
            defer { group.leave() }
            let socket: ZMQSocket
            do throws(ZMQError) {
                socket = try ZMQSocket(context, type: .rep)
                try socket.set(.linger(0))
                try socket.bind(endpoint)
                bound.put(.success(try socket.lastEndpoint))
            } catch {
                bound.put(.failure(error))
                return
            }
            while true {
                do throws(ZMQError) {
                    let frames = try socket.receiveMultipart()
                    try socket.sendMultipart(frames)
                } catch {
                    if error.isTerminated { break }
                    usleep(1000)  // a failed echo (the peer went away): keep serving, without spinning
                }
            }
            socket.close()
        }
        return try bound.take().get()
    }
}
