//! The refresh token in a real Secret Service (gnome-keyring on the test command's private
//! D-Bus session): stored per cloud + authority + tenant + account, used, and rotated.

mod common;

use common::{Options, preflight_args, run};
use printer_oauth_core::cloud::Cloud;
use printer_oauth_core::secrets::{self, TokenKey};
use printer_oauth_sim::{Fault, Knobs, directory};
use std::time::Duration;

/// The key of the mailbox's token in `tenant`, issued by `authority`.
fn key(authority: &str, tenant: &str) -> TokenKey {
    let authority = url::Url::parse(authority).unwrap();
    TokenKey::new(Cloud::Global, &authority, tenant, directory::MAILBOX)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service: scripts/test starts one and runs it"]
async fn refresh_token_is_stored_used_and_rotated() {
    common::require_secret_service();
    let tenant = "contoso.com";
    let demo = common::demo(&[]).await;
    let authority = demo.ready().authority;
    let key = |tenant| key(&authority, tenant);
    secrets::delete_refresh_token(&key(tenant)).await.unwrap();
    let args = preflight_args(&demo, &["--tenant", tenant]);
    let keychain = || Options {
        keychain: true,
        ..Options::default()
    };

    let first = run(&args, keychain()).await;
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.kinds().contains(&"code"));
    assert!(!first.kinds().contains(&"warning"), "{:?}", first.events);
    let stored = secrets::load_refresh_token(&key(tenant))
        .await
        .unwrap()
        .expect("stored");
    assert!(
        demo.shared
            .dir()
            .refresh_tokens
            .contains_key(stored.expose())
    );

    let second = run(&args, keychain()).await;
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(
        second.kinds(),
        ["signed-in", "mail-sent"],
        "the stored sign-in is used, no code"
    );
    let rotated = secrets::load_refresh_token(&key(tenant))
        .await
        .unwrap()
        .expect("still stored");
    assert_ne!(
        rotated, stored,
        "the rotated refresh token replaced the old one"
    );

    // A revoked grant falls back to a new code and says why.
    demo.shared.set_knobs(Knobs {
        interval: Duration::from_secs(1),
        auto_approve: Some(Duration::ZERO),
        faults: [Fault::RevokedRefresh].into(),
        ..Knobs::default()
    });
    let third = run(&args, keychain()).await;
    assert_eq!(third.code, 0, "{}", third.stderr);
    assert_eq!(third.events[0]["code"], "refresh-failed");
    assert!(
        third.events[0]["message"]
            .as_str()
            .unwrap()
            .contains("AADSTS50173")
    );
    assert!(third.kinds().contains(&"code"));

    // Another tenant is another entry.
    assert!(
        secrets::load_refresh_token(&key("fabrikam.com"))
            .await
            .unwrap()
            .is_none()
    );
    secrets::delete_refresh_token(&key(tenant)).await.unwrap();
    assert!(
        secrets::load_refresh_token(&key(tenant))
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service: scripts/test starts one and runs it"]
async fn printer_password_is_remembered_used_and_forgotten_when_refused() {
    common::require_secret_service();
    let demo = common::demo(&[]).await;
    let ready = demo.ready();
    let jobs = |extra: &[&str]| {
        let mut args: Vec<String> = ["printer", "jobs", &ready.printer, "--trust-fingerprint"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.push(ready.printer_fingerprint.clone());
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let password = format!("{}\n", ready.printer_password);
    let first = run(
        &jobs(&["--password-stdin", "--remember-password"]),
        Options {
            keychain: true,
            stdin: Some(&password),
            ..Options::default()
        },
    )
    .await;
    assert_eq!(first.code, 0, "{}", first.stderr);
    let stored = secrets::load_printer_password(&ready.printer)
        .await
        .unwrap();
    assert_eq!(
        stored.map(|s| s.expose().to_string()),
        Some(ready.printer_password.clone())
    );

    // No password given: the remembered one is used.
    let again = run(
        &jobs(&[]),
        Options {
            keychain: true,
            ..Options::default()
        },
    )
    .await;
    assert_eq!(again.code, 0, "{}", again.stderr);

    // A remembered password the printer refuses is forgotten, never tried again.
    secrets::save_printer_password(&ready.printer, &secrets::Secret::new("old-password"))
        .await
        .unwrap();
    let refused = run(
        &jobs(&[]),
        Options {
            keychain: true,
            ..Options::default()
        },
    )
    .await;
    assert_eq!(
        (refused.code, refused.diagnosis()["id"].as_str()),
        (3, Some("printer-bad-password"))
    );
    assert!(
        secrets::load_printer_password(&ready.printer)
            .await
            .unwrap()
            .is_none()
    );
}

/// A refresh token longer than one Windows Credential Manager entry holds (4 KB here) goes
/// through the same code path: stored in parts that each fit, read back whole, replaced by a
/// short one without leaving parts behind, and deleted with its parts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service: scripts/test starts one and runs it"]
async fn a_4_kb_refresh_token_is_stored_in_parts_that_fit() {
    common::require_secret_service();
    let key = key("https://login.microsoftonline.com", "long-token.example");
    let user = "refresh-token/global/https://login.microsoftonline.com/long-token.example/scanner@contoso.com";
    // What the keychain holds under an entry name, read as the product does: off the async
    // runtime (the Secret Service store blocks).
    let raw = |name: String| async move {
        tokio::task::spawn_blocking(move || {
            keyring_core::Entry::new("printer-oauth", &name)
                .unwrap()
                .get_password()
                .ok()
        })
        .await
        .unwrap()
    };
    let long = printer_oauth_core::secrets::Secret::new("1.AXkA-refresh.".repeat(273));
    assert!(long.expose().len() >= 4_000);
    secrets::save_refresh_token(&key, &long).await.unwrap();
    let loaded = secrets::load_refresh_token(&key).await.unwrap();
    assert!(loaded.as_ref() == Some(&long), "read back whole");
    let main = raw(user.to_string()).await.expect("the main entry");
    let (generation, count) = main
        .strip_prefix("printer-oauth-parts:")
        .and_then(|rest| rest.split_once(':'))
        .expect("the main entry names its parts");
    let count: usize = count.parse().unwrap();
    assert!(count >= 4);
    let part = |n: usize| format!("{user}#{generation}.{n}");
    for n in 1..=count {
        let piece = raw(part(n)).await.expect("each part");
        assert!(piece.encode_utf16().count() * 2 <= 2_560, "part {n} fits");
    }

    let short = printer_oauth_core::secrets::Secret::new("0.short");
    secrets::save_refresh_token(&key, &short).await.unwrap();
    assert!(secrets::load_refresh_token(&key).await.unwrap().as_ref() == Some(&short));
    assert!(raw(part(1)).await.is_none(), "no part left behind");

    secrets::save_refresh_token(&key, &long).await.unwrap();
    let main = raw(user.to_string()).await.expect("stored in parts again");
    let generation = main.split(':').nth(1).unwrap().to_string();
    secrets::delete_refresh_token(&key).await.unwrap();
    assert!(secrets::load_refresh_token(&key).await.unwrap().is_none());
    for name in [user.to_string(), format!("{user}#{generation}.1")] {
        assert!(raw(name.clone()).await.is_none(), "{name} deleted");
    }
}
