//! The command line, parsed with lexopt and reported with CPython's
//! wording: options up to the program (`-c CMD`, `-m MOD`, a file or `-`),
//! then the program's own arguments, untouched.

use std::ffi::OsString;
use std::path::PathBuf;

/// `usage: ...` as CPython prints it, with isopy's name.
pub const USAGE: &str = "usage: isopy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

/// `isopy -h`.
pub const HELP: &str = "\
usage: isopy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run a module found beside the current directory as a script
         (terminates option list)
-q     : don't print version and copyright messages on interactive startup
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
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    /// Run a program (and, with `-i`, open the REPL after it).
    Run(Source),
    /// `--check`, `--ast` or `--dis` of a file.
    Inspect(Inspect, PathBuf),
    /// `-h`.
    Help,
    /// `-V`.
    Version,
}

/// The ways of looking at a program without running it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inspect {
    Check,
    Ast,
    Dis,
}

impl Inspect {
    /// The option that asks for it.
    pub fn flag(self) -> &'static str {
        match self {
            Inspect::Check => "--check",
            Inspect::Ast => "--ast",
            Inspect::Dis => "--dis",
        }
    }
}

/// Where the program comes from.
#[derive(Debug, PartialEq, Eq)]
pub enum Source {
    /// A script file.
    File(PathBuf),
    /// `-c CMD`.
    Command(String),
    /// `-m MODULE`.
    Module(String),
    /// Standard input: the REPL on a terminal, else the program piped in.
    Stdin,
}

/// A parsed command line.
#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    pub action: Action,
    /// `sys.argv` (for `-m`, element 0 is replaced by the module's path).
    pub argv: Vec<String>,
    /// `-u`.
    pub unbuffered: bool,
    /// `-i`.
    pub interactive: bool,
    /// `-q`.
    pub quiet: bool,
}

/// CPython's complaint about a bad command line, ending in its hint.
fn usage_error(first: &str) -> String {
    format!("{first}\n{USAGE}\nTry `isopy -h' for more information.")
}

/// Parses the command line (without the program name). The error is the
/// whole message to print before exiting with status 2.
pub fn parse(args: Vec<OsString>) -> Result<Options, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut options =
        Options { action: Action::Help, argv: Vec::new(), unbuffered: false, interactive: false, quiet: false };
    let mut inspect: Option<Inspect> = None;
    loop {
        let arg = parser.next().map_err(|e| e.to_string())?;
        let Some(arg) = arg else {
            if let Some(i) = inspect {
                return Err(format!("isopy: {} needs a file", i.flag()));
            }
            options.action = Action::Run(Source::Stdin);
            options.argv = vec![String::new()];
            return Ok(options);
        };
        match arg {
            lexopt::Arg::Short(flag @ ('c' | 'm')) => {
                let value = parser
                    .value()
                    .map_err(|_| usage_error(&format!("Argument expected for the -{flag} option")))?
                    .into_string()
                    .map_err(|_| format!("isopy: -{flag} argument is not valid UTF-8"))?;
                let (source, argv0) = if flag == 'c' {
                    (Source::Command(value), "-c".to_string())
                } else {
                    (Source::Module(value), "-m".to_string())
                };
                options.action = Action::Run(source);
                options.argv = std::iter::once(argv0).chain(rest(&mut parser)).collect();
                return Ok(options);
            }
            lexopt::Arg::Short('h' | '?') | lexopt::Arg::Long("help") => {
                options.action = Action::Help;
                return Ok(options);
            }
            lexopt::Arg::Short('V') | lexopt::Arg::Long("version") => {
                options.action = Action::Version;
                return Ok(options);
            }
            lexopt::Arg::Short('u') => options.unbuffered = true,
            lexopt::Arg::Short('i') => options.interactive = true,
            lexopt::Arg::Short('q') => options.quiet = true,
            // Options CPython has that change nothing here.
            lexopt::Arg::Short('B' | 'E' | 'I' | 's' | 'S' | 'O' | 'b' | 'P') => {}
            lexopt::Arg::Long("check") => inspect = Some(Inspect::Check),
            lexopt::Arg::Long("ast") => inspect = Some(Inspect::Ast),
            lexopt::Arg::Long("dis") => inspect = Some(Inspect::Dis),
            lexopt::Arg::Value(v) => {
                let v = v.into_string().map_err(|_| "isopy: the file name is not valid UTF-8".to_string())?;
                if let Some(i) = inspect {
                    options.action = Action::Inspect(i, PathBuf::from(v));
                    return Ok(options);
                }
                let source = if v == "-" { Source::Stdin } else { Source::File(PathBuf::from(&v)) };
                options.action = Action::Run(source);
                options.argv = std::iter::once(v).chain(rest(&mut parser)).collect();
                return Ok(options);
            }
            lexopt::Arg::Short(c) => return Err(usage_error(&format!("Unknown option: -{c}"))),
            lexopt::Arg::Long(l) => return Err(usage_error(&format!("unknown option --{l}"))),
        }
    }
}

