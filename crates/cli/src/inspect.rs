//! `--check`, `--ast` and `--dis`: look at a program without running it.

use std::io::Write;
use std::path::Path;

use isopy_syntax::dump::{dump_module, DumpOptions};
use isopy_syntax::parse_module;

use crate::args::Inspect;
use crate::source::{read_file, report_syntax_error};

/// Checks, dumps or disassembles the program in `path`; the exit status.
pub fn inspect(how: Inspect, path: &Path) -> i32 {
    let (source, file) = match read_file(path) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let module = match parse_module(&source) {
        Ok(module) => module,
        Err(e) => return report_syntax_error(&e, &source, &file),
    };
    let mut out = std::io::stdout().lock();
    if how == Inspect::Ast {
        let options = DumpOptions { include_attributes: false, indent: Some(3) };
        let _ = writeln!(out, "{}", dump_module(&module, &source, options));
        return 0;
    }
    match isopy_compiler::compile_module(&module, &source, &file) {
        Ok(code) => {
            if how == Inspect::Dis {
                let _ = write!(out, "{}", isopy_compiler::dis::disassemble(&code));
            }
            0
        }
        Err(e) => report_syntax_error(&e, &source, &file),
    }
}
