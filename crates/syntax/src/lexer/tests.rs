//! Token-level tests: indentation, brackets, literal extents and the
//! tokenizer's errors.

use super::{tokenize, LexMode};
use crate::token::{IntLiteral, Tok};

fn toks(src: &str) -> Vec<Tok> {
    tokenize(src, 0, src.len() as u32, LexMode::Module).unwrap().into_iter().map(|t| t.1).skip(1).collect()
}

fn name(n: &str) -> Tok {
    Tok::Name(n.into())
}

#[test]
fn indentation_makes_indent_and_dedent() {
    let src = "if x:\n    y\n\n  # comment\n    z\nw\n";
    use Tok::*;
    assert_eq!(
        toks(src),
        vec![If, name("x"), Colon, Newline, Indent, name("y"), Newline, name("z"), Newline, Dedent, name("w"), Newline]
    );
}

#[test]
fn brackets_suppress_newlines_and_indentation() {
    use Tok::*;
    assert_eq!(
        toks("f(1,\n      2)\n"),
        vec![name("f"), Lpar, Int(IntLiteral::Small(1)), Comma, Int(IntLiteral::Small(2)), Rpar, Newline]
    );
}

#[test]
fn spans_are_byte_offsets() {
    let src = "é = 'x'\n";
    let tokens = tokenize(src, 0, src.len() as u32, LexMode::Module).unwrap();
    assert_eq!((tokens[1].0, tokens[1].2), (0, 2));
    assert_eq!((tokens[2].0, tokens[2].2), (3, 4));
    assert_eq!((tokens[3].0, tokens[3].2), (5, 8));
}

#[test]
fn tabs_advance_to_multiples_of_eight() {
    use Tok::*;
    // A tab and eight spaces reach the same column but not the same
    // tab-as-one column, so CPython raises TabError for this pair.
    let src = "if x:\n\ty\n        z\n";
    let err = tokenize(src, 0, src.len() as u32, LexMode::Module).unwrap_err();
    assert_eq!(err.kind, crate::ErrorKind::Tab);
    assert_eq!(toks("if x:\n\ty\n\tz\n")[..5], [If, name("x"), Colon, Newline, Indent]);
}

#[test]
fn numbers_in_every_base() {
    use IntLiteral::Small;
    assert_eq!(
        toks("0x_ff 0o17 0b1_0 1_000 00\n")[..5],
        [Tok::Int(Small(255)), Tok::Int(Small(15)), Tok::Int(Small(2)), Tok::Int(Small(1000)), Tok::Int(Small(0))]
    );
    assert_eq!(
        toks("1e-3 .5 1_0.0 3j 1if x else y\n")[..4],
        [Tok::Float(1e-3), Tok::Float(0.5), Tok::Float(10.0), Tok::Imaginary(3.0)]
    );
    assert_eq!(
        toks("99999999999999999999\n")[0],
        Tok::Int(IntLiteral::Big { radix: 10, digits: "99999999999999999999".into() })
    );
}

#[test]
fn tokenizer_errors_carry_cpython_messages() {
    let cases = [
        ("x = 1abc\n", "invalid decimal literal"),
        ("x = 0xg\n", "invalid hexadecimal literal"),
        ("x = 0o8\n", "invalid digit '8' in octal literal"),
        (
            "x = 012\n",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ),
        ("x = 'abc\n", "unterminated string literal (detected at line 1)"),
        ("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)"),
        ("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('"),
        ("x = )\n", "unmatched ')'"),
        ("x = a \u{2013} b\n", "invalid character '\u{2013}' (U+2013)"),
        ("x = \x01\n", "invalid non-printable character U+0001"),
        ("x = 1 \\ 2\n", "unexpected character after line continuation character"),
    ];
    for (src, message) in cases {
        let err = tokenize(src, 0, src.len() as u32, LexMode::Module).unwrap_err();
        assert_eq!(err.message, message, "for {src:?}");
    }
}

#[test]
fn unclosed_bracket_at_end_is_a_token() {
    assert_eq!(toks("f(1,\n").last(), Some(&Tok::UnclosedAtEof));
}

#[test]
fn identifiers_are_nfkc_normalised() {
    assert_eq!(toks("ﬁ = 1\n")[0], name("fi"));
}
