//! The `set` table, reproducing CPython's `setobject.c` layout exactly —
//! the same first slot, linear probes of 9, perturbation, dummies and
//! resize rule — because a set of ints must iterate in the order CPython's
//! does (people print sets). Keys are compared by the caller, as in `dict`.

use crate::value::alloc::{self, NoMemory};
use crate::value::Value;

/// CPython's `PySet_MINSIZE`.
pub const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot {
    Empty,
    Dummy,
    Full { hash: i64, key: Value },
}

/// A hash table of values laid out as CPython lays out a set.
#[derive(Clone, Debug)]
pub struct Set {
    table: Vec<Slot>,
    /// Full and dummy slots.
    fill: usize,
    /// Full slots.
    used: usize,
    /// Where `pop` looks next (CPython's `finger`).
    finger: usize,
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

impl Set {
    /// An empty set with CPython's initial table of 8 slots.
    pub fn new() -> Set {
        Set { table: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The key in slot `index`, if full (iteration goes slot by slot).
    pub fn slot(&self, index: usize) -> Option<(i64, Value)> {
        match self.table.get(index) {
            Some(Slot::Full { hash, key }) => Some((*hash, key.clone())),
            _ => None,
        }
    }

    /// The number of slots (iteration bound).
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    /// The keys in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Full { hash, key } => Some((*hash, key.clone())),
            _ => None,
        })
    }

