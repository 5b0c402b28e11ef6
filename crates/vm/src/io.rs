//! Input and output: the process's standard streams (one buffer shared by
//! every interpreter, locked per write so the text of one `print` is never
//! split by another's), `sys.stdout`-style stream objects, and the file
//! objects `open()` returns.

use std::any::Any;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Seek, SeekFrom, Write};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::class::type_name;
use crate::interp::{Args, PyResult, Vm};
use crate::object::{NativeData, Payload};
use crate::ops;
use crate::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::Value;

/// The process's standard output: buffered, flushed at newlines when it is
/// a terminal (or unbuffered with `-u`), and at exit.
struct Stdout {
    out: BufWriter<std::io::Stdout>,
    line_buffered: bool,
}

fn stdout() -> &'static Mutex<Stdout> {
    static STDOUT: OnceLock<Mutex<Stdout>> = OnceLock::new();
    STDOUT.get_or_init(|| {
        let line_buffered = std::io::stdout().is_terminal() || std::env::var_os("PYTHONUNBUFFERED").is_some();
        Mutex::new(Stdout { out: BufWriter::with_capacity(1 << 16, std::io::stdout()), line_buffered })
    })
}

/// Makes stdout unbuffered (the `-u` flag).
pub fn set_unbuffered() {
    stdout().lock().line_buffered = true;
}

/// Writes `text` to the process's stdout in one piece.
pub fn write_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    let result = {
        let mut s = stdout().lock();
        let r = s.out.write_all(text.as_bytes());
        if s.line_buffered && text.contains('\n') {
            r.and_then(|_| s.out.flush())
        } else {
            r
        }
    };
    io_result(vm, result)
}

/// Writes `text` to the process's stderr in one piece.
pub fn write_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    let result = std::io::stderr().lock().write_all(text.as_bytes());
    io_result(vm, result)
}

fn io_result(vm: &mut Vm, result: std::io::Result<()>) -> PyResult<()> {
    match result {
        Ok(()) => Ok(()),
        // A closed pipe (`isopy x.py | head`) is not an error worth a traceback.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(exc::os_error_from_io(vm, &e, None)),
    }
}

/// Flushes the process's stdout (at exit, before reading stdin).
pub fn flush_stdout() {
    let _ = stdout().lock().out.flush();
}

/// The strerror text CPython shows after `[Errno N]`.
pub fn strerror(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        std::io::ErrorKind::AlreadyExists => "File exists".into(),
        _ => match e.raw_os_error() {
            Some(21) => "Is a directory".into(),
            Some(20) => "Not a directory".into(),
            _ => {
                let text = e.to_string();
                text.split(" (os error").next().unwrap_or(&text).to_string()
            }
        },
    }
}

/// Reads one line from the process's stdin (with its newline; empty at EOF).
pub fn read_stdin_line() -> std::io::Result<String> {
    flush_stdout();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line)
}

// ------------------------------------------------------------ stream objects

/// Which standard stream a stream object writes to or reads from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// stdin.
    Stdin,
    /// stdout.
    Stdout,
    /// stderr.
    Stderr,
}

struct StdStream(Stream);

impl NativeData for StdStream {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

static STREAM_METHODS: &[Native] = &[
    Native::method("write", stream_write),
    Native::method("flush", stream_flush),
    Native::method("readline", stream_readline),
    Native::method("read", stream_read),
    Native::method("isatty", stream_isatty),
    Native::method("fileno", stream_fileno),
    Native::method("__repr__", stream_repr),
    Native::method("__iter__", stream_iter),
    Native::method("__next__", stream_next),
    Native::getter("encoding", stream_encoding),
    Native::getter("name", stream_name),
];

/// `io.TextIOWrapper` (for the standard streams).
pub static TEXT_STREAM: BuiltinType =
    BuiltinType { methods: STREAM_METHODS, module: "_io", ..BuiltinType::plain("TextIOWrapper", &OBJECT) };

/// A new stream object for `which`.
pub fn new_stream(vm: &mut Vm, which: Stream) -> Value {
    vm.new_object(&TEXT_STREAM, Payload::Native(Box::new(StdStream(which))))
}

/// Which standard stream `v` is, if it is one of our stream objects.
pub fn stream_of(vm: &Vm, v: Value) -> Option<Stream> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Native(n) => n.as_any().downcast_ref::<StdStream>().map(|s| s.0),
            _ => None,
        },
        _ => None,
    }
}

fn this_stream(vm: &mut Vm, v: Value) -> PyResult<Stream> {
    stream_of(vm, v).ok_or_else(|| vm.type_error("expected a stream"))
}

