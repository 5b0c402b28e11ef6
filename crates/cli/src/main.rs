//! The `isopy` command: run a program (a file, `-c` text, a `-m` module or
//! stdin) as `python3` would, open the interactive prompt, or inspect a
//! program (`--check`, `--ast`, `--dis`).

mod args;
mod codeop;
mod completion;
mod inspect;
mod reader;
mod repl;
mod run;
mod source;

use std::process::ExitCode;

use args::{Action, HELP};

/// Running out of memory raises `MemoryError` in the interpreter whose
/// thread ran out, instead of aborting (see `isopy_vm::host::MemoryCushion`).
#[global_allocator]
static ALLOCATOR: isopy_vm::host::MemoryCushion = isopy_vm::host::MemoryCushion;

fn main() -> ExitCode {
    let options = match args::parse(std::env::args_os().skip(1).collect()) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if options.unbuffered {
        isopy_vm::host::set_unbuffered();
    }
    let status = match options.action {
        Action::Help => {
            print!("{HELP}");
            0
        }
        Action::Version => {
            println!("isopy {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Action::Inspect(how, path) => inspect::inspect(how, &path),
        Action::Run(source) => {
            let how = run::Run { argv: options.argv, interactive: options.interactive, quiet: options.quiet };
            run::run(source, how)
        }
    };
    isopy_vm::host::flush_stdout();
    ExitCode::from(status.clamp(0, 255) as u8)
}
