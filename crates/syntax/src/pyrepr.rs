//! Python's `repr` of the literal types — `str`, `bytes`, `float`, `int` of
//! any size and imaginary numbers — exactly as CPython 3.11 writes them.
//! The AST dump uses them; the VM's `repr` builds on the same functions.

use std::fmt::Write;

/// `repr(s)` for a `str`: single quotes unless the text contains a single
/// quote and no double quote; escapes for backslash, the quote, `\t \n \r`
/// and every non-printable character.
pub fn str_repr(s: &str) -> String {
    let quote = str_quote(s);
    // A long text gets its exact size, so the repr never holds twice the
    // memory it needs (and a caller that checked `str_repr_len` is right).
    let capacity = if s.len() > EXACT_SIZE_ABOVE { str_repr_len(s) } else { s.len() + 2 };
    let mut out = String::with_capacity(capacity);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() || crate::lexer::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// Texts longer than this are measured before their repr is built.
const EXACT_SIZE_ABOVE: usize = 4096;

fn str_quote(s: &str) -> char {
    if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    }
}

/// The length in bytes of `str_repr(s)`, without building it (so a caller
/// can check that the memory is there first).
pub fn str_repr_len(s: &str) -> usize {
    let quote = str_quote(s);
    let escaped = |c: char| match c {
        '\\' | '\t' | '\n' | '\r' => 2,
        c if c == quote => 2,
        c if (c as u32) < 0x20 || c as u32 == 0x7f => 4,
        c if c.is_ascii() || crate::lexer::is_printable(c) => c.len_utf8(),
        c if (c as u32) < 0x100 => 4,
        c if (c as u32) < 0x10000 => 6,
        _ => 10,
    };
    2 + s.chars().map(escaped).sum::<usize>()
}

fn bytes_quote(b: &[u8]) -> u8 {
    if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    }
}

/// The length of `bytes_repr(b)`, without building it.
pub fn bytes_repr_len(b: &[u8]) -> usize {
    let quote = bytes_quote(b);
    let escaped = |c: u8| match c {
        b'\\' | b'\t' | b'\n' | b'\r' => 2,
        c if c == quote => 2,
        0x20..=0x7e => 1,
        _ => 4,
    };
    3 + b.iter().map(|&c| escaped(c)).sum::<usize>()
}

/// `repr(b)` for `bytes`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = bytes_quote(b);
    let capacity = if b.len() > EXACT_SIZE_ABOVE { bytes_repr_len(b) } else { b.len() + 3 };
    let mut out = String::with_capacity(capacity);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// `repr(x)` for a `float`: the shortest digits that round-trip (Rust's
/// formatter finds them, as CPython's `dtoa` does), laid out by CPython's
/// rules: positional for exponents -4 to 15, else scientific with a sign and
/// at least two exponent digits.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (negative, digits, exponent) = shortest_digits(x);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    // `exponent` is the decimal exponent of the first digit (d.ddd x 10^exponent).
    if (-4..16).contains(&exponent) {
        if exponent < 0 {
            out.push_str("0.");
            for _ in 0..(-exponent - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let int_len = exponent as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                for _ in digits.len()..int_len {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs());
    }
    out
}

/// The sign, shortest round-trip digits and decimal exponent of `x`
/// (`x = ±D.DDD × 10^exponent`); `x` must be finite.
///
/// Among the shortest digit strings that read back as `x`, CPython (David
/// Gay's dtoa) takes the one nearest `x` and breaks an exact tie to even, so
/// `192126851529859.125` prints as `...859.12`. Ryū does the same; std's `{:e}`
/// does not, which is why this goes through the `ryu` crate.
pub fn shortest_digits(x: f64) -> (bool, String, i32) {
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return (negative, "0".into(), 0);
    }
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x.abs());
    let (mantissa, exp10) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().expect("ryu writes an integer exponent")),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int_part.chars().chain(frac_part.chars()).collect();
    let leading_zeros = all.len() - all.trim_start_matches('0').len();
    let digits = all[leading_zeros..].trim_end_matches('0');
    let exponent = int_part.len() as i32 - leading_zeros as i32 - 1 + exp10;
    (negative, digits.to_string(), exponent)
}

