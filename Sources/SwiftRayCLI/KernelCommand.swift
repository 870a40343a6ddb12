import ArgumentParser
import JupyterKernel

/// `swiftray kernel -f CONNECTION_FILE` runs a Jupyter kernel; `swiftray kernel install` and
/// `swiftray kernel uninstall` manage its kernelspec.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swiftray kernel",
        abstract: "Run SwiftRay as a Jupyter kernel, or install its kernelspec.",
        subcommands: [Install.self, Uninstall.self])

    @Option(name: .customShort("f"), help: "The connection file Jupyter wrote (omit to start on free ports and write one).")
    var connectionFile: String?

    mutating func run() throws {
        throw ExitCode(KernelServer.run(connectionFile: connectionFile))
    }

    /// `--user | --sys-prefix | --prefix DIR`, shared by install and uninstall.
    struct LocationOptions: ParsableArguments {
        @Flag(help: "Install for this user (the Jupyter data directory; the default).")
        var user = false
        @Flag(help: "Install into the active Python environment (the one that runs jupyter).")
        var sysPrefix = false
        @Option(help: "Install into DIR/share/jupyter/kernels.")
        var prefix: String?

        func location(default fallback: KernelSpecInstaller.Location?) throws -> KernelSpecInstaller.Location? {
            let chosen = [user, sysPrefix, prefix != nil].filter { $0 }.count
            if chosen > 1 { throw ValidationError("choose one of --user, --sys-prefix and --prefix") }
            if sysPrefix { return .sysPrefix }
            if let prefix { return .prefix(prefix) }
            if user { return .user }
            return fallback
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Install the kernelspec so Jupyter lists SwiftRay.")
        @OptionGroup var where_: LocationOptions
        @Option(help: "The kernelspec name.")
        var name = KernelSpecInstaller.defaultName

        mutating func run() throws {
            do {
                let dir = try KernelSpecInstaller.install(try where_.location(default: .user) ?? .user, name: name)
                print("Installed kernelspec \(name.lowercased()) in \(dir)")
            } catch let failure as KernelSpecInstaller.Failure {
                FileHandleStderr.write("swiftray kernel install: \(failure)\n")
                throw ExitCode(1)
            }
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the kernelspec.")
        @OptionGroup var where_: LocationOptions
        @Option(help: "The kernelspec name.")
        var name = KernelSpecInstaller.defaultName

        mutating func run() throws {
            do {
                for dir in try KernelSpecInstaller.uninstall(try where_.location(default: nil), name: name) {
                    print("Removed \(dir)")
                }
            } catch let failure as KernelSpecInstaller.Failure {
                FileHandleStderr.write("swiftray kernel uninstall: \(failure)\n")
                throw ExitCode(1)
            }
        }
    }
}
