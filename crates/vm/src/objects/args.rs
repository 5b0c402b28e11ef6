//! Argument binding for native functions. One binder, [`Signature`], checks
//! a call against a function's parameters and raises the `TypeError`
//! CPython would. CPython words these errors differently for C built-ins
//! (`isclose() missing required argument 'b' (pos 2)`) and for functions
//! written in Python (`dumps() missing 1 required positional argument:
//! 'obj'`); isopy implements both kinds natively (`json` and `textwrap`
//! are Python modules in CPython), so a signature carries its [`Wording`].
//! The [`Args`] helpers (`count`, `exact`, `bind`) are shorthands for
//! common built-in signatures.

use crate::objects::access;
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

/// Keyword arguments no parameter takes, as (name, value) pairs in the
/// order given: what a function with `**kwargs` receives there.
pub type ExtraKeywords = Vec<(Value, Value)>;

/// Whose conventions a signature's argument errors follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// A C function. With keyword parameters, the errors of Argument
    /// Clinic's parser, `_PyArg_UnpackKeywords` (`f() takes at most 2
    /// arguments (3 given)`, `'x' is an invalid keyword argument for
    /// f()`). With positional-only parameters alone, those of the calling
    /// conventions such functions use: `f() takes no keyword arguments`,
    /// `f() takes exactly one argument (2 given)` and `f expected 2
    /// arguments, got 1` (see [`arity_error`]).
    Builtin,
    /// A C function whose optional positional parameters are an Argument
    /// Clinic optional group, such as `math.log(x, [base])` (so all its
    /// parameters are positional-only, as [`Signature::positional`] makes
    /// them): `math.log
    /// requires 1 to 2 arguments`, and keywords refused under the bare
    /// name (`log() takes no keyword arguments`), because such functions
    /// are called through `METH_VARARGS`, which names them that way.
    OptionalGroups,
    /// A function defined in Python: `f() takes 1 positional argument but
    /// 2 were given`, `f() missing 1 required positional argument: 'x'`,
    /// `f() got an unexpected keyword argument 'y'`, `f() got multiple
    /// values for argument 'x'`. A method's `self` is one of its
    /// parameters here, as CPython counts it.
    PythonFunction,
}

/// A native function's parameters, for binding a call's arguments to them.
///
/// Parameters come in CPython's order: positional-only, then
/// positional-or-keyword, then keyword-only. The first `required` of them
/// have no default and the rest do. (Python also allows a required
/// keyword-only parameter after optional ones; no native function has one,
/// so a count is enough.)
#[derive(Clone, Copy, Debug)]
pub struct Signature<'a> {
    /// The name errors give the function: `dumps`, `isclose`, `math.sqrt`,
    /// `JSONDecodeError.__init__` (CPython's `__qualname__` for a Python
    /// function; for a C function the name its error messages use).
    pub name: &'a str,
    /// The parameters' names, in order. The names of a built-in's
    /// trailing positional-only parameters may be left out (`params`
    /// shorter than `positional`), since C functions never show them.
    pub params: &'a [&'a str],
    /// How many leading parameters can only be passed by position.
    pub positional_only: usize,
    /// How many leading parameters can be passed by position (the
    /// positional-only ones included); the rest are keyword-only.
    pub positional: usize,
    /// How many leading parameters must be given.
    pub required: usize,
    /// Whether the function takes `**kwargs`: keywords no parameter takes
    /// are then handed back by [`Signature::bind_extra`] instead of refused.
    pub extra_keywords: bool,
    /// Whose error messages to give.
    pub wording: Wording,
}

