//! The `isopy` binary as a user runs it: exit statuses, messages, and
//! `--ast` output compared with `python3 -m ast`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn isopy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_isopy")).args(args).output().unwrap()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_accepts_a_valid_program_silently() {
    // A program that prints when run: --check must compile it, not run it.
    let file = workspace().join("tests/interpreters/isolation.py");
    let out = isopy(&["--check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn check_reports_a_syntax_error_as_cpython_and_exits_1() {
    let dir = workspace().join("tests/syntax_errors");
    let out = Command::new(env!("CARGO_BIN_EXE_isopy"))
        .args(["--check", "missing_colon_if.py"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let expected = std::fs::read_to_string(dir.join("missing_colon_if.expected")).unwrap();
    assert_eq!(text(&out.stderr), expected);
}

#[test]
fn missing_file_is_status_2_with_cpythons_message() {
    let out = isopy(&["--check", "no_such_file.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "isopy: can't open file 'no_such_file.py': [Errno 2] No such file or directory\n");
}

/// CPython 3.11's usage line and hint, with isopy's name.
const USAGE: &str =
    "usage: isopy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `isopy -h' for more information.\n";

#[test]
fn bad_usage_is_status_2_with_cpythons_wording() {
    // "unknown option --x" for long options, "Unknown option: -x" for
    // short ones, then the usage line and the hint, as `python3 -z` prints.
    for (args, first) in [
        (&["--frobnicate"][..], "unknown option --frobnicate"),
        (&["-z"], "Unknown option: -z"),
        (&["-uz"], "Unknown option: -z"),
        (&["-c"], "Argument expected for the -c option"),
        (&["-m"], "Argument expected for the -m option"),
    ] {
        let out = isopy(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stderr), format!("{first}\n{USAGE}"), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn the_usage_error_is_what_python3_prints_but_for_the_name() {
    let Ok(theirs) = Command::new("python3").arg("-z").output() else { return };
    let theirs = text(&theirs.stderr);
    let ours = text(&isopy(&["-z"]).stderr);
    // python3 names itself by its path in the usage line, and "python" in the hint.
    let normalise = |s: &str| {
        s.lines()
            .map(|l| if l.starts_with("usage: ") { l.split_once(' ').unwrap().1.split_once(' ').unwrap().1 } else { l })
            .map(|l| l.replace("python", "isopy"))
            .collect::<Vec<_>>()
    };
    assert_eq!(normalise(&ours), normalise(&theirs));
}

/// Runs isopy with `args`, `stdin` piped in, from `dir`.
fn isopy_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_isopy"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// A fresh folder for one test, removed at the end.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("isopy-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn version_and_help() {
    for flag in ["-V", "--version"] {
        let out = isopy(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(text(&out.stdout), format!("isopy {}\n", env!("CARGO_PKG_VERSION")));
    }
    for flag in ["-h", "--help", "-?"] {
        let out = isopy(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        let help = text(&out.stdout);
        assert!(help.starts_with("usage: isopy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"), "{help}");
        for option in ["-c cmd", "-i ", "-m mod", "-u ", "-V ", "--check", "--dis", "--ast"] {
            assert!(help.contains(option), "-h does not mention {option}");
        }
    }
}

#[test]
fn dash_c_runs_its_argument_with_the_rest_in_argv() {
    let out = isopy(&["-c", "import sys; print(sys.argv)", "a", "-i"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "['-c', 'a', '-i']\n");
    let out = isopy(&["-c", "raise SystemExit(4)"]);
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn dash_m_runs_a_module_or_package_as_main() {
    let dir = TempDir::new("dash-m");
    let d = &dir.0;
    std::fs::create_dir_all(d.join("pkg")).unwrap();
    std::fs::create_dir_all(d.join("bare")).unwrap();
    let show = "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith(__file__))\n";
    std::fs::write(d.join("tool.py"), show).unwrap();
    std::fs::write(d.join("pkg/__init__.py"), "print('init')\n").unwrap();
    std::fs::write(d.join("pkg/__main__.py"), format!("from . import helper\n{show}")).unwrap();
    std::fs::write(d.join("pkg/helper.py"), "").unwrap();
    std::fs::write(d.join("pkg/sub.py"), format!("print(__package__)\n{show}")).unwrap();

    let out = isopy_in(d, &["-m", "tool", "x", "-c"], "");
    assert_eq!(text(&out.stderr), "");
    assert_eq!(text(&out.stdout), "__main__ ['x', '-c'] True\n");
    let out = isopy_in(d, &["-m", "pkg"], "");
    assert_eq!(text(&out.stderr), "");
    assert_eq!(text(&out.stdout), "init\n__main__ [] True\n");
    let out = isopy_in(d, &["-m", "pkg.sub"], "");
    assert_eq!(text(&out.stdout), "init\npkg\n__main__ [] True\n");
    let out = isopy_in(d, &["-m", "tool", "-i"], "");
    assert_eq!(text(&out.stdout), "__main__ ['-i'] True\n", "-i after the module is its argument");

    // CPython's messages (status 1), with isopy's name.
    for (module, message) in [
        ("nosuch", "No module named nosuch"),
        ("pkg.nosuch", "No module named pkg.nosuch"),
        ("bare", "No module named bare.__main__; 'bare' is a package and cannot be directly executed"),
        (
            "nosuch.sub",
            "Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')",
        ),
    ] {
        let out = isopy_in(d, &["-m", module], "");
        assert_eq!(out.status.code(), Some(1), "-m {module}");
        assert_eq!(text(&out.stderr), format!("isopy: {message}\n"), "-m {module}");
    }
}

#[test]
fn stdin_is_the_program_when_it_is_not_a_terminal() {
    let dir = TempDir::new("stdin");
    let out = isopy_in(&dir.0, &[], "import sys\nprint(sys.argv, 6 * 7)\n");
    assert_eq!(text(&out.stdout), "[''] 42\n");
    let out = isopy_in(&dir.0, &["-", "a"], "import sys\nprint(sys.argv)\n");
    assert_eq!(text(&out.stdout), "['-', 'a']\n");
    let out = isopy_in(&dir.0, &[], "1 / 0\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("ZeroDivisionError: division by zero\n"));
}

#[test]
fn dash_i_reads_the_prompts_input_from_a_pipe_too() {
    // As `python3 -i` on a pipe: prompts on stderr, values echoed on stdout.
    let dir = TempDir::new("dash-i");
    std::fs::write(dir.0.join("prog.py"), "x = 20\n").unwrap();
    let input = "x + 1\nif x:\n    print('block')\n\n1/0\nx * 2\n";
    let out = isopy_in(&dir.0, &["-i", "prog.py"], input);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "21\nblock\n40\n");
    let err = text(&out.stderr);
    assert!(err.starts_with(">>> >>> ... ... >>> Traceback (most recent call last):\n"), "{err}");
    assert!(err.contains("  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"), "{err}");
    assert!(!err.contains("isopy 0"), "no banner after a program: {err}");
    // With no program, the banner comes first; -q leaves it out; exit(n) ends it.
    let out = isopy_in(&dir.0, &["-i"], "exit(7)\n");
    assert_eq!(out.status.code(), Some(7));
    assert!(text(&out.stderr).starts_with(&format!("isopy {}", env!("CARGO_PKG_VERSION"))));
    let out = isopy_in(&dir.0, &["-iq"], "");
    assert_eq!(text(&out.stderr), ">>> \n");
    let out = isopy_in(&dir.0, &["-i", "-c", "y = 3"], "y\n");
    assert_eq!(text(&out.stdout), "3\n");
}

#[test]
fn dash_u_and_dash_dis() {
    let out = isopy(&["-u", "-c", "print('unbuffered')"]);
    assert_eq!(text(&out.stdout), "unbuffered\n");
    let file = workspace().join("tests/interpreters/isolation.py");
    let out = isopy(&["--dis", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Disassembly of <code object <module>"), "{}", text(&out.stdout));
}

#[test]
fn ast_prints_what_python3_dash_m_ast_prints() {
    for file in ["tests/parser/every_form.py", "tests/interpreters/channels.py"] {
        let path = workspace().join(file);
        let ours = isopy(&["--ast", path.to_str().unwrap()]);
        assert_eq!(ours.status.code(), Some(0), "{}", text(&ours.stderr));
        let theirs = Command::new("python3").args(["-m", "ast"]).arg(&path).output().expect("python3 runs");
        assert!(theirs.status.success());
        assert_eq!(text(&ours.stdout), text(&theirs.stdout), "--ast differs from python3 -m ast for {file}");
    }
}
