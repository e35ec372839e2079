//! Section 2: a stored refresh token goes only where it came from. The keychain key holds the
//! authority's origin and the account that really signed in, so another `--authority` never
//! reads a token stored for Microsoft (or for the demo), and an administrator who approved the
//! mailbox's code is never remembered as the mailbox. Real Secret Service: `#[ignore]`d for a
//! plain `cargo test`, run by scripts/test. (The key's format is unit-tested in
//! `crates/core/src/secrets.rs`.)

use super::common::{self, Options, preflight_args, run};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use printer_oauth_core::cloud::Cloud;
use printer_oauth_core::secrets::{self, TokenKey};
use printer_oauth_sim::directory::{ADMIN, MAILBOX};
use std::sync::{Arc, Mutex};

const TENANT: &str = "contoso.com";

fn key(authority: &str, account: &str) -> TokenKey {
    let authority = url::Url::parse(authority).unwrap();
    TokenKey::new(Cloud::Global, &authority, TENANT, account)
}

fn with_keychain() -> Options<'static> {
    Options {
        keychain: true,
        ..Options::default()
    }
}

/// A sign-in server that is not the one the token came from: it answers every request with a
/// Microsoft error and keeps every request body it was sent.
async fn recorder() -> (String, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let app = Router::new()
        .fallback(
            |State(seen): State<Arc<Mutex<Vec<String>>>>, body: String| async move {
                seen.lock().unwrap().push(body);
                let error = serde_json::json!({
                    "error": "invalid_request",
                    "error_description": "AADSTS900144: The request body must contain the following parameter: 'x'.",
                    "error_codes": [900144],
                });
                (StatusCode::BAD_REQUEST, axum::Json(error))
            },
        )
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{address}"), seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service: scripts/test starts one and runs it"]
async fn a_token_stored_for_one_authority_is_never_sent_to_another() {
    common::require_secret_service();
    let demo = common::demo(&[]).await;
    let authority = demo.ready().authority;
    let first = run(
        &preflight_args(&demo, &["--tenant", TENANT]),
        with_keychain(),
    )
    .await;
    assert_eq!(first.code, 0, "{}", first.stderr);
    let stored = secrets::load_refresh_token(&key(&authority, MAILBOX))
        .await
        .unwrap()
        .expect("the mailbox's sign-in is remembered");

    // The same tenant and account at another authority: the token stays home.
    let (other, seen) = recorder().await;
    let elsewhere = run(
        &preflight_args(&demo, &["--tenant", TENANT, "--authority", &other]),
        with_keychain(),
    )
    .await;
    assert!(
        !elsewhere.stderr.contains("panicked"),
        "{}",
        elsewhere.stderr
    );
    let seen = seen.lock().unwrap().clone();
    assert!(!seen.is_empty(), "the other authority was asked for a code");
    for body in &seen {
        assert!(
            !body.contains(stored.expose()) && !body.contains("refresh_token"),
            "the stored token went to {other}: {body}"
        );
    }
    assert!(
        !elsewhere
            .events
            .iter()
            .any(|e| e["code"] == "refresh-failed"),
        "{:?}",
        elsewhere.events
    );
    assert!(
        secrets::load_refresh_token(&key(&other, MAILBOX))
            .await
            .unwrap()
            .is_none()
    );
    secrets::delete_refresh_token(&key(&authority, MAILBOX))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service: scripts/test starts one and runs it"]
async fn the_token_is_kept_under_the_account_that_signed_in() {
    common::require_secret_service();
    let demo = common::demo(&[]).await;
    let authority = demo.ready().authority;
    // The administrator approves the code the mailbox's pre-flight shows.
    demo.shared.dir().default_approver = Some(ADMIN.to_string());
    let args = preflight_args(&demo, &["--tenant", TENANT]);
    let first = run(&args, with_keychain()).await;
    assert!(first.kinds().contains(&"code"), "{}", first.stderr);
    assert!(
        first
            .events
            .iter()
            .any(|e| e["event"] == "signed-in" && e["account"] == ADMIN),
        "{:?}",
        first.events
    );
    assert!(
        secrets::load_refresh_token(&key(&authority, MAILBOX))
            .await
            .unwrap()
            .is_none(),
        "the administrator's token is not the mailbox's"
    );
    assert!(
        secrets::load_refresh_token(&key(&authority, ADMIN))
            .await
            .unwrap()
            .is_some(),
        "it is kept under the administrator who signed in"
    );

    // The mailbox's next pre-flight asks for a code again: no silent reuse.
    demo.shared.dir().default_approver = None;
    let second = run(&args, with_keychain()).await;
    assert!(second.kinds().contains(&"code"), "{:?}", second.kinds());
    for account in [MAILBOX, ADMIN] {
        secrets::delete_refresh_token(&key(&authority, account))
            .await
            .unwrap();
    }
}

/// A token stored for Microsoft's SMTP is never turned into an access token for a server the
/// admin merely named with `--smtp`: that pre-flight asks for a code and keeps nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service: scripts/test starts one and runs it"]
async fn a_stored_token_never_goes_to_another_smtp_server() {
    common::require_secret_service();
    let demo = common::demo(&[]).await;
    let authority = demo.ready().authority;
    let args = preflight_args(&demo, &["--tenant", TENANT]);
    let first = run(&args, with_keychain()).await;
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        secrets::load_refresh_token(&key(&authority, MAILBOX))
            .await
            .unwrap()
            .is_some(),
        "the first pre-flight keeps its sign-in"
    );
    // The same pre-flight with its test message aimed at another server: a new code.
    let elsewhere = preflight_args(&demo, &["--tenant", TENANT, "--smtp", "smtp.invalid:587"]);
    let second = run(&elsewhere, with_keychain()).await;
    assert!(
        second.kinds().contains(&"code"),
        "no silent reuse: {:?}",
        second.kinds()
    );
    secrets::delete_refresh_token(&key(&authority, MAILBOX))
        .await
        .unwrap();
}
