//! `printer status|setup|jobs|capture` end to end: the real binary against the identity,
//! SMTP and Epson printer simulators.

mod common;

use common::printer::{
    Control, RecordingProxy, assert_ok, guide_tenant, printer_args, run_printer, settings,
};
use common::{Options, demo, demo_with, files_under, run};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::directory::{ADMIN, MAILBOX};
use printer_oauth_sim::{Fault, Knobs};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

#[tokio::test]
async fn setup_moves_the_printer_to_oauth_and_it_really_sends_scans() {
    for lang in Lang::ALL {
        let demo = demo(&[]).await;
        guide_tenant(&demo);
        let mut control = Control::new(&demo);
        let started = std::time::Instant::now();
        let run = run_printer(&demo, "setup", &[], lang).await;
        let took = started.elapsed();
        assert_ok(&run);
        let kinds = run.kinds();
        assert_eq!(
            kinds[..4],
            ["printer", "logged-in", "backup", "code"],
            "{kinds:?}"
        );
        assert!(kinds.contains(&"waiting"));
        assert_eq!(
            kinds[kinds.len() - 3..],
            ["signed-in", "verified", "printer-ready"],
            "{kinds:?}"
        );
        let ready = run.last();
        assert_eq!(ready["account"], ADMIN);
        let status = ready["email_server_status"].as_str().unwrap();
        assert!(status.starts_with("Signed in"), "{status}");
        let code = &run.events[3];
        assert!(
            code["verification_uri"]
                .as_str()
                .unwrap()
                .contains("/devicelogin")
        );
        assert!(took < Duration::from_secs(15), "setup took {took:?}");

        // The backup holds what was there before.
        let backup = Path::new(run.events[2]["file"].as_str().unwrap());
        let saved: Value = serde_json::from_str(&std::fs::read_to_string(backup).unwrap()).unwrap();
        assert_eq!(saved["settings"]["auth_method"], "smtp-auth");
        assert!(
            saved["raw"].get("password").is_none(),
            "passwords are never backed up"
        );

        let state = control.state().await;
        assert_eq!(state["email"]["auth_method"], "OAUTH2");
        assert_eq!(state["email"]["smtp_server"], "smtp.office365.com");
        assert_eq!(state["signed_in"], ADMIN);

        // The printer itself now sends scan-to-email through the SMTP simulator.
        let job = control.scan("helpdesk@contoso.com", false).await;
        assert_eq!(job["result"], "Completed", "{job}");
        let mailbox = demo.shared.dir().mailbox.clone();
        let message = mailbox.last().expect("a message arrived");
        assert_eq!(message.from, MAILBOX);
        assert_eq!(message.smtp_user, ADMIN);
        assert_eq!(message.to, vec!["helpdesk@contoso.com".to_string()]);
        assert!(message.subject.contains("EPSON"), "{}", message.subject);
    }
}

#[tokio::test]
async fn fax_server_email_settings_get_their_own_sign_in() {
    let demo = demo(&[]).await;
    guide_tenant(&demo);
    let mut control = Control::new(&demo);
    let before = control.state().await;
    let run = run_printer(&demo, "setup", &["--fax"], Lang::En).await;
    assert_ok(&run);
    assert_eq!(run.last()["target"], "fax");
    let state = control.state().await;
    assert_eq!(state["fax"]["auth_method"], "OAUTH2");
    assert_eq!(
        settings(&state["email"]),
        settings(&before["email"]),
        "email untouched"
    );
    let job = control.scan("fax-gateway@contoso.com", true).await;
    assert_eq!(job["result"], "Completed", "{job}");
}

