//! `str.format` and `str.format_map`: replacement fields `{}`, `{0}`,
//! `{name}`, `{0.attr}`, `{0[key]}`, conversions `!r !s !a`, format specs
//! with nested fields, and CPython's errors for malformed strings.

use crate::interp::{Args, PyResult, Vm};
use crate::ops;
use crate::types::exceptions as exc;
use crate::value::Value;

/// `str.format(*args, **kwargs)`.
pub fn format_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(template) = ops::str_text(vm, args.get(0)).cloned() else {
        return Err(vm.type_error("descriptor 'format' for 'str' objects doesn't apply to this object"));
    };
    let positional = args.pos[1..].to_vec();
    let kw = args.kw.to_vec();
    let lookup = Lookup { positional: &positional, keywords: Keywords::Pairs(&kw) };
    let mut auto = AutoNumber::Unknown;
    let out = render(vm, &template, &lookup, &mut auto, 2)?;
    Ok(vm.new_str(out))
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [mapping] = args.exact::<1>(vm, "str.format_map", 1)?;
    let Some(template) = ops::str_text(vm, args.get(0)).cloned() else {
        return Err(vm.type_error("descriptor 'format_map' for 'str' objects doesn't apply to this object"));
    };
    let lookup = Lookup { positional: &[], keywords: Keywords::Mapping(mapping) };
    let mut auto = AutoNumber::Unknown;
    let out = render(vm, &template, &lookup, &mut auto, 2)?;
    Ok(vm.new_str(out))
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
        // A replacement field: find its matching '}'.
        let start = i + 1;
        let mut j = start;
        let mut nesting = 1;
        while j < chars.len() {
            match chars[j] {
                '{' => nesting += 1,
                '}' => {
                    nesting -= 1;
                    if nesting == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field: String = chars[start..j].iter().collect();
        out.push_str(&replace_field(vm, &field, lookup, auto, depth)?);
        i = j + 1;
    }
    Ok(out)
}

fn replace_field(vm: &mut Vm, field: &str, lookup: &Lookup<'_>, auto: &mut AutoNumber, depth: u32) -> PyResult<String> {
    // field_name[!conversion][:format_spec]; brackets may hide ':' and '!'.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conversion = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let conv = it.next();
        let after = it.as_str();
        if !(after.is_empty() || after.starts_with(':')) {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        match conv {
            Some(c @ ('r' | 's' | 'a')) => conversion = Some(c),
            Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
            None => return Err(vm.value_error("end of string while looking for conversion specifier")),
        }
        rest = after;
    }
    let spec = rest.strip_prefix(':').unwrap_or("");
    let value = resolve_field(vm, name, lookup, auto)?;
    vm.root(value);
    let converted = match conversion {
        Some('r') => {
            let s = vm.repr(value)?;
            vm.new_str(s)
        }
        Some('s') => vm.str_value(value)?,
        Some('a') => {
            let s = vm.ascii(value)?;
            vm.new_str(s)
        }
        _ => value,
    };
    vm.root(converted);
    let spec = if spec.contains('{') { render(vm, spec, lookup, auto, depth - 1)? } else { spec.to_string() };
    let spec_value = vm.new_str(spec);
    let r = crate::format::format(vm, converted, spec_value)?;
    Ok(ops::str_text(vm, r).map(|s| s.to_string()).unwrap_or_default())
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
    } else if let Ok(n) = first.parse::<usize>() {
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
            value = crate::attr::getattr_str(vm, value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_text = &r[..end];
            let key = match key_text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(key_text),
            };
            value = crate::subscript::getitem(vm, value, key)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

fn positional(vm: &mut Vm, lookup: &Lookup<'_>, n: usize) -> PyResult<Value> {
    match lookup.positional.get(n) {
        Some(v) => Ok(*v),
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
                if ops::str_is(vm, *k, name) {
                    return Ok(*v);
                }
            }
            let key = vm.new_str(name);
            Err(vm.key_error(key))
        }
        Keywords::Mapping(m) => {
            let key = vm.new_str(name);
            crate::subscript::getitem(vm, *m, key)
        }
    }
}
