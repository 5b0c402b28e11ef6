//! Text codecs for `str.encode`, `bytes.decode`, `str(b, encoding)` and
//! text files: UTF-8 (and `utf-8-sig`), UTF-16, UTF-32, ASCII, Latin-1 and
//! cp1252 under CPython's names and aliases, with the standard error
//! handlers and CPython's exact `UnicodeError` messages.
//!
//! Strings here are Rust `str`s, so they hold no lone surrogates: the
//! `surrogateescape` and `surrogatepass` handlers cannot produce one and
//! fail as `strict` does.

use crate::objects::types::exceptions as exc;
use crate::value::state::{PyResult, Vm};

/// Byte order of a UTF-16 / UTF-32 codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    /// Least significant byte first.
    Little,
    /// Most significant byte first.
    Big,
}

/// A codec that [`lookup`] found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `utf-8-sig`: UTF-8 with a byte order mark written and skipped.
    Utf8Sig,
    /// `ascii`.
    Ascii,
    /// `latin-1` (ISO 8859-1).
    Latin1,
    /// `cp1252` (Windows Western European), a charmap codec.
    Cp1252,
    /// `utf-16`, with a byte order mark when no order is given.
    Utf16(Option<Endian>),
    /// `utf-32`, with a byte order mark when no order is given.
    Utf32(Option<Endian>),
}

/// CPython's `encodings.normalize_encoding` after lowercasing: runs of
/// punctuation and spaces become one `_`.
fn normalize(encoding: &str) -> String {
    let mut out = String::with_capacity(encoding.len());
    let mut punct = false;
    for c in encoding.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec CPython calls `encoding`, or its `LookupError`.
pub fn lookup(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    let norm = normalize(encoding);
    let codec = match norm.replace('.', "_").as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_646_irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "ibm819"
        | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Endian::Big)),
        _ => return Err(vm.error(&exc::LOOKUP_ERROR, format!("unknown encoding: {encoding}"))),
    };
    Ok(codec)
}

/// The standard error handlers (`codecs.lookup_error`'s built-in names).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    /// `surrogateescape` / `surrogatepass`: need lone surrogates, so strict here.
    Surrogate,
}

/// The handler named `errors`. CPython looks it up only when an error
/// happens, so an unknown name is harmless on text that codes cleanly.
fn handler(vm: &mut Vm, errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" | "surrogatepass" => Handler::Surrogate,
        _ => return Err(vm.error(&exc::LOOKUP_ERROR, format!("unknown error handler name '{errors}'"))),
    })
}

// ------------------------------------------------------------ encoding

/// Encodes `text` with the codec named `encoding`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    encode_with(vm, codec, text, errors)
}

