// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Foyer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "foyer", targets: ["foyer"]),
        .executable(name: "foyer-bench", targets: ["foyer-bench"]),
        .executable(name: "foyer-soak", targets: ["foyer-soak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // CSV import: quoted fields with commas, quotes and line breaks, either delimiter.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Backups: one zip archive of an event folder (foyer backup / restore / validate FILE).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The only C: a module map for ncursesw and one shim header that wraps its macros.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // ICU's collator (Swedish order of names: Å, Ä, Ö after Z), behind `Collation` in FoyerCore.
        .systemLibrary(
            name: "CICU",
            providers: [.apt(["libicu-dev"])]
        ),
        // The model, the store and import/export. No terminal code.
        .target(name: "FoyerCore", dependencies: [
            "CICU", .product(name: "CSV", package: "CSV.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The sample events in Data/, bundled so an empty data directory can be seeded.
        .target(
            name: "FoyerSamples",
            path: "Data",
            exclude: ["README.md"],
            sources: ["FoyerSamples.swift"],
            resources: [.copy("impasses-2009"), .copy("alliance-ruptures-2024")]
        ),
        // App state, actions, a pure update, views into a screen grid, and the one ncurses backend.
        .target(name: "FoyerTUI", dependencies: ["FoyerCore", "CNcurses"]),
        .executableTarget(
            name: "foyer",
            dependencies: [
                "FoyerCore", "FoyerTUI", "FoyerSamples",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark (Scripts/bench): launch, load, search, check-in, redraw and compaction at scale.
        .executableTarget(
            name: "foyer-bench",
            dependencies: [
                "FoyerCore", "FoyerTUI", "FoyerSamples",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The soak (Scripts/soak): desks of random work through the built foyer, SIGKILLs and compactions,
        // then the invariants (nobody admitted twice, every acknowledged change present once).
        .executableTarget(
            name: "foyer-soak",
            dependencies: [
                "FoyerCore", "FoyerSamples",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FoyerCoreTests", dependencies: [
            "FoyerCore", "FoyerSamples", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "FoyerTUITests", dependencies: ["FoyerTUI", "FoyerCore", "FoyerSamples"], exclude: ["Golden"]),
        .testTarget(name: "FoyerCLITests", dependencies: ["FoyerCore"], exclude: ["Fixtures"]),
    ]
)
