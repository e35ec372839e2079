//! Page 3: the printer. Printers found on the network, or a typed address; connect; on first
//! contact, once the device has identified as a supported printer, confirm its certificate
//! fingerprint; the admin password (optionally remembered in the keychain), with the attempts
//! left before the printer's lockout; model and firmware; the standard-network note.

use super::Action;
use super::session::Session;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::widget::{button, checkbox, column, container, row, text, text_input};
use iced::{Element, Length, Task};
use printer_oauth_core::diagnose::{self, Diagnosis};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::printer::connect::{
    self, ConnectOptions, Connected, FirstContact, Reached,
};
use printer_oauth_core::printer::discovery::{self, Found};
use printer_oauth_core::printer::error::PrinterError;
use printer_oauth_core::printer::login::{self, Lockout, LoggedIn, PasswordSource, Refusals};
use printer_oauth_core::secrets::{self, Secret};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Where the connection stands.
#[derive(Debug, Clone, Default)]
enum Stage {
    #[default]
    Address,
    Connecting,
    /// First contact with a device that identified as a supported printer: the admin compares
    /// its certificate's fingerprint with the one the printer shows.
    Confirm(FirstContact),
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
    password: Secret,
    /// The password remembered in the keychain for this printer, used when none is typed.
    remembered: Option<Secret>,
    remember: bool,
    /// Why no keychain is reachable, when none is (then nothing can be remembered).
    no_keychain: Option<String>,
    /// Why the keychain did not keep a password the printer accepted.
    not_remembered: Option<String>,
    /// Refused logins per printer, for the attempts left before a lockout.
    refusals: Refusals,
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
    /// Not secret (the CLI demo prints it), but kept out of Debug output all the same.
    pub password: Secret,
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
    CopyFingerprint,
    Connected(Result<Reach, Box<Diagnosis>>),
    /// The admin password as typed (kept out of Debug output).
    Password(Secret),
    /// The keychain's answer: the remembered password, if any, or why it is not reachable.
    Remembered(Result<Option<Secret>, String>),
    Remember(bool),
    LogIn,
    LoggedIn(LoginOutcome),
    Change,
    Cancel,
}

/// A connection's answer: the printer reached, or a first contact to confirm.
#[derive(Debug, Clone)]
pub enum Reach {
    Session(Arc<Session>),
    FirstContact(FirstContact),
}

