//! `explain` and `demo` as a help desk uses them.

mod common;

use common::{Options, run};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::wizard::Page;
use printer_oauth_sim::Fault;
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

/// A pasted line may start with `-` (a POP/IMAP `-ERR`, a list item): it is the text to
/// explain, not an option, with or without `--` before it.
#[tokio::test]
async fn a_pasted_line_that_starts_with_a_dash_is_explained() {
    let line = "-ERR 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.";
    let run = run(&args(&["explain", line]), Options::default()).await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.events[0]["diagnosis"]["id"],
        "smtp-auth-disabled-tenant"
    );
    // After `--` everything is the line, so the options come first.
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
        .args(["--json", "--lang", "en", "explain", "--", line])
        .output()
        .await
        .unwrap();
    let event: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(event["diagnosis"]["id"], "smtp-auth-disabled-tenant");
}

/// The fixes follow least privilege: SMTP AUTH for the printer's mailbox before the whole
/// organisation, and OAuth 2.0 before switching security defaults off (with its cost said).
#[tokio::test]
async fn fixes_ask_for_the_least_privilege_first() {
    for lang in Lang::ALL {
        let fix = |line: &str| {
            let line = line.to_string();
            async move {
                let run = run(
                    &args(&["explain", &line]),
                    Options {
                        lang,
                        ..Options::default()
                    },
                )
                .await;
                run.events[0]["diagnosis"]["fix"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            }
        };
        let tenant = fix("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.").await;
        let mailbox = tenant.find("Set-CASMailbox").expect("the mailbox first");
        let organisation = tenant.find("Set-TransportConfig").expect("the fallback");
        assert!(mailbox < organisation, "{lang:?}: {tenant}");
        let defaults = fix("535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.").await;
        let oauth = defaults.find("OAuth").expect("OAuth 2.0 first");
        let off = defaults
            .find("Conditional Access")
            .or_else(|| defaults.find("uvjetnog pristupa"));
        assert!(off.is_some_and(|off| oauth < off), "{lang:?}: {defaults}");
    }
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

/// A log line as the tracing formatter writes it: it starts with a timestamp.
fn log_lines(stderr: &str) -> Vec<&str> {
    let stamp = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}").unwrap();
    stderr.lines().filter(|l| stamp.is_match(l)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_lines_only_when_asked_and_the_keychain_warning_once() {
    let demo = common::demo(&[]).await;
    // No keychain (the run has no D-Bus session): reading and saving the sign-in both fail.
    let quiet = run(&common::preflight_args(&demo, &[]), Options::default()).await;
    assert_eq!(quiet.code, 0, "{}", quiet.stderr);
    assert_eq!(
        log_lines(&quiet.stderr),
        Vec::<&str>::new(),
        "{}",
        quiet.stderr
    );
    // The warning's text before and after the reason.
    let warning = Lang::En.text_with("warning-keychain-unavailable", &[("error", "\n".into())]);
    let (before, after) = warning.split_once('\n').unwrap();
    let said: Vec<&str> = quiet
        .stderr
        .lines()
        .filter(|l| l.starts_with(before))
        .collect();
    assert_eq!(
        said.len(),
        1,
        "the keychain warning once:\n{}",
        quiet.stderr
    );
    assert!(said[0].ends_with(after), "{}", said[0]);
    assert!(said[0].contains("D-Bus"), "with the reason: {}", said[0]);

    for flags in [&["-v"][..], &["--verbose"], &["-vv"]] {
        let verbose = run(&common::preflight_args(&demo, flags), Options::default()).await;
        assert_eq!(verbose.code, 0, "{}", verbose.stderr);
        let logs = log_lines(&verbose.stderr);
        assert!(
            logs.iter().any(|l| l.contains("keychain")),
            "{flags:?}: {}",
            verbose.stderr
        );
        let warned = verbose
            .stderr
            .lines()
            .filter(|l| l.starts_with(before))
            .count();
        assert_eq!(warned, 1, "{flags:?}: {}", verbose.stderr);
    }

    let env = run(
        &common::preflight_args(&demo, &[]),
        Options {
            env: &[("RUST_LOG", "printer_oauth=debug")],
            ..Options::default()
        },
    )
    .await;
    assert!(!log_lines(&env.stderr).is_empty(), "{}", env.stderr);
}

/// `explain CODE` as text for people, in `lang`.
async fn explained(code: &str, lang: Lang) -> String {
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
        .args(["explain", "--lang", lang.tag(), code])
        .env_remove("RUST_LOG")
        .output()
        .await
        .unwrap();
    String::from_utf8_lossy(&output.stdout).to_string()
}

#[tokio::test]
async fn a_fix_names_the_wizard_page_and_the_command() {
    let cases = [
        (
            "361",
            Page::SignIn,
            "printer-oauth printer setup <HOST> --sender <SENDER>",
        ),
        (
            "AADSTS7000218",
            Page::ExchangeOnline,
            "printer-oauth preflight --tenant <TENANT> --client-id <CLIENT_ID> --account <ACCOUNT> --to <TO>",
        ),
        (
            "360",
            Page::EmailServer,
            "printer-oauth printer setup <HOST> --sender <SENDER> --service <SERVICE> --cloud <CLOUD>",
        ),
    ];
    for lang in Lang::ALL {
        for (code, step, command) in cases {
            let text = explained(code, lang).await;
            let page = lang.text_with("fix-page", &[("page", step.name(lang))]);
            let fix = lang.text_with("fix-command", &[("command", command.to_string())]);
            assert!(text.lines().any(|l| l == page), "{page:?} in\n{text}");
            assert!(text.lines().any(|l| l == fix), "{fix:?} in\n{text}");
        }
    }
    assert!(
        explained("361", Lang::En)
            .await
            .contains("wizard on the page \"Sign in\"")
    );
    assert!(
        explained("361", Lang::Hr)
            .await
            .contains("na stranici „Prijava”")
    );
}

#[tokio::test]
async fn a_printer_out_of_reach_points_to_printer_status() {
    for lang in Lang::ALL {
        // Nothing listens on port 1 of the loopback address: the connection is refused.
        let run = run(
            &args(&["printer", "status", "127.0.0.1:1", "--timeout", "5"]),
            Options {
                lang,
                ..Options::default()
            },
        )
        .await;
        assert_eq!(run.diagnosis()["step"], "printer", "{}", run.stderr);
        let page = lang.text_with("fix-page", &[("page", Page::Printer.name(lang))]);
        let fix = lang.text_with(
            "fix-command",
            &[("command", "printer-oauth printer status <HOST>".to_string())],
        );
        assert!(run.stderr.lines().any(|l| l == page), "{}", run.stderr);
        assert!(run.stderr.lines().any(|l| l == fix), "{}", run.stderr);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_server_that_does_not_answer_is_said_and_tried_again() {
    let demo = common::demo(&[Fault::FlakyPolls]).await;
    let run = run(&common::preflight_args(&demo, &[]), Options::default()).await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let retries: Vec<_> = run
        .events
        .iter()
        .filter(|e| e["event"] == "retrying")
        .collect();
    assert_eq!(retries.len(), 2, "{:?}", run.events);
    for retry in retries {
        let line = Lang::En.text_with(
            "signin-retrying",
            &[
                ("error", retry["error"].as_str().unwrap().to_string()),
                ("seconds", retry["retry_in"].to_string()),
            ],
        );
        assert!(line.contains("503"), "{line}");
        assert!(
            run.stderr.lines().any(|l| l == line),
            "{line:?} in\n{}",
            run.stderr
        );
    }
    assert_eq!(log_lines(&run.stderr), Vec::<&str>::new());
}

/// Runs the binary for its text (no `--json`) with `locale` as the system language (`LANGUAGE`
/// and `LC_MESSAGES` cleared, so `LC_ALL` and `LANG` decide).
async fn run_text(args: &[&str], locale: &str) -> std::process::Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .output()
        .await
        .unwrap()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

#[tokio::test]
async fn help_speaks_the_chosen_or_the_system_language() {
    let asked = run_text(&["--lang", "hr", "--help"], "en_US.UTF-8").await;
    assert_eq!(asked.status.code(), Some(0));
    let hr = stdout(&asked);
    assert!(
        hr.contains("Upotreba: printer-oauth") && hr.contains("\nOpcije:\n"),
        "{hr}"
    );
    assert!(hr.contains("\nNaredbe:\n") && hr.contains("Pronađi, pregledaj i postavi pisače"));
    assert!(
        hr.contains("Jezik poruka (zadano: jezik sustava, inače engleski)"),
        "{hr}"
    );
    assert!(
        hr.contains("Ispiši pomoć") && hr.contains("Ispiši verziju"),
        "{hr}"
    );
    assert!(
        !hr.contains("Options:") && !hr.contains("Language of messages"),
        "{hr}"
    );
    // Without --lang the system's language decides.
    let system = run_text(&["--help"], "hr_HR.UTF-8").await;
    assert_eq!(stdout(&system), hr);
    // --lang wins over it, written with `=` and after the command too.
    for args in [
        &["printer", "setup", "--help", "--lang=en"][..],
        &["printer", "setup", "--lang", "en", "--help"],
    ] {
        let en = stdout(&run_text(args, "hr_HR.UTF-8").await);
        assert!(
            en.contains("\nArguments:\n") && en.contains("\nOptions:\n"),
            "{en}"
        );
        assert!(
            en.contains("The Sender's Email Address the printer sends from"),
            "{en}"
        );
        assert!(en.contains("[default: exchange-online]"), "{en}");
    }
    let en = stdout(&run_text(&["printer", "setup", "--help"], "en_US.UTF-8").await);
    assert!(
        en.contains("The printer's address: IPv4, IPv6 or host name"),
        "{en}"
    );
    let hr = stdout(&run_text(&["printer", "setup", "-h"], "hr_HR.UTF-8").await);
    assert!(
        hr.contains("\nArgumenti:\n") && hr.contains("[zadano: exchange-online]"),
        "{hr}"
    );
    // The `help` command shows the same help.
    let help = stdout(&run_text(&["--lang", "hr", "help", "printer", "setup"], "C").await);
    assert!(
        help.contains("Adresa pisača: IPv4, IPv6 ili naziv hosta"),
        "{help}"
    );
}

#[tokio::test]
async fn version_names_the_commit_in_every_language() {
    for lang in ["en", "hr"] {
        let output = run_text(&["--version", "--lang", lang], "C").await;
        assert_eq!(output.status.code(), Some(0));
        let version = stdout(&output);
        assert_eq!(
            version.trim_end(),
            format!("printer-oauth {} ({})", env!("CARGO_PKG_VERSION"), commit()),
        );
    }
}

/// The commit the binary was built from, as build.rs finds it: this checkout's, when git
/// and the checkout are there.
fn commit() -> String {
    std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}

#[tokio::test]
async fn package_files_hold_man_pages_and_completions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let output = run_text(&["generate-package-files", path], "C").await;
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |file: &str| {
        std::fs::read_to_string(dir.path().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    };
    let man = read("man/printer-oauth.1");
    assert!(
        man.contains(".TH printer-oauth 1") && man.contains(".SH OPTIONS"),
        "{man}"
    );
    assert!(man.contains("printer\\-oauth\\-preflight(1)"), "{man}");
    let setup = read("man/printer-oauth-printer-setup.1");
    assert!(
        setup.contains("Email Address the printer sends from"),
        "{setup}"
    );
    let hr = read("man/hr/printer-oauth.1");
    assert!(
        hr.contains(".TH printer-oauth 1") && hr.contains(".SH OPCIJE"),
        "{hr}"
    );
    assert!(hr.contains("Prebacuje uredske pisače i skenere"), "{hr}");
    let english = ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SUBCOMMANDS"];
    for heading in hr.lines().filter_map(|l| l.strip_prefix(".SH ")) {
        assert!(!english.contains(&heading), "English heading {heading}");
    }
    let hr_setup = read("man/hr/printer-oauth-printer-setup.1");
    assert!(hr_setup.contains("Adresa pisača"), "{hr_setup}");
    let bash = read("completions/printer-oauth.bash");
    assert!(bash.contains("printer") && bash.contains("--trust-fingerprint"));
    assert!(read("completions/_printer-oauth").starts_with("#compdef printer-oauth"));
    assert!(read("completions/printer-oauth.fish").contains("complete -c printer-oauth"));
    assert!(read("completions/_printer-oauth.ps1").contains("Register-ArgumentCompleter"));
    // The packaging command is for packages, not in the help, the man page or the completions.
    let help = stdout(&run_text(&["--help"], "C").await);
    for text in [help, man, bash, read("completions/printer-oauth.fish")] {
        assert!(!text.contains("generate-package-files"));
    }
    // A folder that cannot be made is said, with exit code 5.
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let failed = run_text(&["generate-package-files", file.to_str().unwrap()], "C").await;
    assert_eq!(failed.status.code(), Some(5));
    let said = String::from_utf8_lossy(&failed.stderr);
    assert!(said.contains("could not be written"), "{said}");
}

#[tokio::test]
async fn parse_errors_speak_the_chosen_language() {
    let hr = run_text(
        &["--lang", "hr", "printer", "discover", "--seconds", "400"],
        "C",
    )
    .await;
    assert_eq!(hr.status.code(), Some(2));
    let text = String::from_utf8_lossy(&hr.stderr);
    assert!(
        text.starts_with("pogreška: neispravna vrijednost „400” za --seconds")
            && text.contains("Dopušteno: 1..=120.")
            && text.contains("Za više informacija pokušajte „--help”."),
        "{text}"
    );
    let hr = run_text(&["printer", "setup", "--bogus"], "hr_HR.UTF-8").await;
    assert_eq!(hr.status.code(), Some(2));
    let text = String::from_utf8_lossy(&hr.stderr);
    assert!(
        text.starts_with("pogreška: neočekivani argument „--bogus”"),
        "{text}"
    );
    assert!(
        text.contains("Upotreba: printer-oauth printer setup"),
        "{text}"
    );
    assert!(
        !text.contains("error:") && !text.contains("Usage:"),
        "{text}"
    );
    let en = run_text(&["printer", "setup"], "C").await;
    assert_eq!(en.status.code(), Some(2));
    let text = String::from_utf8_lossy(&en.stderr);
    assert!(
        text.starts_with("error: missing: --sender <SENDER>, <HOST>"),
        "{text}"
    );
}

/// `printer-oauth explain … | head -1`: a reader that goes away early is no failure.
#[tokio::test]
async fn a_reader_that_goes_away_is_no_failure() {
    for args in [
        vec!["explain", "361"],
        vec!["--lang", "hr", "explain", "5.7.139"],
    ] {
        let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before the program writes a line.
        drop(child.stdout.take());
        let output = child.wait_with_output().await.unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
