//! Page 3: the printer. Printers found on the network, or a typed address; connect; confirm
//! the certificate fingerprint on first contact; the admin password (optionally remembered
//! in the keychain); model and firmware; the standard-network note.

use super::Action;
use crate::diagnose::{self, Diagnosis};
use crate::i18n::Lang;
use crate::printer::connect::{self, ConnectOptions, Connected};
use crate::printer::discovery::{self, Found};
use crate::printer::login::{self, PasswordSource};
use crate::secrets::{self, Secret};
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::widget::{button, checkbox, column, row, text, text_input};
use iced::{Element, Task};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// A connected, logged-in printer, shared with the later pages.
pub struct Session {
    pub connected: tokio::sync::Mutex<Connected>,
    /// The address as connected (`host:port`).
    pub address: String,
    pub model: String,
    pub firmware: Option<String>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Session({})", self.address)
    }
}

/// Where the connection stands.
#[derive(Debug, Clone, Default)]
enum Stage {
    #[default]
    Address,
    Connecting,
    /// First contact: the admin compares this fingerprint with the printer's.
    Confirm(String),
    /// Reached; the admin password is needed.
    Password(Arc<Session>),
    LoggingIn(Arc<Session>),
    Ready(Arc<Session>),
}

/// The page's state.
#[derive(Debug, Default)]
pub struct PrinterPage {
    found: Vec<Found>,
    searching: bool,
    address: String,
    password: String,
    /// The password remembered in the keychain for this printer, used when none is typed.
    remembered: Option<Secret>,
    remember: bool,
    stage: Stage,
    problem: Option<Box<Diagnosis>>,
    timeout: Duration,
    data_dir: Option<PathBuf>,
    /// The connection or login under way, to cancel it.
    running: Option<iced::task::Handle>,
    /// The network search under way, to stop it.
    search: Option<iced::task::Handle>,
    /// In a demo, the only printer offered (real printers on the network never are).
    demo: Option<DemoPrinter>,
}

/// The demo's simulated printer: where it listens, what it is, its admin password.
#[derive(Debug, Clone)]
pub struct DemoPrinter {
    pub address: String,
    pub model: String,
    pub password: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search,
    /// The printers found so far, while the search goes on.
    Finding(Vec<Found>),
    StopSearch,
    Found(Result<Vec<Found>, Box<Diagnosis>>),
    Pick(String),
    Address(String),
    Connect,
    Trust,
    Connected(Result<Arc<Session>, Box<Diagnosis>>),
    Password(String),
    Remembered(Option<Secret>),
    Remember(bool),
    LogIn,
    LoggedIn(Result<(), Box<Diagnosis>>),
    Change,
    Cancel,
}

impl PrinterPage {
    /// The page, searching the network at once (in a demo, offering only the demo printer);
    /// pins go to `data_dir`.
    pub fn new(
        data_dir: Option<PathBuf>,
        demo: Option<DemoPrinter>,
    ) -> (PrinterPage, Task<Message>) {
        let page = PrinterPage {
            timeout: Duration::from_secs(20),
            data_dir,
            demo,
            ..PrinterPage::default()
        };
        (page, Task::done(Message::Search))
    }

    /// The printer's address as typed or chosen.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The last problem reaching the printer, for the help-desk report.
    pub fn diagnoses(&self) -> Vec<Diagnosis> {
        self.problem.iter().map(|d| (**d).clone()).collect()
    }

