//! Simulators of Microsoft's identity platform, Exchange Online SMTP and an Epson printer's
//! Web Config, on loopback, for the demo mode and the tests: faithful to the real services'
//! strings and failure modes, with fault knobs to produce those failures on purpose.

mod admin_consent;
mod certs;
pub mod directory;
mod identity;
mod knobs;
pub mod mdns;
mod printer;
mod smtp;
mod verify_page;

pub use identity::Decision;
pub use knobs::{Fault, Knobs};
/// The simulated printer's model name.
pub use printer::MODEL as PRINTER_MODEL;
pub use printer::PrinterServer;

use directory::Directory;
use serde::Serialize;
use std::net::SocketAddr;
use std::ops::{Deref, DerefMut};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// State shared by the simulators: the directory and the knobs in force.
pub struct Shared {
    dir: Mutex<Directory>,
    knobs: Mutex<Knobs>,
    /// Counts the directory's changes, for whoever watches it (the wizard's demo panel).
    changes: watch::Sender<u64>,
    /// The identity simulator's base URL (`http://127.0.0.1:PORT`).
    pub base_url: String,
}

/// The locked directory. Any access that could change it (`&mut`) is announced to the
/// watchers as the guard is dropped, just before the lock is let go; reading announces nothing.
pub struct DirGuard<'a> {
    guard: MutexGuard<'a, Directory>,
    changes: &'a watch::Sender<u64>,
    changed: bool,
}

impl Deref for DirGuard<'_> {
    type Target = Directory;
    fn deref(&self) -> &Directory {
        &self.guard
    }
}

impl DerefMut for DirGuard<'_> {
    fn deref_mut(&mut self) -> &mut Directory {
        self.changed = true;
        &mut self.guard
    }
}

impl Drop for DirGuard<'_> {
    fn drop(&mut self) {
        if self.changed {
            self.changes.send_modify(|n| *n = n.wrapping_add(1));
        }
    }
}

impl Shared {
    fn new(dir: Directory, knobs: Knobs, base_url: String) -> Shared {
        Shared {
            dir: Mutex::new(dir),
            knobs: Mutex::new(knobs),
            changes: watch::channel(0).0,
            base_url,
        }
    }

    /// The directory (accounts, codes, tokens, mailbox).
    pub fn dir(&self) -> DirGuard<'_> {
        DirGuard {
            guard: self.dir.lock().unwrap_or_else(|e| e.into_inner()),
            changes: &self.changes,
            changed: false,
        }
    }

    /// Wakes at each change of the directory from now on (a message received, a consent
    /// given, a code approved).
    pub fn watch(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }

    /// A copy of the knobs in force.
    pub fn knobs(&self) -> Knobs {
        self.knobs.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Changes the knobs for requests from now on.
    pub fn set_knobs(&self, knobs: Knobs) {
        *self.knobs.lock().unwrap_or_else(|e| e.into_inner()) = knobs;
    }
}

/// Why the simulators could not start.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("could not listen on loopback: {0}")]
    Listen(#[from] std::io::Error),
    #[error("could not make the demo certificates: {0}")]
    Certificates(String),
}

/// The running simulators. Dropping it stops them and removes the CA file.
pub struct Demo {
    pub shared: Arc<Shared>,
    pub identity: SocketAddr,
    pub smtp: SocketAddr,
    /// The PEM the simulators' certificates chain to.
    pub ca_pem: String,
    pub ca_file: PathBuf,
    /// The Epson Web Config printer simulator (HTTPS, self-signed certificate).
    pub printer: SocketAddr,
    /// SHA-256 of the printer's certificate, `AB:CD:...`.
    pub printer_fingerprint: String,
    /// Whether the printer's web server listens, and how many restarts it came back from.
    pub printer_server: watch::Receiver<PrinterServer>,
    _files: tempfile::TempDir,
    /// The printer's mDNS advertisement, when multicast works here.
    _advertisement: Option<mdns::Advertisement>,
    tasks: Vec<JoinHandle<()>>,
}

