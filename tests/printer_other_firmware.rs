//! A firmware that is not the one the shipped profile describes, set up with a profile
//! corrected for it: the simulator's `printer-other-firmware` variant (its own page suffixes,
//! a login token, the form token in a header, a checkbox, nested JSON sign-in answers, a `;`
//! job history) and `tests/fixtures/profiles/other-firmware.toml`.

mod common;

use common::demo;
use common::printer::{Control, assert_ok, guide_tenant, run_printer, settings};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::Fault;
use printer_oauth_sim::directory::ADMIN;
use serde_json::Value;

/// The profile corrected for the other firmware.
const PROFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/profiles/other-firmware.toml"
);

#[tokio::test]
async fn another_firmware_is_set_up_and_its_jobs_read_with_its_own_profile() {
    let demo = demo(&[Fault::PrinterOtherFirmware]).await;
    guide_tenant(&demo);
    let mut control = Control::new(&demo);

    // The shipped profile finds none of its login pages there.
    let shipped = run_printer(&demo, "setup", &[], Lang::En).await;
    assert_eq!(
        shipped.diagnosis()["id"],
        "printer-not-supported",
        "{}",
        shipped.stderr
    );

    let run = run_printer(&demo, "setup", &["--profile", PROFILE], Lang::En).await;
    assert_ok(&run);
    let kinds = run.kinds();
    assert_eq!(
        kinds[kinds.len() - 3..],
        ["signed-in", "verified", "printer-ready"],
        "{kinds:?}"
    );
    assert_eq!(run.last()["account"], ADMIN);
    let state = control.state().await;
    assert_eq!(state["email"]["auth_method"], "OAUTH2");
    assert_eq!(state["email"]["cert_validation"], "ENABLE");
    assert_eq!(state["signed_in"], ADMIN);
    let job = control.scan("helpdesk@contoso.com", false).await;
    assert_eq!(job["result"], "Completed", "{job}");

    // The job history is read from its `;`-delimited CSV.
    let run = run_printer(&demo, "jobs", &["--profile", PROFILE], Lang::En).await;
    assert_ok(&run);
    let jobs: Vec<&Value> = run.events.iter().filter(|e| e["event"] == "job").collect();
    assert_eq!(jobs.len(), 3, "two old scans and this one: {}", run.stdout);
    let id = job["job_id"].to_string();
    assert!(
        jobs.iter()
            .any(|j| j["job"]["id"] == id.as_str() && j["job"]["result"] == "Completed"),
        "{}",
        run.stdout
    );
}

/// The restore writes back an unticked box by leaving its name out of the post: the firmware
/// takes any posted name, even an empty one, as ticked.
#[tokio::test]
async fn the_restore_unticks_a_checkbox_by_leaving_it_out() {
    let demo = demo(&[Fault::PrinterOtherFirmware, Fault::PrinterReadbackMismatch]).await;
    let mut control = Control::new(&demo);
    control
        .json("/sim/settings", Some(&[("cert_validation", "DISABLE")]))
        .await;
    let before = control.state().await;
    assert_eq!(before["email"]["cert_validation"], "DISABLE");

    let run = run_printer(&demo, "setup", &["--profile", PROFILE], Lang::En).await;
    assert_eq!(
        run.diagnosis()["id"],
        "printer-verify-failed",
        "{}",
        run.stderr
    );
    assert!(run.kinds().contains(&"restored"), "{:?}", run.kinds());
    let after = control.state().await;
    assert_eq!(settings(&after["email"]), settings(&before["email"]));
    let writes = after["writes"].as_array().unwrap();
    let ticked: Vec<&Value> = writes
        .iter()
        .map(|w| &w["stored"]["cert_validation"])
        .collect();
    assert_eq!(
        ticked.first().copied(),
        Some(&Value::from("ENABLE")),
        "{writes:?}"
    );
    assert_eq!(
        ticked.last().copied(),
        Some(&Value::from("DISABLE")),
        "{writes:?}"
    );
}

/// The same firmware wanting its form token in a cookie: the profile says so and the setup
/// works; the header profile's token never reaches it, so it refuses every form.
#[tokio::test]
async fn the_form_token_may_travel_in_a_cookie() {
    let demo = demo(&[Fault::PrinterOtherFirmware, Fault::PrinterTokenInCookie]).await;
    guide_tenant(&demo);
    let header = run_printer(&demo, "setup", &["--profile", PROFILE], Lang::En).await;
    assert_ne!(header.code, 0, "{}", header.stderr);
    let mut control = Control::new(&demo);
    assert_ne!(control.state().await["email"]["auth_method"], "OAUTH2");

    let dir = tempfile::tempdir().unwrap();
    let cookie = dir.path().join("cookie-token.toml");
    let text = std::fs::read_to_string(PROFILE)
        .unwrap()
        .replace("token_in = \"header\"", "token_in = \"cookie\"")
        .replace(
            "token_name = \"X-CSRF-Token\"",
            "token_name = \"XSRF-TOKEN\"",
        );
    std::fs::write(&cookie, text).unwrap();
    let run = run_printer(
        &demo,
        "setup",
        &["--profile", cookie.to_str().unwrap()],
        Lang::En,
    )
    .await;
    assert_ok(&run);
    let state = control.state().await;
    assert_eq!(state["email"]["auth_method"], "OAUTH2");
    assert_eq!(state["signed_in"], ADMIN);
}
