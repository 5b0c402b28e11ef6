//! `%` formatting (`'%5.2f' % x`, `'%(name)s' % d`, `b'%d' % n`): the
//! conversions `s r a d i u o x X e E f F g G c %` with the flags
//! `- + space # 0`, widths and precisions (`*` too), as CPython formats them.

use crate::objects::access;
use crate::objects::class::{self, type_name};
use crate::objects::memory::OrMemoryError;
use crate::objects::num::{as_num, Num};
use crate::objects::protocol::Protocols;
use crate::objects::types::exceptions as exc;
use crate::value::alloc::{self};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// Formats `format % args`; the output is UTF-8 text for str and bytes for
/// bytes (whose format comes in as one char per byte).
pub fn format(vm: &mut Vm, format: &str, args: Value, bytes: bool) -> PyResult<Vec<u8>> {
    let is_tuple = class::class_of(vm, &args).is_builtin(&crate::objects::types::TUPLE);
    let items: Vec<Value> =
        if is_tuple { access::seq_items(vm, &args).unwrap_or_default().to_vec() } else { vec![args.clone()] };
    let is_mapping = !is_tuple
        && access::str_text(vm, &args).is_none()
        && class::lookup(vm, &class::class_of(vm, &args), "__getitem__").is_some()
        && access::seq_items(vm, &args).is_none();
    let mut next = 0usize;
    let mut out: Vec<u8> = Vec::with_capacity(format.len() + 16);
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            if bytes {
                // A bytes format arrives as one char per byte.
                out.push(c as u32 as u8);
            } else {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // Mapping key.
        let mut value: Option<Value> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let k = if bytes {
                vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>())
            } else {
                vm.new_str(key)
            };
            value = Some(vm.getitem(args.clone(), k)?);
            used_mapping = true;
        }
        let mut left = false;
        let mut plus = false;
        let mut space = false;
        let mut alternate = false;
        let mut zero = false;
        while i < chars.len() {
            match chars[i] {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alternate = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if next < items.len() {
                next += 1;
                Ok(items[next - 1].clone())
            } else {
                Err(vm.type_error("not enough arguments for format string"))
            }
        };
        // Widths are C `Py_ssize_t`s and precisions C `int`s, with
        // CPython's errors for ones beyond them.
        let width;
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(vm)?;
            let w = star_arg(vm, w)?;
            let w = vm.ssize_arg(w)?;
            if w < 0 {
                left = true;
            }
            width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            let (n, next) = digits_at(&chars, i, i64::MAX as usize);
            width = n.ok_or_else(|| vm.value_error("width too big"))?;
            i = next;
        }
        let mut precision: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take_arg(vm)?;
                let p = star_arg(vm, p)?;
                precision = Some(vm.c_int_arg(p)?.max(0) as usize);
                i += 1;
            } else {
                let (n, next) = digits_at(&chars, i, i32::MAX as usize);
                let Some(p) = n else {
                    return Err(vm.value_error(if bytes { "prec too big" } else { "precision too big" }));
                };
                precision = Some(p);
                i = next;
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push(b'%');
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => {
                if is_mapping && !used_mapping && !is_tuple {
                    // A lone mapping used positionally.
                    take_arg(vm)?
                } else {
                    take_arg(vm)?
                }
            }
        };
        let (mut body, numeric, negative) = match conv {
            's' | 'r' | 'a' | 'b' => {
                let text = if bytes && matches!(conv, 's' | 'b') {
                    match access::bytes_data(vm, &v) {
                        Some(b) => b.to_vec(),
                        None => {
                            let t = type_name(vm, &v);
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                            )));
                        }
                    }
                } else {
                    let s = match conv {
                        's' => vm.to_str(v)?.to_string(),
                        'r' if !bytes => vm.repr(&v)?,
                        _ => vm.ascii(&v)?,
                    };
                    s.into_bytes()
                };
                let text = match precision {
                    Some(p) if !bytes => {
                        String::from_utf8_lossy(&text).chars().take(p).collect::<String>().into_bytes()
                    }
                    Some(p) => text[..p.min(text.len())].to_vec(),
                    None => text,
                };
                (text, false, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = match int_for(vm, v.clone(), conv)? {
                    Some(n) => n,
                    None => {
                        let t = type_name(vm, &v);
                        let what = if matches!(conv, 'd' | 'i' | 'u') {
                            format!("%{conv} format: a real number is required, not {t}")
                        } else {
                            format!("%{conv} format: an integer is required, not {t}")
                        };
                        return Err(vm.type_error(what));
                    }
                };
                // CPython's `_PyUnicode_FormatLong` refuses a precision
                // its buffer size would overflow.
                if precision.is_some_and(|p| p > i32::MAX as usize - 3) {
                    return Err(vm.overflow_error("precision too large"));
                }
                let negative = n.sign() == num_bigint::Sign::Minus;
                let m = if negative { -n } else { n };
                let digits = match conv {
                    'o' => m.to_str_radix(8),
                    'x' => m.to_str_radix(16),
                    'X' => m.to_str_radix(16).to_uppercase(),
                    _ => crate::objects::types::int::big_to_decimal(vm, &m)?,
                };
                let prefix = match conv {
                    'o' if alternate => "0o",
                    'x' if alternate => "0x",
                    'X' if alternate => "0X",
                    _ => "",
                };
                let zeros = precision.map_or(0, |p| p.saturating_sub(digits.len()));
                let body = alloc::padded('0', (0, zeros, 0), prefix, &digits).or_memory_error(vm)?;
                (body.into_bytes(), true, negative)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match as_num(vm, &v.clone()) {
                    Some(n) => crate::objects::num::num_to_f64(vm, &n)?,
                    None => match vm.call_special(&v.clone(), "__float__", &[])? {
                        Some(r) => match as_num(vm, &r) {
                            Some(Num::Float(f)) => f,
                            _ => return Err(vm.type_error("must be real number, not str")),
                        },
                        None => {
                            let t = type_name(vm, &v);
                            return Err(vm.type_error(format!("must be real number, not {t}")));
                        }
                    },
                };
                let negative = f.is_sign_negative() && !f.is_nan();
                let a = f.abs();
                let p = precision.unwrap_or(6);
                let mut text = if !a.is_finite() {
                    if a.is_nan() { "nan" } else { "inf" }.to_string()
                } else {
                    let laid_out = match conv {
                        'e' | 'E' => crate::objects::float_text::scientific(a, p, alternate),
                        'f' | 'F' => crate::objects::float_text::fixed(a, p, alternate),
                        _ => crate::objects::float_text::general(a, if p == 0 { 1 } else { p }, alternate, false),
                    };
                    laid_out.or_memory_error(vm)?
                };
                if conv.is_uppercase() {
                    // Digits, `e`, `inf`, `nan`: ASCII, upper-cased in place.
                    text.make_ascii_uppercase();
                }
                (text.into_bytes(), true, negative)
            }
            'c' => {
                let text = match v {
                    Value::Int(n) => match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) if !bytes || n < 256 => {
                            if bytes {
                                vec![n as u8]
                            } else {
                                c.to_string().into_bytes()
                            }
                        }
                        _ => {
                            let msg = if bytes { "%c arg not in range(256)" } else { "%c arg not in range(0x110000)" };
                            return Err(vm.error(&exc::OVERFLOW_ERROR, msg));
                        }
                    },
                    _ => match access::str_text(vm, &v) {
                        Some(s) if s.chars().count() == 1 => s.as_bytes().to_vec(),
                        _ => match access::bytes_data(vm, &v) {
                            Some(b) if bytes && b.len() == 1 => b.to_vec(),
                            _ => return Err(vm.type_error("%c requires int or char")),
                        },
                    },
                };
                (text, false, false)
            }
            other => {
                let index = i - 1;
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {index}",
                    other as u32
                )));
            }
        };
        // The sign and a `0x` prefix go before zero padding, the rest
        // after; space padding goes around the whole.
        let mut head: &[u8] = b"";
        let mut sign_and_prefix = Vec::new();
        if numeric {
            sign_and_prefix.extend_from_slice(if negative {
                b"-"
            } else if plus {
                b"+"
            } else if space {
                b" "
            } else {
                b""
            });
            if alternate && body.len() >= 2 && body[0] == b'0' && body[1].is_ascii_alphabetic() {
                sign_and_prefix.extend(body.drain(..2));
            }
            head = &sign_and_prefix;
        }
        let len = head.len() + if bytes { body.len() } else { String::from_utf8_lossy(&body).chars().count() };
        let fills = width.saturating_sub(len);
        let (before, zeros, after) = match (left, numeric && zero) {
            (true, _) => (0, 0, fills),
            (false, true) => (0, fills, 0),
            (false, false) => (fills, 0, 0),
        };
        let appended = alloc::reserve(&mut out, len.saturating_add(fills)).map(|()| {
            out.resize(out.len() + before, b' ');
            out.extend_from_slice(head);
            out.resize(out.len() + zeros, b'0');
            out.extend_from_slice(&body);
            out.resize(out.len() + after, b' ');
        });
        appended.or_memory_error(vm)?;
    }
    if next < items.len() && !used_mapping && !(is_mapping && items.len() == 1) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// The argument of a `*` width or precision: an int (CPython's
