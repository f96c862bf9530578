import ArgumentParser
import FoyerCore
import Foundation

enum ReceiptFormat: String, ExpressibleByArgument, CaseIterable { case text, html }

struct ReceiptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt",
        abstract: "Issue a receipt for a registrant, with the next receipt number.",
        discussion: "Every call issues a new number (numbers never repeat, across desks); the receipt shows the price, its net and VAT, and the payments so far.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The registrant's code (SAF-0042, saf42).")
    var code: String
    @Option(help: "text or html.")
    var format: ReceiptFormat = .text
    @Option(help: ArgumentHelp("Write the receipt to this file (mode 0600, replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let typed = code.trimmingCharacters(in: .whitespaces)
        let canonical = RegistrantCode.normalise(typed, prefix: event.codePrefix) ?? typed.uppercased()
        guard store.registry[canonical] != nil else {
            throw ValidationError("no registrant has the code \(typed)")
        }
        if let output {
            // Checked before a number is used up on a receipt that could not be saved.
            let folder = (output as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
                throw ValidationError("cannot write \(output): the folder \(folder) does not exist")
            }
        }
        let receipt: Receipt
        do {
            receipt = try store.issueReceipt(code: canonical, language: options.documentLanguage)
        } catch StoreError.rejected(let why) {
            throw ValidationError(why.description)
        }
        let text = format == .html ? ReceiptHTML.render(receipt) : ReceiptText.render(receipt)
        try Output.write(text, to: output, what: "\(receipt.title) for \(receipt.code)")
    }
}
