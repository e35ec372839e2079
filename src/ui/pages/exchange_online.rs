//! Page 2: Exchange Online. Security defaults and SMTP AUTH as the guide explains them, which
//! account signs the printer in (the printer's own mailbox after admin consent, or a Global
//! Administrator as in the guide) and why, the PowerShell for the tenant and for that account,
//! the admin centres, and the optional pre-flight: sign in as that account and send a real
//! test message from the printer's mailbox, with a warning when the accounts do not match.

use super::super::relayed_code::{self, RelayedCode};
use super::Action;
use crate::demo::Demo;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::futures::SinkExt;
use iced::futures::channel::mpsc;
use iced::widget::{button, column, container, radio, row, text};
use iced::{Element, Length, Task};
use printer_oauth_core::cloud::{self, Cloud, Service};
use printer_oauth_core::diagnose::Diagnosis;
use printer_oauth_core::exchange::{self, AccountPath, AdminCentre, ConsentError, Plan};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::links::Links;
use printer_oauth_core::mail::MailSent;
use printer_oauth_core::preflight::{self, Progress, Request};
use printer_oauth_core::printer::settings::check_sender;
use printer_oauth_core::signin::Event;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Where the pre-flight stands.
#[derive(Debug, Clone, Default)]
enum Check {
    #[default]
    Idle,
    Running(RelayedCode),
    Passed(MailSent),
    Failed(Box<Diagnosis>),
}

/// The page's fields and the pre-flight's state.
#[derive(Debug, Default)]
pub struct ExchangeOnline {
    pub mailbox: String,
    admin: String,
    /// Which account signs the printer in.
    path: AccountPath,
    pub tenant: String,
    pub client_id: String,
    /// The printer vendor's app, for the admin consent of the least-privilege path.
    vendor_app_id: String,
    /// The demo, when the simulators run: where the pre-flight goes instead of Microsoft, and
    /// the tenant where the PowerShell can be run.
    demo: Option<Demo>,
    /// The plan whose PowerShell was last run in the demo tenant.
    ran_in_demo: Option<Plan>,
    /// The account the last pre-flight signed in as.
    signed_in: Option<String>,
    to: String,
    check: Check,
    /// What the last pre-flight warned about (no keychain, a refused remembered sign-in...).
    warnings: Vec<preflight::Warning>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Mailbox(String),
    Admin(String),
    Path(AccountPath),
    VendorAppId(String),
    OpenConsent,
    Tenant(String),
    ClientId(String),
    To(String),
    CopyTenantScript,
    CopyAccountScript,
    /// Runs the account's PowerShell in the demo tenant.
    RunInDemo,
    OpenCentre(AdminCentre),
    Run,
    /// The relayed code's Copy, Open and Cancel.
    Relayed(relayed_code::Message),
    Progress(Progress),
    Finished(Result<MailSent, Box<Diagnosis>>),
}

impl ExchangeOnline {
    /// The page for the demo: its tenant, app, mailbox, Global Administrator and the printer
    /// vendor's app filled in; the pre-flight goes to its simulators, and the PowerShell can be
    /// run in its tenant.
    pub fn for_demo(demo: Demo) -> ExchangeOnline {
        ExchangeOnline {
            mailbox: demo.mailbox.clone(),
            tenant: demo.tenant.clone(),
            client_id: demo.client_id.clone(),
            to: demo.mailbox.clone(),
            admin: demo.admin.clone(),
            vendor_app_id: demo.vendor_app_id.clone(),
            demo: Some(demo),
            ..ExchangeOnline::default()
        }
    }

    /// The accounts: who signs the printer in, and the sender.
    pub fn plan(&self) -> Plan {
        Plan::new(self.path, &self.admin, &self.mailbox)
    }

    /// The administrator account, as typed.
    pub fn admin(&self) -> &str {
        self.admin.trim()
    }

    /// The printer vendor's app id, as typed.
    pub fn vendor_app_id(&self) -> &str {
        self.vendor_app_id.trim()
    }