    /// The printer once logged in.
    pub fn session(&self) -> Option<Arc<Session>> {
        match &self.stage {
            Stage::Ready(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// Why Next is not possible yet.
    pub fn blocker(&self, lang: Lang) -> Option<String> {
        self.session()
            .is_none()
            .then(|| fl!(lang.loader(), "ui-printer-needs-login"))
    }

    pub fn update(&mut self, message: Message, lang: Lang) -> Action<Message> {
        match message {
            Message::Search if self.demo.is_some() => {
                self.found = self.demo.iter().map(DemoPrinter::found).collect();
            }
            Message::Search => {
                self.searching = true;
                self.found.clear();
                let stream = iced::stream::channel(8, move |out| search(out, lang));
                let (task, handle) = Task::stream(stream).abortable();
                self.search = Some(handle);
                return Action::Run(task);
            }
            Message::Finding(found) => self.found = found,
            Message::StopSearch => {
                if let Some(handle) = self.search.take() {
                    handle.abort();
                }
                self.searching = false;
            }
            Message::Found(result) => {
                self.search = None;
                self.searching = false;
                match result {
                    Ok(found) => self.found = found,
                    Err(d) => self.problem = Some(d),
                }
            }
            Message::Pick(address) => {
                self.address = address;
                return self.connect(None, lang);
            }
            Message::Address(a) => self.address = a,
            Message::Connect => return self.connect(None, lang),
            Message::Trust => {
                if let Stage::Confirm(fingerprint) = &self.stage {
                    let fingerprint = fingerprint.clone();
                    return self.connect(Some(fingerprint), lang);
                }
            }
            Message::Connected(Ok(session)) => {
                self.running = None;
                self.problem = None;
                self.stage = Stage::Password(session.clone());
                let address = session.address.clone();
                // A remembered password is tried once; a refused one is forgotten.
                return Action::Run(
                    Task::future(async move { secrets::load_printer_password(&address).await })
                        .map(|found| Message::Remembered(found.ok().flatten())),
                );
            }
            // First contact is a question for the admin, not a failure.
            Message::Connected(Err(d)) => match (d.id, &d.detail) {
                _ if self.running.take().is_none() => {}
                ("printer-unpinned", Some(fingerprint)) => {
                    self.stage = Stage::Confirm(fingerprint.clone());
                }
                _ => {
                    self.stage = Stage::Address;
                    self.problem = Some(d);
                }
            },
            Message::Password(p) => self.password = p,
            Message::Remembered(p) => self.remembered = p,
            Message::Remember(r) => self.remember = r,
            Message::LogIn => {
                let Stage::Password(session) = &self.stage else {
                    return Action::None;
                };
                let session = session.clone();
                self.stage = Stage::LoggingIn(session.clone());
                let (password, remembered) = match (&self.remembered, self.password.is_empty()) {
                    (Some(remembered), true) => (remembered.clone(), true),
                    _ => (Secret::new(self.password.clone()), false),
                };
                let source = PasswordSource {
                    remembered,
                    remember: self.remember,
                };
                let task = Task::future(log_in(session, password, source, lang));
                let (task, handle) = task.map(Message::LoggedIn).abortable();
                self.running = Some(handle);
                return Action::Run(task);
            }
            Message::LoggedIn(result) => {
                self.running = None;
                let Stage::LoggingIn(session) = &self.stage else {
                    return Action::None;
                };
                let session = session.clone();
                self.password.clear();
                if result.is_err() {
                    // A refused remembered password is gone from the keychain too.
                    self.remembered = None;
                }
                match result {
                    Ok(()) => {
                        self.problem = None;
                        self.stage = Stage::Ready(session);
                    }
                    Err(d) => {
                        self.problem = Some(d);
                        self.stage = Stage::Password(session);
                    }
                }
            }
            Message::Change => {
                self.stage = Stage::Address;
                self.problem = None;
            }
            Message::Cancel => {
                if let Some(handle) = self.running.take() {
                    handle.abort();
                }
                self.stage = match &self.stage {
                    Stage::LoggingIn(session) => Stage::Password(session.clone()),
                    _ => Stage::Address,
                };
            }
        }
        Action::None
    }

    fn connect(&mut self, fingerprint: Option<String>, lang: Lang) -> Action<Message> {
        self.stage = Stage::Connecting;
        self.problem = None;
        let options = ConnectOptions {
            address: self.address.trim().to_string(),
            profile: None,
            trust_fingerprint: fingerprint,
            ca_file: None,
            data_dir: self.data_dir.clone(),
            timeout: self.timeout,
        };
        let task = Task::future(async move {
            connect::connect(&options, lang)
                .await
                .map(|connected| {
                    Arc::new(Session {
                        address: connected.printer.address.clone(),
                        model: connected.info.model.clone(),
                        firmware: connected.info.firmware.clone(),
                        connected: tokio::sync::Mutex::new(connected),
                    })
                })
                .map_err(Box::new)
        });
        let (task, handle) = task.map(Message::Connected).abortable();
        self.running = Some(handle);
        Action::Run(task)
    }

    pub fn view(&self, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let mut page = column![
            widgets::title(fl!(l, "ui-printer-title")),
            widgets::paragraph(fl!(l, "ui-printer-intro")),
            text(fl!(l, "ui-printer-standard-network")).size(14),
        ]
        .spacing(14);
        page = match &self.stage {
            Stage::Address | Stage::Connecting => page.push(self.address_view(lang)),
            Stage::Confirm(fingerprint) => page.push(
                column![
                    widgets::heading(fl!(l, "ui-printer-confirm-title")),
                    widgets::paragraph(fl!(l, "ui-printer-confirm-text")),
                    text(fingerprint.clone()).font(crate::ui::MONO).size(15),
                    row![
                        button(text(fl!(l, "ui-printer-trust"))).on_press(Message::Trust),
                        widgets::cancel(Message::Change, lang),
                    ]
                    .spacing(8),
                ]
                .spacing(10),
            ),
            Stage::Password(session) | Stage::LoggingIn(session) => {
                let busy = matches!(self.stage, Stage::LoggingIn(_));
                page.push(
                    column![
                        reached(session, lang),
                        text(fl!(l, "ui-printer-password")).size(15),
                        self.demo.as_ref().map(|d| {
                            text(fl!(
                                l,
                                "ui-printer-demo-password",
                                password = d.password.clone()
                            ))
                            .size(14)
                        }),
                        text_input("", &self.password)
                            .secure(true)
                            .on_input(Message::Password)
                            .on_submit(Message::LogIn)
                            .padding(8),
                        checkbox(self.remember)
                            .label(fl!(l, "ui-printer-remember"))
                            .on_toggle(Message::Remember),
                        self.remembered
                            .as_ref()
                            .map(|_| text(fl!(l, "ui-printer-remembered")).size(14)),
                        row![
                            button(text(fl!(l, "ui-printer-log-in"))).on_press_maybe(
                                (!busy && (!self.password.is_empty() || self.remembered.is_some()))
                                    .then_some(Message::LogIn)
                            ),
                            busy.then(|| widgets::cancel(Message::Cancel, lang)),
                        ]
                        .spacing(8),
                    ]
                    .spacing(8),
                )
            }
            Stage::Ready(session) => page.push(
                column![
                    reached(session, lang),
                    widgets::success(fl!(l, "printer-logged-in")),
                    button(text(fl!(l, "ui-printer-change")))
                        .on_press(Message::Change)
                        .style(button::secondary),
                ]
                .spacing(8),
            ),
        };
        if let Some(d) = &self.problem {
            page = page.push(widgets::diagnosis(d, lang));
        }
        page.into()
    }

    fn address_view(&self, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let connecting = matches!(self.stage, Stage::Connecting);
        let mut found = column![widgets::heading(fl!(l, "ui-printer-found"))].spacing(8);
        for printer in &self.found {
            let address = printer
                .addresses
                .first()
                .map(|a| match a {
                    std::net::IpAddr::V6(v6) => format!("[{v6}]:{}", printer.port),
                    std::net::IpAddr::V4(v4) => format!("{v4}:{}", printer.port),
                })
                .unwrap_or_else(|| printer.host.clone());
            let mut label = format!(
                "{} — {}",
                printer
                    .make_and_model
                    .clone()
                    .unwrap_or_else(|| printer.name.clone()),
                address
            );
            if self.demo.is_some() {
                label = fl!(l, "ui-printer-demo-found", printer = label);
            }
            found = found.push(
                button(text(label))
                    .on_press_maybe((!connecting).then(|| Message::Pick(address.clone())))
                    .style(button::secondary),
            );
        }
        if self.searching {
            found = found.push(widgets::under_way(
                fl!(l, "ui-printer-searching"),
                Message::StopSearch,
                lang,
            ));
        } else if self.found.is_empty() {
            found = found.push(text(fl!(l, "printer-none-found")).size(14));
        }
        found = found.push(
            button(text(fl!(l, "ui-printer-search")))
                .on_press_maybe((!self.searching).then_some(Message::Search))
                .style(button::secondary),
        );
        column![
            found,
            widgets::heading(fl!(l, "ui-printer-address")),
            connecting.then(|| {
                widgets::under_way(fl!(l, "ui-printer-connecting"), Message::Cancel, lang)
            }),
            row![
                text_input("192.168.1.20", &self.address)
                    .on_input(Message::Address)
                    .on_submit(Message::Connect)
                    .padding(8),
                button(text(fl!(l, "ui-printer-connect"))).on_press_maybe(
                    (!connecting && !self.address.trim().is_empty()).then_some(Message::Connect)
                ),
            ]
            .spacing(8),
        ]
        .spacing(12)
        .into()
    }
}

impl DemoPrinter {
    /// The demo printer as discovery reports a printer.
    fn found(&self) -> Found {
        let (host, port) = self
            .address
            .rsplit_once(':')
            .and_then(|(h, p)| Some((h.to_string(), p.parse().ok()?)))
            .unwrap_or_else(|| (self.address.clone(), 443));
        Found {
            name: self.model.clone(),
            addresses: host.parse().into_iter().collect(),
            host,
            port,
            admin_url: None,
            make_and_model: Some(self.model.clone()),
            manufacturer: Some("EPSON".into()),
            uuid: None,
            services: Vec::new(),
        }
    }
}

/// Searches the network for 3 s, sending the printers found as they answer, then the result.
async fn search(mut out: iced::futures::channel::mpsc::Sender<Message>, lang: Lang) {
    use iced::futures::SinkExt;
    let result = discovery::discover_live(Duration::from_secs(3), |found| {
        let _ = out.try_send(Message::Finding(found.to_vec()));
    })
    .await
    .map_err(|e| {
        Box::new(diagnose::condition(
            "printer-discovery",
            lang,
            e.to_string(),
        ))
    });
    let _ = out.send(Message::Found(result)).await;
}

/// What was reached: model, firmware, address.
fn reached<'a>(session: &Session, lang: Lang) -> Element<'a, Message> {
    text(fl!(
        lang.loader(),
        "printer-reached",
        model = session.model.clone(),
        firmware = session.firmware.clone().unwrap_or_else(|| "?".into()),
        address = session.address.clone()
    ))
    .size(16)
    .into()
}

/// Logs in with the keychain's rules (a keychain failure does not stop the login: the
/// admin can type the password again).
async fn log_in(
    session: Arc<Session>,
    password: Secret,
    source: PasswordSource,
    lang: Lang,
) -> Result<(), Box<Diagnosis>> {
    let mut connected = session.connected.lock().await;
    let adapter = &mut connected.adapter;
    let done = login::log_in(adapter, &session.address, None, &password, source).await;
    if let Some(e) = done.keychain {
        tracing::warn!(error = %e, "the keychain did not take the change");
    }
    done.result
        .map(|_| ())
        .map_err(|e| Box::new(e.diagnose(lang)))
}
