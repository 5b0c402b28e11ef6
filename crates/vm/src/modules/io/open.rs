//! The `open()` built-in: its arguments checked in CPython's order and
//! words (`io.open`, then `FileIO`, then `TextIOWrapper`), the OS file
//! opened as the mode says, and the file object of the right class made.

use std::fs::OpenOptions;
use std::io::SeekFrom;

use crate::modules::io::bufio::BufFile;
use crate::modules::io::fileobj::{self, FileName, Layer, TextLayer};
use crate::modules::io::textfile::{self, Mode};
use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::codecs;
use crate::objects::types::exceptions as exc;
use crate::objects::types::Native;
use crate::protocols::ops;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
/// The built-in `open`.
pub static OPEN: Native = Native::function("open", open);

pub fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let [file, mode, buffering, encoding, errors, newline, closefd, _opener] = args.bind(vm, "open", 0, names, 1, 8)?;
    let mode_text = match mode {
        Value::Null => "r".to_string(),
        v => match access::str_text(vm, &v) {
            Some(t) => t.to_string(),
            None => {
                let t = type_name(vm, &v);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
            }
        },
    };
    let buffering = if buffering.is_null() { -1 } else { ops::index_i64(vm, buffering)? };
    let encoding = textfile::optional_str(vm, encoding, "encoding")?;
    let errors = textfile::optional_str(vm, errors, "errors")?;
    let newline = textfile::optional_str(vm, newline, "newline")?;

    let m = textfile::parse_mode(vm, &mode_text)?;
    if m.binary {
        for (given, what) in [(&encoding, "an encoding"), (&errors, "an errors"), (&newline, "a newline")] {
            if given.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let name = path_arg(vm, file)?;
    textfile::check_has_kind(vm, &m)?;
    if !closefd.is_null() && !ops::truthy(vm, &closefd)? {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let handle = open_os_file(vm, &name, &m)?;
    let access = (m.reading || m.updating, !m.reading || m.updating);
    if buffering == 0 {
        if !m.binary {
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
        return Ok(fileobj::new_file(vm, name, m.binary_name().into(), access, Layer::Raw, handle));
    }
    if m.binary {
        return Ok(fileobj::new_file(vm, name, m.binary_name().into(), access, Layer::Buffered, handle));
    }
    let newline = textfile::parse_newline(vm, newline.as_deref())?;
    let codec = codecs::lookup(vm, encoding.as_deref().unwrap_or("utf-8"))?;
    let encoding = encoding.unwrap_or_else(|| "UTF-8".into());
    let text = TextLayer::new(codec, encoding, errors.unwrap_or_else(|| "strict".into()), newline);
    Ok(fileobj::new_file(vm, name, mode_text, access, Layer::Text(text), handle))
}

/// The `file` argument: a str or bytes path, or an object whose
/// `__fspath__` gives one.
fn path_arg(vm: &mut Vm, file: Value) -> PyResult<FileName> {
    if let Some(name) = path_of(vm, &file) {
        return Ok(name);
    }
    if let Value::Obj(_) = file {
        let key = vm.new_str("__fspath__");
        if let Some(method) = crate::protocols::attr::getattr_opt(vm, &file, &key)? {
            let path = vm.call(&method, &[])?;
            if let Some(name) = path_of(vm, &path) {
                return Ok(name);
            }
            let (t, p) = (type_name(vm, &file), type_name(vm, &path));
            return Err(vm.type_error(format!("expected {t}.__fspath__() to return str or bytes, not {p}")));
        }
    }
    let t = type_name(vm, &file);
    Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {t}")))
}

fn path_of(vm: &Vm, v: &Value) -> Option<FileName> {
    if let Some(t) = access::str_text(vm, v) {
        return Some(FileName::Str(t.to_string()));
    }
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            crate::value::object::Payload::Bytes(b) => Some(FileName::Bytes(b.to_vec())),
            _ => None,
        },
        _ => None,
    }
}

/// Opens the OS file as `FileIO` would for mode `m`.
fn open_os_file(vm: &mut Vm, name: &FileName, m: &Mode) -> PyResult<BufFile> {
    let (path, shown): (std::path::PathBuf, String) = match name {
        FileName::Str(s) => (s.into(), s.clone()),
        FileName::Bytes(b) => {
            use std::os::unix::ffi::OsStrExt;
            (std::ffi::OsStr::from_bytes(b).into(), String::from_utf8_lossy(b).into_owned())
        }
    };
    let mut options = OpenOptions::new();
    match () {
        _ if m.writing => options.write(true).create(true).truncate(true).read(m.updating),
        _ if m.appending => options.append(true).create(true).read(m.updating),
        _ if m.creating => options.write(true).create_new(true).read(m.updating),
        _ => options.read(true).write(m.updating),
    };
    let opened = vm.allow_threads(|| {
        let f = options.open(&path)?;
        // Reading a directory opens on Linux; FileIO refuses it.
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        let mut f = BufFile::new(f);
        if m.appending {
            f.seek(SeekFrom::End(0))?;
        }
        Ok(f)
    });
    opened.map_err(|e| exc::os_error_from_io(vm, &e, Some(&shown)))
}
