//! The `_interpchannels` and `_interpqueues` modules: channels and PEP 734
//! queues by id, under the `interpreters` module's classes. Every wait
//! releases the caller's GIL.

use std::time::Duration;

use super::NativeModule;
use crate::objects::types::exceptions as exc;
use crate::objects::types::Native;
use crate::runtime::channels::{ChannelError, Registry, CHANNELS, QUEUES};
use crate::runtime::shared::share;
use crate::value::gil::Vm;
use crate::value::state::{Args, PyErr, PyResult};
use crate::value::Value;

/// The module table of `_interpchannels`.
pub static CHANNELS_MODULE: NativeModule = NativeModule {
    name: "_interpchannels",
    functions: &[
        Native::function("create", channel_create),
        Native::function("destroy", channel_destroy),
        Native::function("list_all", channel_list_all),
        Native::function("send", channel_send),
        Native::function("send_nowait", channel_send_nowait),
        Native::function("recv", channel_recv),
        Native::function("recv_nowait", channel_recv_nowait),
        Native::function("close", channel_close),
        Native::function("is_closed", channel_is_closed),
    ],
    types: &[
        &CHANNEL_ERROR,
        &CHANNEL_NOT_FOUND_ERROR,
        &CHANNEL_CLOSED_ERROR,
        &CHANNEL_EMPTY_ERROR,
        &CHANNEL_FULL_ERROR,
    ],
    init: None,
};

/// The module table of `_interpqueues`.
pub static QUEUES_MODULE: NativeModule = NativeModule {
    name: "_interpqueues",
    functions: &[
        Native::function("create", queue_create),
        Native::function("destroy", queue_destroy),
        Native::function("list_all", queue_list_all),
        Native::function("put", queue_put),
        Native::function("get", queue_get),
        Native::function("qsize", queue_qsize),
        Native::function("maxsize", queue_maxsize),
    ],
    types: &[],
    init: None,
};

super::native_exception!(
    CHANNEL_ERROR,
    "interpreters",
    "ChannelError",
    &exc::RUNTIME_ERROR,
    "A channel operation failed."
);
super::native_exception!(
    CHANNEL_NOT_FOUND_ERROR,
    "interpreters",
    "ChannelNotFoundError",
    &CHANNEL_ERROR,
    "No channel has that id."
);
super::native_exception!(
    CHANNEL_CLOSED_ERROR,
    "interpreters",
    "ChannelClosedError",
    &CHANNEL_ERROR,
    "The channel is closed."
);
super::native_exception!(
    CHANNEL_EMPTY_ERROR,
    "interpreters",
    "ChannelEmptyError",
    &CHANNEL_ERROR,
    "The channel has nothing to receive."
);
super::native_exception!(
    CHANNEL_FULL_ERROR,
    "interpreters",
    "ChannelFullError",
    &CHANNEL_ERROR,
    "The channel is full."
);

// ---------------------------------------------------------------- arguments

fn channel_id(vm: &mut Vm, v: Value) -> PyResult<u64> {
    super::id_argument(vm, v, "channel ID")
}

fn queue_id(vm: &mut Vm, v: Value) -> PyResult<u64> {
    super::id_argument(vm, v, "queue ID")
}

fn maxsize(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match v {
        Value::Null | Value::None => Ok(0),
        v => {
            let n = crate::protocols::ops::index_i64(vm, v)?;
            Ok(n.max(0) as usize)
        }
    }
}

/// A `timeout` argument: `None` waits forever.
fn timeout(vm: &mut Vm, v: Value) -> PyResult<Option<Duration>> {
    match v {
        Value::Null | Value::None => Ok(None),
        v => {
            let t = crate::objects::types::float::as_f64(vm, v, "timeout")?;
            if t.is_nan() || t < 0.0 {
                return Err(vm.error(&exc::VALUE_ERROR, "timeout must be a non-negative number"));
            }
            Ok(Some(Duration::from_secs_f64(t.min(1e9))))
        }
    }
}

