//! The wizard driven through its real update loop, its tasks running, against the embedded
//! simulators: from the first page to a printer that is signed in and verified.

use super::app::{Message, Options, Wizard};
use super::pages::{
    Action, apply_verify, exchange_online, finish, printer, scan_to_my_email, sign_in,
};
use super::snapshots;
use crate::demo::Demo;
use iced::Task;
use iced::futures::StreamExt;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::printer::address::parse_manual_address;
use printer_oauth_core::printer::http_client::PrinterHttp;
use printer_oauth_core::printer::tls::Trust;
use printer_oauth_core::secrets::Secret;
use printer_oauth_core::wizard::Page;
use printer_oauth_sim::{self as sim, Knobs};
use std::collections::VecDeque;
use std::time::Duration;

/// Runs a task and every task its messages lead to, as the iced runtime would.
async fn drive(wizard: &mut Wizard, task: Task<Message>) {
    let mut queue = VecDeque::from([task]);
    while let Some(task) = queue.pop_front() {
        let Some(mut stream) = iced_runtime::task::into_stream(task) else {
            continue;
        };
        while let Some(action) = stream.next().await {
            if let iced_runtime::Action::Output(message) = action {
                queue.push_back(wizard.update(message));
            }
        }
    }
}

async fn send(wizard: &mut Wizard, message: Message) {
    let task = wizard.update(message);
    drive(wizard, task).await;
}

/// Clicks the text shown (scrolling down to it if need be), then runs what the click sent.
async fn click(wizard: &mut Wizard, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulate(wizard);
        if ui.click(label).is_err() {
            scroll_down(&mut ui);
            ui.click(label)
                .unwrap_or_else(|e| panic!("{label:?} on {}: {e}", wizard.title()));
        }
        ui.into_messages().collect()
    };
    for message in messages {
        send(wizard, message).await;
    }
}

/// Types into the field showing `placeholder`, a key at a time, as the window redraws between
/// keys. A secure field shows a bullet per key.
async fn type_into(wizard: &mut Wizard, placeholder: &str, typed: &str, secure: bool) {
    let mut value = String::new();
    for key in typed.chars() {
        let shown = match (value.is_empty(), secure) {
            (true, _) => placeholder.to_string(),
            (false, true) => "•".repeat(value.chars().count()),
            (false, false) => value.clone(),
        };
        let messages: Vec<Message> = {
            let mut ui = simulate(wizard);
            ui.click(shown.as_str())
                .unwrap_or_else(|e| panic!("a field showing {shown:?}: {e}"));
            ui.typewrite(&key.to_string());
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "the field took {key:?}");
        for message in messages {
            send(wizard, message).await;
        }
        value.push(key);
    }
}