    /// The admin-consent address for the vendor's app, or the Fluent id of what is missing.
    fn consent_url(&self, cloud: Cloud) -> Result<url::Url, &'static str> {
        let authority = self.authority(Service::ExchangeOnline, cloud);
        exchange::admin_consent_url(&authority, &self.tenant, &self.vendor_app_id).map_err(|e| {
            match e {
                ConsentError::Tenant => "ui-scan-need-tenant",
                ConsentError::ClientId => "ui-scan-need-app-id",
            }
        })
    }

    /// Where sign-ins go: the demo's identity simulator, or the cloud's authority.
    pub fn authority(&self, service: Service, cloud: Cloud) -> url::Url {
        match &self.demo {
            Some(demo) => demo.services.authority.clone(),
            None => cloud::Endpoints::of(service, cloud).authority,
        }
    }

    /// The pre-flight's failure, for the help-desk report.
    pub fn diagnoses(&self) -> Vec<Diagnosis> {
        match &self.check {
            Check::Failed(d) => vec![(**d).clone()],
            _ => Vec::new(),
        }
    }

    /// Why Next is not possible yet: the printer's mailbox is needed on later pages, and on the
    /// guide's path the Global Administrator who signs the printer in.
    pub fn blocker(&self, lang: Lang) -> Option<String> {
        if check_sender(self.mailbox.trim()).is_some() {
            return Some(fl!(lang.loader(), "ui-exchange-needs-mailbox"));
        }
        let admin_missing = check_sender(self.admin.trim()).is_some();
        (self.path == AccountPath::GlobalAdmin && admin_missing)
            .then(|| fl!(lang.loader(), "ui-exchange-needs-admin"))
    }

    pub fn update(
        &mut self,
        message: Message,
        service: Service,
        cloud: Cloud,
        lang: Lang,
    ) -> Action<Message> {
        match message {
            Message::Mailbox(v) => self.mailbox = v,
            Message::Admin(v) => self.admin = v,
            Message::Path(path) => self.path = path,
            Message::VendorAppId(v) => self.vendor_app_id = v,
            Message::OpenConsent => {
                if service == Service::ExchangeOnline
                    && let Ok(url) = self.consent_url(cloud)
                {
                    return Action::Open(url.to_string());
                }
            }
            Message::Tenant(v) => self.tenant = v,
            Message::ClientId(v) => self.client_id = v,
            Message::To(v) => self.to = v,
            Message::CopyTenantScript => {
                return Action::Copy(exchange::tenant_script(cloud, &self.admin));
            }
            Message::CopyAccountScript => {
                return Action::Copy(self.plan().script(cloud, &self.admin));
            }
            Message::RunInDemo => {
                if let Some(demo) = &self.demo {
                    let plan = self.plan();
                    demo.carry_out(&plan);
                    self.ran_in_demo = Some(plan);
                }
            }
            Message::OpenCentre(centre) => return Action::Open(centre.url(cloud).to_string()),
            Message::Run => return self.run(service, cloud, lang),
            Message::Relayed(m) => {
                if let Check::Running(relayed) = &self.check {
                    return relayed.update(m);
                }
            }
            Message::Progress(progress) => self.progress(progress),
            Message::Finished(result) => {
                self.check = match result {
                    Ok(sent) => Check::Passed(sent),
                    Err(d) => Check::Failed(d),
                };
            }
        }
        Action::None
    }

    fn progress(&mut self, progress: Progress) {
        match &progress {
            // The page says more about the accounts than the pre-flight's own mismatch warning.
            Progress::Warning(w) if w.code != "account-mismatch" => self.warnings.push(w.clone()),
            Progress::SignIn(Event::SignedIn { account }) => self.signed_in = account.clone(),
            _ => {}
        }
        if let (Check::Running(relayed), Progress::SignIn(event)) = (&mut self.check, &progress) {
            relayed.on_event(event);
        }
    }

    /// Starts the pre-flight in the background; its progress comes back as messages.
    fn run(&mut self, service: Service, cloud: Cloud, lang: Lang) -> Action<Message> {
        if matches!(self.check, Check::Running(_)) {
            return Action::None;
        }
        let tenant = self.tenant.trim();
        let request = Request {
            service,
            cloud,
            authority: self.demo.as_ref().map(|d| d.services.authority.clone()),
            tenant: if tenant.is_empty() {
                cloud::default_tenant(service).to_string()
            } else {
                tenant.to_string()
            },
            client_id: self.client_id.trim().to_string(),
            account: self.mailbox.trim().to_string(),
            to: self.to.trim().to_string(),
            smtp: self.demo.as_ref().map(|d| d.services.smtp.clone()),
            extra_roots_pem: self.demo.as_ref().map(|d| d.services.ca_pem.clone()),
            timeout: Duration::from_secs(30),
            sign_in_again: false,
            lang,
        };
        let cancel = CancellationToken::new();
        self.check = Check::Running(RelayedCode::new(cancel.clone()));
        self.warnings.clear();
        self.signed_in = None;
        let stream = iced::stream::channel(16, move |out| run_preflight(request, cancel, out));
        Action::Run(Task::stream(stream))
    }

    /// `links`: the pages Open may go to (a sign-in address that is not one of them is shown,
    /// never opened).
    pub fn view(&self, cloud: Cloud, lang: Lang, links: &Links) -> Element<'_, Message> {
        let l = lang.loader();
        let centres = AdminCentre::ALL
            .into_iter()
            .fold(row![].spacing(8), |r, centre| {
                r.push(
                    button(text(lang.text(centre.label_id())))
                        .on_press(Message::OpenCentre(centre))
                        .style(button::secondary),
                )
            })
            .wrap()
            .vertical_spacing(8);
        let plan = self.plan();
        let mut page = column![
            widgets::title(fl!(l, "ui-exchange-title")),
            widgets::paragraph(fl!(l, "ui-exchange-intro")),
            widgets::heading(fl!(l, "ui-exchange-defaults")),
            widgets::paragraph(fl!(l, "ui-exchange-defaults-text")),
            centres,
            self.accounts_view(&plan, cloud, lang),
            widgets::heading(fl!(l, "ui-exchange-tenant-script")),
            widgets::code_block(
                exchange::tenant_script(cloud, &self.admin),
                Message::CopyTenantScript,
                lang
            ),
            self.account_script_view(&plan, cloud, lang),
            widgets::heading(fl!(l, "ui-preflight-title")),
            widgets::paragraph(fl!(l, "ui-preflight-intro")),
            widgets::paragraph(fl!(
                l,
                "ui-preflight-sign-in-as",
                account = plan.signer.clone(),
                sender = plan.sender.clone()
            )),
            widgets::paragraph(fl!(l, "ui-preflight-app-howto")),
            widgets::field(fl!(l, "ui-preflight-tenant"), &self.tenant, Message::Tenant),
            widgets::field(
                fl!(l, "ui-preflight-client-id"),
                &self.client_id,
                Message::ClientId
            ),
            widgets::field(fl!(l, "ui-preflight-to"), &self.to, Message::To),
        ]
        .spacing(14);
        page = page.push(self.check_view(lang, links));
        let signed_in = self.signed_in.as_deref().unwrap_or_default();
        page = page.extend(warning_cards(&plan, signed_in, &self.mailbox, lang));
        self.warnings
            .iter()
            .fold(page, |p, w| p.push(text(w.message_in(lang)).size(14)))
            .into()
    }

    /// Which account signs the printer in, why, the accounts, and for the least-privilege path
    /// the admin consent that comes first.
    fn accounts_view(&self, plan: &Plan, cloud: Cloud, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let choice = |label: String, path| radio(label, path, Some(self.path), Message::Path);
        let (why, admin_label) = match self.path {
            AccountPath::LeastPrivilege => (
                fl!(l, "ui-exchange-path-least-privilege-why"),
                fl!(l, "ui-exchange-admin"),
            ),
            AccountPath::GlobalAdmin => (
                fl!(l, "ui-exchange-path-guide-why"),
                fl!(l, "ui-exchange-admin-signer"),
            ),
        };
        let mut c = column![
            widgets::heading(fl!(l, "ui-exchange-accounts")),
            widgets::paragraph(fl!(l, "ui-exchange-accounts-text")),
            choice(
                fl!(l, "ui-exchange-path-least-privilege"),
                AccountPath::LeastPrivilege
            ),
            choice(fl!(l, "ui-exchange-path-guide"), AccountPath::GlobalAdmin),
            widgets::paragraph(why),
            widgets::field(
                fl!(l, "ui-exchange-mailbox"),
                &self.mailbox,
                Message::Mailbox
            ),
            widgets::field(admin_label, &self.admin, Message::Admin),
            text(fl!(
                l,
                "ui-exchange-plan",
                signer = plan.signer.clone(),
                sender = plan.sender.clone()
            ))
            .size(15),
        ]
        .spacing(14);
        if self.path == AccountPath::LeastPrivilege {
            let consent = self.consent_url(cloud);
            c = c.extend([
                widgets::heading(fl!(l, "ui-exchange-consent-heading")),
                widgets::paragraph(fl!(l, "ui-exchange-consent-text")),
                widgets::field(fl!(l, "ui-scan-tenant"), &self.tenant, Message::Tenant),
                widgets::field(
                    fl!(l, "ui-exchange-vendor-app-id"),
                    &self.vendor_app_id,
                    Message::VendorAppId,
                ),
                text(fl!(l, "ui-exchange-vendor-app-help")).size(14).into(),
            ]);
            if let Err(reason) = consent {
                c = c.push(text(lang.text(reason)).size(14).style(text::danger));
            }
            c = c.push(
                button(text(fl!(l, "ui-scan-open-consent")))
                    .on_press_maybe(consent.is_ok().then_some(Message::OpenConsent)),
            );
        }
        c.into()
    }

    /// The PowerShell for the account that signs in (and its Send As), and in the demo the
    /// button that runs it in the demo tenant.
    fn account_script_view(&self, plan: &Plan, cloud: Cloud, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let heading = if plan.commands().len() > 1 {
            fl!(
                l,
                "ui-exchange-account-script-send-as",
                account = plan.signer.clone(),
                sender = plan.sender.clone()
            )
        } else {
            fl!(
                l,
                "ui-exchange-account-script",
                account = plan.signer.clone()
            )
        };
        let mut c = column![
            widgets::heading(heading),
            widgets::code_block(
                plan.script(cloud, &self.admin),
                Message::CopyAccountScript,
                lang
            ),
        ]
        .spacing(14);
        if self.demo.is_some() {
            let ran = self.ran_in_demo.as_ref() == Some(plan);
            c = c.push(
                row![
                    button(text(fl!(l, "ui-exchange-demo-run")))
                        .on_press(Message::RunInDemo)
                        .style(button::secondary),
                    ran.then(|| text(fl!(l, "ui-exchange-demo-ran")).size(15)),
                ]
                .spacing(12)
                .align_y(iced::Center),
            );
        }
        c.into()
    }

    fn check_view(&self, lang: Lang, links: &Links) -> Element<'_, Message> {
        let l = lang.loader();
        let ready = !self.client_id.trim().is_empty()
            && check_sender(self.mailbox.trim()).is_none()
            && check_sender(self.to.trim()).is_none();
        let run =
            button(text(fl!(l, "ui-preflight-run"))).on_press_maybe(ready.then_some(Message::Run));
        match &self.check {
            Check::Idle => run.into(),
            Check::Running(relayed) => relayed
                .view(
                    fl!(l, "ui-preflight-starting"),
                    None,
                    "ui-signin-unexpected-service",
                    links,
                    lang,
                )
                .map(Message::Relayed),
            Check::Passed(sent) => column![
                widgets::success(fl!(
                    l,
                    "mail-sent",
                    to = sent.to.clone(),
                    server = sent.server.clone()
                )),
                run
            ]
            .spacing(10)
            .into(),
            Check::Failed(d) => column![widgets::diagnosis(d, lang), run].spacing(10).into(),
        }
    }
}

