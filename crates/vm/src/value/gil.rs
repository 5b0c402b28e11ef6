//! The GIL: each interpreter's state sits behind its own lock, and a thread
//! reaches that state only through a [`Vm`], which holds the lock. So the
//! borrow checker enforces the GIL: `&mut Vm` is "this thread holds the
//! GIL", and [`Vm::allow_threads`] takes `&mut self` for as long as the lock
//! is released, so nothing can touch the interpreter meanwhile.
//!
//! Hand-over. A thread that wants a GIL another thread holds announces it
//! (the `GIL_WANTED` bit of the interpreter's eval breaker) and blocks on
//! the lock. The holder checks the breaker at every safe point of its frame
//! loop (one relaxed load); once it has held the GIL for the switch interval
//! it releases the lock fairly — parking_lot hands a fairly unlocked mutex
//! straight to the longest waiter — and queues up behind it. Every blocking
//! call releases the GIL through `allow_threads`.
//!
//! Thread states. The holder's execution state is `VmState::ts`; when it
//! lets go of the GIL it parks that state in `VmState::parked` (where the
//! collector still sees its roots) and takes it back when it returns.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{ArcMutexGuard, Mutex, RawMutex};

use crate::value::state::{ThreadState, VmState};

// SAFETY: an interpreter's state holds references into its own heap,
// whose counts and contents are not thread-safe (`heap::Ref` is neither
// `Send` nor `Sync`). The state moves between threads only as a whole,
// inside the GIL's mutex: a thread reaches it only through a `Vm`, the
// mutex guard, which is not `Send`; the values it takes out are not `Send`
// either, so they stay on that thread; and while it does not hold the GIL
// it touches none of them (`allow_threads` runs a closure that must be
// `Send`, so it cannot capture a value). So no two threads use the heap
// at once. (Values kept after their `Vm` is dropped would break this;
// the runtime never does that, and the embedding API hands out no values.)
unsafe impl Send for VmState {}

/// Eval-breaker bit: a thread is waiting for this interpreter's GIL.
pub const GIL_WANTED: u32 = 1;
/// Eval-breaker bit: `interp.interrupt()` asked for a `KeyboardInterrupt`.
pub const INTERRUPT: u32 = 2;

/// The process-wide handle of one interpreter: its id, its GIL and what
/// other threads may ask of it without holding that GIL.
pub struct Interpreter {
    /// Unique in the process; 0 is the first (main) interpreter.
    pub(crate) id: u64,
    /// The interpreter's state, behind its GIL.
    state: Arc<Mutex<VmState>>,
    /// Requests for the GIL holder, checked at every safe point.
    breaker: AtomicU32,
    /// How many threads wait for the GIL.
    waiters: AtomicUsize,
    /// Whether an `exec`/`call`/`run_string` is running in it now.
    running: AtomicBool,
    /// Whether a panic inside the VM left it unusable.
    broken: AtomicBool,
    /// Whether it has been closed (its state is being or has been freed).
    closed: AtomicBool,
    /// Threads started in it by `_thread.start_new_thread` still running
    /// (`_thread._count()`); kept outside the GIL because a finishing
    /// thread counts itself out after it has let go of it.
    pub(crate) threads: AtomicUsize,
}

impl Interpreter {
    /// Wraps a freshly built interpreter state.
    pub(crate) fn new(id: u64, state: VmState) -> Arc<Interpreter> {
        Arc::new(Interpreter {
            id,
            state: Arc::new(Mutex::new(state)),
            breaker: AtomicU32::new(0),
            waiters: AtomicUsize::new(0),
            running: AtomicBool::new(false),
            broken: AtomicBool::new(false),
            closed: AtomicBool::new(false),
            threads: AtomicUsize::new(0),
        })
    }

    /// The eval-breaker bits now set (one relaxed load: the frame loop's
    /// fast path).
    #[inline]
    pub(crate) fn breaker(&self) -> u32 {
        self.breaker.load(Ordering::Relaxed)
    }

    /// Sets eval-breaker bits (from any thread).
    pub(crate) fn request(&self, bits: u32) {
        self.breaker.fetch_or(bits, Ordering::SeqCst);
    }

    /// Clears eval-breaker bits, returning whether any of them was set.
    pub(crate) fn take_request(&self, bits: u32) -> bool {
        self.breaker.fetch_and(!bits, Ordering::SeqCst) & bits != 0
    }

    /// Takes the GIL, announcing the wait if another thread holds it, and
    /// returns the guard.
    fn lock(&self) -> ArcMutexGuard<RawMutex, VmState> {
        if let Some(guard) = self.state.try_lock_arc() {
            return guard;
        }
        self.announce_waiting();
        let guard = self.state.lock_arc();
        self.done_waiting();
        guard
    }

    fn announce_waiting(&self) {
        self.waiters.fetch_add(1, Ordering::SeqCst);
        self.request(GIL_WANTED);
    }

