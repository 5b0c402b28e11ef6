//! The file objects `open()` returns: `_io.TextIOWrapper` for text,
//! `_io.BufferedReader` / `BufferedWriter` / `BufferedRandom` for binary
//! files and `_io.FileIO` for unbuffered ones. One native object serves
//! them all; its [`Layer`] decides the checks and words CPython's class of
//! that name would use (a closed `BufferedReader` says `read of closed
//! file`, a `TextIOWrapper` `I/O operation on closed file.`).

use std::any::Any;
use std::io::{IsTerminal, SeekFrom};
use std::os::fd::AsRawFd;

use crate::modules::io::bufio::BufFile;
use crate::modules::io::textfile::{self, Newline};
use crate::modules::io::unsupported_operation;
use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::codecs::{self, Codec};
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::protocols::ops;
use crate::value::object::{NativeData, Payload};
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

/// A file's name as `open()` was given it.
#[derive(Clone)]
pub enum FileName {
    /// A str path.
    Str(String),
    /// A bytes path.
    Bytes(Vec<u8>),
}

/// What a text file adds to the bytes: its codec and newline handling.
pub struct TextLayer {
    /// The codec (its byte order settled once a BOM is read or written).
    pub codec: Codec,
    /// The `encoding` attribute.
    pub encoding: String,
    /// The `errors` attribute.
    pub errors: String,
    /// The `newline` option.
    pub newline: Newline,
    read_settled: bool,
    write_settled: bool,
    /// Where CPython's text layer would have read its buffer up to (in a
    /// file that can also be written): it reads in chunks, and a write after
    /// a read lands at the end of the last chunk, not where the reading
    /// stopped. `None` when nothing is read ahead.
    fetched: Option<u64>,
}

impl TextLayer {
    /// A text layer for a new file.
    pub fn new(codec: Codec, encoding: String, errors: String, newline: Newline) -> TextLayer {
        TextLayer { codec, encoding, errors, newline, read_settled: false, write_settled: false, fetched: None }
    }
}

/// Which of CPython's file classes an object acts as.
pub enum Layer {
    /// `FileIO` (`buffering=0`).
    Raw,
    /// `BufferedReader`, `BufferedWriter` or `BufferedRandom`.
    Buffered,
    /// `TextIOWrapper`.
    Text(TextLayer),
}

/// A file opened by `open()`.
pub struct FileObject {
    name: FileName,
    mode: String,
    readable: bool,
    writable: bool,
    layer: Layer,
    /// `None` once closed.
    file: Option<BufFile>,
}

