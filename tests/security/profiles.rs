//! Section 3: a profile cannot quietly weaken a printer or leak its password. A profile whose
//! password field is not secret, or whose choices share a value, is refused with file, line and
//! reason before anything is sent; a password input's value is never read, backed up or copied
//! into a write, whatever the profile maps it to; and a printer that ends with certificate
//! validation off (here through a profile with the values swapped) is warned about loudly.

use super::common::printer::{Control, assert_ok, guide_tenant, run_printer};
use super::common::{self, files_under};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::Fault;
use std::path::{Path, PathBuf};

/// The shipped profile.
const SHIPPED: &str = include_str!("../../assets/printers/epson-webconfig.toml");
/// The demo printer's stored SMTP AUTH password (`Settings::office_email`).
const SMTP_PASSWORD: &str = "Scanner-2019!";
/// The email form's certificate-validation values, as shipped.
const VALIDATION: &str = "values = { enable = \"ENABLE\", disable = \"DISABLE\" }";

/// Writes the shipped profile with the first `from` replaced by `to`; returns its path and the
/// 1-based line of the change.
fn profile(dir: &Path, from: &str, to: &str) -> (PathBuf, usize) {
    assert!(SHIPPED.contains(from), "{from}");
    let text = SHIPPED.replacen(from, to, 1);
    let line = text[..text.find(to).unwrap()].matches('\n').count() + 1;
    let path = dir.join("shared.toml");
    std::fs::write(&path, text).unwrap();
    (path, line)
}

#[tokio::test]
async fn a_profile_with_the_validation_values_swapped_ends_in_a_loud_warning() {
    let demo = common::demo(&[]).await;
    guide_tenant(&demo);
    let mut control = Control::new(&demo);
    let dir = tempfile::tempdir().unwrap();
    let swapped = "values = { enable = \"DISABLE\", disable = \"ENABLE\" }";
    let (path, _) = profile(dir.path(), VALIDATION, swapped);
    let run = run_printer(
        &demo,
        "setup",
        &["--profile", path.to_str().unwrap()],
        Lang::En,
    )
    .await;
    assert_ok(&run);
    // What the swap did: the write and its read-back agree, and validation is off.
    let state = control.state().await;
    assert_eq!(state["email"]["cert_validation"], "DISABLE");
    let kinds = run.kinds();
    let verified = kinds.iter().position(|k| *k == "verified").unwrap();
    let warning = run
        .events
        .iter()
        .position(|e| e["event"] == "warning" && e["code"] == "printer-cert-validation-off")
        .unwrap_or_else(|| panic!("no warning: {kinds:?}"));
    assert!(warning > verified, "{kinds:?}");
    assert_eq!(run.events[warning]["target"], "email");
    let message = run.events[warning]["message"].as_str().unwrap();
    assert!(message.starts_with("WARNING"), "{message}");
    assert!(run.stderr.contains(message), "a human line: {}", run.stderr);
}

#[tokio::test]
async fn a_password_field_that_is_not_secret_is_refused_before_anything_is_sent() {
    let demo = common::demo(&[]).await;
    let mut control = Control::new(&demo);
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "password = { name = \"INPUTT_AUTHPASSWORD\", secret = true }",
            "password = { name = \"INPUTT_AUTHPASSWORD\" }",
            "secret = true",
        ),
        (
            VALIDATION,
            "values = { enable = \"ENABLE\", disable = \"ENABLE\" }",
            "`disable` and `enable`",
        ),
    ];
    for (from, to, reason) in cases {
        let (path, line) = profile(dir.path(), from, to);
        let run = run_printer(
            &demo,
            "setup",
            &["--profile", path.to_str().unwrap()],
            Lang::En,
        )
        .await;
        let d = run.diagnosis();
        assert_eq!((d["id"].as_str(), run.code), (Some("printer-profile"), 2));
        let detail = d["detail"].as_str().unwrap();
        assert!(
            detail.starts_with(&format!("{}:{line}: email.fields.", path.display())),
            "{detail}"
        );
        assert!(detail.contains(reason), "{detail}");
        assert!(!run.kinds().contains(&"printer"), "{:?}", run.kinds());
    }
    let state = control.state().await;
    assert!(state["writes"].as_array().unwrap().is_empty(), "{state}");
}

#[tokio::test]
async fn a_password_input_s_value_is_never_backed_up_even_mapped_as_a_plain_field() {
    // The printer shows its stored SMTP password in the password input, and the profile maps
    // that input as the POP3 server (the secret password field names the POP3 input).
    let demo = common::demo(&[Fault::PrinterEchoesPassword]).await;
    guide_tenant(&demo);
    let mut control = Control::new(&demo);
    let dir = tempfile::tempdir().unwrap();
    let text = SHIPPED
        .replacen(
            "password = { name = \"INPUTT_AUTHPASSWORD\"",
            "password = { name = \"INPUTT_POP3SERVER\"",
            1,
        )
        .replacen(
            "pop3_server = { name = \"INPUTT_POP3SERVER\"",
            "pop3_server = { name = \"INPUTT_AUTHPASSWORD\"",
            1,
        );
    assert_ne!(text, SHIPPED);
    let path = dir.path().join("mapped.toml");
    std::fs::write(&path, text).unwrap();
    let run = run_printer(
        &demo,
        "setup",
        &["--profile", path.to_str().unwrap()],
        Lang::En,
    )
    .await;
    assert!(run.kinds().contains(&"backup"), "{:?}", run.stderr);
    let files = files_under(run.home.path());
    assert!(
        files
            .iter()
            .any(|f| f.to_string_lossy().contains("backups")),
        "{files:?}"
    );
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(SMTP_PASSWORD),
            "{} holds the printer's SMTP password",
            file.display()
        );
    }
    assert!(!run.stdout.contains(SMTP_PASSWORD) && !run.stderr.contains(SMTP_PASSWORD));
    // Nor is it copied into a write (the printer keeps what it stores).
    let state = control.state().await;
    let writes = state["writes"].as_array().unwrap();
    assert!(!writes.is_empty(), "{state}");
    for write in writes {
        assert!(
            write["fields"].get("INPUTT_AUTHPASSWORD").is_none(),
            "{write}"
        );
    }
}
