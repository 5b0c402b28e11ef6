//! A tuple's items: up to two of them inside the object itself, more in a
//! slice of their own.
//!
//! Most tuples a program makes are small and short-lived: the pairs of
//! `dict.items()`, `enumerate()` and `zip()`, `return a, b`, `a, b = b, a`.
//! Keeping their items in the payload makes such a tuple one allocation
//! instead of two (the object and its items), and one free. Two values are
//! 32 bytes, as much as the payload's largest other variants hold, so this
//! costs the other objects nothing; a third would (`Payload` stays at 40
//! bytes, see the test at the end of `object.rs`).
//!
//! Readers need not care where the items are: [`TupleItems`] dereferences
//! to `[Value]`.

use std::ops::Deref;

use crate::value::object::release_last_first;
use crate::value::Value;

/// The items of a `tuple`.
///
/// Build one with `From` (a `Vec`, an array or a slice), `collect()` or
/// [`TupleItems::take_last`]; each puts up to two items inline. Read it as
/// a slice.
#[derive(Default)]
pub enum TupleItems {
    /// `()`.
    #[default]
    Empty,
    /// One item, inline.
    One(Value),
    /// Two items, inline.
    Two([Value; 2]),
    /// Three or more items, in a slice of their own.
    Many(Box<[Value]>),
}

impl TupleItems {
    /// Moves the last `n` values of `values` into a tuple's items, in
    /// order (how the frame loop's `BuildTuple` takes them off the value
    /// stack). Panics if `values` has fewer than `n`.
    #[inline]
    pub fn take_last(values: &mut Vec<Value>, n: usize) -> TupleItems {
        let at = values.len() - n;
        let mut pop = || values.pop().expect("as many values as asked for");
        match n {
            0 => TupleItems::Empty,
            1 => TupleItems::One(pop()),
            2 => {
                let second = pop();
                TupleItems::Two([pop(), second])
            }
            _ => TupleItems::Many(values.split_off(at).into_boxed_slice()),
        }
    }

    /// The items as a slice.
    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        match self {
            TupleItems::Empty => &[],
            TupleItems::One(v) => std::slice::from_ref(v),
            TupleItems::Two(pair) => pair,
            TupleItems::Many(items) => items,
        }
    }

    /// Drops the items from the last to the first, as CPython releases a
    /// tuple's items (see [`release_last_first`]).
    pub fn release_last_first(self) {
        match self {
            TupleItems::Empty | TupleItems::One(_) => {}
            TupleItems::Two([first, second]) => {
                drop(second);
                drop(first);
            }
            TupleItems::Many(items) => release_last_first(items.into_vec()),
        }
    }
}

impl Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        self.as_slice()
    }
}

impl FromIterator<Value> for TupleItems {
    /// Takes up to two items inline; from the third on, collects them all
    /// into a slice (sized by the iterator's lower bound, so an exact-size
    /// iterator makes no more than one allocation).
    #[inline]
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> TupleItems {
        let mut iter = iter.into_iter();
        let Some(a) = iter.next() else { return TupleItems::Empty };
        let Some(b) = iter.next() else { return TupleItems::One(a) };
        let Some(c) = iter.next() else { return TupleItems::Two([a, b]) };
        let mut items = Vec::with_capacity(3 + iter.size_hint().0);
        items.extend([a, b, c]);
        items.extend(iter);
        TupleItems::Many(items.into_boxed_slice())
    }
}

impl From<Vec<Value>> for TupleItems {
    /// Moves the items out of `items`: a short vector's into the tuple (the
    /// vector's buffer is freed), a longer one's buffer becomes the slice.
    #[inline]
    fn from(items: Vec<Value>) -> TupleItems {
        if items.len() > 2 {
            TupleItems::Many(items.into_boxed_slice())
        } else {
            items.into_iter().collect()
        }
    }
}

impl<const N: usize> From<[Value; N]> for TupleItems {
    /// Moves the items out of `items`.
    #[inline]
    fn from(items: [Value; N]) -> TupleItems {
        items.into_iter().collect()
    }
}

impl From<&[Value]> for TupleItems {
    /// New references to the items of `items`.
    #[inline]
    fn from(items: &[Value]) -> TupleItems {
        match items {
            [] => TupleItems::Empty,
            [a] => TupleItems::One(a.clone()),
            [a, b] => TupleItems::Two([a.clone(), b.clone()]),
            _ => TupleItems::Many(items.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_take_the_room_of_two_values() {
        assert_eq!(std::mem::size_of::<TupleItems>(), 2 * std::mem::size_of::<Value>());
    }

    fn ints(items: &[Value]) -> Vec<i64> {
        items.iter().map(|v| if let Value::Int(i) = v { *i } else { panic!("an int") }).collect()
    }

    #[test]
    fn every_way_of_building_keeps_the_items_in_order() {
        for n in 0..6 {
            let want: Vec<i64> = (0..n).collect();
            let values = || want.iter().map(|&i| Value::Int(i));
            let built = [
                values().collect::<TupleItems>(),
                TupleItems::from(values().collect::<Vec<_>>()),
                TupleItems::from(&*values().collect::<Vec<_>>()),
                {
                    let mut stack = vec![Value::Int(-1)];
                    stack.extend(values());
                    let items = TupleItems::take_last(&mut stack, n as usize);
                    assert_eq!(ints(&stack), [-1]);
                    items
                },
                // An iterator whose lower bound is below its length.
                values().filter(|_| true).collect(),
            ];
            for items in built {
                assert_eq!(ints(&items), want);
                let inline = matches!(items, TupleItems::Empty | TupleItems::One(_) | TupleItems::Two(_));
                assert_eq!(inline, n <= 2, "{n} items");
            }
        }
        assert_eq!(ints(&TupleItems::from([Value::Int(4), Value::Int(5), Value::Int(6)])), [4, 5, 6]);
        assert_eq!(ints(&TupleItems::from([Value::Int(1), Value::Int(2)])), [1, 2]);
        assert!(TupleItems::default().is_empty());
    }

    #[test]
    fn references_are_counted_and_released() {
        use crate::value::heap::Heap;
        use crate::value::object::{Object, Payload};
        let mut heap: Heap<Object> = Heap::new();
        let r = heap.alloc(Object::builtin(&crate::value::builtin::TEST_TYPE, Payload::List(vec![])));
        let v = Value::Obj(r.clone());
        for n in 1..5 {
            let items: TupleItems = std::iter::repeat_with(|| v.clone()).take(n).collect();
            assert_eq!(r.count() as usize, 2 + n);
            let copied = TupleItems::from(&*items);
            assert_eq!(r.count() as usize, 2 + 2 * n);
            copied.release_last_first();
            drop(items);
            assert_eq!(r.count(), 2);
        }
    }
}
