//! Python-ish text built from the fuzz bytes, one vocabulary token per byte,
//! so that mutations reach deep grammar states (nested blocks, f-strings,
//! comprehensions, ...) instead of dying in the tokenizer. Then the same
//! checks as `parse`: `parse_module`, `parse_expression` and the rendering
//! of every error must not panic.
#![no_main]

use isopy_syntax::{parse_expression, parse_module, SourceOrigin, SyntaxError};
use libfuzzer_sys::fuzz_target;

/// Byte `b` appends `VOCAB[b % VOCAB.len()]`, except `ESCAPE`, which appends
/// the next byte as a character (`char::from(byte)`, so Latin-1 too).
const ESCAPE: u8 = 0xFF;

const VOCAB: &[&str] = &[
    // Layout: line ends, indentation of spaces and tabs, continuations.
    "\n", "\n", "\n    ", "\n        ", "\n\t", "\n\t\t", "\n  ", "\n \t", "\n\t ", "    ", "\t", " ", " ", " ",
    "\r\n", "\r", "\\\n", "\x0c", "# c\n", "#",
    // Keywords.
    "False", "None", "True", "and ", "as ", "assert ", "async ", "await ", "break", "class ", "continue",
    "def ", "del ", "elif ", "else", "except", "finally", "for ", "from ", "global ", "if ", "import ",
    " in ", "is ", "lambda", "nonlocal ", "not ", "or ", "pass", "raise ", "return", "try", "while ",
    "with ", "yield", "yield from ",
    // Soft keywords and common names.
    "match ", "case ", "_", "type", "print", "self", "x", "y", "z", "f", "a1", "__init__", "__debug__",
    "ñ", "ℌ", "µ", "€", "\u{200b}",
    // Operators and delimiters.
    "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=",
    ">=", "==", "!=", "<>", "=", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=",
    "<<=", "**=", "->", ".", "...", ",", ":", ";", "!", "$", "?", "`", "\\",
    // Brackets.
    "(", ")", "[", "]", "{", "}", "(", ")", "[", "]", "{", "}",
    // Numbers.
    "0", "1", "42", "007", "0x1F", "0o17", "0b101", "1_000", "1__0", "0_", "1.", ".5", "1.5e-3", "1e",
    "3j", "1.0J", "0x", "0b2", "09", "1if", "0xfor", "1_e1", "9" ,
    // Strings and their pieces.
    "'s'", "\"s\"", "'''t'''", "\"\"\"t\"\"\"", "r'\\d'", "b'b'", "rb'\\x'", "Br\"x\"", "u'u'",
    "'\\N{DASH}'", "'\\x4'", "'\\777'", "'\\u00e9'", "b'é'", "'", "\"", "'''", "\"\"\"", "r", "b",
    "u", "'\\\n'", "'\\q'",
    // F-strings and their pieces.
    "f'", "f\"", "f'''", "rf'", "fr\"", "F'", "f'{x}'", "f'{x!r}'", "f'{x:>10}'", "f'{x:{w}.{p}}'",
    "f'{{}}'", "f'{x=}'", "f'{x = !s:^5}'", "f'{'", "f'}'", "{", "}", "{{", "}}", "!r", "!s", "!a",
    "!x", "=", ":", "f'{f\"{x}\"}'", "f'{x:{'", "f\"{lambda x: x}\"", "f'{yield}'", "f'{*x}'",
    "f'{x#}'", "f'{\n}'",
    // Whole phrases that open deep states.
    "def f(a, /, b=1, *c, d, **e) -> int:", "class C(B, metaclass=M):", "lambda *a, **k: 0",
    "[x for x in y if x]", "{k: v for k, v in d}", "(yield)", "async def g():", "async for ",
    "async with ", "await x", "with (a as b, c):", "try:\n    pass\nexcept* E:", "except E as e:",
    "match x:\n    case [1, *r] | {\"k\": _} if r:", "case Point(x=0):", "global x", "nonlocal x",
    "del x[0], y.z", "x[1:2:3, ...]", "*a, b = c", "@dec\n", "from . import (a as b,)",
    "from ..m import *", "import a.b as c", "assert x, 'm'", "raise E from None", "return *a, b",
    "print(*a, **k, x=1)", "x if y else z", "not not x", "a < b < c", "-x ** -y", "(a := 1)",
    "while 1:\n    break\nelse:", "for x, in y:", "if x:\n    pass\nelif y:", "type X[T] = int",
];

fn render(e: &SyntaxError, source: &str) {
    let _ = e.locate(source, "fuzz.py", SourceOrigin::File).to_string();
}

fuzz_target!(|data: &[u8]| {
    let mut source = String::new();
    let mut bytes = data.iter();
    while let Some(&b) = bytes.next() {
        if b == ESCAPE {
            if let Some(&raw) = bytes.next() {
                source.push(char::from(raw));
            }
        } else {
            source.push_str(VOCAB[usize::from(b) % VOCAB.len()]);
        }
    }
    if let Err(e) = parse_module(&source) {
        render(&e, &source);
    }
    if let Err(e) = parse_expression(&source) {
        render(&e, &source);
    }
});
