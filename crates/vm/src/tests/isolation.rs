//! No object is reachable from two interpreters. Values are counted
//! references into their own interpreter's heap; each heap knows its own
//! objects, so a reference carried out of one interpreter (which safe code
//! only manages by taking a `Value` out of a `Vm` borrow) is refused by
//! another's checked lookup, and in debug builds every access checks it;
//! data crosses only as `Shared`, which holds no reference at all.

use crate::embed;
use crate::runtime::shared::Shared;
use crate::value::object::Payload;
use crate::{Config, Value};

#[test]
fn a_reference_from_one_heap_names_nothing_in_another() {
    let a = embed::create(Config::default());
    let b = embed::create(Config::default());
    // Both GILs are held throughout, so the values are made, checked and
    // dropped under their own interpreter's GIL.
    let mut vm_a = a.attach();
    let vm_b = b.attach();
    let smuggled: Vec<Value> = (0..1000).map(|i| vm_a.new_str(format!("object {i} of a"))).collect();
    for v in &smuggled {
        let Value::Obj(r) = v else { panic!("a heap object") };
        assert!(vm_b.heap.try_get(r).is_none(), "a reference of interpreter a resolved in interpreter b");
        assert!(vm_a.heap.try_get(r).is_some());
    }
    drop(smuggled);
    drop((vm_a, vm_b));
    embed::close(&a).unwrap();
    embed::close(&b).unwrap();
}

/// In debug builds, every access to an object checks that it belongs to
/// the heap it is read through (the debug assertion the issue asks for).
#[cfg(debug_assertions)]
#[test]
fn a_foreign_reference_is_caught_when_used() {
    let a = embed::create(Config::default());
    let b = embed::create(Config::default());
    let mut vm_a = a.attach();
    let vm_b = b.attach();
    let v = vm_a.new_str("of a");
    let Value::Obj(r) = &v else { panic!("a heap object") };
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = vm_b.heap.get(r);
    }));
    let message = caught.expect_err("reading a's object through b's heap must fail");
    let text =
        message.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| message.downcast_ref::<String>().cloned());
    assert_eq!(text.as_deref(), Some("an object of one interpreter used in another"));
    drop(v);
    drop((vm_a, vm_b));
    embed::close(&a).unwrap();
    embed::close(&b).unwrap();
}

#[test]
fn shared_values_arrive_as_new_objects_with_the_same_payload() {
    let a = embed::create(Config::default());
    let b = embed::create(Config::default());
    let shared = {
        let mut vm = a.attach();
        let text = vm.new_str("crosses without a copy");
        let Ok(Ok(shared)) = Shared::from_value(&mut vm, text) else { panic!("a str is shareable") };
        shared
    };
    let Shared::Str(payload, _) = &shared else { panic!("a str") };
    let mut vm = b.attach();
    let received = shared.to_value(&mut vm).unwrap();
    let Value::Obj(r) = received else { panic!("a heap object") };
    let Payload::Str(s) = &vm.heap.get(&r).payload else { panic!("a str object") };
    assert!(std::sync::Arc::ptr_eq(&s.text, payload), "the text was copied");
    drop(vm);
    embed::close(&a).unwrap();
    embed::close(&b).unwrap();
}
