//! The two email-server settings forms: `GET <PAGE>/TOP` renders the form with a fresh setup
//! token, `POST <PAGE>/SET` checks the token and the device's limits and stores the settings.

use super::oauth::Status;
use super::pages::{self, escape, frame, html};
use super::settings::{DeviceField, Field, Kind, Page};
use super::texts::{Lang, Text};
use super::{Printer, PrinterState};
use crate::Fault;
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

/// The setup token's field name.
pub const TOKEN_FIELD: &str = "INPUTT_SETUPTOKEN";
/// Hidden inputs every form carries besides the token; a POST must send them back.
const PAGE_ID_FIELD: &str = "INPUTT_PAGEID";
const FORM_VERSION_FIELD: &str = "INPUTT_FORMVER";
const FORM_VERSION: &str = "2";
/// The device's location, a hidden field of both forms that the product does not own.
pub const LOCATION_FIELD: &str = "INPUTT_LOCATION";
/// With `printer-restart-mid-write`, how many fields (in form order) the interrupted write stores.
const MID_WRITE_FIELDS: usize = 5;

/// One settings write the printer accepted, for `/sim/state`.
#[derive(Debug, Clone, Serialize)]
pub struct Written {
    pub page: &'static str,
    /// The posted fields by form name (the setup token left out, a password shown as `********`).
    pub fields: BTreeMap<String, String>,
    /// The page's settings after the write, by logical name.
    pub stored: Value,
    /// Only part of the fields were stored (`printer-restart-mid-write`).
    pub partial: bool,
    /// The web server restarted after this write.
    pub restarted: bool,
}

/// A posted field's value.
pub fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The page's title.
pub fn title(lang: Lang, page: Page) -> &'static str {
    match page {
        Page::Email => lang.t(Text::EmailServerBasic),
        Page::Fax => lang.t(Text::FaxEmailServer),
    }
}

fn control(page: Page, field: Field, value: &str, lang: Lang) -> String {
    let name = field.name(page);
    match field.kind() {
        Kind::Select(choices) => {
            let options: String = choices
                .iter()
                .map(|(v, label)| {
                    let selected = if *v == value { " selected" } else { "" };
                    format!("<option value=\"{v}\"{selected}>{}</option>", escape(label))
                })
                .collect();
            format!("<select name=\"{name}\" id=\"{name}\">{options}</select>")
        }
        Kind::Radio(choices) => choices
            .iter()
            .map(|(v, label)| {
                let checked = if *v == value { " checked" } else { "" };
                let label = match (lang, *v) {
                    (Lang::De, "ENABLE") => "Aktivieren",
                    (Lang::De, "DISABLE") => "Deaktivieren",
                    _ => label,
                };
                format!(
                    "<label><input type=\"radio\" name=\"{name}\" value=\"{v}\"{checked}> {}</label> ",
                    escape(label)
                )
            })
            .collect(),
        Kind::Password => format!(
            "<input type=\"password\" name=\"{name}\" id=\"{name}\" value=\"{}\" maxlength=\"255\">",
            escape(value)
        ),
        Kind::Text => format!(
            "<input type=\"text\" name=\"{name}\" id=\"{name}\" value=\"{}\" maxlength=\"255\">",
            escape(value)
        ),
    }
}

impl Printer {
    /// `GET /PRESENTATION/ADVANCED/<PAGE>/TOP` of a settings page.
    pub fn settings_form(&self, headers: &HeaderMap, page: Page) -> Response {
        let Some(session) = self.enter(headers) else {
            return self.login_page();
        };
        let knobs = self.shared.knobs();
        let lang = Lang::of(&knobs);
        // With `printer-echoes-password`, the password input shows the stored password.
        let shown = |settings: &super::settings::Settings, field: Field| match field {
            Field::Password if knobs.has(Fault::PrinterEchoesPassword) => settings.password.clone(),
            _ => settings.shown(field),
        };
        let mut state = self.state();
        let token = state.sessions.issue_token(&session, page);
        let page_state = &state.pages[page.index()];
        let settings = &page_state.settings;
        let base = format!("/PRESENTATION/ADVANCED/{}", page.name());
        let mut rows = String::new();
        for field in Field::ALL {
            rows.push_str(&format!(
                "<tr><th><label for=\"{name}\">{label}</label></th><td>{control}</td></tr>\n",
                name = field.name(page),
                label = escape(field.device_label(lang)),
                control = control(page, field, &shown(settings, field), lang),
            ));
            if field == Field::Service {
                rows.push_str(&oauth_row(lang, &base, page_state));
            }
        }
        let body = format!(
            "<form method=\"post\" action=\"{base}/SET\" id=\"{page_name}\">\n\
             <input type=\"hidden\" name=\"{TOKEN_FIELD}\" value=\"{token}\">\n\
             <input type=\"hidden\" name=\"{PAGE_ID_FIELD}\" value=\"{page_name}\">\n\
             <input type=\"hidden\" name=\"{FORM_VERSION_FIELD}\" value=\"{FORM_VERSION}\">\n\
             <input type=\"hidden\" name=\"{LOCATION_FIELD}\" value=\"{location}\">\n\
             <table>\n{rows}</table>\n<p><input type=\"submit\" value=\"{ok}\"></p>\n</form>",
            page_name = page.name(),
            location = escape(&state.location),
            ok = escape(lang.t(Text::Ok)),
        );
        html(frame(lang, title(lang, page), true, &body))
    }

