import ArgumentParser
import FoyerCore
import Foundation

enum ReceiptFormat: String, ExpressibleByArgument, CaseIterable { case text, html }

struct ReceiptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt",
        abstract: Interface.say(CLHelp.receipt),
        discussion: Interface.say(CLHelp.receiptDiscussion))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.registrantCode, valueName: Interface.say(CLHelp.valueCode)))
    var code: String
    @Option(help: .say(CLHelp.textOrHTML))
    var format: ReceiptFormat = .text
    @Option(help: .say(CLHelp.receiptOutput, valueName: Interface.say(CLHelp.valueFile)))
    var output: String?

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let typed = code.trimmingCharacters(in: .whitespaces)
        let canonical = RegistrantCode.normalise(typed, prefix: event.codePrefix) ?? typed.uppercased()
        guard store.registry[canonical] != nil else {
            throw ValidationError(CL.noCode(typed))
        }
        if let output {
            // Checked before a number is used up on a receipt that could not be saved.
            let folder = (output as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
                throw ValidationError(CL.folderMissing(output, folder: folder))
            }
        }
        let receipt: Receipt
        do {
            receipt = try store.issueReceipt(code: canonical, language: options.documentLanguage)
        } catch StoreError.rejected(let why) {
            throw ValidationError(Interface.say(Phrase.of(why)))
        }
        let text = format == .html ? ReceiptHTML.render(receipt) : ReceiptText.render(receipt)
        try Output.write(text, to: output, what: CL.receiptFor(receipt.title, code: receipt.code))
    }
}
