#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The name a desk goes by in check-ins and histories: `--desk`, else `$FOYER_DESK`, else host and terminal.
public enum Desk {
    public static func defaultName(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let name = environment["FOYER_DESK"], !name.isEmpty { return name }
        var host = ProcessInfo.processInfo.hostName
        if let dot = host.firstIndex(of: ".") { host = String(host[..<dot]) }
        if let tty = ttyname(0) {
            let device = String(cString: tty).replacingOccurrences(of: "/dev/", with: "")
            return host + ":" + device
        }
        return host
    }
}
