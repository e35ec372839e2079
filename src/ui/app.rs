//! The wizard: its pages in the guide's order, Back and Next with a reason when Next is not
//! possible, the language switch, and what pages ask for (tasks, the browser, the clipboard).

use super::demo_panel::{self, DemoPanel};
use super::pages::{
    Action, apply_verify, email_server, exchange_online, finish, printer, scan_to_my_email,
    session, sign_in, welcome,
};
use super::widgets;
use crate::demo::Demo;
use i18n_embed_fl::fl;
use iced::widget::operation::RelativeOffset;
use iced::widget::{button, column, container, row, rule, scrollable, space, text};
use iced::{Element, Length, Subscription, Task, keyboard};
use printer_oauth_core::diagnose::Diagnosis;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::links::{Link, Links, OpenError};
use printer_oauth_core::paths;
use printer_oauth_core::printer::adapter::Target;
use printer_oauth_core::printer::settings::{Field, OAuthSettings, Values};
use printer_oauth_core::printer::setup::{self, SetupRequest};
use printer_oauth_core::report::{PrinterInfo, Report};
use printer_oauth_core::wizard::Page;
use printer_oauth_core::wizard::{Preferences, Progress};
use std::path::PathBuf;

/// How the wizard starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The language, unless the admin chose another in an earlier run.
    pub lang: Lang,
    /// The language was asked for (`--lang`): it wins over the one remembered.
    pub lang_asked: bool,
    /// The embedded simulators, when running with `--demo`.
    pub demo: Option<Demo>,
    /// Where pins and backups go (default: the platform's data directory).
    pub data_dir: Option<PathBuf>,
    /// Where progress is saved (default: the platform's config directory).
    pub config_dir: Option<PathBuf>,
    /// Where help-desk reports are saved (default: the user's Documents folder, else
    /// `reports` in the data directory).
    pub reports_dir: Option<PathBuf>,
}

/// The scrollable that holds the page.
const PAGE: &str = "page";

/// The pages, in the guide's order.
const STEPS: [Page; 8] = Page::ALL;

/// The wizard's state.
pub struct Wizard {
    lang: Lang,
    step: usize,
    /// The furthest page reached, for the report's steps done.
    reached: usize,
    data_dir: Option<PathBuf>,
    config_dir: Option<PathBuf>,
    reports_dir: Option<PathBuf>,
    /// Progress saved by an earlier run, offered for resumption on the first page.
    saved: Option<Progress>,
    welcome: welcome::Welcome,
    exchange: exchange_online::ExchangeOnline,
    printer: printer::PrinterPage,
    email: email_server::EmailServer,
    sign_in: sign_in::SignInPage,
    apply: apply_verify::ApplyVerify,
    scan: scan_to_my_email::ScanToMyEmail,
    finish: finish::Finish,
    demo: Option<DemoPanel>,
    /// A demo's throw-away directories, removed when the wizard closes.
    _scratch: Option<tempfile::TempDir>,
    /// The demo's printer, the only one a demo offers.
    demo_printer: Option<printer::DemoPrinter>,
    /// What the printer holds, as last sent and verified or read back (its email settings).
    holds: Option<Values>,
    /// The settings of the setup under way, which the printer holds once it succeeds.
    setting_up: Option<Values>,
    /// The printer the sign-ins were done on (its address).
    set_up_for: Option<String>,
    /// Changed settings being sent to the printer (no new sign-in).
    sending: bool,
    /// Why the last sending of changed settings failed.
    send_problem: Option<Box<Diagnosis>>,
    /// What the wizard could not do by itself (open the browser, save the progress), said on
    /// the page: a Fluent id and its arguments, rendered in the language of the moment.
    notice: Option<(&'static str, Vec<(&'static str, String)>)>,
    /// The demo's identity simulator, which this wizard started: its sign-in and consent pages
    /// may be opened besides Microsoft's.
    demo_identity: Option<url::Url>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Next,
    Quit,
    FocusNext,
    FocusPrevious,
    Resume,
    StartOver,
    /// Switches the whole wizard's language, from any page.
    Language(Lang),
    /// Goes to a step already reached (the step list).
    Step(usize),
    Welcome(welcome::Message),
    Exchange(exchange_online::Message),
    Printer(printer::Message),
    Email(email_server::Message),
    SignIn(sign_in::Message),
    Apply(apply_verify::Message),
    ScanToMyEmail(scan_to_my_email::Message),
    Finish(finish::Message),
    Demo(demo_panel::Message),
    /// Sends the changed settings to the signed-in printer.
    SendSettings,
    /// The changed settings were sent (the values sent), or why not.
    Sent(Result<Values, Box<Diagnosis>>),
}