/// Encodes `text` with `codec`.
pub fn encode_with(vm: &mut Vm, codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    let (limit, name, reason) = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat()),
        Codec::Utf16(order) => {
            let big = order == Some(Endian::Big);
            let mut out = if order.is_none() { vec![0xff, 0xfe] } else { Vec::new() };
            for u in text.encode_utf16() {
                out.extend(if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let big = order == Some(Endian::Big);
            let mut out = if order.is_none() { vec![0xff, 0xfe, 0, 0] } else { Vec::new() };
            for c in text.chars() {
                out.extend(if big { (c as u32).to_be_bytes() } else { (c as u32).to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Ascii => (0x80, "ascii", "ordinal not in range(128)"),
        Codec::Latin1 => (0x100, "latin-1", "ordinal not in range(256)"),
        Codec::Cp1252 => (0x80, "charmap", "character maps to <undefined>"),
    };
    let byte = |c: char| -> Option<u8> {
        let n = c as u32;
        if n < limit {
            return Some(n as u8);
        }
        match codec {
            Codec::Cp1252 if (0xa0..0x100).contains(&n) => Some(n as u8),
            Codec::Cp1252 => CP1252_HIGH.iter().position(|&h| h == c).map(|i| 0x80 + i as u8),
            _ => None,
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        // CPython hands the handler the whole run of unencodable characters.
        let end = i + chars[i..].iter().take_while(|c| byte(**c).is_none()).count();
        let run = &chars[i..end];
        match handler(vm, errors)? {
            Handler::Strict | Handler::Surrogate => {
                return Err(exc::unicode_encode_error(vm, name, text, i, end, reason));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::XmlCharRefReplace => run.iter().for_each(|&c| out.extend(format!("&#{};", c as u32).bytes())),
            Handler::BackslashReplace => run.iter().for_each(|&c| out.extend(backslash_escape(c).bytes())),
            Handler::NameReplace => {
                for &c in run {
                    match unicode_names2::name(c) {
                        Some(n) => out.extend(format!("\\N{{{n}}}").bytes()),
                        None => out.extend(backslash_escape(c).bytes()),
                    }
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` writes a character.
fn backslash_escape(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

// ------------------------------------------------------------ decoding

/// Decodes `data` with the codec named `encoding`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    decode_with(vm, codec, data, errors)
}

/// One undecodable stretch: where it ends and why.
struct Bad {
    end: usize,
    reason: &'static str,
}

/// Decodes `data` with `codec`.
pub fn decode_with(vm: &mut Vm, codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8 => utf8(vm, data, 0, errors),
        Codec::Utf8Sig => {
            let skip = if data.starts_with(&[0xef, 0xbb, 0xbf]) { 3 } else { 0 };
            utf8(vm, data, skip, errors)
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            let (name, reason) = match codec {
                Codec::Ascii => ("ascii", "ordinal not in range(128)"),
                Codec::Latin1 => ("latin-1", ""),
                _ => ("charmap", "character maps to <undefined>"),
            };
            let step = |i: usize| -> Result<(char, usize), Bad> {
                let b = data[i];
                let c = match codec {
                    Codec::Ascii if b >= 0x80 => None,
                    Codec::Cp1252 if (0x80..0xa0).contains(&b) => {
                        Some(CP1252_HIGH[b as usize - 0x80]).filter(|&c| c != '\0')
                    }
                    _ => Some(b as char),
                };
                c.map(|c| (c, 1)).ok_or(Bad { end: i + 1, reason })
            };
            run_decoder(vm, data, 0, name, errors, step)
        }
        Codec::Utf16(order) => {
            let (order, skip) = bom(data, order, &[0xff, 0xfe], &[0xfe, 0xff]);
            let name = if order == Endian::Big { "utf-16-be" } else { "utf-16-le" };
            let unit = |i: usize| {
                let pair = [data[i], data[i + 1]];
                if order == Endian::Big {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            };
            let step = |i: usize| -> Result<(char, usize), Bad> {
                if i + 2 > data.len() {
                    return Err(Bad { end: data.len(), reason: "truncated data" });
                }
                let u = unit(i);
                if !(0xd800..0xe000).contains(&u) {
                    return Ok((char::from_u32(u as u32).unwrap_or('\u{fffd}'), 2));
                }
                if u >= 0xdc00 {
                    return Err(Bad { end: i + 2, reason: "illegal encoding" });
                }
                if i + 4 > data.len() {
                    return Err(Bad { end: data.len(), reason: "unexpected end of data" });
                }
                let low = unit(i + 2);
                if !(0xdc00..0xe000).contains(&low) {
                    return Err(Bad { end: i + 2, reason: "illegal UTF-16 surrogate" });
                }
                let n = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
                Ok((char::from_u32(n).unwrap_or('\u{fffd}'), 4))
            };
            run_decoder(vm, data, skip, name, errors, step)
        }
        Codec::Utf32(order) => {
            let (order, skip) = bom(data, order, &[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff]);
            let name = if order == Endian::Big { "utf-32-be" } else { "utf-32-le" };
            let step = |i: usize| -> Result<(char, usize), Bad> {
                if i + 4 > data.len() {
                    return Err(Bad { end: data.len(), reason: "truncated data" });
                }
                let quad = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                let n = if order == Endian::Big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
                match char::from_u32(n) {
                    Some(c) => Ok((c, 4)),
                    None if (0xd800..0xe000).contains(&n) => {
                        Err(Bad { end: i + 4, reason: "code point in surrogate code point range(0xd800, 0xe000)" })
                    }
                    None => Err(Bad { end: i + 4, reason: "code point not in range(0x110000)" }),
                }
            };
            run_decoder(vm, data, skip, name, errors, step)
        }
    }
}

/// The byte order a UTF-16/32 decoder uses and the BOM bytes to skip:
/// an unmarked codec reads its BOM, defaulting to little-endian.
fn bom(data: &[u8], order: Option<Endian>, little: &[u8], big: &[u8]) -> (Endian, usize) {
    match order {
        Some(o) => (o, 0),
        None if data.starts_with(little) => (Endian::Little, little.len()),
        None if data.starts_with(big) => (Endian::Big, big.len()),
        None => (Endian::Little, 0),
    }
}

/// Runs a decoder that reads one character at a time from byte `start`,
/// sending each undecodable stretch to the `errors` handler.
fn run_decoder(
    vm: &mut Vm,
    data: &[u8],
    start: usize,
    name: &str,
    errors: &str,
    step: impl Fn(usize) -> Result<(char, usize), Bad>,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = start;
    while i < data.len() {
        match step(i) {
            Ok((c, n)) => {
                out.push(c);
                i += n;
            }
            Err(bad) => {
                let end = bad.end.max(i + 1);
                decode_error(vm, data, i, bad, name, errors, &mut out)?;
                i = end;
            }
        }
    }
    Ok(out)
}

/// Applies the `errors` handler to the undecodable bytes `data[start..bad.end]`.
fn decode_error(
    vm: &mut Vm,
    data: &[u8],
    start: usize,
    bad: Bad,
    name: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match handler(vm, errors)? {
        Handler::Strict | Handler::Surrogate => {
            Err(exc::unicode_decode_error(vm, name, data, start, bad.end, bad.reason))
        }
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            data[start..bad.end].iter().for_each(|b| out.push_str(&format!("\\x{b:02x}")));
            Ok(())
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
    }
}

/// UTF-8 from byte `start`: valid stretches in bulk, each invalid one
/// (as Rust's decoder measures it, which matches CPython's) to the handler.
fn utf8(vm: &mut Vm, data: &[u8], start: usize, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut offset = start;
    loop {
        let rest = &data[offset..];
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let at = offset + good;
                let byte = data[at];
                let (len, reason) = match e.error_len() {
                    None => (data.len() - at, "unexpected end of data"),
                    Some(n) if matches!(byte, 0x80..=0xc1 | 0xf5..=0xff) => (n, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                decode_error(vm, data, at, Bad { end: at + len, reason }, "utf-8", errors, &mut out)?;
                offset = at + len;
            }
        }
    }
}

/// What cp1252 maps bytes 0x80..0x9f to (`'\0'` for the five it leaves undefined).
static CP1252_HIGH: [char; 32] = [
    '\u{20ac}', '\0', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2c6}', '\u{2030}',
    '\u{160}', '\u{2039}', '\u{152}', '\0', '\u{17d}', '\0', '\0', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}',
    '\u{2022}', '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\0', '\u{17e}',
    '\u{178}',
];
