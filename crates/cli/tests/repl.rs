//! The interactive prompt driven through a pseudo-terminal, as a person
//! types into it: each step waits for the next prompt (never for a fixed
//! time), every wait gives up after 10 seconds, and each session has its
//! own home folder so history files stay apart.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use rexpect::process::WaitStatus;
use rexpect::session::{spawn_with_options, Options, PtySession};

const TIMEOUT_MS: u64 = 10_000;

/// A fresh, empty folder for one test.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("isopy-repl-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One session of `isopy` in a terminal.
struct Repl {
    session: PtySession,
}

impl Repl {
    /// Starts `isopy ARGS` with HOME and the current folder at `home`
    /// (TERM=xterm: rustyline edits only on a terminal it knows).
    fn start_in(home: &Path, args: &[&str]) -> Repl {
        let mut command = Command::new(env!("CARGO_BIN_EXE_isopy"));
        command.args(args).current_dir(home).env("HOME", home).env("TERM", "xterm");
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("PYTHON") {
                command.env_remove(key);
            }
        }
        let options = Options::new().timeout_ms(Some(TIMEOUT_MS)).strip_ansi_escape_codes(true);
        let session = spawn_with_options(command, options).expect("isopy starts in a pty");
        Repl { session }
    }

    /// Starts `isopy` with no arguments and waits for its first prompt.
    fn start(home: &Path) -> Repl {
        let mut repl = Repl::start_in(home, &[]);
        let banner = repl.until_prompt();
        assert!(banner.contains(&format!("isopy {}", env!("CARGO_PKG_VERSION"))), "banner: {banner:?}");
        repl
    }

    /// Everything up to the next `>>> ` or `... ` prompt.
    fn until_prompt(&mut self) -> String {
        match self.session.exp_regex(r">>> |\.\.\. ") {
            Ok((before, _)) => before,
            Err(e) => panic!("no prompt came: {e}"),
        }
    }

    /// Everything up to `text`.
    fn until(&mut self, text: &str) -> String {
        match self.session.exp_string(text) {
            Ok(before) => before,
            Err(e) => panic!("{text:?} did not come: {e}"),
        }
    }

    /// Types `line` and Enter; what it printed before the next prompt
    /// (the echo of the line first).
    fn enter(&mut self, line: &str) -> String {
        self.send(&format!("{line}\r"));
        self.until_prompt()
    }

    /// Types `keys` as they are.
    fn send(&mut self, keys: &str) {
        self.session.send(keys).unwrap();
        self.session.flush().unwrap();
    }

    /// Sends Ctrl-`key`.
    fn control(&mut self, key: char) {
        self.session.send_control(key).unwrap();
    }

    /// Waits for the process to end; its exit status.
    fn exit_status(mut self) -> i32 {
        self.session.exp_eof().expect("isopy ends");
        match self.session.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("isopy did not exit normally: {other:?}"),
        }
    }
}

/// The output lines of `text`, without the terminal's carriage returns.
fn lines(text: &str) -> Vec<String> {
    text.split('\n').map(|l| l.trim_end_matches('\r').rsplit('\r').next().unwrap_or("").to_string()).collect()
}

#[test]
fn a_function_defined_over_several_lines_then_called() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    assert_eq!(lines(&repl.enter("def triple(x):")), ["def triple(x):", ""]);
    repl.enter("    y = x * 3");
    repl.enter("    return y");
    repl.enter("");
    assert_eq!(lines(&repl.enter("triple(14)"))[1], "42");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn expressions_are_echoed_and_underscore_keeps_the_last() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    assert_eq!(lines(&repl.enter("6 * 7")), ["6 * 7", "42", ""]);
    assert_eq!(lines(&repl.enter("'a' + 'b'")), ["'a' + 'b'", "'ab'", ""]);
    assert_eq!(lines(&repl.enter("None")), ["None", ""]);
    assert_eq!(lines(&repl.enter("x = _ * 2")), ["x = _ * 2", ""]);
    assert_eq!(lines(&repl.enter("x")), ["x", "'abab'", ""]);
    // An open bracket continues the input; closing it ends it.
    repl.enter("[1, (2,");
    assert_eq!(lines(&repl.enter("3)]")), ["3)]", "[1, (2, 3)]", ""]);
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn an_exception_leaves_the_session_and_its_state() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.enter("items = [1, 2, 3]");
    let out = repl.enter("items[10]");
    assert_eq!(
        lines(&out),
        [
            "items[10]",
            "Traceback (most recent call last):",
            "  File \"<stdin>\", line 1, in <module>",
            "IndexError: list index out of range",
            ""
        ]
    );
    repl.enter("def boom():");
    repl.enter("    return 1 / 0");
    repl.enter("");
    let out = lines(&repl.enter("boom()"));
    assert_eq!(
        out[2..],
        [
            "  File \"<stdin>\", line 1, in <module>",
            "  File \"<stdin>\", line 2, in boom",
            "ZeroDivisionError: division by zero",
            ""
        ]
    );
    assert_eq!(lines(&repl.enter("sum(items)"))[1], "6");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn a_syntax_error_shows_its_caret_and_the_session_goes_on() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.enter("x = 5");
    let out = lines(&repl.enter("x = = 1"));
    assert_eq!(out[1..], ["  File \"<stdin>\", line 1", "    x = = 1", "        ^", "SyntaxError: invalid syntax", ""]);
    repl.enter("if x:");
    let out = lines(&repl.enter("    print(x +)"));
    assert_eq!(
        out[1..],
        ["  File \"<stdin>\", line 2", "    print(x +)", "             ^", "SyntaxError: invalid syntax", ""]
    );
    assert_eq!(lines(&repl.enter("x + 1"))[1], "6");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_c_interrupts_running_code_and_the_prompt_comes_back() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.enter("count = 7");
    repl.enter("if True:");
    repl.enter("    print('spin' + 'ning')");
    repl.enter("    while True: pass");
    repl.send("\r");
    // The loop runs once its first line is printed.
    repl.until("spinning");
    repl.control('c');
    let out = repl.until_prompt();
    assert!(out.contains("Traceback (most recent call last):"), "{out:?}");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    assert_eq!(lines(&repl.enter("count + 1"))[1], "8");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_c_cancels_the_line_being_typed() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.send("undefined_name");
    repl.control('c');
    let out = repl.until_prompt();
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    // A block half typed is dropped too.
    repl.enter("for i in range(3):");
    repl.control('c');
    let out = repl.until(">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    assert_eq!(lines(&repl.enter("1 + 1"))[1], "2");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_d_ends_the_session_with_status_0() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn exit_and_quit_end_the_session() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.send("exit()\r");
    assert_eq!(repl.exit_status(), 0);
    let mut repl = Repl::start(home.path());
    repl.send("quit()\r");
    assert_eq!(repl.exit_status(), 0);
    let mut repl = Repl::start(home.path());
    repl.send("import sys; sys.exit(3)\r");
    assert_eq!(repl.exit_status(), 3);
}