/// The simulators, polled every second, approving each sign-in code the moment it is shown.
async fn approving_demo() -> sim::Demo {
    sim::Demo::start(Knobs {
        interval: Duration::from_secs(1),
        auto_approve: Some(Duration::ZERO),
        ..Knobs::default()
    })
    .await
    .expect("simulators start")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_walks_from_welcome_to_a_verified_printer() {
    for lang in Lang::ALL {
        let simulators = approving_demo().await;
        let data = tempfile::tempdir().unwrap();
        let (mut wizard, search) = Wizard::new(Options {
            lang,
            demo: Some(Demo::of(&simulators)),
            data_dir: Some(data.path().to_path_buf()),
            config_dir: Some(data.path().join("config")),
            reports_dir: Some(data.path().join("reports")),
            ..Options::default()
        });
        drive(&mut wizard, search).await;
        let ready = simulators.ready();
        send(
            &mut wizard,
            Message::Demo(super::demo_panel::Message::Changed),
        )
        .await;
        simulate(&wizard)
            .find(lang.text("ui-demo-not-consented").as_str())
            .unwrap();

        // Clicked through by the texts on screen, typing as an admin types.
        let next = lang.text("ui-next");
        click(&mut wizard, &next).await; // Exchange Online, the mailbox prefilled
        // The least-privilege path (the default): a Global Administrator accepts Microsoft's
        // admin-consent page for the Epson app, as the page's Open button shows it...
        let consent = printer_oauth_core::exchange::admin_consent_url(
            &url::Url::parse(&ready.authority).unwrap(),
            sim::directory::TENANT_DOMAIN,
            sim::directory::EPSON_CLIENT_ID,
        )
        .unwrap();
        let accepted = reqwest::Client::new()
            .post(consent.as_str())
            .form(&[
                ("client_id", sim::directory::EPSON_CLIENT_ID),
                ("account", sim::directory::ADMIN),
                ("decision", "accept"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(accepted.status(), 200);
        // ...then the printer's own mailbox signs the printer in and sends as itself.
        click(&mut wizard, &next).await; // Printer
        assert!(
            wizard.title().contains(&lang.text("step-printer")),
            "{}",
            wizard.title()
        );
        type_into(&mut wizard, "192.168.1.20", &ready.printer, false).await;
        click(&mut wizard, &lang.text("ui-printer-connect")).await;
        click(&mut wizard, &next).await;
        assert!(
            wizard.title().contains(&lang.text("step-printer")),
            "blocked until logged in"
        );
        click(&mut wizard, &lang.text("ui-printer-trust")).await;
        type_into(&mut wizard, "", &ready.printer_password, true).await;
        click(&mut wizard, &lang.text("ui-printer-log-in")).await;
        click(&mut wizard, &next).await; // Email server, prefilled
        assert!(wizard.title().contains(&lang.text("step-email-server")));
        click(&mut wizard, &next).await; // Sign in
        let target =
            sign_in::target_name(printer_oauth_core::printer::adapter::Target::Email, lang);
        let start = lang.text_with("ui-signin-start", &[("target", target)]);
        click(&mut wizard, &start).await; // approved at once, sent and verified
        click(&mut wizard, &next).await; // Apply and verify, read back
        assert!(
            wizard.title().contains(&lang.text("step-apply-verify")),
            "{}",
            wizard.title()
        );

        // The read-back can be cancelled; its result never arrives, and it can be read again.
        let reading = lang.text("ui-apply-reading");
        let read = wizard.update(Message::Apply(apply_verify::Message::Load));
        assert!(simulate(&wizard).find(reading.as_str()).is_ok());
        let mut ui = simulate(&wizard);
        ui.click(lang.text("ui-cancel").as_str()).unwrap();
        let messages = ui.into_messages().collect();
        apply(&mut wizard, messages);
        drive(&mut wizard, read).await;
        assert!(simulate(&wizard).find(reading.as_str()).is_err());
        send(&mut wizard, Message::Apply(apply_verify::Message::Load)).await;
        let signed_in = lang.text("ui-apply-signed-in");
        let status = format!("{signed_in} ({})", sim::directory::MAILBOX);
        assert!(
            simulate(&wizard).find(status.as_str()).is_ok(),
            "read again"
        );

        // The simulated printer really holds the OAuth 2.0 settings and the admin's sign-in.
        let address = parse_manual_address(&ready.printer).unwrap();
        let trust = Trust::Pin(Some(ready.printer_fingerprint.clone()));
        let mut web = PrinterHttp::new(&address, &trust, &[], Duration::from_secs(5)).unwrap();
        let state: serde_json::Value =
            serde_json::from_str(&web.get("/sim/state").await.unwrap().body).unwrap();
        assert_eq!(state["email"]["auth_method"], "OAUTH2");
        assert_eq!(state["signed_in"], sim::directory::MAILBOX);
        assert!(
            std::fs::read_dir(data.path().join("backups"))
                .unwrap()
                .count()
                == 1,
            "one backup of the previous settings"
        );

        // The demo panel makes the printer scan to email; the message arrives in the mailbox.
        send(&mut wizard, Message::Demo(super::demo_panel::Message::Scan)).await;
        send(
            &mut wizard,
            Message::Demo(super::demo_panel::Message::Changed),
        )
        .await;
        let mailbox = simulators.shared.dir().mailbox.clone();
        assert!(
            mailbox
                .iter()
                .any(|m| m.subject.contains("EPSON") && m.from == ready.account),
            "{mailbox:?}"
        );
        // The panel shows it, and the consent the admin gave on the printer's sign-in page.
        {
            let mut ui = simulate(&wizard);
            let one = i18n_embed_fl::fl!(lang.loader(), "ui-demo-mailbox", count = 1);
            ui.find(one.as_str()).unwrap();
            let org = sim::directory::TENANT_NAME;
            let consented = i18n_embed_fl::fl!(lang.loader(), "ui-demo-consented", org = org);
            ui.find(consented.as_str()).unwrap();
        }

        // Scan to My Email, then Finish: a decoded code sends the admin to the page that fixes it.
        click(&mut wizard, &next).await;
        click(&mut wizard, &next).await;
        assert!(
            wizard.title().contains(&lang.text("step-finish")),
            "{}",
            wizard.title()
        );
        click(&mut wizard, &lang.text("ui-finish-export")).await;
        let reports: Vec<_> = std::fs::read_dir(data.path().join("reports"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        let md = reports
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == "md"))
            .unwrap();
        let md = std::fs::read_to_string(md).unwrap();
        assert!(md.contains("EPSON WF-C5890 Series"), "{md}");
        assert!(
            !md.contains(&ready.printer_password),
            "no password in the report"
        );
        send(
            &mut wizard,
            Message::Finish(finish::Message::Code("370".into())),
        )
        .await;
        send(&mut wizard, Message::Finish(finish::Message::Decode)).await;
        send(
            &mut wizard,
            Message::Finish(finish::Message::GoTo(Page::SignIn)),
        )
        .await;
        assert!(
            wizard.title().contains(&lang.text("step-sign-in")),
            "{}",
            wizard.title()
        );
        send(
            &mut wizard,
            Message::Finish(finish::Message::AnotherPrinter),
        )
        .await;
        assert!(
            wizard.title().contains(&lang.text("step-printer")),
            "{}",
            wizard.title()
        );
    }
}

/// A wizard on a page, without simulators or network.
fn on_page(lang: Lang, step: Page) -> OnPage {
    let dirs = tempfile::tempdir().unwrap();
    let (mut wizard, _) = Wizard::new(Options {
        lang,
        demo: None,
        data_dir: Some(dirs.path().join("data")),
        config_dir: Some(dirs.path().join("config")),
        reports_dir: Some(dirs.path().join("reports")),
        ..Options::default()
    });
    let _ = wizard.update(Message::Finish(finish::Message::GoTo(step)));
    OnPage {
        wizard,
        _dirs: dirs,
    }
}

/// A wizard with the folders it saves to, removed when it is dropped.
struct OnPage {
    wizard: Wizard,
    _dirs: tempfile::TempDir,
}

impl std::ops::Deref for OnPage {
    type Target = Wizard;
    fn deref(&self) -> &Wizard {
        &self.wizard
    }
}

impl std::ops::DerefMut for OnPage {
    fn deref_mut(&mut self) -> &mut Wizard {
        &mut self.wizard
    }
}

fn simulate(wizard: &Wizard) -> iced_test::Simulator<'_, Message> {
    simulate_at(wizard, super::WINDOW_SIZE)
}

/// The wizard in a window of `size`.
fn simulate_at(wizard: &Wizard, size: iced::Size) -> iced_test::Simulator<'_, Message> {
    snapshots::simulator(wizard.view(), size)
}

/// With the system's dark preference (iced's Dark theme), every page is dark with light text:
/// nothing is painted in a fixed light colour. Drawn at the window's minimum size and at 2x,
/// as on a 200 % display, with the longer Croatian texts; each matches its snapshot.
#[test]
fn every_page_follows_the_dark_theme_at_the_minimum_size() {
    for step in Page::ALL {
        let name = step.name(Lang::En).replace(' ', "-").to_lowercase();
        let wizard = on_page(Lang::Hr, step);
        for (theme, dark) in [(iced::Theme::Dark, true), (iced::Theme::Light, false)] {
            let snapshot = simulate_at(&wizard, super::MIN_SIZE)
                .snapshot(&theme)
                .unwrap();
            let (mean, bright) = snapshots::luminance(&snapshot);
            if dark {
                assert!(mean < 0.3, "{name} is dark ({mean:.2})");
                assert!(bright > 0.002, "{name} has light text ({bright:.4})");
                snapshots::assert_matches(&snapshot, &format!("{name}-hr-dark-minimum"));
            } else {
                assert!(mean > 0.7, "{name} is light ({mean:.2})");
            }
        }
    }
}

/// Every page renders in both languages, with its title, and matches its committed snapshot
/// (tiny-skia, the embedded fonts; see `snapshots` for how a changed page is approved).
#[test]
fn every_page_in_both_languages_matches_its_snapshot() {
    let titles = [
        (Page::Welcome, "ui-welcome-title"),
        (Page::ExchangeOnline, "ui-exchange-title"),
        (Page::Printer, "ui-printer-title"),
        (Page::EmailServer, "ui-email-title"),
        (Page::SignIn, "ui-signin-title"),
        (Page::ApplyVerify, "ui-apply-title"),
        (Page::ScanToMyEmail, "ui-scan-title"),
        (Page::Finish, "ui-finish-title"),
    ];
    for lang in Lang::ALL {
        for (step, title) in titles {
            let wizard = on_page(lang, step);
            let mut ui = simulate(&wizard);
            ui.find(lang.text(title).as_str())
                .unwrap_or_else(|e| panic!("{step:?} in {lang:?}: {e}"));
            let snapshot = ui.snapshot(&iced::Theme::Light).unwrap();
            let name = format!("{}-{}", step.name(Lang::En), lang.tag())
                .replace(' ', "-")
                .to_lowercase();
            snapshots::assert_matches(&snapshot, &name);
        }
    }
}

#[test]
fn the_language_switches_by_clicking_its_name() {
    let mut wizard = on_page(Lang::En, Page::Welcome);
    let mut ui = simulate(&wizard);
    ui.click("Hrvatski").unwrap();
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        let _ = wizard.update(message);
    }
    let mut ui = simulate(&wizard);
    ui.find(Lang::Hr.text("ui-welcome-title").as_str()).unwrap();
    // From any page: the switch beside the steps, and back.
    let mut wizard = on_page(Lang::Hr, Page::EmailServer);
    for (name, lang) in [("English", Lang::En), ("Hrvatski", Lang::Hr)] {
        let mut ui = simulate(&wizard);
        ui.click(name).unwrap();
        let messages = ui.into_messages().collect();
        apply(&mut wizard, messages);
        assert!(wizard.title().ends_with(&lang.text("step-email-server")));
        simulate(&wizard)
            .find(lang.text("ui-email-title").as_str())
            .unwrap();
    }
}

#[test]
fn next_is_refused_with_the_reason_shown() {
    for lang in Lang::ALL {
        let mut wizard = on_page(lang, Page::ExchangeOnline);
        let mut ui = simulate(&wizard);
        ui.find(lang.text("ui-exchange-needs-mailbox").as_str())
            .unwrap();
        ui.click(lang.text("ui-next").as_str()).unwrap();
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(
            messages.is_empty(),
            "a disabled Next sends nothing: {messages:?}"
        );
        let _ = wizard.update(Message::Exchange(
            super::pages::exchange_online::Message::Mailbox("scan(1)@contoso.com".into()),
        ));
        let _ = wizard.update(Message::Next);
        assert!(wizard.title().contains(&lang.text("step-exchange-online")));
        // The email server page names the broken rule as it is typed.
        let mut wizard = on_page(lang, Page::EmailServer);
        let _ = wizard.update(Message::Email(super::pages::email_server::Message::Sender(
            "scanner;1@contoso.com".into(),
        )));
        let mut ui = simulate(&wizard);
        let sender = printer_oauth_core::printer::settings::Field::Sender.label(lang);
        let rule = lang.text_with(
            "violation-forbidden",
            &[("field", sender), ("character", ";".into())],
        );
        ui.find(rule.as_str()).unwrap();
    }
}

/// Scrolls the page down, as the mouse wheel would over it.
fn scroll_down(ui: &mut iced_test::Simulator<'_, Message>) {
    ui.point_at((600.0, 300.0));
    let wheel = iced::mouse::Event::WheelScrolled {
        delta: iced::mouse::ScrollDelta::Lines { x: 0.0, y: -20.0 },
    };
    ui.simulate([iced::Event::Mouse(wheel)]);
}

/// Runs messages (those a simulated click produced) through the wizard.
fn apply(wizard: &mut Wizard, messages: Vec<Message>) {
    for message in messages {
        let _ = wizard.update(message);
    }
}

#[test]
fn a_connection_under_way_can_be_cancelled() {
    let mut wizard = on_page(Lang::En, Page::Printer);
    let address = printer::Message::Address("192.0.2.1".into());
    let _ = wizard.update(Message::Printer(address));
    let _ = wizard.update(Message::Printer(printer::Message::Connect));
    let connecting = Lang::En.text("ui-printer-connecting");
    let mut ui = simulate(&wizard);
    ui.find(connecting.as_str()).unwrap();
    ui.click("Cancel").unwrap();
    let messages = ui.into_messages().collect();
    apply(&mut wizard, messages);
    let mut ui = simulate(&wizard);
    assert!(
        ui.find(connecting.as_str()).is_err(),
        "no longer connecting"
    );
}

#[test]
fn the_catalog_can_be_browsed_and_an_entry_opened() {
    for lang in Lang::ALL {
        let mut wizard = on_page(lang, Page::Finish);
        let mut ui = simulate(&wizard);
        ui.click(lang.text("ui-finish-browse").as_str()).unwrap();
        let messages = ui.into_messages().collect();
        apply(&mut wizard, messages);
        let entry = format!("360 — {}", lang.text("diag-printer-360-title"));
        let mut ui = simulate(&wizard);
        ui.click(entry.as_str()).unwrap();
        let messages = ui.into_messages().collect();
        apply(&mut wizard, messages);
        let mut ui = simulate(&wizard);
        let fix = format!(
            "{}: {}",
            lang.text("label-fix"),
            lang.text("diag-printer-360-fix")
        );
        ui.find(fix.as_str()).unwrap();
    }
}

#[test]
fn the_network_search_can_be_stopped() {
    let mut wizard = on_page(Lang::Hr, Page::Printer);
    let _ = wizard.update(Message::Printer(printer::Message::Search));
    let searching = Lang::Hr.text("ui-printer-searching");
    let mut ui = simulate(&wizard);
    ui.find(searching.as_str()).unwrap();
    ui.click(Lang::Hr.text("ui-cancel").as_str()).unwrap();
    let messages = ui.into_messages().collect();
    apply(&mut wizard, messages);
    let mut ui = simulate(&wizard);
    assert!(ui.find(searching.as_str()).is_err(), "the search stopped");
}

/// Page 7 opens Microsoft's admin-consent page for the tenant and the Epson app, and says what
/// is missing until both are typed.
#[test]
fn the_admin_consent_page_opens_for_the_organisation_and_the_app() {
    let authority = url::Url::parse("https://login.microsoftonline.com").unwrap();
    for lang in Lang::ALL {
        let mut wizard = on_page(lang, Page::ScanToMyEmail);
        let mut ui = simulate(&wizard);
        ui.find(lang.text("ui-scan-need-tenant").as_str()).unwrap();
        scroll_down(&mut ui);
        ui.click(lang.text("ui-scan-open-consent").as_str())
            .unwrap();
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(messages.is_empty(), "disabled: {messages:?}");
        let scan = |m| Message::ScanToMyEmail(m);
        let _ = wizard.update(scan(scan_to_my_email::Message::Tenant(
            "contoso.onmicrosoft.com".into(),
        )));
        simulate(&wizard)
            .find(lang.text("ui-scan-need-app-id").as_str())
            .unwrap();
        let id = sim::directory::EPSON_CLIENT_ID;
        let _ = wizard.update(scan(scan_to_my_email::Message::AppId(id.into())));
        let mut ui = simulate(&wizard);
        assert!(ui.find(lang.text("ui-scan-need-app-id").as_str()).is_err());
        scroll_down(&mut ui);
        ui.click(lang.text("ui-scan-open-consent").as_str())
            .unwrap();
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(matches!(
            messages[..],
            [Message::ScanToMyEmail(
                scan_to_my_email::Message::OpenConsent
            )]
        ));

        // The pre-flight's tenant is offered when the page is reached.
        let mut other = on_page(lang, Page::Welcome);
        let tenant = super::pages::exchange_online::Message::Tenant("contoso.com".into());
        let _ = other.update(Message::Exchange(tenant));
        let _ = other.update(Message::Finish(finish::Message::GoTo(Page::ScanToMyEmail)));
        let mut ui = simulate(&other);
        assert!(ui.find(lang.text("ui-scan-need-tenant").as_str()).is_err());
        ui.find(lang.text("ui-scan-need-app-id").as_str()).unwrap();

        // What the click asks for, without opening a browser in the test.
        let mut page = scan_to_my_email::ScanToMyEmail::prefilled(" contoso.onmicrosoft.com ", id);
        let open = page.update(
            scan_to_my_email::Message::OpenConsent,
            printer_oauth_core::cloud::Service::ExchangeOnline,
            printer_oauth_core::cloud::Cloud::Global,
            &authority,
        );
        let Action::Open(url) = open else {
            panic!("the admin-consent page is opened")
        };
        assert_eq!(
            url,
            format!(
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id={id}"
            )
        );
        // Outlook.com has no organisation to consent for.
        let open = page.update(
            scan_to_my_email::Message::OpenConsent,
            printer_oauth_core::cloud::Service::Outlook,
            printer_oauth_core::cloud::Cloud::Global,
            &authority,
        );
        assert!(matches!(open, Action::None));
    }
}

/// The simulated printer's state (`/sim/state`), read over its own TLS with the pinned
/// certificate.
async fn printer_state(ready: &sim::DemoReady) -> serde_json::Value {
    let address = parse_manual_address(&ready.printer).unwrap();
    let trust = Trust::Pin(Some(ready.printer_fingerprint.clone()));
    let mut web = PrinterHttp::new(&address, &trust, &[], Duration::from_secs(5)).unwrap();
    serde_json::from_str(&web.get("/sim/state").await.unwrap().body).unwrap()
}

/// A demo wizard driven to a printer that is signed in and verified, on Sign in.
async fn signed_in(lang: Lang) -> (sim::Demo, Wizard, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let options = Options {
        lang,
        data_dir: Some(data.path().to_path_buf()),
        config_dir: Some(data.path().join("config")),
        reports_dir: Some(data.path().join("reports")),
        ..Options::default()
    };
    let (simulators, wizard) = signed_in_with(options).await;
    (simulators, wizard, data)
}

/// A demo wizard with these options driven to a printer that is signed in and verified, on
/// the guide's path: the Global Administrator signs the printer in, after the page's
/// PowerShell ran in the demo tenant.
async fn signed_in_with(options: Options) -> (sim::Demo, Wizard) {
    let (simulators, wizard) = signed_in_on(options, true).await;
    assert!(wizard.blocker().is_none(), "signed in and verified");
    (simulators, wizard)
}

/// A demo wizard driven through the printer's sign-in, on the guide's path (with its
/// PowerShell run in the demo tenant), or on the default least-privilege path where the
/// Global Administrator signs the printer in by mistake.
async fn signed_in_on(options: Options, guide: bool) -> (sim::Demo, Wizard) {
    let lang = options.lang;
    let simulators = approving_demo().await;
    let (mut wizard, search) = Wizard::new(Options {
        demo: Some(Demo::of(&simulators)),
        ..options
    });
    drive(&mut wizard, search).await;
    let ready = simulators.ready();
    send(&mut wizard, Message::Next).await;
    if guide {
        let path =
            exchange_online::Message::Path(printer_oauth_core::exchange::AccountPath::GlobalAdmin);
        send(&mut wizard, Message::Exchange(path)).await;
        click(&mut wizard, &lang.text("ui-exchange-demo-run")).await;
    }
    send(&mut wizard, Message::Next).await;
    let address = printer::Message::Address(ready.printer.clone());
    send(&mut wizard, Message::Printer(address)).await;
    send(&mut wizard, Message::Printer(printer::Message::Connect)).await;
    send(&mut wizard, Message::Printer(printer::Message::Trust)).await;
    let password = printer::Message::Password(Secret::new(ready.printer_password.clone()));
    send(&mut wizard, Message::Printer(password)).await;
    send(&mut wizard, Message::Printer(printer::Message::LogIn)).await;
    send(&mut wizard, Message::Next).await;
    send(&mut wizard, Message::Next).await;
    if !guide {
        simulators.shared.dir().default_approver = Some(sim::directory::ADMIN.into());
    }
    send(&mut wizard, Message::SignIn(sign_in::Message::Start)).await;
    assert!(
        wizard.title().contains(&lang.text("step-sign-in")),
        "{}",
        wizard.title()
    );
    (simulators, wizard)
}

/// A change made on Email server after the sign-in is shown as not sent, blocks Next, and
/// reaches the printer with Send settings (no new sign-in); the read-back then matches.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_after_sign_in_is_shown_unsent_until_sent() {
    for lang in Lang::ALL {
        let (simulators, mut wizard, _data) = signed_in(lang).await;
        let ready = simulators.ready();
        let before = printer_state(&ready).await;
        let logins = before["email"]["oauth"].clone();

        // Back to Email server: a new port.
        send(&mut wizard, Message::Back).await;
        let port = super::pages::email_server::Message::Port("25".into());
        send(&mut wizard, Message::Email(port)).await;
        click(&mut wizard, &lang.text("ui-next")).await;
        let title = lang.text("ui-unsent-title");
        simulate(&wizard)
            .find(title.as_str())
            .expect("the unsent warning on Sign in");
        assert_eq!(
            wizard.blocker().as_deref(),
            Some(lang.text("ui-unsent-blocker").as_str())
        );
        // Next is refused while the change is unsent, and the printer still holds 587.
        click(&mut wizard, &lang.text("ui-next")).await;
        assert!(wizard.title().contains(&lang.text("step-sign-in")));
        let state = printer_state(&ready).await;
        assert_eq!(
            state["email"]["smtp_port"].to_string().trim_matches('"'),
            "587"
        );

        // Send settings: the printer changes, without a new sign-in, and the warning goes.
        click(&mut wizard, &lang.text("ui-unsent-send")).await;
        let state = printer_state(&ready).await;
        assert_eq!(
            state["email"]["smtp_port"].to_string().trim_matches('"'),
            "25"
        );
        assert_eq!(state["email"]["oauth"], logins, "no new sign-in");
        assert_eq!(state["signed_in"], before["signed_in"]);
        assert!(simulate(&wizard).find(title.as_str()).is_err());
        assert!(wizard.blocker().is_none());

        // Apply and verify reads back the new port.
        click(&mut wizard, &lang.text("ui-next")).await;
        assert!(wizard.title().contains(&lang.text("step-apply-verify")));
        {
            let mut ui = simulate(&wizard);
            assert!(ui.find(title.as_str()).is_err(), "the read-back matches");
            ui.find("25").expect("the new port read back");
        }

        // A change seen on Apply and verify: the same warning; Sign in again works from Finish.
        let sender = super::pages::email_server::Message::Sender("Scanner@contoso.com".into());
        send(&mut wizard, Message::Email(sender)).await;
        simulate(&wizard).find(title.as_str()).unwrap();
        send(
            &mut wizard,
            Message::Finish(finish::Message::GoTo(Page::SignIn)),
        )
        .await;
        click(&mut wizard, &lang.text("ui-signin-again")).await;
        assert!(wizard.blocker().is_none(), "signed in again and sent");
        let state = printer_state(&ready).await;
        assert_eq!(state["email"]["sender"], "Scanner@contoso.com");
    }
}

