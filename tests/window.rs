//! The real window under Xvfb: the wizard opens, renders its first page in the language
//! asked for, and closes on Ctrl+Q. The test command (scripts/test) starts Xvfb and sets
//! PRINTER_OAUTH_TEST_DISPLAY; a plain `cargo test` leaves it out (`#[ignore]`), and run
//! without a display it fails, saying why.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The window's id, once a window with this title is mapped.
fn wait_for_window(title: &str, timeout: Duration) -> Option<String> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .expect("xdotool runs (scripts/test installs it)");
        if let Some(id) = String::from_utf8_lossy(&out.stdout).lines().next() {
            return Some(id.to_string());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

#[test]
#[ignore = "needs an X display: scripts/test starts Xvfb and runs it"]
fn the_window_opens_renders_and_closes() {
    assert!(
        std::env::var_os("PRINTER_OAUTH_TEST_DISPLAY").is_some(),
        "this test needs Xvfb: run it through scripts/test, which starts one"
    );
    let home = tempfile::tempdir().unwrap();
    let mut app = Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
        .args(["--lang", "hr"])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env(printer_oauth_core::paths::HOME_VAR, home.path())
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let window = wait_for_window("^Postavljanje OAuth-a .* Dobro do", Duration::from_secs(20));
    let Some(window) = window else {
        let _ = app.kill();
        let out = app.wait_with_output().unwrap();
        panic!("no window: {}", String::from_utf8_lossy(&out.stderr));
    };
    // The window's pixels, until its first frame is drawn: a rendered page is not one colour.
    let colours = || {
        let dump = Command::new("xwd")
            .args(["-silent", "-id", &window])
            .output()
            .expect("xwd runs (scripts/test installs it)");
        let pixels = &dump.stdout[dump.stdout.len().saturating_sub(400_000)..];
        let mut seen = std::collections::BTreeSet::new();
        seen.extend(pixels.chunks(4).take(100_000).map(|p| p.to_vec()));
        seen.len()
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = colours();
    while seen <= 20 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        seen = colours();
    }
    assert!(seen > 20, "the page is drawn ({seen} colours)");
    // Ctrl+Q closes it; the process ends.
    let _ = Command::new("xdotool")
        .args(["windowfocus", "--sync", &window])
        .status();
    let _ = Command::new("xdotool").args(["key", "ctrl+q"]).status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    if app.try_wait().unwrap().is_none() {
        let _ = app.kill();
        panic!("the window closed but the process did not end");
    }
}
