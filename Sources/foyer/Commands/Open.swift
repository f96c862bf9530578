import ArgumentParser
import FoyerCore
import FoyerTUI

/// The default: the full-screen event manager.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the full-screen event manager (the default).")
    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        throw ValidationError("the full-screen front end is not built yet; \(store.event.title) is readable with `foyer programme`")
    }
}
