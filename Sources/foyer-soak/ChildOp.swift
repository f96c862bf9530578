import ArgumentParser
import Foundation
import FoyerCore

/// `foyer-soak op pay|cancel CODE`: the two desk changes `foyer` has no command for (the registrants
/// pane makes them), made as the pane's effects make them: one `EventStore.commit` of the change, under
/// the folder's lock, fsynced before it answers. A child process of its own, so the killer can kill it
/// mid-write like any `foyer`.
struct ChildOp: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "op", abstract: "One payment or cancellation, as a desk makes it (run by the soak's desks).")

    enum Action: String, ExpressibleByArgument { case pay, cancel }

    @Argument var action: Action
    @Argument var code: String
    @Option var data: String
    @Option var event: String
    @Option var desk: String
    @Option(help: "The payment's amount in öre.") var amount: Int?
    @Option(help: "The payment's id.") var id: String?

    func run() throws {
        let store = try DataDirectory(path: data).openEvent(event, desk: desk)
        let change: Change
        switch action {
        case .pay:
            guard let amount, let id else { throw ValidationError("pay needs --amount and --id") }
            change = .recordPayment(code: code, Payment(id: id, amount: Money(minorUnits: amount), method: .card,
                                                        time: store.clock.now(), desk: desk))
        case .cancel:
            change = .setStatus(code: code, .cancelled)
        }
        do { try store.commit(change) } catch StoreError.rejected(let why) {
            FileHandle.standardError.write(Data("refused: \(why.description)\n".utf8))
            throw ExitCode(2)
        }
        print("\(action.rawValue) \(code) done")
    }
}