/// Every file under a directory with its content (nothing for a missing directory).
fn tree(dir: Option<std::path::PathBuf>) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack: Vec<std::path::PathBuf> = dir.into_iter().collect();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((path.clone(), std::fs::read(&path).unwrap_or_default()));
            }
        }
    }
    files.sort();
    files
}

/// A demo run (pins, a backup, progress, a language chosen) leaves the real configuration and
/// data directories byte-for-byte as they were, so a normal launch afterwards finds nothing
/// of it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_run_leaves_the_real_directories_unchanged() {
    let real = || {
        [
            printer_oauth_core::paths::config_dir(),
            printer_oauth_core::paths::data_dir(),
            printer_oauth_core::paths::reports_dir(),
        ]
        .map(tree)
    };
    let before = real();
    let (_simulators, mut wizard) = signed_in_with(Options {
        lang: Lang::Hr,
        ..Options::default()
    })
    .await;
    send(&mut wizard, Message::Language(Lang::En)).await;
    send(&mut wizard, Message::Next).await;
    assert!(wizard.title().contains(&Lang::En.text("step-apply-verify")));
    // A report exported in the demo goes to its throw-away folder too.
    send(
        &mut wizard,
        Message::Finish(finish::Message::GoTo(Page::Finish)),
    )
    .await;
    send(&mut wizard, Message::Finish(finish::Message::Export)).await;
    simulate(&wizard)
        .find(Lang::En.text("ui-finish-open-folder").as_str())
        .expect("the report was saved");
    assert!(real() == before, "the demo wrote into the real directories");
    drop(wizard);
    assert!(real() == before, "nor on closing");
}

