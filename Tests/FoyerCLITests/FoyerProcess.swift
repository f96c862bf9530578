import Foundation
import XCTest

/// What one run of the `foyer` binary did.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
}

struct FoyerProcessError: Error, CustomStringConvertible {
    var description: String
}

/// Runs the built `foyer` binary as a child process, with its own environment, capturing its output.
enum FoyerProcess {
    /// The package root, from this file's place in Tests/FoyerCLITests.
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()
    static var binary: String { packageRoot + "/.build/debug/foyer" }
    static var sampleData: String { packageRoot + "/Data" }

    /// A home for a test (`prefix` and a fresh id, in the temporary folder) whose data directory `home/data`
    /// holds the Stockholm sample's event.json alone, with the modes foyer gives its own (0700, 0600).
    static func homeWithStockholmEvent(_ prefix: String) throws -> String {
        let home = (FileManager.default.temporaryDirectory.path as NSString).appendingPathComponent(prefix + UUID().uuidString)
        let data = home + "/data", folder = data + "/impasses-2009"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data)
        try FileManager.default.copyItem(atPath: sampleData + "/impasses-2009/event.json", toPath: folder + "/event.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/event.json")
        return home
    }

    /// Runs `foyer args…`. The environment is the test's own minus anything foyer reads, plus `environment`;
    /// HOME points at `home` so nothing of the host leaks in. Standard input is `input` when given, else
    /// empty. Fails after `timeout` seconds.
    static func run(_ arguments: [String], home: String, environment: [String: String] = [:], input: String? = nil, timeout: TimeInterval = 30,
                    file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            XCTFail("\(binary) does not exist: run `swift build` before the tests", file: file, line: line)
            throw FoyerProcessError(description: "\(binary) is missing; run `swift build` first")
        }
        var env = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("FOYER_") && key != "XDG_DATA_HOME"
        }
        env["HOME"] = home
        env["FOYER_DESK"] = "env-desk"
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }

        let outPath = home + "/.stdout-" + UUID().uuidString, errPath = home + "/.stderr-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: outPath, contents: nil),
              FileManager.default.createFile(atPath: errPath, contents: nil)
        else { throw FoyerProcessError(description: "cannot create files in \(home)") }
        defer { try? FileManager.default.removeItem(atPath: outPath); try? FileManager.default.removeItem(atPath: errPath) }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = env
        process.currentDirectoryURL = URL(fileURLWithPath: home)
        if let input {
            let inPath = home + "/.stdin-" + UUID().uuidString
            guard FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8)),
                  let handle = FileHandle(forReadingAtPath: inPath)
            else { throw FoyerProcessError(description: "cannot create files in \(home)") }
            unlink(inPath) // the open handle keeps it readable; nothing is left behind
            process.standardInput = handle
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            try? out.close(); try? err.close()
            XCTFail("foyer \(arguments.joined(separator: " ")) did not finish within \(timeout) s", file: file, line: line)
            throw FoyerProcessError(description: "timeout")
        }
        process.waitUntilExit()
        try? out.close(); try? err.close()
        let stdout = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self)
        let stderr = String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self)
        return RunResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}
