//! Bytes -> `decode_source` -> `tokenize` (module mode). Neither may panic.
#![no_main]

use isopy_syntax::lexer::{tokenize, LexMode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = isopy_syntax::decode_source(data, "fuzz.py") else { return };
    let _ = tokenize(source, 0, source.len() as u32, LexMode::Module);
});
