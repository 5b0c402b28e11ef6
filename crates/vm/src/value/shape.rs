//! Shapes: how the attributes of a class's instances are laid out (the
//! hidden classes of SELF and V8). An instance keeps its attribute values
//! in a plain array; its shape names the attribute at each index. Instances
//! that gained the same attributes in the same order share one shape, so an
//! attribute site can cache "this shape, that index" and skip hashing the
//! name (the speed work builds its caches on this).
//!
//! Shapes form a tree per class: the root has no attributes, and adding
//! attribute `n` to an instance of shape `s` moves it to `s`'s child for
//! `n`, made the first time and reused after. Names are `Arc<str>`, so a
//! shape holds no Python object and needs no collector.
//!
//! An instance leaves its shape for a real dict (its `__dict__`) when a
//! program asks for that dict, deletes an attribute, or gives it more
//! attributes (or a shape more distinct successors) than the limits below:
//! objects used as open-ended records keep CPython's dict behaviour
//! without growing a tree without bound.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// The most attributes a shape lays out (CPython's shared-key dicts stop at 30).
pub const MAX_ATTRIBUTES: usize = 30;
/// The most successors one shape keeps.
pub const MAX_SUCCESSORS: usize = 32;

/// One layout of instance attributes.
pub struct Shape {
    /// The attribute at each index, in the order they were added (the
    /// order `__dict__` shows them in).
    names: Rc<[Arc<str>]>,
    /// Layouts with one more attribute, by its name.
    successors: RefCell<Vec<(Arc<str>, Rc<Shape>)>>,
}

impl Shape {
    /// The layout with no attributes (a class's root).
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape { names: Rc::from(Vec::new()), successors: RefCell::new(Vec::new()) })
    }

    /// The attribute names, by index.
    pub fn names(&self) -> &[Arc<str>] {
        &self.names
    }

    /// The index of attribute `name`, if this layout has it.
    #[inline]
    pub fn index_of(&self, name: &str) -> Option<usize> {
        // Attribute names are interned, so the text is usually the very
        // same allocation: compare addresses before contents.
        self.names
            .iter()
            .position(|n| std::ptr::eq(n.as_ptr(), name.as_ptr()) && n.len() == name.len())
            .or_else(|| self.names.iter().position(|n| **n == *name))
    }

    /// The successor of this layout at address `next` (as an inline cache
    /// recorded it), if it is one.
    #[inline]
    pub fn successor(&self, next: *const Shape) -> Option<Rc<Shape>> {
        self.successors.borrow().iter().find(|(_, s)| std::ptr::eq(Rc::as_ptr(s), next)).map(|(_, s)| s.clone())
    }

    /// The layout with `name` added after this one's attributes, or `None`
    /// past the limits (the instance then keeps a dict instead).
    pub fn with(self: &Rc<Shape>, name: &Arc<str>) -> Option<Rc<Shape>> {
        if let Some((_, next)) = self.successors.borrow().iter().find(|(n, _)| **n == **name) {
            return Some(next.clone());
        }
        if self.names.len() >= MAX_ATTRIBUTES || self.successors.borrow().len() >= MAX_SUCCESSORS {
            return None;
        }
        let mut names = self.names.to_vec();
        names.push(name.clone());
        let next = Rc::new(Shape { names: names.into(), successors: RefCell::new(Vec::new()) });
        self.successors.borrow_mut().push((name.clone(), next.clone()));
        Some(next)
    }
}

impl std::fmt::Debug for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.names.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_attributes_in_the_same_order_share_a_shape() {
        let root = Shape::root();
        let (x, y): (Arc<str>, Arc<str>) = ("x".into(), "y".into());
        let a = root.with(&x).unwrap().with(&y).unwrap();
        let b = root.with(&x).unwrap().with(&y).unwrap();
        assert!(Rc::ptr_eq(&a, &b));
        assert_eq!(a.index_of("y"), Some(1));
        assert_eq!(a.index_of("z"), None);
        let other_order = root.with(&y).unwrap().with(&x).unwrap();
        assert!(!Rc::ptr_eq(&a, &other_order));
        assert_eq!(other_order.index_of("x"), Some(1));
    }

    #[test]
    fn growth_stops_at_the_limits() {
        let root = Shape::root();
        let mut shape = root.clone();
        for i in 0..MAX_ATTRIBUTES {
            shape = shape.with(&Arc::from(format!("a{i}"))).unwrap();
        }
        assert!(shape.with(&Arc::from("one more")).is_none());
        let root = Shape::root();
        for i in 0..MAX_SUCCESSORS {
            root.with(&Arc::from(format!("b{i}"))).unwrap();
        }
        assert!(root.with(&Arc::from("another")).is_none());
        // A successor made before the limit is still found.
        assert!(root.with(&Arc::from("b3")).is_some());
    }
}