fn stream_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [text] = args.exact::<1>(vm, "write", 1)?;
    let s = this_stream(vm, args.get(0))?;
    let Some(t) = ops::str_text(vm, text).cloned() else {
        let tn = type_name(vm, text);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    match s {
        Stream::Stdout => write_stdout(vm, &t)?,
        Stream::Stderr => write_stderr(vm, &t)?,
        Stream::Stdin => return Err(vm.error(&exc::OS_ERROR, "not writable")),
    }
    Ok(Value::Int(t.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if this_stream(vm, args.get(0))? == Stream::Stdout {
        flush_stdout();
    }
    Ok(Value::None)
}

fn stream_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this_stream(vm, args.get(0))?;
    let line = vm.allow_threads(read_stdin_line).map_err(|e| exc::os_error_from_io(vm, &e, None))?;
    Ok(vm.new_str(line))
}

fn stream_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this_stream(vm, args.get(0))?;
    let text = vm
        .allow_threads(|| {
            flush_stdout();
            let mut s = String::new();
            std::io::stdin().lock().read_to_string(&mut s).map(|_| s)
        })
        .map_err(|e| exc::os_error_from_io(vm, &e, None))?;
    Ok(vm.new_str(text))
}

fn stream_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(match this_stream(vm, args.get(0))? {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(match this_stream(vm, args.get(0))? {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
    }))
}

fn stream_name_text(s: Stream) -> &'static str {
    match s {
        Stream::Stdin => "<stdin>",
        Stream::Stdout => "<stdout>",
        Stream::Stderr => "<stderr>",
    }
}

fn stream_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_stream(vm, args.get(0))?;
    let mode = if s == Stream::Stdin { "r" } else { "w" };
    Ok(vm.new_str(format!("<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>", stream_name_text(s))))
}

fn stream_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.get(0))
}

fn stream_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let line = stream_readline(vm, args)?;
    if ops::str_text(vm, line).is_some_and(|t| t.is_empty()) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn stream_encoding(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn stream_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_stream(vm, args.get(0))?;
    Ok(vm.new_str(stream_name_text(s)))
}

// ------------------------------------------------------------ files

enum Handle {
    Read(BufReader<File>),
    Write(BufWriter<File>),
    Closed,
}

/// A file opened by `open()`.
struct FileObject {
    name: String,
    mode: String,
    binary: bool,
    handle: Handle,
}

impl NativeData for FileObject {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

static FILE_METHODS: &[Native] = &[
    Native::method("read", file_read),
    Native::method("readline", file_readline),
    Native::method("readlines", file_readlines),
    Native::method("write", file_write),
    Native::method("writelines", file_writelines),
    Native::method("close", file_close),
    Native::method("flush", file_flush),
    Native::method("seek", file_seek),
    Native::method("tell", file_tell),
    Native::method("readable", file_readable),
    Native::method("writable", file_writable),
    Native::method("__enter__", file_enter),
    Native::method("__exit__", file_exit),
    Native::method("__iter__", file_enter),
    Native::method("__next__", file_next),
    Native::method("__repr__", file_repr),
    Native::getter("closed", file_closed),
    Native::getter("name", file_name),
    Native::getter("mode", file_mode),
];

/// The type of text files (`_io.TextIOWrapper`).
pub static TEXT_FILE: BuiltinType =
    BuiltinType { methods: FILE_METHODS, module: "_io", ..BuiltinType::plain("TextIOWrapper", &OBJECT) };

/// The type of binary files opened for reading (`_io.BufferedReader`).
pub static BINARY_FILE: BuiltinType =
    BuiltinType { methods: FILE_METHODS, module: "_io", ..BuiltinType::plain("BufferedReader", &OBJECT) };

/// The type of binary files opened for writing (`_io.BufferedWriter`).
pub static BINARY_WRITER: BuiltinType =
    BuiltinType { methods: FILE_METHODS, module: "_io", ..BuiltinType::plain("BufferedWriter", &OBJECT) };

/// `open(file, mode='r', encoding=None, ...)`.
pub fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [file, mode, _buffering, encoding, _errors, newline] =
        args.bind(vm, "open", 0, ["file", "mode", "buffering", "encoding", "errors", "newline"], 1, 6)?;
    let Some(path) = ops::str_text(vm, file).cloned() else {
        let t = type_name(vm, file);
        return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
    };
    let mode_text =
        if mode.is_null() { "r".into() } else { ops::str_text(vm, mode).cloned().unwrap_or_else(|| "r".into()) };
    let valid = {
        let m: &str = &mode_text;
        let kinds = m.chars().filter(|c| matches!(c, 'r' | 'w' | 'a' | 'x')).count();
        kinds == 1 && m.chars().all(|c| "rwaxbt+".contains(c)) && !(m.contains('b') && m.contains('t'))
    };
    if !valid {
        return Err(vm.value_error(format!("invalid mode: '{mode_text}'")));
    }
    let binary = mode_text.contains('b');
    if binary && !encoding.is_null() && !encoding.is_none() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    let _ = newline;
    let mut options = std::fs::OpenOptions::new();
    let plus = mode_text.contains('+');
    let reading = mode_text.contains('r');
    match () {
        _ if mode_text.contains('w') => options.write(true).create(true).truncate(true).read(plus),
        _ if mode_text.contains('a') => options.append(true).create(true).read(plus),
        _ if mode_text.contains('x') => options.write(true).create_new(true).read(plus),
        _ => options.read(true).write(plus),
    };
    let opened = vm.allow_threads(|| options.open(&*path));
    let f = opened.map_err(|e| exc::os_error_from_io(vm, &e, Some(&path)))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(exc::os_error_from_io(vm, &e, Some(&path)));
    }
    let handle = if reading { Handle::Read(BufReader::new(f)) } else { Handle::Write(BufWriter::new(f)) };
    let data = FileObject { name: path.to_string(), mode: mode_text.to_string(), binary, handle };
    let class = if !binary {
        &TEXT_FILE
    } else if reading {
        &BINARY_FILE
    } else {
        &BINARY_WRITER
    };
    Ok(vm.new_object(class, Payload::Native(Box::new(data))))
}

