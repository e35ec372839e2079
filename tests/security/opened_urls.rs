//! Section 1: the printer chooses nothing the admin's computer opens. A printer that hands over
//! `file:///etc/passwd` followed by escape codes as its sign-in address gets it shown as inert
//! text with a warning, never opened. (The allowlist itself, both ways, is unit-tested in
//! `crates/core/src/links.rs`; the wizard's side in `src/ui/pages/sign_in.rs` and `src/ui/app.rs`.)

use super::common::printer::{assert_ok, guide_tenant, printer_args};
use super::common::{self, Options, run};
use printer_oauth_sim::Fault;
use std::path::Path;
use std::time::Duration;

/// What the simulated printer hands over with `printer-hostile-verification-uri`.
const HOSTILE: &str = "file:///etc/passwd\u{1b}]0;pwned\u{7}";

/// Every desktop opener the `open` crate may start on Linux, each writing what it was asked to
/// open into `log` instead of opening it; returns a `PATH` that finds them first.
fn fake_openers(dir: &Path, log: &Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    for name in [
        "xdg-open",
        "gio",
        "gnome-open",
        "kde-open",
        "kde-open5",
        "kde-open6",
        "wslview",
    ] {
        let script = dir.join(name);
        let body = format!("#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{}'\n", log.display());
        std::fs::write(&script, body).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = std::env::var("PATH").unwrap_or_default();
    format!("{}:{path}", dir.display())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_printer_sign_in_address_is_shown_but_never_opened() {
    let demo = common::demo(&[Fault::PrinterHostileVerificationUri]).await;
    guide_tenant(&demo);
    let openers = tempfile::tempdir().unwrap();
    let log = openers.path().join("opened.log");
    let path = fake_openers(openers.path(), &log);
    // `printer setup` as a help desk runs it, the browser allowed.
    let args: Vec<String> = printer_args(&demo, "setup", &[])
        .into_iter()
        .filter(|a| a != "--no-browser")
        .collect();
    let password = format!("{}\n", demo.ready().printer_password);
    let run = run(
        &args,
        Options {
            stdin: Some(&password),
            env: &[("PATH", path.as_str())],
            ..Options::default()
        },
    )
    .await;
    assert_ok(&run);

    // Nothing was handed to a browser (a detached opener gets a moment to write).
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !log.exists(),
        "opened: {}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );

    // The JSON keeps what the printer said, and says it was not opened.
    let event = |kind: &str| {
        run.events
            .iter()
            .find(|e| e["event"] == kind)
            .unwrap_or_else(|| panic!("a {kind} event: {:?}", run.kinds()))
    };
    assert_eq!(event("code")["verification_uri"], HOSTILE);
    let unexpected = event("unexpected-address");
    assert_eq!(unexpected["verification_uri"], HOSTILE);
    assert_eq!(unexpected["opened"], false);
    // The person is warned, and the address is inert text: no escape code reaches the terminal.
    assert!(
        run.stderr
            .contains("is not one of Microsoft's sign-in pages for the chosen cloud"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("file:///etc/passwd"), "{}", run.stderr);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
}