impl Wizard {
    /// The wizard on its first page; the network search for printers starts at once.
    pub fn new(options: Options) -> (Wizard, Task<Message>) {
        let demo = options.demo.is_some();
        let demo_printer = options.demo.as_ref().map(|d| printer::DemoPrinter {
            address: d.printer.clone(),
            model: d.printer_model.clone(),
            password: d.printer_password.clone(),
        });
        // A demo never touches real use: throw-away directories, secrets in memory.
        let scratch = demo.then(tempfile::TempDir::new).and_then(Result::ok);
        let notice = (demo && !printer_oauth_core::secrets::use_memory_keychain())
            .then(|| ("ui-notice-demo-keychain", Vec::new()));
        let scratch_dir = |name: &str| scratch.as_ref().map(|t| t.path().join(name));
        let panel = options.demo.clone().map(DemoPanel::new);
        let demo_identity = options.demo.as_ref().map(|d| d.services.authority.clone());
        let (scan, exchange) = match options.demo {
            Some(demo) => (
                scan_to_my_email::ScanToMyEmail::prefilled(&demo.tenant, &demo.vendor_app_id),
                exchange_online::ExchangeOnline::for_demo(demo),
            ),
            None => Default::default(),
        };
        let (data_dir, config_dir) = match demo {
            true => (
                options.data_dir.or_else(|| scratch_dir("data")),
                options.config_dir.or_else(|| scratch_dir("config")),
            ),
            false => (
                options.data_dir.or_else(paths::data_dir),
                options.config_dir.or_else(paths::config_dir),
            ),
        };
        let reports_dir = match demo {
            true => options.reports_dir.or_else(|| scratch_dir("reports")),
            false => options.reports_dir.or_else(paths::reports_dir),
        };
        let lang = match (&config_dir, options.lang_asked) {
            (Some(dir), false) => Preferences::load(dir).lang.unwrap_or(options.lang),
            _ => options.lang,
        };
        // The demo always starts fresh: its printer and ports are new each time.
        let saved = match (demo, &config_dir) {
            (false, Some(dir)) => Progress::load(dir).filter(|p| p.step != Page::Welcome),
            _ => None,
        };
        let (printer, search) = printer::PrinterPage::new(data_dir.clone(), demo_printer.clone());
        let wizard = Wizard {
            lang,
            _scratch: scratch,
            demo_printer,
            step: 0,
            reached: 0,
            data_dir,
            config_dir,
            reports_dir,
            saved,
            welcome: welcome::Welcome::default(),
            exchange,
            printer,
            email: email_server::EmailServer::default(),
            sign_in: sign_in::SignInPage::default(),
            apply: apply_verify::ApplyVerify::default(),
            scan,
            finish: finish::Finish::default(),
            demo: panel,
            holds: None,
            setting_up: None,
            set_up_for: None,
            sending: false,
            send_problem: None,
            notice,
            demo_identity,
        };
        (wizard, search.map(Message::Printer))
    }

    /// The window title: the product and the current page.
    pub fn title(&self) -> String {
        format!(
            "{} — {}",
            fl!(self.lang.loader(), "ui-app-title"),
            STEPS[self.step].name(self.lang)
        )
    }

    /// Why the current page cannot be left with Next, if it cannot.
    pub(super) fn blocker(&self) -> Option<String> {
        self.blocker_at(self.step)
    }

    /// Why page `index` cannot be left forwards, if it cannot.
    fn blocker_at(&self, index: usize) -> Option<String> {
        let lang = self.lang;
        let unsent =
            || (!self.unsent().is_empty()).then(|| fl!(lang.loader(), "ui-unsent-blocker"));
        match STEPS[index] {
            Page::ExchangeOnline => self.exchange.blocker(lang),
            Page::Printer => self.printer.blocker(lang),
            Page::EmailServer => self.email.blocker(self.welcome.service, lang),
            Page::SignIn => self.sign_in.blocker(lang).or_else(unsent),
            Page::ApplyVerify => unsent(),
            _ => None,
        }
    }

    /// The fields whose value on the form differs from what the printer holds (nothing before
    /// the printer has been set up).
    fn unsent(&self) -> Vec<Field> {
        let (Some(holds), Ok(settings)) = (&self.holds, self.email.settings(self.welcome.service))
        else {
            return Vec::new();
        };
        settings
            .values()
            .into_iter()
            .filter(|(field, value)| holds.get(field) != Some(value))
            .map(|(field, _)| field)
            .collect()
    }

