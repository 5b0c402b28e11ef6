//! The logical tokens the parser consumes: what the lexer makes of the raw
//! token stream once indentation, brackets and literals are resolved.

/// The prefix flags and quoting of a string literal token. The literal's text
/// is recovered from its span; decoding happens in the parser, as in CPython,
/// so that a bad escape is reported after any tokenizer error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StringPrefix {
    /// `r`/`R`: backslashes are literal.
    pub raw: bool,
    /// `b`/`B`: a bytes literal.
    pub bytes: bool,
    /// `f`/`F`: an f-string.
    pub format: bool,
    /// Length of the prefix in bytes (0 to 2).
    pub prefix_len: u8,
    /// 1 for `'`/`"`, 3 for `'''`/`"""`.
    pub quote_len: u8,
}

/// An integer literal's value: inline when it fits in an `i64`, else its digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntLiteral {
    /// A value that fits in an `i64`.
    Small(i64),
    /// A larger value: its digits in `radix`, underscores removed.
    Big {
        /// 2, 8, 10 or 16.
        radix: u32,
        /// The digits, without prefix or underscores.
        digits: Box<str>,
    },
}

/// A logical token.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Selects the whole-module grammar (synthesized first token).
    StartModule,
    /// Selects the single-expression grammar used by `eval()` and f-strings.
    StartExpression,
    /// End of a logical line.
    Newline,
    /// The indentation grew.
    Indent,
    /// The indentation shrank by one level.
    Dedent,
    /// End of input while brackets are still open: the parser fails on it and
    /// the error names the oldest open bracket, as CPython's does.
    UnclosedAtEof,
    /// An identifier, NFKC-normalised as Python requires.
    Name(Box<str>),
    /// An integer literal.
    Int(IntLiteral),
    /// A float literal.
    Float(f64),
    /// An imaginary literal (`1j`): the coefficient.
    Imaginary(f64),
    /// A string, bytes or f-string literal.
    String(StringPrefix),
    /// A printable ASCII character that is no Python token (`$`, `?`, `!`, `` ` ``).
    Stray,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    /// `with` followed by a parenthesized list of with-items and `:`
    /// (`with (a as b, c):`), which the lexer tells apart from `with` before
    /// a parenthesized expression: CPython's grammar tries that reading first.
    WithParenthesized,
    Yield,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    Vbar,
    Circumflex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Comma,
    Colon,
    Dot,
    Ellipsis,
    Semi,
    Equal,
    Rarrow,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
}

impl Tok {
    /// The keyword token spelled `word`, if `word` is a Python keyword.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// Whether this token is a keyword.
    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            False
                | None
                | True
                | And
                | As
                | Assert
                | Async
                | Await
                | Break
                | Class
                | Continue
                | Def
                | Del
                | Elif
                | Else
                | Except
                | Finally
                | For
                | From
                | Global
                | If
                | Import
                | In
                | Is
                | Lambda
                | Nonlocal
                | Not
                | Or
                | Pass
                | Raise
                | Return
                | Try
                | While
                | With
                | Yield
        )
    }

    /// Whether this token can end an expression (a name, literal, closing
    /// bracket or constant keyword). The error layer uses it to recognise two
    /// expressions written side by side.
    pub fn ends_expression(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_)
                | Int(_)
                | Float(_)
                | Imaginary(_)
                | String(_)
                | Rpar
                | Rsqb
                | Rbrace
                | None
                | True
                | False
                | Ellipsis
        )
    }

    /// Whether this token can begin an expression.
    pub fn starts_expression(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_)
                | Int(_)
                | Float(_)
                | Imaginary(_)
                | String(_)
                | Lpar
                | Lsqb
                | Lbrace
                | None
                | True
                | False
                | Ellipsis
                | Minus
                | Plus
                | Tilde
                | Not
                | Lambda
                | Await
        )
    }
}

/// A token with its byte span, in the `(start, token, end)` form the
/// generated parser takes.
pub type Spanned = (u32, Tok, u32);
