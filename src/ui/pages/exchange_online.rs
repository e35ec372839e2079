//! Page 2: Exchange Online. Security defaults and SMTP AUTH as the guide explains them, the
//! PowerShell for the tenant and for this mailbox, the admin centres, and the optional
//! pre-flight: sign in as the mailbox and send a real test message.

use super::Action;
use crate::cloud::{self, Cloud, Service};
use crate::diagnose::Diagnosis;
use crate::exchange::{self, AdminCentre};
use crate::i18n::Lang;
use crate::preflight::{self, Progress, Request};
use crate::printer::settings::check_sender;
use crate::signin::Event;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::futures::SinkExt;
use iced::futures::channel::mpsc;
use iced::widget::{button, column, row, text};
use iced::{Element, Task};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Where the pre-flight goes instead of Microsoft (the demo's simulators).
#[derive(Debug, Clone, Default)]
pub struct Endpoints {
    pub authority: Option<url::Url>,
    pub smtp: Option<(String, u16)>,
    pub ca_pem: Option<Vec<u8>>,
}

/// Where the pre-flight stands.
#[derive(Debug, Clone, Default)]
enum Check {
    #[default]
    Idle,
    Running {
        code: Option<(String, String)>,
        seconds_left: Option<u64>,
    },
    Passed(String),
    Failed(Box<Diagnosis>),
}

/// The page's fields and the pre-flight's state.
#[derive(Debug, Default)]
pub struct ExchangeOnline {
    pub mailbox: String,
    admin: String,
    pub tenant: String,
    pub client_id: String,
    to: String,
    endpoints: Endpoints,
    check: Check,
    cancel: Option<CancellationToken>,
    /// What the last pre-flight warned about (no keychain, a refused remembered sign-in...).
    warnings: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Mailbox(String),
    Admin(String),
    Tenant(String),
    ClientId(String),
    To(String),
    CopyTenantScript,
    CopyMailboxScript,
    OpenCentre(AdminCentre),
    Run,
    Cancel,
    CopyCode,
    OpenSignIn,
    Progress(Progress),
    Finished(Result<String, Box<Diagnosis>>),
}

impl ExchangeOnline {
    /// The page with the pre-flight's fields filled in (the demo's tenant, app and mailbox).
    pub fn prefilled(
        tenant: &str,
        client_id: &str,
        mailbox: &str,
        endpoints: Endpoints,
    ) -> ExchangeOnline {
        ExchangeOnline {
            mailbox: mailbox.to_string(),
            tenant: tenant.to_string(),
            client_id: client_id.to_string(),
            to: mailbox.to_string(),
            endpoints,
            ..ExchangeOnline::default()
        }
    }

    /// Where sign-ins go: the demo's identity simulator, or the cloud's authority.
    pub fn authority(&self, service: Service, cloud: Cloud) -> url::Url {
        self.endpoints
            .authority
            .clone()
            .unwrap_or_else(|| cloud::Endpoints::of(service, cloud).authority)
    }

    /// The pre-flight's failure, for the help-desk report.
    pub fn diagnoses(&self) -> Vec<Diagnosis> {
        match &self.check {
            Check::Failed(d) => vec![(**d).clone()],
            _ => Vec::new(),
        }
    }

    /// Why Next is not possible yet: the printer's mailbox is needed on later pages.
    pub fn blocker(&self, lang: Lang) -> Option<String> {
        check_sender(self.mailbox.trim()).map(|_| fl!(lang.loader(), "ui-exchange-needs-mailbox"))
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
            Message::Tenant(v) => self.tenant = v,
            Message::ClientId(v) => self.client_id = v,
            Message::To(v) => self.to = v,
            Message::CopyTenantScript => {
                return Action::Copy(exchange::tenant_script(cloud, &self.admin));
            }
            Message::CopyMailboxScript => {
                return Action::Copy(exchange::mailbox_script(cloud, &self.admin, &self.mailbox));
            }
            Message::OpenCentre(centre) => return Action::Open(centre.url(cloud).to_string()),
            Message::Run => return self.run(service, cloud, lang),
            Message::Cancel => {
                if let Some(cancel) = &self.cancel {
                    cancel.cancel();
                }
            }
            Message::CopyCode => {
                if let Check::Running {
                    code: Some((code, _)),
                    ..
                } = &self.check
                {
                    return Action::Copy(code.clone());
                }
            }
            Message::OpenSignIn => {
                if let Check::Running {
                    code: Some((_, uri)),
                    ..
                } = &self.check
                {
                    return Action::Open(uri.clone());
                }
            }
            Message::Progress(progress) => self.progress(progress),
            Message::Finished(result) => {
                self.cancel = None;
                self.check = match result {
                    Ok(summary) => Check::Passed(summary),
                    Err(d) => Check::Failed(d),
                };
            }
        }
        Action::None
    }

    fn progress(&mut self, progress: Progress) {
        if let Progress::Warning(w) = &progress {
            self.warnings.push(w.message.clone());
        }
        let Check::Running { code, seconds_left } = &mut self.check else {
            return;
        };
        match progress {
            Progress::SignIn(Event::Code {
                user_code,
                verification_uri,
                expires_in,
                ..
            }) => {
                *code = Some((user_code, verification_uri));
                *seconds_left = Some(expires_in);
            }
            Progress::SignIn(Event::Waiting { expires_in, .. }) => *seconds_left = Some(expires_in),
            _ => {}
        }
    }

    /// Starts the pre-flight in the background; its progress comes back as messages.
    fn run(&mut self, service: Service, cloud: Cloud, lang: Lang) -> Action<Message> {
        if matches!(self.check, Check::Running { .. }) {
            return Action::None;
        }
        let tenant = self.tenant.trim();
        let request = Request {
            service,
            cloud,
            authority: self.endpoints.authority.clone(),
            tenant: if tenant.is_empty() {
                cloud::default_tenant(service).to_string()
            } else {
                tenant.to_string()
            },
            client_id: self.client_id.trim().to_string(),
            account: self.mailbox.trim().to_string(),
            to: self.to.trim().to_string(),
            smtp: self.endpoints.smtp.clone(),
            extra_roots_pem: self.endpoints.ca_pem.clone(),
            timeout: Duration::from_secs(30),
            sign_in_again: false,
            lang,
        };
        let cancel = CancellationToken::new();
        self.cancel = Some(cancel.clone());
        self.check = Check::Running {
            code: None,
            seconds_left: None,
        };
        self.warnings.clear();
        let stream =
            iced::stream::channel(16, move |out| run_preflight(request, cancel, lang, out));
        Action::Run(Task::stream(stream))
    }

    pub fn view(&self, cloud: Cloud, lang: Lang) -> Element<'_, Message> {
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
        let mut page = column![
            widgets::title(fl!(l, "ui-exchange-title")),
            widgets::paragraph(fl!(l, "ui-exchange-intro")),
            widgets::heading(fl!(l, "ui-exchange-defaults")),
            widgets::paragraph(fl!(l, "ui-exchange-defaults-text")),
            centres,
            widgets::field(
                fl!(l, "ui-exchange-mailbox"),
                &self.mailbox,
                Message::Mailbox
            ),
            widgets::field(fl!(l, "ui-exchange-admin"), &self.admin, Message::Admin),
            widgets::heading(fl!(l, "ui-exchange-tenant-script")),
            widgets::code_block(
                exchange::tenant_script(cloud, &self.admin),
                Message::CopyTenantScript,
                lang
            ),
            widgets::heading(fl!(l, "ui-exchange-mailbox-script")),
            widgets::code_block(
                exchange::mailbox_script(cloud, &self.admin, &self.mailbox),
                Message::CopyMailboxScript,
                lang
            ),
            widgets::heading(fl!(l, "ui-preflight-title")),
            widgets::paragraph(fl!(l, "ui-preflight-intro")),
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
        page = page.push(self.check_view(lang));
        self.warnings
            .iter()
            .fold(page, |p, w| p.push(text(w.clone()).size(14)))
            .into()
    }

    fn check_view(&self, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let ready = !self.client_id.trim().is_empty()
            && check_sender(self.mailbox.trim()).is_none()
            && check_sender(self.to.trim()).is_none();
        let run =
            button(text(fl!(l, "ui-preflight-run"))).on_press_maybe(ready.then_some(Message::Run));
        match &self.check {
            Check::Idle => run.into(),
            Check::Running { code, seconds_left } => {
                let mut c = column![].spacing(10);
                c = match code {
                    Some((code, uri)) => c.push(widgets::sign_in_code(
                        code,
                        uri,
                        Message::CopyCode,
                        Message::OpenSignIn,
                        lang,
                    )),
                    None => c.push(text(fl!(l, "ui-preflight-starting"))),
                };
                if let Some(seconds) = seconds_left {
                    c = c.push(widgets::countdown(*seconds, lang));
                }
                c.push(widgets::cancel(Message::Cancel, lang)).into()
            }
            Check::Passed(summary) => column![widgets::success(summary.clone()), run]
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
    lang: Lang,
    mut out: mpsc::Sender<Message>,
) {
    let mut report = |p: Progress| {
        // A full channel only loses a countdown tick; the outcome below always arrives.
        let _ = out.try_send(Message::Progress(p));
    };
    let result = preflight::run(&request, &cancel, &mut report).await;
    let outcome = match result {
        Ok(sent) => Ok(fl!(
            lang.loader(),
            "mail-sent",
            to = sent.to,
            server = sent.server
        )),
        Err(d) => Err(Box::new(d)),
    };
    let _ = out.send(Message::Finished(outcome)).await;
}