    /// Handles a message. A page is always shown from its top, and what a message brings to
    /// the page (a code, a result, an error) is scrolled into view.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let step = self.step;
        let brings_content = brings_content(&message, STEPS[step]);
        let task = self.handle(message);
        let scroll = if self.step != step {
            iced::widget::operation::snap_to(PAGE, RelativeOffset::START)
        } else if brings_content {
            iced::widget::operation::snap_to_end(PAGE)
        } else {
            return task;
        };
        Task::batch([task, scroll])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Back => {
                self.step = self.step.saturating_sub(1);
                self.notice = None;
                self.save_progress();
                Task::none()
            }
            // A sign-in waiting for the admin's word is undone before the window closes.
            Message::Quit => match self.sign_in.reset() {
                Some(left) => left.map(Message::SignIn).chain(iced::exit()),
                None => iced::exit(),
            },
            Message::FocusNext => iced::widget::operation::focus_next(),
            Message::FocusPrevious => iced::widget::operation::focus_previous(),
            Message::Resume => self.resume(),
            Message::Language(lang) => {
                self.choose_language(lang);
                Task::none()
            }
            // Back to any step reached; forwards only past pages that Next would leave.
            Message::Step(i)
                if i <= self.reached
                    && (i <= self.step || (self.step..i).all(|k| self.blocker_at(k).is_none())) =>
            {
                let shown = self.go_to(STEPS[i]);
                self.save_progress();
                shown
            }
            Message::Step(_) => Task::none(),
            Message::StartOver => {
                self.saved = None;
                if let Some(dir) = &self.config_dir
                    && let Err(e) = Progress::clear(dir)
                {
                    self.notice = Some(("ui-notice-progress", vec![("error", e.to_string())]));
                }
                Task::none()
            }
            Message::Next => {
                if self.blocker().is_some() || self.step + 1 >= STEPS.len() {
                    return Task::none();
                }
                self.step += 1;
                self.reached = self.reached.max(self.step);
                self.notice = None;
                self.save_progress();
                self.entered()
            }
            Message::Welcome(m) => {
                let action = self.welcome.update(m);
                self.act(action, Message::Welcome)
            }
            Message::Exchange(m) => {
                let (service, cloud) = (self.welcome.service, self.welcome.cloud);
                let action = self.exchange.update(m, service, cloud, self.lang);
                self.demo_approves_as_planned();
                self.act(action, Message::Exchange)
            }
            Message::Printer(m) => {
                let action = self.printer.update(m, self.lang);
                let address = self.printer.session().map(|s| s.address.clone());
                let left = match address.is_some()
                    && self.set_up_for.is_some()
                    && address != self.set_up_for
                {
                    true => self.forget_the_printer(),
                    false => Task::none(),
                };
                Task::batch([left, self.act(action, Message::Printer)])
            }
            Message::Email(m) => {
                let action = self.email.update(m);
                self.act(action, Message::Email)
            }
            Message::SignIn(m) => {
                let action = self.sign_in.update(m);
                self.act(action, Message::SignIn)
            }
            Message::SendSettings => self.send_settings(),
            // A sending that was left (the printer changed) no longer speaks for this printer.
            Message::Sent(_) if !self.sending => Task::none(),
            Message::Sent(result) => {
                self.sending = false;
                match result {
                    Ok(values) => {
                        self.holds = Some(values);
                        self.send_problem = None;
                        self.read_back()
                    }
                    Err(d) => {
                        self.send_problem = Some(d);
                        Task::none()
                    }
                }
            }
            Message::Apply(m) => {
                let action = self.apply.update(m);
                if let Some(values) = self.apply.settings() {
                    self.holds = Some(values);
                }
                self.act(action, Message::Apply)
            }
            Message::ScanToMyEmail(m) => {
                let (service, cloud) = (self.welcome.service, self.welcome.cloud);
                let authority = self.exchange.authority(service, cloud);
                let action = self.scan.update(m, service, cloud, &authority);
                self.act(action, Message::ScanToMyEmail)
            }
            Message::Finish(m) => {
                let action = self.finish.update(m, self.lang);
                self.act(action, Message::Finish)
            }
            Message::Demo(m) => match &mut self.demo {
                Some(panel) => panel.update(m).map(Message::Demo),
                None => Task::none(),
            },
        }
    }

    /// What to save after each step: no password, no token.
    fn progress(&self) -> Progress {
        let (sender, smtp_server, smtp_port, cert_validation) = self.email.saved();
        Progress {
            step: STEPS[self.step],
            service: self.welcome.service,
            cloud: self.welcome.cloud,
            mailbox: self.exchange.mailbox.clone(),
            path: self.exchange.plan().path,
            admin: self.exchange.admin().to_string(),
            vendor_app_id: self.exchange.vendor_app_id().to_string(),
            tenant: self.exchange.tenant.clone(),
            client_id: self.exchange.client_id.clone(),
            printer: self.printer.address().to_string(),
            sender,
            smtp_server,
            smtp_port,
            cert_validation,
            fax: self.email.fax,
        }
    }

    /// Switches the language and remembers it for the next launch.
    fn choose_language(&mut self, lang: Lang) {
        self.lang = lang;
        if let Some(dir) = &self.config_dir
            && let Err(e) = (Preferences { lang: Some(lang) }).save(dir)
        {
            self.notice = Some(("ui-notice-language", vec![("error", e.to_string())]));
        }
    }

    fn save_progress(&mut self) {
        if let Some(dir) = &self.config_dir
            && let Err(e) = self.progress().save(dir)
        {
            self.notice = Some(("ui-notice-progress", vec![("error", e.to_string())]));
        }
    }

    /// Puts the saved fields back and goes to the saved page; pages after the printer wait
    /// for it to be connected again (its password is not saved).
    fn resume(&mut self) -> Task<Message> {
        let Some(saved) = self.saved.take() else {
            return Task::none();
        };
        self.welcome.service = saved.service;
        self.welcome.cloud = saved.cloud;
        self.exchange.mailbox = saved.mailbox;
        for message in [
            exchange_online::Message::Path(saved.path),
            exchange_online::Message::Admin(saved.admin),
            exchange_online::Message::VendorAppId(saved.vendor_app_id),
        ] {
            let (service, cloud) = (self.welcome.service, self.welcome.cloud);
            let _ = self.exchange.update(message, service, cloud, self.lang);
        }
        self.exchange.tenant = saved.tenant;
        self.exchange.client_id = saved.client_id;
        self.email.restore(
            &saved.sender,
            &saved.smtp_server,
            &saved.smtp_port,
            saved.cert_validation,
        );
        self.email.fax = saved.fax;
        let address = self
            .printer
            .update(printer::Message::Address(saved.printer), self.lang);
        let step = match STEPS.iter().position(|s| *s == saved.step) {
            Some(i) => i.min(STEPS.iter().position(|s| *s == Page::Printer).unwrap_or(0)),
            None => 0,
        };
        self.step = step;
        self.reached = step;
        self.act(address, Message::Printer)
    }

    /// Writes the help-desk report into the reports folder; the Finish page says where.
    fn export_report(&mut self) {
        let lang = self.lang;
        let mut report = Report::new(
            self.welcome.service,
            self.welcome.cloud,
            STEPS[..=self.reached].to_vec(),
        );
        report.printer = self.printer.session().map(|s| PrinterInfo {
            address: s.address.clone(),
            model: s.model.clone(),
            firmware: s.firmware.clone(),
        });
        report.settings = self.apply.settings();
        report.resolved = self.apply.resolved();
        report.errors = [
            self.exchange.diagnoses(),
            self.printer.diagnoses(),
            self.sign_in.diagnoses(),
            self.apply.diagnoses(),
        ]
        .concat();
        report.lookups = self.finish.lookups();
        self.finish.exported = Some(match &self.reports_dir {
            Some(dir) => match report.save(dir, lang) {
                Ok(path) => finish::Exported::Saved(path),
                Err(e) => finish::Exported::Failed(e.to_string()),
            },
            None => finish::Exported::NoFolder,
        });
    }

    /// Starts again at the printer page with a fresh printer, keeping the tenant's pages.
    fn another_printer(&mut self) -> Task<Message> {
        let (printer, search) =
            printer::PrinterPage::new(self.data_dir.clone(), self.demo_printer.clone());
        self.printer = printer;
        self.email = email_server::EmailServer::default();
        let left = self.forget_the_printer();
        let shown = self.go_to(Page::Printer);
        Task::batch([left, shown.chain(search.map(Message::Printer))])
    }

    /// Forgets what was done on a printer (its sign-ins, what it holds, its read-back), for
    /// another one: a setup or sending under way is left, and its outcome ignored.
    fn forget_the_printer(&mut self) -> Task<Message> {
        let left = self.sign_in.reset();
        self.apply = apply_verify::ApplyVerify::default();
        self.holds = None;
        self.setting_up = None;
        self.set_up_for = None;
        self.sending = false;
        self.send_problem = None;
        let printer = STEPS.iter().position(|s| *s == Page::Printer).unwrap_or(0);
        self.reached = self.reached.min(printer);
        left.map_or_else(Task::none, |t| t.map(Message::SignIn))
    }

    /// Shows a page (from a fix's "Go to" button).
    fn go_to(&mut self, step: Page) -> Task<Message> {
        self.step = STEPS.iter().position(|s| *s == step).unwrap_or(0);
        self.notice = None;
        self.entered()
    }

    /// What a page needs when the admin arrives on it.
    fn entered(&mut self) -> Task<Message> {
        match STEPS[self.step] {
            Page::EmailServer => {
                let (service, cloud) = (self.welcome.service, self.welcome.cloud);
                self.email.prefill(service, cloud, &self.exchange.mailbox);
                Task::none()
            }
            Page::SignIn => {
                self.sign_in.plan(self.email.fax);
                self.sign_in
                    .expect(self.exchange.plan(), self.email.saved().0);
                self.demo_approves_as_planned();
                Task::none()
            }
            Page::ApplyVerify => self.read_back(),
            Page::ScanToMyEmail => {
                self.scan
                    .offer(&self.exchange.tenant, self.exchange.vendor_app_id());
                Task::none()
            }
            _ => Task::none(),
        }
    }

    /// In a demo, its automatic approval signs in with the account the plan names, as an
    /// admin following the page would.
    fn demo_approves_as_planned(&self) {
        if let Some(panel) = &self.demo {
            panel.approve_as(&self.exchange.plan().signer);
        }
    }

    /// Starts the printer's setup for the next target.
    fn start_setup(&mut self) -> Task<Message> {
        let (Some(session), Ok(settings)) = (
            self.printer.session(),
            self.email.settings(self.welcome.service),
        ) else {
            return Task::none();
        };
        self.setting_up = Some(settings.values());
        self.set_up_for = Some(session.address.clone());
        let request = self.setup_request(&session, &settings);
        let action = self.sign_in.start(session, request);
        self.act(action, Message::SignIn)
    }

    /// What a setup of one target of the printer logged in needs: the form's settings, the
    /// printer's address and model (they name the backup), the data folder, the language.
    fn setup_request(
        &self,
        session: &session::Session,
        settings: &OAuthSettings,
    ) -> impl Fn(Target) -> SetupRequest + use<> {
        let (printer, model) = (session.address.clone(), session.model.clone());
        let (settings, lang) = (settings.clone(), self.lang);
        let data_dir = self.data_dir.clone().unwrap_or_default();
        move |target| SetupRequest {
            printer: printer.clone(),
            model: model.clone(),
            target,
            settings: settings.clone(),
            data_dir: data_dir.clone(),
            lang,
        }
    }

    /// Sends the changed settings to every target already set up, with the safety net and no
    /// new sign-in; the printer is read back afterwards.
    fn send_settings(&mut self) -> Task<Message> {
        let (Some(session), Ok(settings)) = (
            self.printer.session(),
            self.email.settings(self.welcome.service),
        ) else {
            return Task::none();
        };
        if !self.can_send() {
            return Task::none();
        }
        self.sending = true;
        self.send_problem = None;
        let requests: Vec<SetupRequest> = self
            .sign_in
            .done_targets()
            .into_iter()
            .map(self.setup_request(&session, &settings))
            .collect();
        Task::future(async move {
            let mut connected = session.connected.lock().await;
            for request in &requests {
                setup::send(&mut connected.adapter, request, &mut |_| {})
                    .await
                    .map_err(Box::new)?;
            }
            Ok(settings.values())
        })
        .map(Message::Sent)
    }

    /// Whether changed settings can be sent now: the printer has been set up and is not being
    /// signed in, nothing is being sent, and the form has nothing Next would refuse.
    fn can_send(&self) -> bool {
        !self.sign_in.done_targets().is_empty()
            && !self.sign_in.running()
            && !self.sending
            && self
                .email
                .blocker(self.welcome.service, self.lang)
                .is_none()
    }

    /// Reads the printer's settings back for the outcome page.
    fn read_back(&mut self) -> Task<Message> {
        let Some(session) = self.printer.session() else {
            return Task::none();
        };
        let action = self.apply.load(session, self.lang);
        self.act(action, Message::Apply)
    }

    /// The pages the browser may be sent to: the chosen cloud's Microsoft pages, and the demo's
    /// own simulator.
    fn links(&self) -> Links {
        let links = Links::new(self.welcome.service, self.welcome.cloud);
        match &self.demo_identity {
            Some(identity) => links.with_own(identity),
            None => links,
        }
    }

    /// Opens an address in the browser if it is one of [`Wizard::links`]; else, or when the
    /// browser does not start, says so on the page.
    fn open(&mut self, address: &str, link: Link) -> Task<Message> {
        let (id, error) = match self.links().open(address, link) {
            Ok(()) => return Task::none(),
            Err(OpenError::NotOpenable(why)) => ("ui-notice-not-opened", why.to_string()),
            Err(e @ OpenError::Browser(_)) => ("ui-notice-browser", e.to_string()),
        };
        tracing::debug!(%error, "an address was not opened");
        self.notice = Some((id, vec![("address", address.to_string()), ("error", error)]));
        Task::none()
    }

    /// Carries out what a page asked for.
    fn act<M: Send + 'static>(
        &mut self,
        action: Action<M>,
        wrap: fn(M) -> Message,
    ) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Run(task) => task.map(wrap),
            Action::Open(url) => self.open(&url, Link::Admin),
            Action::OpenSignIn(url) => self.open(&url, Link::SignIn),
            Action::Copy(content) => iced::clipboard::write(content),
            Action::GoTo(step) => self.go_to(step),
            Action::OpenFolder(folder) => {
                if let Err(e) = open::that_detached(&folder) {
                    let folder = folder.display().to_string();
                    let args = vec![("folder", folder), ("error", e.to_string())];
                    self.notice = Some(("ui-notice-folder", args));
                }
                Task::none()
            }
            Action::StartSignIn => self.start_setup(),
            Action::SignInAgain => {
                let left = self.sign_in.restart().map(|t| t.map(Message::SignIn));
                let shown = self.go_to(Page::SignIn);
                let start = self.start_setup();
                match left {
                    Some(left) => Task::batch([shown, left.chain(start)]),
                    None => shown.chain(start),
                }
            }
            Action::SetUp => {
                self.holds = self.setting_up.take();
                Task::none()
            }
            Action::ReadBack => self.read_back(),
            Action::TestConnection => match self.printer.session() {
                Some(session) => {
                    let action = self.apply.test(session, self.lang);
                    self.act(action, Message::Apply)
                }
                None => Task::none(),
            },
            Action::AnotherPrinter => self.another_printer(),
            Action::ExportReport => {
                self.export_report();
                Task::none()
            }
        }
    }

    /// Enter goes on, Escape goes back (when no field took the key), Tab and Shift+Tab move
    /// between fields, Ctrl+Q quits.
    pub fn subscription(&self) -> Subscription<Message> {
        let keys = keyboard::listen().filter_map(shortcut);
        match &self.demo {
            Some(panel) => Subscription::batch([keys, panel.subscription().map(Message::Demo)]),
            None => keys,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let steps = STEPS
            .iter()
            .enumerate()
            .fold(column![].spacing(10), |c, (i, step)| {
                let name = text(format!("{}. {}", i + 1, step.name(self.lang))).size(16);
                // A step already reached can be gone back (or forth) to.
                let entry: Element<'_, Message> = if i == self.step {
                    container(name).padding(6).style(container::primary).into()
                } else if i <= self.reached {
                    button(name)
                        .padding(6)
                        .style(button::text)
                        .on_press(Message::Step(i))
                        .into()
                } else {
                    container(name).padding(6).into()
                };
                c.push(entry)
            });
        let page = match STEPS[self.step] {
            Page::ExchangeOnline => self
                .exchange
                .view(self.welcome.cloud, lang, &self.links())
                .map(Message::Exchange),
            Page::Printer => self.printer.view(lang).map(Message::Printer),
            Page::EmailServer => self
                .email
                .view(self.welcome.service, lang)
                .map(Message::Email),
            Page::SignIn => self
                .sign_in
                .view(lang, !self.unsent().is_empty(), &self.links())
                .map(Message::SignIn),
            Page::ApplyVerify => self
                .apply
                .view(lang, !self.unsent().is_empty())
                .map(Message::Apply),
            Page::ScanToMyEmail => {
                let (service, cloud) = (self.welcome.service, self.welcome.cloud);
                let authority = self.exchange.authority(service, cloud);
                self.scan
                    .view(service, &authority, lang)
                    .map(Message::ScanToMyEmail)
            }
            Page::Finish => self.finish.view(lang).map(Message::Finish),
            Page::Welcome => self.welcome.view(lang).map(Message::Welcome),
        };
        let page = match &self.notice {
            Some((id, args)) => column![
                container(text(lang.text_with(id, args)).size(15))
                    .padding(12)
                    .width(Length::Fill)
                    .style(container::warning),
                page
            ]
            .spacing(16)
            .into(),
            None => page,
        };
        let page = match (&self.saved, STEPS[self.step]) {
            (Some(saved), Page::Welcome) => {
                column![resume_banner(saved, lang), page].spacing(16).into()
            }
            (_, Page::SignIn | Page::ApplyVerify) => match self.unsent_banner(lang) {
                Some(banner) => column![banner, page].spacing(16).into(),
                None => page,
            },
            _ => page,
        };
        let blocker = self.blocker();
        let last = self.step + 1 == STEPS.len();
        let next_enabled = blocker.is_none() && !last;
        let footer = row![
            (self.step > 0).then(|| {
                button(text(fl!(lang.loader(), "ui-back")))
                    .on_press(Message::Back)
                    .style(button::secondary)
            }),
            space::horizontal(),
            blocker.map(|reason| text(reason).size(14)),
            button(text(fl!(lang.loader(), "ui-next")))
                .on_press_maybe(next_enabled.then_some(Message::Next)),
        ]
        .spacing(12)
        .align_y(iced::Center);
        let body = column![
            scrollable(container(page).padding(24))
                .id(PAGE)
                .height(Length::Fill),
            rule::horizontal(1),
            container(footer).padding(12),
        ];
        let language = column![
            text(fl!(lang.loader(), "ui-language")).size(13),
            widgets::language_switch(lang, Message::Language, 13),
        ]
        .spacing(4);
        // The demo panel takes the room left under the steps; without it, the language
        // switch sits at the bottom.
        let steps = match &self.demo {
            Some(panel) => column![steps, language, panel.view(lang).map(Message::Demo)],
            None => column![steps, space::vertical(), language],
        }
        .spacing(12)
        .height(Length::Fill);
        row![
            container(steps).padding(16).width(220),
            rule::vertical(1),
            body,
        ]
        .into()
    }
}

