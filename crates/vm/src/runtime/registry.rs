//! The process-wide runtime: the registry of live interpreters and the id
//! counter. It is small on purpose: everything else belongs to one
//! interpreter and sits behind its GIL.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, OnceLock};

use dashmap::DashMap;

use crate::value::gil::{Interpreter, Vm};
use crate::value::state::VmState;

struct Runtime {
    interpreters: DashMap<u64, Arc<Interpreter>>,
    next_id: AtomicU64,
    main: OnceLock<u64>,
}

static RUNTIME: LazyLock<Runtime> =
    LazyLock::new(|| Runtime { interpreters: DashMap::new(), next_id: AtomicU64::new(0), main: OnceLock::new() });

/// Registers a freshly built interpreter state and attaches the calling
/// thread to it. The first interpreter built as a main one is the
/// process's main interpreter.
pub(crate) fn register(state: VmState) -> Vm {
    let id = RUNTIME.next_id.fetch_add(1, Ordering::Relaxed);
    if state.config.main {
        let _ = RUNTIME.main.set(id);
    }
    let interp = Interpreter::new(id, state);
    RUNTIME.interpreters.insert(id, interp.clone());
    interp.attach()
}

/// The live interpreter with this id.
pub fn lookup(id: u64) -> Option<Arc<Interpreter>> {
    RUNTIME.interpreters.get(&id).map(|i| i.clone())
}

/// The process's main interpreter, if one has been created.
pub fn main_id() -> Option<u64> {
    RUNTIME.main.get().copied()
}

/// The ids of every live interpreter, in creation order (main first).
pub fn live_ids() -> Vec<u64> {
    let mut ids: Vec<u64> = RUNTIME.interpreters.iter().map(|e| *e.key()).collect();
    ids.sort_unstable();
    ids
}

/// Removes an interpreter from the registry (its state is freed when the
/// last handle to it goes).
pub(crate) fn unregister(id: u64) -> Option<Arc<Interpreter>> {
    RUNTIME.interpreters.remove(&id).map(|(_, i)| i)
}

/// Ends `interp`, which the caller has claimed with `start_running` (so
/// no code runs in it) and whose GIL the calling thread does not hold:
/// finalizes its objects under its own GIL (see `finalize.rs`), then takes
/// it out of the registry. Its memory goes with the last handle to it. A
/// panic while finalizing marks it broken instead.
pub(crate) fn end(interp: &Arc<Interpreter>) {
    let finalized = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut vm = interp.attach();
        vm.finalize();
    }));
    if let Err(panic) = finalized {
        interp.mark_broken();
        let message = crate::runtime::runner::panic_message(&panic);
        eprintln!("isopy: internal error while closing interpreter {}: {message}", interp.id);
    }
    interp.mark_closed();
    unregister(interp.id);
}

/// Ends the process's interpreters, as CPython's `Py_FinalizeEx` does once
/// the main program is over (and its threads joined): every other idle
/// interpreter is finalized and closed (its files flushed, its suspended
/// generators' `finally` run), then the main one. The main interpreter's
/// GIL is kept for good, so that daemon threads never run again on what
/// was finalized; the process is about to exit.
pub fn finalize_process(mut main: Vm) {
    main.run_pending_finalizers();
    let me = main.interpreter().id;
    for id in live_ids() {
        let Some(interp) = lookup(id).filter(|i| i.id != me) else { continue };
        // One of its threads may still run (a daemon): leave it be.
        if interp.threads.load(Ordering::SeqCst) > 0 || interp.is_broken() || !interp.start_running() {
            continue;
        }
        main.allow_threads(|| end(&interp));
        interp.stop_running();
    }
    main.finalize();
    std::mem::forget(main);
}
