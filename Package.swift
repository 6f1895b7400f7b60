// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Protokoll",
    products: [
        .library(name: "ProtokollKit", targets: ["ProtokollKit"]),
        .library(name: "ProtokollArchive", targets: ["ProtokollArchive"]),
        .executable(name: "protokoll", targets: ["protokoll"]),
    ],
    targets: [
        .target(name: "ProtokollKit"),
        .target(name: "ProtokollArchive", dependencies: ["ProtokollKit"]),
        .executableTarget(name: "protokoll", dependencies: ["ProtokollKit", "ProtokollArchive"]),
        // Fixtures are read through #filePath, so they are not bundled as resources.
        .testTarget(name: "ProtokollKitTests", dependencies: ["ProtokollKit"], exclude: ["Fixtures"]),
        .testTarget(name: "ProtokollArchiveTests", dependencies: ["ProtokollArchive", "ProtokollKit"]),
        // Runs the built `protokoll` binary as a user would; the dependency makes SwiftPM build it first.
        .testTarget(name: "ProtokollCLITests", dependencies: ["protokoll"]),
    ],
    swiftLanguageModes: [.v6]
)
