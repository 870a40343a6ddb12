/// The ray module's Python layer, compiled from source embedded in the binary when first imported. Python
/// is the right language for it: it mirrors Ray's own Python API layer (argument checking with Ray's
/// messages, the exception hierarchy, the state records), while `_raylet` does the work natively.
enum RayPythonSources {
    static let modules: [(String, String)] = [
        ("ray", raySource),
        ("ray.exceptions", rayExceptionsSource),
        ("ray.util", rayUtilSource),
        ("ray.util.state", rayUtilStateSource),
        ("ray.actor", rayActorSource),
    ]
}
