//! Prints the disassembly of a file: `cargo run -p isopy-compiler --example dis_file -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dis_file FILE");
    let source = std::fs::read_to_string(&path).expect("readable file");
    match isopy_compiler::compile_source(&source, &path) {
        Ok(code) => print!("{}", isopy_compiler::dis::disassemble(&code)),
        Err(e) => eprint!("{}", e.locate(&source, &path, isopy_syntax::SourceOrigin::File)),
    }
}