impl Wizard {
    /// "Changes not yet sent to the printer": each field as the printer holds it and as the
    /// form says, with Send settings (when no new sign-in is needed) and Sign in again.
    fn unsent_banner(&self, lang: Lang) -> Option<Element<'_, Message>> {
        let unsent = self.unsent();
        if unsent.is_empty() && self.send_problem.is_none() {
            return None;
        }
        let l = lang.loader();
        let desired = self
            .email
            .settings(self.welcome.service)
            .map(|s| s.values())
            .unwrap_or_default();
        let holds = self.holds.clone().unwrap_or_default();
        let shown = |field: Field, values: &Values| {
            values
                .get(&field)
                .map(|v| field.display_value(v, lang))
                .unwrap_or_else(|| "—".into())
        };
        let mut lines = column![widgets::heading(fl!(l, "ui-unsent-title"))].spacing(8);
        for field in &unsent {
            lines = lines.push(text(fl!(
                l,
                "ui-unsent-field",
                field = field.label(lang),
                printer = shown(*field, &holds),
                form = shown(*field, &desired)
            )));
        }
        // A new service or method needs the printer's own sign-in; the rest is only sent.
        let needs_sign_in = unsent
            .iter()
            .any(|f| matches!(f, Field::Service | Field::AuthMethod));
        if needs_sign_in {
            lines = lines.push(text(fl!(l, "ui-unsent-needs-sign-in")));
        }
        let send = button(text(fl!(l, "ui-unsent-send"))).on_press_maybe(
            (!needs_sign_in && self.can_send() && !unsent.is_empty())
                .then_some(Message::SendSettings),
        );
        let again = button(text(fl!(l, "ui-signin-again")))
            .on_press(Message::SignIn(sign_in::Message::SignInAgain))
            .style(button::secondary);
        lines = lines.push(row![send, again].spacing(8));
        if self.sending {
            lines = lines.push(text(fl!(l, "ui-unsent-sending")));
        }
        let mut banner = column![
            container(lines)
                .padding(14)
                .width(Length::Fill)
                .style(container::warning)
        ]
        .spacing(10);
        if let Some(d) = &self.send_problem {
            banner = banner.push(widgets::diagnosis(d, lang));
        }
        Some(banner.into())
    }
}