/// The `demo-ready` line: everything a client needs to use the simulators.
#[derive(Debug, Clone, Serialize)]
pub struct DemoReady {
    pub event: &'static str,
    pub authority: String,
    pub tenant: &'static str,
    pub client_id: &'static str,
    pub account: &'static str,
    pub smtp: String,
    pub ca_file: String,
    pub approve_url: String,
    pub mailbox_url: String,
    /// The printer's address, `127.0.0.1:PORT`.
    pub printer: String,
    /// The printer administrator's password (Epson's default: the serial number).
    pub printer_password: String,
    /// SHA-256 of the printer's self-signed certificate, `AB:CD:...`.
    pub printer_fingerprint: String,
}

impl Demo {
    /// Starts the identity, SMTP and printer simulators on free loopback ports.
    pub async fn start(knobs: Knobs) -> Result<Demo, SimError> {
        let ca = certs::DemoCa::new().map_err(|e| SimError::Certificates(e.to_string()))?;
        let smtp_tls = smtp::SmtpTls {
            trusted: ca
                .server_config("smtp.office365.com simulator")
                .map_err(SimError::Certificates)?,
            untrusted: certs::untrusted_server_config("untrusted smtp simulator")
                .map_err(SimError::Certificates)?,
        };
        let files = tempfile::Builder::new()
            .prefix("printer-oauth-demo-")
            .tempdir()?;
        let ca_file = files.path().join("demo-ca.pem");
        std::fs::write(&ca_file, &ca.pem)?;

        let http = TcpListener::bind("127.0.0.1:0").await?;
        let identity = http.local_addr()?;
        let smtp_listener = TcpListener::bind("127.0.0.1:0").await?;
        let smtp = smtp_listener.local_addr()?;
        let shared = Arc::new(Shared::new(
            Directory::demo(),
            knobs,
            format!("http://{identity}"),
        ));
        let router = identity::router(shared.clone());
        let printer = printer::start(shared.clone(), smtp, ca.pem.clone()).await?;
        let mut tasks = vec![
            tokio::spawn(async move {
                if let Err(e) = axum::serve(http, router).await {
                    tracing::error!(error = %e, "identity simulator stopped");
                }
            }),
            tokio::spawn(smtp::serve(
                smtp_listener,
                shared.clone(),
                Arc::new(smtp_tls),
            )),
        ];
        tasks.extend(printer.tasks);
        // Advertised on loopback only, where the simulator listens; a demo without multicast
        // still runs (discovery then finds nothing and the address is typed in).
        let advert = mdns::PrinterAdvert {
            instance: format!("{} ({})", printer::MODEL, printer.addr.port()),
            host_name: format!("EPSON{:06X}", printer.addr.port()),
            model: printer::MODEL.to_string(),
            uuid: uuid::Uuid::new_v4().to_string(),
            loopback_only: true,
        };
        let advertisement = mdns::advertise(printer.addr.port(), &advert)
            .inspect_err(|e| tracing::warn!(error = %e, "the demo printer is not advertised"))
            .ok();
        Ok(Demo {
            shared,
            identity,
            smtp,
            ca_pem: ca.pem,
            ca_file,
            printer: printer.addr,
            printer_fingerprint: printer.fingerprint,
            printer_server: printer.server,
            _files: files,
            _advertisement: advertisement,
            tasks,
        })
    }

    /// The `demo-ready` description of this run.
    pub fn ready(&self) -> DemoReady {
        let base = &self.shared.base_url;
        DemoReady {
            event: "demo-ready",
            authority: base.clone(),
            tenant: directory::TENANT_DOMAIN,
            client_id: directory::APP_CLIENT_ID,
            account: directory::MAILBOX,
            smtp: self.smtp.to_string(),
            ca_file: self.ca_file.display().to_string(),
            approve_url: format!("{base}/sim/approve"),
            mailbox_url: format!("{base}/sim/mailbox"),
            printer: self.printer.to_string(),
            printer_password: printer::SERIAL.to_string(),
            printer_fingerprint: self.printer_fingerprint.clone(),
        }
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        self.tasks.iter().for_each(JoinHandle::abort);
    }
}

/// A random token-like string: `prefix` then `len` base64url characters.
pub(crate) fn random_token(prefix: &str, len: usize) -> String {
    use rand::Rng;
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut rng = rand::rng();
    let tail: String = (0..len)
        .map(|_| CHARS[rng.random_range(0..CHARS.len())] as char)
        .collect();
    format!("{prefix}{tail}")
}