impl<'a> Signature<'a> {
    /// A C function's signature: the first `positional` of `params` may be
    /// passed by position (the first `positional_only` only so), the first
    /// `required` must be given.
    pub const fn builtin(
        name: &'a str,
        params: &'a [&'a str],
        positional_only: usize,
        positional: usize,
        required: usize,
    ) -> Signature<'a> {
        Signature {
            name,
            params,
            positional_only,
            positional,
            required,
            extra_keywords: false,
            wording: Wording::Builtin,
        }
    }

    /// A C function taking `min..=max` positional-only arguments and no
    /// keywords, such as `math.atan2(y, x, /)` or `len(obj, /)`.
    pub const fn positional(name: &'a str, min: usize, max: usize) -> Signature<'a> {
        Signature::builtin(name, &[], max, max, min)
    }

    /// A Python function's signature: the first `positional` of `params`
    /// are positional-or-keyword, the rest keyword-only; the first
    /// `required` must be given.
    pub const fn python(name: &'a str, params: &'a [&'a str], positional: usize, required: usize) -> Signature<'a> {
        Signature {
            name,
            params,
            positional_only: 0,
            positional,
            required,
            extra_keywords: false,
            wording: Wording::PythonFunction,
        }
    }

    /// This signature with `**kwargs` (see [`Signature::bind_extra`]).
    pub const fn with_extra_keywords(self) -> Signature<'a> {
        Signature { extra_keywords: true, ..self }
    }

    /// This signature with another wording.
    pub const fn with_wording(self, wording: Wording) -> Signature<'a> {
        Signature { wording, ..self }
    }

    /// How many parameters there are: one bound value each.
    pub fn parameter_count(&self) -> usize {
        self.params.len().max(self.positional)
    }

    /// Binds `args` (after its first `skip` positional arguments, such as
    /// a built-in method's instance) to the parameters: one value per
    /// parameter, `Null` for an optional one not given. Raises CPython's
    /// `TypeError` for a call the signature does not accept.
    pub fn bind<const N: usize>(&self, vm: &mut Vm, args: &Args<'_>, skip: usize) -> PyResult<[Value; N]> {
        debug_assert!(!self.extra_keywords, "{}: a signature with **kwargs binds with bind_extra", self.name);
        let mut out = [const { Value::Null }; N];
        let mut extra = Vec::new();
        self.bind_into(vm, args, skip, &mut out, &mut extra)?;
        Ok(out)
    }

    /// [`Signature::bind`] for a function with `**kwargs`: also returns the
    /// keyword arguments no parameter takes, in the order given.
    pub fn bind_extra<const N: usize>(
        &self,
        vm: &mut Vm,
        args: &Args<'_>,
        skip: usize,
    ) -> PyResult<([Value; N], ExtraKeywords)> {
        let mut out = [const { Value::Null }; N];
        let mut extra = Vec::new();
        self.bind_into(vm, args, skip, &mut out, &mut extra)?;
        Ok((out, extra))
    }

    /// Checks that the signature accepts `args` (after `skip`), without
    /// keeping the bound values.
    pub fn check(&self, vm: &mut Vm, args: &Args<'_>, skip: usize) -> PyResult<()> {
        if self.keywordless() {
            // The common case (every `Args::count`) needs no buffer.
            return self.check_arity(vm, args.pos.len().saturating_sub(skip), !args.kw.is_empty());
        }
        let mut out = vec![Value::Null; self.parameter_count()];
        let mut extra = Vec::new();
        self.bind_into(vm, args, skip, &mut out, &mut extra)
    }

    /// Whether every parameter is positional-only and there is no
    /// `**kwargs`: a C function then takes no keywords at all, and only
    /// the number of arguments is checked.
    fn keywordless(&self) -> bool {
        self.wording != Wording::PythonFunction
            && !self.extra_keywords
            && self.positional_only == self.parameter_count()
    }

    /// The one binder behind every entry point: fills `out` (one slot per
    /// parameter) and `extra` (keywords for `**kwargs`), or fails with the
    /// error of the signature's wording.
    fn bind_into(
        &self,
        vm: &mut Vm,
        args: &Args<'_>,
        skip: usize,
        out: &mut [Value],
        extra: &mut ExtraKeywords,
    ) -> PyResult<()> {
        debug_assert_eq!(out.len(), self.parameter_count(), "{}: wrong number of bound values", self.name);
        let pos = &args.pos[skip.min(args.pos.len())..];
        // The common call, first: positional arguments only, no more than
        // the parameters that take them and every required one given
        // (required parameters come first, so a required keyword-only one
        // makes this impossible). Nothing to check or word.
        if args.kw.is_empty() && pos.len() >= self.required && pos.len() <= self.positional && pos.len() <= out.len() {
            out[..pos.len()].clone_from_slice(pos);
            return Ok(());
        }
        if self.keywordless() {
            self.check_arity(vm, pos.len(), !args.kw.is_empty())?;
            out[..pos.len()].clone_from_slice(pos);
            return Ok(());
        }
        match self.wording {
            Wording::PythonFunction => self.bind_python(vm, pos, args.kw, out, extra),
            Wording::Builtin | Wording::OptionalGroups => {
                if self.extra_keywords {
                    // CPython's C parsers have no `**kwargs`; set aside the
                    // keywords no parameter takes and parse the rest.
                    let mut known = Vec::with_capacity(args.kw.len());
                    for (key, value) in args.kw {
                        if self.keyword_index(vm, key).is_some() {
                            known.push((key.clone(), value.clone()));
                        } else {
                            extra.push((key.clone(), value.clone()));
                        }
                    }
                    self.bind_builtin(vm, pos, &known, out)
                } else {
                    self.bind_builtin(vm, pos, args.kw, out)
                }
            }
        }
    }

    /// The arity check of a C function without keyword parameters.
    fn check_arity(&self, vm: &mut Vm, n: usize, has_keywords: bool) -> PyResult<()> {
        let (min, max) = (self.required, self.positional);
        if self.wording == Wording::OptionalGroups {
            if has_keywords {
                let bare = bare_name(self.name);
                return Err(vm.type_error(format!("{bare}() takes no keyword arguments")));
            }
            if n < min || n > max {
                return Err(vm.type_error(format!("{} requires {min} to {max} arguments", self.name)));
            }
            return Ok(());
        }
        if has_keywords {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", self.name)));
        }
        if n < min || n > max {
            return Err(arity_error(vm, self.name, n, min, max));
        }
        Ok(())
    }

    /// The index of the parameter keyword `key` names, if a keyword may
    /// name it (positional-only parameters cannot be).
    fn keyword_index(&self, vm: &Vm, key: &Value) -> Option<usize> {
        let text = access::str_text(vm, key)?;
        let start = self.positional_only.min(self.params.len());
        self.params[start..].iter().position(|n| **n == **text).map(|i| i + start)
    }

    /// The name of parameter `i`, for messages.
    fn param_name(&self, i: usize) -> &str {
        self.params.get(i).copied().unwrap_or("")
    }

    /// Argument Clinic's `_PyArg_UnpackKeywords`, check for check in its
    /// order, which decides the message when a call is wrong in several ways.
    fn bind_builtin(&self, vm: &mut Vm, pos: &[Value], kw: &[(Value, Value)], out: &mut [Value]) -> PyResult<()> {
        let name = self.name;
        let nargs = pos.len();
        let nkwargs = kw.len();
        let maxargs = self.parameter_count();
        let maxpos = self.positional;
        let minpos = self.required.min(maxpos);
        let posonly = self.positional_only;
        let minposonly = posonly.min(minpos);
        if !self.extra_keywords && nargs + nkwargs > maxargs {
            let keyword = if nargs == 0 { "keyword " } else { "" };
            let s = if maxargs == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{name}() takes at most {maxargs} {keyword}argument{s} ({} given)",
                nargs + nkwargs
            )));
        }
        if nargs > maxpos {
            if maxpos == 0 {
                return Err(vm.type_error(format!("{name}() takes no positional arguments")));
            }
            let bound = if minpos < maxpos { "at most" } else { "exactly" };
            let s = if maxpos == 1 { "" } else { "s" };
            return Err(
                vm.type_error(format!("{name}() takes {bound} {maxpos} positional argument{s} ({nargs} given)"))
            );
        }
        if nargs < minposonly {
            let bound = if minposonly < maxpos { "at least" } else { "exactly" };
            let s = if minposonly == 1 { "" } else { "s" };
            return Err(
                vm.type_error(format!("{name}() takes {bound} {minposonly} positional argument{s} ({nargs} given)"))
            );
        }
        out[..nargs].clone_from_slice(pos);
        // Keywords fill the parameters after the positional arguments;
        // the first required one left empty is the error, even when some
        // keyword is also wrong.
        let mut unused = nkwargs;
        for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(posonly)) {
            let found = if unused > 0 { find_keyword(vm, kw, self.param_name(i)) } else { None };
            match found {
                Some(value) => {
                    *slot = value;
                    unused -= 1;
                }
                None if i < self.required => {
                    let param = self.param_name(i);
                    return Err(vm.type_error(format!("{name}() missing required argument '{param}' (pos {})", i + 1)));
                }
                None if unused == 0 => break,
                None => {}
            }
        }
        if unused == 0 {
            return Ok(());
        }
        // Keywords left over name a parameter also given by position, or
        // none at all.
        for i in posonly..nargs {
            let param = self.param_name(i);
            if find_keyword(vm, kw, param).is_some() {
                return Err(
                    vm.type_error(format!("argument for {name}() given by name ('{param}') and position ({})", i + 1))
                );
            }
        }
        for (key, _) in kw {
            if self.keyword_index(vm, key).is_none() {
                let text = access::str_text(vm, key).cloned().unwrap_or_default();
                return Err(vm.type_error(format!("'{text}' is an invalid keyword argument for {name}()")));
            }
        }
        Err(vm.type_error(format!("invalid keyword argument for {name}()")))
    }

    /// CPython's `initialize_locals` for a Python function: keywords
    /// first, then the count of positional arguments, then missing
    /// positional and keyword-only parameters, as 3.11 checks them.
    fn bind_python(
        &self,
        vm: &mut Vm,
        pos: &[Value],
        kw: &[(Value, Value)],
        out: &mut [Value],
        extra: &mut ExtraKeywords,
    ) -> PyResult<()> {
        let name = self.name;
        let argcount = self.positional;
        let n = pos.len().min(argcount);
        out[..n].clone_from_slice(&pos[..n]);
        for (key, value) in kw {
            match self.keyword_index(vm, key) {
                Some(i) if out[i].is_null() => out[i] = value.clone(),
                Some(_) => {
                    let text = access::str_text(vm, key).cloned().unwrap_or_default();
                    return Err(vm.type_error(format!("{name}() got multiple values for argument '{text}'")));
                }
                None if self.extra_keywords => extra.push((key.clone(), value.clone())),
                None => {
                    let passed: Vec<&str> = self.params[..self.positional_only.min(self.params.len())]
                        .iter()
                        .copied()
                        .filter(|p| kw.iter().any(|(k, _)| access::str_text(vm, k).is_some_and(|t| **t == **p)))
                        .collect();
                    if !passed.is_empty() {
                        return Err(vm.type_error(format!(
                            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                            passed.join(", ")
                        )));
                    }
                    let text = access::str_text(vm, key).cloned().unwrap_or_default();
                    return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{text}'")));
                }
            }
        }
        let required_positional = self.required.min(argcount);
        if pos.len() > argcount {
            let given = pos.len();
            let kwonly_given = out[argcount..].iter().filter(|v| !v.is_null()).count();
            let (sig, plural) = if required_positional < argcount {
                (format!("from {required_positional} to {argcount}"), true)
            } else {
                (argcount.to_string(), argcount != 1)
            };
            let kwonly = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {kwonly_given} keyword-only argument{})",
                    if given != 1 { "s" } else { "" },
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            let s = if plural { "s" } else { "" };
            let were = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
            return Err(
                vm.type_error(format!("{name}() takes {sig} positional argument{s} but {given}{kwonly} {were} given"))
            );
        }
        let missing = |range: std::ops::Range<usize>| -> Vec<&str> {
            range.filter(|&i| out[i].is_null()).map(|i| self.param_name(i)).collect()
        };
        let positional_missing = missing(0..required_positional);
        if !positional_missing.is_empty() {
            return Err(missing_error(vm, name, "positional", &positional_missing));
        }
        let keyword_missing = missing(argcount..self.required.max(argcount));
        if !keyword_missing.is_empty() {
            return Err(missing_error(vm, name, "keyword-only", &keyword_missing));
        }
        Ok(())
    }
}

