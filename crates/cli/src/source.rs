//! Finding and reading a program's text: a script file, standard input,
//! or the file of a `-m` module; and printing what goes wrong on the way
//! as CPython does.

use std::io::Read;
use std::path::{Path, PathBuf};

use isopy_syntax::{decode_source, SourceOrigin, SyntaxError};

/// `isopy: can't open file 'x.py': [Errno 2] No such file or directory`;
/// the status 2.
pub fn cannot_open(path: &Path, e: &std::io::Error) -> i32 {
    let errno = e.raw_os_error().unwrap_or(2);
    let reason = isopy_vm::host::strerror(e);
    eprintln!("isopy: can't open file '{}': [Errno {errno}] {reason}", path.display());
    2
}

/// Prints a syntax error as CPython prints it for a file; the status 1.
pub fn report_syntax_error(error: &SyntaxError, source: &str, file: &str) -> i32 {
    eprint!("{}", error.locate(source, file, SourceOrigin::File));
    1
}

/// The text of the script `path` and the name it is run under, or the
/// exit status after reporting why it cannot be had.
pub fn read_file(path: &Path) -> Result<(String, String), i32> {
    if path.is_dir() {
        return Err(cannot_open(path, &std::io::Error::from_raw_os_error(21)));
    }
    let bytes = std::fs::read(path).map_err(|e| cannot_open(path, &e))?;
    let name = path.to_string_lossy().into_owned();
    match decode_source(&bytes, &name) {
        Ok(text) => Ok((text.to_string(), name)),
        Err(e) => Err(report_syntax_error(&e, "", &name)),
    }
}

/// The program piped into standard input.
pub fn read_stdin() -> Result<String, i32> {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("isopy: can't read the program from stdin: {e}");
        return Err(2);
    }
    match decode_source(&bytes, "<stdin>") {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(report_syntax_error(&e, "", "<stdin>")),
    }
}

/// The folder a script's imports are searched in first (CPython's
/// `sys.path[0]`): the script's own, made absolute.
pub fn script_dir(path: &Path) -> Option<PathBuf> {
    let dir = path.parent().map(|p| if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() })?;
    Some(std::fs::canonicalize(&dir).unwrap_or(dir))
}

/// Where `-m NAME` found its module.
#[derive(Debug, PartialEq, Eq)]
pub struct ModuleFile {
    /// The file run as `__main__` (`NAME.py`, or `NAME/__main__.py` for a
    /// package).
    pub path: PathBuf,
    /// `__package__` of `__main__`: the package the file belongs to ("" for
    /// a top-level module).
    pub package: String,
    /// The packages imported before it runs, outermost first.
    pub parents: Vec<String>,
}

/// Looks `name` up under `root` (the current folder, `sys.path[0]` for
/// `-m`), as runpy does: parent packages must be packages, and a package
/// runs its `__main__`. The error is CPython's message.
pub fn find_module(root: &Path, name: &str) -> Result<ModuleFile, String> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(format!("No module named {name}"));
    }
    let mut dir = root.to_path_buf();
    let mut parents = Vec::new();
    for (i, part) in parts[..parts.len() - 1].iter().enumerate() {
        dir.push(part);
        let dotted = parts[..=i].join(".");
        if !dir.is_dir() {
            if dir.with_extension("py").is_file() {
                return Err(format!(
                    "Error while finding module specification for '{name}' (ModuleNotFoundError: \
                     __path__ attribute not found on '{dotted}' while trying to find '{name}')"
                ));
            }
            return Err(format!(
                "Error while finding module specification for '{name}' (ModuleNotFoundError: No module named '{dotted}')"
            ));
        }
        parents.push(dotted);
    }
    let leaf = parts[parts.len() - 1];
    let package_dir = dir.join(leaf);
    if package_dir.is_dir() {
        let main = package_dir.join("__main__.py");
        if !main.is_file() {
            return Err(format!(
                "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
            ));
        }
        parents.push(name.to_string());
        return Ok(ModuleFile { path: main, package: name.to_string(), parents });
    }
    let file = dir.join(format!("{leaf}.py"));
    if file.is_file() {
        let package = parts[..parts.len() - 1].join(".");
        return Ok(ModuleFile { path: file, package, parents });
    }
    Err(format!("No module named {name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_and_packages_are_found_as_runpy_finds_them() {
        let root = std::env::temp_dir().join(format!("isopy-find-module-{}", std::process::id()));
        std::fs::create_dir_all(root.join("pkg/sub")).unwrap();
        std::fs::create_dir_all(root.join("bare")).unwrap();
        for f in ["m.py", "pkg/__init__.py", "pkg/__main__.py", "pkg/mod.py", "pkg/sub/__init__.py"] {
            std::fs::write(root.join(f), "").unwrap();
        }
        let found = find_module(&root, "m").unwrap();
        assert_eq!(found, ModuleFile { path: root.join("m.py"), package: String::new(), parents: vec![] });
        let found = find_module(&root, "pkg").unwrap();
        assert_eq!(found.path, root.join("pkg/__main__.py"));
        assert_eq!((found.package.as_str(), found.parents), ("pkg", vec!["pkg".to_string()]));
        let found = find_module(&root, "pkg.mod").unwrap();
        assert_eq!(found.path, root.join("pkg/mod.py"));
        assert_eq!((found.package.as_str(), found.parents), ("pkg", vec!["pkg".to_string()]));
        assert_eq!(find_module(&root, "nosuch").unwrap_err(), "No module named nosuch");
        assert_eq!(find_module(&root, "pkg.nosuch").unwrap_err(), "No module named pkg.nosuch");
        assert_eq!(
            find_module(&root, "bare").unwrap_err(),
            "No module named bare.__main__; 'bare' is a package and cannot be directly executed"
        );
        assert_eq!(
            find_module(&root, "pkg.sub").unwrap_err(),
            "No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed"
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
