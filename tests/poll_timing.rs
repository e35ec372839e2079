//! RFC 8628 poll timing, measured by the identity simulator: no poll before `interval`,
//! `slow_down` adds 5 s to this and every later wait, network errors back off.

mod common;

use printer_oauth_core::cloud::{Cloud, Endpoints, Service};
use printer_oauth_core::signin::{Event, SignIn};
use printer_oauth_sim::{Demo, Fault};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

fn signin(demo: &Demo) -> SignIn {
    let ready = demo.ready();
    let authority = url::Url::parse(&ready.authority).unwrap();
    let scopes = Endpoints::of(Service::ExchangeOnline, Cloud::Global).scopes();
    SignIn::new(
        &authority,
        ready.tenant,
        ready.client_id,
        scopes,
        Duration::from_secs(5),
    )
    .unwrap()
}

/// Runs one sign-in; returns the gaps between code issue and each poll, the simulator's
/// answers and the client's waiting events.
async fn measure(faults: &[Fault]) -> (Vec<Duration>, Vec<String>, Vec<u64>) {
    let demo = common::demo(faults).await;
    let signin = signin(&demo);
    let code = signin.request_code().await.unwrap();
    let mut waits = Vec::new();
    let mut on_event = |e: Event| {
        if let Event::Waiting { next_poll_in, .. } = e {
            waits.push(next_poll_in);
        }
    };
    let tokens = signin
        .poll(&code, &CancellationToken::new(), &mut on_event)
        .await
        .unwrap();
    assert_eq!(tokens.account.as_deref(), Some("scanner@contoso.com"));
    let dir = demo.shared.dir();
    let grant = dir.grants.values().next().unwrap();
    let mut previous = grant.issued;
    let gaps = grant
        .polls
        .iter()
        .map(|t| {
            let gap = *t - previous;
            previous = *t;
            gap
        })
        .collect();
    (gaps, grant.answers.clone(), waits)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_poll_comes_before_the_interval() {
    let (gaps, answers, waits) = measure(&[]).await;
    assert_eq!(answers, ["tokens"]);
    assert!(
        gaps[0] >= Duration::from_secs(1),
        "first poll after {:?}",
        gaps[0]
    );
    assert_eq!(waits, [1]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_down_adds_five_seconds() {
    let (gaps, answers, waits) = measure(&[Fault::SlowDownStorm]).await;
    assert_eq!(answers, ["slow_down", "tokens"]);
    assert!(gaps[0] >= Duration::from_secs(1));
    assert!(
        gaps[1] >= Duration::from_secs(6),
        "after slow_down the wait is 1 + 5 s, was {:?}",
        gaps[1]
    );
    assert!(gaps[1] < Duration::from_secs(8));
    assert_eq!(waits, [1, 6]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_back_off_and_the_sign_in_still_completes() {
    let (gaps, answers, waits) = measure(&[Fault::FlakyPolls]).await;
    assert_eq!(answers, ["503", "503", "tokens"]);
    assert_eq!(waits, [1, 2, 3]);
    assert!(
        gaps[1] >= Duration::from_secs(2) && gaps[2] >= Duration::from_secs(3),
        "{gaps:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_ends_the_wait_at_once() {
    let demo = common::demo_with(printer_oauth_sim::Knobs::default()).await;
    let signin = signin(&demo);
    let code = signin.request_code().await.unwrap();
    assert_eq!(code.interval, Duration::from_secs(5));
    let cancel = CancellationToken::new();
    let trigger = cancel.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        trigger.cancel();
    });
    let started = Instant::now();
    let result = signin.poll(&code, &cancel, &mut |_| {}).await;
    assert!(matches!(
        result,
        Err(printer_oauth_core::signin::SignInError::Cancelled)
    ));
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        demo.shared
            .dir()
            .grants
            .values()
            .all(|g| g.polls.is_empty()),
        "no poll before the interval"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refresh_tokens_rotate() {
    let demo = common::demo(&[]).await;
    let signin = signin(&demo);
    let code = signin.request_code().await.unwrap();
    let first = signin
        .poll(&code, &CancellationToken::new(), &mut |_| {})
        .await
        .unwrap();
    let refreshed = signin
        .refresh(first.refresh_token.as_ref().unwrap())
        .await
        .unwrap();
    assert_ne!(
        refreshed.refresh_token, first.refresh_token,
        "a new refresh token each time"
    );
    assert_ne!(refreshed.access_token, first.access_token);
    assert_eq!(refreshed.account.as_deref(), Some("scanner@contoso.com"));
    let bogus = printer_oauth_core::secrets::Secret::new("1.AQcA-not-issued");
    let err = signin.refresh(&bogus).await.unwrap_err();
    assert_eq!(
        err.diagnose(printer_oauth_core::i18n::Lang::En).code,
        "AADSTS9002313"
    );
}