impl NativeData for FileObject {
    fn trace(&self, _visit: &mut crate::value::object::Visit<'_>) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

static TEXT_METHODS: &[Native] = &[
    Native::method("read", file_read),
    Native::method("readline", file_readline),
    Native::method("readlines", file_readlines),
    Native::method("write", file_write),
    Native::method("writelines", file_writelines),
    Native::method("close", file_close),
    Native::method("flush", file_flush),
    Native::method("seek", file_seek),
    Native::method("tell", file_tell),
    Native::method("truncate", file_truncate),
    Native::method("fileno", file_fileno),
    Native::method("isatty", file_isatty),
    Native::method("seekable", file_seekable),
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
    Native::getter("encoding", file_encoding),
    Native::getter("errors", file_errors),
    Native::getter("newlines", file_newlines),
    Native::getter("line_buffering", file_line_buffering),
];

static BINARY_METHODS: &[Native] = &[
    Native::method("read", file_read),
    Native::method("read1", file_read1),
    Native::method("peek", file_peek),
    Native::method("readline", file_readline),
    Native::method("readlines", file_readlines),
    Native::method("write", file_write),
    Native::method("writelines", file_writelines),
    Native::method("close", file_close),
    Native::method("flush", file_flush),
    Native::method("seek", file_seek),
    Native::method("tell", file_tell),
    Native::method("truncate", file_truncate),
    Native::method("fileno", file_fileno),
    Native::method("isatty", file_isatty),
    Native::method("seekable", file_seekable),
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

/// `_io.TextIOWrapper` (files opened in text mode).
pub static TEXT_FILE: BuiltinType =
    BuiltinType { methods: TEXT_METHODS, module: "_io", ..BuiltinType::plain("TextIOWrapper", &OBJECT) };

/// `_io.BufferedReader` (binary files opened for reading only).
pub static BUFFERED_READER: BuiltinType =
    BuiltinType { methods: BINARY_METHODS, module: "_io", ..BuiltinType::plain("BufferedReader", &OBJECT) };

/// `_io.BufferedWriter` (binary files opened for writing only).
pub static BUFFERED_WRITER: BuiltinType =
    BuiltinType { methods: BINARY_METHODS, module: "_io", ..BuiltinType::plain("BufferedWriter", &OBJECT) };

/// `_io.BufferedRandom` (binary files opened with `+`).
pub static BUFFERED_RANDOM: BuiltinType =
    BuiltinType { methods: BINARY_METHODS, module: "_io", ..BuiltinType::plain("BufferedRandom", &OBJECT) };

/// `_io.FileIO` (binary files opened with `buffering=0`).
pub static FILE_IO: BuiltinType =
    BuiltinType { methods: BINARY_METHODS, module: "_io", ..BuiltinType::plain("FileIO", &OBJECT) };

/// A new file object over `file`, reporting `mode`.
pub fn new_file(
    vm: &mut Vm,
    name: FileName,
    mode: String,
    (readable, writable): (bool, bool),
    layer: Layer,
    file: BufFile,
) -> Value {
    let class = match layer {
        Layer::Text(_) => &TEXT_FILE,
        Layer::Raw => &FILE_IO,
        Layer::Buffered if readable && writable => &BUFFERED_RANDOM,
        Layer::Buffered if readable => &BUFFERED_READER,
        Layer::Buffered => &BUFFERED_WRITER,
    };
    let data = FileObject { name, mode, readable, writable, layer, file: Some(file) };
    vm.new_object(class, Payload::Native(Box::new(data)))
}

fn with_file<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut FileObject) -> R) -> PyResult<R> {
    if let Value::Obj(r) = v {
        if let Payload::Native(n) = &mut vm.heap.get_mut(&r).payload {
            if let Some(file) = n.as_any_mut().downcast_mut::<FileObject>() {
                return Ok(f(file));
            }
        }
    }
    Err(vm.type_error("descriptor requires a file object"))
}

// ------------------------------------------------------------ checks

/// What a method is about to do, for the checks that come first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Read1,
    Readline,
    Peek,
    Write,
    Truncate,
    Seek,
    Flush,
    /// `tell` and the like.
    Plain,
    /// `fileno`, `isatty`, `seekable`, `readable`, `writable`.
    Query,
    /// `IOBase`'s own methods: `readlines`, `writelines`, `__enter__`, `__iter__`.
    Base,
}

/// Fails as CPython's class would if the file is closed or `op` is not
/// what its mode allows.
fn check(vm: &mut Vm, this: Value, op: Op) -> PyResult<()> {
    let (closed, readable, writable, layer) = with_file(vm, this, |f| {
        let layer = match f.layer {
            Layer::Raw => 0,
            Layer::Buffered => 1,
            Layer::Text(_) => 2,
        };
        (f.file.is_none(), f.readable, f.writable, layer)
    })?;
    let reads = matches!(op, Op::Read | Op::Read1 | Op::Readline | Op::Peek);
    let writes = matches!(op, Op::Write | Op::Truncate);
    let closed_text =
        |op: Op| if matches!(op, Op::Query) { "I/O operation on closed file" } else { "I/O operation on closed file." };
    match layer {
        // TextIOWrapper.
        2 => {
            if closed {
                return Err(vm.value_error(closed_text(op)));
            }
            if reads && !readable {
                return Err(unsupported_operation(vm, "not readable"));
            }
            if writes && !writable {
                return Err(unsupported_operation(vm, if op == Op::Write { "not writable" } else { "truncate" }));
            }
        }
        // Buffered*.
        1 => {
            if reads && !readable {
                let name = match op {
                    Op::Read1 => "read1",
                    Op::Peek => "peek",
                    _ => "read",
                };
                return Err(unsupported_operation(vm, name));
            }
            if op == Op::Write && !writable {
                return Err(unsupported_operation(vm, "write"));
            }
            if closed {
                let message = match op {
                    Op::Read | Op::Read1 => "read of closed file",
                    Op::Readline => "readline of closed file",
                    Op::Peek => "peek of closed file",
                    Op::Write => "write to closed file",
                    Op::Truncate => "truncate of closed file",
                    Op::Seek => "seek of closed file",
                    Op::Flush if writable => "flush of closed file",
                    Op::Flush | Op::Base => "I/O operation on closed file.",
                    Op::Plain | Op::Query => "I/O operation on closed file",
                };
                return Err(vm.value_error(message));
            }
            if op == Op::Truncate && !writable {
                return Err(unsupported_operation(vm, "truncate"));
            }
        }
        // FileIO.
        _ => {
            if closed {
                let base = matches!(op, Op::Base | Op::Flush);
                return Err(vm.value_error(closed_text(if base { Op::Base } else { Op::Query })));
            }
            if reads && !readable {
                return Err(unsupported_operation(vm, "File not open for reading"));
            }
            if writes && !writable {
                return Err(unsupported_operation(vm, "File not open for writing"));
            }
        }
    }
    Ok(())
}

