//! The printer simulator's controls and `printer ...` runs of the binary against it.

use super::{Options, Run, run};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::printer::address::parse_manual_address;
use printer_oauth_core::printer::http_client::PrinterHttp;
use printer_oauth_core::printer::tls::Trust;
use printer_oauth_sim::Demo;
use printer_oauth_sim::directory::{ADMIN, MAILBOX};
use serde_json::Value;
use std::time::Duration;

/// The simulated printer's `/sim/` controls, over HTTPS pinned to its certificate.
pub struct Control(PrinterHttp);

impl Control {
    pub fn new(demo: &Demo) -> Control {
        let ready = demo.ready();
        let address = parse_manual_address(&ready.printer).unwrap();
        let trust = Trust::Pin(Some(ready.printer_fingerprint.clone()));
        Control(PrinterHttp::new(&address, &trust, &[], Duration::from_secs(10)).unwrap())
    }

    pub async fn json(&mut self, path: &str, form: Option<&[(&str, &str)]>) -> Value {
        let page = match form {
            Some(f) => {
                let f: Vec<(String, String)> = f
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                self.0.post(path, &f).await
            }
            None => self.0.get(path).await,
        };
        let page = page.expect("the printer simulator answers");
        serde_json::from_str(&page.body).expect("JSON")
    }

    pub async fn state(&mut self) -> Value {
        self.json("/sim/state", None).await
    }

    /// Runs a scan-to-email job on the printer with its own settings; returns the job.
    pub async fn scan(&mut self, to: &str, fax: bool) -> Value {
        let fax = if fax { "1" } else { "0" };
        self.json("/sim/scan", Some(&[("to", to), ("fax", fax)]))
            .await
    }
}

/// A page's settings and whether the printer is signed in (not the sign-in's bookkeeping).
pub fn settings(page: &Value) -> Value {
    let mut page = page.clone();
    if let Some(map) = page.as_object_mut() {
        map.retain(|k, _| !matches!(k.as_str(), "oauth" | "server_status"));
    }
    page
}

/// `printer <command> HOST` with the demo printer's fingerprint and password on stdin.
pub fn printer_args(demo: &Demo, command: &str, extra: &[&str]) -> Vec<String> {
    let ready = demo.ready();
    let mut args: Vec<String> = vec![
        "printer".into(),
        command.into(),
        ready.printer.clone(),
        "--trust-fingerprint".into(),
        ready.printer_fingerprint.clone(),
        "--timeout".into(),
        "5".into(),
    ];
    if command != "status" {
        args.push("--password-stdin".into());
    }
    if command == "setup" {
        args.push("--no-browser".into());
        if !extra.contains(&"--sender") {
            args.extend(["--sender".into(), MAILBOX.into()]);
        }
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

pub async fn run_printer(demo: &Demo, command: &str, extra: &[&str], lang: Lang) -> Run {
    let password = format!("{}\n", demo.ready().printer_password);
    run(
        &printer_args(demo, command, extra),
        Options {
            lang,
            stdin: Some(&password),
            ..Options::default()
        },
    )
    .await
}

pub fn assert_ok(run: &Run) {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
}

/// The tenant after the wizard's PowerShell for the guide's path: SMTP AUTH on for the
/// administrator who signs the printer in, with Send As on the printer's mailbox.
pub fn guide_tenant(demo: &Demo) {
    use printer_oauth_core::exchange::{AccountPath, Plan};

    demo.shared
        .dir()
        .carry_out(&Plan::new(AccountPath::GlobalAdmin, ADMIN, MAILBOX));
}

/// A listener standing in for a proxy: it counts the connections made to it.
pub struct RecordingProxy {
    url: String,
    seen: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl RecordingProxy {
    pub async fn start() -> RecordingProxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = seen.clone();
        let task = tokio::spawn(async move {
            while let Ok((_connection, _)) = listener.accept().await {
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        });
        RecordingProxy { url, seen, task }
    }

    /// Every proxy variable pointing at this listener, and no exception.
    pub fn env(&self) -> Vec<(&'static str, &str)> {
        [
            "HTTPS_PROXY",
            "https_proxy",
            "HTTP_PROXY",
            "http_proxy",
            "ALL_PROXY",
            "all_proxy",
        ]
        .into_iter()
        .map(|name| (name, self.url.as_str()))
        .chain([("NO_PROXY", ""), ("no_proxy", "")])
        .collect()
    }

    /// Stops listening; returns how many connections reached it.
    pub fn stop(self) -> usize {
        self.task.abort();
        self.seen.load(std::sync::atomic::Ordering::SeqCst)
    }
}