/// The value of the keyword argument called `param`, if given.
fn find_keyword(vm: &Vm, kw: &[(Value, Value)], param: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| access::str_text(vm, k).is_some_and(|t| **t == *param)).map(|(_, v)| v.clone())
}

/// A Python function's `missing N required <kind> argument(s): 'a', 'b',
/// and 'c'`.
fn missing_error(vm: &mut Vm, name: &str, kind: &str, names: &[&str]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    vm.type_error(format!("{name}() missing {} required {kind} argument{s}: {list}", names.len()))
}

/// A function's name without its module or class (`atan2` for
/// `math.atan2`), as CPython's argument parsers name it where the calling
/// machinery gives the qualified name.
fn bare_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

impl Args<'_> {
    /// Fails unless there are no keyword arguments (for a function that
    /// also takes any number of positional arguments, like `math.gcd`).
    pub fn no_keywords(&self, vm: &mut Vm, name: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            return Ok(());
        }
        Signature::positional(name, 0, usize::MAX).check(vm, self, 0)
    }

    /// Checks a positional-only signature of `min..=max` arguments (after
    /// `skip` leading ones, e.g. a method's instance) and no keywords.
    pub fn count(&self, vm: &mut Vm, name: &str, skip: usize, min: usize, max: usize) -> PyResult<()> {
        // Hot (every `list.append`): settle the right call without building
        // a signature; the binder words what is wrong.
        let n = self.pos.len().saturating_sub(skip);
        if self.kw.is_empty() && n >= min && n <= max {
            return Ok(());
        }
        Signature::positional(name, min, max).check(vm, self, skip)
    }

    /// [`Args::count`] for method `name` of type `owner`, whose full name
    /// (`str.isdigit`) is made only for an error message.
    pub fn count_in(&self, vm: &mut Vm, owner: &str, name: &str, skip: usize, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len().saturating_sub(skip);
        if self.kw.is_empty() && n >= min && n <= max {
            return Ok(());
        }
        self.count(vm, &format!("{owner}.{name}"), skip, min, max)
    }

    /// [`Args::exact`] for method `name` of type `owner`, whose full name
    /// is made only for an error message.
    pub fn exact_in<const N: usize>(&self, vm: &mut Vm, owner: &str, name: &str, skip: usize) -> PyResult<[Value; N]> {
        if self.kw.is_empty() && self.pos.len() == skip + N {
            let mut out = [const { Value::Null }; N];
            out.clone_from_slice(&self.pos[skip..]);
            return Ok(out);
        }
        self.exact(vm, &format!("{owner}.{name}"), skip)
    }

    /// Exactly `N` positional arguments after `skip`, as an array.
    pub fn exact<const N: usize>(&self, vm: &mut Vm, name: &str, skip: usize) -> PyResult<[Value; N]> {
        if self.kw.is_empty() && self.pos.len() == skip + N {
            let mut out = [const { Value::Null }; N];
            out.clone_from_slice(&self.pos[skip..]);
            return Ok(out);
        }
        Signature::positional(name, N, N).bind(vm, self, skip)
    }

    /// Binds positional and keyword arguments to `names` (after `skip`
    /// leading positional ones) as a C function does: the first
    /// `positional` names may be given by position, any by keyword, the
    /// first `required` must be given. Missing ones are `Null`.
    pub fn bind<const N: usize>(
        &self,
        vm: &mut Vm,
        name: &str,
        skip: usize,
        names: [&str; N],
        required: usize,
        positional: usize,
    ) -> PyResult<[Value; N]> {
        Signature::builtin(name, &names, 0, positional, required).bind(vm, self, skip)
    }
}

/// CPython's wording for a wrong number of positional arguments to a C
/// function without keyword parameters: `METH_NOARGS` and `METH_O`
/// functions give their qualified name (`math.sqrt() takes exactly one
/// argument (0 given)`), `_PyArg_CheckPositional` the bare one (`atan2
/// expected 2 arguments, got 1`).
pub fn arity_error(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let bare = bare_name(name);
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{bare} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        if min == 1 {
            format!("{bare} expected at least 1 argument, got {n}")
        } else {
            format!("{bare} expected at least {min} arguments, got {n}")
        }
    } else if max == 1 {
        format!("{bare} expected at most 1 argument, got {n}")
    } else {
        format!("{bare} expected at most {max} arguments, got {n}")
    };
    vm.type_error(message)
}
