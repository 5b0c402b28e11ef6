//! Number literals: their extent, value and CPython's tokenizer errors
//! (`invalid decimal literal`, `leading zeros ...`, `invalid digit '8' in
//! octal literal`, ...), following `tok_get`'s number branch.

use crate::error::SyntaxError;
use crate::token::{IntLiteral, Tok};

/// Scans the number starting at `start` (a digit, or `.` then a digit) and
/// returns its token and end offset. `limit` is where the lexed text ends.
pub(super) fn scan(source: &str, start: u32, limit: u32) -> Result<(Tok, u32), SyntaxError> {
    let mut s = Scanner { bytes: &source.as_bytes()[..limit as usize], pos: start as usize, start: start as usize };
    s.number()
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    start: usize,
}

/// Which literal kind an error names.
#[derive(Clone, Copy)]
enum Kind {
    Decimal,
    Hex,
    Octal,
    Binary,
    Imaginary,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Decimal => "decimal",
            Kind::Hex => "hexadecimal",
            Kind::Octal => "octal",
            Kind::Binary => "binary",
            Kind::Imaginary => "imaginary",
        }
    }
}

impl Scanner<'_> {
    fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    /// An error whose caret sits on the character before the scan position,
    /// which is where CPython's `syntaxerror()` points.
    fn error_before(&self, message: String) -> SyntaxError {
        let at = self.pos.saturating_sub(1).max(self.start) as u32;
        SyntaxError::new(message, at, at)
    }

    fn invalid(&self, kind: Kind) -> SyntaxError {
        self.error_before(format!("invalid {} literal", kind.name()))
    }

    fn number(&mut self) -> Result<(Tok, u32), SyntaxError> {
        if self.peek() == b'.' {
            return self.fraction();
        }
        if self.peek() == b'0' {
            match self.peek_at(1) {
                b'x' | b'X' => return self.radix(16, Kind::Hex),
                b'o' | b'O' => return self.radix(8, Kind::Octal),
                b'b' | b'B' => return self.radix(2, Kind::Binary),
                _ => {}
            }
            // Zeros, possibly with underscores; then maybe a float.
            while self.peek() == b'0' {
                self.pos += 1;
                if self.peek() == b'_' {
                    self.pos += 1;
                    if !self.peek().is_ascii_digit() {
                        return Err(self.invalid(Kind::Decimal));
                    }
                }
            }
            let zeros_end = self.pos;
            let nonzero = self.peek().is_ascii_digit();
            if nonzero {
                self.decimal_tail()?;
            }
            match self.peek() {
                b'.' => return self.fraction(),
                b'e' | b'E' => return self.exponent(),
                b'j' | b'J' => return self.imaginary(),
                _ => {}
            }
            if nonzero {
                let _ = zeros_end;
                let at = self.start as u32;
                return Err(SyntaxError::new(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                    at,
                    at,
                ));
            }
            self.end_of_number(Kind::Decimal)?;
            return Ok((Tok::Int(IntLiteral::Small(0)), self.pos as u32));
        }
        self.decimal_tail()?;
        match self.peek() {
            b'.' => self.fraction(),
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.end_of_number(Kind::Decimal)?;
                Ok((self.int_token(10, self.start), self.pos as u32))
            }
        }
    }

    /// Digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<(), SyntaxError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.invalid(Kind::Decimal));
            }
        }
    }

    /// At `.`: the fraction, then an optional exponent or `j`.
    fn fraction(&mut self) -> Result<(Tok, u32), SyntaxError> {
        self.pos += 1;
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        match self.peek() {
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.end_of_number(Kind::Decimal)?;
                Ok((Tok::Float(self.float_value()), self.pos as u32))
            }
        }
    }

    /// At `e`/`E`.
    fn exponent(&mut self) -> Result<(Tok, u32), SyntaxError> {
        let e_at = self.pos;
        self.pos += 1;
        if matches!(self.peek(), b'+' | b'-') {
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.invalid(Kind::Decimal));
            }
        } else if !self.peek().is_ascii_digit() {
            // `1e` followed by no digit: the number ends before the `e`,
            // which is fine only if a keyword such as `else` starts there.
            self.pos = e_at;
            self.end_of_number(Kind::Decimal)?;
            return Ok((self.int_or_float_before_e(), self.pos as u32));
        }
        self.decimal_tail()?;
        if matches!(self.peek(), b'j' | b'J') {
            return self.imaginary();
        }
        self.end_of_number(Kind::Decimal)?;
        Ok((Tok::Float(self.float_value()), self.pos as u32))
    }

    fn int_or_float_before_e(&self) -> Tok {
        let text = &self.bytes[self.start..self.pos];
        if text.contains(&b'.') {
            Tok::Float(self.float_value())
        } else {
            self.int_token(10, self.start)
        }
    }

    /// At `j`/`J`.
    fn imaginary(&mut self) -> Result<(Tok, u32), SyntaxError> {
        let coefficient_end = self.pos;
        self.pos += 1;
        self.end_of_number(Kind::Imaginary)?;
        let text = clean(&self.bytes[self.start..coefficient_end]);
        let value = text.parse::<f64>().unwrap_or(f64::INFINITY);
        Ok((Tok::Imaginary(value), self.pos as u32))
    }

    /// `0x`, `0o`, `0b` literals.
    fn radix(&mut self, radix: u32, kind: Kind) -> Result<(Tok, u32), SyntaxError> {
        self.pos += 2;
        let digits_start = self.pos;
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let c = self.peek();
            if !(c as char).is_digit(radix) {
                if radix < 10 && c.is_ascii_digit() {
                    self.pos += 1;
                    return Err(self.error_before(format!("invalid digit '{}' in {} literal", c as char, kind.name())));
                }
                return Err(self.invalid(kind));
            }
            while (self.peek() as char).is_digit(radix) {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        if radix < 10 && self.peek().is_ascii_digit() {
            let c = self.peek();
            self.pos += 1;
            return Err(self.error_before(format!("invalid digit '{}' in {} literal", c as char, kind.name())));
        }
        self.end_of_number(kind)?;
        Ok((self.int_token(radix, digits_start), self.pos as u32))
    }

    /// CPython's `verify_end_of_number`: a number may be followed directly by
    /// one of the keywords that can follow a number in valid code, but not
    /// by any other identifier character.
    fn end_of_number(&mut self, kind: Kind) -> Result<(), SyntaxError> {
        let rest = &self.bytes[self.pos..];
        let keyword_follows =
            ["and", "else", "for", "if", "in", "is", "or", "not"].iter().any(|k| rest.starts_with(k.as_bytes()));
        let c = self.peek();
        // CPython 3.11.7 checks only ASCII identifier characters here; a
        // non-ASCII one starts an (invalid) identifier token instead.
        if !keyword_follows && (c.is_ascii_alphanumeric() || c == b'_') {
            return Err(self.invalid(kind));
        }
        Ok(())
    }

    fn int_token(&self, radix: u32, digits_start: usize) -> Tok {
        let digits = clean(&self.bytes[digits_start..self.pos]);
        match i64::from_str_radix(&digits, radix) {
            Ok(v) => Tok::Int(IntLiteral::Small(v)),
            Err(_) => Tok::Int(IntLiteral::Big { radix, digits: digits.into() }),
        }
    }

    fn float_value(&self) -> f64 {
        // Rust's float parser is correctly rounded, as CPython's is.
        clean(&self.bytes[self.start..self.pos]).parse::<f64>().unwrap_or(f64::INFINITY)
    }
}

/// The literal's text without underscores.
fn clean(bytes: &[u8]) -> String {
    bytes.iter().filter(|&&b| b != b'_').map(|&b| b as char).collect()
}
