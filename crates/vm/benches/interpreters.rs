//! The interpreter figures of DESIGN.md: create + close latency, `exec`
//! of `pass` on an idle interpreter, and channel throughput for small
//! values and for 1 MiB `bytes` (which must cost the same: no copy).

use std::hint::black_box;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use isopy_vm::embed::{self, Shared};
use isopy_vm::Config;

fn create_close(c: &mut Criterion) {
    c.bench_function("interpreter create+close", |b| {
        b.iter(|| {
            let interp = embed::create(Config::default());
            embed::close(&interp).unwrap();
            black_box(interp);
        })
    });
}

fn exec_pass(c: &mut Criterion) {
    let interp = embed::create(Config::default());
    c.bench_function("exec(\"pass\") on an idle interpreter", |b| b.iter(|| embed::exec(&interp, "pass").unwrap()));
    embed::close(&interp).unwrap();
}

fn channel(c: &mut Criterion) {
    let mut group = c.benchmark_group("channel send+recv");
    group.throughput(Throughput::Elements(1));
    let channel = embed::create_channel(0);
    group.bench_function("small int", |b| {
        b.iter(|| {
            channel.send(Shared::Int(7), None).unwrap();
            black_box(channel.recv(None).unwrap());
        })
    });
    let payload: Arc<[u8]> = vec![0u8; 1 << 20].into();
    group.bench_function("1 MiB bytes", |b| {
        b.iter_batched(
            || Shared::Bytes(payload.clone()),
            |value| {
                channel.send(value, None).unwrap();
                black_box(channel.recv(None).unwrap());
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
    embed::destroy_channel(channel.id).unwrap();
}

criterion_group!(benches, create_close, exec_pass, channel);
criterion_main!(benches);
