//! Class version tags (CPython's `tp_version_tag`): a number that changes
//! whenever a class or one of its bases is changed (an attribute set or
//! deleted on it, `__name__` or `__module__` reassigned), so a cache keyed
//! by (class, tag) can never answer for a class changed since it was
//! filled. Each class's tag knows its subclasses' tags (weakly: a subclass
//! that dies drops out), so a change reaches every class that inherits
//! from the one changed.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};

/// Tags are unique in the process, so a tag never names two versions.
static NEXT_TAG: AtomicU64 = AtomicU64::new(1);

fn fresh() -> u64 {
    NEXT_TAG.fetch_add(1, Ordering::Relaxed)
}

/// One class's version.
pub struct VersionTag {
    tag: Cell<u64>,
    subclasses: RefCell<Vec<Weak<VersionTag>>>,
}

impl VersionTag {
    /// The tag of a new class whose bases have tags `bases`; it is
    /// registered with each, so that changing a base changes it too.
    pub fn new<'a>(bases: impl IntoIterator<Item = &'a Rc<VersionTag>>) -> Rc<VersionTag> {
        let tag = Rc::new(VersionTag { tag: Cell::new(fresh()), subclasses: RefCell::new(Vec::new()) });
        for base in bases {
            let mut subclasses = base.subclasses.borrow_mut();
            subclasses.retain(|s| s.strong_count() > 0);
            subclasses.push(Rc::downgrade(&tag));
        }
        tag
    }

    /// The current tag.
    #[inline]
    pub fn get(&self) -> u64 {
        self.tag.get()
    }

    /// The class changed: a new tag for it and for every class that
    /// derives from it.
    pub fn changed(&self) {
        self.tag.set(fresh());
        let mut pending: Vec<Rc<VersionTag>> = Vec::new();
        collect_live(self, &mut pending);
        while let Some(subclass) = pending.pop() {
            subclass.tag.set(fresh());
            collect_live(&subclass, &mut pending);
        }
    }
}

/// Pushes `tag`'s live subclasses onto `out`, forgetting dead ones.
fn collect_live(tag: &VersionTag, out: &mut Vec<Rc<VersionTag>>) {
    let mut subclasses = tag.subclasses.borrow_mut();
    subclasses.retain(|s| match s.upgrade() {
        Some(live) => {
            out.push(live);
            true
        }
        None => false,
    });
}

impl std::fmt::Debug for VersionTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VersionTag({})", self.tag.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_reaches_subclasses_and_only_them() {
        let base = VersionTag::new([]);
        let middle = VersionTag::new([&base]);
        let leaf = VersionTag::new([&middle]);
        let other = VersionTag::new([]);
        let before = (base.get(), middle.get(), leaf.get(), other.get());
        middle.changed();
        assert_eq!(base.get(), before.0);
        assert_ne!(middle.get(), before.1);
        assert_ne!(leaf.get(), before.2);
        assert_eq!(other.get(), before.3);
        let (m, l) = (middle.get(), leaf.get());
        base.changed();
        assert_ne!(middle.get(), m);
        assert_ne!(leaf.get(), l);
    }

    #[test]
    fn dead_subclasses_drop_out() {
        let base = VersionTag::new([]);
        for _ in 0..100 {
            let _short_lived = VersionTag::new([&base]);
        }
        let kept = VersionTag::new([&base]);
        assert_eq!(base.subclasses.borrow().len(), 1);
        base.changed();
        assert_eq!(base.subclasses.borrow().len(), 1);
        drop(kept);
        base.changed();
        assert!(base.subclasses.borrow().is_empty());
    }
}
