//! Argument checking for native functions, with the messages CPython's
//! built-ins give (`len() takes exactly one argument (2 given)`,
//! `'x' is an invalid keyword argument for print()`, ...).

use crate::objects::access;
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

impl Args<'_> {
    /// Fails unless there are no keyword arguments.
    pub fn no_keywords(&self, vm: &mut Vm, name: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(vm.type_error(format!("{name}() takes no keyword arguments")))
        }
    }

    /// Checks a positional-only signature of `min..=max` arguments (after
    /// `skip` leading ones, e.g. a method's instance) and no keywords.
    pub fn count(&self, vm: &mut Vm, name: &str, skip: usize, min: usize, max: usize) -> PyResult<()> {
        self.no_keywords(vm, name)?;
        let n = self.pos.len().saturating_sub(skip);
        if n >= min && n <= max {
            return Ok(());
        }
        Err(arity_error(vm, name, n, min, max))
    }

    /// Exactly `N` positional arguments after `skip`, as an array.
    pub fn exact<const N: usize>(&self, vm: &mut Vm, name: &str, skip: usize) -> PyResult<[Value; N]> {
        self.count(vm, name, skip, N, N)?;
        let mut out = [const { Value::Null }; N];
        out.clone_from_slice(&self.pos[skip..skip + N]);
        Ok(out)
    }

    /// Binds positional and keyword arguments to `names` (after `skip`
    /// leading positional ones): the first `positional` names may be given
    /// by position, the first `required` must be given. Missing ones are `Null`.
    pub fn bind<const N: usize>(
        &self,
        vm: &mut Vm,
        name: &str,
        skip: usize,
        names: [&str; N],
        required: usize,
        positional: usize,
    ) -> PyResult<[Value; N]> {
        let mut out = [const { Value::Null }; N];
        let given = &self.pos[skip.min(self.pos.len())..];
        if given.len() > positional {
            if positional == 0 {
                return Err(vm.type_error(format!("{name}() takes no positional arguments")));
            }
            return Err(vm.type_error(format!(
                "{name}() takes at most {positional} argument{} ({} given)",
                if positional == 1 { "" } else { "s" },
                given.len()
            )));
        }
        out[..given.len()].clone_from_slice(given);
        for (key, value) in self.kw {
            let text = access::str_text(vm, key).cloned().unwrap_or_default();
            match names.iter().position(|n| **n == *text) {
                Some(i) => {
                    if !out[i].is_null() {
                        return Err(vm.type_error(format!(
                            "argument for {name}() given by name ('{text}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = value.clone();
                }
                None => {
                    return Err(vm.type_error(format!("'{text}' is an invalid keyword argument for {name}()")));
                }
            }
        }
        for (i, v) in out.iter().enumerate().take(required) {
            if v.is_null() {
                if i < positional {
                    return Err(vm.type_error(format!(
                        "{name}() missing required argument '{}' (pos {})",
                        names[i],
                        i + 1
                    )));
                }
                return Err(vm.type_error(format!("{name}() missing required keyword argument '{}'", names[i])));
            }
        }
        Ok(out)
    }
}

/// CPython's wording for a wrong number of positional arguments.
pub fn arity_error(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        if min == 1 {
            format!("{name} expected at least 1 argument, got {n}")
        } else {
            format!("{name} expected at least {min} arguments, got {n}")
        }
    } else if max == 1 {
        format!("{name} expected at most 1 argument, got {n}")
    } else {
        format!("{name} expected at most {max} arguments, got {n}")
    };
    vm.type_error(message)
}