fn with_file<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut FileObject) -> R) -> PyResult<R> {
    if let Value::Obj(r) = v {
        if let Payload::Native(n) = &mut vm.heap.get_mut(r).payload {
            if let Some(file) = n.as_any_mut().downcast_mut::<FileObject>() {
                return Ok(f(file));
            }
        }
    }
    Err(vm.type_error("expected a file object"))
}

fn closed_error(vm: &mut Vm) -> crate::interp::PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// Reads through a file's handle with its lock released around the I/O.
fn read_with<T>(vm: &mut Vm, v: Value, op: impl FnOnce(&mut BufReader<File>) -> std::io::Result<T>) -> PyResult<T> {
    let taken = with_file(vm, v, |f| match std::mem::replace(&mut f.handle, Handle::Closed) {
        Handle::Read(r) => Ok(r),
        other => {
            let kind = matches!(other, Handle::Write(_));
            f.handle = other;
            Err(kind)
        }
    })?;
    let mut reader = match taken {
        Ok(r) => r,
        Err(true) => return Err(vm.error(&exc::OS_ERROR, "not readable")),
        Err(false) => return Err(closed_error(vm)),
    };
    let result = vm.allow_threads(|| op(&mut reader));
    with_file(vm, v, |f| f.handle = Handle::Read(reader))?;
    result.map_err(|e| exc::os_error_from_io(vm, &e, None))
}

fn decode(vm: &mut Vm, v: Value, bytes: Vec<u8>) -> PyResult<Value> {
    let binary = with_file(vm, v, |f| f.binary)?;
    if binary {
        return Ok(vm.new_bytes(bytes));
    }
    let text = crate::types::bytes::decode_bytes(vm, &bytes, "utf-8", "strict")?;
    // Universal newlines: \r\n and \r read as \n.
    let text = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text };
    Ok(vm.new_str(text))
}

fn file_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "read", 1, 0, 1)?;
    let size = match args.get(1) {
        Value::Null | Value::None => -1,
        v => ops::index_i64(vm, v)?,
    };
    let this = args.get(0);
    let binary = with_file(vm, this, |f| f.binary)?;
    let bytes = read_with(vm, this, |r| {
        let mut buf = Vec::new();
        if size < 0 {
            r.read_to_end(&mut buf)?;
        } else if binary {
            r.take(size as u64).read_to_end(&mut buf)?;
        } else {
            // `size` counts characters for text files.
            let mut chars = 0;
            while chars < size {
                let mut byte = [0u8; 1];
                if r.read(&mut byte)? == 0 {
                    break;
                }
                buf.push(byte[0]);
                if byte[0] & 0xc0 != 0x80 {
                    chars += 1;
                }
                let want = utf8_len(byte[0]);
                for _ in 1..want {
                    if r.read(&mut byte)? == 0 {
                        break;
                    }
                    buf.push(byte[0]);
                }
            }
        }
        Ok(buf)
    })?;
    decode(vm, this, bytes)
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

fn file_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let bytes = read_with(vm, this, |r| {
        let mut buf = Vec::new();
        r.read_until(b'\n', &mut buf)?;
        Ok(buf)
    })?;
    decode(vm, this, bytes)
}

fn file_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let mut lines = Vec::new();
    loop {
        let line = file_readline(vm, Args::new(&[this]))?;
        let empty = ops::str_text(vm, line).is_some_and(|t| t.is_empty())
            || ops::bytes_data(vm, line).is_some_and(|b| b.is_empty());
        if empty {
            break;
        }
        lines.push(line);
    }
    Ok(vm.new_list(lines))
}

