//! The printer's own OAuth 2.0 client: it asks the identity platform for a device code with
//! Epson's client id, polls for the tokens itself in the background (honouring `interval` and
//! `slow_down`), keeps the refresh token in its memory and refreshes the access token when a
//! job needs it. Web Config drives it through `OAUTH_SIGNIN`, `OAUTH_STATUS`, `OAUTH_SIGNOUT`.

use super::email_form::field;
use super::settings::{DeviceField, Field, Page};
use super::{JobFailure, Printer};
use crate::Fault;
use crate::directory::EPSON_CLIENT_ID;
use axum::Json;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde_json::{Value, json};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

/// What the printer asks for: SMTP submission, and a refresh token.
pub const SCOPE: &str = "https://outlook.office.com/SMTP.Send offline_access";
/// The sign-in address a hostile printer hands over ([`Fault::PrinterHostileVerificationUri`]):
/// a local file, then an escape sequence that retitles a terminal, ended by BEL.
const HOSTILE_VERIFICATION_URI: &str = "file:///etc/passwd\u{1b}]0;pwned\u{7}";
/// Refresh this long before the access token runs out.
const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// Where the printer's sign-in stands (the `STATUS` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    SignedOut,
    Waiting,
    SignedIn,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::SignedOut => "SIGNEDOUT",
            Status::Waiting => "WAITING",
            Status::SignedIn => "SIGNEDIN",
            Status::Failed => "FAILED",
        }
    }
}

/// The tokens the printer keeps.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access: String,
    pub refresh: String,
    pub expires: Instant,
    pub tenant: &'static str,
}

/// One page's sign-in.
#[derive(Debug, Default)]
pub struct OAuth {
    pub status: Status,
    /// The signed-in account (the id token's `preferred_username`).
    pub account: String,
    /// Why the last sign-in failed or the printer lost its token (`AADSTS53003`, ...).
    pub error: String,
    /// Bumped by every sign-in and sign-out, so an outdated poll stops.
    generation: u64,
    pub tokens: Option<Tokens>,
}

impl OAuth {
    /// The `OAUTH_STATUS` answer.
    pub fn to_json(&self) -> Value {
        json!({
            "STATUS": self.status.as_str(),
            "ACCOUNT": self.account,
            "ERRORCODE": self.error,
        })
    }

    /// Forgets the token (after a sign-out, or when the identity platform refused a refresh).
    fn forget(&mut self, error: &str) {
        self.generation += 1;
        self.tokens = None;
        self.status = Status::SignedOut;
        self.error = error.to_string();
    }
}

/// The tenant the printer signs in to for an email service.
fn tenant(service: &str) -> &'static str {
    if service == "OUTLOOKCOM" {
        "consumers"
    } else {
        "organizations"
    }
}

/// The code a failure is reported with: the RFC 8628 error names as they are, otherwise the
/// Microsoft code (`AADSTS53003`), otherwise the OAuth `error`.
fn error_code(body: &Value) -> String {
    let error = body["error"].as_str().unwrap_or_default();
    if matches!(
        error,
        "authorization_declined" | "expired_token" | "access_denied" | "bad_verification_code"
    ) {
        return error.to_string();
    }
    match body["error_codes"].get(0).and_then(Value::as_u64) {
        Some(code) => format!("AADSTS{code}"),
        None if !error.is_empty() => error.to_string(),
        None => "INVALIDRESPONSE".to_string(),
    }
}

/// The `preferred_username` claim of an id token.
fn preferred_username(id_token: &str) -> Option<String> {
    let claims = id_token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(claims.trim_end_matches('='))
        .ok()?;
    let claims: Value = serde_json::from_slice(&bytes).ok()?;
    claims["preferred_username"].as_str().map(str::to_string)
}

/// An identity platform answer as the printer sees it.
enum Answer {
    /// HTTP status and a JSON body.
    Json(u16, Value),
    /// An answer that is not JSON (a 503 page, a broken body).
    Unreadable(u16),
    /// No answer: refused, unreachable, timed out.
    Network,
}

fn ng(code: &str) -> Response {
    Json(json!({"RESULT": "NG", "ERRORCODE": code})).into_response()
}

impl Printer {
    async fn identity(&self, tenant: &str, endpoint: &str, form: &[(&str, &str)]) -> Answer {
        if self.shared.knobs().has(Fault::PrinterCloudUnreachable) {
            return Answer::Network;
        }
        let url = format!("{}/{tenant}/oauth2/v2.0/{endpoint}", self.shared.base_url);
        let Ok(response) = self.http.post(url).form(form).send().await else {
            return Answer::Network;
        };
        let status = response.status().as_u16();
        match response.json::<Value>().await {
            Ok(body) if body.is_object() => Answer::Json(status, body),
            _ => Answer::Unreadable(status),
        }
    }