/// In a demo the printer search offers the demo printer alone, marked as the demo's, and the
/// Printer page shows its administrator password.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_offers_only_its_printer_and_shows_its_password() {
    let simulators = sim::Demo::start(Knobs::default()).await.unwrap();
    let ready = simulators.ready();
    let data = tempfile::tempdir().unwrap();
    for lang in Lang::ALL {
        let (mut wizard, search) = Wizard::new(Options {
            lang,
            demo: Some(Demo::of(&simulators)),
            data_dir: Some(data.path().join(lang.tag()).join("data")),
            config_dir: Some(data.path().join(lang.tag()).join("config")),
            ..Options::default()
        });
        drive(&mut wizard, search).await;
        let _ = wizard.update(Message::Finish(finish::Message::GoTo(Page::Printer)));
        let demo = format!("{} — {}", sim::PRINTER_MODEL, ready.printer);
        let label = i18n_embed_fl::fl!(lang.loader(), "ui-printer-demo-found", printer = demo);
        let mut ui = simulate(&wizard);
        ui.find(label.as_str()).expect("the demo printer, marked");
        assert!(ui.find(lang.text("ui-printer-searching").as_str()).is_err());
        drop(ui);
        click(&mut wizard, &label).await;
        click(&mut wizard, &lang.text("ui-printer-trust")).await;
        let password = i18n_embed_fl::fl!(
            lang.loader(),
            "ui-printer-demo-password",
            password = ready.printer_password.clone()
        );
        simulate(&wizard)
            .find(password.as_str())
            .expect("the demo printer's password shown");
    }
}

