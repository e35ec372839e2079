//! Epson Web Config simulator: a business Epson MFP's embedded web server on loopback, over
//! HTTPS with its own self-signed certificate. Public product, network and status pages; the
//! administrator login (business and consumer forms) with lockout and sessions; the two
//! email-server settings forms with one-use setup tokens and the device's limits; the
//! printer's own OAuth 2.0 device-flow sign-in against the identity simulator; scan-to-email
//! through the SMTP simulator with Epson's job codes 360/361/370 (and the SMTP server's reply
//! to a refused job) in the job history; the Email Server's connection test.
//!
//! Every path, field name, value and message is the device's own fact, written here; the
//! shipped profile `assets/printers/epson-webconfig.toml` describes the same device.

mod charset;
mod conntest;
mod control;
mod dialect;
mod email_form;
mod jobs;
mod listener;
mod oauth;
mod other_vendor;
mod pages;
mod redirects;
mod scan;
mod session;
mod settings;
mod texts;

use super::{Shared, SimError};
use axum::Router;
use axum::extract::{Form, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use listener::Gate;
pub use listener::PrinterServer;
use scan::JobFailure;
use settings::{Page, Settings};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The model name Web Config shows.
pub const MODEL: &str = "EPSON WF-C5890 Series";
/// The firmware version.
pub const FIRMWARE: &str = "24.35.NF21P3";
/// The serial number, which is also the administrator's default password.
pub const SERIAL: &str = "X5DL012345";
/// The administrator's user name.
pub const ADMIN_USER: &str = "administrator";

/// The network status sheet's line after a job failed with 370 (the guide's message).
const MUST_SIGN_IN: &str =
    "You must sign in to your email service to use this feature. Contact your administrator.";
/// The network status sheet's line after a job failed with 361.
const EXPIRED: &str = "Authentication has expired. Sign in again.";
/// How long after answering "Shutting down" the web server goes down.
pub(super) const SHUTDOWN_DELAY: Duration = Duration::from_millis(100);

/// One settings page's stored settings and sign-in.
struct PageState {
    settings: Settings,
    oauth: oauth::OAuth,
    /// The job code (361 or 370) the control panel shows until the next good job or sign-in.
    notice: Option<u16>,
}

impl PageState {
    fn new(settings: Settings) -> PageState {
        PageState {
            settings,
            oauth: oauth::OAuth::default(),
            notice: None,
        }
    }

    /// The "Email Server Status" line of the network status sheet.
    fn server_status(&self) -> String {
        let oauth2 = self.settings.auth_method == "OAUTH2";
        if oauth2 && self.oauth.tokens.is_some() {
            return format!("Signed in ({})", self.oauth.account);
        }
        match (self.notice, oauth2) {
            (Some(370), _) => MUST_SIGN_IN.into(),
            (Some(361), _) => EXPIRED.into(),
            (_, true) => "Not signed in".into(),
            (_, false) => "Not configured".into(),
        }
    }
}

/// Everything the printer remembers.
struct PrinterState {
    /// Indexed by [`Page::index`].
    pages: [PageState; 2],
    sessions: session::Sessions,
    restarts: u32,
    writes: Vec<email_form::Written>,
    jobs: jobs::History,
    /// `printer-restart` restarted the server once already.
    restart_used: bool,
    /// `printer-restart-mid-write` interrupted a write once already.
    mid_write_used: bool,
    /// Whether the read-back firmware bug has struck (it strikes once).
    port_bug_used: bool,
    /// The device's location: a hidden field of the settings forms that the product does
    /// not own, stored as posted.
    location: String,
    /// Whether `printer-resets-location` has struck (it strikes once).
    location_reset_used: bool,
    /// `printer-redirects`: result pages waiting for their GET, by id (content type, body).
    results: std::collections::HashMap<String, (String, Vec<u8>)>,
}

/// The simulated printer.
pub struct Printer {
    shared: Arc<Shared>,
    state: Mutex<PrinterState>,
    gate: Arc<Gate>,
    /// Where the simulated network routes Microsoft's SMTP host names.
    smtp: SocketAddr,
    /// The demo CA the printer trusts for SMTP.
    ca_pem: String,
    /// The printer's HTTP client for the identity platform.
    http: reqwest::Client,
}

impl Printer {
    fn state(&self) -> MutexGuard<'_, PrinterState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The web server restarts: sessions and setup tokens are gone at once; after `delay`
    /// (time for a "Shutting down" answer to go out; zero cuts the current answer off) every
    /// connection is cut and the port refuses connections for `Knobs::printer_restart`.
    /// Settings and the sign-in survive.
    fn restart(&self, delay: Duration) {
        {
            let mut state = self.state();
            state.sessions.clear();
            state.restarts += 1;
        }
        let gate = self.gate.clone();
        if delay.is_zero() {
            gate.restart();
            return;
        }
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            gate.restart();
        });
    }
}

