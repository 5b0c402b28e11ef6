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
    let file = workspace().join("../shared/user-scripts/seed_hello.py");
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

#[test]
fn bad_usage_is_status_2() {
    // CPython 3.11's wording: "unknown option --x" for long options,
    // "Unknown option: -x" for short ones, then the usage line.
    let out = isopy(&["--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("unknown option --frobnicate\nusage: isopy [option] ..."), "{err}");
    let out = isopy(&["-z"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("Unknown option: -z\nusage: isopy"));
}

#[test]
fn ast_prints_what_python3_dash_m_ast_prints() {
    for file in ["tests/parser/every_form.py", "../shared/user-scripts/seed_plugins.py"] {
        let path = workspace().join(file);
        let ours = isopy(&["--ast", path.to_str().unwrap()]);
        assert_eq!(ours.status.code(), Some(0), "{}", text(&ours.stderr));
        let theirs = Command::new("python3").args(["-m", "ast"]).arg(&path).output().expect("python3 runs");
        assert!(theirs.status.success());
        assert_eq!(text(&ours.stdout), text(&theirs.stdout), "--ast differs from python3 -m ast for {file}");
    }
}