/// With any number of messages in the demo mailbox, the panel's button stays whole inside the
/// window, at the opening size and at the minimum size.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_panel_never_clips_its_button() {
    let simulators = sim::Demo::start(Knobs::default()).await.unwrap();
    for count in [0, 3, 40] {
        {
            let mut dir = simulators.shared.dir();
            dir.mailbox.clear();
            for i in 0..count {
                dir.mailbox.push(sim::directory::ReceivedMessage {
                    smtp_user: sim::directory::MAILBOX.into(),
                    from: sim::directory::MAILBOX.into(),
                    to: vec![sim::directory::ADMIN.into()],
                    subject: format!("Scan {i} from EPSON WF-C5890 Series"),
                    body: String::new(),
                    received_at: time::OffsetDateTime::now_utc(),
                });
            }
        }
        for lang in Lang::ALL {
            let (mut wizard, _) = Wizard::new(Options {
                lang,
                demo: Some(Demo::of(&simulators)),
                ..Options::default()
            });
            send(
                &mut wizard,
                Message::Demo(super::demo_panel::Message::Changed),
            )
            .await;
            for size in [super::WINDOW_SIZE, super::MIN_SIZE] {
                let mut ui = simulate_at(&wizard, size);
                let button = ui.find(lang.text("ui-demo-scan").as_str()).unwrap();
                let bounds = button.bounds();
                // Whole: its text's full size (not squeezed to nothing), inside the window.
                assert!(
                    bounds.height >= 15.0
                        && bounds.width >= 60.0
                        && bounds.y >= 0.0
                        && bounds.y + bounds.height <= size.height,
                    "{count} messages at {size:?}: the button's text at {bounds:?}"
                );
            }
        }
    }
}

