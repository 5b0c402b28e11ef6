//! The object layout the speed work builds on: instances keep their
//! attributes in an array laid out by a shape their class shares among
//! them, and every class carries a version tag that changes whenever it or
//! one of its bases changes.

use crate::objects::{access, class};
use crate::protocols::attr;
use crate::value::object::{InstanceAttrs, Payload};
use crate::{Config, Outcome, Value, Vm};

/// Runs `source` as `__main__` and returns the interpreter.
fn run(source: &str) -> Vm {
    let mut vm = Vm::new(Config::default());
    let outcome = vm.run_source(source, "<test>");
    assert!(matches!(outcome, Outcome::Finished), "{outcome:?}");
    vm
}

/// The global `name` of `__main__`.
fn global(vm: &mut Vm, name: &str) -> Value {
    let main = vm.main_module();
    let d = attr::module_dict(vm, &main).unwrap();
    access::dict_get_str(vm, &d, name).unwrap_or_else(|| panic!("no global {name}"))
}

/// The version tag of the class bound to global `name`.
fn tag(vm: &mut Vm, name: &str) -> u64 {
    let Value::Obj(r) = global(vm, name) else { panic!("{name} is not a class") };
    class::class_data(vm, &r).version.get()
}

/// The attribute names and values an instance lays out (`None` if it keeps a dict).
fn layout(vm: &mut Vm, name: &str) -> Option<(Vec<String>, usize)> {
    let Value::Obj(r) = global(vm, name) else { panic!("{name} is not an object") };
    let Payload::Instance(InstanceAttrs { shape: Some(shape), values }) = &vm.heap.get(&r).payload else {
        return None;
    };
    Some((shape.names().iter().map(|n| n.to_string()).collect(), values.len()))
}

fn same_shape(vm: &mut Vm, a: &str, b: &str) -> bool {
    let (Value::Obj(x), Value::Obj(y)) = (global(vm, a), global(vm, b)) else { panic!("objects") };
    let shape = |vm: &Vm, r| match &vm.heap.get(r).payload {
        Payload::Instance(attrs) => attrs.shape.clone(),
        _ => None,
    };
    match (shape(vm, &x), shape(vm, &y)) {
        (Some(p), Some(q)) => std::rc::Rc::ptr_eq(&p, &q),
        _ => false,
    }
}

#[test]
fn instances_lay_out_their_attributes_and_share_shapes() {
    let mut vm = run(concat!(
        "class P:\n",
        "    def __init__(self, x, y):\n",
        "        self.x = x\n",
        "        self.y = y\n",
        "a = P(1, 2)\n",
        "b = P(3, 4)\n",
        "c = P.__new__(P)\n",
        "c.y = 0\n",
        "c.x = 0\n",
        "d = P(5, 6)\n",
        "d.__dict__\n",
        "e = P(7, 8)\n",
        "del e.x\n",
    ));
    assert_eq!(layout(&mut vm, "a"), Some((vec!["x".into(), "y".into()], 2)));
    assert!(same_shape(&mut vm, "a", "b"), "same attributes in the same order share a shape");
    assert_eq!(layout(&mut vm, "c"), Some((vec!["y".into(), "x".into()], 2)));
    assert!(!same_shape(&mut vm, "a", "c"));
    // Asking for __dict__ and deleting move the attributes into a dict.
    assert_eq!(layout(&mut vm, "d"), None);
    assert_eq!(layout(&mut vm, "e"), None);
}

#[test]
fn a_class_version_changes_with_the_class_and_its_bases() {
    let mut vm = run(concat!(
        "class Base:\n",
        "    pass\n",
        "class Derived(Base):\n",
        "    pass\n",
        "class Unrelated:\n",
        "    pass\n",
        "def touch_base():\n",
        "    Base.x = 1\n",
        "def touch_derived():\n",
        "    Derived.y = 1\n",
        "def rename():\n",
        "    Derived.__name__ = 'Renamed'\n",
        "def read():\n",
        "    return Base.__name__, Derived.x, Base().__class__\n",
    ));
    let call = |vm: &mut Vm, f: &str| {
        let f = global(vm, f);
        vm.call(&f, &[]).unwrap();
    };
    let (base, derived, unrelated) = (tag(&mut vm, "Base"), tag(&mut vm, "Derived"), tag(&mut vm, "Unrelated"));
    call(&mut vm, "touch_base");
    let (base2, derived2) = (tag(&mut vm, "Base"), tag(&mut vm, "Derived"));
    assert_ne!(base2, base, "a class's tag changes when it is changed");
    assert_ne!(derived2, derived, "and so do its subclasses'");
    assert_eq!(tag(&mut vm, "Unrelated"), unrelated);
    call(&mut vm, "touch_derived");
    assert_eq!(tag(&mut vm, "Base"), base2, "a subclass's change leaves its base alone");
    assert_ne!(tag(&mut vm, "Derived"), derived2);
    let derived3 = tag(&mut vm, "Derived");
    call(&mut vm, "rename");
    assert_ne!(tag(&mut vm, "Derived"), derived3);
    // Reading changes nothing.
    let (base4, derived4) = (tag(&mut vm, "Base"), tag(&mut vm, "Derived"));
    call(&mut vm, "read");
    assert_eq!((tag(&mut vm, "Base"), tag(&mut vm, "Derived")), (base4, derived4));
}
