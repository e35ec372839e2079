//! `printer-oauth preflight` end to end against the simulators: success and every failure, in
//! English and Croatian, with the diagnosis, the exit code and no panic.

mod common;

use common::{Options, demo, demo_with, preflight_args, run};
use printer_oauth_core::cloud::Cloud;
use printer_oauth_core::exchange::{self, AccountPath, Command, Plan};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::{Decision, Demo, Fault, Knobs, Shared, directory};
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preflight_signs_in_and_the_message_arrives_in_both_languages() {
    for lang in Lang::ALL {
        let demo = demo(&[]).await;
        let run = run(
            &preflight_args(&demo, &[]),
            Options {
                lang,
                ..Options::default()
            },
        )
        .await;
        assert_eq!(run.code, 0, "{}", run.stderr);
        let kinds = run.kinds();
        let code_at = kinds
            .iter()
            .position(|k| *k == "code")
            .expect("a code event");
        assert!(kinds[code_at + 1..].contains(&"waiting"));
        assert_eq!(&kinds[kinds.len() - 2..], ["signed-in", "mail-sent"]);
        let code = &run.events[code_at];
        assert_eq!(code["user_code"].as_str().unwrap().len(), 9);
        assert_eq!(code["interval"], 1);
        assert_eq!(
            run.events[kinds.len() - 2]["account"],
            "scanner@contoso.com"
        );
        assert!(
            run.last()["reply"]
                .as_str()
                .unwrap()
                .starts_with("250 2.0.0 OK")
        );
        assert!(!run.stderr.contains("panicked"));

        let mailbox = demo.shared.dir().mailbox.clone();
        assert_eq!(mailbox.len(), 1);
        assert_eq!(mailbox[0].smtp_user, "scanner@contoso.com");
        assert_eq!(mailbox[0].to, ["helpdesk@contoso.com"]);
        assert_eq!(mailbox[0].subject, lang.text("mail-subject"));
        assert!(mailbox[0].body.contains("printer-oauth"));
        // No poll came early: the simulator answers slow_down to any early poll.
        let answers: Vec<String> = demo
            .shared
            .dir()
            .grants
            .values()
            .flat_map(|g| g.answers.clone())
            .collect();
        assert!(!answers.contains(&"slow_down".to_string()), "{answers:?}");
    }
}

/// Runs a pre-flight that must fail, in English and in Croatian, and checks the exit code,
/// the diagnosis and its language each time. Returns the run in `lang`.
async fn fails(knobs: Knobs, extra: &[&str], lang: Lang, exit: i32, id: &str) -> common::Run {
    let mut kept = None;
    for language in Lang::ALL {
        let demo = demo_with(knobs.clone()).await;
        let run = run(
            &preflight_args(&demo, extra),
            Options {
                lang: language,
                ..Options::default()
            },
        )
        .await;
        assert_eq!(
            run.code, exit,
            "{id}: stdout {} stderr {}",
            run.stdout, run.stderr
        );
        let d = run.diagnosis();
        assert_eq!(d["id"], id, "{d}");
        assert_eq!(d["title"], language.text(&format!("diag-{id}-title")));
        assert!(!d["fix"].as_str().unwrap().is_empty());
        assert!(d["step"].is_string());
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert!(
            demo.shared.dir().mailbox.is_empty(),
            "{id}: nothing may be sent"
        );
        if language == lang {
            kept = Some(run);
        }
    }
    kept.expect("lang is one of Lang::ALL")
}