/// The remaining command-line words, passed to the program untouched.
fn rest(parser: &mut lexopt::Parser) -> Vec<String> {
    parser.raw_args().map(|raw| raw.map(|a| a.to_string_lossy().into_owned()).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(words: &[&str]) -> Result<Options, String> {
        parse(words.iter().map(OsString::from).collect())
    }

    #[test]
    fn nothing_means_stdin() {
        let o = parsed(&[]).unwrap();
        assert_eq!(o.action, Action::Run(Source::Stdin));
        assert_eq!(o.argv, vec![String::new()]);
    }

    #[test]
    fn dash_c_ends_the_options() {
        let o = parsed(&["-i", "-c", "print(1)", "-i", "x"]).unwrap();
        assert_eq!(o.action, Action::Run(Source::Command("print(1)".into())));
        assert_eq!(o.argv, ["-c", "-i", "x"]);
        assert!(o.interactive);
        let o = parsed(&["-ic", "pass"]).unwrap();
        assert_eq!(o.action, Action::Run(Source::Command("pass".into())));
        assert!(o.interactive);
    }

    #[test]
    fn dash_m_takes_a_module() {
        let o = parsed(&["-m", "pkg.mod", "a"]).unwrap();
        assert_eq!(o.action, Action::Run(Source::Module("pkg.mod".into())));
        assert_eq!(o.argv, ["-m", "a"]);
        assert_eq!(parsed(&["-mfoo"]).unwrap().action, Action::Run(Source::Module("foo".into())));
    }

    #[test]
    fn a_file_and_its_arguments() {
        let o = parsed(&["-u", "prog.py", "-x", "--y"]).unwrap();
        assert_eq!(o.action, Action::Run(Source::File("prog.py".into())));
        assert_eq!(o.argv, ["prog.py", "-x", "--y"]);
        assert!(o.unbuffered);
        let o = parsed(&["-", "a"]).unwrap();
        assert_eq!(o.action, Action::Run(Source::Stdin));
        assert_eq!(o.argv, ["-", "a"]);
    }

    #[test]
    fn usage_errors_have_cpythons_wording() {
        let hint = format!("\n{USAGE}\nTry `isopy -h' for more information.");
        assert_eq!(parsed(&["-z"]).unwrap_err(), format!("Unknown option: -z{hint}"));
        assert_eq!(parsed(&["--frob"]).unwrap_err(), format!("unknown option --frob{hint}"));
        assert_eq!(parsed(&["-c"]).unwrap_err(), format!("Argument expected for the -c option{hint}"));
        assert_eq!(parsed(&["-m"]).unwrap_err(), format!("Argument expected for the -m option{hint}"));
    }

    #[test]
    fn inspecting_needs_a_file() {
        assert_eq!(parsed(&["--dis", "f.py"]).unwrap().action, Action::Inspect(Inspect::Dis, "f.py".into()));
        assert_eq!(parsed(&["--check"]).unwrap_err(), "isopy: --check needs a file");
    }
}