/// Runs the pre-flight, sending its progress and, last, its outcome.
async fn run_preflight(
    request: Request,
    cancel: CancellationToken,
    mut out: mpsc::Sender<Message>,
) {
    let mut report = |p: Progress| {
        // A full channel only loses a countdown tick; the outcome below always arrives.
        let _ = out.try_send(Message::Progress(p));
    };
    let result = preflight::run(&request, &cancel, &mut report).await;
    let _ = out.send(Message::Finished(result.map_err(Box::new))).await;
}

/// What Exchange Online will refuse when `signed_in` signed in and sends from `sender` under
/// `plan`, as warning cards: on this page after the pre-flight's sign-in, and on the printer's
/// sign-in page after the printer's.
pub fn warning_cards<'a, M: 'a>(
    plan: &Plan,
    signed_in: &str,
    sender: &str,
    lang: Lang,
) -> Vec<Element<'a, M>> {
    exchange::account_warnings(plan, signed_in, sender)
        .iter()
        .map(|w| {
            container(text(w.message(lang)).size(15))
                .padding(12)
                .width(Length::Fill)
                .style(container::warning)
                .into()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use printer_oauth_core::preflight::Warning;
    use printer_oauth_sim::{Demo, Knobs};

    const SCANNER: &str = "scanner@contoso.com";
    const ADMIN: &str = "admin@contoso.com";

    /// The page drawn alone, tall enough that nothing needs scrolling.
    fn simulate(page: &ExchangeOnline, lang: Lang) -> iced_test::Simulator<'_, Message> {
        crate::ui::snapshots::simulator(
            page.view(
                Cloud::Global,
                lang,
                &Links::new(Service::ExchangeOnline, Cloud::Global),
            ),
            iced::Size::new(1120.0, 6000.0),
        )
    }

    /// Clicks the text shown and runs the messages the click sent; returns the last action.
    fn click(page: &mut ExchangeOnline, label: &str, service: Service) -> Action<Message> {
        let messages: Vec<Message> = {
            let mut ui = simulate(page, Lang::En);
            ui.click(label).unwrap_or_else(|e| panic!("{label:?}: {e}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "{label:?} sent nothing");
        let mut last = Action::None;
        for message in messages {
            last = page.update(message, service, Cloud::Global, Lang::En);
        }
        last
    }

    /// The page (no demo) with the scanner mailbox and this administrator typed in.
    fn page_with(admin: &str) -> ExchangeOnline {
        let mut page = ExchangeOnline::default();
        for message in [
            Message::Mailbox(SCANNER.into()),
            Message::Admin(admin.into()),
        ] {
            let _ = page.update(message, Service::ExchangeOnline, Cloud::Global, Lang::En);
        }
        page
    }

    fn shown(page: &ExchangeOnline, lang: Lang, id: &str, args: &[(&str, String)]) -> bool {
        simulate(page, lang)
            .find(lang.text_with(id, args).as_str())
            .is_ok()
    }

    #[test]
    fn the_path_decides_whom_the_powershell_is_for() {
        for lang in Lang::ALL {
            let mut page = page_with("");
            // The recommended path: the printer's own mailbox, after the admin consent.
            assert_eq!(page.plan().signer, SCANNER);
            assert!(shown(
                &page,
                lang,
                "ui-exchange-path-least-privilege-why",
                &[]
            ));
            assert!(shown(&page, lang, "ui-exchange-consent-heading", &[]));
            let mailbox_only = [("account", SCANNER.to_string())];
            assert!(shown(
                &page,
                lang,
                "ui-exchange-account-script",
                &mailbox_only
            ));
            assert_eq!(page.blocker(lang), None, "no administrator needed");

            // The guide's path: the administrator signs in and needs Send As.
            let guide = Message::Path(AccountPath::GlobalAdmin);
            let _ = page.update(guide, Service::ExchangeOnline, Cloud::Global, lang);
            assert_eq!(
                page.blocker(lang),
                Some(lang.text("ui-exchange-needs-admin"))
            );
            let _ = page.update(
                Message::Admin(ADMIN.into()),
                Service::ExchangeOnline,
                Cloud::Global,
                lang,
            );
            assert_eq!(page.blocker(lang), None);
            assert!(shown(&page, lang, "ui-exchange-path-guide-why", &[]));
            assert!(!shown(&page, lang, "ui-exchange-consent-heading", &[]));
            let both = [
                ("account", ADMIN.to_string()),
                ("sender", SCANNER.to_string()),
            ];
            assert!(shown(
                &page,
                lang,
                "ui-exchange-account-script-send-as",
                &both
            ));
            let copy = page.update(
                Message::CopyAccountScript,
                Service::ExchangeOnline,
                Cloud::Global,
                lang,
            );
            let Action::Copy(script) = copy else {
                panic!("the script is copied")
            };
            assert!(script.contains("Set-CASMailbox -Identity 'admin@contoso.com' -SmtpClientAuthenticationDisabled $false"));
            assert!(script.contains("Add-RecipientPermission -Identity 'scanner@contoso.com' -Trustee 'admin@contoso.com' -AccessRights SendAs -Confirm:$false"));
        }
    }

    #[test]
    fn a_sign_in_address_off_microsofts_pages_is_shown_without_open() {
        let open = Lang::En.text("ui-open-signin");
        let mut page = page_with("");
        for (uri, openable) in [
            ("https://microsoft.com/devicelogin", true),
            ("file:///etc/passwd\u{1b}]0;pwned\u{7}", false),
            (
                "https://login.microsoftonline.com.evil.example/device",
                false,
            ),
        ] {
            page.check = Check::Running(RelayedCode::showing("GHJK2345L", uri, 900));
            let args = [("uri", uri.to_string())];
            assert_eq!(
                shown(&page, Lang::En, "ui-signin-unexpected-service", &args),
                !openable,
                "{uri}"
            );
            let mut ui = simulate(&page, Lang::En);
            assert_eq!(ui.find(open.as_str()).is_ok(), openable, "{uri}");
        }
    }

    #[test]
    fn the_admin_consent_is_offered_before_the_sign_in() {
        let mut page = page_with(ADMIN);
        assert!(shown(&page, Lang::En, "ui-scan-need-tenant", &[]));
        for message in [
            Message::Tenant("contoso.onmicrosoft.com".into()),
            Message::VendorAppId(printer_oauth_sim::directory::EPSON_CLIENT_ID.into()),
        ] {
            let _ = page.update(message, Service::ExchangeOnline, Cloud::Global, Lang::En);
        }
        assert!(!shown(&page, Lang::En, "ui-scan-need-tenant", &[]));
        let open = Lang::En.text("ui-scan-open-consent");
        let Action::Open(url) = click(&mut page, &open, Service::ExchangeOnline) else {
            panic!("the admin-consent page is opened")
        };
        assert_eq!(
            url,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=9b7e4c21-3f5a-4d8e-b1c6-2a7f0e9d5c43"
        );
        // Outlook.com has no organisation to consent for.
        assert!(matches!(
            click(&mut page, &open, Service::Outlook),
            Action::None
        ));
    }

    #[test]
    fn the_accounts_are_warned_about_once_the_preflight_signed_in() {
        for lang in Lang::ALL {
            let mut page = page_with(ADMIN);
            let not_planned = [
                ("signed", ADMIN.to_string()),
                ("planned", SCANNER.to_string()),
            ];
            let no_send_as = [
                ("signed", ADMIN.to_string()),
                ("sender", SCANNER.to_string()),
            ];
            let mismatch = Progress::Warning(Warning {
                event: "warning",
                code: "account-mismatch",
                message: "the pre-flight's own words".into(),
                args: Vec::new(),
            });
            let signed_in = Progress::SignIn(Event::SignedIn {
                account: Some(ADMIN.into()),
            });
            assert!(!shown(
                &page,
                lang,
                "account-warning-not-planned",
                &not_planned
            ));
            for progress in [mismatch, signed_in] {
                let message = Message::Progress(progress);
                let _ = page.update(message, Service::ExchangeOnline, Cloud::Global, lang);
            }
            // The administrator signed in, but the plan is the printer's own mailbox.
            assert!(shown(
                &page,
                lang,
                "account-warning-not-planned",
                &not_planned
            ));
            assert!(shown(
                &page,
                lang,
                "account-warning-no-send-as",
                &no_send_as
            ));
            assert!(
                simulate(&page, lang)
                    .find("the pre-flight's own words")
                    .is_err(),
                "said once, by the page"
            );
            // On the guide's path that is the plan: nothing to warn about.
            let guide = Message::Path(AccountPath::GlobalAdmin);
            let _ = page.update(guide, Service::ExchangeOnline, Cloud::Global, lang);
            assert!(!shown(
                &page,
                lang,
                "account-warning-not-planned",
                &not_planned
            ));
            assert!(!shown(
                &page,
                lang,
                "account-warning-no-send-as",
                &no_send_as
            ));
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_powershell_runs_in_the_demo_tenant() {
        let demo = Demo::start(Knobs::default()).await.unwrap();
        let id = printer_oauth_sim::directory::EPSON_CLIENT_ID;
        let mut page = ExchangeOnline::for_demo(crate::demo::Demo::of(&demo));
        assert_eq!(page.vendor_app_id(), id);
        let _ = page.update(
            Message::Path(AccountPath::GlobalAdmin),
            Service::ExchangeOnline,
            Cloud::Global,
            Lang::En,
        );
        assert_eq!(page.plan().signer, ADMIN, "the demo's administrator");
        {
            let dir = demo.shared.dir();
            assert!(dir.smtp_auth_off(ADMIN) && !dir.may_send_as(ADMIN, SCANNER));
        }
        let done = Lang::En.text("ui-exchange-demo-ran");
        assert!(simulate(&page, Lang::En).find(done.as_str()).is_err());
        let run = Lang::En.text("ui-exchange-demo-run");
        let _ = click(&mut page, &run, Service::ExchangeOnline);
        {
            let dir = demo.shared.dir();
            assert!(!dir.smtp_auth_off(ADMIN) && dir.may_send_as(ADMIN, SCANNER));
        }
        assert!(simulate(&page, Lang::En).find(done.as_str()).is_ok());
        // Another plan has not been run yet.
        let own = Message::Path(AccountPath::LeastPrivilege);
        let _ = page.update(own, Service::ExchangeOnline, Cloud::Global, Lang::En);
        assert!(simulate(&page, Lang::En).find(done.as_str()).is_err());
        // Without the simulators there is no such button.
        let plain = page_with(ADMIN);
        assert!(simulate(&plain, Lang::En).find(run.as_str()).is_err());
    }
}