/// The running printer simulator.
pub struct Started {
    pub addr: SocketAddr,
    /// SHA-256 of the printer's certificate, `AB:CD:...`.
    pub fingerprint: String,
    /// Whether its web server listens, and how many restarts it came back from.
    pub server: watch::Receiver<PrinterServer>,
    pub tasks: Vec<JoinHandle<()>>,
}

/// Starts the printer on a free loopback port. `smtp` is the SMTP simulator, `ca_pem` the CA
/// its certificate chains to.
pub async fn start(
    shared: Arc<Shared>,
    smtp: SocketAddr,
    ca_pem: String,
) -> Result<Started, SimError> {
    // Its own self-signed certificate, as Epson devices ship it: no CA vouches for it.
    let (tls, cert) = super::certs::self_signed(MODEL).map_err(SimError::Certificates)?;
    let port = shared.knobs().printer_port;
    let socket = TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = socket.local_addr()?;
    let gate = Arc::new(Gate::new());
    let server = gate.server();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap_or_default();
    let printer = Arc::new(Printer {
        shared: shared.clone(),
        state: Mutex::new(PrinterState {
            pages: [
                PageState::new(Settings::office_email()),
                PageState::new(Settings::unconfigured_fax()),
            ],
            sessions: session::Sessions::default(),
            restarts: 0,
            writes: Vec::new(),
            jobs: jobs::History::seeded(),
            restart_used: false,
            mid_write_used: false,
            port_bug_used: false,
            location: charset::first_location(shared.knobs().has(super::Fault::PrinterShiftJis))
                .into(),
            location_reset_used: false,
            results: Default::default(),
        }),
        gate: gate.clone(),
        smtp,
        ca_pem,
        http,
    });
    let (incoming, accept) = listener::incoming(socket, shared, gate, tls)?;
    let app = router(printer);
    let tasks = vec![
        tokio::spawn(accept),
        tokio::spawn(async move {
            if let Err(e) = axum::serve(incoming, app).await {
                tracing::error!(error = %e, "printer simulator stopped");
            }
        }),
    ];
    Ok(Started {
        addr,
        fingerprint: printer_oauth_core::printer::tls::fingerprint(&cert),
        server,
        tasks,
    })
}

