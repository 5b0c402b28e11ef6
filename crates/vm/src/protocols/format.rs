//! The format-spec mini-language of `format()`, f-strings and `str.format`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` for
//! ints, floats and strings, with CPython's output and error messages, and
//! the float digit layouts (`e`, `f`, `g`, `%`, repr) shared with `%`
//! formatting.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::class::{self, class_of, type_name};
use crate::objects::num::{as_num, Num};
use crate::objects::types::{self, exceptions as exc};
use crate::protocols::ops;
use crate::value::object::ClassRef;
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// A parsed format spec.
#[derive(Debug, Default, Clone)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse(vm: &mut Vm, spec: &str, type_name: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let digits: String = chars[start..i].iter().collect();
        s.width = digits.parse().map_err(|_| vm.value_error("Too many decimal digits in format string"))?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        let digits: String = chars[start..i].iter().collect();
        s.precision = Some(digits.parse().map_err(|_| vm.value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(vm.value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
    }
    // Which types take a separator is checked here, before any type's own checks.
    if let (Some(g), Some(k)) = (s.grouping, s.kind) {
        let ok = matches!(k, 'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%')
            || (g == '_' && matches!(k, 'b' | 'o' | 'x' | 'X'));
        if !ok {
            return Err(vm.value_error(format!("Cannot specify '{g}' with '{k}'.")));
        }
    }
    Ok(s)
}

/// `format(v, spec)` (`spec` is a str value, or `Null` for "").
pub fn format(vm: &mut Vm, v: Value, spec: Value) -> PyResult<Value> {
    let spec_text = if spec.is_null() { "".into() } else { ops::str_text(vm, &spec).cloned().unwrap_or_default() };
    let class = class_of(vm, &v);
    if let ClassRef::User(_) = class {
        if let Some(m) = class::lookup(vm, &class, "__format__") {
            if !matches!(m, Value::Native(_)) {
                let spec_value = if spec.is_null() { vm.new_str("") } else { spec };
                let r = vm.call_unbound(m, v, &[spec_value], &[])?;
                if ops::str_text(vm, &r).is_none() {
                    let t = type_name(vm, &r);
                    return Err(vm.type_error(format!("__format__ must return a str, not {t}")));
                }
                return Ok(r);
            }
        }
    }
    if spec_text.is_empty() {
        return vm.str_value(&v);
    }
    let text = format_builtin(vm, v, &spec_text)?;
    Ok(vm.new_str(text))
}

/// Formats a built-in value by a non-empty spec.
pub fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let is_str = ops::str_text(vm, &v).is_some();
    let num = as_num(vm, &v.clone());
    if !is_str && num.is_none() {
        let t = type_name(vm, &v);
        return Err(vm.type_error(format!("unsupported format string passed to {t}.__format__")));
    }
    let tname = type_name(vm, &v);
    let s = parse(vm, spec, &tname)?;
    if let Some(text) = ops::str_text(vm, &v).cloned() {
        let t = type_name(vm, &v);
        return format_str(vm, &text, &s, &t);
    }
    match num.expect("checked above") {
        Num::Float(f) => format_float(vm, f, &s),
        n => {
            let big = match n {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) => unreachable!("handled above"),
            };
            if matches!(s.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                let f = crate::objects::num::big_to_f64(vm, &big)?;
                return format_float(vm, f, &s);
            }
            if s.kind.is_none() && matches!(v, Value::Bool(_)) && s.precision.is_none() && s.grouping.is_none() {
                // bool formats like its str when no numeric type is asked for.
                let text = if matches!(v, Value::Bool(true)) { "True" } else { "False" };
                let _ = text;
            }
            let t = if class_of(vm, &v).is_builtin(&types::BOOL) { "bool" } else { "int" };
            format_int(vm, &big, &s, t)
        }
    }
}

