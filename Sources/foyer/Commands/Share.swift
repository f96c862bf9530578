import ArgumentParser
import FoyerCore

/// `foyer share --group NAME`: the data directory shared with the accounts of a Unix group (desks that log
/// in to one host as different users); `--private` takes it back.
struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(Catalogue.Share.help),
        discussion: Interface.say(Catalogue.Share.helpDiscussion))
    @OptionGroup var options: StoreOptions
    @Option(name: .long, help: .say(Catalogue.Share.helpGroup, valueName: Interface.say(Catalogue.Share.valueGroup)))
    var group: String?
    @Flag(name: .long, help: .say(Catalogue.Share.helpPrivate))
    var `private` = false

    func validate() throws {
        guard (group != nil) != `private` else { throw ValidationError(Interface.say(Catalogue.Share.giveGroupOrPrivate)) }
    }

    func run() throws {
        let path = try options.dataDirectory().path
        if let group {
            let report = try GroupShare.share(dataDirectory: path, group: group)
            for link in report.linksSkipped { Console.warn(Catalogue.Share.linkSkipped(link)) }
            for blocking in report.blockingAncestors {
                Console.warn(Catalogue.Share.ancestorKeepsOut(path: blocking.path, mode: blocking.mode, group: group))
            }
            say(Catalogue.Share.shared(path: path, group: group, folders: report.folders, files: report.files))
        } else {
            let report = try GroupShare.makePrivate(dataDirectory: path)
            for link in report.linksSkipped { Console.warn(Catalogue.Share.linkSkipped(link)) }
            say(Catalogue.Share.madePrivate(path: path, folders: report.folders, files: report.files))
        }
    }
}