    /// `POST <PAGE>/OAUTH_SIGNIN`: asks for a device code and starts polling for the tokens.
    pub async fn sign_in(
        self: &Arc<Self>,
        headers: &HeaderMap,
        page: Page,
        form: &[(String, String)],
    ) -> Response {
        if let Err(answer) = self.admit_form(headers, page, form) {
            return answer;
        }
        let knobs = self.shared.knobs();
        let stored = self.state().pages[page.index()].settings.service.clone();
        let service = field(form, Field::Service.name(page)).unwrap_or(&stored);
        if !Field::Service.accepts(service) {
            return ng("INVALIDVALUE");
        }
        if knobs.has(Fault::PrinterAdditionalNetwork) {
            // OAuth 2.0 is not available through the additional network interface.
            return ng("ADDITIONALNETWORK");
        }
        let tenant = tenant(service);
        let body = match self
            .identity(
                tenant,
                "devicecode",
                &[("client_id", EPSON_CLIENT_ID), ("scope", SCOPE)],
            )
            .await
        {
            Answer::Json(200, body) if body["device_code"].is_string() => body,
            Answer::Json(_, body) => return ng(&error_code(&body)),
            Answer::Unreadable(200) => return ng("INVALIDRESPONSE"),
            Answer::Unreadable(status) => return ng(&format!("HTTP{status}")),
            Answer::Network => return ng("NETWORK"),
        };
        let interval = body["interval"].as_u64().unwrap_or(5);
        let expires_in = body["expires_in"].as_u64().unwrap_or(900);
        let generation = {
            let mut state = self.state();
            let oauth = &mut state.pages[page.index()].oauth;
            oauth.forget("");
            oauth.status = Status::Waiting;
            oauth.account.clear();
            oauth.generation
        };
        tokio::spawn(poll(
            Arc::downgrade(self),
            page,
            generation,
            body["device_code"].as_str().unwrap_or_default().to_string(),
            Duration::from_secs(interval),
            Duration::from_secs(expires_in),
            tenant,
        ));
        let hostile = self
            .shared
            .knobs()
            .has(Fault::PrinterHostileVerificationUri);
        let verification_uri = match hostile {
            true => json!(HOSTILE_VERIFICATION_URI),
            false => body["verification_uri"].clone(),
        };
        Json(json!({
            "RESULT": "OK",
            "USERCODE": body["user_code"],
            "VERIFICATIONURI": verification_uri,
            "EXPIRESIN": expires_in,
            "INTERVAL": interval,
        }))
        .into_response()
    }

    /// `GET <PAGE>/OAUTH_STATUS`.
    pub fn sign_in_status(&self, headers: &HeaderMap, page: Page) -> Response {
        if self.enter(headers).is_none() {
            return self.login_page();
        }
        Json(self.state().pages[page.index()].oauth.to_json()).into_response()
    }

    /// `POST <PAGE>/OAUTH_SIGNOUT`: forgets the printer's token.
    pub fn sign_out(&self, headers: &HeaderMap, page: Page, form: &[(String, String)]) -> Response {
        if let Err(answer) = self.admit_form(headers, page, form) {
            return answer;
        }
        let mut state = self.state();
        let oauth = &mut state.pages[page.index()].oauth;
        oauth.forget("");
        oauth.account.clear();
        Json(json!({"RESULT": "OK"})).into_response()
    }

    /// The signed-in account and a valid access token for a job, refreshing first if needed.
    pub async fn access_token(&self, page: Page) -> Result<(String, String), JobFailure> {
        let knobs = self.shared.knobs();
        let (account, mut tokens) = {
            let mut state = self.state();
            let oauth = &mut state.pages[page.index()].oauth;
            let Some(tokens) = oauth.tokens.as_mut() else {
                return Err(JobFailure::new(370, "the printer is not signed in"));
            };
            // The knobs age the printer's tokens the way months of disuse or a revocation would.
            if knobs.has(Fault::PrinterTokenExpired) || knobs.has(Fault::PrinterTokenRevoked) {
                tokens.expires = Instant::now();
                let mut dir = self.shared.dir();
                if knobs.has(Fault::PrinterTokenExpired) {
                    dir.expired_refresh_tokens.insert(tokens.refresh.clone());
                }
                if knobs.has(Fault::PrinterTokenRevoked) {
                    dir.revoked_refresh_tokens.insert(tokens.refresh.clone());
                }
            }
            (oauth.account.clone(), tokens.clone())
        };
        if tokens.expires > Instant::now() + REFRESH_MARGIN {
            return Ok((account, tokens.access));
        }
        let answer = self
            .identity(
                tokens.tenant,
                "token",
                &[
                    ("grant_type", "refresh_token"),
                    ("client_id", EPSON_CLIENT_ID),
                    ("refresh_token", &tokens.refresh),
                    ("scope", SCOPE),
                ],
            )
            .await;
        let failure = match answer {
            Answer::Json(200, body) if body["access_token"].is_string() => {
                tokens.access = body["access_token"].as_str().unwrap_or_default().into();
                if let Some(refresh) = body["refresh_token"].as_str() {
                    tokens.refresh = refresh.to_string();
                }
                let life = body["expires_in"].as_u64().unwrap_or(3599);
                tokens.expires = Instant::now() + Duration::from_secs(life);
                let mut state = self.state();
                let oauth = &mut state.pages[page.index()].oauth;
                if oauth.tokens.is_some() {
                    oauth.tokens = Some(tokens.clone());
                }
                return Ok((account, tokens.access));
            }
            Answer::Json(status, _) | Answer::Unreadable(status) if status >= 500 => {
                return Err(JobFailure::new(
                    360,
                    &format!("the identity platform answered HTTP {status}"),
                ));
            }
            Answer::Network => {
                return Err(JobFailure::new(360, "the identity platform is unreachable"));
            }
            Answer::Json(_, body) => body,
            Answer::Unreadable(status) => json!({"error": format!("HTTP{status}")}),
        };
        let code = error_code(&failure);
        let job_code = if code == "AADSTS700082" { 361 } else { 370 };
        self.state().pages[page.index()].oauth.forget(&code);
        Err(JobFailure::new(
            job_code,
            &format!("the token refresh was refused: {code}"),
        ))
    }

