//! The `dict` table: insertion-ordered entries plus an open-addressing index
//! (CPython's compact dict, with its probe sequence). Keys are compared by
//! the caller, because deciding equality may run Python code (`__eq__`);
//! a version counter lets the caller notice that such code mutated the dict.

use crate::value::alloc::{self, NoMemory};
use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

/// One key/value pair and the key's hash.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// An insertion-ordered hash table of values.
#[derive(Debug, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    version: u64,
    /// Names the current layout (which key is at which entry position) for
    /// the inline caches of global loads: 0 until a cache asks
    /// ([`Dict::layout_version`]), back to 0 whenever a key is added or
    /// removed or the entries move. Nonzero values are unique in the
    /// process, so a cache can tell two dicts apart by it alone.
    layout: u64,
}

impl Clone for Dict {
    /// A copy with the same items; its layout has no version yet (a
    /// version names one dict's layout).
    fn clone(&self) -> Dict {
        Dict {
            entries: self.entries.clone(),
            indices: self.indices.clone(),
            len: self.len,
            version: self.version,
            layout: 0,
        }
    }
}

/// The source of layout versions (process-wide: a cache compares them
/// without knowing which dict it looks at).
static NEXT_LAYOUT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The probe sequence of CPython's dict and set lookups.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe { i: hash as u64 as usize & mask, perturb: hash as u64, mask }
    }

    fn next(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self.i.wrapping_mul(5).wrapping_add(self.perturb as usize).wrapping_add(1)) & self.mask;
    }
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Changes on every insertion, deletion or value update.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The version of the current layout, as an inline cache records it:
    /// while it stays the same, every key stays at its entry position
    /// (values may change). A fresh number the first time it is asked
    /// for after a change.
    pub fn layout_version(&mut self) -> u64 {
        if self.layout == 0 {
            self.layout = NEXT_LAYOUT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        self.layout
    }

    /// The layout version a cache may have recorded, without making one
    /// (0: none since the last change, so no cache can match).
    #[inline]
    pub fn current_layout(&self) -> u64 {
        self.layout
    }

    /// The entry at position `index` of the entry array, if it is live.
    pub fn entry_at(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).and_then(|e| e.as_ref())
    }

    /// One past the last entry position (iteration bound).
    pub fn entry_bound(&self) -> usize {
        self.entries.len()
    }

    /// The live entries, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Entry positions of keys whose hash is `hash`, in probe order. The
    /// caller decides which (if any) equals its key.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut found = Vec::new();
        if self.indices.is_empty() {
            return found;
        }
        let mut probe = Probe::new(hash, self.indices.len() - 1);
        loop {
            match self.indices[probe.i] {
                EMPTY => return found,
                DUMMY => {}
                ix => {
                    if let Some(e) = &self.entries[ix as usize] {
                        if e.hash == hash {
                            found.push(ix as usize);
                        }
                    }
                }
            }
            probe.next();
        }
    }

    /// Finds the entry whose key `is_key` accepts among keys hashing to `hash`.
    /// (Inlined into its callers, as `Set::find` is: once key equality
    /// moved to the types' slots, the compiler stopped inlining it into the
    /// dict lookup, and each lookup paid about 30 instructions for the call.)
    #[inline]
    pub fn find(&self, hash: i64, mut is_key: impl FnMut(Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mut probe = Probe::new(hash, self.indices.len() - 1);
        loop {
            match self.indices[probe.i] {
                EMPTY => return None,
                DUMMY => {}
                ix => {
                    if let Some(e) = &self.entries[ix as usize] {
                        if e.hash == hash && is_key(e.key.clone()) {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            probe.next();
        }
    }

    /// Appends a key known to be absent. If the table cannot grow to take
    /// it, fails with the dict unchanged (CPython resizes before inserting
    /// too).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) -> Result<(), NoMemory> {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.grow()?;
        }
        alloc::reserve(&mut self.entries, 1)?;
        let ix = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.place_index(hash, ix);
        self.len += 1;
        self.version += 1;
        self.layout = 0;
        Ok(())
    }

    /// Replaces the value of entry `index`.
    pub fn set_value(&mut self, index: usize, value: Value) {
        if let Some(e) = &mut self.entries[index] {
            e.value = value;
            self.version += 1;
        }
    }

    /// Removes entry `index` and returns it.
    pub fn remove_at(&mut self, index: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(index)?.take()?;
        let mut probe = Probe::new(entry.hash, self.indices.len() - 1);
        while self.indices[probe.i] != index as u32 {
            probe.next();
        }
        self.indices[probe.i] = DUMMY;
        self.len -= 1;
        self.version += 1;
        self.layout = 0;
        // Keep the entry array from filling up with holes (if the new
        // index cannot be had, the holes stay until the next resize).
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            let _ = self.rebuild(self.indices.len());
        }
        Some(entry)
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.version += 1;
        self.layout = 0;
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let index = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(index)
    }

    fn place_index(&mut self, hash: i64, ix: u32) {
        let mut probe = Probe::new(hash, self.indices.len() - 1);
        while self.indices[probe.i] < DUMMY {
            probe.next();
        }
        self.indices[probe.i] = ix;
    }

    fn grow(&mut self) -> Result<(), NoMemory> {
        let wanted = (self.len * 3).max(8).checked_next_power_of_two().ok_or(NoMemory)?;
        self.rebuild(wanted)
    }

    /// Compacts the entries and rebuilds the index with `size` slots; if
    /// the new index cannot be allocated, fails with the dict unchanged.
    fn rebuild(&mut self, size: usize) -> Result<(), NoMemory> {
        let mut size = size.max(8);
        while self.len * 3 >= size * 2 {
            size = size.checked_mul(2).ok_or(NoMemory)?;
        }
        let indices = alloc::filled(EMPTY, size)?;
        self.layout = 0;
        // Compacting in place allocates nothing; a mostly empty entry
        // array gives its memory back (shrinking needs no new memory).
        self.entries.retain(Option::is_some);
        if self.entries.capacity() > 2 * self.entries.len().max(8) {
            self.entries.shrink_to(self.entries.len().max(8));
        }
        self.indices = indices;
        for ix in 0..self.entries.len() {
            let hash = self.entries[ix].as_ref().expect("compacted").hash;
            self.place_index(hash, ix as u32);
        }
        Ok(())
    }

    /// Calls `visit` with every key and value that is an object.
    pub fn trace(&self, visit: &mut crate::value::object::Visit<'_>) {
        for e in self.iter() {
            crate::value::object::visit_value(&e.key, visit);
            crate::value::object::visit_value(&e.value, visit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_key(k: i64) -> impl FnMut(Value) -> bool {
        move |v| matches!(v, Value::Int(x) if x == k)
    }

    #[test]
    fn keeps_insertion_order_through_growth_and_deletion() {
        let mut d = Dict::new();
        for k in 0..100 {
            d.insert_new(k, Value::Int(k), Value::Int(k * 10)).unwrap();
        }
        for k in (0..100).step_by(2) {
            let ix = d.find(k, int_key(k)).unwrap();
            d.remove_at(ix);
        }
        let keys: Vec<i64> = d.iter().map(|e| if let Value::Int(k) = e.key { k } else { -1 }).collect();
        assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
        assert_eq!(d.len(), 50);
        assert!(d.find(4, int_key(4)).is_none());
        let ix = d.find(7, int_key(7)).unwrap();
        assert!(matches!(d.entry_at(ix).unwrap().value, Value::Int(70)));
    }

    #[test]
    fn colliding_hashes_are_all_candidates() {
        let mut d = Dict::new();
        d.insert_new(5, Value::Int(1), Value::None).unwrap();
        d.insert_new(5, Value::Int(2), Value::None).unwrap();
        assert_eq!(d.candidates(5).len(), 2);
        assert!(d.candidates(6).is_empty());
    }

    #[test]
    fn a_layout_version_lasts_until_keys_change_and_names_one_dict() {
        let mut d = Dict::new();
        d.insert_new(1, Value::Int(1), Value::None).unwrap();
        assert_eq!(d.current_layout(), 0);
        let v = d.layout_version();
        assert_ne!(v, 0);
        // Replacing a value keeps every key where it was.
        d.set_value(0, Value::Int(5));
        assert_eq!(d.current_layout(), v);
        // A copy is another dict: it has no version until asked, then its own.
        let mut copy = d.clone();
        assert_eq!(copy.current_layout(), 0);
        assert_ne!(copy.layout_version(), v);
        // Adding or removing a key ends the layout.
        d.insert_new(2, Value::Int(2), Value::None).unwrap();
        assert_eq!(d.current_layout(), 0);
        let w = d.layout_version();
        assert_ne!(w, v);
        let ix = d.find(1, int_key(1)).unwrap();
        d.remove_at(ix);
        assert_eq!(d.current_layout(), 0);
        d.layout_version();
        d.clear();
        assert_eq!(d.current_layout(), 0);
    }
}
