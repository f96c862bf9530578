import ArgumentParser
import FoyerCore
import Foundation

/// A change the store refused because another desk got there first: the reason on standard error, and
/// an exit status of its own, so a script can tell "try again or choose" from "something is broken" (1).
/// The statuses are listed in `Foyer`'s discussion and in the README.
enum Refusal {
    /// Another desk changed the same field (or deleted the thing) since this command read it.
    static let conflictStatus = ExitCode(4)
    /// The person is registered already.
    static let duplicateStatus = ExitCode(5)

    /// Says why nothing was saved; returns the status to exit with.
    /// `canForce`: the command has --force (an edit); without it, running again is judged anew.
    static func conflict(_ conflict: EditConflict, canForce: Bool = true) -> ExitCode {
        // --force overwrites another desk's value; it cannot bring back something deleted.
        let hint = conflict.deleted ? Phrase.empty : canForce ? CL.forceHint : CL.againHint
        Console.refusal(CL.notSaved + conflict.phrase + hint)
        return conflictStatus
    }

    /// Says who is registered already, under which code; returns the status to exit with.
    static func duplicate(_ duplicate: DuplicateRegistration) -> ExitCode {
        Console.refusal(duplicate.phrase + CL.duplicateHint)
        return duplicateStatus
    }
}