    fn done_waiting(&self) {
        if self.waiters.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.take_request(GIL_WANTED);
            // A waiter that arrived between the two lines above must not be
            // forgotten: it counted itself before we cleared its bit.
            if self.waiters.load(Ordering::SeqCst) > 0 {
                self.request(GIL_WANTED);
            }
        }
    }

    /// Its id: unique in the process, 0 for the first (main) interpreter.
    /// Python code names it by this id (`interpreters.Interpreter(id)`).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Attaches the calling thread: takes the GIL and gives the thread a
    /// fresh execution state in this interpreter.
    pub fn attach(self: &Arc<Interpreter>) -> Vm {
        let guard = self.lock();
        let mut vm = Vm { guard, interp: self.clone() };
        let previous = std::mem::replace(&mut vm.ts, ThreadState::new(thread_ident()));
        debug_assert!(!previous.is_attached(), "every thread parks its state before it lets go of the GIL");
        vm.held_since = Instant::now();
        vm
    }

    /// Whether an `exec`/`call` runs in it now (`is_running()`).
    pub fn is_running(&self) -> bool {
        self.running.load(Ordering::SeqCst)
    }

    /// Marks it running; false if it already was.
    pub(crate) fn start_running(&self) -> bool {
        self.running.compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst).is_ok()
    }

    /// Marks it idle again.
    pub(crate) fn stop_running(&self) {
        self.running.store(false, Ordering::SeqCst);
    }

    /// Whether a panic inside the VM made it unusable.
    pub fn is_broken(&self) -> bool {
        self.broken.load(Ordering::SeqCst)
    }

    /// Marks it unusable after a panic inside it.
    pub(crate) fn mark_broken(&self) {
        self.broken.store(true, Ordering::SeqCst);
    }

    /// Whether it has been closed.
    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    /// Marks it closed; false if it already was.
    pub(crate) fn mark_closed(&self) -> bool {
        self.closed.compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst).is_ok()
    }
}

/// A thread's access to one interpreter: it holds that interpreter's GIL
/// for as long as it lives (dropping it releases the GIL), and dereferences
/// to the interpreter's state.
pub struct Vm {
    guard: ArcMutexGuard<RawMutex, VmState>,
    interp: Arc<Interpreter>,
}

impl Deref for Vm {
    type Target = VmState;

    #[inline(always)]
    fn deref(&self) -> &VmState {
        &self.guard
    }
}

impl DerefMut for Vm {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut VmState {
        &mut self.guard
    }
}

impl Vm {
    /// The process-wide handle of this interpreter.
    pub fn interpreter(&self) -> &Arc<Interpreter> {
        &self.interp
    }

    /// Runs `f`, a blocking operation that touches no Python object, with
    /// this interpreter's GIL released so its other threads can run.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.park();
        let interp = self.interp.clone();
        let result = ArcMutexGuard::unlocked_fair(&mut self.guard, || {
            let result = f();
            interp.announce_waiting();
            result
        });
        self.interp.done_waiting();
        self.unpark();
        result
    }

    /// Called at a safe point when the eval breaker's `GIL_WANTED` bit is
    /// set: hands the GIL to the waiting thread once this one has held it
    /// for the switch interval.
    pub(crate) fn maybe_yield_gil(&mut self) {
        // Safe points come every few dozen nanoseconds in a loop; reading
        // the clock at each would cost more than the loop. Every 64th is
        // close enough for a millisecond-scale interval.
        self.yield_polls = self.yield_polls.wrapping_add(1);
        if self.yield_polls % 64 != 0 {
            return;
        }
        let interval = Duration::from_secs_f64(self.switch_interval());
        if self.held_since.elapsed() < interval {
            return;
        }
        self.park();
        let interp = self.interp.clone();
        ArcMutexGuard::unlocked_fair(&mut self.guard, || interp.announce_waiting());
        self.interp.done_waiting();
        self.unpark();
    }

    /// Moves this thread's execution state out of the way before the GIL
    /// is released.
    fn park(&mut self) {
        let ts = std::mem::replace(&mut self.ts, ThreadState::detached());
        self.parked.push(ts);
    }

    /// Takes this thread's execution state back after the GIL is retaken.
    fn unpark(&mut self) {
        let me = thread_ident();
        let at = self.parked.iter().rposition(|t| t.ident == me).expect("a parked thread finds its state");
        let ts = self.parked.swap_remove(at);
        let previous = std::mem::replace(&mut self.ts, ts);
        debug_assert!(!previous.is_attached(), "the last holder parked its state");
        self.held_since = Instant::now();
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        // The thread leaves the interpreter: its state goes (values it held
        // are garbage from now on) and the GIL goes to the next waiter.
        self.ts = ThreadState::detached();
    }
}

/// The current OS thread's id, as `threading.get_ident()` reports it.
pub fn thread_ident() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    thread_local! {
        static IDENT: u64 = 0x7f00_0000_0000 + NEXT.fetch_add(1, Ordering::Relaxed) * 0x1000;
    }
    IDENT.with(|i| *i)
}
