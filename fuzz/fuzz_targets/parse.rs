//! Bytes -> `decode_source` -> `parse_module` and `parse_expression`; every
//! error is also rendered, as the CLI would. Nothing may panic.
#![no_main]

use isopy_syntax::{decode_source, parse_expression, parse_module, SourceOrigin, SyntaxError};
use libfuzzer_sys::fuzz_target;

fn render(e: &SyntaxError, source: &str) {
    let _ = e.locate(source, "fuzz.py", SourceOrigin::File).to_string();
}

fuzz_target!(|data: &[u8]| {
    let source = match decode_source(data, "fuzz.py") {
        Ok(source) => source,
        // As the CLI does: a decoding error is rendered without source text.
        Err(e) => return render(&e, ""),
    };
    if let Err(e) = parse_module(source) {
        render(&e, source);
    }
    if let Err(e) = parse_expression(source) {
        render(&e, source);
    }
});
