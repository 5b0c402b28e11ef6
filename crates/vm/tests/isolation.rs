//! No object is reachable from two interpreters. Values are references
//! into their own interpreter's heap, and every heap salts its references
//! differently, so a reference carried out of one interpreter (which safe
//! code only manages by smuggling a `Value` out of a `Vm` borrow) names
//! nothing in another; data crosses only as `Shared`, which holds no
//! reference at all.

use isopy_vm::shared::Shared;
use isopy_vm::{embed, Config, Value};

#[test]
fn a_reference_from_one_heap_names_nothing_in_another() {
    let a = embed::create(Config::default());
    let b = embed::create(Config::default());
    let smuggled: Vec<Value> = {
        let mut vm = a.attach();
        (0..1000).map(|i| vm.new_str(format!("object {i} of a"))).collect()
    };
    let vm = b.attach();
    for v in smuggled {
        let Value::Obj(r) = v else { panic!("a heap object") };
        assert!(vm.heap.try_get(&r).is_err(), "a reference of interpreter a resolved in interpreter b");
    }
    drop(vm);
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
    let isopy_vm::object::Payload::Str(s) = &vm.heap.get(&r).payload else { panic!("a str object") };
    assert!(std::sync::Arc::ptr_eq(&s.text, payload), "the text was copied");
    drop(vm);
    embed::close(&a).unwrap();
    embed::close(&b).unwrap();
}

#[test]
fn an_interpreter_closed_meanwhile_refuses_work() {
    let a = embed::create(Config::default());
    embed::exec(&a, "x = 1").unwrap();
    embed::close(&a).unwrap();
    assert!(matches!(embed::exec(&a, "x"), Err(embed::ExecError::Closed)));
    assert!(matches!(embed::close(&a), Err(embed::ExecError::Closed)));
}