/// Whether a message brings new content to the page shown: a sign-in code, a result, an
/// error (a message for another page, such as the printer search's, moves nothing).
fn brings_content(message: &Message, shown: Page) -> bool {
    use printer_oauth_core::signin::Event;
    let page = match message {
        Message::Exchange(_) => Page::ExchangeOnline,
        Message::Printer(_) => Page::Printer,
        Message::SignIn(_) => Page::SignIn,
        Message::Apply(_) => Page::ApplyVerify,
        Message::Finish(_) => Page::Finish,
        Message::Sent(_) => shown,
        _ => return false,
    };
    page == shown
        && matches!(
            message,
            Message::Exchange(exchange_online::Message::Finished(_))
                | Message::Exchange(exchange_online::Message::Progress(
                    printer_oauth_core::preflight::Progress::SignIn(Event::Code { .. })
                ))
                | Message::Printer(
                    printer::Message::Connected(_)
                        | printer::Message::LoggedIn(_)
                        | printer::Message::Found(_)
                )
                | Message::SignIn(
                    sign_in::Message::Finished(_)
                        | sign_in::Message::Confirm(_)
                        | sign_in::Message::Progress(setup::SetupProgress::SignIn(
                            Event::Code { .. }
                        ))
                )
                | Message::Apply(
                    apply_verify::Message::Loaded(_) | apply_verify::Message::Tested(_)
                )
                | Message::Finish(finish::Message::Decode)
                | Message::Sent(_)
        )
}

