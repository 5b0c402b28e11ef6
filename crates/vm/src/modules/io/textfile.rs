//! The text layer of the files `open()` returns (the file objects are in
//! `fileobj.rs`): `open()`'s mode and option checks in CPython's order and
//! words, reading one encoded character or line at a time, and the
//! newline translation text files apply on the way in and out.

use std::borrow::Cow;
use std::io::BufRead;

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::codecs::{Codec, Endian};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// The letters of an `open()` mode.
#[derive(Clone, Copy, Default)]
pub struct Mode {
    /// `r`.
    pub reading: bool,
    /// `w`.
    pub writing: bool,
    /// `a`.
    pub appending: bool,
    /// `x`.
    pub creating: bool,
    /// `+`.
    pub updating: bool,
    /// `b`.
    pub binary: bool,
}

impl Mode {
    /// The mode a binary file reports (`FileIO`'s: `w+b` is `rb+`).
    pub fn binary_name(&self) -> &'static str {
        let readable = self.reading || self.updating;
        match () {
            _ if self.creating => ["xb", "xb+"][readable as usize],
            _ if self.appending => ["ab", "ab+"][readable as usize],
            _ if readable => ["rb", "rb+"][(self.writing || self.updating) as usize],
            _ => "wb",
        }
    }
}

/// Checks an `open()` mode as CPython's `io.open` and `FileIO` do.
pub fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode::default();
    let mut text = false;
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            'x' => &mut m.creating,
            '+' => &mut m.updating,
            'b' => &mut m.binary,
            't' => &mut text,
            _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
        };
        *flag = true;
        if mode[i + 1..].contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
    }
    if text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.reading, m.writing, m.appending, m.creating].iter().filter(|k| **k).count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// The error `FileIO` gives a mode with none of `r`, `w`, `a`, `x`
/// (checked after the binary-mode option checks, as CPython does).
pub fn check_has_kind(vm: &mut Vm, m: &Mode) -> PyResult<()> {
    if m.reading || m.writing || m.appending || m.creating {
        return Ok(());
    }
    Err(vm.value_error("Must have exactly one of create/read/write/append mode and at most one plus"))
}

/// An optional str argument of `open()`, or its TypeError.
pub fn optional_str(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<String>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match access::str_text(vm, &v) {
        Some(t) => Ok(Some(t.to_string())),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("open() argument '{name}' must be str or None, not {t}")))
        }
    }
}

/// A text file's `newline` option.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: lines end at `\n`, `\r` or `\r\n`, all read as `\n`.
    Universal,
    /// `''`: lines end at any of them, kept as they are.
    Untranslated,
    /// `'\n'`.
    Lf,
    /// `'\r'`: the only line end; `\n` is written as `\r`.
    Cr,
    /// `'\r\n'`: the only line end; `\n` is written as `\r\n`.
    CrLf,
}

/// The `newline` option, with `TextIOWrapper`'s error for any other value.
pub fn parse_newline(vm: &mut Vm, newline: Option<&str>) -> PyResult<Newline> {
    Ok(match newline {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        // CPython formats the value with `%s`: no quotes.
        Some(other) => return Err(vm.value_error(format!("illegal newline value: {other}"))),
    })
}

impl Newline {
    /// What a read returns for decoded `text`.
    pub fn translate_read(self, text: String) -> String {
        if self == Newline::Universal && text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text
        }
    }

    /// What a write puts in the file for `text` (Linux writes `\n` as is).
    pub fn translate_write(self, text: &str) -> Cow<'_, str> {
        match self {
            Newline::Cr if text.contains('\n') => Cow::Owned(text.replace('\n', "\r")),
            Newline::CrLf if text.contains('\n') => Cow::Owned(text.replace('\n', "\r\n")),
            _ => Cow::Borrowed(text),
        }
    }
}

/// The bytes of ASCII character `c` in `codec` (a codec of a file, whose
/// byte order is settled).
pub fn unit(codec: Codec, c: u8) -> Vec<u8> {
    match codec {
        Codec::Utf16(Some(Endian::Big)) => vec![0, c],
        Codec::Utf16(_) => vec![c, 0],
        Codec::Utf32(Some(Endian::Big)) => vec![0, 0, 0, c],
        Codec::Utf32(_) => vec![c, 0, 0, 0],
        _ => vec![c],
    }
}

