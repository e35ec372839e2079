//! The wizard driven through its real update loop, its tasks running, against the embedded
//! simulators: from the first page to a printer that is signed in and verified.

use super::app::{Demo, Message, Options, Wizard};
use super::pages::{finish, printer, sign_in};
use crate::diagnose::Step;
use crate::i18n::Lang;
use crate::printer::address::parse_manual_address;
use crate::printer::tls::Trust;
use crate::printer::web::Web;
use crate::sim::{self, Knobs};
use iced::Task;
use iced::futures::StreamExt;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_walks_from_welcome_to_a_verified_printer() {
    for lang in Lang::ALL {
        let simulators = sim::Demo::start(Knobs {
            interval: Duration::from_secs(1),
            auto_approve: Some(Duration::ZERO),
            ..Knobs::default()
        })
        .await
        .expect("simulators start");
        let data = tempfile::tempdir().unwrap();
        let (mut wizard, search) = Wizard::new(Options {
            lang,
            demo: Some(Demo::of(&simulators)),
            data_dir: Some(data.path().to_path_buf()),
            config_dir: Some(data.path().join("config")),
        });
        drive(&mut wizard, search).await;
        let ready = simulators.ready();

        send(&mut wizard, Message::Next).await; // Exchange Online, the mailbox prefilled
        send(&mut wizard, Message::Next).await; // Printer
        assert!(
            wizard.title().contains(&lang.text("step-printer")),
            "{}",
            wizard.title()
        );
        let printer = |m| Message::Printer(m);
        send(
            &mut wizard,
            printer(printer::Message::Address(ready.printer.clone())),
        )
        .await;
        send(&mut wizard, printer(printer::Message::Connect)).await;
        send(&mut wizard, Message::Next).await;
        assert!(
            wizard.title().contains(&lang.text("step-printer")),
            "blocked until logged in"
        );
        send(&mut wizard, printer(printer::Message::Trust)).await;
        let password = printer::Message::Password(ready.printer_password.clone());
        send(&mut wizard, printer(password)).await;
        send(&mut wizard, printer(printer::Message::LogIn)).await;
        send(&mut wizard, Message::Next).await; // Email server, prefilled
        assert!(wizard.title().contains(&lang.text("step-email-server")));
        send(&mut wizard, Message::Next).await; // Sign in
        send(&mut wizard, Message::SignIn(sign_in::Message::Start)).await;
        send(&mut wizard, Message::Next).await; // Apply and verify, read back
        assert!(
            wizard.title().contains(&lang.text("step-apply-verify")),
            "{}",
            wizard.title()
        );

        // The simulated printer really holds the OAuth 2.0 settings and the admin's sign-in.
        let address = parse_manual_address(&ready.printer).unwrap();
        let trust = Trust::Pin(Some(ready.printer_fingerprint.clone()));
        let mut web = Web::new(&address, &trust, &[], Duration::from_secs(5)).unwrap();
        let state: serde_json::Value =
            serde_json::from_str(&web.get("/sim/state").await.unwrap().body).unwrap();
        assert_eq!(state["email"]["auth_method"], "OAUTH2");
        assert_eq!(state["signed_in"], sim::directory::ADMIN);
        assert!(
            std::fs::read_dir(data.path().join("backups"))
                .unwrap()
                .count()
                == 1,
            "one backup of the previous settings"
        );

        // The demo panel makes the printer scan to email; the message arrives in the mailbox.
        send(&mut wizard, Message::Demo(super::demo_panel::Message::Scan)).await;
        send(&mut wizard, Message::Demo(super::demo_panel::Message::Tick)).await;
        let mailbox = simulators.shared.dir().mailbox.clone();
        assert!(
            mailbox
                .iter()
                .any(|m| m.subject.contains("EPSON") && m.from == ready.account),
            "{mailbox:?}"
        );

        // Scan to My Email, then Finish: a decoded code sends the admin to the page that fixes it.
        send(&mut wizard, Message::Next).await;
        send(&mut wizard, Message::Next).await;
        assert!(
            wizard.title().contains(&lang.text("step-finish")),
            "{}",
            wizard.title()
        );
        send(&mut wizard, Message::Finish(finish::Message::Export)).await;
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
            Message::Finish(finish::Message::GoTo(Step::SignIn)),
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
fn on_page(lang: Lang, step: Step) -> Wizard {
    let dirs = tempfile::tempdir().unwrap().keep();
    let (mut wizard, _) = Wizard::new(Options {
        lang,
        demo: None,
        data_dir: Some(dirs.join("data")),
        config_dir: Some(dirs.join("config")),
    });
    let _ = wizard.update(Message::Finish(finish::Message::GoTo(step)));
    wizard
}

fn simulate(wizard: &Wizard) -> iced_test::Simulator<'_, Message> {
    iced_test::Simulator::with_size(
        iced::Settings {
            default_font: super::FONT,
            ..iced::Settings::default()
        },
        (1120.0, 760.0),
        wizard.view(),
    )
}

/// Every page renders in both languages, with its title, and matches its snapshot (tiny-skia,
/// the embedded font; a changed page needs its `.sha256` file deleted and the test run again).
#[test]
fn every_page_in_both_languages_matches_its_snapshot() {
    let titles = [
        (Step::Welcome, "ui-welcome-title"),
        (Step::ExchangeOnline, "ui-exchange-title"),
        (Step::Printer, "ui-printer-title"),
        (Step::EmailServer, "ui-email-title"),
        (Step::SignIn, "ui-signin-title"),
        (Step::ApplyVerify, "ui-apply-title"),
        (Step::ScanToMyEmail, "ui-scan-title"),
        (Step::Finish, "ui-finish-title"),
    ];
    for lang in Lang::ALL {
        for (step, title) in titles {
            let wizard = on_page(lang, step);
            let mut ui = simulate(&wizard);
            ui.find(lang.text(title).as_str())
                .unwrap_or_else(|e| panic!("{step:?} in {lang:?}: {e}"));
            let snapshot = ui.snapshot(&iced::Theme::Light).unwrap();
            let name = format!("tests/snapshots/{}-{}", step.name(Lang::En), lang.tag())
                .replace(' ', "-")
                .to_lowercase();
            assert!(snapshot.matches_hash(&name).unwrap(), "{name} changed");
        }
    }
}

#[test]
fn the_language_switches_by_clicking_its_name() {
    let mut wizard = on_page(Lang::En, Step::Welcome);
    let mut ui = simulate(&wizard);
    ui.click("Hrvatski").unwrap();
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        let _ = wizard.update(message);
    }
    let mut ui = simulate(&wizard);
    ui.find(Lang::Hr.text("ui-welcome-title").as_str()).unwrap();
}

#[test]
fn next_is_refused_with_the_reason_shown() {
    for lang in Lang::ALL {
        let mut wizard = on_page(lang, Step::ExchangeOnline);
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
        let mut wizard = on_page(lang, Step::EmailServer);
        let _ = wizard.update(Message::Email(super::pages::email_server::Message::Sender(
            "scanner;1@contoso.com".into(),
        )));
        let mut ui = simulate(&wizard);
        let sender = crate::printer::settings::Field::Sender.label(lang);
        let rule = lang.text_with(
            "violation-forbidden",
            &[("field", sender), ("character", ";".into())],
        );
        ui.find(rule.as_str()).unwrap();
    }
}

/// Runs messages (those a simulated click produced) through the wizard.
fn apply(wizard: &mut Wizard, messages: Vec<Message>) {
    for message in messages {
        let _ = wizard.update(message);
    }
}

#[test]
fn a_connection_under_way_can_be_cancelled() {
    let mut wizard = on_page(Lang::En, Step::Printer);
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
        let mut wizard = on_page(lang, Step::Finish);
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
    let mut wizard = on_page(Lang::Hr, Step::Printer);
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