fn file_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let line = file_readline(vm, args)?;
    let empty = ops::str_text(vm, line).is_some_and(|t| t.is_empty())
        || ops::bytes_data(vm, line).is_some_and(|b| b.is_empty());
    if empty {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn file_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [data] = args.exact::<1>(vm, "write", 1)?;
    let this = args.get(0);
    let binary = with_file(vm, this, |f| f.binary)?;
    let (bytes, count) = if binary {
        match ops::bytes_data(vm, data) {
            Some(b) => (b.to_vec(), b.len()),
            None => {
                let t = type_name(vm, data);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
            }
        }
    } else {
        match ops::str_text(vm, data) {
            Some(t) => (t.as_bytes().to_vec(), t.chars().count()),
            None => {
                let t = type_name(vm, data);
                return Err(vm.type_error(format!("write() argument must be str, not {t}")));
            }
        }
    };
    let outcome = with_file(vm, this, |f| match &mut f.handle {
        Handle::Write(w) => Some(w.write_all(&bytes)),
        Handle::Read(_) => None,
        Handle::Closed => Some(Err(std::io::Error::other("closed"))),
    })?;
    match outcome {
        Some(Ok(())) => Ok(Value::Int(count as i64)),
        Some(Err(e)) if e.kind() == std::io::ErrorKind::Other => Err(closed_error(vm)),
        Some(Err(e)) => Err(exc::os_error_from_io(vm, &e, None)),
        None => Err(vm.error(&exc::OS_ERROR, "not writable")),
    }
}

fn file_writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [lines] = args.exact::<1>(vm, "writelines", 1)?;
    let items = crate::iter::collect(vm, lines)?;
    for item in items {
        file_write(vm, Args::new(&[args.get(0), item]))?;
    }
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let result = with_file(vm, args.get(0), |f| match std::mem::replace(&mut f.handle, Handle::Closed) {
        Handle::Write(mut w) => w.flush(),
        _ => Ok(()),
    })?;
    result.map_err(|e| exc::os_error_from_io(vm, &e, None))?;
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let result = with_file(vm, args.get(0), |f| match &mut f.handle {
        Handle::Write(w) => w.flush(),
        _ => Ok(()),
    })?;
    result.map_err(|e| exc::os_error_from_io(vm, &e, None))?;
    Ok(Value::None)
}

fn file_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "seek", 1, 1, 2)?;
    let offset = ops::index_i64(vm, args.get(1))?;
    let whence = if args.get(2).is_null() { 0 } else { ops::index_i64(vm, args.get(2))? };
    let to = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => SeekFrom::Current(offset),
        _ => SeekFrom::End(offset),
    };
    let result = with_file(vm, args.get(0), |f| match &mut f.handle {
        Handle::Read(r) => r.seek(to),
        Handle::Write(w) => w.seek(to),
        Handle::Closed => Err(std::io::Error::other("closed")),
    })?;
    match result {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(_) => Err(closed_error(vm)),
    }
}

fn file_tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let result = with_file(vm, args.get(0), |f| match &mut f.handle {
        Handle::Read(r) => r.stream_position(),
        Handle::Write(w) => w.stream_position(),
        Handle::Closed => Err(std::io::Error::other("closed")),
    })?;
    match result {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(_) => Err(closed_error(vm)),
    }
}

fn file_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_file(vm, args.get(0), |f| Value::Bool(matches!(f.handle, Handle::Read(_))))
}

fn file_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_file(vm, args.get(0), |f| Value::Bool(matches!(f.handle, Handle::Write(_))))
}

fn file_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let closed = with_file(vm, args.get(0), |f| matches!(f.handle, Handle::Closed))?;
    if closed {
        return Err(closed_error(vm));
    }
    Ok(args.get(0))
}

fn file_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    file_close(vm, Args::new(&[args.get(0)]))?;
    Ok(Value::None)
}

fn file_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_file(vm, args.get(0), |f| Value::Bool(matches!(f.handle, Handle::Closed)))
}

fn file_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = with_file(vm, args.get(0), |f| f.name.clone())?;
    Ok(vm.new_str(name))
}

fn file_mode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mode = with_file(vm, args.get(0), |f| f.mode.clone())?;
    Ok(vm.new_str(mode))
}

fn file_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (name, mode, binary) = with_file(vm, args.get(0), |f| (f.name.clone(), f.mode.clone(), f.binary))?;
    let n = isopy_syntax::pyrepr::str_repr(&name);
    Ok(vm.new_str(if binary {
        format!("<_io.BufferedReader name={n}>")
    } else {
        format!("<_io.TextIOWrapper name={n} mode='{mode}' encoding='UTF-8'>")
    }))
}
