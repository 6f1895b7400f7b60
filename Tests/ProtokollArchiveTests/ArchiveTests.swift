import Testing
@testable import ProtokollArchive