fn router(printer: Arc<Printer>) -> Router {
    Router::new()
        .route("/", get(home))
        // The information pages, the connection test and the administrator login have paths
        // of their own; any other `{page}` is a settings page or not found.
        .route(
            "/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP",
            get(|State(printer): PrinterArg| async move { printer.product_page() }),
        )
        .route(
            "/PRESENTATION/ADVANCED/INFO_NWINFO/TOP",
            get(|State(printer): PrinterArg| async move { printer.network_page() }),
        )
        .route(
            "/PRESENTATION/ADVANCED/INFO_NWSTATUS/TOP",
            get(|State(printer): PrinterArg| async move { printer.status_sheet() }),
        )
        .route(
            &format!("/PRESENTATION/ADVANCED/{}/TOP", conntest::PAGE),
            get(connection_test_form),
        )
        .route(
            &format!("/PRESENTATION/ADVANCED/{}/SET", conntest::PAGE),
            post(connection_test),
        )
        .route("/PRESENTATION/ADVANCED/PASSWORD/SET", post(business_login))
        .route("/PRESENTATION/ADVANCED/{page}/TOP", get(settings_form))
        .route("/PRESENTATION/ADVANCED/{page}/SET", post(set))
        .route(
            "/PRESENTATION/ADVANCED/{page}/OAUTH_SIGNIN",
            post(oauth_sign_in),
        )
        .route(
            "/PRESENTATION/ADVANCED/{page}/OAUTH_STATUS",
            get(oauth_status),
        )
        .route(
            "/PRESENTATION/ADVANCED/{page}/OAUTH_SIGNOUT",
            post(oauth_sign_out),
        )
        .route(
            "/PRESENTATION/ADVANCED/INFO_JOBHISTORY/OUTPUT.CSV",
            get(job_history),
        )
        .route("/PRESENTATION/PSWD", post(session::consumer_login))
        .route(
            "/PRESENTATION/ADVANCED/{page}/{action}",
            get(dialect::read).post(dialect::write),
        )
        .route(
            "/PRESENTATION/LOGIN",
            get(dialect::login_form).post(dialect::log_in),
        )
        .route("/sim/state", get(control::state))
        .route("/sim/scan", post(control::scan))
        .route("/sim/jobs", get(control::jobs))
        .route("/sim/settings", post(control::settings))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            printer.clone(),
            dialect::other_firmware,
        ))
        .layer(axum::middleware::from_fn_with_state(
            printer.clone(),
            redirects::post_redirect_get,
        ))
        .layer(axum::middleware::from_fn_with_state(
            printer.clone(),
            charset::legacy,
        ))
        .layer(axum::middleware::from_fn_with_state(
            printer.clone(),
            other_vendor::unless_epson,
        ))
        .with_state(printer)
}

type PrinterArg = State<Arc<Printer>>;
type Fields = Form<Vec<(String, String)>>;

async fn home() -> Response {
    let to = "/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP";
    (
        StatusCode::FOUND,
        [
            (header::LOCATION, to),
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        ],
        format!("<!DOCTYPE html><html><body><a href=\"{to}\">EPSON Web Config</a></body></html>\n"),
    )
        .into_response()
}

/// The settings page a path names (`NWS_EMAIL_BASIC`, `FAX_SERVER_EMAIL`); any other name
/// gets the printer's own not-found page.
struct SettingsPage(Page);

impl FromRequestParts<Arc<Printer>> for SettingsPage {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        printer: &Arc<Printer>,
    ) -> Result<Self, Response> {
        let name = Path::<String>::from_request_parts(parts, printer).await;
        name.ok()
            .and_then(|Path(name)| Page::from_name(&name))
            .map(SettingsPage)
            .ok_or_else(|| printer.not_found())
    }
}

async fn settings_form(
    State(printer): PrinterArg,
    SettingsPage(page): SettingsPage,
    headers: HeaderMap,
) -> Response {
    printer.settings_form(&headers, page)
}

async fn set(
    State(printer): PrinterArg,
    SettingsPage(page): SettingsPage,
    headers: HeaderMap,
    Form(form): Fields,
) -> Response {
    printer.write_settings(&headers, page, &form)
}

async fn oauth_sign_in(
    State(printer): PrinterArg,
    SettingsPage(page): SettingsPage,
    headers: HeaderMap,
    Form(form): Fields,
) -> Response {
    printer.sign_in(&headers, page, &form).await
}

async fn oauth_status(
    State(printer): PrinterArg,
    SettingsPage(page): SettingsPage,
    headers: HeaderMap,
) -> Response {
    printer.sign_in_status(&headers, page)
}

async fn oauth_sign_out(
    State(printer): PrinterArg,
    SettingsPage(page): SettingsPage,
    headers: HeaderMap,
    Form(form): Fields,
) -> Response {
    printer.sign_out(&headers, page, &form)
}

async fn business_login(State(printer): PrinterArg, Form(form): Fields) -> Response {
    session::business_login(printer, form).await
}

async fn connection_test_form(State(printer): PrinterArg, headers: HeaderMap) -> Response {
    printer.connection_test_form(&headers)
}

async fn connection_test(
    State(printer): PrinterArg,
    headers: HeaderMap,
    Form(form): Fields,
) -> Response {
    printer.connection_test(&headers, &form).await
}

async fn job_history(State(printer): PrinterArg, headers: HeaderMap) -> Response {
    printer.job_history(&headers)
}

async fn not_found(State(printer): PrinterArg) -> Response {
    printer.not_found()
}
