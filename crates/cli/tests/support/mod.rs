//! What the test harnesses that run `.py` programs through the `isopy`
//! binary share: running one program the way CPython's expected outputs
//! were recorded, comparing output, and running many programs at once.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A program that runs longer than this is reported as hung.
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// What one run of a program produced.
pub struct Run {
    /// The exit status.
    pub code: i32,
    /// Everything it wrote to stdout.
    pub stdout: Vec<u8>,
    /// Everything it wrote to stderr.
    pub stderr: Vec<u8>,
}

impl Run {
    /// `None` for exit status 0, else `exit: N\n<last stderr line>\n` (the
    /// form of the `.error` files).
    pub fn error(&self) -> Option<String> {
        if self.code == 0 {
            return None;
        }
        let stderr = String::from_utf8_lossy(&self.stderr);
        let last = stderr.trim_end_matches('\n').lines().last().unwrap_or("").to_string();
        Some(format!("exit: {}\n{last}\n", self.code))
    }
}

/// Runs `program` under isopy from its own folder, with stdin from
/// /dev/null and an environment without `PYTHON*` variables (but the ones
/// `scripts/regen_expected.py` sets for CPython).
pub fn run_isopy(program: &Path) -> Result<Run, String> {
    run_isopy_limited(program, None)
}

/// `run_isopy`, with the process's address space limited to
/// `address_space_kib` KiB (`ulimit -v`) when given: a program that asks
/// for more memory than any machine has cannot take this one's memory if
/// the interpreter under test does try to provide it.
pub fn run_isopy_limited(program: &Path, address_space_kib: Option<u64>) -> Result<Run, String> {
    let isopy = env!("CARGO_BIN_EXE_isopy");
    let mut command = match address_space_kib {
        None => Command::new(isopy),
        Some(kib) => {
            let mut sh = Command::new("sh");
            sh.arg("-c").arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\"")).arg(isopy);
            sh
        }
    };
    command
        .arg(program.file_name().unwrap())
        .current_dir(program.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(key);
        }
    }
    command.env("PYTHONHASHSEED", "0").env("PYTHONIOENCODING", "utf-8").env("PYTHONDONTWRITEBYTECODE", "1");
    let mut child = command.spawn().map_err(|e| format!("cannot start isopy: {e}"))?;
    // Read both pipes on their own threads so a chatty program cannot
    // block on a full pipe while we wait for it.
    let mut stdout_pipe = child.stdout.take().unwrap();
    let mut stderr_pipe = child.stderr.take().unwrap();
    let stdout_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stdout_pipe, &mut buf).map(|_| buf)
    });
    let stderr_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stderr_pipe, &mut buf).map(|_| buf)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("still running after {}s (killed)", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = stdout_reader.join().unwrap().map_err(|e| e.to_string())?;
    let stderr = stderr_reader.join().unwrap().map_err(|e| e.to_string())?;
    match status.code() {
        Some(code) => Ok(Run { code, stdout, stderr }),
        None => Err(format!("killed by a signal ({status}); stderr:\n{}", String::from_utf8_lossy(&stderr))),
    }
}

/// How much address space (KiB) `isopy` has mapped once it has started
/// and run a line of Python: the largest of a few runs (it varies from run
/// to run: a helper thread's malloc arena reserves 64 MiB, or not yet),
/// measured once per test binary. Address-space limits for programs that
/// must run out of memory are set this far above it, so they do not depend
/// on how much the interpreter reserves for itself.
pub fn startup_address_space_kib() -> u64 {
    static MEASURED: OnceLock<u64> = OnceLock::new();
    *MEASURED.get_or_init(|| {
        const PROGRAM: &str =
            "for line in open('/proc/self/status'):\n    if line.startswith('VmSize:'):\n        print(line.split()[1])";
        (0..3)
            .map(|_| {
                let out = Command::new(env!("CARGO_BIN_EXE_isopy"))
                    .args(["-c", PROGRAM])
                    .stdin(Stdio::null())
                    .output()
                    .unwrap_or_else(|e| panic!("cannot start isopy: {e}"));
                let stdout = String::from_utf8_lossy(&out.stdout);
                stdout.trim().parse::<u64>().unwrap_or_else(|_| {
                    panic!("isopy -c (VmSize): {stdout:?}, stderr: {}", String::from_utf8_lossy(&out.stderr))
                })
            })
            .max()
            .unwrap()
    })
}

/// The first line where stdout differs, with its line number.
pub fn first_difference(expected: &[u8], observed: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let observed = String::from_utf8_lossy(observed);
    let mut expected_lines = expected.split_inclusive('\n');
    let mut observed_lines = observed.split_inclusive('\n');
    for number in 1.. {
        match (expected_lines.next(), observed_lines.next()) {
            (None, None) => break,
            (e, o) if e == o => continue,
            (e, o) => {
                return format!("stdout differs at line {number}:\n  expected: {e:?}\n  isopy:    {o:?}");
            }
        }
    }
    "stdout differs".into()
}

/// Runs `check` on every program, a few at a time, and returns the
/// failures (`name: why`), sorted.
pub fn check_all(programs: &[PathBuf], root: &Path, check: impl Fn(&Path) -> Result<(), String> + Sync) -> Vec<String> {
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(programs.len()).max(1);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(index) else { break };
                if let Err(why) = check(program) {
                    let name = program.strip_prefix(root).unwrap_or(program).display().to_string();
                    failures.lock().unwrap().push(format!("{name}: {why}"));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    failures
}

/// A fresh, empty folder for one test, removed when the test is done.
pub struct Scratch(PathBuf);

impl Scratch {
    /// A new folder whose name starts with `isopy-NAME-`.
    pub fn new(name: &str) -> Scratch {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let unique = format!("isopy-{name}-{}-{nanos}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
        let dir = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// Writes `source` as `name` in the folder and returns its path.
    pub fn program(&self, name: &str, source: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, source).unwrap();
        path
    }

    /// The contents of a file the program wrote, or why there is none.
    pub fn read(&self, name: &str) -> String {
        match std::fs::read(self.0.join(name)) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => format!("<{name}: {e}>"),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Output bytes as text (lossy).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