/// Where the scroll operations of a task leave the page's scrollable, as the runtime would
/// apply them: `Some(0.0)` the top, `Some(1.0)` the end, `None` untouched.
fn page_scroll(task: Task<Message>) -> Option<f32> {
    use iced_runtime::core::widget::operation::scrollable::{
        AbsoluteOffset, RelativeOffset, Scrollable,
    };
    struct Recorder(Option<f32>);
    impl Scrollable for Recorder {
        fn snap_to(&mut self, offset: RelativeOffset<Option<f32>>) {
            self.0 = offset.y;
        }
        fn scroll_to(&mut self, _: AbsoluteOffset<Option<f32>>) {}
        fn scroll_by(&mut self, _: AbsoluteOffset, _: iced::Rectangle, _: iced::Rectangle) {}
    }
    let mut recorder = Recorder(None);
    let stream = iced_runtime::task::into_stream(task)?;
    let actions: Vec<_> = iced::futures::executor::block_on(stream.take(8).collect());
    for action in actions {
        if let iced_runtime::Action::Widget(mut operation) = action {
            let page = iced::widget::Id::new("page");
            let area = iced::Rectangle::with_size(iced::Size::new(800.0, 600.0));
            operation.scrollable(Some(&page), area, area, iced::Vector::ZERO, &mut recorder);
        }
    }
    recorder.0
}