/// A login's outcome, with where the password came from and the printer's lockout as its
/// profile states it.
#[derive(Debug, Clone)]
pub struct LoginOutcome {
    done: Arc<LoggedIn>,
    source: PasswordSource,
    lockout: Option<Lockout>,
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
                if let Stage::Confirm(first) = &self.stage {
                    let fingerprint = first.fingerprint.clone();
                    return self.connect(Some(fingerprint), lang);
                }
            }
            Message::CopyFingerprint => {
                if let Stage::Confirm(first) = &self.stage {
                    return Action::Copy(first.fingerprint.clone());
                }
            }
            // A result that arrives after a cancel is dropped.
            Message::Connected(_) if self.running.take().is_none() => {}
            Message::Connected(Ok(Reach::Session(session))) => {
                self.problem = None;
                self.not_remembered = None;
                self.stage = Stage::Password(session.clone());
                let address = session.address.clone();
                // A remembered password is tried once; a refused one is forgotten.
                return Action::Run(
                    Task::future(async move { secrets::load_printer_password(&address).await })
                        .map(|found| Message::Remembered(found.map_err(|e| e.to_string()))),
                );
            }
            // First contact is a question for the admin, not a failure.
            Message::Connected(Ok(Reach::FirstContact(first))) => {
                self.problem = None;
                self.stage = Stage::Confirm(first);
            }
            Message::Connected(Err(d)) => {
                self.stage = Stage::Address;
                self.problem = Some(d);
            }
            Message::Password(p) => self.password = p,
            Message::Remembered(Ok(p)) => {
                self.remembered = p;
                self.no_keychain = None;
            }
            Message::Remembered(Err(why)) => {
                self.remembered = None;
                self.remember = false;
                self.no_keychain = Some(why);
            }
            Message::Remember(r) => self.remember = r && self.no_keychain.is_none(),
            Message::LogIn => {
                let Stage::Password(session) = &self.stage else {
                    return Action::None;
                };
                let session = session.clone();
                self.stage = Stage::LoggingIn(session.clone());
                let typed = self.password.expose().is_empty();
                let (password, remembered) = match (&self.remembered, typed) {
                    (Some(remembered), true) => (remembered.clone(), true),
                    _ => (self.password.clone(), false),
                };
                let source = PasswordSource {
                    remembered,
                    remember: self.remember,
                };
                let task = Task::future(log_in(session, password, source));
                let (task, handle) = task.map(Message::LoggedIn).abortable();
                self.running = Some(handle);
                return Action::Run(task);
            }
            Message::LoggedIn(outcome) => {
                self.running = None;
                let Stage::LoggingIn(session) = &self.stage else {
                    return Action::None;
                };
                let session = session.clone();
                self.password = Secret::default();
                let done = &outcome.done;
                if outcome.source.remembered
                    && matches!(done.result, Err(PrinterError::BadPassword))
                {
                    // A refused remembered password is not tried again (and is gone from the
                    // keychain, or the diagnosis says it could not be removed).
                    self.remembered = None;
                }
                let failure = self.refusals.diagnose(
                    &session.address,
                    done,
                    outcome.source,
                    outcome.lockout,
                    lang,
                );
                match failure {
                    None => {
                        if let (true, Some(e)) = (outcome.source.remember, &done.keychain) {
                            self.not_remembered = Some(e.to_string());
                        }
                        self.problem = None;
                        self.stage = Stage::Ready(session);
                    }
                    Some(d) => {
                        self.problem = Some(Box::new(d));
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
            connect::reach(&options, lang)
                .await
                .map(|reached| match reached {
                    Reached::Connected(connected) => {
                        Reach::Session(Arc::new(Session::of(*connected)))
                    }
                    Reached::FirstContact(first) => Reach::FirstContact(first),
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
            Stage::Confirm(first) => page.push(confirm(first, lang)),
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
                                password = d.password.expose().to_string()
                            ))
                            .size(14)
                        }),
                        text_input("", self.password.expose())
                            .secure(true)
                            .on_input(|typed| Message::Password(Secret::new(typed)))
                            .on_submit(Message::LogIn)
                            .padding(8),
                        checkbox(self.remember)
                            .label(fl!(l, "ui-printer-remember"))
                            .on_toggle_maybe(
                                self.no_keychain.is_none().then_some(Message::Remember)
                            ),
                        self.no_keychain.as_ref().map(|why| {
                            warning(fl!(l, "ui-printer-no-keychain", error = why.clone()))
                        }),
                        self.remembered
                            .as_ref()
                            .map(|_| text(fl!(l, "ui-printer-remembered")).size(14)),
                        row![
                            button(text(fl!(l, "ui-printer-log-in"))).on_press_maybe(
                                (!busy
                                    && (!self.password.expose().is_empty()
                                        || self.remembered.is_some()))
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
                    self.not_remembered.as_ref().map(|why| {
                        warning(fl!(l, "ui-printer-not-remembered", error = why.clone()))
                    }),
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

impl Session {
    /// The session of a printer just reached.
    fn of(connected: Connected) -> Session {
        Session {
            address: connected.printer.address.clone(),
            model: connected.info.model.clone(),
            firmware: connected.info.firmware.clone(),
            connected: tokio::sync::Mutex::new(connected),
        }
    }
}

/// The certificate panel of a first contact: the printer as it identified itself (vendor,
/// model, address), the whole fingerprint in lines short enough for the narrowest window,
/// Copy, and Trust or Cancel.
fn confirm<'a>(first: &FirstContact, lang: Lang) -> Element<'a, Message> {
    let l = lang.loader();
    let lines = fingerprint_lines(&first.fingerprint)
        .into_iter()
        .fold(column![].spacing(2), |c, line| {
            c.push(text(line).font(crate::ui::MONO).size(15))
        });
    column![
        widgets::heading(fl!(l, "ui-printer-confirm-title")),
        text(fl!(
            l,
            "ui-printer-identified",
            printer = printer_name(&first.info.vendor, &first.info.model),
            address = first.address.clone()
        ))
        .size(17),
        widgets::paragraph(fl!(l, "ui-printer-confirm-text")),
        text(fl!(l, "ui-printer-fingerprint")).size(15),
        row![
            container(lines).padding(10).style(container::rounded_box),
            button(text(fl!(l, "ui-copy")))
                .on_press(Message::CopyFingerprint)
                .style(button::secondary),
        ]
        .spacing(12)
        .align_y(iced::Center),
        row![
            button(text(fl!(l, "ui-printer-trust"))).on_press(Message::Trust),
            widgets::cancel(Message::Change, lang),
        ]
        .spacing(8),
    ]
    .spacing(10)
    .into()
}

/// The printer as people name it: the model, with the vendor in front unless the model
/// already names it (`EPSON WF-C5890 Series`).
fn printer_name(vendor: &str, model: &str) -> String {
    if model.to_lowercase().starts_with(&vendor.to_lowercase()) {
        model.to_string()
    } else {
        format!("{vendor} {model}")
    }
}

/// A fingerprint (`AB:CD:...`, 32 bytes) as lines of eight bytes, to compare a group at a time.
fn fingerprint_lines(fingerprint: &str) -> Vec<String> {
    let bytes: Vec<&str> = fingerprint.split(':').collect();
    bytes.chunks(8).map(|chunk| chunk.join(":")).collect()
}

/// A note that something did not happen as asked, though nothing failed.
fn warning<'a>(content: String) -> Element<'a, Message> {
    container(text(content).size(14))
        .padding(10)
        .width(Length::Fill)
        .style(container::warning)
        .into()
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

/// Logs in with the keychain's rules (a keychain failure does not stop the login: the page
/// says what the keychain did not do).
async fn log_in(session: Arc<Session>, password: Secret, source: PasswordSource) -> LoginOutcome {
    let mut connected = session.connected.lock().await;
    let adapter = &mut connected.adapter;
    let lockout = Lockout::of(adapter.profile());
    let done = login::log_in(adapter, &session.address, None, &password, source).await;
    if let Some(e) = &done.keychain {
        tracing::warn!(error = %e, "the keychain did not take the change");
    }
    LoginOutcome {
        done: Arc::new(done),
        source,
        lockout,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::app::{self, Wizard};
    use printer_oauth_core::printer::adapter::{DeviceInfo, Interface};
    use printer_oauth_core::printer::address::parse_manual_address;
    use printer_oauth_core::printer::connect::PrinterEvent;
    use printer_oauth_core::printer::http_client::PrinterHttp;
    use printer_oauth_core::printer::profile::Profile;
    use printer_oauth_core::printer::profile_adapter::ProfileAdapter;
    use printer_oauth_core::printer::tls::Trust;
    use printer_oauth_core::secrets::KeychainError;
    use printer_oauth_core::wizard::Page;

    const FINGERPRINT: &str = "3F:A2:91:0C:D4:5E:77:18:B9:60:2A:EE:01:C3:94:5D:\
                               88:7B:12:F0:6C:A9:3D:E4:55:0B:C7:29:9A:41:E8:D6";

    fn info() -> DeviceInfo {
        DeviceInfo {
            vendor: "EPSON".into(),
            model: "ET-5800 Series".into(),
            firmware: Some("LM17O4".into()),
            interface: Interface::Standard,
        }
    }

    fn first_contact() -> FirstContact {
        FirstContact {
            address: "192.0.2.7:443".into(),
            info: info(),
            fingerprint: FINGERPRINT.into(),
        }
    }

    /// A printer reached (nothing is sent to it in these tests).
    fn session() -> Arc<Session> {
        let address = parse_manual_address("192.0.2.7").unwrap();
        let profile = Profile::builtin();
        let timeout = Duration::from_secs(1);
        let web = PrinterHttp::new(&address, &Trust::Pin(None), &[], timeout).unwrap();
        let info = info();
        let printer = PrinterEvent {
            event: "printer",
            address: address.authority(),
            vendor: info.vendor.clone(),
            model: info.model.clone(),
            firmware: info.firmware.clone(),
            interface: info.interface,
            fingerprint: Some(FINGERPRINT.into()),
            trust: "pinned",
            replaced: None,
        };
        let adapter = ProfileAdapter::new(web, profile, address);
        Arc::new(Session::of(Connected {
            adapter,
            info,
            printer,
        }))
    }

    fn simulate<'a, M>(element: Element<'a, M>, size: iced::Size) -> iced_test::Simulator<'a, M> {
        crate::ui::snapshots::simulator(element, size)
    }

    fn page_shows(page: &PrinterPage, content: &str) -> bool {
        simulate(page.view(Lang::En), crate::ui::MIN_SIZE)
            .find(content)
            .is_ok()
    }

    /// The page after a connection answered `reach`.
    fn reached_page(reach: Reach) -> PrinterPage {
        let mut page = PrinterPage::default();
        let _ = page.update(Message::Address("192.0.2.7".into()), Lang::En);
        let _ = page.update(Message::Connect, Lang::En);
        let _ = page.update(Message::Connected(Ok(reach)), Lang::En);
        page
    }

    #[test]
    fn the_certificate_panel_names_the_printer_and_copies_the_whole_fingerprint() {
        let mut page = reached_page(Reach::FirstContact(first_contact()));
        assert!(page_shows(&page, "EPSON ET-5800 Series at 192.0.2.7:443"));
        assert_eq!(
            printer_name("EPSON", "EPSON WF-C5890 Series"),
            "EPSON WF-C5890 Series"
        );
        let lines = fingerprint_lines(FINGERPRINT);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines.join(":"), FINGERPRINT);
        assert!(lines.iter().all(|l| page_shows(&page, l)));
        let messages: Vec<Message> = {
            let mut ui = simulate(page.view(Lang::En), crate::ui::MIN_SIZE);
            ui.click("Copy").unwrap();
            ui.into_messages().collect()
        };
        let copied: Vec<String> = messages
            .into_iter()
            .filter_map(|m| match page.update(m, Lang::En) {
                Action::Copy(text) => Some(text),
                _ => None,
            })
            .collect();
        assert_eq!(copied, vec![FINGERPRINT.to_string()]);
    }

    /// The panel in the wizard at its minimum size: every line of the fingerprint, and Copy,
    /// end within the window (their widths measured where nothing limits them).
    #[test]
    fn the_whole_fingerprint_fits_the_narrowest_window() {
        let dirs = tempfile::tempdir().unwrap();
        let (mut wizard, _) = Wizard::new(app::Options {
            lang: Lang::Hr,
            data_dir: Some(dirs.path().join("data")),
            config_dir: Some(dirs.path().join("config")),
            reports_dir: Some(dirs.path().join("reports")),
            ..app::Options::default()
        });
        let go = super::super::finish::Message::GoTo(Page::Printer);
        let _ = wizard.update(app::Message::Finish(go));
        for message in [
            Message::Address("192.0.2.7".into()),
            Message::Connect,
            Message::Connected(Ok(Reach::FirstContact(first_contact()))),
        ] {
            let _ = wizard.update(app::Message::Printer(message));
        }
        let natural = |content: &str| {
            let wide = iced::Size::new(4000.0, 600.0);
            simulate(wizard.view(), wide)
                .find(content)
                .unwrap()
                .bounds()
                .width
        };
        let window = crate::ui::MIN_SIZE;
        let mut labels = fingerprint_lines(FINGERPRINT);
        labels.push(Lang::Hr.text("ui-copy"));
        for label in labels {
            let width = natural(&label);
            let at = simulate(wizard.view(), window)
                .find(label.as_str())
                .unwrap()
                .bounds();
            assert!(
                at.x > 220.0 && at.x + width <= window.width,
                "{label:?} spans {}..{} in a window {} wide",
                at.x,
                at.x + width,
                window.width
            );
        }
        // The fingerprint on one line, as it was shown, would not fit.
        let one_line: Element<'_, ()> = text(FINGERPRINT).font(crate::ui::MONO).size(15).into();
        let wide = iced::Size::new(4000.0, 600.0);
        let width = simulate(one_line, wide)
            .find(FINGERPRINT)
            .unwrap()
            .bounds()
            .width;
        assert!(width > window.width - 220.0 - 48.0, "{width}");
    }

    #[test]
    fn a_device_that_did_not_identify_is_not_offered_for_trust() {
        let d = PrinterError::NotSupported("HTTP 200, no EPSON".into()).diagnose(Lang::En);
        let mut page = PrinterPage::default();
        let _ = page.update(Message::Address("192.0.2.7".into()), Lang::En);
        let _ = page.update(Message::Connect, Lang::En);
        let _ = page.update(Message::Connected(Err(Box::new(d.clone()))), Lang::En);
        assert!(matches!(page.stage, Stage::Address));
        assert!(page_shows(&page, &d.title));
        assert!(!page_shows(&page, &Lang::En.text("ui-printer-trust")));
    }

    fn outcome(
        result: Result<String, PrinterError>,
        keychain: Option<KeychainError>,
        remembered: bool,
        remember: bool,
    ) -> Message {
        Message::LoggedIn(LoginOutcome {
            done: Arc::new(LoggedIn { result, keychain }),
            source: PasswordSource {
                remembered,
                remember,
            },
            lockout: Lockout::of(&Profile::builtin()),
        })
    }

    /// Logs in once more with the outcome given.
    fn log_in_once(page: &mut PrinterPage, outcome: Message) {
        if page.password.expose().is_empty() && page.remembered.is_none() {
            let _ = page.update(Message::Password(Secret::new("wrong")), Lang::En);
        }
        let _ = page.update(Message::LogIn, Lang::En);
        assert!(matches!(page.stage, Stage::LoggingIn(_)));
        let _ = page.update(outcome, Lang::En);
    }

    #[test]
    fn a_refused_password_says_how_many_attempts_are_left_and_the_lockout_when_to_retry() {
        let mut page = reached_page(Reach::Session(session()));
        let fix = |page: &PrinterPage| page.problem.as_ref().unwrap().fix.clone();
        log_in_once(
            &mut page,
            outcome(Err(PrinterError::BadPassword), None, false, false),
        );
        assert!(
            fix(&page).contains("At most 2 attempts are left"),
            "{}",
            fix(&page)
        );
        assert!(page_shows(&page, &format!("Fix: {}", fix(&page))));
        log_in_once(
            &mut page,
            outcome(Err(PrinterError::BadPassword), None, false, false),
        );
        assert!(fix(&page).contains("At most 1 attempt is left"));
        log_in_once(
            &mut page,
            outcome(Err(PrinterError::BadPassword), None, false, false),
        );
        let last = fix(&page);
        assert!(last.contains("locks administrator login for 5 minutes. Try again after "));
        let until = last
            .rsplit("after ")
            .next()
            .unwrap()
            .trim_end_matches('.')
            .to_string();
        let locked = PrinterError::LockedOut("Try again later.".into());
        log_in_once(&mut page, outcome(Err(locked), None, false, false));
        assert!(fix(&page).ends_with(&format!("Try again after {until}.")));
        // Logged in: the count starts afresh.
        log_in_once(
            &mut page,
            outcome(Ok("business".into()), None, false, false),
        );
        assert!(page.session().is_some() && page.problem.is_none());
    }

    #[test]
    fn a_remembered_password_is_said_forgotten_only_when_one_was_remembered() {
        let forgotten = Lang::En.text("note-password-forgotten");
        let mut page = reached_page(Reach::Session(session()));
        let _ = page.update(Message::Remembered(Ok(Some(Secret::new("kept")))), Lang::En);
        // A typed password is refused: the remembered one is neither forgotten nor said to be.
        let _ = page.update(Message::Password(Secret::new("typed")), Lang::En);
        log_in_once(
            &mut page,
            outcome(Err(PrinterError::BadPassword), None, false, false),
        );
        assert!(!page.problem.as_ref().unwrap().fix.contains(&forgotten));
        assert!(page.remembered.is_some());
        assert!(page_shows(&page, &Lang::En.text("ui-printer-remembered")));
        // The remembered one is refused: it is forgotten, and said so.
        log_in_once(
            &mut page,
            outcome(Err(PrinterError::BadPassword), None, true, false),
        );
        assert!(page.problem.as_ref().unwrap().fix.ends_with(&forgotten));
        assert!(page.remembered.is_none());
        assert!(!page_shows(&page, &Lang::En.text("ui-printer-remembered")));
    }

    #[test]
    fn remember_password_with_no_keychain_says_so() {
        let mut page = reached_page(Reach::Session(session()));
        let why = "no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)";
        let _ = page.update(Message::Remembered(Err(why.into())), Lang::En);
        let note = fl!(Lang::En.loader(), "ui-printer-no-keychain", error = why);
        assert!(page_shows(&page, &note));
        let _ = page.update(Message::Remember(true), Lang::En);
        assert!(!page.remember, "nothing can be remembered");
        // With a keychain that refuses the new password, the page says it was not kept.
        let mut page = reached_page(Reach::Session(session()));
        let _ = page.update(Message::Remembered(Ok(None)), Lang::En);
        assert!(!page_shows(&page, &note));
        let _ = page.update(Message::Remember(true), Lang::En);
        let refused = KeychainError::Failed("the collection is locked".into());
        let said = fl!(
            Lang::En.loader(),
            "ui-printer-not-remembered",
            error = refused.to_string()
        );
        log_in_once(
            &mut page,
            outcome(Ok("business".into()), Some(refused), false, true),
        );
        assert!(page.session().is_some());
        assert!(page_shows(&page, &said));
    }
}