    /// `POST /PRESENTATION/ADVANCED/<PAGE>/SET` of a settings page.
    pub fn write_settings(
        self: &Arc<Self>,
        headers: &HeaderMap,
        page: Page,
        form: &[(String, String)],
    ) -> Response {
        if let Err(answer) = self.admit_form(headers, page, form) {
            return answer;
        }
        let knobs = self.shared.knobs();
        let lang = Lang::of(&knobs);
        let back = format!("/PRESENTATION/ADVANCED/{}/TOP", page.name());
        let invalid = |what: &str| {
            pages::message(
                lang,
                lang.t(Text::InvalidValue),
                &format!("{} : {what}", lang.t(Text::InvalidValue)),
                lang.t(Text::CheckValue),
                &back,
            )
        };
        for hidden in [PAGE_ID_FIELD, FORM_VERSION_FIELD] {
            let expected = if hidden == PAGE_ID_FIELD {
                page.name()
            } else {
                FORM_VERSION
            };
            if field(form, hidden) != Some(expected) {
                return invalid(hidden);
            }
        }
        for f in Field::ALL {
            if let Some(value) = field(form, f.name(page))
                && !f.accepts(value)
            {
                return invalid(f.device_label(lang));
            }
        }
        let mut state = self.state();
        let current = state.pages[page.index()].settings.clone();
        let auth = field(form, Field::AuthMethod.name(page)).unwrap_or(&current.auth_method);
        if knobs.has(Fault::PrinterRejectsSettings) && auth == "OAUTH2" {
            return invalid(Field::SmtpServer.device_label(lang));
        }
        let partial = knobs.has(Fault::PrinterRestartMidWrite) && !state.mid_write_used;
        let restart = partial || (knobs.has(Fault::PrinterRestart) && !state.restart_used);
        state.mid_write_used |= partial;
        state.restart_used |= knobs.has(Fault::PrinterRestart) && restart;
        let port_bug = knobs.has(Fault::PrinterReadbackMismatch) && !state.port_bug_used;
        state.port_bug_used |= port_bug;
        apply(&mut state, page, form, partial, port_bug);
        if let Some(location) = field(form, LOCATION_FIELD) {
            state.location = location.to_string();
        }
        if knobs.has(Fault::PrinterResetsLocation) && !state.location_reset_used {
            state.location_reset_used = true;
            state.location.clear();
        }
        let stored = state.pages[page.index()].settings.to_json();
        state.writes.push(Written {
            page: page.name(),
            fields: form
                .iter()
                .filter(|(k, _)| k != TOKEN_FIELD)
                .map(|(k, v)| {
                    let secret = k == Field::Password.name(page) && !v.is_empty();
                    (
                        k.clone(),
                        if secret { "********".into() } else { v.clone() },
                    )
                })
                .collect(),
            stored,
            partial,
            restarted: restart,
        });
        drop(state);
        if partial {
            // The connection breaks mid-write: the connection is cut before the answer is
            // written, so it never reaches the client.
            self.restart(Duration::ZERO);
        } else if restart {
            self.restart(super::SHUTDOWN_DELAY);
            return pages::message(
                lang,
                lang.t(Text::ShuttingDown),
                &format!("{}...", lang.t(Text::ShuttingDown)),
                lang.t(Text::Restarting),
                &back,
            );
        }
        pages::message(
            lang,
            title(lang, page),
            lang.t(Text::SetupComplete),
            "",
            &back,
        )
    }

    /// The answer to a missing, unknown, used or outdated setup token.
    pub fn stale_page(&self, lang: Lang, back: &str) -> Response {
        pages::message(
            lang,
            lang.t(Text::PageExpired),
            lang.t(Text::PageExpired),
            lang.t(Text::OpenAgain),
            back,
        )
    }
}

/// Stores the posted fields (only the first few when `partial`).
fn apply(
    state: &mut PrinterState,
    page: Page,
    form: &[(String, String)],
    partial: bool,
    port_bug: bool,
) {
    let settings = &mut state.pages[page.index()].settings;
    let count = if partial {
        MID_WRITE_FIELDS
    } else {
        Field::ALL.len()
    };
    for f in Field::ALL.into_iter().take(count) {
        let Some(value) = field(form, f.name(page)) else {
            continue;
        };
        if f == Field::SmtpPort && port_bug {
            // The firmware bug: the port is stored as another one.
            let other = if value == "25" { "587" } else { "25" };
            settings.set(f, other);
        } else {
            settings.set(f, value);
        }
    }
}

/// The "Current Status" line of the OAuth 2.0 sign-in, with its Sign In / Sign Out button.
fn oauth_row(lang: Lang, base: &str, page: &super::PageState) -> String {
    let oauth = &page.oauth;
    if page.settings.auth_method != "OAUTH2" && oauth.status == Status::SignedOut {
        return String::new();
    }
    let (status, button, action) = match oauth.status {
        Status::SignedIn => (
            format!(
                "{} : {} <span class=\"account\">{}</span>",
                lang.t(Text::CurrentStatus),
                lang.t(Text::SignedIn),
                escape(&oauth.account)
            ),
            lang.t(Text::SignOut),
            "OAUTH_SIGNOUT",
        ),
        Status::Waiting => (
            format!(
                "{} : {}",
                lang.t(Text::CurrentStatus),
                lang.t(Text::Waiting)
            ),
            lang.t(Text::SignIn),
            "OAUTH_SIGNIN",
        ),
        Status::SignedOut | Status::Failed => (String::new(), lang.t(Text::SignIn), "OAUTH_SIGNIN"),
    };
    format!(
        "<tr><th>OAuth 2.0</th><td><span id=\"oauthstatus\">{status}</span> \
         <button type=\"submit\" formaction=\"{base}/{action}\">{}</button></td></tr>\n",
        escape(button)
    )
}