fn channel_error(vm: &mut Vm, e: ChannelError, id: u64) -> PyErr {
    registry_error(vm, e, "channel", id)
}

fn queue_error(vm: &mut Vm, e: ChannelError, id: u64) -> PyErr {
    registry_error(vm, e, "queue", id)
}

/// The exception for a failed operation on channel or queue `id` (`noun`).
fn registry_error(vm: &mut Vm, e: ChannelError, noun: &str, id: u64) -> PyErr {
    match e {
        ChannelError::NotFound => vm.error(&CHANNEL_NOT_FOUND_ERROR, format!("{noun} {id} not found")),
        ChannelError::Closed => vm.error(&CHANNEL_CLOSED_ERROR, format!("{noun} {id} is closed")),
        ChannelError::Empty => vm.error(&CHANNEL_EMPTY_ERROR, format!("{noun} {id} is empty")),
        ChannelError::Full => vm.error(&CHANNEL_FULL_ERROR, format!("{noun} {id} is full")),
        ChannelError::Timeout => vm.error(&exc::TIMEOUT_ERROR, "timed out"),
    }
}

fn lookup(vm: &mut Vm, registry: &Registry, id: u64) -> PyResult<std::sync::Arc<crate::runtime::channels::Channel>> {
    let noun = if std::ptr::eq(registry, &*QUEUES) { "queue" } else { "channel" };
    registry.get(id).map_err(|e| registry_error(vm, e, noun, id))
}

// ---------------------------------------------------------------- channels

fn channel_create(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [size] = args.bind(vm, "create", 0, ["maxsize"], 0, 1)?;
    let size = maxsize(vm, size)?;
    Ok(Value::Int(CHANNELS.create(size) as i64))
}

fn channel_destroy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.exact::<1>(vm, "destroy", 0)?;
    let id = channel_id(vm, id)?;
    CHANNELS.destroy(id).map_err(|e| channel_error(vm, e, id))?;
    Ok(Value::None)
}

fn channel_list_all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "list_all", 0, 0, 0)?;
    let ids = CHANNELS.open_ids().into_iter().map(|id| Value::Int(id as i64)).collect();
    Ok(vm.new_list(ids))
}

fn channel_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, obj, wait] = args.bind(vm, "send", 0, ["id", "obj", "timeout"], 2, 3)?;
    let id = channel_id(vm, id)?;
    let wait = timeout(vm, wait)?;
    let channel = lookup(vm, &CHANNELS, id)?;
    let value = share(vm, obj)?;
    let result = match channel.send_nowait(value) {
        Err((ChannelError::Full, value)) => vm.allow_threads(|| channel.send(value, wait)),
        other => other.map_err(|(e, _)| e),
    };
    result.map_err(|e| channel_error(vm, e, id))?;
    Ok(Value::None)
}

fn channel_send_nowait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, obj] = args.bind(vm, "send_nowait", 0, ["id", "obj"], 2, 2)?;
    let id = channel_id(vm, id)?;
    let channel = lookup(vm, &CHANNELS, id)?;
    let value = share(vm, obj)?;
    channel.send_nowait(value).map_err(|(e, _)| channel_error(vm, e, id))?;
    Ok(Value::None)
}

fn channel_recv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, wait] = args.bind(vm, "recv", 0, ["id", "timeout"], 1, 2)?;
    let id = channel_id(vm, id)?;
    let wait = timeout(vm, wait)?;
    let channel = lookup(vm, &CHANNELS, id)?;
    let received = match channel.recv_nowait() {
        Err(ChannelError::Empty) => vm.allow_threads(|| channel.recv(wait)),
        other => other,
    };
    let value = received.map_err(|e| channel_error(vm, e, id))?;
    value.to_value(vm)
}

