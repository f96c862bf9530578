#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The Unix account a desk runs as. Desks that log in to one host as different users (each volunteer their
/// own account, sharing the data directory through a group) are told apart by it in the journal and the
/// histories, beside the desk name they chose: a desk name is typed, an account is not.
public enum UnixUser {
    /// The login name of the effective user, else its number ("uid 1001") when it has no entry.
    public static var current: String {
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid " + String(uid)
    }
}
