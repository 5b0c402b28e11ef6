//! Running a program as `__main__` — a file, `-c` text, a `-m` module or
//! what stdin holds — and, with `-i` or on a terminal, the prompt.

use std::io::IsTerminal;
use std::path::PathBuf;

use isopy_vm::{host, Config, Vm};

use crate::args::Source;
use crate::repl;
use crate::source::{find_module, read_file, read_stdin, script_dir};

/// How to run: `sys.argv` and the options that change running.
pub struct Run {
    pub argv: Vec<String>,
    /// `-i`: the prompt after the program (and on a stdin that is no terminal).
    pub interactive: bool,
    /// `-q`: no banner.
    pub quiet: bool,
}

/// A new main interpreter.
fn new_vm(argv: Vec<String>, script_dir: Option<PathBuf>) -> Vm {
    let executable = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    Vm::new(Config { argv, script_dir, executable, main: true })
}

/// Ctrl-C raises KeyboardInterrupt in the running program.
fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(host::interrupt_main);
}

/// Runs `source`; the exit status. However the program ends, its
/// interpreters are finalized before the process exits (files flushed,
/// generators' `finally` run), as CPython's are.
pub fn run(source: Source, mut how: Run) -> i32 {
    let cwd = || PathBuf::from("");
    let (text, filename, dir, package) = match source {
        Source::Stdin => {
            if how.interactive || std::io::stdin().is_terminal() {
                install_interrupt_handler();
                let mut vm = new_vm(how.argv, Some(cwd()));
                let status = repl::interact(&mut vm, !how.quiet);
                host::finalize_process(vm);
                return status;
            }
            match read_stdin() {
                Ok(text) => (text, "<stdin>".to_string(), Some(cwd()), None),
                Err(status) => return status,
            }
        }
        Source::File(path) => match read_file(&path) {
            Ok((text, name)) => (text, name, script_dir(&path), None),
            Err(status) => return status,
        },
        Source::Command(code) => (code, "<string>".to_string(), Some(cwd()), None),
        Source::Module(name) => {
            let root = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
            let found = match find_module(&root, &name) {
                Ok(found) => found,
                Err(message) => {
                    eprintln!("isopy: {message}");
                    return 1;
                }
            };
            let (text, filename) = match read_file(&found.path) {
                Ok(loaded) => loaded,
                Err(status) => return status,
            };
            how.argv[0] = filename.clone();
            (text, filename, Some(root), Some((found.package, found.parents)))
        }
    };
    install_interrupt_handler();
    let mut vm = new_vm(how.argv, dir);
    let status = run_program(&mut vm, &text, &filename, package, how.interactive);
    host::finalize_process(vm);
    status
}

/// Runs the program in `vm` as `__main__` (after importing the parent
/// packages of a `-m` module), then the prompt if asked for; the status.
fn run_program(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    package: Option<(String, Vec<String>)>,
    interactive: bool,
) -> i32 {
    if let Some((package, parents)) = package {
        // As runpy: `__package__` is set and the parent packages imported
        // before the module runs.
        let p = vm.new_str(package);
        host::set_main_global(vm, "__package__", p);
        for parent in parents {
            if let Err(e) = host::import_module(vm, &parent) {
                let status = vm.report_uncaught(e).status();
                if !interactive {
                    return status;
                }
                return repl::interact(vm, false);
            }
        }
    }
    let outcome = vm.run_source(text, filename);
    if interactive {
        return repl::interact(vm, false);
    }
    outcome.status()
}
