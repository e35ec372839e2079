//! A full pre-flight with tracing at TRACE leaks no token, device code or password into the
//! logs, the JSON output or any file written.

mod common;

use common::{Options, preflight_args, run};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trace_logs_output_and_files_hold_no_secret() {
    let demo = common::demo(&[]).await;
    // With a keychain when the test command provides one, so the refresh token is stored too.
    let keychain = common::secret_service();
    let args = preflight_args(
        &demo,
        &[
            "--tenant",
            printer_oauth_sim::directory::TENANT_ID,
            "--sign-in-again",
        ],
    );
    let run = run(
        &args,
        Options {
            keychain,
            env: &[("RUST_LOG", "trace")],
            ..Options::default()
        },
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("TRACE"), "tracing really ran at TRACE");

    let secrets = demo.shared.dir().issued_secrets.clone();
    assert!(
        secrets.len() >= 4,
        "device code, access, refresh and id token were issued: {}",
        secrets.len()
    );
    let mut places = vec![
        ("stdout".to_string(), run.stdout.clone()),
        ("stderr".to_string(), run.stderr.clone()),
    ];
    for file in common::files_under(run.home.path()) {
        places.push((
            file.display().to_string(),
            String::from_utf8_lossy(&std::fs::read(&file).unwrap()).to_string(),
        ));
    }
    for secret in &secrets {
        // Any 24-character piece of a secret counts as a leak.
        let probe = &secret[secret.len() - 24..];
        for (place, text) in &places {
            assert!(!text.contains(probe), "a secret leaked into {place}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn printer_setup_leaks_no_password_or_token() {
    let demo = common::demo(&[]).await;
    let ready = demo.ready();
    let keychain = common::secret_service();
    let mut args: Vec<String> = [
        "printer",
        "setup",
        &ready.printer,
        "--sender",
        ready.account,
        "--trust-fingerprint",
        &ready.printer_fingerprint,
        "--password-stdin",
        "--no-browser",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    if keychain {
        args.push("--remember-password".into());
    }
    let password = format!("{}\n", ready.printer_password);
    let run = run(
        &args,
        Options {
            keychain,
            // Asking for the HTML parser's logs too: they stay off.
            env: &[("RUST_LOG", "trace,html5ever=trace")],
            stdin: Some(&password),
            ..Options::default()
        },
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("TRACE"), "tracing really ran at TRACE");
    let files = common::files_under(run.home.path());
    assert!(
        files
            .iter()
            .any(|f| f.to_string_lossy().contains("backups"))
    );
    let mut places = vec![
        ("stdout".to_string(), run.stdout.clone()),
        ("stderr".to_string(), run.stderr.clone()),
    ];
    for file in files {
        places.push((
            file.display().to_string(),
            String::from_utf8_lossy(&std::fs::read(&file).unwrap()).to_string(),
        ));
    }
    // The printer's own tokens came from the identity simulator too.
    let mut secrets: Vec<String> = demo.shared.dir().issued_secrets.clone();
    assert!(
        secrets.len() >= 4,
        "the printer signed in: {}",
        secrets.len()
    );
    secrets.push(ready.printer_password.clone());
    for secret in &secrets {
        let probe = &secret[secret.len().saturating_sub(24)..];
        for (place, text) in &places {
            assert!(!text.contains(probe), "a secret leaked into {place}");
        }
    }
}
