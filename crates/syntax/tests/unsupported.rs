//! Python that isopy does not run is refused with a SyntaxError naming the
//! construct, at its line — never parsed into something else. CPython
//! accepts all of these, so the expectations are written by hand from
//! LANGUAGE.md ("`SyntaxError: 'async def' is not supported by isopy`").

use isopy_syntax::{parse_module, SourceOrigin};

/// The error `source` gets, as `isopy --check x.py` prints it.
fn shown(source: &str) -> String {
    let err = parse_module(source).expect_err("should be refused");
    err.locate(source, "x.py", SourceOrigin::File).to_string()
}

#[test]
fn async_forms_are_refused_at_the_keyword() {
    assert_eq!(
        shown("x = 1\nasync def f():\n    pass\n"),
        "  File \"x.py\", line 2\n    async def f():\n    ^^^^^\nSyntaxError: 'async def' is not supported by isopy\n"
    );
    assert_eq!(
        shown("def f():\n    async for x in y:\n        pass\n"),
        "  File \"x.py\", line 2\n    async for x in y:\n    ^^^^^\nSyntaxError: 'async for' is not supported by isopy\n"
    );
    assert_eq!(
        shown("def f():\n    async with x:\n        pass\n"),
        "  File \"x.py\", line 2\n    async with x:\n    ^^^^^\nSyntaxError: 'async with' is not supported by isopy\n"
    );
}

#[test]
fn await_is_refused() {
    assert_eq!(
        shown("def f():\n    return await g()\n"),
        "  File \"x.py\", line 2\n    return await g()\n           ^^^^^\nSyntaxError: 'await' is not supported by isopy\n"
    );
}

#[test]
fn match_statements_are_refused_but_match_stays_a_name() {
    assert_eq!(
        shown("command = 'go'\nmatch command:\n    case 'go':\n        pass\n"),
        "  File \"x.py\", line 2\n    match command:\n    ^^^^^\nSyntaxError: 'match' is not supported by isopy\n"
    );
    // `match` is a soft keyword: as a name it works.
    parse_module("match = 1\nmatch(2)\nprint(match)\nx = [match for match in y]\n").unwrap();
}

#[test]
fn metaclass_keyword_is_refused() {
    assert_eq!(
        shown("class Meta(type):\n    pass\nclass A(metaclass=Meta):\n    pass\n"),
        "  File \"x.py\", line 3\n    class A(metaclass=Meta):\n            ^^^^^^^^^^^^^^\nSyntaxError: 'metaclass' is not supported by isopy\n"
    );
    // Other class keywords parse (they go to __init_subclass__).
    parse_module("class A(Base, flag=True):\n    pass\n").unwrap();
}

#[test]
fn except_star_is_refused() {
    assert_eq!(
        shown("try:\n    pass\nexcept* ValueError:\n    pass\n"),
        "  File \"x.py\", line 3\n    except* ValueError:\n          ^\nSyntaxError: 'except*' is not supported by isopy\n"
    );
}

#[test]
fn lone_surrogates_cannot_be_represented() {
    let err = parse_module("s = '\\ud800'\n").unwrap_err();
    assert_eq!(
        err.message,
        "(unicode error) 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
    );
}
