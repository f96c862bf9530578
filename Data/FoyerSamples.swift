import Foundation

/// The sample events bundled with foyer (the event folders beside this file), used to seed an empty
/// data directory on first run.
public enum FoyerSamples {
    /// The folder holding one folder per sample event, or nil when foyer was installed without them.
    public static var eventsPath: String? {
        if let override = ProcessInfo.processInfo.environment["FOYER_SAMPLES"], !override.isEmpty { return override }
        return Bundle.module.resourcePath
    }
}