/// Knobs the setup gets through by itself: restarts, expiring sessions, rotating tokens,
/// the consumer login and German pages.
#[tokio::test]
async fn setup_recovers_from_what_real_printers_do() {
    for fault in [
        Fault::PrinterRestart,
        Fault::PrinterRestartMidWrite,
        Fault::PrinterSessionExpiry,
        Fault::PrinterTokenRotation,
        Fault::PrinterConsumerModel,
        Fault::PrinterGermanPages,
    ] {
        let demo = demo_with(Knobs {
            interval: Duration::from_secs(1),
            auto_approve: Some(Duration::ZERO),
            faults: [fault].into(),
            printer_restart: Duration::from_secs(1),
            ..Knobs::default()
        })
        .await;
        guide_tenant(&demo);
        let mut control = Control::new(&demo);
        // Outlook.com changes a field after the half the cut write keeps (the server).
        let extra: &[&str] = match fault {
            Fault::PrinterRestartMidWrite => &["--service", "outlook"],
            _ => &[],
        };
        let run = run_printer(&demo, "setup", extra, Lang::En).await;
        assert_eq!(
            run.code, 0,
            "{fault:?}\nstdout: {}\nstderr: {}",
            run.stdout, run.stderr
        );
        let state = control.state().await;
        assert_eq!(state["email"]["auth_method"], "OAUTH2", "{fault:?}");
        assert_eq!(state["email"]["smtp_port"], 587, "{fault:?}");
        let job = control.scan("helpdesk@contoso.com", false).await;
        assert_eq!(job["result"], "Completed", "{fault:?}: {job}");
        match fault {
            Fault::PrinterRestart => assert_eq!(state["restarts"], 1),
            Fault::PrinterRestartMidWrite => {
                // The cut write kept half the fields; the setup wrote again.
                let writes = state["writes"].as_array().unwrap();
                assert_eq!(writes.len(), 2, "{writes:?}");
                assert_eq!(writes[0]["partial"], true);
            }
            Fault::PrinterConsumerModel => {
                let logged = run
                    .events
                    .iter()
                    .find(|e| e["event"] == "logged-in")
                    .unwrap();
                assert_eq!(logged["variant"], "consumer");
            }
            _ => {}
        }
    }
}