/// Runs `op` on the open file (after [`check`]), turning an OS error into
/// an `OSError`.
fn on_file<T>(
    vm: &mut Vm,
    this: Value,
    op: impl FnOnce(&mut BufFile, &mut Layer) -> std::io::Result<T>,
) -> PyResult<T> {
    let result = with_file(vm, this, |f| match f.file.as_mut() {
        Some(file) => Some(op(file, &mut f.layer)),
        None => None,
    })?;
    match result {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(exc::os_error_from_io(vm, &e, None)),
        None => Err(vm.value_error("I/O operation on closed file.")),
    }
}

fn is_text(vm: &mut Vm, this: Value) -> PyResult<bool> {
    with_file(vm, this, |f| matches!(f.layer, Layer::Text(_)))
}

// ------------------------------------------------------------ reading

/// A `size` argument: `None` for "all" (absent, `None` or negative in a
/// text file; binary files accept only -1 of the negatives).
fn size_arg(vm: &mut Vm, v: Value, text: bool) -> PyResult<Option<usize>> {
    let n = match v {
        Value::Null | Value::None => return Ok(None),
        Value::Int(n) => n,
        v if ops::index_value(vm, &v)?.is_some() => ops::index_i64(vm, v)?,
        v => {
            let t = type_name(vm, &v);
            return Err(vm.type_error(format!("argument should be integer or None, not '{t}'")));
        }
    };
    if n < -1 && !text {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    Ok(usize::try_from(n).ok())
}

/// The text layer's codec for reading, settled by any BOM at the start.
fn reading_codec(file: &mut BufFile, t: &mut TextLayer) -> std::io::Result<Codec> {
    if !t.read_settled {
        if file.tell()? == 0 {
            t.codec = textfile::settle_reader(file, t.codec)?;
        }
        t.read_settled = true;
    }
    Ok(t.codec)
}

/// How much text a read wants.
#[derive(Clone, Copy)]
enum Amount {
    /// `read(n)` (`None`: all).
    Chars(Option<usize>),
    /// `readline(limit)`.
    Line(Option<usize>),
}

/// The smallest chunk CPython's text layer asks its buffer for.
const TEXT_CHUNK: u64 = 8192;

/// Where CPython's text layer would have read up to after a read of
/// `bytes` from `start` (see [`TextLayer::fetched`]): chunks of 8192 bytes
/// or, for `read(n)`, of the characters still wanted if more; a `\r` at a
/// chunk's end makes it read one more to see whether `\n` follows.
fn fetched_after(file: &BufFile, t: &TextLayer, start: u64, bytes: &[u8], amount: Amount) -> std::io::Result<u64> {
    let end = start + bytes.len() as u64;
    let len = file.file().metadata()?.len().max(end);
    if matches!(amount, Amount::Chars(None)) {
        return Ok(len);
    }
    let universal = matches!(t.newline, Newline::Universal | Newline::Untranslated);
    let held_cr = universal && bytes.ends_with(&textfile::unit(t.codec, b'\r'));
    let mut fetched = t.fetched.filter(|&f| f >= start).unwrap_or(start);
    let consumed = |upto: u64| &bytes[..(upto.min(end) - start) as usize];
    while fetched < end || (held_cr && fetched == end && fetched < len) {
        let wanted = match amount {
            Amount::Chars(Some(n)) => n.saturating_sub(textfile::count_chars(t.codec, t.newline, consumed(fetched))),
            _ => 0,
        };
        fetched = (fetched + TEXT_CHUNK.max(wanted as u64)).min(len);
    }
    Ok(fetched)
}

/// Reads from a text file: the decoded, newline-translated text.
fn read_text(vm: &mut Vm, this: Value, amount: Amount) -> PyResult<Value> {
    let writable = with_file(vm, this.clone(), |f| f.writable)?;
    let (bytes, codec, errors, newline) = on_file(vm, this, |file, layer| {
        let Layer::Text(t) = layer else { unreachable!("a text read on a binary file") };
        let codec = reading_codec(file, t)?;
        let start = if writable { file.tell()? } else { 0 };
        let bytes = match amount {
            Amount::Chars(None) => file.read_bytes(None)?,
            Amount::Chars(Some(n)) => textfile::read_chars(file, codec, t.newline, n)?,
            Amount::Line(limit) => textfile::read_line(file, codec, t.newline, limit)?,
        };
        if writable {
            t.fetched = Some(fetched_after(file, t, start, &bytes, amount)?);
        }
        Ok((bytes, codec, t.errors.clone(), t.newline))
    })?;
    let text = codecs::decode_with(vm, codec, &bytes, &errors)?;
    Ok(vm.new_str(newline.translate_read(text)))
}

fn file_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "read", 1, 0, 1)?;
    let this = args.get(0);
    let text = is_text(vm, this.clone())?;
    let size = size_arg(vm, args.get(1), text)?;
    check(vm, this.clone(), Op::Read)?;
    if text {
        return read_text(vm, this, Amount::Chars(size));
    }
    let bytes = on_file(vm, this, |file, _| file.read_bytes(size))?;
    Ok(vm.new_bytes(bytes))
}

