import Notebook

/// Comms (`comm_info`, `comm_open`, `comm_msg`, `comm_close`): the kernel registers no comm targets yet
/// (widgets are not supported), so it reports no open comms and closes every comm a front end opens at once,
/// as ipykernel does for an unknown target. Messages for comms that do not exist are logged and dropped.
extension ShellChannel {
    func commInfo(_ request: KernelMessage) {
        reply(request, "comm_info_reply", JSONObject([("status", .string("ok")), ("comms", .object(JSONObject()))]))
    }

    func commOpen(_ request: KernelMessage) {
        let id = request.content.string("comm_id") ?? ""
        let target = request.content.string("target_name") ?? ""
        KernelLog.warn("No such comm target registered: \(target)")
        guard !id.isEmpty else { return }
        publish("comm_close", JSONObject([("comm_id", .string(id)), ("data", .object(JSONObject()))]), parent: request.header)
    }

    func commMessage(_ request: KernelMessage) {
        KernelLog.warn("No such comm: \(request.content.string("comm_id") ?? "")")
    }

    func commClose(_ request: KernelMessage) {
        KernelLog.warn("No such comm: \(request.content.string("comm_id") ?? "")")
    }
}
