extension RayPythonSources {
    /// The Python source of `ray.util`.
    static let rayUtilSource = #"""
"""ray.util: helpers; the state API lives in ray.util.state."""
"""#
}
