//! Section 4: remote text never drives the terminal. A printer's model, firmware and job
//! history, and a pasted line, carry the escape sequences a fake printer used (an OSC title
//! change, a screen clear, cursor moves, an 8-bit CSI); the human output has none of them,
//! while the JSON output keeps the text as it came (escaped by JSON). The mDNS instance name
//! of `printer discover` is unit-tested in `src/cli/printer.rs`.

use super::common::printer::{assert_ok, printer_args, run_printer};
use super::common::{Run, demo};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::Fault;
use std::time::Duration;

/// The exit code, stdout and stderr of the binary run without `--json`, as a person runs it.
async fn human(args: &[String], stdin: Option<&str>) -> (i32, String, String) {
    use tokio::io::AsyncWriteExt;
    let home = tempfile::tempdir().expect("temp home");
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"));
    command
        .args(args)
        .args(["--lang", "en"])
        .env("HOME", home.path())
        .env(
            printer_oauth_core::paths::HOME_VAR,
            home.path().join("home"),
        )
        .env_remove("RUST_LOG")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    let mut child = command.spawn().expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.unwrap_or_default().as_bytes())
        .await
        .expect("stdin takes the text");
    drop(pipe);
    let output = tokio::time::timeout(Duration::from_secs(90), child.wait_with_output())
        .await
        .expect("the command finishes within 90 s")
        .expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

/// No escape, no C1 and no other control character but newline and tab.
fn assert_inert(text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        .collect();
    assert!(bad.is_empty(), "control characters {bad:?} in:\n{text}");
}

/// The JSON output still carries the hostile text, escaped: the printer really sent it.
fn assert_json_kept(run: &Run, what: &str) {
    assert_ok(run);
    assert!(
        run.stdout.contains("\\u001b]0;pwned\\u0007") || run.stdout.contains("\\u001b[2J"),
        "{what}: the simulator's hostile text is not in the JSON: {}",
        run.stdout
    );
}

#[tokio::test]
async fn a_printer_s_model_firmware_and_job_history_never_drive_the_terminal() {
    let demo = demo(&[Fault::PrinterHostileTexts]).await;
    let password = format!("{}\n", demo.ready().printer_password);

    let json = run_printer(&demo, "status", &[], Lang::En).await;
    assert_json_kept(&json, "status");
    let (code, stdout, stderr) = human(&printer_args(&demo, "status", &[]), None).await;
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("EPSON WF-C5890 Series") && stderr.contains("24.35.NF21P3"),
        "{stderr}"
    );
    assert_inert(&stdout);
    assert_inert(&stderr);

    let json = run_printer(&demo, "jobs", &[], Lang::En).await;
    assert_json_kept(&json, "jobs");
    let (code, stdout, stderr) = human(&printer_args(&demo, "jobs", &[]), Some(&password)).await;
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("1099  2026-03-14 09:41:07  Scan to Email  Completed"),
        "{stderr}"
    );
    assert_inert(&stdout);
    assert_inert(&stderr);
}

#[tokio::test]
async fn a_pasted_line_never_drives_the_terminal() {
    let line = "550 5.7.139 Authentication unsuccessful\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[H \
                the user credentials were incorrect\u{1b}[10A\u{9b}2J";
    let (code, stdout, stderr) = human(&["explain".into(), line.into()], None).await;
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Authentication unsuccessful the user credentials were incorrect"),
        "the pasted line is shown, made safe: {stdout}"
    );
    assert_inert(&stdout);
    assert_inert(&stderr);
}
