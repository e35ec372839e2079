//! Logging in (business and consumer forms), the lockout after failed logins, sessions with
//! their idle timeout, and the one-use setup tokens (`INPUTT_SETUPTOKEN`) of the forms.

use super::email_form::{TOKEN_FIELD, field};
use super::pages::{self, escape, frame, html};
use super::settings::Page;
use super::texts::{Lang, Text};
use super::{ADMIN_USER, Printer, SERIAL};
use crate::{Fault, random_token};
use axum::extract::{Form, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "EPSON_COOKIE_SESSION";
/// Sessions end after this long without a request.
const IDLE: Duration = Duration::from_secs(600);
/// A setup token is good for this long (and one POST).
const TOKEN_LIFE: Duration = Duration::from_secs(600);
/// Failed logins count towards the lockout for this long.
const FAILURE_WINDOW: Duration = Duration::from_secs(300);
/// Failed logins within the window that lock logins out.
const FAILURES_TO_LOCK: usize = 3;
/// With `printer-session-expiry`, a session serves this many protected requests.
const EXPIRING_SESSION_REQUESTS: u32 = 3;
/// With `printer-session-storm`, a session serves this many: another administrator's login
/// ends it right after.
const STORM_SESSION_REQUESTS: u32 = 1;

struct Session {
    last_seen: Instant,
    requests: u32,
}

struct SetupToken {
    session: String,
    page: Page,
    issued: Instant,
}

/// How many logins were tried and how they ended.
#[derive(Debug, Default, Clone, Serialize)]
pub struct LoginCounts {
    pub ok: u32,
    pub failed: u32,
    /// Logins answered "Try again later." (not checked at all).
    pub locked_out: u32,
}

/// Sessions, setup tokens and the lockout.
#[derive(Default)]
pub struct Sessions {
    sessions: HashMap<String, Session>,
    tokens: HashMap<String, SetupToken>,
    failures: Vec<Instant>,
    locked_until: Option<Instant>,
    /// One-use tokens of the login form, when issued (`printer-other-firmware`).
    pub login_tokens: HashMap<String, Instant>,
    pub logins: LoginCounts,
}

impl Sessions {
    /// Whether logins are locked out now.
    pub fn locked(&self) -> bool {
        self.locked_until.is_some_and(|t| Instant::now() < t)
    }

    /// The number of live sessions.
    pub fn live(&self) -> usize {
        self.sessions
            .values()
            .filter(|s| s.last_seen.elapsed() < IDLE)
            .count()
    }

    /// Forgets every session and token (the web server restarted).
    pub fn clear(&mut self) {
        self.sessions.clear();
        self.tokens.clear();
        self.login_tokens.clear();
    }

    /// A new setup token for `page` in `session`.
    pub fn issue_token(&mut self, session: &str, page: Page) -> String {
        self.tokens.retain(|_, t| t.issued.elapsed() < TOKEN_LIFE);
        let token = random_token("", 32);
        self.tokens.insert(
            token.clone(),
            SetupToken {
                session: session.to_string(),
                page,
                issued: Instant::now(),
            },
        );
        token
    }

    /// Uses up a setup token: whether it was issued to this session for this page, in time.
    pub fn take_token(&mut self, session: &str, page: Page, token: &str) -> bool {
        match self.tokens.remove(token) {
            Some(t) => t.session == session && t.page == page && t.issued.elapsed() < TOKEN_LIFE,
            None => false,
        }
    }

    /// Drops every outstanding token of a session (`printer-token-rotation`).
    pub fn rotate(&mut self, session: &str) {
        self.tokens.retain(|_, t| t.session != session);
    }
}

/// The value of a cookie in the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

impl Printer {
    /// Admits a protected request: its session id, or None (answer the login page). Counts the
    /// request, ends sessions that `printer-session-expiry` or `printer-session-storm` end, and
    /// with `printer-token-rotation` invalidates the session's outstanding setup tokens (after
    /// the caller took the one it was sent, see [`Printer::admit_form`]).
    pub fn enter(&self, headers: &HeaderMap) -> Option<String> {
        let knobs = self.shared.knobs();
        let id = cookie(headers, SESSION_COOKIE)?;
        let mut state = self.state();
        let sessions = &mut state.sessions;
        let session = sessions.sessions.get_mut(&id)?;
        if session.last_seen.elapsed() >= IDLE {
            sessions.sessions.remove(&id);
            sessions.rotate(&id);
            return None;
        }
        session.last_seen = Instant::now();
        session.requests += 1;
        let limit = if knobs.has(Fault::PrinterSessionStorm) {
            Some(STORM_SESSION_REQUESTS)
        } else {
            knobs
                .has(Fault::PrinterSessionExpiry)
                .then_some(EXPIRING_SESSION_REQUESTS)
        };
        if limit.is_some_and(|limit| session.requests >= limit) {
            sessions.sessions.remove(&id);
        }
        if knobs.has(Fault::PrinterTokenRotation) {
            sessions.rotate(&id);
        }
        Some(id)
    }

    /// Admits a protected POST of a form: the login page when there is no session, the "page
    /// has expired" page when its setup token is missing, unknown or used (a token is used up
    /// either way).
    pub fn admit_form(
        &self,
        headers: &HeaderMap,
        page: Page,
        form: &[(String, String)],
    ) -> Result<(), Response> {
        let token = field(form, TOKEN_FIELD);
        let id = cookie(headers, SESSION_COOKIE).ok_or_else(|| self.login_page())?;
        let good = {
            let mut state = self.state();
            let known = state.sessions.sessions.contains_key(&id);
            known.then(|| token.is_some_and(|t| state.sessions.take_token(&id, page, t)))
        };
        let good = good.ok_or_else(|| self.login_page())?;
        self.enter(headers).ok_or_else(|| self.login_page())?;
        if good {
            Ok(())
        } else {
            let back = format!("/PRESENTATION/ADVANCED/{}/TOP", page.name());
            Err(self.stale_page(Lang::of(&self.shared.knobs()), &back))
        }
    }

    /// Records a login attempt's outcome; returns the page to answer unless it succeeded.
    fn check_login(&self, lang: Lang, good: bool, failure: Text) -> Result<String, Response> {
        let lockout = self.shared.knobs().printer_lockout;
        let mut state = self.state();
        let s = &mut state.sessions;
        if s.locked() {
            s.logins.locked_out += 1;
            return Err(pages::message(
                lang,
                lang.t(Text::LogIn),
                lang.t(Text::TryLater),
                "",
                "/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP",
            ));
        }
        if s.locked_until.is_some() {
            // The lockout is over: start counting afresh.
            s.locked_until = None;
            s.failures.clear();
        }
        if !good {
            s.logins.failed += 1;
            s.failures.retain(|t| t.elapsed() < FAILURE_WINDOW);
            s.failures.push(Instant::now());
            if s.failures.len() >= FAILURES_TO_LOCK {
                s.locked_until = Some(Instant::now() + lockout);
            }
            return Err(html(frame(
                lang,
                lang.t(Text::LogIn),
                false,
                &format!(
                    "<p class=\"message\">{}</p>{}",
                    escape(lang.t(failure)),
                    pages::login_form(lang, failure == Text::BadPassword)
                ),
            )));
        }
        s.logins.ok += 1;
        s.failures.clear();
        let id = random_token("", 40);
        s.sessions.insert(
            id.clone(),
            Session {
                last_seen: Instant::now(),
                requests: 0,
            },
        );
        Ok(id)
    }

    fn logged_in(&self, id: &str) -> Response {
        let mut response = html(self.welcome_page());
        let cookie = format!("{SESSION_COOKIE}={id}; Path=/; Secure; HttpOnly");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
        response
    }
}

/// `POST /PRESENTATION/ADVANCED/PASSWORD/SET`: the business models' login.
pub async fn business_login(printer: Arc<Printer>, form: Vec<(String, String)>) -> Response {
    let knobs = printer.shared.knobs();
    if knobs.has(Fault::PrinterConsumerModel) {
        return printer.not_found();
    }
    let lang = Lang::of(&knobs);
    let good = field(&form, "INPUTT_USERNAME") == Some(ADMIN_USER)
        && field(&form, "INPUTT_PASSWORD") == Some(SERIAL);
    match printer.check_login(lang, good, Text::BadUserOrPassword) {
        Ok(id) => printer.logged_in(&id),
        Err(page) => page,
    }
}

/// `POST /PRESENTATION/PSWD`: the consumer models' login (password only).
pub async fn consumer_login(
    State(printer): State<Arc<Printer>>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let lang = Lang::of(&printer.shared.knobs());
    let good = field(&form, "session") == Some(SERIAL);
    match printer.check_login(lang, good, Text::BadPassword) {
        Ok(id) => printer.logged_in(&id),
        Err(page) => page,
    }
}