/// Settles a file's codec once its first bytes are known: a UTF-16/32
/// reader takes the order its BOM gives (and skips it), `utf-8-sig` skips
/// its BOM. Returns the codec to read the rest with.
pub fn settle_reader(r: &mut impl BufRead, codec: Codec) -> std::io::Result<Codec> {
    let head = r.fill_buf()?;
    let (settled, skip) = match codec {
        Codec::Utf8Sig if head.starts_with(&[0xef, 0xbb, 0xbf]) => (Codec::Utf8, 3),
        Codec::Utf8Sig => (Codec::Utf8, 0),
        Codec::Utf16(None) if head.starts_with(&[0xfe, 0xff]) => (Codec::Utf16(Some(Endian::Big)), 2),
        Codec::Utf16(None) => (Codec::Utf16(Some(Endian::Little)), if head.starts_with(&[0xff, 0xfe]) { 2 } else { 0 }),
        Codec::Utf32(None) if head.starts_with(&[0, 0, 0xfe, 0xff]) => (Codec::Utf32(Some(Endian::Big)), 4),
        Codec::Utf32(None) => {
            (Codec::Utf32(Some(Endian::Little)), if head.starts_with(&[0xff, 0xfe, 0, 0]) { 4 } else { 0 })
        }
        other => (other, 0),
    };
    r.consume(skip);
    Ok(settled)
}

/// The codec a writer uses after its BOM, and the BOM to write first.
pub fn settle_writer(codec: Codec) -> (Codec, &'static [u8]) {
    match codec {
        Codec::Utf8Sig => (Codec::Utf8, &[0xef, 0xbb, 0xbf]),
        Codec::Utf16(None) => (Codec::Utf16(Some(Endian::Little)), &[0xff, 0xfe]),
        Codec::Utf32(None) => (Codec::Utf32(Some(Endian::Little)), &[0xff, 0xfe, 0, 0]),
        other => (other, &[]),
    }
}

/// Reads the bytes of one character (empty at end of file). Malformed
/// input stops early, so the decoder reports it where CPython would.
fn read_char(r: &mut impl BufRead, codec: Codec) -> std::io::Result<Vec<u8>> {
    let mut first = [0u8; 1];
    if r.read(&mut first)? == 0 {
        return Ok(Vec::new());
    }
    let mut out = vec![first[0]];
    let total = match codec {
        Codec::Utf8 | Codec::Utf8Sig => match first[0] {
            0xf0..=0xf4 => 4,
            0xe0..=0xef => 3,
            0xc2..=0xdf => 2,
            _ => 1,
        },
        Codec::Utf16(_) => 2,
        Codec::Utf32(_) => 4,
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => 1,
    };
    let utf8 = matches!(codec, Codec::Utf8 | Codec::Utf8Sig);
    while out.len() < total {
        let next = r.fill_buf()?.first().copied();
        match next {
            Some(b) if !utf8 || b & 0xc0 == 0x80 => {
                out.push(b);
                r.consume(1);
            }
            _ => break,
        }
    }
    // A UTF-16 high surrogate takes its low half along.
    if let Codec::Utf16(order) = codec {
        let high = if order == Some(Endian::Big) { out[0] } else { *out.last().unwrap_or(&0) };
        if out.len() == 2 && (0xd8..0xdc).contains(&high) {
            let mut low = [0u8; 2];
            let n = r.read(&mut low)?;
            out.extend_from_slice(&low[..n]);
        }
    }
    Ok(out)
}

/// Whether the buffered input starts with `bytes`, consuming them if so.
fn take_if(r: &mut impl BufRead, bytes: &[u8]) -> std::io::Result<bool> {
    let found = r.fill_buf()?.starts_with(bytes);
    if found {
        r.consume(bytes.len());
    }
    Ok(found)
}

/// Reads up to `n` characters (a `\r\n` counts as one when it will be
/// read as `\n`), as raw bytes to decode.
pub fn read_chars(r: &mut impl BufRead, codec: Codec, newline: Newline, n: usize) -> std::io::Result<Vec<u8>> {
    let (cr, lf) = (unit(codec, b'\r'), unit(codec, b'\n'));
    let mut out = Vec::new();
    for _ in 0..n {
        let c = read_char(r, codec)?;
        if c.is_empty() {
            break;
        }
        let pair = newline == Newline::Universal && c == cr && take_if(r, &lf)?;
        out.extend_from_slice(&c);
        if pair {
            out.extend_from_slice(&lf);
        }
    }
    Ok(out)
}

