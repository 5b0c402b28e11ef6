//! Floats as decimal text, the three forms of CPython's
//! `PyOS_double_to_string`: general (`repr`, `'g'`), scientific (`'e'`) and
//! fixed (`'f'`). Pure functions of the number; the only failure is an
//! allocation the caller turns into `MemoryError`.

use crate::value::alloc::{self, NoMemory};

/// An f64's exact decimal expansion has at most 767 significant digits:
/// past this many, every digit asked for is 0.
const EXACT_DIGITS: usize = 800;

/// Appends zeros to `digits` until it has `len` of them.
fn zero_extend(digits: &mut String, len: usize) -> Result<(), NoMemory> {
    alloc::push_repeated(digits, "0", len.saturating_sub(digits.len()))
}

/// The significant digits of `a` (finite, non-negative) and its decimal
/// point position: `a = 0.DIGITS * 10**decpt`. With `precision`, that many
/// digits, correctly rounded (but at most [`EXACT_DIGITS`]: the rest are
/// zeros); without, the shortest that round-trip.
pub fn digits_of(a: f64, precision: Option<usize>) -> (String, i32) {
    let precision = precision.map(|p| p.clamp(1, EXACT_DIGITS));
    if a == 0.0 {
        return ("0".repeat(precision.unwrap_or(1)), 1);
    }
    let text = match precision {
        Some(p) => format!("{:.*e}", p - 1, a),
        None => {
            let (_, digits, exponent) = isopy_syntax::pyrepr::shortest_digits(a);
            return (digits, exponent + 1);
        }
    };
    let (mantissa, exp) = text.split_once('e').expect("an exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().expect("a numeric exponent");
    (digits, exp + 1)
}

/// `d.ddde±XX` from digits.
fn exponent_form(digits: &str, decpt: i32, alternate: bool) -> Result<String, NoMemory> {
    let (first, rest) = digits.split_at(1);
    let e = decpt - 1;
    let sign = if e < 0 { '-' } else { '+' };
    let mut out = alloc::string_with_capacity(digits.len() + 8)?;
    out.push_str(first);
    if !rest.is_empty() || alternate {
        out.push('.');
        out.push_str(rest);
    }
    out.push_str(&format!("e{sign}{:02}", e.abs()));
    Ok(out)
}

/// Fixed-point layout of digits.
fn fixed_form(digits: &str, decpt: i32, add_dot_0: bool, alternate: bool) -> Result<String, NoMemory> {
    let n = digits.len() as i32;
    let mut out = alloc::string_with_capacity(digits.len() + decpt.unsigned_abs() as usize + 3)?;
    if decpt <= 0 {
        out.push_str("0.");
        alloc::push_repeated(&mut out, "0", (-decpt) as usize)?;
        out.push_str(digits);
    } else if decpt >= n {
        out.push_str(digits);
        alloc::push_repeated(&mut out, "0", (decpt - n) as usize)?;
        if add_dot_0 {
            out.push_str(".0");
        } else if alternate {
            out.push('.');
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    Ok(out)
}

/// `%g`-style layout (CPython's `format_float_short` in mode 2): `p`
/// significant digits; `add_dot_0` is the no-type form (`format(x, '.3')`).
pub fn general(a: f64, p: usize, alternate: bool, add_dot_0: bool) -> Result<String, NoMemory> {
    let p = p.max(1);
    // CPython asks for a buffer the size of the precision, whatever the
    // result's length; so a precision memory cannot hold fails here too.
    alloc::probe(p)?;
    let (mut digits, decpt) = digits_of(a, Some(p));
    if alternate {
        zero_extend(&mut digits, p)?;
    } else {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    let threshold = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    if a == 0.0 {
        return Ok(if add_dot_0 && !alternate {
            "0.0".into()
        } else if alternate {
            let mut d = alloc::string_with_capacity(p + 1)?;
            d.push_str("0.");
            alloc::push_repeated(&mut d, "0", p - 1)?;
            d
        } else {
            "0".into()
        });
    }
    if decpt <= -4 || decpt > threshold {
        exponent_form(&digits, decpt, alternate)
    } else {
        fixed_form(&digits, decpt, add_dot_0, alternate)
    }
}

/// `%.{p}e`.
pub fn scientific(a: f64, p: usize, alternate: bool) -> Result<String, NoMemory> {
    let (mut digits, decpt) = digits_of(a, Some(p.saturating_add(1)));
    zero_extend(&mut digits, p.saturating_add(1))?;
    exponent_form(&digits, decpt, alternate && p == 0)
}

/// `%.{p}f`.
pub fn fixed(a: f64, p: usize, alternate: bool) -> Result<String, NoMemory> {
    // Past EXACT_DECIMALS every decimal is 0 (and Rust's formatter takes
    // at most 65535), so the rest are appended.
    let exact = p.min(EXACT_DECIMALS);
    let head = format!("{a:.exact$}");
    let mut s = alloc::string_with_capacity(head.len() + (p - exact) + 1)?;
    s.push_str(&head);
    alloc::push_repeated(&mut s, "0", p - exact)?;
    if alternate && p == 0 {
        s.push('.');
    }
    Ok(s)
}

/// ... and at most 1074 digits after the point.
const EXACT_DECIMALS: usize = 1100;
