//! Firmware and networks as real sites have them: pages in Latin-1 or Shift_JIS, fields of
//! the form the product does not own, a firmware that resets one, form posts answered with
//! redirects, and a printer on the default HTTPS port (443) reached with a proxy configured.
//!
//! The port-443 test re-runs this test binary in a network namespace of its own (`unshare`),
//! where it may listen on 443 and nothing else does.

mod common;

use common::SKIP_NETNS as SKIP;
use common::printer::{
    Control, RecordingProxy, assert_ok, guide_tenant, printer_args, run_printer, settings,
};
use common::{Options, demo, run};
use printer_oauth_core::i18n::Lang;
use printer_oauth_sim::{Demo, Fault, Knobs};
use serde_json::Value;
use std::process::Command;
use std::time::Duration;

/// Selects the role of a re-executed test binary.
const ROLE: &str = "PRINTER_OAUTH_FIRMWARE_ROLE";
/// What the re-executed test prints when its setup on port 443 passed.
const PASSED: &str = "DEFAULT-PORT-SETUP-PASSED";

const LATIN1_LOCATION: &str = "Büro 3.OG & Empfang";
const SHIFT_JIS_LOCATION: &str = "本社 3階 受付 (ＦＡＸ横)";

/// Every write the printer accepted sent the location back exactly, and it still holds it.
fn assert_location_kept(state: &Value, location: &str) {
    assert_eq!(state["location"], location, "the printer's own field");
    let writes = state["writes"].as_array().expect("writes");
    assert!(!writes.is_empty(), "the setup wrote: {state}");
    for write in writes {
        assert_eq!(write["fields"]["INPUTT_LOCATION"], location, "{write}");
    }
}

#[tokio::test]
async fn a_latin1_or_shift_jis_printer_keeps_the_fields_the_product_does_not_own() {
    for (fault, location) in [
        (Fault::PrinterLatin1, LATIN1_LOCATION),
        (Fault::PrinterShiftJis, SHIFT_JIS_LOCATION),
    ] {
        let demo = demo(&[fault]).await;
        guide_tenant(&demo);
        let run = run_printer(&demo, "setup", &[], Lang::En).await;
        assert_ok(&run);
        let state = Control::new(&demo).state().await;
        assert_eq!(state["signed_in"], printer_oauth_sim::directory::ADMIN);
        assert_eq!(state["email"]["auth_method"], "OAUTH2", "{fault:?}");
        assert_location_kept(&state, location);
    }
}

/// A firmware that empties a field it was sent unchanged: the read-back sees it, the
/// previous settings (that field included) are written back, and the admin is told which.
#[tokio::test]
async fn a_printer_that_changes_a_field_it_was_not_asked_to_is_restored() {
    for lang in Lang::ALL {
        let demo = demo(&[Fault::PrinterResetsLocation]).await;
        guide_tenant(&demo);
        let mut control = Control::new(&demo);
        let before = control.state().await;
        let run = run_printer(&demo, "setup", &[], lang).await;
        let d = run.diagnosis();
        assert_eq!(
            (d["id"].as_str(), run.code),
            (Some("printer-others-changed"), 3),
            "{lang:?}\n{}",
            run.stderr
        );
        assert_eq!(d["detail"], "INPUTT_LOCATION");
        assert!(run.kinds().contains(&"restored"), "{:?}", run.kinds());
        let after = control.state().await;
        assert_eq!(after["location"], LATIN1_LOCATION);
        assert_eq!(settings(&after["email"]), settings(&before["email"]));
    }
}

/// Inside its own network namespace: the printer on 127.0.0.1:443 with Latin-1 pages and
/// redirects after every form post, set up by address alone, with every proxy variable
/// pointing at a recording listener.
async fn set_up_on_the_default_port() {
    let demo = Demo::start(Knobs {
        interval: Duration::from_secs(1),
        auto_approve: Some(Duration::ZERO),
        faults: [Fault::PrinterLatin1, Fault::PrinterRedirects].into(),
        printer_port: 443,
        ..Knobs::default()
    })
    .await
    .expect("the simulators start on port 443");
    assert_eq!(demo.ready().printer, "127.0.0.1:443");
    guide_tenant(&demo);
    let proxy = RecordingProxy::start().await;
    let env = proxy.env();
    let mut args = printer_args(&demo, "setup", &[]);
    // The address as an admin types it: no port.
    args[2] = "127.0.0.1".into();
    let password = format!("{}\n", demo.ready().printer_password);
    let run = run(
        &args,
        Options {
            stdin: Some(&password),
            env: &env,
            ..Options::default()
        },
    )
    .await;
    let seen = proxy.stop();
    assert_ok(&run);
    assert_eq!(seen, 0, "nothing went to the proxy");
    let state = Control::new(&demo).state().await;
    assert_eq!(state["email"]["auth_method"], "OAUTH2");
    // One login, every redirect followed: no detour through a lost session or a restart.
    assert_eq!(state["logins"]["ok"], 1, "{state}");
    assert_eq!(state["restarts"], 0, "{state}");
    assert_location_kept(&state, LATIN1_LOCATION);
    println!("{PASSED}");
}

#[test]
fn setup_runs_against_a_printer_on_port_443_that_redirects_through_a_configured_proxy() {
    if std::env::var(ROLE).as_deref() == Ok("inside") {
        let lo = Command::new("ip")
            .args(["link", "set", "lo", "up"])
            .status();
        assert!(
            lo.is_ok_and(|s| s.success()),
            "the namespace's loopback comes up"
        );
        tokio::runtime::Runtime::new()
            .expect("tokio runtime")
            .block_on(set_up_on_the_default_port());
        return;
    }
    let exe = std::env::current_exe().expect("this test binary");
    let name = "setup_runs_against_a_printer_on_port_443_that_redirects_through_a_configured_proxy";
    // Root makes a network namespace; anyone else where user namespaces are allowed.
    let attempts: [&[&str]; 2] = [&["--net"], &["--net", "--map-root-user"]];
    let mut refused = Vec::new();
    for flags in attempts {
        let output = Command::new("unshare")
            .args(flags)
            .arg("--")
            .arg(&exe)
            .args(["--exact", name, "--nocapture", "--test-threads=1"])
            .env(ROLE, "inside")
            .output();
        let output = match output {
            Ok(output) => output,
            Err(e) => {
                refused.push(format!("unshare: {e}"));
                continue;
            }
        };
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() && stderr.starts_with("unshare:") {
            refused.push(stderr.trim().to_string());
            continue;
        }
        assert!(
            output.status.success() && stdout.contains(PASSED),
            "the setup on port 443 failed:\n{stdout}\n{stderr}"
        );
        return;
    }
    let why = refused.join("; ");
    if common::skip_without_netns("port-443 test", &why) {
        return;
    }
    panic!(
        "the port-443 test needs a network namespace: {why}.\nRun it as root (scripts/test \
         does), or set {SKIP}=1 to skip it outside CI."
    );
}
