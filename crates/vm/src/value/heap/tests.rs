//! The heap on its own, with a small object type: counts, the trash list,
//! finalization, the cycle collector. These run under Miri
//! (`cargo +nightly miri test -p isopy-vm --lib heap::`).

use std::cell::Cell;
use std::rc::Rc;

use super::*;

/// A test object: references to others, a name to tell them apart, a
/// flag that asks for a finalizer, and a counter of drops.
struct Node {
    children: Vec<Ref<Node>>,
    wants_finalizer: bool,
    drops: Rc<Cell<usize>>,
}

impl Managed for Node {
    fn trace(&self, visit: &mut dyn FnMut(&Ref<Node>)) {
        self.children.iter().for_each(visit);
    }
    fn clear(&mut self) {
        self.children.clear();
    }
    fn is_container(&self) -> bool {
        true
    }
    fn needs_finalizer(&self) -> bool {
        self.wants_finalizer
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

fn node(heap: &mut Heap<Node>, drops: &Rc<Cell<usize>>) -> Ref<Node> {
    heap.alloc(Node { children: Vec::new(), wants_finalizer: false, drops: drops.clone() })
}

fn link(heap: &mut Heap<Node>, from: &Ref<Node>, to: &Ref<Node>) {
    heap.get_mut(from).children.push(to.clone());
}

fn collect_all(heap: &mut Heap<Node>) -> usize {
    match heap.collect(2) {
        Collected::Freed(n) => n,
        Collected::Finalize(_) => panic!("no finalizers expected"),
    }
}

#[test]
fn an_object_is_freed_when_its_last_reference_goes() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let a = node(&mut heap, &drops);
    let b = a.clone();
    assert_eq!(a.count(), 2);
    drop(a);
    assert_eq!(drops.get(), 0);
    drop(b);
    assert_eq!(drops.get(), 1);
    assert_eq!(heap.live(), 0);
    assert_eq!(heap.generation_sizes(), [0, 0, 0]);
}

#[test]
fn children_go_with_their_parent() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let parent = node(&mut heap, &drops);
    for _ in 0..10 {
        let child = node(&mut heap, &drops);
        link(&mut heap, &parent, &child);
    }
    assert_eq!(heap.live(), 11);
    drop(parent);
    assert_eq!(drops.get(), 11);
    assert_eq!(heap.live(), 0);
}

#[test]
fn a_long_chain_is_freed_without_deep_recursion() {
    // On a small stack: freeing recursively would overflow it.
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let drops = Rc::new(Cell::new(0));
            let mut heap = Heap::new();
            let length = if cfg!(miri) { 300 } else { 200_000 };
            let mut head = node(&mut heap, &drops);
            for _ in 1..length {
                let next = node(&mut heap, &drops);
                link(&mut heap, &next, &head);
                head = next;
            }
            drop(head);
            assert_eq!(drops.get(), length);
            assert_eq!(heap.live(), 0);
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn cycles_are_freed_by_the_collector_and_only_cycles() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let a = node(&mut heap, &drops);
    let b = node(&mut heap, &drops);
    link(&mut heap, &a, &b);
    link(&mut heap, &b, &a);
    let self_loop = node(&mut heap, &drops);
    link(&mut heap, &self_loop, &self_loop);
    let kept = node(&mut heap, &drops);
    let kept_child = node(&mut heap, &drops);
    link(&mut heap, &kept, &kept_child);
    link(&mut heap, &kept_child, &kept);
    drop((a, b, self_loop));
    assert_eq!(drops.get(), 0, "counts alone cannot free a cycle");
    assert_eq!(collect_all(&mut heap), 3);
    assert_eq!(drops.get(), 3);
    assert_eq!(heap.live(), 2);
    // The survivors are intact and still collectable once dropped.
    assert_eq!(heap.get(&kept).children.len(), 1);
    drop((kept, kept_child));
    assert_eq!(collect_all(&mut heap), 2);
    assert_eq!(heap.live(), 0);
}

#[test]
fn an_object_held_from_outside_keeps_its_cycle_alive() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let a = node(&mut heap, &drops);
    let b = node(&mut heap, &drops);
    link(&mut heap, &a, &b);
    link(&mut heap, &b, &a);
    let outside = b.clone();
    drop((a, b));
    assert_eq!(collect_all(&mut heap), 0);
    assert_eq!(heap.live(), 2);
    drop(outside);
    assert_eq!(collect_all(&mut heap), 2);
}