fn channel_recv_nowait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.bind(vm, "recv_nowait", 0, ["id"], 1, 1)?;
    let id = channel_id(vm, id)?;
    let channel = lookup(vm, &CHANNELS, id)?;
    let value = channel.recv_nowait().map_err(|e| channel_error(vm, e, id))?;
    value.to_value(vm)
}

fn channel_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.bind(vm, "close", 0, ["id"], 1, 1)?;
    let id = channel_id(vm, id)?;
    let channel = lookup(vm, &CHANNELS, id)?;
    channel.close();
    Ok(Value::None)
}

fn channel_is_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.exact::<1>(vm, "is_closed", 0)?;
    let id = channel_id(vm, id)?;
    let channel = lookup(vm, &CHANNELS, id)?;
    Ok(Value::Bool(channel.is_closed()))
}

// ---------------------------------------------------------------- queues

fn queue_create(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [size] = args.bind(vm, "create", 0, ["maxsize"], 0, 1)?;
    let size = maxsize(vm, size)?;
    Ok(Value::Int(QUEUES.create(size) as i64))
}

fn queue_destroy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.exact::<1>(vm, "destroy", 0)?;
    let id = queue_id(vm, id)?;
    QUEUES.destroy(id).map_err(|e| queue_error(vm, e, id))?;
    Ok(Value::None)
}

fn queue_list_all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "list_all", 0, 0, 0)?;
    let ids = QUEUES.open_ids().into_iter().map(|id| Value::Int(id as i64)).collect();
    Ok(vm.new_list(ids))
}

/// `put(id, obj, block=True, timeout=None)`: whether it was queued (false:
/// the queue stayed full).
fn queue_put(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, obj, block, wait] = args.bind(vm, "put", 0, ["id", "obj", "block", "timeout"], 2, 4)?;
    let id = queue_id(vm, id)?;
    let block = block.is_null() || crate::protocols::ops::truthy(vm, &block)?;
    let wait = timeout(vm, wait)?;
    let queue = lookup(vm, &QUEUES, id)?;
    let value = share(vm, obj)?;
    let result = match queue.send_nowait(value) {
        Err((ChannelError::Full, value)) if block => vm.allow_threads(|| queue.send(value, wait)),
        other => other.map_err(|(e, _)| e),
    };
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(ChannelError::Full) => Ok(Value::Bool(false)),
        Err(e) => Err(queue_error(vm, e, id)),
    }
}

/// `get(id, block=True, timeout=None)`: `(obj, True)`, or `(None, False)`
/// if the queue stayed empty.
fn queue_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, block, wait] = args.bind(vm, "get", 0, ["id", "block", "timeout"], 1, 3)?;
    let id = queue_id(vm, id)?;
    let block = block.is_null() || crate::protocols::ops::truthy(vm, &block)?;
    let wait = timeout(vm, wait)?;
    let queue = lookup(vm, &QUEUES, id)?;
    let received = match queue.recv_nowait() {
        Err(ChannelError::Empty) if block => vm.allow_threads(|| queue.recv(wait)),
        other => other,
    };
    match received {
        Ok(v) => {
            let v = v.to_value(vm)?;
            Ok(vm.new_tuple([v, Value::Bool(true)]))
        }
        Err(ChannelError::Empty | ChannelError::Timeout) => Ok(vm.new_tuple([Value::None, Value::Bool(false)])),
        Err(e) => Err(queue_error(vm, e, id)),
    }
}

fn queue_qsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.exact::<1>(vm, "qsize", 0)?;
    let id = queue_id(vm, id)?;
    let queue = lookup(vm, &QUEUES, id)?;
    Ok(Value::Int(queue.len() as i64))
}

fn queue_maxsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.exact::<1>(vm, "maxsize", 0)?;
    let id = queue_id(vm, id)?;
    let queue = lookup(vm, &QUEUES, id)?;
    Ok(Value::Int(queue.maxsize as i64))
}
