//! Channels and queues between interpreters: process-wide, registered by
//! id (so any interpreter can get hold of one from its id), carrying
//! [`Shared`] values on crossbeam channels. A value in flight belongs to
//! the channel, not to the interpreter that sent it.
//!
//! Every wait here happens with the caller's GIL released (the callers
//! wrap these calls in `Vm::allow_threads`), and in short slices so that a
//! `close()` from another thread is noticed promptly.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, SendTimeoutError, Sender, TryRecvError, TrySendError};
use dashmap::DashMap;
use parking_lot::Mutex;

use crate::runtime::shared::Shared;

/// One channel (or PEP 734 queue): a crossbeam channel of shared values.
pub struct Channel {
    /// Its id.
    pub id: u64,
    /// The sending side; `None` once closed (dropping it wakes receivers).
    sender: Mutex<Option<Sender<Shared>>>,
    receiver: Receiver<Shared>,
    closed: AtomicBool,
    /// The bound given at creation (0: unbounded).
    pub maxsize: usize,
}

/// Why an operation on a channel did not complete.
#[derive(Debug, PartialEq, Eq)]
pub enum ChannelError {
    /// No channel has this id (any more).
    NotFound,
    /// The channel is closed (and, for receiving, drained).
    Closed,
    /// Nothing to receive (non-blocking receive).
    Empty,
    /// The channel is full (a non-blocking send, or a send's timeout).
    Full,
    /// A blocking receive's timeout passed.
    Timeout,
}

/// How long one wait lasts before a blocked sender looks again whether
/// the channel was closed.
const SLICE: Duration = Duration::from_millis(20);

impl Channel {
    fn new(id: u64, maxsize: usize) -> Channel {
        let (sender, receiver) =
            if maxsize == 0 { crossbeam_channel::unbounded() } else { crossbeam_channel::bounded(maxsize) };
        Channel { id, sender: Mutex::new(Some(sender)), receiver, closed: AtomicBool::new(false), maxsize }
    }

    fn sender(&self) -> Result<Sender<Shared>, ChannelError> {
        self.sender.lock().clone().ok_or(ChannelError::Closed)
    }

    /// Queues `value`, waiting while the channel is full until `timeout`
    /// (forever if `None`).
    pub fn send(&self, value: Shared, timeout: Option<Duration>) -> Result<(), ChannelError> {
        let sender = self.sender()?;
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut value = value;
        loop {
            let slice = match deadline {
                Some(d) => d.saturating_duration_since(Instant::now()).min(SLICE),
                None => SLICE,
            };
            match sender.send_timeout(value, slice) {
                Ok(()) => return Ok(()),
                Err(SendTimeoutError::Disconnected(_)) => return Err(ChannelError::Closed),
                Err(SendTimeoutError::Timeout(v)) => {
                    if self.closed.load(Ordering::SeqCst) {
                        return Err(ChannelError::Closed);
                    }
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        return Err(ChannelError::Full);
                    }
                    value = v;
                }
            }
        }
    }

    /// Queues `value` if there is room; otherwise gives it back with the
    /// reason, so a caller can go on to wait without having copied it.
    pub fn send_nowait(&self, value: Shared) -> Result<(), (ChannelError, Shared)> {
        let sender = match self.sender() {
            Ok(sender) => sender,
            Err(e) => return Err((e, value)),
        };
        match sender.try_send(value) {
            Ok(()) => Ok(()),
            Err(TrySendError::Full(v)) => Err((ChannelError::Full, v)),
            Err(TrySendError::Disconnected(v)) => Err((ChannelError::Closed, v)),
        }
    }

    /// The next value, waiting until `timeout` (forever if `None`).
    pub fn recv(&self, timeout: Option<Duration>) -> Result<Shared, ChannelError> {
        let result = match timeout {
            Some(t) => self.receiver.recv_timeout(t),
            None => self.receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match result {
            Ok(v) => Ok(v),
            Err(RecvTimeoutError::Timeout) => Err(ChannelError::Timeout),
            Err(RecvTimeoutError::Disconnected) => Err(ChannelError::Closed),
        }
    }

    /// The next value if there is one.
    pub fn recv_nowait(&self) -> Result<Shared, ChannelError> {
        match self.receiver.try_recv() {
            Ok(v) => Ok(v),
            Err(TryRecvError::Empty) if self.closed.load(Ordering::SeqCst) => Err(ChannelError::Closed),
            Err(TryRecvError::Empty) => Err(ChannelError::Empty),
            Err(TryRecvError::Disconnected) => Err(ChannelError::Closed),
        }
    }

    /// Closes it: no more sends; receivers drain what was queued, then see
    /// it closed.
    pub fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        self.sender.lock().take();
    }

    /// Whether it is closed.
    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    /// How many values are queued.
    pub fn len(&self) -> usize {
        self.receiver.len()
    }

    /// Whether nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.receiver.is_empty()
    }
}

/// A registry of channels by id (one for channels, one for queues).
pub struct Registry {
    channels: DashMap<u64, Arc<Channel>>,
    next_id: AtomicU64,
}

impl Registry {
    fn new() -> Registry {
        Registry { channels: DashMap::new(), next_id: AtomicU64::new(0) }
    }

    /// Creates a channel and returns its id.
    pub fn create(&self, maxsize: usize) -> u64 {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        self.channels.insert(id, Arc::new(Channel::new(id, maxsize)));
        id
    }

    /// The channel with this id.
    pub fn get(&self, id: u64) -> Result<Arc<Channel>, ChannelError> {
        self.channels.get(&id).map(|c| c.clone()).ok_or(ChannelError::NotFound)
    }

    /// Removes it (closing it first).
    pub fn destroy(&self, id: u64) -> Result<(), ChannelError> {
        let (_, channel) = self.channels.remove(&id).ok_or(ChannelError::NotFound)?;
        channel.close();
        Ok(())
    }

    /// The ids of the channels that are still open, in creation order.
    pub fn open_ids(&self) -> Vec<u64> {
        let mut ids: Vec<u64> = self.channels.iter().filter(|c| !c.is_closed()).map(|c| *c.key()).collect();
        ids.sort_unstable();
        ids
    }
}

/// Every channel of the process.
pub static CHANNELS: LazyLock<Registry> = LazyLock::new(Registry::new);
/// Every PEP 734 queue of the process.
pub static QUEUES: LazyLock<Registry> = LazyLock::new(Registry::new);
