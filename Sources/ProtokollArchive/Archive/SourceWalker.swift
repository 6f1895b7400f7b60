import Foundation

/// The files under the paths given to `protokoll import`, recursively, in a stable order. Dot-files
/// and dot-folders (".git", editor and temporary files) are skipped; symbolic links to folders are
/// not followed, so a loop cannot make the walk endless.
public enum SourceWalker {
    public struct Problem: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    public static func files(under paths: [String]) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(Problem(path: path, reason: "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                walk(path, into: &files, problems: &problems)
            } else {
                files.append(path)
            }
        }
        return (files, problems)
    }

    static func walk(_ folder: String, into files: inout [String], problems: inout [Problem]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            problems.append(Problem(path: folder, reason: "cannot list the folder"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else {
                problems.append(Problem(path: path, reason: String(cString: strerror(errno))))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(path, into: &files, problems: &problems)
            case S_IFREG: files.append(path)
            case S_IFLNK:
                var target = stat()
                if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG { files.append(path) }
            default: continue
            }
        }
    }
}