#[test]
fn tab_completes_names_and_attributes() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.enter("class Point:");
    repl.enter("    def __init__(self):");
    repl.enter("        self.horizontal = 3");
    repl.enter("    def vertical_flip(self):");
    repl.enter("        return 4");
    repl.enter("");
    repl.enter("spot = Point()");
    // A builtin function gets its parenthesis.
    repl.send("pri\t");
    repl.until(">>> print(");
    repl.send("'done')\r");
    assert_eq!(lines(&repl.until_prompt()), ["'done')", "done", ""]);
    // A name of __main__, then an attribute and a method of its value.
    repl.send("sp\t");
    repl.until(">>> spot");
    repl.send(".hor\t");
    repl.until(">>> spot.horizontal");
    repl.send(" + spot.vert\t");
    repl.until("spot.horizontal + spot.vertical_flip(");
    assert_eq!(lines(&repl.enter(")"))[1], "7");
    // A keyword gets its space.
    repl.send("whi\t");
    repl.until(">>> while ");
    repl.control('c');
    repl.until_prompt();
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn history_is_kept_in_the_home_folder() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    repl.enter("remembered = 12");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
    let history = std::fs::read_to_string(home.path().join(".isopy_history")).unwrap();
    assert!(history.contains("remembered = 12"), "{history:?}");
    let mut repl = Repl::start(home.path());
    // Up arrow brings the line back.
    repl.send("\x1b[A");
    repl.until("remembered = 12");
    repl.send("\r");
    repl.until_prompt();
    assert_eq!(lines(&repl.enter("remembered"))[1], "12");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn dash_i_opens_the_prompt_in_the_programs_namespace() {
    let home = TempDir::new();
    std::fs::write(home.path().join("prog.py"), "answer = 42\nprint('ran')\n").unwrap();
    let mut repl = Repl::start_in(home.path(), &["-i", "prog.py"]);
    let out = repl.until_prompt();
    assert!(out.contains("ran"), "{out:?}");
    assert!(!out.contains("isopy 0"), "no banner after a program: {out:?}");
    assert_eq!(lines(&repl.enter("answer"))[1], "42");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn dash_i_opens_the_prompt_after_an_uncaught_exception() {
    let home = TempDir::new();
    std::fs::write(home.path().join("fails.py"), "state = 'kept'\nraise ValueError('bad')\n").unwrap();
    let mut repl = Repl::start_in(home.path(), &["-i", "fails.py"]);
    let out = repl.until_prompt();
    assert!(out.contains("ValueError: bad"), "{out:?}");
    assert_eq!(lines(&repl.enter("state"))[1], "'kept'");
    repl.send("exit(5)\r");
    assert_eq!(repl.exit_status(), 5);
}

#[test]
fn help_says_what_isopy_is_and_shows_an_objects_doc() {
    let home = TempDir::new();
    let mut repl = Repl::start(home.path());
    let out = repl.enter("help()");
    assert!(out.contains("isopy"), "{out:?}");
    repl.enter("def area(width, height=2):");
    repl.enter("    'The area of a rectangle.'");
    repl.enter("    return width * height");
    repl.enter("");
    let out = repl.enter("help(area)");
    assert!(out.contains("area(width, height=2)"), "{out:?}");
    assert!(out.contains("The area of a rectangle."), "{out:?}");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}
