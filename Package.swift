// swift-tools-version:6.0
// SwiftRay: a Python-dialect interpreter with an embedded Ray-style cluster runtime.
// Targets are listed bottom-up: C wrappers, language, library, front ends, executable.
import PackageDescription

/// The interpreter core is the hot path: dynamic exclusivity checks cost more than they protect there
/// (state is confined to one interpreter thread), so they are turned off for these targets only.
let interpreterSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]

let package = Package(
    name: "SwiftRay",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "swiftray", targets: ["swiftray"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries wrapped as system-library targets, plus shims for variadic C APIs.
        .systemLibrary(name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "CLibEditShims", dependencies: ["CLibEdit"]),
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"]),
        .target(name: "LineEditing", dependencies: ["CLibEdit", "CLibEditShims"]),
        .target(name: "CSystemShims"),

        // The language: source text -> tokens -> AST -> bytecode -> values.
        .target(name: "PySyntax"),
        .target(name: "PyCompiler", dependencies: ["PySyntax"]),
        .target(
            name: "PyRuntime",
            dependencies: ["PySyntax", "PyCompiler", "CSystemShims", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: interpreterSettings),
        .target(
            name: "PyLibrary", dependencies: ["PyRuntime", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: interpreterSettings),
        // The numpy subset: arrays over raw memory with typed, vectorisable kernels.
        // Optimised in debug builds too: the tests move 1000 MiB arrays, which unoptimised loops take minutes for.
        .target(
            name: "PyNumpy", dependencies: ["PyRuntime", "PyLibrary", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: interpreterSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]),

        // The cluster runtime (issue 3 onwards): value types first.
        .target(name: "ClusterModel"),
        .target(name: "ClusterRuntime", dependencies: ["ClusterModel", "ZeroMQ", "CSystemShims"]),
        // The ray module: the bridge between the interpreter and the cluster runtime.
        .target(name: "RayAPI", dependencies: ["PyRuntime", "PyLibrary", "PyNumpy", "ClusterModel", "ClusterRuntime"]),

        // The cell engine: sessions, magics, notebooks in batch (one engine for every front end).
        .target(name: "Notebook"),
        .target(name: "CellEngine", dependencies: ["PySyntax", "PyCompiler", "PyRuntime", "PyLibrary", "PyNumpy", "RayAPI", "Notebook"]),

        // Front ends and the executable.
        .target(name: "REPL", dependencies: ["CellEngine", "LineEditing", "PyRuntime", "RayAPI"]),
        .target(
            name: "JupyterKernel",
            dependencies: [
                "CellEngine", "Notebook", "PyRuntime", "ZeroMQ",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(
            name: "SwiftRayCLI",
            dependencies: [
                "PyRuntime", "PyLibrary", "RayAPI", "ClusterRuntime", "CellEngine", "Notebook", "REPL", "JupyterKernel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "swiftray", dependencies: ["SwiftRayCLI"]),

        // Tests.
        .testTarget(name: "PySyntaxTests", dependencies: ["PySyntax"]),
        .testTarget(name: "PyCompilerTests", dependencies: ["PyCompiler"]),
        .testTarget(name: "PyRuntimeTests", dependencies: ["PyRuntime", "PyLibrary"]),
        .testTarget(name: "PyNumpyTests", dependencies: ["PyNumpy", "PyRuntime", "PyLibrary"]),
        .testTarget(name: "GoldenTests", dependencies: ["SwiftRayCLI"]),
        .testTarget(name: "NativeWrapperTests", dependencies: ["ZeroMQ", "LineEditing"]),
        .testTarget(name: "ClusterModelTests", dependencies: ["ClusterModel"]),
        .testTarget(name: "ClusterRuntimeTests", dependencies: ["ClusterRuntime"]),
        .testTarget(name: "RayTests", dependencies: ["swiftray"]),
        .testTarget(name: "CellEngineTests", dependencies: ["CellEngine", "Notebook", "PyRuntime"]),
        .testTarget(name: "KernelTests", dependencies: ["JupyterKernel", "Notebook", "swiftray"]),
    ]
)