fn knobs(faults: &[Fault]) -> Knobs {
    Knobs {
        interval: Duration::from_secs(1),
        auto_approve: Some(Duration::ZERO),
        faults: faults.iter().copied().collect(),
        ..Knobs::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identity_refusals_are_diagnosed() {
    let cases: &[(Fault, &str, &str)] = &[
        (
            Fault::ConditionalAccess,
            "aadsts-conditional-access",
            "AADSTS53003",
        ),
        (
            Fault::PublicClientOff,
            "aadsts-public-client-off",
            "AADSTS7000218",
        ),
        (Fault::Decline, "aadsts-declined", "authorization_declined"),
    ];
    for (i, (fault, id, code)) in cases.iter().enumerate() {
        let lang = Lang::ALL[i % 2];
        let run = fails(knobs(&[*fault]), &[], lang, 3, id).await;
        let d = run.diagnosis();
        assert_eq!(d["code"], *code);
        if code.starts_with("AADSTS") {
            assert!(d["trace_id"].as_str().is_some_and(|t| t.len() == 36), "{d}");
            assert!(d["correlation_id"].is_string());
            assert!(d["detail"].as_str().unwrap().starts_with(code));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_tenant_and_client_id_are_diagnosed() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--client-id", "11111111-2222-3333-4444-555555555555"],
            "aadsts-app-not-found",
        ),
        (
            &["--tenant", "fabrikam.onmicrosoft.com"],
            "aadsts-tenant-not-found",
        ),
        (&["--tenant", "consumers"], "aadsts-work-app-consumers"),
    ];
    for (extra, id) in cases {
        fails(knobs(&[]), extra, Lang::En, 3, id).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_code_stops_at_expires_in() {
    let expiring = Knobs {
        interval: Duration::from_secs(1),
        expires_in: Duration::from_secs(3),
        ..Knobs::default()
    };
    let started = std::time::Instant::now();
    let run = fails(expiring, &[], Lang::Hr, 3, "aadsts-code-expired").await;
    assert_eq!(run.diagnosis()["code"], "expired_token");
    assert!(started.elapsed() >= Duration::from_secs(3));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "stops at expires_in, not later"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_identity_endpoints_are_network_failures() {
    let cases: &[(&[Fault], &[&str], &str)] = &[
        (&[Fault::ServerError], &[], "net-server-error"),
        (&[Fault::MalformedJson], &[], "net-malformed"),
        (&[Fault::Hang], &["--timeout", "2"], "net-timeout"),
        (
            &[],
            &["--authority", "http://127.0.0.1:9"],
            "net-unreachable",
        ),
    ];
    for (faults, extra, id) in cases {
        let started = std::time::Instant::now();
        fails(knobs(faults), extra, Lang::En, 4, id).await;
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "{id} gave up in time"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_refusals_are_diagnosed() {
    let cases: &[(Fault, i32, &str, &str)] = &[
        (
            Fault::SmtpAuthDisabledTenant,
            3,
            "smtp-auth-disabled-tenant",
            "535 5.7.139",
        ),
        (
            Fault::SmtpAuthDisabledMailbox,
            3,
            "smtp-auth-disabled-mailbox",
            "535 5.7.139",
        ),
        (
            Fault::SecurityDefaults,
            3,
            "smtp-security-defaults",
            "535 5.7.139",
        ),
        (
            Fault::CriteriaNotMet,
            3,
            "smtp-criteria-not-met",
            "535 5.7.139",
        ),
        (Fault::SendAsDenied, 3, "smtp-send-as-denied", "554 5.2.252"),
        (Fault::OldTls, 3, "smtp-old-tls", "421 4.7.66"),
        (Fault::ThreadLimit, 3, "smtp-thread-limit", "432 4.3.2"),
        (
            Fault::BadOutboundSender,
            3,
            "smtp-bad-outbound-sender",
            "550 5.1.8",
        ),
        (
            Fault::UntrustedCertificate,
            4,
            "net-tls-inspected",
            "tls-inspected",
        ),
        (Fault::DropConnection, 4, "smtp-dropped", "smtp-dropped"),
    ];
    for (i, (fault, exit, id, code)) in cases.iter().enumerate() {
        let run = fails(knobs(&[*fault]), &[], Lang::ALL[i % 2], *exit, id).await;
        assert_eq!(run.diagnosis()["code"], *code, "{fault:?}");
        assert!(
            run.kinds().contains(&"signed-in"),
            "SMTP failures come after sign-in"
        );
    }
}

/// Approves every code the identity simulator issues, as `account`, ticking "Consent on behalf
/// of your organization", until the task is aborted.
fn approve_every_code_as(
    shared: Arc<Shared>,
    account: &'static str,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        // Woken by each change of the directory: a new code is one.
        let mut changes = shared.watch();
        loop {
            let pending: Vec<String> = shared
                .dir()
                .grants
                .values()
                .filter(|g| g.state == directory::Grant::Pending)
                .map(|g| g.user_code.clone())
                .collect();
            for code in pending {
                shared
                    .decide(&code, Some(account), true, Decision::Approve)
                    .unwrap();
            }
            if changes.changed().await.is_err() {
                return;
            }
        }
    })
}

/// The account that approved each code, in no particular order.
fn approvers(demo: &Demo) -> Vec<String> {
    let dir = demo.shared.dir();
    let mut accounts: Vec<String> = dir
        .access_tokens
        .values()
        .map(|t| t.account.clone())
        .collect();
    accounts.sort();
    accounts.dedup();
    accounts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_auth_is_per_mailbox_and_send_as_is_a_grant() {
    // The guide's path: the administrator signs in and sends from the scanner mailbox. The demo
    // tenant starts with SMTP AUTH on for the scanner mailbox only, and no Send As.
    let demo = demo_with(Knobs {
        interval: Duration::from_secs(1),
        ..Knobs::default()
    })
    .await;
    let approver = approve_every_code_as(demo.shared.clone(), directory::ADMIN);
    let args = preflight_args(&demo, &[]);
    let preflight = || run(&args, Options::default());

    let refused = preflight().await;
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    let d = refused.diagnosis();
    assert_eq!(d["id"], "smtp-auth-disabled-mailbox");
    assert_eq!(
        d["detail"],
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information."
    );

    // The PowerShell's first half: SMTP AUTH for the administrator. Send As is still missing.
    let smtp_auth = Command::EnableSmtpAuth {
        mailbox: directory::ADMIN.into(),
    };
    demo.shared.dir().run(&smtp_auth);
    let refused = preflight().await;
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert_eq!(refused.diagnosis()["id"], "smtp-send-as-denied");
    assert_eq!(refused.diagnosis()["code"], "550 5.7.60");
    assert!(
        refused.kinds().contains(&"warning"),
        "the account mismatch is warned about"
    );

    // And Send As: now the administrator sends from the scanner mailbox.
    demo.shared.dir().run(&Command::GrantSendAs {
        sender: directory::MAILBOX.into(),
        trustee: directory::ADMIN.into(),
    });
    let sent = preflight().await;
    approver.abort();
    assert_eq!(sent.code, 0, "{}", sent.stderr);
    let mailbox = demo.shared.dir().mailbox.clone();
    assert_eq!(mailbox.len(), 1, "only the last attempt was accepted");
    assert_eq!(
        (mailbox[0].smtp_user.as_str(), mailbox[0].from.as_str()),
        (directory::ADMIN, directory::MAILBOX)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_guide_s_path_needs_the_powershell_for_the_administrator() {
    // The printer's app, approved as the demo's person does it: nobody consented for the
    // organisation yet, so a Global Administrator signs in and consents (the guide).
    let demo = demo(&[Fault::ConsentRequired]).await;
    let printer_app = ["--client-id", directory::EPSON_CLIENT_ID];
    let refused = run(&preflight_args(&demo, &printer_app), Options::default()).await;
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert_eq!(refused.diagnosis()["id"], "smtp-auth-disabled-mailbox");
    assert_eq!(approvers(&demo), [directory::ADMIN]);
    assert!(demo.shared.dir().org_consented(directory::EPSON_CLIENT_ID));

    // The wizard's PowerShell for this plan, run in the demo tenant through its control.
    let plan = Plan::new(
        AccountPath::GlobalAdmin,
        directory::ADMIN,
        directory::MAILBOX,
    );
    let ran: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/sim/powershell", demo.ready().authority))
        .form(&[("signer", &plan.signer), ("sender", &plan.sender)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ran["powershell"], plan.script(Cloud::Global, ""));
    let unknown = reqwest::Client::new()
        .post(format!("{}/sim/powershell", demo.ready().authority))
        .form(&[("signer", "nobody@contoso.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);

    // Once the organisation consented, the demo's person would pick the mailbox: here the
    // administrator signs in again, as the guide has it.
    demo.shared.set_knobs(Knobs {
        auto_approve: None,
        ..knobs(&[Fault::ConsentRequired])
    });
    let approver = approve_every_code_as(demo.shared.clone(), directory::ADMIN);
    let sent = run(&preflight_args(&demo, &printer_app), Options::default()).await;
    approver.abort();
    assert_eq!(sent.code, 0, "{}", sent.stderr);
    let message = demo.shared.dir().mailbox[0].clone();
    assert_eq!(
        (message.smtp_user.as_str(), message.from.as_str()),
        (directory::ADMIN, directory::MAILBOX)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn least_privilege_admin_consent_then_the_mailbox_signs_in_and_sends_as_itself() {
    // Users may not consent in this tenant, and a mailbox cannot consent for the organisation:
    // ticking the box as the scanner mailbox is not enough.
    let strict = demo_with(Knobs {
        auto_approve: None,
        ..knobs(&[Fault::ConsentRequired])
    })
    .await;
    let printer_app = ["--client-id", directory::EPSON_CLIENT_ID];
    let approver = approve_every_code_as(strict.shared.clone(), directory::MAILBOX);
    let refused = run(&preflight_args(&strict, &printer_app), Options::default()).await;
    approver.abort();
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert_eq!(refused.diagnosis()["code"], "AADSTS65001");
    assert!(
        !strict
            .shared
            .dir()
            .org_consented(directory::EPSON_CLIENT_ID)
    );

    // The least-privilege path: first the admin consent, on the page the wizard opens...
    let demo = demo(&[Fault::ConsentRequired]).await;
    let authority = url::Url::parse(&demo.ready().authority).unwrap();
    let consent = exchange::admin_consent_url(
        &authority,
        directory::TENANT_DOMAIN,
        directory::EPSON_CLIENT_ID,
    )
    .unwrap();
    let granted = reqwest::Client::new()
        .post(consent.as_str())
        .form(&[
            ("client_id", directory::EPSON_CLIENT_ID),
            ("account", directory::ADMIN),
            ("decision", "accept"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(granted.status(), 200);
    // ...then the scanner mailbox signs in (the demo's person picks it once the organisation
    // consented), with no consent prompt and no admin rights, and sends as itself. No
    // PowerShell was needed: SMTP AUTH is on for the scanner mailbox.
    let sent = run(&preflight_args(&demo, &printer_app), Options::default()).await;
    assert_eq!(sent.code, 0, "{}", sent.stderr);
    assert_eq!(approvers(&demo), [directory::MAILBOX]);
    let dir = demo.shared.dir();
    assert!(
        dir.grants
            .values()
            .all(|g| g.answers.iter().all(|a| a != "invalid_grant")),
        "no consent refusal"
    );
    let message = &dir.mailbox[0];
    assert_eq!(
        (message.smtp_user.as_str(), message.from.as_str()),
        (directory::MAILBOX, directory::MAILBOX)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_server_unreachable_is_a_network_failure() {
    let run = fails(
        knobs(&[]),
        &["--smtp", "127.0.0.1:9"],
        Lang::En,
        4,
        "net-unreachable",
    )
    .await;
    assert!(run.kinds().contains(&"signed-in"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_before_anything_is_sent() {
    let cases: &[(&[&str], i32, &str)] = &[
        (&["--to", "not-an-address"], 2, "input-invalid-address"),
        (&["--account", "scanner@"], 2, "input-invalid-address"),
        (
            &["--authority", "http://login.example.org"],
            2,
            "input-invalid-authority",
        ),
        (
            &["--tenant", "no spaces allowed"],
            2,
            "input-invalid-tenant",
        ),
        (&["--smtp", "smtp.office365.com"], 2, "input-invalid-smtp"),
        (&["--ca-file", "/nonexistent/ca.pem"], 5, "local-ca-file"),
    ];
    for (extra, exit, id) in cases {
        fails(knobs(&[]), extra, Lang::En, *exit, id).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_keychain_the_preflight_completes_and_warns() {
    let demo = demo(&[]).await;
    let run = run(&preflight_args(&demo, &[]), Options::default()).await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warnings: Vec<_> = run
        .events
        .iter()
        .filter(|e| e["event"] == "warning")
        .collect();
    assert_eq!(warnings.len(), 1, "warned once: {warnings:?}");
    assert_eq!(warnings[0]["code"], "keychain-unavailable");
    assert!(
        common::files_under(run.home.path()).is_empty(),
        "nothing saved anywhere else"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_not_given_on_the_sign_in_page_is_diagnosed() {
    // A person uses the real sign-in page and does not tick "Consent on behalf of your organization".
    let demo = demo_with(Knobs {
        auto_approve: None,
        ..knobs(&[Fault::ConsentRequired])
    })
    .await;
    let base = demo.ready().authority;
    let shared = demo.shared.clone();
    let person = tokio::spawn(async move {
        let code = common::first_user_code(&shared).await;
        let http = reqwest::Client::new();
        let form = http
            .get(format!("{base}/devicelogin"))
            .header("accept-language", "hr-HR,hr;q=0.9")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(form.contains(&Lang::Hr.text("sim-page-enter-code")));
        let accounts = http
            .post(format!("{base}/devicelogin"))
            .form(&[("otc", code.as_str())])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            accounts.contains("Consent on behalf of your organization"),
            "{accounts}"
        );
        let done = http
            .post(format!("{base}/devicelogin/consent"))
            .form(&[
                ("user_code", code.as_str()),
                ("account", "scanner@contoso.com"),
                ("decision", "accept"),
            ])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(done.contains(&Lang::En.text("sim-page-approved")));
    });
    let run = run(&preflight_args(&demo, &[]), Options::default()).await;
    person.await.unwrap();
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert_eq!(run.diagnosis()["id"], "aadsts-consent-missing");
    assert_eq!(run.diagnosis()["code"], "AADSTS65001");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_consent_given_beforehand_lets_the_mailbox_sign_in() {
    // Users may not consent in this tenant. A Global Administrator opens the admin-consent
    // address the wizard makes, once, for the organisation; then no tick is needed.
    let demo = demo_with(Knobs {
        auto_approve: None,
        ..knobs(&[Fault::ConsentRequired])
    })
    .await;
    let ready = demo.ready();
    let authority = url::Url::parse(&ready.authority).unwrap();
    let consent = |tenant: &str, app: &str| {
        printer_oauth_core::exchange::admin_consent_url(&authority, tenant, app)
            .unwrap()
            .to_string()
    };
    let http = reqwest::Client::new();
    let unknown = http
        .get(consent(
            directory::TENANT_DOMAIN,
            "00000000-0000-0000-0000-000000000001",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);
    assert!(unknown.text().await.unwrap().contains("AADSTS700016"));
    let url = consent(directory::TENANT_DOMAIN, directory::APP_CLIENT_ID);
    let page = http
        .get(&url)
        .header("accept-language", "hr-HR,hr;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&Lang::Hr.text("sim-consent-heading")),
        "{page}"
    );
    assert!(page.contains("Printer OAuth pre-flight"), "{page}");
    let answer = |account: &'static str, decision: &'static str| {
        http.post(&url)
            .form(&[
                ("client_id", directory::APP_CLIENT_ID),
                ("account", account),
                ("decision", decision),
            ])
            .send()
    };
    let refused = answer(directory::MAILBOX, "accept").await.unwrap();
    assert_eq!(refused.status(), 400);
    assert!(refused.text().await.unwrap().contains("AADSTS90094"));
    let declined = answer(directory::ADMIN, "decline").await.unwrap();
    assert!(declined.text().await.unwrap().contains("AADSTS65004"));
    assert!(!demo.shared.dir().org_consented(directory::APP_CLIENT_ID));
    let granted = answer(directory::ADMIN, "accept").await.unwrap();
    assert_eq!(granted.status(), 200);
    let text = Lang::En.text_with(
        "sim-consent-granted",
        &[("org", directory::TENANT_NAME.into())],
    );
    assert!(granted.text().await.unwrap().contains(&text));
    assert!(demo.shared.dir().org_consented(directory::APP_CLIENT_ID));

    // The mailbox signs in on the real page without the organisation's tick, and sends.
    let base = ready.authority.clone();
    let shared = demo.shared.clone();
    let person = tokio::spawn(async move {
        let code = common::first_user_code(&shared).await;
        let http = reqwest::Client::new();
        http.post(format!("{base}/devicelogin/consent"))
            .form(&[
                ("user_code", code.as_str()),
                ("account", directory::MAILBOX),
                ("decision", "accept"),
            ])
            .send()
            .await
            .unwrap();
    });
    let run = run(&preflight_args(&demo, &[]), Options::default()).await;
    person.await.unwrap();
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interrupting_the_wait_cancels_cleanly() {
    let demo = demo_with(Knobs {
        interval: Duration::from_secs(1),
        ..Knobs::default()
    })
    .await;
    use tokio::io::AsyncBufReadExt;
    let home = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_printer-oauth"))
        .args(preflight_args(&demo, &["--json"]))
        .env("HOME", home.path())
        .env(printer_oauth_core::paths::HOME_VAR, home.path())
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    // Interrupted while it waits for the code to be entered: once the code is shown.
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = Vec::new();
    let shown = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            let code = line.contains("\"event\":\"code\"");
            seen.push(line);
            if code {
                return;
            }
        }
        panic!("the run ended before showing a code")
    });
    shown.await.expect("a code is shown within 30 s");
    let pid = child.id().unwrap().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
    let rest = async {
        while let Some(line) = lines.next_line().await.unwrap() {
            seen.push(line);
        }
        child.wait().await.unwrap()
    };
    let status = tokio::time::timeout(Duration::from_secs(10), rest)
        .await
        .unwrap();
    assert_eq!(status.code(), Some(5));
    let last = seen.last().unwrap().clone();
    assert!(last.contains("\"id\":\"local-cancelled\""), "{last}");
}
