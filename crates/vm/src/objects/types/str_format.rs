//! `str.format` and `str.format_map`: replacement fields `{}`, `{0}`,
//! `{name}`, `{0.attr}`, `{0[key]}`, conversions `!r !s !a`, format specs
//! with nested fields, and CPython's errors for malformed strings.

use crate::objects::access;
use crate::objects::memory::OrMemoryError;
use crate::objects::protocol::Protocols;
use crate::objects::types::exceptions as exc;
use crate::value::alloc::{self};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// `str.format(*args, **kwargs)`.
pub fn format_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(template) = access::str_text(vm, &args.get(0)).cloned() else {
        return Err(vm.type_error("descriptor 'format' for 'str' objects doesn't apply to this object"));
    };
    let positional = args.pos[1..].to_vec();
    let kw = args.kw.to_vec();
    let lookup = Lookup { positional: &positional, keywords: Keywords::Pairs(&kw) };
    let mut auto = AutoNumber::Unknown;
    let out = render(vm, &template, &lookup, &mut auto, 2)?;
    vm.new_str_fallible(out)
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [mapping] = args.exact::<1>(vm, "str.format_map", 1)?;
    let Some(template) = access::str_text(vm, &args.get(0)).cloned() else {
        return Err(vm.type_error("descriptor 'format_map' for 'str' objects doesn't apply to this object"));
    };
    let lookup = Lookup { positional: &[], keywords: Keywords::Mapping(mapping) };
    let mut auto = AutoNumber::Unknown;
    let out = render(vm, &template, &lookup, &mut auto, 2)?;
    vm.new_str_fallible(out)
}

enum Keywords<'a> {
    Pairs(&'a [(Value, Value)]),
    Mapping(Value),
}

struct Lookup<'a> {
    positional: &'a [Value],
    keywords: Keywords<'a>,
}

#[derive(PartialEq)]
enum AutoNumber {
    Unknown,
    Auto(usize),
    Manual,
}

fn render(vm: &mut Vm, template: &str, lookup: &Lookup<'_>, auto: &mut AutoNumber, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::with_capacity(template.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 >= chars.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let (field, next) = parse_field(vm, &chars, i + 1)?;
        let text = replace_field(vm, &field, lookup, auto, depth)?;
        alloc::reserve_str(&mut out, text.len()).or_memory_error(vm)?;
        out.push_str(&text);
        i = next;
    }
    Ok(out)
}

/// One replacement field: `name[!conversion][:spec]`.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// Parses the field that starts at `chars[i]` (just after its `{`) as
/// CPython's `MarkupIterator` does; returns it and the index after its `}`.
fn parse_field(vm: &mut Vm, chars: &[char], mut i: usize) -> PyResult<(Field, usize)> {
    let start = i;
    while i < chars.len() && !matches!(chars[i], '}' | '!' | ':') {
        match chars[i] {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            // An index in brackets may hold any character but `]`.
            '[' => {
                while i < chars.len() && chars[i] != ']' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let name: String = chars[start..i.min(chars.len())].iter().collect();
    let Some(&first_delimiter) = chars.get(i) else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let mut delimiter = first_delimiter;
    i += 1;
    let mut conversion = None;
    if delimiter == '!' {
        let Some(&c) = chars.get(i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        conversion = Some(c);
        let Some(&d) = chars.get(i + 1) else {
            return Err(vm.value_error("unmatched '{' in format spec"));
        };
        i += 2;
        if d != ':' && d != '}' {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        delimiter = d;
    }
    if delimiter == '}' {
        return Ok((Field { name, conversion, spec: String::new() }, i));
    }
    let spec_start = i;
    let mut nesting = 1;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '{' => nesting += 1,
            '}' => {
                nesting -= 1;
                if nesting == 0 {
                    let spec = chars[spec_start..i - 1].iter().collect();
                    return Ok((Field { name, conversion, spec }, i));
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn replace_field(
    vm: &mut Vm,
    field: &Field,
    lookup: &Lookup<'_>,
    auto: &mut AutoNumber,
    depth: u32,
) -> PyResult<String> {
    let value = resolve_field(vm, &field.name, lookup, auto)?;
    let converted = match field.conversion {
        None => value,
        Some('r') => {
            let s = vm.repr(&value)?;
            vm.new_str(s)
        }
        Some('s') => vm.str_value(&value)?,
        Some('a') => {
            let s = vm.ascii(&value)?;
            vm.new_str(s)
        }
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = &field.spec;
    let spec = if spec.contains('{') { render(vm, spec, lookup, auto, depth - 1)? } else { spec.to_string() };
    let spec_value = vm.new_str(spec);
    let r = vm.format(converted, spec_value)?;
    Ok(access::str_text(vm, &r).map(|s| s.to_string()).unwrap_or_default())
}

fn resolve_field(vm: &mut Vm, name: &str, lookup: &Lookup<'_>, auto: &mut AutoNumber) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        let n = match auto {
            AutoNumber::Manual => {
                return Err(
                    vm.value_error("cannot switch from manual field specification to automatic field numbering")
                );
            }
            AutoNumber::Unknown => 0,
            AutoNumber::Auto(n) => *n,
        };
        *auto = AutoNumber::Auto(n + 1);
        positional(vm, lookup, n)?
    } else if let Some(n) = decimal_index(vm, first)? {
        if let AutoNumber::Auto(_) = auto {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *auto = AutoNumber::Manual;
        positional(vm, lookup, n)?
    } else {
        keyword(vm, lookup, first)?
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.getattr_str(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_text = &r[..end];
            if key_text.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let key = match decimal_index(vm, key_text)? {
                Some(n) => Value::Int(n as i64),
                None => vm.new_str(key_text),
            };
            value = vm.getitem(value, key)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

/// A field name or index of decimal digits only, as a number (`-1` or
/// `+1` are names / string keys, as in CPython).
fn decimal_index(vm: &mut Vm, text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match text.parse::<i64>() {
        Ok(n) => Ok(Some(n as usize)),
        Err(_) => Err(vm.value_error("Too many decimal digits in format string")),
    }
}

fn positional(vm: &mut Vm, lookup: &Lookup<'_>, n: usize) -> PyResult<Value> {
    match lookup.positional.get(n) {
        Some(v) => Ok(v.clone()),
        None => {
            if let Keywords::Mapping(_) = lookup.keywords {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            Err(vm.error(&exc::INDEX_ERROR, format!("Replacement index {n} out of range for positional args tuple")))
        }
    }
}

fn keyword(vm: &mut Vm, lookup: &Lookup<'_>, name: &str) -> PyResult<Value> {
    match &lookup.keywords {
        Keywords::Pairs(pairs) => {
            for (k, v) in pairs.iter() {
                if access::str_is(vm, k, name) {
                    return Ok(v.clone());
                }
            }
            let key = vm.new_str(name);
            Err(vm.key_error(key))
        }
        Keywords::Mapping(m) => {
            let key = vm.new_str(name);
            vm.getitem(m.clone(), key)
        }
    }
}