#[test]
fn survivors_move_to_older_generations() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let a = node(&mut heap, &drops);
    assert_eq!(heap.generation_sizes(), [1, 0, 0]);
    assert!(matches!(heap.collect(0), Collected::Freed(0)));
    assert_eq!(heap.generation_sizes(), [0, 1, 0]);
    assert!(matches!(heap.collect(1), Collected::Freed(0)));
    assert_eq!(heap.generation_sizes(), [0, 0, 1]);
    // A young collection does not look at the old cycle.
    let b = node(&mut heap, &drops);
    link(&mut heap, &a, &b);
    link(&mut heap, &b, &a);
    drop((a, b));
    assert!(matches!(heap.collect(0), Collected::Freed(0)));
    assert_eq!(heap.live(), 2);
    assert_eq!(collect_all(&mut heap), 2);
}

#[test]
fn an_unreferenced_object_with_a_finalizer_waits_in_the_queue_once() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let g = heap.alloc(Node { children: Vec::new(), wants_finalizer: true, drops: drops.clone() });
    assert!(!heap.has_pending());
    drop(g);
    assert_eq!(drops.get(), 0);
    assert!(heap.has_pending());
    let pending = heap.take_pending();
    assert!(!heap.has_pending());
    assert_eq!(pending.len(), 1);
    // The finalizer resurrects it for a moment; when that reference goes
    // it is freed without a second finalization.
    let again = pending[0].clone();
    drop(pending);
    assert_eq!(drops.get(), 0);
    drop(again);
    assert!(!heap.has_pending());
    assert_eq!(drops.get(), 1);
}

#[test]
fn garbage_with_finalizers_is_handed_back_before_it_is_freed() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let g = heap.alloc(Node { children: Vec::new(), wants_finalizer: true, drops: drops.clone() });
    let other = node(&mut heap, &drops);
    link(&mut heap, &g, &other);
    link(&mut heap, &other, &g);
    drop((g, other));
    let Collected::Finalize(to_finalize) = heap.collect(2) else { panic!("the finalizer comes first") };
    assert_eq!(to_finalize.len(), 1);
    drop(to_finalize);
    assert_eq!(drops.get(), 0);
    assert_eq!(collect_all(&mut heap), 2);
    assert_eq!(drops.get(), 2);
    assert!(!heap.has_pending(), "a finalized object is not queued again");
}

#[test]
fn collection_becomes_due_after_enough_young_containers() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    heap.thresholds[0] = 10;
    let kept: Vec<Ref<Node>> = (0..10).map(|_| node(&mut heap, &drops)).collect();
    assert_eq!(heap.due(), None);
    let more = node(&mut heap, &drops);
    assert_eq!(heap.due(), Some(0));
    // Freed young objects count back down, as in CPython.
    drop(more);
    assert_eq!(heap.due(), None);
    heap.enabled = false;
    let _extra: Vec<Ref<Node>> = (0..5).map(|_| node(&mut heap, &drops)).collect();
    assert_eq!(heap.due(), None);
    drop(kept);
}

#[test]
fn a_reference_of_another_heap_is_refused() {
    let drops = Rc::new(Cell::new(0));
    let mut one = Heap::new();
    let two: Heap<Node> = Heap::new();
    let r = node(&mut one, &drops);
    assert!(one.try_get(&r).is_some());
    assert!(two.try_get(&r).is_none());
}

#[test]
fn dropping_the_heap_frees_its_cycles() {
    let drops = Rc::new(Cell::new(0));
    {
        let mut heap = Heap::new();
        let a = node(&mut heap, &drops);
        let b = node(&mut heap, &drops);
        link(&mut heap, &a, &b);
        link(&mut heap, &b, &a);
        link(&mut heap, &a, &a);
    }
    assert_eq!(drops.get(), 2);
}

#[test]
fn containers_lists_every_tracked_object() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let a = node(&mut heap, &drops);
    let b = node(&mut heap, &drops);
    let listed = heap.containers();
    assert_eq!(listed.len(), 2);
    assert!(listed.contains(&a) && listed.contains(&b));
    assert_eq!(a.count(), 2);
}

#[test]
fn an_unowned_reference_counts_nothing_until_made_counted() {
    let drops = Rc::new(Cell::new(0));
    let mut heap = Heap::new();
    let a = node(&mut heap, &drops);
    let weak = a.unowned();
    assert_eq!(a.count(), 1);
    // SAFETY: `a` is a counted reference, so the object is alive.
    let b = unsafe { weak.to_ref() };
    assert_eq!(a.count(), 2);
    assert!(a == b);
    drop(b);
    assert_eq!(a.count(), 1);
    drop(a);
    assert_eq!(drops.get(), 1);
}