/// `PyLong_Check`, so a bool too), else TypeError.
fn star_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match as_num(vm, &v) {
        Some(Num::Small(_) | Num::Big(_)) => Ok(v),
        _ => Err(vm.type_error("* wants int")),
    }
}

/// The decimal number whose digits start at `chars[i]` (0 if there are
/// none) and the index after them; `None` for one beyond `max`.
fn digits_at(chars: &[char], mut i: usize, max: usize) -> (Option<usize>, usize) {
    let mut n = Some(0usize);
    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
        n = n.and_then(|n| n.checked_mul(10)?.checked_add(d as usize)).filter(|n| *n <= max);
        i += 1;
    }
    (n, i)
}

/// The integer for `%d`-style conversions (floats truncate for `%d`).
fn int_for(vm: &mut Vm, v: Value, conv: char) -> PyResult<Option<num_bigint::BigInt>> {
    match as_num(vm, &v.clone()) {
        Some(Num::Small(i)) => Ok(Some(i.into())),
        Some(Num::Big(b)) => Ok(Some(b)),
        Some(Num::Float(f)) => {
            if matches!(conv, 'd' | 'i' | 'u') {
                let i = crate::objects::types::int::float_to_int(vm, f)?;
                Ok(crate::objects::types::int::to_bigint(vm, &i))
            } else {
                Ok(None)
            }
        }
        None => {
            let r = if matches!(conv, 'd' | 'i' | 'u') {
                match vm.call_special(&v.clone(), "__int__", &[])? {
                    Some(r) => Some(r),
                    None => vm.call_special(&v, "__index__", &[])?,
                }
            } else {
                vm.call_special(&v, "__index__", &[])?
            };
            Ok(r.and_then(|r| crate::objects::types::int::to_bigint(vm, &r)))
        }
    }
}
