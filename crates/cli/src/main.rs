//! The `isopy` command: run a program (a file, `-c` text, or stdin) as
//! `python3` would, or inspect one (`--check`, `--ast`, `--dis`). Options
//! are parsed with lexopt and reported with CPython's wording.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use isopy_syntax::dump::{dump_module, DumpOptions};
use isopy_syntax::{decode_source, parse_module, SourceOrigin, SyntaxError};
use isopy_vm::{Config, Vm};

const USAGE: &str = "usage: isopy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "\
usage: isopy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the isopy version number and exit (also --version)
--check: parse and compile the program, report a SyntaxError, run nothing
--ast  : print the program's syntax tree as `python3 -m ast` does
--dis  : print the program's bytecode
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// What the command line asks for.
enum Action {
    Run(Source),
    Inspect(Inspect, PathBuf),
    Help,
    Version,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Inspect {
    Check,
    Ast,
    Dis,
}

enum Source {
    File(PathBuf),
    Command(String),
    Stdin,
}

/// Parses the command line: options up to the program, then its arguments.
fn parse(args: Vec<std::ffi::OsString>) -> Result<(Action, Vec<String>, bool), String> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut unbuffered = false;
    let mut inspect: Option<Inspect> = None;
    loop {
        let arg = parser.next().map_err(|e| e.to_string())?;
        let Some(arg) = arg else {
            if let Some(i) = inspect {
                return Err(format!("isopy: {} needs a file", inspect_flag(i)));
            }
            return Ok((Action::Run(Source::Stdin), vec![String::new()], unbuffered));
        };
        match arg {
            lexopt::Arg::Short('c') => {
                let code = parser.value().map_err(|_| {
                    format!("Argument expected for the -c option\n{USAGE}\nTry `isopy -h' for more information.")
                })?;
                let code = code.into_string().map_err(|_| "isopy: -c argument is not valid UTF-8".to_string())?;
                let mut argv = vec!["-c".to_string()];
                argv.extend(rest(&mut parser));
                return Ok((Action::Run(Source::Command(code)), argv, unbuffered));
            }
            lexopt::Arg::Short('h') | lexopt::Arg::Short('?') | lexopt::Arg::Long("help") => {
                return Ok((Action::Help, Vec::new(), unbuffered))
            }
            lexopt::Arg::Short('V') | lexopt::Arg::Long("version") => {
                return Ok((Action::Version, Vec::new(), unbuffered))
            }
            lexopt::Arg::Short('u') => unbuffered = true,
            // Options CPython has that change nothing here.
            lexopt::Arg::Short('B' | 'E' | 'I' | 's' | 'S' | 'O' | 'q' | 'b') => {}
            lexopt::Arg::Long("check") => inspect = Some(Inspect::Check),
            lexopt::Arg::Long("ast") => inspect = Some(Inspect::Ast),
            lexopt::Arg::Long("dis") => inspect = Some(Inspect::Dis),
            lexopt::Arg::Value(v) => {
                let v = v.into_string().map_err(|_| "isopy: the file name is not valid UTF-8".to_string())?;
                if let Some(i) = inspect {
                    return Ok((Action::Inspect(i, PathBuf::from(v)), Vec::new(), unbuffered));
                }
                let mut argv = vec![v.clone()];
                argv.extend(rest(&mut parser));
                let source = if v == "-" { Source::Stdin } else { Source::File(PathBuf::from(v)) };
                return Ok((Action::Run(source), argv, unbuffered));
            }
            lexopt::Arg::Short(c) => {
                return Err(format!("Unknown option: -{c}\n{USAGE}\nTry `isopy -h' for more information."))
            }
            lexopt::Arg::Long(l) => {
                return Err(format!("unknown option --{l}\n{USAGE}\nTry `isopy -h' for more information."))
            }
        }
    }
}

fn inspect_flag(i: Inspect) -> &'static str {
    match i {
        Inspect::Check => "--check",
        Inspect::Ast => "--ast",
        Inspect::Dis => "--dis",
    }
}

