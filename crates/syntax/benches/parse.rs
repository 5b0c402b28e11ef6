//! Front-end throughput in MB/s on realistic source: lexing alone, and
//! lexing + parsing + the post-parse checks (what `parse_module` does).
//! DESIGN.md asks 20 MB/s for lex+parse+compile, so this stage should
//! clear 40 MB/s.
//!
//!     cargo bench -p isopy-syntax --bench parse

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use isopy_syntax::lexer::{tokenize, LexMode};
use isopy_syntax::parse_module;

/// About 1 MB of application-style Python: benches/data/realistic.py repeated.
fn corpus() -> String {
    let unit = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../benches/data/realistic.py"))
        .expect("benches/data/realistic.py");
    unit.repeat((1 << 20) / unit.len() + 1)
}

fn front_end(c: &mut Criterion) {
    let source = corpus();
    let mut group = c.benchmark_group("front_end");
    group.throughput(Throughput::Bytes(source.len() as u64));
    group.sample_size(20);
    group.bench_function("lex", |b| {
        b.iter(|| tokenize(black_box(&source), 0, source.len() as u32, LexMode::Module).unwrap().len())
    });
    group.bench_function("lex_parse_check", |b| b.iter(|| parse_module(black_box(&source)).unwrap().body.len()));
    group.finish();
}

criterion_group!(benches, front_end);
criterion_main!(benches);