    /// Stores the tokens of a finished sign-in, unless a newer sign-in or a sign-out came since.
    fn signed_in(&self, page: Page, generation: u64, body: &Value, tenant: &'static str) {
        let account = body["id_token"]
            .as_str()
            .and_then(preferred_username)
            .unwrap_or_default();
        let mut state = self.state();
        let page_state = &mut state.pages[page.index()];
        if page_state.oauth.generation != generation {
            return;
        }
        let life = body["expires_in"].as_u64().unwrap_or(3599);
        page_state.oauth.tokens = Some(Tokens {
            access: body["access_token"].as_str().unwrap_or_default().into(),
            refresh: body["refresh_token"].as_str().unwrap_or_default().into(),
            expires: Instant::now() + Duration::from_secs(life),
            tenant,
        });
        page_state.oauth.status = Status::SignedIn;
        page_state.oauth.error.clear();
        page_state.oauth.account = account.clone();
        page_state.settings.account = account;
        page_state.notice = None;
    }

    fn sign_in_failed(&self, page: Page, generation: u64, code: &str) {
        let mut state = self.state();
        let oauth = &mut state.pages[page.index()].oauth;
        if oauth.generation == generation {
            oauth.status = Status::Failed;
            oauth.error = code.to_string();
        }
    }

    fn current(&self, page: Page, generation: u64) -> bool {
        self.state().pages[page.index()].oauth.generation == generation
    }
}

/// Polls the token endpoint until the sign-in ends, as the printer's firmware does.
async fn poll(
    printer: Weak<Printer>,
    page: Page,
    generation: u64,
    device_code: String,
    mut interval: Duration,
    expires_in: Duration,
    tenant: &'static str,
) {
    let started = Instant::now();
    loop {
        tokio::time::sleep(interval).await;
        let Some(printer) = printer.upgrade() else {
            return;
        };
        if !printer.current(page, generation) {
            return;
        }
        if started.elapsed() > expires_in + Duration::from_secs(5) {
            printer.sign_in_failed(page, generation, "expired_token");
            return;
        }
        let answer = printer
            .identity(
                tenant,
                "token",
                &[
                    ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                    ("client_id", EPSON_CLIENT_ID),
                    ("device_code", &device_code),
                ],
            )
            .await;
        match answer {
            Answer::Json(200, body) if body["access_token"].is_string() => {
                printer.signed_in(page, generation, &body, tenant);
                return;
            }
            Answer::Json(status, body) if status < 500 => {
                match body["error"].as_str().unwrap_or_default() {
                    "authorization_pending" => {}
                    "slow_down" => interval += Duration::from_secs(5),
                    _ => {
                        printer.sign_in_failed(page, generation, &error_code(&body));
                        return;
                    }
                }
            }
            // A server error, a broken answer or no answer: try again at the next interval.
            Answer::Json(..) | Answer::Unreadable(_) | Answer::Network => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_named_like_the_printer_names_them() {
        let declined = json!({"error": "authorization_declined", "error_codes": []});
        assert_eq!(error_code(&declined), "authorization_declined");
        let blocked = json!({"error": "invalid_grant", "error_codes": [53003]});
        assert_eq!(error_code(&blocked), "AADSTS53003");
        let expired = json!({"error": "expired_token", "error_codes": [70019]});
        assert_eq!(error_code(&expired), "expired_token");
        assert_eq!(error_code(&json!({})), "INVALIDRESPONSE");
    }

    #[test]
    fn the_account_comes_from_the_id_token() {
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(r#"{"preferred_username":"admin@contoso.com"}"#);
        let token = format!("e30.{claims}.sig");
        assert_eq!(
            preferred_username(&token).as_deref(),
            Some("admin@contoso.com")
        );
        assert_eq!(preferred_username("garbage"), None);
    }
}