/// Failures: the right diagnosis and exit code, and the printer's settings as they were.
#[tokio::test]
async fn failures_are_diagnosed_and_leave_the_printer_as_it_was() {
    let cases: &[(&[Fault], &str, i32)] = &[
        (
            &[Fault::PrinterReadbackMismatch],
            "printer-verify-failed",
            3,
        ),
        (&[Fault::PrinterRejectsSettings], "printer-rejected", 3),
        (
            &[Fault::PrinterAdditionalNetwork],
            "printer-additional-network",
            3,
        ),
        (&[Fault::PrinterNotEpson], "printer-not-supported", 3),
        (&[Fault::PrinterHttpOnly], "printer-http-only", 3),
        (&[Fault::Decline], "aadsts-declined", 3),
        (&[Fault::ConditionalAccess], "aadsts-conditional-access", 3),
    ];
    for (faults, id, code) in cases {
        // Devices that are not the HTTPS Epson have no settings to compare.
        let epson =
            !faults.contains(&Fault::PrinterHttpOnly) && !faults.contains(&Fault::PrinterNotEpson);
        for lang in Lang::ALL {
            let demo = demo(faults).await;
            let mut control = Control::new(&demo);
            let before = if epson {
                Some(control.state().await)
            } else {
                None
            };
            let run = run_printer(&demo, "setup", &[], lang).await;
            let d = run.diagnosis();
            assert_eq!(
                (d["id"].as_str(), run.code),
                (Some(*id), *code),
                "{faults:?}\n{}",
                run.stderr
            );
            assert!(!d["title"].as_str().unwrap().is_empty());
            if let Some(before) = before {
                let after = control.state().await;
                assert_eq!(
                    settings(&after["email"]),
                    settings(&before["email"]),
                    "{faults:?}"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_safety_net_restores_what_was_there() {
    let demo = demo(&[Fault::PrinterReadbackMismatch]).await;
    let mut control = Control::new(&demo);
    let before = control.state().await;
    let run = run_printer(&demo, "setup", &[], Lang::En).await;
    assert_eq!(run.code, 3);
    assert!(run.kinds().contains(&"restored"), "{:?}", run.kinds());
    let detail = run.diagnosis()["detail"].as_str().unwrap().to_string();
    assert!(detail.contains("SMTP Server Port Number"), "{detail}");
    let after = control.state().await;
    assert_eq!(settings(&after["email"]), settings(&before["email"]));
    let writes = after["writes"].as_array().unwrap();
    assert!(writes.len() >= 2, "a write, then the restore: {writes:?}");
}

#[tokio::test]
async fn a_failed_second_setup_says_the_earlier_sign_in_is_gone() {
    let demo = demo(&[]).await;
    let mut control = Control::new(&demo);
    assert_ok(&run_printer(&demo, "setup", &[], Lang::En).await);
    let mut knobs = demo.shared.knobs();
    knobs.faults.insert(Fault::Decline);
    demo.shared.set_knobs(knobs);
    let run = run_printer(&demo, "setup", &[], Lang::En).await;
    assert_eq!(run.code, 3);
    let detail = run.diagnosis()["detail"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        detail.contains(ADMIN) && detail.contains("earlier sign-in"),
        "{detail}"
    );
    assert_eq!(control.state().await["email"]["auth_method"], "OAUTH2");
}

#[tokio::test]
async fn an_expired_printer_sign_in_changes_nothing() {
    let demo = demo_with(Knobs {
        interval: Duration::from_secs(1),
        expires_in: Duration::from_secs(3),
        ..Knobs::default()
    })
    .await;
    let mut control = Control::new(&demo);
    let before = control.state().await;
    let run = run_printer(&demo, "setup", &[], Lang::Hr).await;
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert_eq!(run.diagnosis()["id"], "aadsts-code-expired");
    assert_eq!(
        settings(&control.state().await["email"]),
        settings(&before["email"])
    );
}

#[tokio::test]
async fn wrong_passwords_are_never_retried_and_lockout_is_explained() {
    let demo = demo(&[]).await;
    let mut control = Control::new(&demo);
    let args = printer_args(&demo, "setup", &[]);
    for attempt in 1..=3 {
        let run = run(
            &args,
            Options {
                stdin: Some("wrong-password\n"),
                ..Options::default()
            },
        )
        .await;
        assert_eq!(run.code, 3);
        assert_eq!(run.diagnosis()["id"], "printer-bad-password");
        let logins = &control.state().await["logins"];
        assert_eq!(logins["failed"], attempt, "one login per run: {logins}");
    }
    let run = run_printer(&demo, "setup", &[], Lang::En).await;
    assert_eq!(
        (run.diagnosis()["id"].as_str(), run.code),
        (Some("printer-locked-out"), 3)
    );
    assert!(control.state().await["locked"].as_bool().unwrap());
}

#[tokio::test]
async fn certificates_are_pinned_only_after_confirmation() {
    let demo = demo(&[]).await;
    let ready = demo.ready();
    let home = tempfile::tempdir().unwrap();
    let opts = |lang| Options {
        lang,
        home: Some(home.path()),
        ..Options::default()
    };
    let status = |extra: &[&str]| {
        let mut a = vec![
            "printer".to_string(),
            "status".into(),
            ready.printer.clone(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    // First contact: stop and show the fingerprint.
    let first = run(&status(&[]), opts(Lang::En)).await;
    assert_eq!(first.code, 2);
    let d = first.diagnosis();
    assert_eq!(d["id"], "printer-unpinned");
    assert_eq!(d["detail"], ready.printer_fingerprint);
    // A fingerprint that is not the printer's is refused.
    let wrong = "AA:".repeat(31) + "AA";
    let mismatch = run(&status(&["--trust-fingerprint", &wrong]), opts(Lang::Hr)).await;
    assert_eq!(
        (mismatch.diagnosis()["id"].as_str(), mismatch.code),
        (Some("printer-pin-mismatch"), 3)
    );
    // Confirmed (typed without colons, lower case): pinned and remembered.
    let typed = ready.printer_fingerprint.replace(':', "").to_lowercase();
    let confirmed = run(&status(&["--trust-fingerprint", &typed]), opts(Lang::En)).await;
    assert_ok(&confirmed);
    assert_eq!(confirmed.events[0]["trust"], "pinned-now");
    assert!(confirmed.events[1]["email_server_status"].is_string());
    let again = run(&status(&[]), opts(Lang::En)).await;
    assert_ok(&again);
    assert_eq!(again.events[0]["trust"], "pinned");
    // A later mismatch stops with a warning.
    // Under PRINTER_OAUTH_HOME (the test's folder for everything the product keeps).
    let pins = home.path().join("printer-oauth/data/pins.json");
    let text = std::fs::read_to_string(&pins).unwrap();
    std::fs::write(&pins, text.replace(&ready.printer_fingerprint, &wrong)).unwrap();
    let changed = run(&status(&[]), opts(Lang::En)).await;
    assert_eq!(
        (changed.diagnosis()["id"].as_str(), changed.code),
        (Some("printer-pin-mismatch"), 3)
    );
    // The admin confirms the printer's (new) certificate: the old pin is replaced, and said so.
    let replaced = run(
        &status(&["--trust-fingerprint", &ready.printer_fingerprint]),
        opts(Lang::En),
    )
    .await;
    assert_ok(&replaced);
    assert_eq!(replaced.events[0]["trust"], "pinned-replaced");
    assert_eq!(replaced.events[0]["replaced"], wrong);
    // With a CA the printer's self-signed certificate does not chain to, TLS fails.
    let ca = run(&status(&["--ca-file", &ready.ca_file]), opts(Lang::En)).await;
    assert_eq!(
        (ca.diagnosis()["id"].as_str(), ca.code),
        (Some("printer-tls"), 4)
    );
}

#[tokio::test]
async fn job_history_codes_360_361_370_are_decoded() {
    for (fault, code) in [
        (Fault::PrinterCloudUnreachable, "360"),
        (Fault::PrinterTokenExpired, "361"),
        (Fault::PrinterTokenRevoked, "370"),
    ] {
        let demo = demo(&[]).await;
        let mut control = Control::new(&demo);
        assert_ok(&run_printer(&demo, "setup", &[], Lang::En).await);
        let mut knobs = demo.shared.knobs();
        knobs.faults.insert(fault);
        demo.shared.set_knobs(knobs);
        let job = control.scan("helpdesk@contoso.com", false).await;
        assert_eq!(job["result"], "Error", "{fault:?}: {job}");
        for lang in Lang::ALL {
            let run = run_printer(&demo, "jobs", &[], lang).await;
            assert_ok(&run);
            let failed: Vec<&Value> = run
                .events
                .iter()
                .filter(|e| e["event"] == "job" && e["job"]["code"] == code)
                .collect();
            assert_eq!(failed.len(), 1, "{fault:?}: {}", run.stdout);
            assert_eq!(failed[0]["diagnosis"]["id"], format!("printer-{code}"));
            assert!(run.events.iter().any(|e| e["job"]["result"] == "Completed"));
        }
    }
}

#[tokio::test]
async fn capture_holds_no_password_token_or_address() {
    let demo = demo(&[]).await;
    assert_ok(&run_printer(&demo, "setup", &[], Lang::En).await);
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("capture");
    let run = run_printer(
        &demo,
        "capture",
        &["--out", dir.to_str().unwrap()],
        Lang::En,
    )
    .await;
    assert_ok(&run);
    let files = files_under(&dir);
    assert!(files.len() >= 6, "{files:?}");
    let secrets = demo.shared.dir().issued_secrets.clone();
    let mut all = String::new();
    for file in &files {
        all.push_str(&std::fs::read_to_string(file).unwrap());
    }
    assert!(all.contains("INPUTT_SENDERADDRESS"), "field names are kept");
    assert!(all.contains("OAUTH2"), "option values are kept");
    assert!(!all.contains('@'), "no email address");
    assert!(
        !all.contains(&demo.ready().printer_password),
        "no password or serial"
    );
    assert!(!all.contains("127.0.0.1"), "no IP address");
    for secret in secrets {
        assert!(!all.contains(&secret[..24.min(secret.len())]), "no token");
    }
    assert!(
        !all.to_lowercase().contains("scanner-2019"),
        "no SMTP password"
    );

    let again = run_printer(
        &demo,
        "capture",
        &["--out", dir.to_str().unwrap()],
        Lang::En,
    )
    .await;
    assert_eq!(again.code, 5, "{}", again.stderr);
    let diagnosis = again.diagnosis();
    assert_eq!(diagnosis["id"], "printer-capture");
    assert!(
        diagnosis["detail"]
            .as_str()
            .is_some_and(|d| d.contains("already exists")),
        "{diagnosis}"
    );
    let mut unchanged = String::new();
    for file in &files {
        unchanged.push_str(&std::fs::read_to_string(file).unwrap());
    }
    assert_eq!(unchanged, all, "an earlier capture is never overwritten");
}

#[tokio::test]
async fn bad_input_is_refused_before_the_printer_is_touched() {
    let demo = demo(&[]).await;
    let mut control = Control::new(&demo);
    let dir = tempfile::tempdir().unwrap();
    let bad_profile = dir.path().join("bad.toml");
    let shipped = include_str!("../assets/printers/epson-webconfig.toml");
    std::fs::write(
        &bad_profile,
        shipped.replace("smtp_port = {", "smtp_prot = {"),
    )
    .unwrap();
    let wrong_name = dir.path().join("wrong-name.toml");
    std::fs::write(
        &wrong_name,
        shipped.replace("\"INPUTT_SMTPPORT\"", "\"INPUTT_SMTP_PORT\""),
    )
    .unwrap();
    let no_fax = strip_fax(shipped, dir.path());
    let cases: Vec<(Vec<&str>, &str, i32, &str)> = vec![
        (
            vec!["--sender", "scan(1)@contoso.com"],
            "printer-invalid-setting",
            2,
            "Sender's Email Address",
        ),
        (
            vec!["--profile", bad_profile.to_str().unwrap()],
            "printer-profile",
            2,
            "smtp_prot",
        ),
        (
            vec!["--profile", wrong_name.to_str().unwrap()],
            "printer-profile",
            2,
            "INPUTT_SMTP_PORT",
        ),
        (vec!["--fax", "--profile", &no_fax], "printer-no-fax", 3, ""),
    ];
    for (extra, id, code, detail) in &cases {
        let out = run_printer(&demo, "setup", extra, Lang::En).await;
        let d = out.diagnosis();
        assert_eq!(
            (d["id"].as_str(), out.code),
            (Some(*id), *code),
            "{extra:?}: {}",
            out.stderr
        );
        assert!(
            d["detail"].as_str().unwrap_or_default().contains(detail),
            "{d}"
        );
    }
    // The profile line is named.
    let out = run_printer(
        &demo,
        "setup",
        &["--profile", bad_profile.to_str().unwrap()],
        Lang::Hr,
    )
    .await;
    let line = shipped[..shipped.find("smtp_port = {").unwrap()]
        .lines()
        .count()
        + 1;
    assert!(
        out.diagnosis()["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("bad.toml:{line}:"))
    );
    // Addresses and a missing password.
    for (host, id) in [
        ("printer .local", "printer-invalid-address"),
        ("http://10.0.0.5", "printer-http-only"),
    ] {
        let out = run(
            &["printer".into(), "status".into(), host.into()],
            Options::default(),
        )
        .await;
        assert_eq!(
            (out.diagnosis()["id"].as_str(), out.code),
            (Some(id), if id == "printer-http-only" { 3 } else { 2 })
        );
    }
    let mut no_password = printer_args(&demo, "setup", &[]);
    no_password.retain(|a| a != "--password-stdin");
    let out = run(&no_password, Options::default()).await;
    assert_eq!(
        (out.diagnosis()["id"].as_str(), out.code),
        (Some("printer-password-missing"), 2)
    );
    assert_eq!(control.state().await["writes"].as_array().unwrap().len(), 0);
    // Nothing listens: unreachable.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let out = run(
        &["printer".into(), "status".into(), closed.to_string()],
        Options::default(),
    )
    .await;
    assert_eq!(
        (out.diagnosis()["id"].as_str(), out.code),
        (Some("printer-unreachable"), 4)
    );
}

/// A copy of the shipped profile without its fax section, as for a model without fax.
fn strip_fax(shipped: &str, dir: &Path) -> String {
    let cut = shipped.find("# Fax > Fax Server").unwrap();
    let path = dir.join("no-fax.toml");
    std::fs::write(&path, &shipped[..cut]).unwrap();
    path.display().to_string()
}

#[tokio::test]
async fn discover_finds_the_demo_printer_over_mdns() {
    let demo = demo(&[]).await;
    let port = demo.printer.port();
    let run = run(
        &[
            "printer".into(),
            "discover".into(),
            "--seconds".into(),
            "3".into(),
        ],
        Options::default(),
    )
    .await;
    assert_ok(&run);
    let ours: Vec<&Value> = run
        .events
        .iter()
        .filter(|e| e["event"] == "printer-found")
        .filter(|e| e["printer"]["port"] == port)
        .collect();
    assert_eq!(ours.len(), 1, "one entry per device: {}", run.stdout);
    let printer = &ours[0]["printer"];
    assert_eq!(printer["make_and_model"], "EPSON WF-C5890 Series");
    let admin = printer["admin_url"].as_str().unwrap();
    assert!(
        admin.starts_with(&format!("https://127.0.0.1:{port}/")),
        "{admin}"
    );
    assert_eq!(run.last()["event"], "discovery-done");
}

/// The printer is always reached directly: with every proxy variable pointing at a listener
/// that records connections, the whole setup succeeds and the listener sees none.
#[tokio::test]
async fn printer_traffic_never_goes_through_a_proxy() {
    let demo = demo(&[]).await;
    guide_tenant(&demo);
    let proxy = RecordingProxy::start().await;
    let password = format!("{}\n", demo.ready().printer_password);
    let env = proxy.env();
    let run = run(
        &printer_args(&demo, "setup", &[]),
        Options {
            stdin: Some(&password),
            env: &env,
            ..Options::default()
        },
    )
    .await;
    let seen = proxy.stop();
    assert_ok(&run);
    assert_eq!(seen, 0, "no connection reached the proxy");
}

/// A printer that ends every session right after the login (another administrator logs in
/// each time) is diagnosed as exactly that, not as a profile that does not fit: the sign-in
/// endpoint's login page after a fresh login is a lost session, not an answer that is not JSON.
#[tokio::test]
async fn a_printer_that_keeps_ending_the_session_says_so() {
    for lang in Lang::ALL {
        let demo = demo(&[Fault::PrinterSessionStorm]).await;
        guide_tenant(&demo);
        let mut control = Control::new(&demo);
        let before = control.state().await;
        let run = run_printer(&demo, "setup", &[], lang).await;
        let d = run.diagnosis();
        assert_eq!(
            (d["id"].as_str(), run.code),
            (Some("printer-session-lost"), 3),
            "{lang:?}\n{}",
            run.stderr
        );
        assert!(!run.stderr.contains("printer-profile"), "{}", run.stderr);
        let fix = d["fix"].as_str().unwrap();
        let other_admin = match lang {
            Lang::En => "another administrator",
            Lang::Hr => "drugi administrator",
        };
        assert!(fix.contains(other_admin), "{fix}");
        let after = control.state().await;
        assert_eq!(settings(&after["email"]), settings(&before["email"]));
        // One new login after each ended session, never a loop of them.
        let logins = after["logins"]["ok"].as_u64().unwrap();
        assert!((2..=8).contains(&logins), "{logins} logins");
    }
}