/// The offer to resume an earlier run.
fn resume_banner<'a>(saved: &Progress, lang: Lang) -> Element<'a, Message> {
    let l = lang.loader();
    let printer = if saved.printer.is_empty() {
        "—".to_string()
    } else {
        saved.printer.clone()
    };
    container(
        column![
            text(fl!(
                l,
                "ui-resume",
                page = saved.step.name(lang),
                printer = printer
            ))
            .size(16),
            row![
                button(text(fl!(l, "ui-resume-yes"))).on_press(Message::Resume),
                button(text(fl!(l, "ui-resume-no")))
                    .on_press(Message::StartOver)
                    .style(button::secondary),
            ]
            .spacing(8),
        ]
        .spacing(10),
    )
    .padding(14)
    .width(Length::Fill)
    .style(container::rounded_box)
    .into()
}

/// The message of a keyboard shortcut.
fn shortcut(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
        return None;
    };
    match key.as_ref() {
        keyboard::Key::Named(keyboard::key::Named::Enter) => Some(Message::Next),
        keyboard::Key::Named(keyboard::key::Named::Escape) => Some(Message::Back),
        keyboard::Key::Named(keyboard::key::Named::Tab) if modifiers.shift() => {
            Some(Message::FocusPrevious)
        }
        keyboard::Key::Named(keyboard::key::Named::Tab) => Some(Message::FocusNext),
        keyboard::Key::Character("q") if modifiers.command() => Some(Message::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_waits_for_the_mailbox() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wizard, _) = Wizard::new(Options {
            config_dir: Some(dir.path().to_path_buf()),
            ..Options::default()
        });
        let _ = wizard.update(Message::Next);
        assert_eq!(STEPS[wizard.step], Page::ExchangeOnline);
        assert!(wizard.blocker().is_some());
        let _ = wizard.update(Message::Next);
        assert_eq!(
            STEPS[wizard.step],
            Page::ExchangeOnline,
            "Next waits for the mailbox"
        );
        let _ = wizard.update(Message::Exchange(exchange_online::Message::Mailbox(
            "scanner@contoso.com".into(),
        )));
        assert!(wizard.blocker().is_none());
        let _ = wizard.update(Message::Next);
        assert_eq!(STEPS[wizard.step], Page::Printer);
        assert!(
            wizard.blocker().is_some(),
            "the printer must be logged in first"
        );
        let _ = wizard.update(Message::Back);
        let _ = wizard.update(Message::Back);
        assert_eq!(wizard.step, 0);
    }

    #[test]
    fn progress_is_saved_after_each_step_and_offered_at_the_next_launch() {
        let dir = tempfile::tempdir().unwrap();
        let options = || Options {
            config_dir: Some(dir.path().to_path_buf()),
            ..Options::default()
        };
        let (mut first, _) = Wizard::new(options());
        let _ = first.update(Message::Welcome(welcome::Message::Service(
            printer_oauth_core::cloud::Service::Outlook,
        )));
        let _ = first.update(Message::Next);
        let mailbox = exchange_online::Message::Mailbox("scanner@contoso.com".into());
        let _ = first.update(Message::Exchange(mailbox));
        let path =
            exchange_online::Message::Path(printer_oauth_core::exchange::AccountPath::GlobalAdmin);
        let _ = first.update(Message::Exchange(path));
        let admin = exchange_online::Message::Admin("ana@contoso.com".into());
        let _ = first.update(Message::Exchange(admin));
        let _ = first.update(Message::Next);
        let _ = first.update(Message::Printer(printer::Message::Address(
            "10.0.0.5".into(),
        )));
        let saved = Progress::load(dir.path()).expect("saved");
        assert_eq!(
            (saved.step, saved.mailbox.as_str()),
            (Page::Printer, "scanner@contoso.com")
        );
        let text = std::fs::read_to_string(dir.path().join("progress.json")).unwrap();
        assert!(
            !text.to_lowercase().contains("password"),
            "no secret is saved"
        );

        let (mut second, _) = Wizard::new(options());
        assert!(second.saved.is_some(), "offered for resumption");
        let _ = second.update(Message::Resume);
        assert_eq!(STEPS[second.step], Page::Printer);
        assert_eq!(second.exchange.mailbox, "scanner@contoso.com");
        let plan = second.exchange.plan();
        assert_eq!(
            (plan.path, plan.signer.as_str()),
            (
                printer_oauth_core::exchange::AccountPath::GlobalAdmin,
                "ana@contoso.com"
            ),
            "the account path survives a restart"
        );
        assert_eq!(
            second.welcome.service,
            printer_oauth_core::cloud::Service::Outlook
        );

        let (mut third, _) = Wizard::new(options());
        let _ = third.update(Message::StartOver);
        assert!(Progress::load(dir.path()).is_none());
    }

    #[test]
    fn an_address_off_the_clouds_microsoft_pages_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wizard, _) = Wizard::new(Options {
            config_dir: Some(dir.path().to_path_buf()),
            ..Options::default()
        });
        for (address, link) in [
            ("file:///etc/passwd\u{1b}]0;pwned\u{7}", Link::SignIn),
            ("http://127.0.0.1:40123/devicelogin", Link::SignIn),
            ("https://login.microsoftonline.us/device", Link::SignIn),
            ("https://entra.microsoft.com.evil.example/", Link::Admin),
        ] {
            wizard.notice = None;
            let _ = wizard.open(address, link);
            let Some(("ui-notice-not-opened", args)) = &wizard.notice else {
                panic!("{address} was opened: {:?}", wizard.notice);
            };
            assert_eq!(args[0], ("address", address.to_string()));
        }
        // The chosen cloud decides: GCC High's sign-in page once the admin picked it.
        let us = "https://login.microsoftonline.us/device";
        let _ = wizard.update(Message::Welcome(welcome::Message::Cloud(
            printer_oauth_core::cloud::Cloud::Usgov,
        )));
        assert!(wizard.links().check(us, Link::SignIn).is_ok());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_demo_opens_its_own_simulator_and_a_real_run_does_not() {
        use printer_oauth_sim as sim;
        let simulators = sim::Demo::start(sim::Knobs::default()).await.unwrap();
        let page = format!("{}/devicelogin", simulators.shared.base_url);
        let dir = tempfile::tempdir().unwrap();
        let (demo, _) = Wizard::new(Options {
            demo: Some(crate::demo::Demo::of(&simulators)),
            config_dir: Some(dir.path().to_path_buf()),
            ..Options::default()
        });
        assert!(demo.links().check(&page, Link::SignIn).is_ok());
        let (real, _) = Wizard::new(Options {
            config_dir: Some(dir.path().to_path_buf()),
            ..Options::default()
        });
        assert!(real.links().check(&page, Link::SignIn).is_err());
    }
}
