//! The type attribute cache (CPython's method cache in `_PyType_Lookup`):
//! what looking `name` up a class's MRO found, keyed by the class's
//! version tag. A class's tag changes whenever it or a base changes (see
//! `version.rs`), so an entry can never answer for a class changed since
//! it was filled; tags are unique in the process, so it can never answer
//! for another class either.
//!
//! An entry holds what it found without a count ([`Unowned`]): while the
//! tag it was filled under is current, the class's namespace (or a
//! base's) still holds the value, which keeps it alive. Holding counts
//! instead would keep classes and their modules alive after the program
//! dropped them, and hide cycles from the collector.
//!
//! One interpreter owns one cache (objects never cross interpreters); its
//! table is allocated on the first lookup that misses, so an interpreter
//! that never looks a class up pays nothing for it.

use std::cell::RefCell;

use crate::value::heap::Unowned;
use crate::value::object::Object;
use crate::value::Value;

/// Entries in the table (a power of two).
const ENTRIES: usize = 1024;

/// What a cached lookup found.
enum Found {
    /// The name is not in the MRO.
    Nothing,
    /// A heap object, held without a count.
    Object(Unowned<Object>),
    /// A value that is not a heap object (an int, a built-in function or
    /// type): a plain copy, with nothing to count.
    Plain(Value),
}

struct Entry {
    /// The class version the entry was filled under; 0 (no tag) when empty.
    tag: u64,
    /// The name looked up (its text: the entry is checked against it, so
    /// two names that happen to share an address cannot be confused).
    name: Box<str>,
    found: Found,
}

/// The cache of one interpreter.
#[derive(Default)]
pub struct TypeCache {
    table: RefCell<Vec<Entry>>,
}

/// What [`TypeCache::get`] answers.
pub enum Cached {
    /// No entry: look the name up and [`TypeCache::fill`] the answer.
    Miss,
    /// The lookup found this (`None`: the name is not there).
    Hit(Option<Value>),
}

#[inline]
fn slot(tag: u64, name: &str) -> usize {
    let mixed = (tag ^ ((name.as_ptr() as u64) >> 3) ^ ((name.len() as u64) << 40)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - ENTRIES.trailing_zeros())) as usize
}

impl TypeCache {
    /// What looking `name` up the class with version `tag` found last time.
    #[inline]
    pub fn get(&self, tag: u64, name: &str) -> Cached {
        let table = self.table.borrow();
        let Some(entry) = table.get(slot(tag, name)) else { return Cached::Miss };
        if entry.tag != tag || *entry.name != *name {
            return Cached::Miss;
        }
        Cached::Hit(match entry.found {
            Found::Nothing => None,
            // SAFETY: the entry's tag is the class's current tag, so the
            // class and its bases are unchanged since `fill` and their
            // namespaces still hold this object (`fill`'s contract).
            Found::Object(o) => Some(Value::Obj(unsafe { o.to_ref() })),
            Found::Plain(ref v) => Some(v.clone()),
        })
    }

    /// Remembers that looking `name` up the class with version `tag`
    /// found `found`.
    ///
    /// # Safety
    /// A heap object in `found` must stay alive for as long as `tag` is
    /// the current tag of a class: it is held by that class's MRO, whose
    /// every change gives the class a new tag (the class layer calls
    /// `VersionTag::changed` after each change, before any Python code
    /// can run), and a class whose payload is cleared is never looked up
    /// again.
    pub unsafe fn fill(&self, tag: u64, name: &str, found: &Option<Value>) {
        let found = match found {
            None => Found::Nothing,
            Some(Value::Obj(r)) => Found::Object(r.unowned()),
            Some(v) => Found::Plain(v.clone()),
        };
        let mut table = self.table.borrow_mut();
        if table.is_empty() {
            if table.try_reserve_exact(ENTRIES).is_err() {
                return;
            }
            table.resize_with(ENTRIES, || Entry { tag: 0, name: Box::default(), found: Found::Nothing });
        }
        let entry = &mut table[slot(tag, name)];
        if *entry.name != *name {
            entry.name = name.into();
        }
        entry.tag = tag;
        entry.found = found;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::heap::Heap;
    use crate::value::object::{Object, Payload};

    #[test]
    fn an_entry_answers_only_for_its_tag_and_name_and_counts_what_it_hands_out() {
        let mut heap: Heap<Object> = Heap::new();
        let r = heap.alloc(Object::builtin(&crate::value::builtin::TEST_TYPE, Payload::List(vec![])));
        let cache = TypeCache::default();
        assert!(matches!(cache.get(7, "x"), Cached::Miss));
        // SAFETY: `r` stays alive for the whole test.
        unsafe { cache.fill(7, "x", &Some(Value::Obj(r.clone()))) };
        unsafe { cache.fill(8, "y", &None) };
        unsafe { cache.fill(9, "z", &Some(Value::Int(3))) };
        match cache.get(7, "x") {
            Cached::Hit(Some(Value::Obj(found))) => {
                assert!(found == r);
                assert_eq!(r.count(), 2);
            }
            _ => panic!("expected the object"),
        }
        assert_eq!(r.count(), 1);
        assert!(matches!(cache.get(8, "y"), Cached::Hit(None)));
        assert!(matches!(cache.get(9, "z"), Cached::Hit(Some(Value::Int(3)))));
        // Another tag, or another name (even at the same address), misses.
        assert!(matches!(cache.get(6, "x"), Cached::Miss));
        let other = String::from("w");
        assert!(matches!(cache.get(7, &other), Cached::Miss));
    }
}