/// Every page opens at its top; a result arriving on a page is scrolled into view; switching
/// the language moves nothing.
#[test]
fn a_page_opens_at_its_top_and_new_content_is_scrolled_into_view() {
    let mut wizard = on_page(Lang::En, Page::Welcome);
    assert_eq!(page_scroll(wizard.update(Message::Next)), Some(0.0));
    assert_eq!(page_scroll(wizard.update(Message::Back)), Some(0.0));
    let mut wizard = on_page(Lang::En, Page::Finish);
    let _ = wizard.update(Message::Finish(finish::Message::Code("361".into())));
    assert_eq!(
        page_scroll(wizard.update(Message::Finish(finish::Message::Decode))),
        Some(1.0)
    );
    assert_eq!(
        page_scroll(wizard.update(Message::Language(Lang::Hr))),
        None
    );
}

/// Switching the language re-renders what is already on screen: a decoded error shown in
/// English is shown in Croatian.
#[test]
fn switching_the_language_re_renders_what_is_on_screen() {
    let mut wizard = on_page(Lang::En, Page::Finish);
    let _ = wizard.update(Message::Finish(finish::Message::Code("361".into())));
    let _ = wizard.update(Message::Finish(finish::Message::Decode));
    let fix = |lang: Lang| {
        format!(
            "{}: {}",
            lang.text("label-fix"),
            lang.text("diag-printer-361-fix")
        )
    };
    simulate(&wizard).find(fix(Lang::En).as_str()).unwrap();
    let _ = wizard.update(Message::Language(Lang::Hr));
    let mut ui = simulate(&wizard);
    ui.find(fix(Lang::Hr).as_str())
        .expect("the diagnosis in Croatian");
    assert!(ui.find(fix(Lang::En).as_str()).is_err());
}

/// On the least-privilege path, the Global Administrator signs the printer in by mistake.
/// Before anything is sent, Sign in says the account is not the one planned and has no Send
/// As, and the printer's settings wait. Sent anyway, the printer's scan is refused by
/// Exchange; cancelled, or left for another printer, the printer is as it was and signed
/// out; signed in again, the wrong account is signed out and the planned one signs in. On the
/// guide's path with its PowerShell nothing waits and the scan arrives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_settings_wait_when_exchange_will_refuse_the_account_that_signed_in() {
    for (guide, lang, answer) in [
        (false, Lang::En, "send anyway"),
        (false, Lang::Hr, "cancel"),
        (false, Lang::En, "sign in again"),
        (false, Lang::Hr, "another printer"),
        (true, Lang::Hr, ""),
    ] {
        let data = tempfile::tempdir().unwrap();
        let options = Options {
            lang,
            data_dir: Some(data.path().to_path_buf()),
            config_dir: Some(data.path().join("config")),
            ..Options::default()
        };
        let (simulators, mut wizard) = signed_in_on(options, guide).await;
        let ready = simulators.ready();
        let planned = printer_oauth_core::exchange::Plan::new(
            printer_oauth_core::exchange::AccountPath::LeastPrivilege,
            sim::directory::ADMIN,
            sim::directory::MAILBOX,
        );
        let warnings = printer_oauth_core::exchange::account_warnings(
            &planned,
            sim::directory::ADMIN,
            sim::directory::MAILBOX,
        );
        assert_eq!(warnings.len(), 2);
        let waiting = i18n_embed_fl::fl!(
            lang.loader(),
            "ui-signin-confirm",
            account = sim::directory::ADMIN
        );
        let state = printer_state(&ready).await;
        if guide {
            assert!(simulate(&wizard).find(waiting.as_str()).is_err());
            assert!(
                wizard.blocker().is_none(),
                "nothing waits on the guide's path"
            );
        } else {
            let mut ui = simulate(&wizard);
            ui.find(waiting.as_str()).expect("the settings wait");
            for warning in warnings.iter().map(|w| w.message(lang)) {
                ui.find(warning.as_str()).expect(&warning);
            }
            drop(ui);
            assert_eq!(state["signed_in"], sim::directory::ADMIN);
            assert_eq!(
                state["email"]["auth_method"], "SMTPAUTH",
                "nothing sent yet"
            );
            assert!(wizard.blocker().is_some());
            match answer {
                "send anyway" => click(&mut wizard, &lang.text("ui-signin-send-anyway")).await,
                "cancel" => click(&mut wizard, &lang.text("ui-cancel")).await,
                "sign in again" => click(&mut wizard, &lang.text("ui-signin-again")).await,
                _ => {
                    send(
                        &mut wizard,
                        Message::Finish(finish::Message::AnotherPrinter),
                    )
                    .await
                }
            }
        }
        let state = printer_state(&ready).await;
        match answer {
            "send anyway" | "" => {
                assert_eq!(state["email"]["auth_method"], "OAUTH2");
                assert!(wizard.blocker().is_none());
            }
            "sign in again" => {
                assert_eq!(state["signed_in"], sim::directory::MAILBOX, "as planned");
                assert_eq!(state["email"]["auth_method"], "OAUTH2");
                assert!(wizard.blocker().is_none());
            }
            _ => {
                assert_eq!(state["email"]["auth_method"], "SMTPAUTH", "as it was");
                assert_eq!(
                    state["signed_in"],
                    serde_json::Value::Null,
                    "signed out again"
                );
            }
        }
        send(&mut wizard, Message::Demo(super::demo_panel::Message::Scan)).await;
        let sent = simulators
            .shared
            .dir()
            .mailbox
            .iter()
            .any(|m| m.smtp_user == sim::directory::ADMIN);
        assert_eq!(
            sent, guide,
            "the administrator's scan is accepted only on the guide's path"
        );
    }
}

