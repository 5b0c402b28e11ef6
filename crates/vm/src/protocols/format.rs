//! The format-spec mini-language of `format()`, f-strings and `str.format`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` for
//! ints, floats and strings, with CPython's output and error messages, and
//! the float digit layouts (`e`, `f`, `g`, `%`, repr) shared with `%`
//! formatting.

use crate::objects::float_text::fixed;
use crate::objects::float_text::general;
use crate::objects::float_text::scientific;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::memory::OrMemoryError;
use crate::objects::num::{as_num, Num};
use crate::objects::types::{self, exceptions as exc};
use crate::value::alloc::{self, NoMemory};
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
        s.width = spec_number(vm, &chars[start..i])?;
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
        s.precision = Some(spec_number(vm, &chars[start..i])?);
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

/// A width or precision of a format spec: CPython's `get_integer` takes
/// at most `PY_SSIZE_T_MAX`.
fn spec_number(vm: &mut Vm, digits: &[char]) -> PyResult<usize> {
    let mut n: usize = 0;
    for d in digits {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d.to_digit(10).expect("a digit") as usize))
            .filter(|n| *n <= i64::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(n)
}

/// `format(v, spec)` (`spec` is a str value, or `Null` for "").
pub fn format(vm: &mut Vm, v: Value, spec: Value) -> PyResult<Value> {
    let spec_text = if spec.is_null() { "".into() } else { access::str_text(vm, &spec).cloned().unwrap_or_default() };
    let class = class_of(vm, &v);
    if let ClassRef::User(_) = class {
        if let Some(m) = class::lookup(vm, &class, "__format__") {
            if !matches!(m, Value::Native(_)) {
                let spec_value = if spec.is_null() { vm.new_str("") } else { spec };
                let r = vm.call_unbound(m, v, &[spec_value], &[])?;
                if access::str_text(vm, &r).is_none() {
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
    vm.new_str_fallible(text)
}

/// Formats a built-in value by a non-empty spec.
pub fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let is_str = access::str_text(vm, &v).is_some();
    let num = as_num(vm, &v.clone());
    if !is_str && num.is_none() {
        let t = type_name(vm, &v);
        return Err(vm.type_error(format!("unsupported format string passed to {t}.__format__")));
    }
    let tname = type_name(vm, &v);
    let s = parse(vm, spec, &tname)?;
    if let Some(text) = access::str_text(vm, &v).cloned() {
        let t = type_name(vm, &v);
        return format_str(vm, &text, &s, &t);
    }
    match num.expect("checked above") {
        Num::Float(f) => format_float(vm, f, &s),
        Num::Small(i) if !matches!(s.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let t = if class_of(vm, &v).is_builtin(&types::BOOL) { "bool" } else { "int" };
            format_small_int(vm, i, &s, t)
        }
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

/// `head` (a sign and a `0x` prefix) then `body`, padded to the spec's
/// width; `=` alignment pads between the two. A width memory cannot hold
/// is MemoryError.
fn pad(vm: &mut Vm, head: &str, body: &str, s: &Spec, default_align: char, numeric: bool) -> PyResult<String> {
    let len = head.chars().count() + body.chars().count();
    // The `0` flag means fill '0' unless a fill is given, and for numbers
    // align '=' unless an alignment is (a string keeps its own: `ab000`).
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    let align = s.align.unwrap_or(if s.zero && numeric { '=' } else { default_align });
    let n = s.width.saturating_sub(len);
    let fills = match align {
        '<' => (0, 0, n),
        '>' => (n, 0, 0),
        '^' => (n / 2, 0, n - n / 2),
        _ => (0, n, 0),
    };
    alloc::padded(fill, fills, head, body).or_memory_error(vm)
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
    let text = match s.precision {
        Some(p) => &text[..crate::objects::types::str::char_offset(text, text.is_ascii(), p)],
        None => text,
    };
    pad(vm, "", text, s, '<', false)
}

/// Inserts a grouping separator every `every` digits (ASCII) from the
/// right, after padding them with zeros to at least `min_digits`.
fn group(digits: &str, min_digits: usize, sep: char, every: usize) -> Result<String, NoMemory> {
    let zeros = min_digits.saturating_sub(digits.len());
    let total = digits.len() + zeros;
    let separators = total.saturating_sub(1) / every;
    let mut out = alloc::string_with_capacity(total + separators * sep.len_utf8())?;
    for (i, c) in std::iter::repeat_n('0', zeros).chain(digits.chars()).enumerate() {
        if i > 0 && (total - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    Ok(out)
}

/// Groups zero-padded digits so the result (with separators) fills
/// `width`: the fewest digits that do (a width that would start with a
/// separator gets one more zero, as in CPython).
fn group_padded(vm: &mut Vm, digits: &str, sep: char, every: usize, width: usize) -> PyResult<String> {
    let grouped_len = |n: usize| n + n.saturating_sub(1) / every;
    // About `width * every / (every + 1)` digits; step up to the first that fills.
    let mut n = digits.len().max((width - width / (every + 1)).saturating_sub(2));
    while grouped_len(n) < width {
        n += 1;
    }
    group(digits, n, sep, every).or_memory_error(vm)
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
            return pad(vm, "", c.encode_utf8(&mut [0; 4]), s, '>', true);
        }
        k => return Err(vm.value_error(format!("Unknown format code '{k}' for object of type '{t}'"))),
    };
    finish_int(vm, n.is_negative(), digits, prefix, every, s)
}

/// [`format_int`] for an int that fits in an `i64` (most of them): the
/// same checks and result, with its digits made without a big int.
fn format_small_int(vm: &mut Vm, n: i64, s: &Spec, t: &str) -> PyResult<String> {
    let kind = s.kind.unwrap_or('d');
    if kind == 'c' || !matches!(kind, 'd' | 'n' | 'b' | 'o' | 'x' | 'X') || s.precision.is_some() || s.no_neg_zero {
        // The errors and `c` are worded in one place.
        return format_int(vm, &BigInt::from(n), s, t);
    }
    let magnitude = n.unsigned_abs();
    let (digits, prefix, every) = match kind {
        'b' => (format!("{magnitude:b}"), "0b", 4),
        'o' => (format!("{magnitude:o}"), "0o", 4),
        'x' => (format!("{magnitude:x}"), "0x", 4),
        'X' => (format!("{magnitude:X}"), "0X", 4),
        _ => (magnitude.to_string(), "", 3),
    };
    finish_int(vm, n < 0, digits, prefix, every, s)
}

/// The sign, prefix and grouping of an int's `digits`, padded as `s` says.
fn finish_int(vm: &mut Vm, negative: bool, digits: String, prefix: &str, every: usize, s: &Spec) -> PyResult<String> {
    let sign = sign_prefix(negative, s);
    let prefix = if s.alternate { prefix } else { "" };
    let digits = match s.grouping {
        Some(sep) => {
            let zero_pad = s.zero && s.fill.is_none() && s.align.is_none();
            if zero_pad {
                let width = s.width.saturating_sub(sign.len() + prefix.len());
                group_padded(vm, &digits, sep, every, width)?
            } else {
                group(&digits, 0, sep, every).or_memory_error(vm)?
            }
        }
        None => digits,
    };
    pad(vm, &format!("{sign}{prefix}"), &digits, s, '>', true)
}

fn format_float(vm: &mut Vm, f: f64, s: &Spec) -> PyResult<String> {
    let kind = s.kind;
    if let Some(k) = kind.filter(|k| !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) {
        return Err(vm.value_error(format!("Unknown format code '{k}' for object of type 'float'")));
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(vm.value_error("precision too big"));
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
        let p = s.precision.unwrap_or(6);
        let laid_out = match kind {
            Some('f' | 'F') => fixed(a, p, s.alternate),
            Some('e' | 'E') => scientific(a, p, s.alternate),
            Some('%') => fixed(a * 100.0, p, s.alternate).and_then(|mut t| {
                alloc::reserve_str(&mut t, 1)?;
                t.push('%');
                Ok(t)
            }),
            Some('g' | 'G' | 'n') => general(a, p, s.alternate, false),
            None => match s.precision {
                Some(p) => general(a, p, s.alternate, true),
                None => {
                    let r = isopy_syntax::pyrepr::float_repr(a);
                    Ok(match r.find('e') {
                        // `#` keeps the point: `1.e+100`.
                        Some(e) if s.alternate && !r.contains('.') => format!("{}.{}", &r[..e], &r[e..]),
                        _ => r,
                    })
                }
            },
            Some(_) => unreachable!("checked above"),
        };
        laid_out.or_memory_error(vm)?
    };
    let mut body = body;
    if upper {
        // Digits, `e`, `inf`, `nan`: ASCII, upper-cased in place.
        body.make_ascii_uppercase();
    }
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
            let mut grouped = if zero_pad {
                let width = s.width.saturating_sub(sign.len() + rest.chars().count());
                group_padded(vm, int_part, sep, 3, width)?
            } else {
                group(int_part, 0, sep, 3).or_memory_error(vm)?
            };
            alloc::reserve_str(&mut grouped, rest.len()).or_memory_error(vm)?;
            grouped.push_str(rest);
            grouped
        }
        _ => body,
    };
    pad(vm, sign, &body, s, '>', true)
}