fn file_read1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "read1", 1, 0, 1)?;
    let this = args.get(0);
    let size = size_arg(vm, args.get(1), false)?;
    check(vm, this.clone(), Op::Read1)?;
    let bytes = on_file(vm, this, |file, _| {
        let mut got = file.peek()?;
        got.truncate(size.unwrap_or(usize::MAX));
        file.read_bytes(Some(got.len()))
    })?;
    Ok(vm.new_bytes(bytes))
}

fn file_peek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "peek", 1, 0, 1)?;
    let this = args.get(0);
    check(vm, this.clone(), Op::Peek)?;
    let bytes = on_file(vm, this, |file, _| file.peek())?;
    Ok(vm.new_bytes(bytes))
}

fn readline_value(vm: &mut Vm, this: Value, limit: Value) -> PyResult<Value> {
    let text = is_text(vm, this.clone())?;
    let limit = match limit {
        Value::Null | Value::None if !text => None,
        Value::Null => None,
        v => usize::try_from(ops::index_i64(vm, v)?).ok(),
    };
    check(vm, this.clone(), Op::Readline)?;
    if text {
        return read_text(vm, this, Amount::Line(limit));
    }
    let bytes = on_file(vm, this, |file, _| file.read_line(limit))?;
    Ok(vm.new_bytes(bytes))
}

fn file_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "readline", 1, 0, 1)?;
    readline_value(vm, args.get(0), args.get(1))
}

fn line_len(vm: &Vm, line: Value) -> usize {
    match access::str_text(vm, &line) {
        Some(t) => t.chars().count(),
        None => access::bytes_data(vm, &line).map_or(0, <[u8]>::len),
    }
}

fn file_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "readlines", 1, 0, 1)?;
    let this = args.get(0);
    let hint = match args.get(1) {
        Value::Null | Value::None => None,
        v => usize::try_from(ops::index_i64(vm, v)?).ok().filter(|&h| h > 0),
    };
    check(vm, this.clone(), Op::Base)?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = readline_value(vm, this.clone(), Value::Null)?;
        let n = line_len(vm, line.clone());
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn file_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let line = readline_value(vm, this, Value::Null)?;
    if line_len(vm, line.clone()) == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

// ------------------------------------------------------------ writing