/// The remaining command-line words, passed to the program untouched.
fn rest(parser: &mut lexopt::Parser) -> Vec<String> {
    parser.raw_args().map(|raw| raw.map(|a| a.to_string_lossy().into_owned()).collect()).unwrap_or_default()
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let (action, argv, unbuffered) = match parse(args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if unbuffered {
        isopy_vm::io::set_unbuffered();
    }
    let status = match action {
        Action::Help => {
            print!("{HELP}");
            0
        }
        Action::Version => {
            println!("isopy {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Action::Inspect(how, path) => inspect(how, &path),
        Action::Run(source) => run(source, argv),
    };
    isopy_vm::io::flush_stdout();
    ExitCode::from(status.clamp(0, 255) as u8)
}

/// `isopy: can't open file 'x.py': [Errno 2] No such file or directory`.
fn cannot_open(path: &Path, e: &std::io::Error) -> i32 {
    let errno = e.raw_os_error().unwrap_or(2);
    let reason = isopy_vm::io::strerror(e);
    eprintln!("isopy: can't open file '{}': [Errno {errno}] {reason}", path.display());
    2
}

fn run(source: Source, argv: Vec<String>) -> i32 {
    let (text, filename, script_dir) = match source {
        Source::File(path) => {
            let bytes = match std::fs::read(&path) {
                Ok(b) => b,
                Err(e) => return cannot_open(&path, &e),
            };
            if path.is_dir() {
                let e = std::io::Error::from_raw_os_error(21);
                return cannot_open(&path, &e);
            }
            let name = path.to_string_lossy().into_owned();
            let text = match decode_source(&bytes, &name) {
                Ok(t) => t.to_string(),
                Err(e) => return report(&e, "", &name),
            };
            let dir =
                path.parent().map(|p| if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() });
            let dir = dir.map(|d| std::fs::canonicalize(&d).unwrap_or(d));
            (text, name, dir)
        }
        Source::Command(code) => (code, "<string>".to_string(), Some(PathBuf::from(""))),
        Source::Stdin => {
            if std::io::stdin().is_terminal() {
                eprintln!("isopy: the interactive prompt is not available yet; pass a file or pipe a program");
                return 2;
            }
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("isopy: can't read the program from stdin: {e}");
                return 2;
            }
            let text = match decode_source(&bytes, "<stdin>") {
                Ok(t) => t.to_string(),
                Err(e) => return report(&e, "", "<stdin>"),
            };
            (text, "<stdin>".to_string(), Some(PathBuf::from("")))
        }
    };
    install_interrupt_handler();
    let executable = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let config = Config { argv, script_dir, executable, main: true };
    let mut vm = Vm::new(config);
    vm.run_source(&text, &filename).status()
}

/// Ctrl-C raises KeyboardInterrupt in the running program.
fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(isopy_vm::signals::interrupt_main);
}

fn inspect(how: Inspect, path: &Path) -> i32 {
    let file = path.to_string_lossy().into_owned();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return cannot_open(path, &e),
    };
    let source = match decode_source(&bytes, &file) {
        Ok(source) => source,
        Err(e) => return report(&e, "", &file),
    };
    let module = match parse_module(source) {
        Ok(module) => module,
        Err(e) => return report(&e, source, &file),
    };
    let mut out = std::io::stdout().lock();
    if how == Inspect::Ast {
        let options = DumpOptions { include_attributes: false, indent: Some(3) };
        let _ = writeln!(out, "{}", dump_module(&module, source, options));
        return 0;
    }
    match isopy_compiler::compile_module(&module, source, &file) {
        Ok(code) => {
            if how == Inspect::Dis {
                let _ = write!(out, "{}", isopy_compiler::dis::disassemble(&code));
            }
            0
        }
        Err(e) => report(&e, source, &file),
    }
}

/// Prints a syntax error as CPython prints it and returns status 1.
fn report(error: &SyntaxError, source: &str, file: &str) -> i32 {
    eprint!("{}", error.locate(source, file, SourceOrigin::File));
    1
}