/// `repr(complex(0, imag))`: CPython drops a trailing `.0` and appends `j`.
pub fn imaginary_repr(imag: f64) -> String {
    let mut text = float_repr(imag);
    if let Some(stripped) = text.strip_suffix(".0") {
        text = stripped.to_string();
    }
    if text == "inf" || text == "nan" || text == "-inf" {
        return format!("{text}j");
    }
    format!("{text}j")
}

/// The decimal digits of a non-negative integer written in `radix`
/// (2, 8, 10 or 16), of any length.
pub fn int_to_decimal(radix: u32, digits: &str) -> String {
    if radix == 10 {
        let trimmed = digits.trim_start_matches('0');
        return if trimmed.is_empty() { "0".into() } else { trimmed.into() };
    }
    // Little-endian limbs of 10^9, multiplied up digit by digit.
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let mut carry = c.to_digit(radix).expect("validated by the lexer") as u64;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = limbs.last().expect("at least one limb").to_string();
    for limb in limbs.iter().rev().skip(1) {
        let _ = write!(out, "{limb:09}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_lengths_are_measured_exactly() {
        let texts = [
            "",
            "plain",
            "it's",
            "both ' and \"",
            "tab\tnew\nline\r\\",
            "\x00\x7f\u{85}\u{e9}\u{20ac}\u{200b}\u{1f600}\u{e0001}",
        ];
        for t in texts {
            let long = t.repeat(1000);
            for s in [t.to_string(), long] {
                assert_eq!(str_repr_len(&s), str_repr(&s).len(), "{s:?}");
                let b: Vec<u8> = s.bytes().chain([0, 0x27, 0x7f, 0xff]).collect();
                assert_eq!(bytes_repr_len(&b), bytes_repr(&b).len(), "{b:?}");
                assert_eq!(bytes_repr_len(s.as_bytes()), bytes_repr(s.as_bytes()).len(), "{s:?}");
            }
        }
    }

    #[test]
    fn floats_print_as_cpython_prints_them() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789.125, "123456789.125"),
            (2.5e-300, "2.5e-300"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (0.30000000000000004, "0.30000000000000004"),
            // Exact ties between two shortest strings go to the even digit.
            (192126851529859.12, "192126851529859.12"),
            (1962084085278062.2, "1962084085278062.2"),
            (5e-324, "5e-324"),
            (1.5e300, "1.5e+300"),
            (123e-20, "1.23e-18"),
        ];
        for (x, expected) in cases {
            assert_eq!(float_repr(x), expected, "repr({x:e})");
        }
        assert_eq!(imaginary_repr(2.0), "2j");
        assert_eq!(imaginary_repr(1.5), "1.5j");
        assert_eq!(imaginary_repr(1e100), "1e+100j");
    }

    #[test]
    fn strings_choose_quotes_and_escape_like_cpython() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("tab\there\n\x00\x7f"), "'tab\\there\\n\\x00\\x7f'");
        assert_eq!(str_repr("caf\u{e9} \u{a0}\u{2028}\u{1F600}"), "'caf\u{e9} \\xa0\\u2028\u{1F600}'");
        assert_eq!(bytes_repr(b"a'\x00\xff\\"), "b\"a'\\x00\\xff\\\\\"");
    }

    #[test]
    fn big_ints_convert_to_decimal() {
        assert_eq!(int_to_decimal(16, "ffffffffffffffffffff"), "1208925819614629174706175");
        assert_eq!(int_to_decimal(2, "1".repeat(70).as_str()), "1180591620717411303423");
        assert_eq!(int_to_decimal(10, "000"), "0");
    }
}
