//! Interpreters driven through the embedding API: data crosses into and
//! out of them only as `Shared` values, and one that was closed refuses
//! further work. (That no reference of one interpreter resolves in another
//! is checked inside the crate, in `src/tests/isolation.rs`: it needs the
//! heaps.)

use std::sync::Arc;

use isopy_vm::embed::{self, Shared};
use isopy_vm::Config;

#[test]
fn a_str_crosses_a_channel_there_and_back_without_a_copy() {
    let interp = embed::create(Config::default());
    let (inbox, outbox) = (embed::create_channel(0), embed::create_channel(0));
    let text: Arc<str> = "crosses without a copy".into();
    inbox.send(Shared::Str(text.clone(), text.chars().count()), None).unwrap();
    let program = format!(
        "import interpreters\nx = interpreters.RecvChannel({}).recv()\nassert type(x) is str\ninterpreters.SendChannel({}).send(x)",
        inbox.id, outbox.id
    );
    embed::exec(&interp, &program).unwrap();
    let Ok(Shared::Str(back, chars)) = outbox.recv(None) else { panic!("a str") };
    assert!(Arc::ptr_eq(&back, &text), "the text was copied");
    assert_eq!(chars, 22);
    assert!(matches!(embed::channel(inbox.id), Ok(c) if Arc::ptr_eq(&c, &inbox)));
    embed::destroy_channel(inbox.id).unwrap();
    embed::destroy_channel(outbox.id).unwrap();
    assert!(matches!(embed::channel(inbox.id), Err(embed::ChannelError::NotFound)));
    embed::close(&interp).unwrap();
}

#[test]
fn an_interpreter_closed_meanwhile_refuses_work() {
    let a = embed::create(Config::default());
    embed::exec(&a, "x = 1").unwrap();
    embed::close(&a).unwrap();
    assert!(matches!(embed::exec(&a, "x"), Err(embed::ExecError::Closed)));
    assert!(matches!(embed::close(&a), Err(embed::ExecError::Closed)));
}
