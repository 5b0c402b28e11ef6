//! The `time` module: wall and monotonic clocks, `sleep` (with the GIL
//! released), and the struct_time-free parts programs use.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::NativeModule;
use crate::objects::types::Native;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// The module table.
pub static MODULE: NativeModule = NativeModule {
    name: "time",
    functions: &[
        Native::function("time", time),
        Native::function("time_ns", time_ns),
        Native::function("perf_counter", perf_counter),
        Native::function("perf_counter_ns", perf_counter_ns),
        Native::function("monotonic", perf_counter),
        Native::function("monotonic_ns", perf_counter_ns),
        Native::function("process_time", process_time),
        Native::function("process_time_ns", process_time_ns),
        Native::function("thread_time", process_time),
        Native::function("sleep", sleep),
    ],
    types: &[],
    init: None,
};

fn since_epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "time", 0, 0, 0)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "time_ns", 0, 0, 0)?;
    Ok(vm.new_int_wide(since_epoch().as_nanos() as i128))
}

fn perf_counter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "perf_counter", 0, 0, 0)?;
    Ok(Value::Float(start().elapsed().as_secs_f64() + 1.0))
}

fn perf_counter_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "perf_counter_ns", 0, 0, 0)?;
    Ok(vm.new_int_wide(start().elapsed().as_nanos() as i128 + 1_000_000_000))
}

fn cpu_time() -> Duration {
    // CPU time of the process, from /proc where it is available.
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        if let Some(rest) = stat.rsplit(')').next() {
            let fields: Vec<&str> = rest.split_whitespace().collect();
            if fields.len() > 13 {
                let ticks: u64 = fields[11].parse::<u64>().unwrap_or(0) + fields[12].parse::<u64>().unwrap_or(0);
                return Duration::from_millis(ticks * 10);
            }
        }
    }
    start().elapsed()
}

fn process_time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "process_time", 0, 0, 0)?;
    Ok(Value::Float(cpu_time().as_secs_f64()))
}

fn process_time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "process_time_ns", 0, 0, 0)?;
    Ok(vm.new_int_wide(cpu_time().as_nanos() as i128))
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [secs] = args.exact::<1>(vm, "sleep", 0)?;
    let s = match secs {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        Value::Bool(b) => b as i64 as f64,
        other => {
            let t = crate::objects::class::type_name(vm, &other);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !s.is_finite() || s > 1e12 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    vm.allow_threads(|| std::thread::sleep(Duration::from_secs_f64(s)));
    Ok(Value::None)
}
