//! Hostile input never panics, overflows the stack or hangs: it parses, or
//! fails with the error CPython gives. Each test runs on a thread with a
//! 2 MiB stack, the size an interpreter's threads get, so the bound on tree
//! depth is what keeps every recursive pass safe.

use isopy_syntax::{decode_source, parse_expression, parse_module, ErrorKind, SourceOrigin, SyntaxError};

/// Runs `f` on a thread with a 2 MiB stack.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(2 << 20).spawn(f).unwrap().join().expect("no panic, no overflow")
}

fn module_error(source: String) -> SyntaxError {
    on_small_stack(move || parse_module(&source).expect_err("should fail"))
}

#[test]
fn ten_thousand_nested_brackets_hit_cpythons_limit() {
    for open in ["(", "[", "{"] {
        let err = module_error(format!("x = {}", open.repeat(10_000)));
        assert_eq!(err.message, "too many nested parentheses");
    }
    let balanced = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(module_error(balanced).message, "too many nested parentheses");
    // 199 levels are fine, as in CPython.
    let ok = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    on_small_stack(move || parse_module(&ok).unwrap());
}

#[test]
fn long_chains_raise_recursion_error_not_overflow() {
    let cases = [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}\n", vec!["1"; 100_000].join(" + ")),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = f{}\n", "()".repeat(100_000)),
        format!("x = {}0\n", "lambda: ".repeat(50_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}\n", vec!["a"; 100_000].join(" ** ")),
        format!("x = {}\n", vec!["a if b else"; 50_000].join(" ") + " c"),
    ];
    for source in cases {
        let err = module_error(source);
        assert_eq!(err.kind, ErrorKind::Recursion);
        assert_eq!(err.to_string(), "RecursionError: maximum recursion depth exceeded during compilation");
    }
    // Just under the limit is accepted.
    let ok = format!("x = {}\n", vec!["1"; 999].join(" + "));
    on_small_stack(move || parse_module(&ok).unwrap());
}

#[test]
fn deep_indentation_hits_cpythons_limit() {
    let mut source = String::new();
    for level in 0..150 {
        source.push_str(&" ".repeat(level));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(150));
    source.push_str("pass\n");
    let err = module_error(source);
    assert_eq!(err.kind, ErrorKind::Indentation);
    assert_eq!(err.message, "too many levels of indentation");
}

#[test]
fn ten_megabyte_file_parses() {
    let unit =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../benches/data/realistic.py")).unwrap();
    let copies = (10 << 20) / unit.len() + 1;
    let source = unit.repeat(copies);
    assert!(source.len() >= 10 << 20);
    let statements = on_small_stack(move || parse_module(&source).unwrap().body.len());
    assert!(statements > copies * 50);
}

#[test]
fn invalid_utf8_names_the_bad_byte_as_cpython_does() {
    let err = decode_source(b"x = 1\ny = '\xff'\n", "bad.py").unwrap_err();
    assert_eq!(
        err.locate("", "bad.py", SourceOrigin::File).to_string(),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding declared; \
         see https://peps.python.org/pep-0263/ for details\n"
    );
    // A byte-order mark is skipped.
    assert_eq!(decode_source(b"\xef\xbb\xbfx = 1\n", "bom.py").unwrap(), "x = 1\n");
}

#[test]
fn nul_bytes_are_refused() {
    let source = "x = 1\ny = 2\0\n";
    let err = parse_module(source).unwrap_err();
    assert_eq!(err.message, "source code cannot contain null bytes");
    let shown = err.locate(source, "nul.py", SourceOrigin::File).to_string();
    assert_eq!(shown, "  File \"nul.py\", line 2\n    y = 2\nSyntaxError: source code cannot contain null bytes\n");
    assert_eq!(parse_expression("1\0").unwrap_err().message, "source code cannot contain null bytes");
}

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn random_token_soup_never_panics() {
    const VOCABULARY: &[&str] = &[
        "x", "y", "1", "2.5", "'s'", "f'{x}'", "f'{", "}", "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+",
        "-", "*", "**", "/", "if", "else", "elif", "for", "in", "while", "def", "class", "return", "yield", "lambda",
        "not", "and", "or", "import", "from", "as", "with", "try", "except", "finally", "raise", "del", "global",
        "nonlocal", "pass", "break", "continue", "async", "await", ":=", "->", "@", "\n", "\n    ", "\n\t", "\\\n",
        "#c\n", ";", "\"\"\"", "'", "0x", "1e", "_", "é", "\u{2013}",
    ];
    on_small_stack(|| {
        let mut rng = Lcg(0x1505);
        for _ in 0..20_000 {
            let len = (rng.next() % 40) as usize;
            let mut source = String::new();
            for _ in 0..len {
                source.push_str(VOCABULARY[(rng.next() as usize) % VOCABULARY.len()]);
                if rng.next() % 3 == 0 {
                    source.push(' ');
                }
            }
            if let Err(e) = parse_module(&source) {
                // Rendering the error must not panic either.
                let _ = e.locate(&source, "soup.py", SourceOrigin::File).to_string();
                let _ = e.locate(&source, "soup.py", SourceOrigin::String).to_string();
            }
            let _ = parse_expression(&source);
        }
    });
}

#[test]
fn random_bytes_never_panic() {
    on_small_stack(|| {
        let mut rng = Lcg(42);
        for _ in 0..5_000 {
            let len = (rng.next() % 64) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| (rng.next() % 256) as u8).collect();
            if let Ok(source) = decode_source(&bytes, "bytes.py") {
                if let Err(e) = parse_module(source) {
                    let _ = e.locate(source, "bytes.py", SourceOrigin::File).to_string();
                }
            }
        }
    });
}
