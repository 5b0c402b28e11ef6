//! Input and output: the process's standard streams (one buffer shared by
//! every interpreter, locked per write so the text of one `print` is never
//! split by another's) and `sys.stdout`-style stream objects. The file
//! objects `open()` returns are in `fileobj.rs`.

use std::any::Any;
use std::io::{BufRead, BufWriter, IsTerminal, Read, Write};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::object::{NativeData, Payload};
use crate::value::state::{Args, PyResult, Vm};
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
    fn trace(&self, _visit: &mut crate::value::object::Visit<'_>) {}
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
        Value::Obj(r) => match &vm.heap.get(&r).payload {
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
    let Some(t) = access::str_text(vm, &text).cloned() else {
        let tn = type_name(vm, &text);
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
    if access::str_text(vm, &line).is_some_and(|t| t.is_empty()) {
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
