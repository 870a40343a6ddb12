import CellEngine
import Notebook
import ZeroMQ

/// `execute_request`: `busy → execute_input → stream/display_data/execute_result/error… → execute_reply →
/// idle`, one execution counter shared by all of them, `silent`, `store_history`, `user_expressions`,
/// `allow_stdin` (input() asks the client over stdin) and `stop_on_error` (queued cells are aborted).
extension ShellChannel {
    func execute(_ request: KernelMessage) {
        let c = request.content
        let code = c.string("code") ?? ""
        let silent = c.bool("silent", default: false)
        let storeHistory = c.bool("store_history", default: !silent) && !silent
        let allowStdin = c.bool("allow_stdin", default: true)
        let stopOnError = c.bool("stop_on_error", default: true)
        let parent = request.header
        let blank = code.allSatisfy(\.isWhitespace)
        let counts = storeHistory && !blank
        // The number this cell shows: the next count when it is recorded, else the last one.
        let shownCount = counts ? session.executionCount : max(0, session.executionCount - 1)
        if !silent {
            publish("execute_input", JSONObject([("code", .string(code)), ("execution_count", .int(shownCount))]), parent: parent)
        }
        var status = "ok"
        var failure: CellError?
        var payload: [JSONValue] = []
        if !blank {
            session.inputProvider = { [unowned self] prompt, password in
                allowStdin ? readInput(prompt: prompt, password: password, for: request) : .notAllowed
            }
            let publisher = self.publisher
            let factory = self.factory
            state.beginExecution()
            let result = session.execute(code, options: ExecuteOptions(storeHistory: storeHistory, silent: silent)) {
                output in Self.publish(output, parent: parent, publisher: publisher, factory: factory)
            }
            state.endExecution()
            session.inputProvider = nil
            if let page = result.page {
                payload.append(.object(JSONObject([
                    ("source", .string("page")), ("data", .object(JSONObject([("text/plain", .string(page))]))),
                    ("start", .int(0)),
                ])))
            }
            if result.status == .error {
                status = "error"
                failure = result.error
            }
        }
        var content = JSONObject([("status", .string(status)), ("execution_count", .int(shownCount))])
        if let failure {
            content["ename"] = .string(failure.ename)
            content["evalue"] = .string(failure.evalue)
            content["traceback"] = .array(failure.traceback.map { .string($0) })
            content["user_expressions"] = .object(JSONObject())
        } else {
            content["user_expressions"] = .object(userExpressions(c["user_expressions"]?.objectValue ?? JSONObject()))
        }
        content["payload"] = .array(payload)
        reply(request, "execute_reply", content)
        if failure != nil && stopOnError { abortAfterRequest = true }
    }

    /// One engine output as its iopub message (called on the interpreter thread, or on the core worker's I/O
    /// thread for output forwarded from workers).
    static func publish(_ output: CellOutput, parent: JSONObject, publisher: IOPubPublisher, factory: MessageFactory) {
        func send(_ type: String, _ content: [(String, JSONValue)]) {
            publisher.publish(factory.broadcast(type, JSONObject(content), parent: parent))
        }
        func transient(_ id: String?) -> JSONValue {
            .object(id.map { JSONObject([("display_id", .string($0))]) } ?? JSONObject())
        }
        switch output {
        case .stream(let name, let text):
            publisher.stream(name.rawValue, text, parent: parent)
        case .result(let n, let text):
            send("execute_result", [
                ("data", .object(JSONObject([("text/plain", .string(text))]))), ("metadata", .object(JSONObject())),
                ("execution_count", .int(n)),
            ])
        case .richResult(let n, let bundle):
            send("execute_result", [
                ("data", .object(bundle.data)), ("metadata", .object(bundle.metadata)), ("execution_count", .int(n)),
            ])
        case .display(.show(let bundle, let id)):
            send("display_data", [("data", .object(bundle.data)), ("metadata", .object(bundle.metadata)), ("transient", transient(id))])
        case .display(.update(let bundle, let id)):
            send("update_display_data", [
                ("data", .object(bundle.data)), ("metadata", .object(bundle.metadata)), ("transient", transient(id)),
            ])
        case .display(.clear(let wait)):
            send("clear_output", [("wait", .bool(wait))])
        case .error(let e):
            send("error", [
                ("ename", .string(e.ename)), ("evalue", .string(e.evalue)),
                ("traceback", .array(e.traceback.map { .string($0) })),
            ])
        }
    }

    /// `user_expressions`: each evaluated on its own after the cell, as a MIME bundle or an error.
    func userExpressions(_ expressions: JSONObject) -> JSONObject {
        var out = JSONObject()
        for (name, value) in expressions.entries {
            guard let expression = value.stringValue else { continue }
            switch session.evaluateExpression(expression) {
            case .value(let bundle):
                out[name] = .object(JSONObject([
                    ("status", .string("ok")), ("data", .object(bundle.data)), ("metadata", .object(bundle.metadata)),
                ]))
            case .error(let e):
                out[name] = .object(JSONObject([
                    ("status", .string("error")), ("ename", .string(e.ename)), ("evalue", .string(e.evalue)),
                    ("traceback", .array(e.traceback.map { .string($0) })),
                ]))
            }
        }
        return out
    }

    /// `input()` during `request`: flush the cell's output, send `input_request` to the client that sent the
    /// request (its routing identity), and wait for `input_reply`, polling the interrupt flag (an interrupt or
    /// a shutdown ends the wait with KeyboardInterrupt). `"\u{4}"` (Ctrl-D in jupyter console) is end of input.
    func readInput(prompt: String, password: Bool, for request: KernelMessage) -> InputAnswer {
        publisher.flush()
        while (try? stdin.receiveMultipart(flags: .dontWait)) != nil {}  // stale replies
        let ask = KernelMessage(
            identities: request.identities, header: factory.header("input_request"), parentHeader: request.header,
            content: JSONObject([("prompt", .string(prompt)), ("password", .bool(password))]))
        do throws(ZMQError) {
            try stdin.sendMultipart(codec.encode(ask))
        } catch {
            KernelLog.warn("stdin: send failed: \(error)")
            return .endOfInput
        }
        while true {
            if state.interruptRequested || state.shutdownRequested { return .interrupted }
            guard let ready = try? zmqPoll([.socket(stdin)], timeout: .milliseconds(50)) else { return .endOfInput }
            guard ready[0].contains(.pollIn), let message = receive(stdin) else { continue }
            guard message.msgType == "input_reply" else { continue }
            let value = message.content.string("value") ?? ""
            return value == "\u{4}" ? .endOfInput : .line(value)
        }
    }
}