    /// Slots holding keys with hash `hash`, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut found = Vec::new();
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match self.table[j] {
                    Slot::Empty => return found,
                    Slot::Full { hash: h, .. } if h == hash => found.push(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Finds the slot of the key `is_key` accepts among keys hashing to `hash`.
    /// (Inlined into its callers, as it was before `insert_new` could fail:
    /// the membership tests of `benches/py/sets.py` ran 1% more
    /// instructions through the call.)
    #[inline]
    pub fn find(&self, hash: i64, mut is_key: impl FnMut(Value) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return None,
                    Slot::Full { hash: h, key } if *h == hash && is_key(key.clone()) => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Removes and returns the key CPython's `set.pop()` would.
    pub fn pop_first(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if let Slot::Full { .. } = &self.table[i] {
                let Slot::Full { key, .. } = std::mem::replace(&mut self.table[i], Slot::Dummy) else { unreachable!() };
                self.used -= 1;
                self.finger = i + 1;
                return Some(key);
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds a key known to be absent, as CPython's `set_add_entry` places it
    /// (the first dummy on its probe path, else the empty slot ending it).
    /// As there, the table grows after the insertion; if it cannot, the
    /// key stays (the table still has empty slots) and this fails.
    pub fn insert_new(&mut self, hash: i64, key: Value) -> Result<(), NoMemory> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut free: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match self.table[j] {
                    Slot::Empty => {
                        match free {
                            Some(f) => {
                                self.table[f] = Slot::Full { hash, key };
                                self.used += 1;
                            }
                            None => {
                                self.table[j] = Slot::Full { hash, key };
                                self.fill += 1;
                                self.used += 1;
                                if self.fill * 5 >= mask * 3 {
                                    let wanted = if self.used > 50_000 { self.used * 2 } else { self.used * 4 };
                                    return self.resize(wanted);
                                }
                            }
                        }
                        return Ok(());
                    }
                    Slot::Dummy => {
                        if free.is_none() {
                            free = Some(j);
                        }
                    }
                    Slot::Full { .. } => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Removes the key in slot `index` (leaving a dummy, as CPython does).
    pub fn remove_slot(&mut self, index: usize) -> Option<Value> {
        match &self.table[index] {
            Slot::Full { .. } => {
                let Slot::Full { key, .. } = std::mem::replace(&mut self.table[index], Slot::Dummy) else {
                    unreachable!()
                };
                self.used -= 1;
                Some(key)
            }
            _ => None,
        }
    }

    /// Removes every key (the table shrinks back to 8 slots).
    #[allow(clippy::should_implement_trait)]
    pub fn clear(&mut self) {
        *self = Set::new();
    }

    /// CPython's `set_table_resize`: the smallest power of two above
    /// `min_used`, keys re-placed in old-table order, dummies dropped. If
    /// the new table cannot be allocated, fails with the set unchanged.
    pub fn resize(&mut self, min_used: usize) -> Result<(), NoMemory> {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size = size.checked_mul(2).ok_or(NoMemory)?;
        }
        let old = std::mem::replace(&mut self.table, alloc::filled(Slot::Empty, size)?);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
        Ok(())
    }

    /// CPython's `set_insert_clean`: placement in a table with no dummies
    /// and no equal key.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            if matches!(self.table[i], Slot::Empty) {
                self.table[i] = Slot::Full { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(self.table[j], Slot::Empty) {
                        self.table[j] = Slot::Full { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// The first step of CPython's `set_merge` (and of updating from a
    /// dict): one big resize when `incoming` new keys might not fit.
    pub fn reserve(&mut self, incoming: usize) -> Result<(), NoMemory> {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            return self.resize((self.used + incoming) * 2);
        }
        Ok(())
    }

    /// The rest of CPython's `set_merge` when this set is empty: copy slot
    /// for slot when the tables match, else re-place every key cleanly.
    /// Returns false (doing nothing) if this set is not empty; the caller
    /// then adds `other`'s keys one by one in its table order. Fails, with
    /// this set still empty, if the copied table cannot be allocated.
    pub fn merge_into_empty(&mut self, other: &Set) -> Result<bool, NoMemory> {
        if self.fill != 0 {
            return Ok(false);
        }
        if self.mask() == other.mask() && other.fill == other.used {
            let mut table = alloc::vec_with_capacity(other.table.len())?;
            table.extend_from_slice(&other.table);
            self.table = table;
            self.fill = other.fill;
            self.used = other.used;
            return Ok(true);
        }
        self.fill = other.used;
        self.used = other.used;
        for (hash, key) in other.iter() {
            self.insert_clean(hash, key);
        }
        Ok(true)
    }

    /// A copy of `other`, laid out as CPython's `set_copy` lays it out.
    pub fn copy_of(other: &Set) -> Result<Set, NoMemory> {
        let mut copy = Set::new();
        copy.reserve(other.used)?;
        copy.merge_into_empty(other)?;
        Ok(copy)
    }

    /// Calls `visit` with every key that is an object.
    pub fn trace(&self, visit: &mut crate::value::object::Visit<'_>) {
        for slot in &self.table {
            if let Slot::Full { key, .. } = slot {
                crate::value::object::visit_value(key, visit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(s: &Set) -> Vec<i64> {
        s.iter().map(|(_, k)| if let Value::Int(v) = k { v } else { -1 }).collect()
    }

    fn add(s: &mut Set, v: i64) {
        if s.find(v, |k| matches!(k, Value::Int(x) if x == v)).is_none() {
            s.insert_new(v, Value::Int(v)).unwrap();
        }
    }

    #[test]
    fn small_int_sets_iterate_in_cpythons_order() {
        // In CPython 3.11: list({10, 3, 8, 1}) == [8, 1, 10, 3]
        // and list({100, 5, 33, 64, 2}) == [64, 33, 2, 100, 5].
        let mut s = Set::new();
        for v in [10, 3, 8, 1] {
            add(&mut s, v);
        }
        assert_eq!(ints(&s), vec![8, 1, 10, 3]);
        let mut s = Set::new();
        for v in [100, 5, 33, 64, 2] {
            add(&mut s, v);
        }
        assert_eq!(ints(&s), vec![64, 33, 2, 100, 5]);
    }

    #[test]
    fn resizing_and_dummies_follow_cpython() {
        // list(set(range(20, 0, -3))) in CPython 3.11: [2, 5, 8, 11, 14, 17, 20]
        let mut s = Set::new();
        for v in (1..=20).rev().step_by(3) {
            add(&mut s, v);
        }
        assert_eq!(ints(&s), vec![2, 5, 8, 11, 14, 17, 20]);
        let slot = s.find(11, |k| matches!(k, Value::Int(11))).unwrap();
        s.remove_slot(slot);
        assert_eq!(s.len(), 6);
        add(&mut s, 27);
        let copy = Set::copy_of(&s).unwrap();
        assert_eq!(ints(&copy).len(), 7);
    }
}