/// A pre-flight's result, already on screen, is said again in the language switched to.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_preflight_result_is_re_rendered_in_the_new_language() {
    let simulators = approving_demo().await;
    let data = tempfile::tempdir().unwrap();
    let (mut wizard, _) = Wizard::new(Options {
        lang: Lang::En,
        demo: Some(Demo::of(&simulators)),
        data_dir: Some(data.path().join("data")),
        config_dir: Some(data.path().join("config")),
        ..Options::default()
    });
    send(&mut wizard, Message::Next).await;
    send(
        &mut wizard,
        Message::Exchange(exchange_online::Message::Run),
    )
    .await;
    let said = |lang: Lang| {
        i18n_embed_fl::fl!(
            lang.loader(),
            "mail-sent",
            to = sim::directory::MAILBOX,
            server = simulators.ready().smtp
        )
    };
    simulate(&wizard).find(said(Lang::En).as_str()).unwrap();
    send(&mut wizard, Message::Language(Lang::Hr)).await;
    simulate(&wizard)
        .find(said(Lang::Hr).as_str())
        .expect("the result in Croatian");
}

/// What the wizard cannot do by itself is said on the page, not only in a log: progress and a
/// language that cannot be saved (their folder is a file here), in the language of the moment.
#[test]
fn a_progress_that_cannot_be_saved_is_said_on_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let blocked = dir.path().join("config");
    std::fs::write(&blocked, "a file where the folder should be").unwrap();
    let (mut wizard, _) = Wizard::new(Options {
        lang: Lang::En,
        data_dir: Some(dir.path().join("data")),
        config_dir: Some(blocked.clone()),
        ..Options::default()
    });
    let _ = wizard.update(Message::Next);
    let error = printer_oauth_core::wizard::Progress::default()
        .save(&blocked)
        .unwrap_err()
        .to_string();
    let said = |id: &str, lang: Lang| lang.text_with(id, &[("error", error.clone())]);
    let mut ui = simulate(&wizard);
    ui.find(said("ui-notice-progress", Lang::En).as_str())
        .unwrap();
    drop(ui);
    // Nor can the language be remembered there: said in the new language.
    let _ = wizard.update(Message::Language(Lang::Hr));
    simulate(&wizard)
        .find(said("ui-notice-language", Lang::Hr).as_str())
        .expect("said in Croatian");
}

/// The step list goes back to any step already reached, and not to one not reached yet.
#[test]
fn the_step_list_goes_to_steps_already_reached() {
    let mut wizard = on_page(Lang::En, Page::Welcome);
    let _ = wizard.update(Message::Exchange(exchange_online::Message::Mailbox(
        "scanner@contoso.com".into(),
    )));
    let _ = wizard.update(Message::Next);
    let _ = wizard.update(Message::Next);
    assert!(wizard.title().contains(&Lang::En.text("step-printer")));
    let welcome = format!("1. {}", Page::Welcome.name(Lang::En));
    click_now(&mut wizard, &welcome);
    assert!(wizard.title().contains(&Lang::En.text("step-welcome")));
    let printer = format!("3. {}", Page::Printer.name(Lang::En));
    click_now(&mut wizard, &printer);
    assert!(wizard.title().contains(&Lang::En.text("step-printer")));
    let finish = format!("8. {}", Page::Finish.name(Lang::En));
    click_now(&mut wizard, &finish);
    assert!(
        wizard.title().contains(&Lang::En.text("step-printer")),
        "a step not reached yet is not a link"
    );
    // Forwards only past pages Next would leave: without a mailbox, Exchange Online holds.
    let exchange = format!("2. {}", Page::ExchangeOnline.name(Lang::En));
    click_now(&mut wizard, &exchange);
    let _ = wizard.update(Message::Exchange(exchange_online::Message::Mailbox(
        String::new(),
    )));
    click_now(&mut wizard, &printer);
    assert!(
        wizard
            .title()
            .contains(&Lang::En.text("step-exchange-online")),
        "the step list does not skip what Next refuses"
    );
}

/// Another printer starts afresh: the first printer's sign-ins are forgotten (the steps after
/// Printer are no longer reached), and nothing can be "sent" to the new one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_printer_forgets_the_first_one_s_sign_in() {
    let (_simulators, mut wizard, _data) = signed_in(Lang::En).await;
    send(
        &mut wizard,
        Message::Finish(finish::Message::AnotherPrinter),
    )
    .await;
    assert!(wizard.title().contains(&Lang::En.text("step-printer")));
    click_now(&mut wizard, &format!("5. {}", Page::SignIn.name(Lang::En)));
    assert!(wizard.title().contains(&Lang::En.text("step-printer")));
    let sent = wizard.update(Message::SendSettings);
    assert!(
        iced_runtime::task::into_stream(sent).is_none(),
        "nothing to send to"
    );
}

/// Clicks a text and runs the messages sent, without their tasks.
fn click_now(wizard: &mut Wizard, label: &str) {
    let mut ui = simulate(wizard);
    ui.click(label).unwrap();
    let messages = ui.into_messages().collect();
    apply(wizard, messages);
}
