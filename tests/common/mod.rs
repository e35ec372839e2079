//! Shared helpers: start the simulators in-process and run the real binary against them.
#![allow(dead_code)]

pub mod printer;

use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::{Demo, Fault, Knobs};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Simulators with a 1 s poll interval that approve every code at once.
pub async fn demo(faults: &[Fault]) -> Demo {
    demo_with(Knobs {
        interval: Duration::from_secs(1),
        auto_approve: Some(Duration::ZERO),
        faults: faults.iter().copied().collect(),
        ..Knobs::default()
    })
    .await
}

pub async fn demo_with(knobs: Knobs) -> Demo {
    Demo::start(knobs).await.expect("simulators start")
}

/// Whether the real Secret Service of the test command is there (scripts/test starts it).
/// Under `CI` it must be: a test never passes there without its real part.
pub fn secret_service() -> bool {
    let there = std::env::var_os("PRINTER_OAUTH_TEST_SECRET_SERVICE").is_some();
    assert!(
        there || std::env::var_os("CI").is_none(),
        "CI runs the tests with a real Secret Service: run them through scripts/test"
    );
    there
}

/// For a test whose real part is the Secret Service (`#[ignore]`d for a plain `cargo test`;
/// scripts/test runs it): fails, saying what to do, when there is none.
pub fn require_secret_service() {
    assert!(
        secret_service(),
        "this test needs a Secret Service: run it through scripts/test, which starts one"
    );
}

/// One finished run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub events: Vec<Value>,
    pub home: tempfile::TempDir,
}

impl Run {
    pub fn kinds(&self) -> Vec<&str> {
        self.events
            .iter()
            .filter_map(|e| e["event"].as_str())
            .collect()
    }

    pub fn last(&self) -> &Value {
        self.events.last().expect("at least one event")
    }

    /// The diagnosis of the closing error event.
    pub fn diagnosis(&self) -> &Value {
        let last = self.last();
        assert_eq!(
            last["event"], "error",
            "expected an error, got {last}\nstderr: {}",
            self.stderr
        );
        &last["diagnosis"]
    }
}

/// How to run the binary.
pub struct Options<'a> {
    pub lang: Lang,
    pub keychain: bool,
    pub env: &'a [(&'a str, &'a str)],
    /// Text for standard input (default: none, and no terminal).
    pub stdin: Option<&'a str>,
    /// A home directory kept across runs (default: a fresh one per run).
    pub home: Option<&'a Path>,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            lang: Lang::En,
            keychain: false,
            env: &[],
            stdin: None,
            home: None,
        }
    }
}

/// Runs `printer-oauth <args> --json --lang L` with a private home; `keychain` keeps the
/// test's D-Bus session (the Secret Service), otherwise none is reachable.
pub async fn run(args: &[String], options: Options<'_>) -> Run {
    let home = tempfile::tempdir().expect("temp home");
    let home_path = options.home.unwrap_or(home.path());
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"));
    command
        .args(args)
        .args(["--json", "--lang", options.lang.tag()])
        .env("HOME", home_path)
        .env("XDG_CONFIG_HOME", home_path.join("config"))
        .env("XDG_DATA_HOME", home_path.join("data"))
        .env("XDG_CACHE_HOME", home_path.join("cache"))
        .env("XDG_STATE_HOME", home_path.join("state"))
        // Every folder the product uses, on every OS (Windows ignores HOME and XDG_*).
        .env(
            printer_oauth_core::paths::HOME_VAR,
            home_path.join("printer-oauth"),
        )
        .env_remove("RUST_LOG")
        .stdin(if options.stdin.is_some() {
            std::process::Stdio::piped()
        } else {
            std::process::Stdio::null()
        })
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    if !options.keychain {
        command.env_remove("DBUS_SESSION_BUS_ADDRESS");
    }
    for (k, v) in options.env {
        command.env(k, v);
    }
    let mut child = command.spawn().expect("the binary runs");
    if let (Some(text), Some(mut pipe)) = (options.stdin, child.stdin.take()) {
        use tokio::io::AsyncWriteExt;
        pipe.write_all(text.as_bytes())
            .await
            .expect("stdin takes the text");
    }
    let output = tokio::time::timeout(Duration::from_secs(90), child.wait_with_output())
        .await
        .expect("the command finishes within 90 s")
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let events = stdout
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {l}"))
        })
        .collect();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout,
        stderr: String::from_utf8_lossy(&output.stderr).to_string(),
        events,
        home,
    }
}

/// The arguments of a pre-flight against `demo`; `extra` may replace a flag's value
/// (`"--tenant", "x"`) or add flags.
pub fn preflight_args(demo: &Demo, extra: &[&str]) -> Vec<String> {
    let ready = demo.ready();
    let mut flags: Vec<(&str, String)> = vec![
        ("--authority", ready.authority.clone()),
        ("--tenant", ready.tenant.to_string()),
        ("--client-id", ready.client_id.to_string()),
        ("--account", ready.account.to_string()),
        ("--to", "helpdesk@contoso.com".to_string()),
        ("--smtp", ready.smtp.clone()),
        ("--ca-file", ready.ca_file.clone()),
        ("--timeout", "5".to_string()),
    ];
    let mut rest = Vec::new();
    let mut extra = extra.iter();
    while let Some(arg) = extra.next() {
        match flags.iter_mut().find(|(flag, _)| flag == arg) {
            Some(slot) => slot.1 = extra.next().expect("a value follows the flag").to_string(),
            None => rest.push(arg.to_string()),
        }
    }
    let mut args = vec!["preflight".to_string(), "--no-browser".to_string()];
    for (flag, value) in flags {
        args.push(flag.to_string());
        args.push(value);
    }
    args.extend(rest);
    args
}

/// Waits until the identity simulator has issued a code, and returns its user code.
pub async fn first_user_code(shared: &printer_oauth_sim::Shared) -> String {
    let mut changes = shared.watch();
    let issued = async {
        loop {
            let code = shared
                .dir()
                .grants
                .values()
                .next()
                .map(|g| g.user_code.clone());
            if let Some(code) = code {
                return code;
            }
            changes.changed().await.expect("the simulators are running");
        }
    };
    tokio::time::timeout(Duration::from_secs(30), issued)
        .await
        .expect("a device code is issued within 30 s")
}

/// Every file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path)
            } else {
                found.push(path)
            }
        }
    }
    found
}

/// Set to 1 to skip the network-namespace tests where namespaces cannot be made (never under
/// `CI`).
pub const SKIP_NETNS: &str = "PRINTER_OAUTH_SKIP_NETNS";

/// Whether `test`, which cannot make its network namespace (`why`), may be skipped: only with
/// [`SKIP_NETNS`]`=1` and outside CI. It says so on stderr; otherwise the caller fails.
pub fn skip_without_netns(test: &str, why: &str) -> bool {
    let skip = std::env::var(SKIP_NETNS).as_deref() == Ok("1") && std::env::var_os("CI").is_none();
    if skip {
        eprintln!("skipping the {test} ({SKIP_NETNS}=1): {why}");
    }
    skip
}
