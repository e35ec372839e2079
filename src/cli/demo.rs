//! `printer-oauth demo`: the embedded simulators, serving until interrupted.

use super::args::DemoArgs;
use super::output::Output;
use printer_oauth_sim::{Demo, Knobs};

/// Starts the simulators, prints the `demo-ready` line and serves until interrupted.
pub async fn run(args: DemoArgs, out: &Output) -> u8 {
    serve(args.simulators.knobs(5), out).await
}

async fn serve(knobs: Knobs, out: &Output) -> u8 {
    let lang = out.lang;
    let demo = match Demo::start(knobs).await {
        Ok(d) => d,
        Err(e) => {
            out.say(&lang.text_with("demo-failed", &[("error", e.to_string())]));
            return 5;
        }
    };
    let ready = demo.ready();
    // The demo-ready line is the command's contract: always on stdout, exactly once.
    out.contract(&ready);
    if !out.json {
        out.say(&lang.text_with(
            "demo-ready",
            &[
                ("authority", ready.authority.clone()),
                ("smtp", ready.smtp.clone()),
                ("mailbox", ready.mailbox_url.clone()),
            ],
        ));
        out.say(&format!(
            "printer-oauth preflight --authority {} --tenant {} --client-id {} --account {} --to {} --smtp {} --ca-file {}",
            ready.authority, ready.tenant, ready.client_id, ready.account, ready.account, ready.smtp, ready.ca_file
        ));
        out.say(&lang.text_with(
            "demo-printer",
            &[
                ("printer", ready.printer.clone()),
                ("password", ready.printer_password.clone()),
            ],
        ));
        out.say(&format!(
            "printer-oauth printer setup {} --sender {} --trust-fingerprint {}",
            ready.printer, ready.account, ready.printer_fingerprint
        ));
    }
    wait_for_interrupt().await;
    drop(demo);
    0
}

async fn wait_for_interrupt() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
