//! Parses a file N times: a fixed workload for profilers.
//!
//!     cargo run --release -p isopy-syntax --example parse_file -- FILE [N]

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: parse_file FILE [N]");
    let times: usize = args.next().map_or(10, |n| n.parse().expect("N is a number"));
    let source = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let mut statements = 0;
    for _ in 0..times {
        statements += isopy_syntax::parse_module(&source).map(|m| m.body.len()).unwrap_or(0);
    }
    println!("{statements} statements");
}
