import CellEngine
import Notebook

/// The `kernel_info_reply` content, the same on shell and control.
enum KernelInfo {
    static let implementationVersion = "0.1.0"

    static var content: JSONObject {
        JSONObject([
            ("status", .string("ok")),
            ("protocol_version", .string(MessageFactory.protocolVersion)),
            ("implementation", .string("swiftray")),
            ("implementation_version", .string(implementationVersion)),
            ("language_info", NotebookRunner.languageInfo),
            ("banner", .string(banner)),
            ("help_links", .array([
                .object(JSONObject([("text", .string("Python 3.11 Reference")), ("url", .string("https://docs.python.org/3.11"))])),
                .object(JSONObject([("text", .string("Ray Core API")), ("url", .string("https://docs.ray.io/en/latest/ray-core/api/index.html"))])),
            ])),
        ])
    }

    static let banner = """
        SwiftRay \(implementationVersion) -- a Python 3.11 dialect with a built-in Ray-style cluster.
        IPython-style cells: magics (%time, %timeit, %who...), display(), obj? via Shift-Tab.

        """
}
