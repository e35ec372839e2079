//! The demo as the wizard sees it: its tenant, accounts and addresses, and a narrow handle on
//! the running simulators (the mailbox and the consent to show, running the Exchange Online
//! plan, the account that approves sign-ins, "scan now"). The wizard never reaches into the
//! simulators themselves; what it shows is refreshed when the simulators change, not on a timer.

use printer_oauth_core::exchange::Plan;
use printer_oauth_core::printer::address::parse_manual_address;
use printer_oauth_core::printer::http_client::PrinterHttp;
use printer_oauth_core::printer::tls::Trust;
use printer_oauth_core::secrets::Secret;
use printer_oauth_sim::{self as sim, directory};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// One message the demo's SMTP server received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
}

/// What the demo panel shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoState {
    /// The demo mailbox, oldest first.
    pub messages: Vec<Received>,
    /// Whether an administrator consented to the printer vendor's app for the organisation.
    pub consented: bool,
}

/// Where the pre-flight signs in and sends in the demo, instead of Microsoft.
#[derive(Debug, Clone)]
pub struct DemoServices {
    /// The identity simulator's base URL.
    pub authority: url::Url,
    /// The SMTP simulator's host and port.
    pub smtp: (String, u16),
    /// The CA the simulators' certificates chain to (PEM).
    pub ca_pem: Vec<u8>,
}

/// The demo's changes, one after the other.
pub struct Changes(watch::Receiver<u64>);

impl Changes {
    /// Waits for the next change; `false` once every handle on the simulators is gone.
    pub async fn next(&mut self) -> bool {
        self.0.changed().await.is_ok()
    }
}

/// The running demo.
#[derive(Clone)]
pub struct Demo {
    /// The tenant's domain, its display name, the pre-flight's app and the printer's mailbox.
    pub tenant: String,
    pub tenant_name: String,
    pub client_id: String,
    pub mailbox: String,
    /// The tenant's Global Administrator.
    pub admin: String,
    pub services: DemoServices,
    /// The simulated printer: address, model, certificate fingerprint and admin password.
    pub printer: String,
    pub printer_model: String,
    pub printer_fingerprint: String,
    pub printer_password: Secret,
    /// The client id of the app the simulated printer signs in with (Epson's).
    pub vendor_app_id: String,
    simulators: Arc<sim::Shared>,
}

impl fmt::Debug for Demo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Demo({})", self.printer)
    }
}

impl Demo {
    /// The wizard's view of running simulators.
    pub fn of(simulators: &sim::Demo) -> Demo {
        let ready = simulators.ready();
        Demo {
            tenant: directory::TENANT_DOMAIN.to_string(),
            tenant_name: directory::TENANT_NAME.to_string(),
            client_id: directory::APP_CLIENT_ID.to_string(),
            mailbox: directory::MAILBOX.to_string(),
            admin: directory::ADMIN.to_string(),
            services: DemoServices {
                authority: url::Url::parse(&simulators.shared.base_url)
                    .expect("the simulators' own base URL"),
                smtp: ("127.0.0.1".to_string(), simulators.smtp.port()),
                ca_pem: simulators.ca_pem.clone().into_bytes(),
            },
            printer: ready.printer,
            printer_model: sim::PRINTER_MODEL.to_string(),
            printer_fingerprint: ready.printer_fingerprint,
            printer_password: Secret::new(ready.printer_password),
            vendor_app_id: directory::EPSON_CLIENT_ID.to_string(),
            simulators: simulators.shared.clone(),
        }
    }

    /// What the panel shows now.
    pub fn state(&self) -> DemoState {
        let dir = self.simulators.dir();
        DemoState {
            messages: dir
                .mailbox
                .iter()
                .map(|m| Received {
                    from: m.from.clone(),
                    to: m.to.clone(),
                    subject: m.subject.clone(),
                })
                .collect(),
            consented: dir.org_consented(&self.vendor_app_id),
        }
    }

    /// The simulators' changes (a message received, a consent given, a code approved), to
    /// read [`Demo::state`] again after each. The first comes at once, so that whatever
    /// changed before the watching began is read too.
    pub fn changes(&self) -> Changes {
        let mut changes = self.simulators.watch();
        changes.mark_changed();
        Changes(changes)
    }

    /// Has the demo's automatic approval sign in as `account` (the one the wizard's plan
    /// names), when it is one of the demo tenant's; otherwise the simulator's own choice.
    pub fn approve_as(&self, account: &str) {
        let known = directory::ACCOUNTS
            .iter()
            .find(|a| a.username.eq_ignore_ascii_case(account.trim()))
            .map(|a| a.username.to_string());
        // Asked at every keystroke on the Exchange Online page: only a new answer is a change.
        let mut dir = self.simulators.dir();
        if dir.default_approver != known {
            dir.default_approver = known;
        }
    }

    /// Runs the Exchange Online plan's PowerShell in the demo tenant.
    pub fn carry_out(&self, plan: &Plan) {
        self.simulators.dir().carry_out(plan);
    }

    /// Asks the demo printer to scan to `to` with its own settings, as its Scan button would.
    pub async fn scan(&self, to: &str) -> Result<(), String> {
        let address = parse_manual_address(&self.printer).map_err(|e| e.to_string())?;
        let trust = Trust::Pin(Some(self.printer_fingerprint.clone()));
        let mut web = PrinterHttp::new(&address, &trust, &[], Duration::from_secs(20))
            .map_err(|e| e.to_string())?;
        web.post("/sim/scan", &[("to".to_string(), to.to_string())])
            .await
            .map(drop)
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A change wakes the watcher, reading does not, and the state read then shows it.
    #[tokio::test]
    async fn a_consent_wakes_the_watcher_and_reading_does_not() {
        let simulators = sim::Demo::start(sim::Knobs::default()).await.unwrap();
        let demo = Demo::of(&simulators);
        let mut changes = demo.changes();
        assert!(changes.next().await, "the first change comes at once");
        assert_eq!(demo.state(), DemoState::default());
        let _read = simulators.shared.dir().mailbox.len();
        let quiet = tokio::time::timeout(Duration::from_millis(200), changes.next()).await;
        assert!(quiet.is_err(), "reading is no change");
        simulators.shared.dir().consent_for_org(&demo.vendor_app_id);
        let woke = tokio::time::timeout(Duration::from_secs(5), changes.next()).await;
        assert_eq!(woke, Ok(true));
        assert!(demo.state().consented);
    }

    /// Once the simulators stop, the changes end (rather than waking over and over).
    #[tokio::test]
    async fn the_changes_end_with_the_simulators() {
        let simulators = sim::Demo::start(sim::Knobs::default()).await.unwrap();
        let demo = Demo::of(&simulators);
        let mut changes = demo.changes();
        assert!(changes.next().await, "the first change comes at once");
        drop((simulators, demo));
        let ended = tokio::time::timeout(Duration::from_secs(5), changes.next()).await;
        assert_eq!(ended, Ok(false));
    }
}
