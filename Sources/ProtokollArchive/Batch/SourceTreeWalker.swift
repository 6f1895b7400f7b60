import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One file found under the source folder.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the source folder: the key of the report, the manifest and the output tree.
    public var relativePath: FilePath
    public var absolutePath: FilePath
    public var byteCount: Int
    /// Set for entries that are not regular files (a link to a folder, a socket): they are reported, not read.
    public var notAFile: String?
}

/// Lists the files under a folder recursively, sorted bytewise by relative path so that every run and
/// every machine reports them in the same order, whatever order the file system returns.
/// Dot-files and dot-folders are skipped (editor backups, `.git`, and the temporary files of interrupted
/// atomic writes), and so are the `excluded` folders (the output folder when it lies inside the source).
public struct SourceTreeWalker: Sendable {
    public var root: FilePath
    public var excluded: Set<FileBytes.Identity>

    public init(root: FilePath, excluding excludedPaths: [FilePath] = []) {
        self.root = root
        self.excluded = Set(excludedPaths.compactMap(FileBytes.identity(of:)))
    }

    /// The files of several paths as given on a command line (`protokoll import a.txt 2014/`): a file
    /// stands for itself, a folder for its files, named `folder/relative/path` so that names from
    /// different folders stay apart. Paths that cannot be read are returned with the reason.
    public static func files(
        under paths: [String], excluding excludedPaths: [FilePath] = []
    ) -> (files: [SourceFile], problems: [(path: String, reason: String)]) {
        var files: [SourceFile] = []
        var problems: [(path: String, reason: String)] = []
        for path in paths {
            let root = FilePath(path)
            guard FileBytes.exists(root) else {
                problems.append((path, "no such file or folder"))
                continue
            }
            guard FileBytes.isDirectory(root) else {
                var info = stat()
                let size = stat(root.cString, &info) == 0 ? Int(info.st_size) : 0
                files.append(SourceFile(relativePath: root, absolutePath: root, byteCount: size, notAFile: nil))
                continue
            }
            do {
                let prefix = FilePath(String(path.reversed().drop(while: { $0 == "/" }).reversed()))
                for file in try SourceTreeWalker(root: root, excluding: excludedPaths).files() {
                    var named = file
                    named.relativePath = prefix.appending(file.relativePath)
                    files.append(named)
                }
            } catch {
                problems.append((path, error.reason))
            }
        }
        return (files, problems)
    }

    public func files() throws(FileError) -> [SourceFile] {
        var result: [SourceFile] = []
        var visited: Set<FileBytes.Identity> = []
        try walk(relative: FilePath(bytes: []), into: &result, visited: &visited)
        return result.sorted { $0.relativePath < $1.relativePath }
    }

    private func walk(
        relative: FilePath, into result: inout [SourceFile], visited: inout Set<FileBytes.Identity>
    ) throws(FileError) {
        let folder = relative.bytes.isEmpty ? root : root.appending(relative)
        if let identity = FileBytes.identity(of: folder) {
            // A bind mount or hard-linked folder must not be walked twice (or forever).
            guard !excluded.contains(identity), visited.insert(identity).inserted else { return }
        }
        guard let directory = opendir(folder.cString) else {
            throw FileError("list the folder", folder)
        }
        defer { closedir(directory) }
        var names: [FilePath] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FilePath(bytes: Array(raw.prefix(while: { $0 != 0 })))
            }
            guard let first = name.bytes.first, first != UInt8(ascii: ".") else { continue }
            names.append(name)
        }
        for name in names.sorted() {
            let childRelative = relative.appending(name)
            let childPath = root.appending(childRelative)
            var linkInfo = stat()
            guard lstat(childPath.cString, &linkInfo) == 0 else { continue }
            var info = linkInfo
            let isLink = linkInfo.st_mode & S_IFMT == S_IFLNK
            if isLink && stat(childPath.cString, &info) != 0 {
                result.append(SourceFile(
                    relativePath: childRelative, absolutePath: childPath, byteCount: 0,
                    notAFile: "broken symbolic link"))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if isLink {
                    // Links to folders are not followed: they can form cycles or lead out of the archive.
                    result.append(SourceFile(
                        relativePath: childRelative, absolutePath: childPath, byteCount: 0,
                        notAFile: "symbolic link to a folder (not followed)"))
                } else {
                    try walk(relative: childRelative, into: &result, visited: &visited)
                }
            case S_IFREG:
                if let identity = FileBytes.identity(of: childPath), excluded.contains(identity) { continue }
                result.append(SourceFile(
                    relativePath: childRelative, absolutePath: childPath, byteCount: Int(info.st_size), notAFile: nil))
            default:
                result.append(SourceFile(
                    relativePath: childRelative, absolutePath: childPath, byteCount: 0,
                    notAFile: "not a regular file"))
            }
        }
    }
}