fn file_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [data] = args.exact::<1>(vm, "write", 1)?;
    let this = args.get(0);
    if !is_text(vm, this.clone())? {
        let Some(bytes) = access::bytes_data(vm, &data).map(<[u8]>::to_vec) else {
            let t = type_name(vm, &data);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        };
        check(vm, this.clone(), Op::Write)?;
        on_file(vm, this, |file, _| file.write(&bytes))?;
        return Ok(Value::Int(bytes.len() as i64));
    }
    let Some(text) = access::str_text(vm, &data).cloned() else {
        let t = type_name(vm, &data);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    check(vm, this.clone(), Op::Write)?;
    // Settle the codec: a BOM goes first only at the start of the file.
    let (codec, bom, errors, newline) = on_file(vm, this.clone(), |file, layer| {
        let Layer::Text(t) = layer else { unreachable!("a text write on a binary file") };
        if let Some(at) = t.fetched.take() {
            file.seek(SeekFrom::Start(at))?;
        }
        let mut bom: &[u8] = &[];
        if !t.write_settled {
            let (settled, mark) = textfile::settle_writer(t.codec);
            if file.tell()? == 0 {
                bom = mark;
            }
            t.codec = settled;
            t.write_settled = true;
        }
        Ok((t.codec, bom, t.errors.clone(), t.newline))
    })?;
    let translated = newline.translate_write(&text);
    let mut bytes = bom.to_vec();
    bytes.extend(codecs::encode_with(vm, codec, &translated, &errors)?);
    on_file(vm, this, |file, _| file.write(&bytes))?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn file_writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [lines] = args.exact::<1>(vm, "writelines", 1)?;
    let this = args.get(0);
    check(vm, this.clone(), Op::Base)?;
    let items = crate::protocols::iter::collect(vm, lines)?;
    for item in items {
        file_write(vm, Args::new(&[this.clone(), item]))?;
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this.clone(), Op::Flush)?;
    on_file(vm, this, |file, _| file.flush())?;
    Ok(Value::None)
}

fn file_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "truncate", 1, 0, 1)?;
    let this = args.get(0);
    let size = match args.get(1) {
        Value::Null | Value::None => None,
        v => Some(ops::index_i64(vm, v)?),
    };
    check(vm, this.clone(), Op::Truncate)?;
    if size.is_some_and(|n| n < 0) {
        return Err(seek_error(vm));
    }
    let size = on_file(vm, this, |file, layer| {
        // A text file's buffer is where its reading read ahead to.
        let ahead = match layer {
            Layer::Text(t) => t.fetched,
            _ => None,
        };
        file.truncate(size.map(|n| n as u64).or(ahead))
    })?;
    Ok(Value::Int(size as i64))
}

fn file_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let file = with_file(vm, args.get(0), |f| f.file.take())?;
    if let Some(mut file) = file {
        file.flush().map_err(|e| exc::os_error_from_io(vm, &e, None))?;
    }
    Ok(Value::None)
}

// ------------------------------------------------------------ position

fn file_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "seek", 1, 1, 2)?;
    let this = args.get(0);
    let offset = ops::index_i64(vm, args.get(1))?;
    let whence = if args.get(2).is_null() { 0 } else { ops::index_i64(vm, args.get(2))? };
    let text = is_text(vm, this.clone())?;
    check(vm, this.clone(), Op::Seek)?;
    let to = match (whence, text) {
        (0, true) if offset < 0 => return Err(vm.value_error(format!("negative seek position {offset}"))),
        (1, true) if offset != 0 => return Err(unsupported_operation(vm, "can't do nonzero cur-relative seeks")),
        (2, true) if offset != 0 => return Err(unsupported_operation(vm, "can't do nonzero end-relative seeks")),
        (0, _) if offset < 0 => return Err(seek_error(vm)),
        (0, _) => SeekFrom::Start(offset as u64),
        (1, _) => SeekFrom::Current(offset),
        (2, _) => SeekFrom::End(offset),
        (_, true) => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        (_, false) => return Err(vm.value_error(format!("whence value {whence} unsupported"))),
    };
    let at = on_file(vm, this, |file, layer| {
        if let Layer::Text(t) = layer {
            // A seek starts the decoder afresh; a BOM is only read at 0.
            t.read_settled = false;
            t.fetched = None;
        }
        file.seek(to)
    })?;
    Ok(Value::Int(at as i64))
}