/// Reads one line of at most `limit` characters, with its line end as
/// `newline` defines it, as raw bytes.
pub fn read_line(
    r: &mut impl BufRead,
    codec: Codec,
    newline: Newline,
    limit: Option<usize>,
) -> std::io::Result<Vec<u8>> {
    let bytewise = matches!(codec, Codec::Utf8 | Codec::Utf8Sig | Codec::Ascii | Codec::Latin1 | Codec::Cp1252);
    if bytewise && limit.is_none() {
        return read_line_bytewise(r, newline);
    }
    let (cr, lf) = (unit(codec, b'\r'), unit(codec, b'\n'));
    let mut out = Vec::new();
    let mut count = 0;
    while limit.is_none_or(|l| count < l) {
        let c = read_char(r, codec)?;
        if c.is_empty() {
            break;
        }
        count += 1;
        out.extend_from_slice(&c);
        let end = match newline {
            Newline::Universal | Newline::Untranslated if c == cr => {
                if take_if(r, &lf)? {
                    out.extend_from_slice(&lf);
                }
                true
            }
            Newline::Universal | Newline::Untranslated | Newline::Lf => c == lf,
            Newline::Cr => c == cr,
            Newline::CrLf => c == lf && out[..out.len() - lf.len()].ends_with(&cr),
        };
        if end {
            break;
        }
    }
    Ok(out)
}

/// [`read_line`] for codecs whose `\r` and `\n` are single bytes that no
/// other character's bytes contain: scans the buffer instead of decoding.
fn read_line_bytewise(r: &mut impl BufRead, newline: Newline) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(out);
        }
        let hit = match newline {
            Newline::Lf | Newline::CrLf => avail.iter().position(|&b| b == b'\n'),
            Newline::Cr => avail.iter().position(|&b| b == b'\r'),
            Newline::Universal | Newline::Untranslated => avail.iter().position(|&b| b == b'\n' || b == b'\r'),
        };
        let Some(i) = hit else {
            let n = avail.len();
            out.extend_from_slice(avail);
            r.consume(n);
            continue;
        };
        let end = avail[i];
        out.extend_from_slice(&avail[..=i]);
        r.consume(i + 1);
        match newline {
            Newline::CrLf if !out[..out.len() - 1].ends_with(b"\r") => continue,
            Newline::Universal | Newline::Untranslated if end == b'\r' => {
                if take_if(r, b"\n")? {
                    out.push(b'\n');
                }
                return Ok(out);
            }
            _ => return Ok(out),
        }
    }
}

/// About how many characters `bytes` decode to (a `\r\n` read as `\n`
/// counting once), without decoding them.
pub fn count_chars(codec: Codec, newline: Newline, bytes: &[u8]) -> usize {
    match codec {
        Codec::Utf16(_) => bytes.len() / 2,
        Codec::Utf32(_) => bytes.len() / 4,
        Codec::Utf8 | Codec::Utf8Sig | Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            let utf8 = matches!(codec, Codec::Utf8 | Codec::Utf8Sig);
            let chars = if utf8 { bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count() } else { bytes.len() };
            let pairs =
                if newline == Newline::Universal { bytes.windows(2).filter(|w| w == b"\r\n").count() } else { 0 };
            chars - pairs
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn lines(data: &[u8], codec: Codec, newline: Newline, limit: Option<usize>) -> Vec<Vec<u8>> {
        let mut r = Cursor::new(data.to_vec());
        let mut out = Vec::new();
        loop {
            let line = read_line(&mut r, codec, newline, limit).unwrap();
            if line.is_empty() {
                return out;
            }
            out.push(line);
        }
    }

    #[test]
    fn line_ends_follow_the_newline_option() {
        let data = b"a\nb\r\nc\rd";
        let all: [&[u8]; 4] = [b"a\n", b"b\r\n", b"c\r", b"d"];
        assert_eq!(lines(data, Codec::Utf8, Newline::Universal, None), all);
        assert_eq!(lines(data, Codec::Utf8, Newline::Untranslated, None), all);
        assert_eq!(lines(data, Codec::Utf8, Newline::Lf, None), [&b"a\n"[..], b"b\r\n", b"c\rd"]);
        assert_eq!(lines(data, Codec::Utf8, Newline::Cr, None), [&b"a\nb\r"[..], b"\nc\r", b"d"]);
        assert_eq!(lines(data, Codec::Utf8, Newline::CrLf, None), [&b"a\nb\r\n"[..], b"c\rd"]);
    }

    #[test]
    fn the_character_path_agrees_with_the_byte_path() {
        let data = "é\r\nx\ry\n".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>();
        let codec = Codec::Utf16(Some(Endian::Little));
        let got = lines(&data, codec, Newline::Universal, None);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], [0xe9, 0, b'\r', 0, b'\n', 0]);
        assert_eq!(
            lines("héllo".as_bytes(), Codec::Utf8, Newline::Universal, Some(2)),
            [&b"h\xc3\xa9"[..], b"ll", b"o"]
        );
    }

    #[test]
    fn counting_characters_merges_crlf() {
        assert_eq!(count_chars(Codec::Utf8, Newline::Universal, "é\r\n".as_bytes()), 2);
        assert_eq!(count_chars(Codec::Utf8, Newline::Untranslated, b"a\r\n"), 3);
        assert_eq!(count_chars(Codec::Utf16(None), Newline::Lf, &[0; 6]), 3);
    }
}
