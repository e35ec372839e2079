//! `explain` and `demo` as a help desk uses them.

mod common;

use common::{Options, run};
use printer_oauth::i18n::Lang;
use std::time::Duration;
use tokio::io::AsyncBufReadExt;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn explain_decodes_codes_and_pasted_lines() {
    let hr = run(
        &args(&["explain", "361"]),
        Options {
            lang: Lang::Hr,
            ..Options::default()
        },
    )
    .await;
    assert_eq!(hr.code, 0);
    let d = &hr.events[0]["diagnosis"];
    assert_eq!(hr.events[0]["event"], "diagnosis");
    assert_eq!(
        (d["id"].as_str(), d["step"].as_str()),
        (Some("printer-361"), Some("sign-in"))
    );
    assert_eq!(d["title"], Lang::Hr.text("diag-printer-361-title"));

    let pasted = run(
        &args(&[
            "explain",
            "535",
            "5.7.139",
            "Authentication",
            "unsuccessful,",
            "SmtpClientAuthentication",
            "is",
            "disabled",
            "for",
            "the",
            "Mailbox.",
        ]),
        Options::default(),
    )
    .await;
    assert_eq!(
        pasted.events[0]["diagnosis"]["id"],
        "smtp-auth-disabled-mailbox"
    );

    let unknown = run(&args(&["explain", "no such thing"]), Options::default()).await;
    assert_eq!(unknown.code, 2);
    assert_eq!(unknown.events[0]["diagnosis"]["id"], "input-unknown-code");
}

#[tokio::test]
async fn explain_prints_text_for_people() {
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
        .args(["explain", "--lang", "en", "AADSTS7000218"])
        .output()
        .await
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("AADSTS7000218 — "), "{text}");
    assert!(
        text.contains("Fix: ") && text.contains("Exchange Online"),
        "{text}"
    );
}

#[tokio::test]
async fn usage_errors_exit_with_2() {
    let run = run(
        &args(&["preflight", "--client-id", "x"]),
        Options::default(),
    )
    .await;
    assert_eq!(run.code, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_prints_one_ready_line_and_its_endpoints_work() {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
        .args([
            "demo",
            "--json",
            "--auto-approve",
            "--interval",
            "1",
            "--fault",
            "smtp-auth-disabled-tenant",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let line = tokio::time::timeout(Duration::from_secs(10), lines.next_line())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let ready: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(ready["event"], "demo-ready");
    for field in [
        "authority",
        "tenant",
        "client_id",
        "account",
        "smtp",
        "ca_file",
        "approve_url",
        "mailbox_url",
    ] {
        assert!(
            ready[field].as_str().is_some_and(|v| !v.is_empty()),
            "{field} in {line}"
        );
    }
    assert!(ready["smtp"].as_str().unwrap().starts_with("127.0.0.1:"));
    let ca = std::fs::read_to_string(ready["ca_file"].as_str().unwrap()).unwrap();
    assert!(ca.starts_with("-----BEGIN CERTIFICATE-----"));

    let mailbox: serde_json::Value = reqwest::get(ready["mailbox_url"].as_str().unwrap())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(mailbox, serde_json::json!([]));
    let approve = reqwest::Client::new()
        .post(ready["approve_url"].as_str().unwrap())
        .form(&[("user_code", "NOSUCHCOD")])
        .send()
        .await
        .unwrap();
    assert_eq!(approve.status(), 400);

    // The fault knob from the command line is in force: a pre-flight against it is refused.
    let s = |k: &str| ready[k].as_str().unwrap().to_string();
    let preflight = run(
        &[
            "preflight",
            "--no-browser",
            "--authority",
            &s("authority"),
            "--tenant",
            &s("tenant"),
            "--client-id",
            &s("client_id"),
            "--account",
            &s("account"),
            "--to",
            &s("account"),
            "--smtp",
            &s("smtp"),
            "--ca-file",
            &s("ca_file"),
        ]
        .map(String::from),
        Options::default(),
    )
    .await;
    assert_eq!(preflight.code, 3, "{}", preflight.stderr);
    assert_eq!(preflight.diagnosis()["id"], "smtp-auth-disabled-tenant");
    child.kill().await.unwrap();
    let rest = tokio::time::timeout(Duration::from_secs(5), lines.next_line())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rest, None, "exactly one line on stdout");
}