/// `OSError: [Errno 22] Invalid argument`, for a negative position.
fn seek_error(vm: &mut Vm) -> PyErr {
    let e = std::io::Error::from_raw_os_error(22);
    exc::os_error_from_io(vm, &e, None)
}

fn file_tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this.clone(), Op::Plain)?;
    let at = on_file(vm, this, |file, layer| {
        // TextIOWrapper.tell() flushes first (so an append lands at the end).
        if matches!(layer, Layer::Text(_)) {
            file.flush()?;
        }
        file.tell()
    })?;
    Ok(Value::Int(at as i64))
}

// ------------------------------------------------------------ queries

fn file_fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this.clone(), Op::Query)?;
    let fd = on_file(vm, this, |file, _| Ok(file.file().as_raw_fd()))?;
    Ok(Value::Int(fd as i64))
}

fn file_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this.clone(), Op::Query)?;
    let tty = on_file(vm, this, |file, _| Ok(file.file().is_terminal()))?;
    Ok(Value::Bool(tty))
}

fn file_seekable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this, Op::Query)?;
    Ok(Value::Bool(true))
}

/// `readable()` / `writable()`: a buffered or text file that cannot do it
/// says `False` even when closed (the base class's answer).
fn can(vm: &mut Vm, this: Value, writing: bool) -> PyResult<Value> {
    let (able, raw) = with_file(vm, this.clone(), |f| {
        (if writing { f.writable } else { f.readable }, matches!(f.layer, Layer::Raw))
    })?;
    if !able && !raw {
        return Ok(Value::Bool(false));
    }
    check(vm, this, Op::Query)?;
    Ok(Value::Bool(able))
}

fn file_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    can(vm, args.get(0), false)
}

fn file_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    can(vm, args.get(0), true)
}

fn file_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this.clone(), Op::Base)?;
    Ok(this)
}

fn file_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    file_close(vm, Args::new(&[args.get(0)]))?;
    Ok(Value::None)
}

fn file_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_file(vm, args.get(0), |f| Value::Bool(f.file.is_none()))
}

fn name_value(vm: &mut Vm, name: FileName) -> Value {
    match name {
        FileName::Str(s) => vm.new_str(s),
        FileName::Bytes(b) => vm.new_bytes(b),
    }
}

fn file_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = with_file(vm, args.get(0), |f| f.name.clone())?;
    Ok(name_value(vm, name))
}

fn file_mode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mode = with_file(vm, args.get(0), |f| f.mode.clone())?;
    Ok(vm.new_str(mode))
}

fn text_field(vm: &mut Vm, this: Value, field: impl FnOnce(&TextLayer) -> String) -> PyResult<Value> {
    let text = with_file(vm, this, |f| match &f.layer {
        Layer::Text(t) => Some(field(t)),
        _ => None,
    })?;
    match text {
        Some(t) => Ok(vm.new_str(t)),
        None => Err(vm.type_error("not a text file")),
    }
}

fn file_encoding(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    text_field(vm, args.get(0), |t| t.encoding.clone())
}

fn file_errors(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    text_field(vm, args.get(0), |t| t.errors.clone())
}

fn file_newlines(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn file_line_buffering(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn file_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let (name, mode, closed, layer) = with_file(vm, this.clone(), |f| {
        let layer = match &f.layer {
            Layer::Raw => None,
            Layer::Buffered => Some(None),
            Layer::Text(t) => Some(Some(t.encoding.clone())),
        };
        (f.name.clone(), f.mode.clone(), f.file.is_none(), layer)
    })?;
    let name = match &name {
        FileName::Str(s) => isopy_syntax::pyrepr::str_repr(s),
        FileName::Bytes(b) => {
            let v = vm.new_bytes(b.clone());
            vm.repr(&v)?
        }
    };
    let class = type_name(vm, &this);
    Ok(vm.new_str(match layer {
        Some(Some(encoding)) => format!("<_io.{class} name={name} mode='{mode}' encoding='{encoding}'>"),
        Some(None) => format!("<_io.{class} name={name}>"),
        None if closed => "<_io.FileIO [closed]>".to_string(),
        None => format!("<_io.FileIO name={name} mode='{mode}' closefd=True>"),
    }))
}