fn pad(text: String, s: &Spec, default_align: char, numeric: bool) -> String {
    let len = text.chars().count();
    if len >= s.width {
        return text;
    }
    // The `0` flag means fill '0' unless a fill is given, and for numbers
    // align '=' unless an alignment is (a string keeps its own: `ab000`).
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    let align = s.align.unwrap_or(if s.zero && numeric { '=' } else { default_align });
    let n = s.width - len;
    let fills = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{text}{}", fills(n)),
        '>' => format!("{}{text}", fills(n)),
        '^' => {
            let left = n / 2;
            format!("{}{text}{}", fills(left), fills(n - left))
        }
        _ => {
            let sign_len = text.chars().take_while(|c| matches!(c, '+' | '-' | ' ')).count();
            let rest = &text[sign_len..];
            let prefix_len = if ["0x", "0o", "0b", "0X"].iter().any(|p| rest.starts_with(p)) { 2 } else { 0 };
            let (head, tail) = text.split_at(sign_len + prefix_len);
            format!("{head}{}{tail}", fills(n))
        }
    }
}

fn format_str(vm: &mut Vm, text: &str, s: &Spec, t: &str) -> PyResult<String> {
    match s.kind {
        None | Some('s') => {}
        Some(k) => return Err(vm.value_error(format!("Unknown format code '{k}' for object of type '{t}'"))),
    }
    if s.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if s.no_neg_zero {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if s.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    if let Some(g) = s.grouping {
        return Err(vm.value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let text: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(text, s, '<', false))
}

/// Inserts a grouping separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(chars.len() + chars.len() / every);
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Groups zero-padded digits so the result (with separators) fills `width`.
fn group_padded(digits: &str, sep: char, every: usize, width: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = group(&d, sep, every);
        if g.chars().count() >= width {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_prefix(negative: bool, s: &Spec) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn format_int(vm: &mut Vm, n: &BigInt, s: &Spec, t: &str) -> PyResult<String> {
    let kind = s.kind.unwrap_or('d');
    if !matches!(kind, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(vm.value_error(format!("Unknown format code '{kind}' for object of type '{t}'")));
    }
    if s.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_zero {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let magnitude = n.abs();
    let (digits, prefix, every) = match kind {
        'd' | 'n' => (crate::objects::types::int::big_to_decimal(vm, &magnitude)?, "", 3),
        'b' => (magnitude.to_str_radix(2), "0b", 4),
        'o' => (magnitude.to_str_radix(8), "0o", 4),
        'x' => (magnitude.to_str_radix(16), "0x", 4),
        'X' => (magnitude.to_str_radix(16).to_uppercase(), "0X", 4),
        'c' => {
            if s.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let Some(c) = n.to_u32().and_then(char::from_u32) else {
                return Err(vm.error(&exc::OVERFLOW_ERROR, "%c arg not in range(0x110000)"));
            };
            return Ok(pad(c.to_string(), s, '>', true));
        }
        k => return Err(vm.value_error(format!("Unknown format code '{k}' for object of type '{t}'"))),
    };
    let sign = sign_prefix(n.is_negative(), s);
    let prefix = if s.alternate { prefix } else { "" };
    let digits = match s.grouping {
        Some(sep) => {
            let zero_pad = s.zero && s.fill.is_none() && s.align.is_none();
            if zero_pad {
                let width = s.width.saturating_sub(sign.len() + prefix.len());
                group_padded(&digits, sep, every, width)
            } else {
                group(&digits, sep, every)
            }
        }
        None => digits,
    };
    Ok(pad(format!("{sign}{prefix}{digits}"), s, '>', true))
}

/// The significant digits of `a` (finite, non-negative) and its decimal
/// point position: `a = 0.DIGITS * 10**decpt`. With `precision`, exactly
/// that many digits, correctly rounded; without, the shortest that round-trip.
pub fn digits_of(a: f64, precision: Option<usize>) -> (String, i32) {
    if a == 0.0 {
        return ("0".repeat(precision.unwrap_or(1).max(1)), 1);
    }
    let text = match precision {
        Some(p) => format!("{:.*e}", p.max(1) - 1, a),
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
fn exponent_form(digits: &str, decpt: i32, alternate: bool) -> String {
    let (first, rest) = digits.split_at(1);
    let e = decpt - 1;
    let sign = if e < 0 { '-' } else { '+' };
    if rest.is_empty() && !alternate {
        format!("{first}e{sign}{:02}", e.abs())
    } else {
        format!("{first}.{rest}e{sign}{:02}", e.abs())
    }
}

/// Fixed-point layout of digits.
fn fixed_form(digits: &str, decpt: i32, add_dot_0: bool, alternate: bool) -> String {
    let n = digits.len() as i32;
    if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt >= n {
        let mut s = format!("{digits}{}", "0".repeat((decpt - n) as usize));
        if add_dot_0 {
            s.push_str(".0");
        } else if alternate {
            s.push('.');
        }
        s
    } else {
        format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
    }
}

/// `%g`-style layout (CPython's `format_float_short` in mode 2): `p`
/// significant digits; `add_dot_0` is the no-type form (`format(x, '.3')`).
pub fn general(a: f64, p: usize, alternate: bool, add_dot_0: bool) -> String {
    let p = p.max(1);
    let (mut digits, decpt) = digits_of(a, Some(p));
    if alternate {
        while digits.len() < p {
            digits.push('0');
        }
    } else {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    let threshold = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    if a == 0.0 {
        let d = if alternate { format!("0.{}", "0".repeat(p - 1)) } else { "0".into() };
        return if add_dot_0 && !alternate { "0.0".into() } else { d };
    }
    if decpt <= -4 || decpt > threshold {
        exponent_form(&digits, decpt, alternate)
    } else {
        fixed_form(&digits, decpt, add_dot_0, alternate)
    }
}

/// `%.{p}e`.
pub fn scientific(a: f64, p: usize, alternate: bool) -> String {
    let (digits, decpt) = digits_of(a, Some(p + 1));
    exponent_form(&digits, decpt, alternate && p == 0)
}

/// `%.{p}f`.
pub fn fixed(a: f64, p: usize, alternate: bool) -> String {
    let mut s = format!("{a:.p$}");
    if alternate && p == 0 {
        s.push('.');
    }
    s
}

fn format_float(vm: &mut Vm, f: f64, s: &Spec) -> PyResult<String> {
    let kind = s.kind;
    if let Some(k) = kind.filter(|k| !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) {
        return Err(vm.value_error(format!("Unknown format code '{k}' for object of type 'float'")));
    }
    let mut negative = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let body = if !a.is_finite() {
        let word = if a.is_nan() { "nan" } else { "inf" };
        let word = if upper { word.to_uppercase() } else { word.to_string() };
        if kind == Some('%') {
            format!("{word}%")
        } else {
            word
        }
    } else {
        match kind {
            Some('f' | 'F') => fixed(a, s.precision.unwrap_or(6), s.alternate),
            Some('e' | 'E') => scientific(a, s.precision.unwrap_or(6), s.alternate),
            Some('%') => format!("{}%", fixed(a * 100.0, s.precision.unwrap_or(6), s.alternate)),
            Some('g' | 'G' | 'n') => general(a, s.precision.unwrap_or(6), s.alternate, false),
            None => match s.precision {
                Some(p) => general(a, p, s.alternate, true),
                None => {
                    let r = isopy_syntax::pyrepr::float_repr(a);
                    match r.find('e') {
                        // `#` keeps the point: `1.e+100`.
                        Some(e) if s.alternate && !r.contains('.') => format!("{}.{}", &r[..e], &r[e..]),
                        _ => r,
                    }
                }
            },
            Some(_) => unreachable!("checked above"),
        }
    };
    let body = if upper { body.to_uppercase() } else { body };
    if s.no_neg_zero && negative && a.is_finite() && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        negative = false;
    }
    let sign = sign_prefix(negative, s);
    let body = match s.grouping {
        // `inf` and `nan` take no separators, only the padding.
        Some(sep) if a.is_finite() => {
            let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
            let (int_part, rest) = body.split_at(split);
            let zero_pad = s.zero && s.fill.is_none() && s.align.is_none();
            let int_part = if zero_pad {
                let width = s.width.saturating_sub(sign.len() + rest.chars().count());
                group_padded(int_part, sep, 3, width)
            } else {
                group(int_part, sep, 3)
            };
            format!("{int_part}{rest}")
        }
        _ => body,
    };
    Ok(pad(format!("{sign}{body}"), s, '>', true))
}
