//! What the compiler refuses because isopy lacks it, with the position.

#[test]
fn imaginary_literals_are_refused_not_miscompiled() {
    for (source, column) in [("x = 1j\n", 4), ("print(-2.5j)\n", 7), ("s = {1, 2, 3j}\n", 11), ("t = (1, 2j)\n", 8)] {
        let error = isopy_compiler::compile_source(source, "x.py").expect_err(source);
        assert_eq!(error.message, "complex numbers are not supported by isopy", "{source}");
        let isopy_syntax::ErrorLocation::Span { start, .. } = error.location else { panic!("{source}: no span") };
        assert_eq!(start, column, "{source}: the error points at the literal");
    }
}
