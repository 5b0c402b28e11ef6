//! The `isopy` command line. For now it checks and inspects Python source:
//! `isopy --check FILE` (parse and compile, as `python3` compiles),
//! `isopy --ast FILE` (the tree, printed as `python3 -m ast FILE` prints
//! CPython's) and `isopy --dis FILE` (the bytecode); running programs
//! arrives with the VM.

use std::io::Write;
use std::process::ExitCode;

use isopy_syntax::dump::{dump_module, DumpOptions};
use isopy_syntax::{decode_source, parse_module, SourceOrigin, SyntaxError};

const USAGE: &str = "usage: isopy [--check | --ast | --dis] FILE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, file) = match args.as_slice() {
        [flag, file] if flag == "--check" || flag == "--ast" || flag == "--dis" => (flag.as_str(), file.as_str()),
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let reason = describe_io_error(&e);
            eprintln!("isopy: can't open file '{file}': [Errno {errno}] {reason}");
            return ExitCode::from(2);
        }
    };
    let source = match decode_source(&bytes, file) {
        Ok(source) => source,
        Err(e) => return report(&e, "", file),
    };
    let module = match parse_module(source) {
        Ok(module) => module,
        Err(e) => return report(&e, source, file),
    };
    let mut out = std::io::stdout().lock();
    if mode == "--ast" {
        let options = DumpOptions { include_attributes: false, indent: Some(3) };
        let _ = writeln!(out, "{}", dump_module(&module, source, options));
        return ExitCode::SUCCESS;
    }
    match isopy_compiler::compile_module(&module, source, file) {
        Ok(code) => {
            if mode == "--dis" {
                let _ = write!(out, "{}", isopy_compiler::dis::disassemble(&code));
            }
            ExitCode::SUCCESS
        }
        Err(e) => report(&e, source, file),
    }
}

/// Prints a syntax error as CPython prints it and returns status 1.
fn report(error: &SyntaxError, source: &str, file: &str) -> ExitCode {
    eprint!("{}", error.locate(source, file, SourceOrigin::File));
    ExitCode::from(1)
}

/// The strerror text CPython shows after `[Errno N]`.
fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let text = e.to_string();
            text.split(" (os error").next().unwrap_or(&text).to_string()
        }
    }
}
