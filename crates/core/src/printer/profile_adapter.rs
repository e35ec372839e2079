//! The web configuration adapter (Epson Web Config and look-alikes), driven entirely by a
//! printer profile: every path, field name, value, JSON key and page text comes from it.
//!
//! The form protocol: GET the form, copy every field it submits (the hidden anti-forgery
//! token included), change only the mapped fields, POST. A login page in the middle means the
//! printer ended the session: log in again with the password that worked and carry on. A
//! "Shutting down" answer means the web server restarts: wait, log in again, fresh token.
//! A rejected password is never tried again.

use super::adapter::{
    CapturedPage, DeviceInfo, Interface, Job, PrinterAdapter, PrinterCode, Raw, SignInState,
    StatusSheet, Target, TestOutcome, WriteOutcome,
};
use super::address::{Host, ManualAddress};
use super::error::{Mismatch, PrinterError};
use super::html::{self, Form};
use super::http_client::{Page, PrinterHttp};
use super::profile::{FormSpec, Jobs, OAuthSpec, Profile, TokenIn};
use super::settings::{Field, Values};
use super::unowned::Unowned;
use crate::secrets::Secret;
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

/// How long a printer that announced a restart may keep answering before it goes down.
const GOING_DOWN: Duration = Duration::from_secs(10);
/// How often a restarting printer is asked whether it is back.
const RESTART_POLL: Duration = Duration::from_millis(250);
/// The most jobs read from a job history (printers keep a few hundred).
const MAX_JOBS: usize = 10_000;

/// A logged-in (or not yet) connection to one printer's web configuration.
pub struct ProfileAdapter {
    web: PrinterHttp,
    profile: Profile,
    address: ManualAddress,
    /// The user and password that the printer accepted, for logging in again.
    credentials: Option<(Option<String>, Secret)>,
    /// How long a restarting printer may take to come back.
    restart_timeout: Duration,
    /// The form fields the profile does not map, kept as the printer served them.
    unowned: Unowned,
}

impl ProfileAdapter {
    /// An adapter for the printer at `address` speaking through `web`.
    pub fn new(web: PrinterHttp, profile: Profile, address: ManualAddress) -> ProfileAdapter {
        ProfileAdapter {
            web,
            profile,
            address,
            credentials: None,
            restart_timeout: Duration::from_secs(120),
            unowned: Unowned::default(),
        }
    }

    /// The profile in use.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The connection (for the certificate the printer showed).
    pub fn web(&self) -> &PrinterHttp {
        &self.web
    }

    fn spec(&self, target: Target) -> Result<&FormSpec, PrinterError> {
        spec_of(&self.profile, target)
    }

    fn is_login_page(&self, page: &Page) -> bool {
        html::shows_any(&page.body, &self.profile.markers.login_required)
    }

    /// GET a page that needs a session, logging in again once when the printer ended it.
    async fn get_protected(&mut self, path: &str) -> Result<Page, PrinterError> {
        let page = self.web.get(path).await?;
        if !self.is_login_page(&page) {
            return Ok(page);
        }
        self.log_in_again().await?;
        let page = self.web.get(path).await?;
        if self.is_login_page(&page) {
            return Err(PrinterError::SessionLost);
        }
        Ok(page)
    }

    async fn log_in_again(&mut self) -> Result<(), PrinterError> {
        let Some((user, password)) = self.credentials.clone() else {
            return Err(PrinterError::SessionLost);
        };
        self.web.forget_cookie(&self.profile.profile.session_cookie);
        self.log_in(user.as_deref(), &password).await.map(|_| ())
    }

    /// A POST answered the login page: on the first attempt log in again; on the second the
    /// printer ended the fresh session too (another administrator, its session limit).
    async fn session_ended(&mut self, attempt: u32) -> Result<(), PrinterError> {
        if attempt == 0 {
            self.log_in_again().await
        } else {
            Err(PrinterError::SessionLost)
        }
    }

    /// The form of a target, checked to be the form the profile describes.
    async fn fetch_form(&mut self, target: Target) -> Result<Form, PrinterError> {
        let spec = self.spec(target)?;
        let path = self.profile.page_path(&spec.page, &spec.read_suffix);
        let page = self.get_protected(&path).await?;
        if page.status == 404 {
            return match target {
                Target::Fax => Err(PrinterError::NoFax),
                Target::Email => Err(PrinterError::Profile(Mismatch::NoPage { path })),
            };
        }
        let mut form = html::form(&page.body);
        let spec = self.spec(target)?;
        let missing = spec
            .fields
            .values()
            .map(|f| &f.name)
            .find(|name| !form.names.contains(*name));
        if let Some(name) = missing {
            return Err(PrinterError::Profile(Mismatch::NoField {
                path,
                name: name.clone(),
            }));
        }
        self.take_token(&path, &page.body, &form)?;
        // A password input's value is never read nor copied into a write, whatever the
        // profile maps it to.
        form.forget_passwords();
        Ok(form)
    }

    /// Checks that a form page shows its token and, when the token goes back in a header or
    /// a cookie, puts it there for the next POST (a token field goes back with the form).
    fn take_token(&mut self, path: &str, body: &str, form: &Form) -> Result<(), PrinterError> {
        let about = &self.profile.profile;
        let name = &about.token_field;
        let token = match about.token_in {
            TokenIn::Field => form.names.contains(name).then(String::new),
            TokenIn::Header | TokenIn::Cookie => form
                .get(name)
                .map(str::to_string)
                .or_else(|| html::meta(body, name)),
        };
        let Some(token) = token else {
            return Err(PrinterError::Profile(Mismatch::NoField {
                path: path.to_string(),
                name: name.clone(),
            }));
        };
        let carrier = about.token_name.clone().unwrap_or_default();
        match about.token_in {
            TokenIn::Field => {}
            TokenIn::Header => self.web.set_header(&carrier, Secret::new(token)),
            TokenIn::Cookie => self.web.set_cookie(&carrier, Secret::new(token)),
        }
        Ok(())
    }

    /// Reads a fresh copy of the form for its token: the token field to post, when the
    /// token goes back as a form field (else it is already in its header or cookie).
    async fn fresh_token(&mut self, target: Target) -> Result<Vec<(String, String)>, PrinterError> {
        let form = self.fetch_form(target).await?;
        let name = &self.profile.profile.token_field;
        Ok(match self.profile.profile.token_in {
            TokenIn::Field => vec![(name.clone(), form.get(name).unwrap_or_default().to_string())],
            TokenIn::Header | TokenIn::Cookie => Vec::new(),
        })
    }

    /// After "Shutting down" or a broken connection: wait until the web server has gone down
    /// (a printer still shutting down answers for a moment), then until it answers again,
    /// then log in again (the session is gone).
    async fn wait_for_restart(&mut self) -> Result<(), PrinterError> {
        self.web.forget_cookie(&self.profile.profile.session_cookie);
        let probe = self.profile.probe.path.clone();
        let going_down = Instant::now() + GOING_DOWN.min(self.restart_timeout);
        while Instant::now() < going_down && self.answers(&probe).await {
            tokio::time::sleep(RESTART_POLL).await;
        }
        let deadline = Instant::now() + self.restart_timeout;
        while !self.answers(&probe).await {
            if Instant::now() >= deadline {
                return Err(PrinterError::RestartTimeout);
            }
            tokio::time::sleep(RESTART_POLL).await;
        }
        self.log_in_again().await
    }

    async fn answers(&mut self, path: &str) -> bool {
        matches!(self.web.get(path).await, Ok(p) if p.status == 200)
    }

    /// A JSON answer of the sign-in endpoints.
    fn json(page: &Page, path: &str) -> Result<Value, PrinterError> {
        serde_json::from_str(&page.body).map_err(|_| {
            PrinterError::Profile(Mismatch::NotJson {
                path: path.to_string(),
            })
        })
    }

    /// POST to a sign-in endpoint with a fresh token, logging in again once if needed.
    async fn post_oauth(
        &mut self,
        target: Target,
        path: &str,
        extra: &[(String, String)],
    ) -> Result<Value, PrinterError> {
        for attempt in 0..2 {
            let mut fields = self.fresh_token(target).await?;
            fields.extend_from_slice(extra);
            let page = self.web.post(path, &fields).await?;
            if self.is_login_page(&page) {
                self.session_ended(attempt).await?;
                continue;
            }
            if html::shows_any(&page.body, &self.profile.markers.stale_form) && attempt == 0 {
                continue;
            }
            return Self::json(&page, path);
        }
        Err(PrinterError::SessionLost)
    }

    /// A short description of an unexpected page: its first texts.
    fn describe(page: &Page) -> String {
        let texts = html::texts(&page.body);
        format!(
            "HTTP {}: {}",
            page.status,
            texts
                .iter()
                .take(4)
                .cloned()
                .collect::<Vec<_>>()
                .join(" | ")
        )
    }

    fn host_matches(&self, ip: Option<String>) -> bool {
        match (&self.address.host, ip) {
            (Host::Ip(a), Some(b)) => b.trim().parse().ok() == Some(*a),
            (Host::Name(a), Some(b)) => a.eq_ignore_ascii_case(b.trim()),
            _ => false,
        }
    }
}

/// The form of a target in a profile.
fn spec_of(profile: &Profile, target: Target) -> Result<&FormSpec, PrinterError> {
    match target {
        Target::Email => Ok(&profile.email),
        Target::Fax => profile.fax.as_ref().ok_or(PrinterError::NoFax),
    }
}

/// The form fields the product owns or never compares: the mapped ones, the form token and
/// the fields the firmware changes by itself.
fn owned<'a>(profile: &'a Profile, spec: &'a FormSpec) -> BTreeSet<&'a str> {
    spec.fields
        .values()
        .map(|f| f.name.as_str())
        .chain([profile.profile.token_field.as_str()])
        .chain(profile.profile.volatile_fields.iter().map(String::as_str))
        .collect()
}

/// An SMTP reply with an enhanced status code, anywhere in a cell: `550 5.7.60 ...`.
static REPLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b").unwrap());
/// A cell that is an SMTP reply without an enhanced status code: `554 Transaction failed`.
static BARE_REPLY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[45]\d\d ").unwrap());

/// The jobs of a job-history CSV read with the profile's columns and delimiter.
pub fn parse_jobs(text: &str, spec: &Jobs) -> Result<Vec<Job>, PrinterError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(spec.delimiter as u8)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| PrinterError::UnexpectedPage(format!("{}: {e}", spec.path)))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| {
                PrinterError::Profile(Mismatch::NoColumn {
                    path: spec.path.clone(),
                    name: name.to_string(),
                })
            })
    };
    let columns = [
        column(&spec.id_column)?,
        column(&spec.time_column)?,
        column(&spec.kind_column)?,
        column(&spec.result_column)?,
        column(&spec.code_column)?,
    ];
    let reply_column = spec.reply_column.as_deref().map(column).transpose()?;
    let mut jobs = Vec::new();
    for record in reader.records() {
        if jobs.len() == MAX_JOBS {
            return Err(PrinterError::TooManyJobs {
                path: spec.path.clone(),
                count: MAX_JOBS,
            });
        }
        let record = record.map_err(|e| PrinterError::UnexpectedPage(e.to_string()))?;
        let cell = |i: usize| {
            record
                .get(columns[i])
                .unwrap_or_default()
                .trim()
                .to_string()
        };
        let code = cell(4);
        let code = (!code.is_empty()).then_some(code);
        let reply = reply_column.and_then(|i| record.get(i)).and_then(reply_in);
        let result = cell(3);
        let completed = code.is_none()
            && reply.is_none()
            && (spec.completed.is_empty()
                || spec
                    .completed
                    .iter()
                    .any(|c| c.trim().eq_ignore_ascii_case(&result)));
        jobs.push(Job {
            id: cell(0),
            time: cell(1),
            kind: cell(2),
            result,
            code,
            reply,
            completed,
        });
    }
    Ok(jobs)
}

/// The SMTP reply a job-history cell carries, e.g. from `to@x (SMTP 550 5.7.60 ...)`: from
/// the reply code to the end, without the bracket that closes one opened before it.
fn reply_in(cell: &str) -> Option<String> {
    let cell = cell.trim();
    let start = match REPLY.find(cell) {
        Some(m) => m.start(),
        None if BARE_REPLY.is_match(cell) => 0,
        None => return None,
    };
    let (before, reply) = cell.split_at(start);
    let open = before.matches('(').count() > before.matches(')').count();
    let reply = match reply.strip_suffix(')') {
        Some(inner) if open => inner,
        _ => reply,
    };
    Some(reply.trim().to_string())
}

/// A JSON value as text, whether the printer sent a string or a number; `key` is a key of
/// the answer or a dotted path into nested objects (`result.user_code`).
fn text_of(v: &Value, key: &str) -> Option<String> {
    let found = v
        .get(key)
        .or_else(|| key.split('.').try_fold(v, |v, k| v.get(k)))?;
    match found {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The error code of a sign-in answer, unless it is absent, empty or one of the values
/// that mean no error.
fn error_of(v: &Value, o: &OAuthSpec) -> Option<String> {
    text_of(v, &o.error_key).filter(|code| !o.no_error.iter().any(|n| n.eq_ignore_ascii_case(code)))
}

/// Where a sign-in stands, from the status answer: each state may have several values.
fn state_of(answer: &Value, o: &OAuthSpec) -> Result<SignInState, PrinterError> {
    let status = text_of(answer, &o.status_key).unwrap_or_default();
    Ok(if o.signed_in.contains(&status) {
        SignInState::SignedIn {
            account: text_of(answer, &o.account_key),
        }
    } else if o.waiting.contains(&status) {
        SignInState::Waiting
    } else if o.failed.contains(&status) {
        SignInState::Failed {
            code: error_of(answer, o).unwrap_or_else(|| "unknown".into()),
        }
    } else if o.signed_out.contains(&status) {
        SignInState::SignedOut
    } else {
        return Err(PrinterError::Profile(Mismatch::UnknownStatus {
            path: o.status.clone(),
            status,
        }));
    })
}

/// Puts the values to write into a form: a checkbox's unticked value (`""`) leaves its name
/// out, as a browser does; write-only fields are left out, so the printer keeps what it
/// stores.
fn fill(form: &mut Form, spec: &FormSpec, values: &Raw) {
    for (field, value) in values {
        match spec.fields.get(field).filter(|f| !f.secret) {
            Some(f) if f.checkbox && value.is_empty() => form.fields.retain(|(n, _)| *n != f.name),
            Some(f) => form.set(&f.name, value),
            None => {}
        }
    }
    let secret: Vec<&String> = spec
        .fields
        .values()
        .filter(|f| f.secret)
        .map(|f| &f.name)
        .collect();
    form.fields.retain(|(name, _)| !secret.contains(&name));
}

impl PrinterAdapter for ProfileAdapter {
    async fn probe(&mut self) -> Result<DeviceInfo, PrinterError> {
        let probe = self.profile.probe.clone();
        let page = self.web.get(&probe.path).await?;
        let marker = probe.vendor_marker.to_lowercase();
        if page.status != 200 || !page.body.to_lowercase().contains(&marker) {
            return Err(PrinterError::NotSupported(Self::describe(&page)));
        }
        let texts = html::texts(&page.body);
        let model = html::value_after(&texts, &probe.model_label)
            .ok_or_else(|| PrinterError::NotSupported(Self::describe(&page)))?;
        let firmware = html::value_after(&texts, &probe.firmware_label);
        let network = self.web.get(&probe.network_path).await?;
        let texts = html::texts(&network.body);
        let interface = if self.host_matches(html::value_after(&texts, &probe.additional_label)) {
            Interface::Additional
        } else if self.host_matches(html::value_after(&texts, &probe.standard_label)) {
            Interface::Standard
        } else {
            Interface::Unknown
        };
        Ok(DeviceInfo {
            vendor: self.profile.profile.vendor.clone(),
            model,
            firmware,
            interface,
        })
    }

    async fn log_in(
        &mut self,
        user: Option<&str>,
        password: &Secret,
    ) -> Result<String, PrinterError> {
        let markers = self.profile.markers.clone();
        for login in self.profile.login.clone() {
            let mut fields: Vec<(String, String)> = login.fields.clone().into_iter().collect();
            let user = user.map(str::to_string).or(login.default_user.clone());
            if let (Some(field), Some(user)) = (&login.user_field, &user) {
                fields.push((field.clone(), user.clone()));
            }
            if let Some(token_field) = &login.token_field {
                // The login form's own token, from a GET of the form.
                let path = login.form_path().to_string();
                let page = self.web.get(&path).await?;
                if page.status == 404 {
                    continue;
                }
                let Some(token) = html::form(&page.body).get(token_field).map(str::to_string)
                else {
                    return Err(PrinterError::Profile(Mismatch::NoField {
                        path,
                        name: token_field.clone(),
                    }));
                };
                fields.push((token_field.clone(), token));
            }
            fields.push((login.password_field.clone(), password.expose().to_string()));
            let page = self.web.post(&login.path, &fields).await?;
            if page.status == 404 {
                continue;
            }
            // A refused password is forgotten here, so nothing (a re-login after a restart,
            // the restore) can send it again and walk the printer into its lockout.
            if html::shows_any(&page.body, &markers.locked_out) {
                self.credentials = None;
                let quote = html::quote(&page.body, &markers.locked_out).unwrap_or_default();
                return Err(PrinterError::LockedOut(quote));
            }
            if html::shows_any(&page.body, &markers.bad_password) {
                self.credentials = None;
                return Err(PrinterError::BadPassword);
            }
            if self.web.has_cookie(&self.profile.profile.session_cookie) {
                self.credentials = Some((user, password.clone()));
                return Ok(login.variant);
            }
            return Err(PrinterError::UnexpectedPage(Self::describe(&page)));
        }
        let paths: Vec<&str> = self.profile.login.iter().map(|l| l.path.as_str()).collect();
        Err(PrinterError::NotSupported(format!(
            "HTTP 404: {}",
            paths.join(", ")
        )))
    }

    async fn read(&mut self, target: Target) -> Result<Raw, PrinterError> {
        let form = self.fetch_form(target).await?;
        let spec = spec_of(&self.profile, target)?;
        let owned = owned(&self.profile, spec);
        let changed = self.unowned.changed(target, &form, &owned);
        if !changed.is_empty() {
            return Err(PrinterError::OthersChanged(changed));
        }
        Ok(spec
            .fields
            .iter()
            .filter(|(_, f)| !f.secret)
            .map(|(field, f)| (*field, form.get(&f.name).unwrap_or_default().to_string()))
            .collect())
    }

    async fn write(&mut self, target: Target, values: &Raw) -> Result<WriteOutcome, PrinterError> {
        let spec = self.spec(target)?;
        let path = self.profile.page_path(&spec.page, &spec.write_suffix);
        let markers = self.profile.markers.clone();
        for attempt in 0..2 {
            let mut form = self.fetch_form(target).await?;
            let spec = spec_of(&self.profile, target)?;
            let owned = owned(&self.profile, spec);
            fill(&mut form, spec, values);
            self.unowned.before_write(target, &mut form, &owned);
            let page = match self.web.post(&path, &form.fields).await {
                Ok(page) => page,
                Err(
                    super::http_client::PrinterHttpError::Unreachable(_)
                    | super::http_client::PrinterHttpError::Timeout,
                ) => {
                    self.wait_for_restart().await?;
                    return Ok(WriteOutcome::Interrupted);
                }
                Err(e) => return Err(e.into()),
            };
            if html::shows_any(&page.body, &markers.restarting) {
                self.wait_for_restart().await?;
                return Ok(WriteOutcome::Restarted);
            }
            if html::shows_any(&page.body, &markers.success) {
                return Ok(WriteOutcome::Written);
            }
            if html::shows_any(&page.body, &markers.rejected) {
                let quote = html::quote(&page.body, &markers.rejected);
                return Err(PrinterError::Rejected(
                    quote.unwrap_or_else(|| Self::describe(&page)),
                ));
            }
            if self.is_login_page(&page) {
                self.session_ended(attempt).await?;
                continue;
            }
            if attempt == 0 && html::shows_any(&page.body, &markers.stale_form) {
                continue;
            }
            return Err(PrinterError::UnexpectedPage(Self::describe(&page)));
        }
        Err(PrinterError::SessionLost)
    }

    fn to_raw(&self, target: Target, values: &Values) -> Result<Raw, PrinterError> {
        let spec = self.spec(target)?;
        values
            .iter()
            .map(|(field, value)| {
                let f = &spec.fields[field];
                let raw = if field.choices().is_empty() {
                    Some(value.clone())
                } else {
                    f.values.get(value).cloned()
                };
                raw.map(|r| (*field, r)).ok_or_else(|| {
                    PrinterError::Profile(Mismatch::NoValue {
                        field: field.key(),
                        value: value.clone(),
                    })
                })
            })
            .collect()
    }

    fn to_values(&self, target: Target, raw: &Raw) -> Values {
        let Ok(spec) = self.spec(target) else {
            return Values::new();
        };
        raw.iter()
            .map(|(field, value)| {
                let named = spec.fields[field]
                    .values
                    .iter()
                    .find(|(_, v)| *v == value)
                    .map(|(k, _)| k.clone());
                (*field, named.unwrap_or_else(|| value.clone()))
            })
            .collect()
    }

    async fn start_sign_in(
        &mut self,
        target: Target,
        service: &str,
    ) -> Result<PrinterCode, PrinterError> {
        let spec = self.spec(target)?.clone();
        let chosen = Values::from([
            (Field::AuthMethod, "oauth2".to_string()),
            (Field::Service, service.to_string()),
        ]);
        // An unticked checkbox is left out, as a browser leaves it out.
        let extra: Vec<(String, String)> = self
            .to_raw(target, &chosen)?
            .into_iter()
            .filter(|(field, raw)| !(spec.fields[field].checkbox && raw.is_empty()))
            .map(|(field, raw)| (spec.fields[&field].name.clone(), raw))
            .collect();
        let o = &spec.oauth;
        let answer = self.post_oauth(target, &o.start, &extra).await?;
        if let Some(code) = error_of(&answer, o) {
            return Err(PrinterError::SignInFailed(code));
        }
        let number = |key: &str| text_of(&answer, key).and_then(|t| t.parse::<u64>().ok());
        match (
            text_of(&answer, &o.user_code_key),
            text_of(&answer, &o.verification_uri_key),
        ) {
            (Some(user_code), Some(verification_uri)) => Ok(PrinterCode {
                user_code,
                verification_uri,
                expires_in: number(&o.expires_in_key).unwrap_or(900),
                interval: number(&o.interval_key).unwrap_or(5).max(1),
            }),
            _ => Err(PrinterError::Profile(Mismatch::NoCode {
                path: o.start.clone(),
            })),
        }
    }

    async fn sign_in_state(&mut self, target: Target) -> Result<SignInState, PrinterError> {
        let o = self.spec(target)?.oauth.clone();
        let page = self.get_protected(&o.status).await?;
        let answer = Self::json(&page, &o.status)?;
        state_of(&answer, &o)
    }

    async fn sign_out(&mut self, target: Target) -> Result<(), PrinterError> {
        let path = self.spec(target)?.oauth.sign_out.clone();
        self.post_oauth(target, &path, &[]).await.map(|_| ())
    }

    async fn status_sheet(&mut self) -> Result<StatusSheet, PrinterError> {
        let sheet = self.profile.status_sheet.clone();
        let page = self.web.get(&sheet.path).await?;
        let texts = html::texts(&page.body);
        Ok(StatusSheet {
            email: html::value_after(&texts, &sheet.email_status_label),
            fax: html::value_after(&texts, &sheet.fax_status_label),
        })
    }

    async fn jobs(&mut self) -> Result<Vec<Job>, PrinterError> {
        let spec = self.profile.jobs.clone();
        let page = self.get_protected(&spec.path).await?;
        parse_jobs(&page.body, &spec)
    }

    fn has_connection_test(&self) -> bool {
        self.profile.connection_test.is_some()
    }

    async fn connection_test(&mut self) -> Result<Option<TestOutcome>, PrinterError> {
        let Some(test) = self.profile.connection_test.clone() else {
            return Ok(None);
        };
        let top = self.profile.page_path(&test.page, &test.read_suffix);
        let set = self.profile.page_path(&test.page, &test.write_suffix);
        let markers = self.profile.markers.clone();
        for attempt in 0..2 {
            let page = self.get_protected(&top).await?;
            if page.status == 404 {
                return Err(PrinterError::Profile(Mismatch::NoPage { path: top }));
            }
            let mut form = html::form(&page.body);
            // A password input is never read or posted back, whatever the page shows in it.
            form.forget_passwords();
            self.take_token(&top, &page.body, &form)?;
            form.set(&test.trigger_field, &test.trigger_value);
            let answer = self.web.post(&set, &form.fields).await?;
            let quote = |texts: &[String]| html::quote(&answer.body, texts).unwrap_or_default();
            if html::shows_any(&answer.body, &test.success) {
                return Ok(Some(TestOutcome::Passed {
                    message: quote(&test.success),
                }));
            }
            if let Some(failed) = test
                .results
                .iter()
                .find(|r| html::shows_any(&answer.body, &r.texts))
            {
                return Ok(Some(TestOutcome::Failed {
                    code: failed.code.clone(),
                    message: quote(&failed.texts),
                }));
            }
            if self.is_login_page(&answer) {
                self.session_ended(attempt).await?;
                continue;
            }
            if attempt == 0 && html::shows_any(&answer.body, &markers.stale_form) {
                continue;
            }
            if html::shows_any(&answer.body, &markers.rejected) {
                return Err(PrinterError::Rejected(quote(&markers.rejected)));
            }
            return Err(PrinterError::UnexpectedPage(Self::describe(&answer)));
        }
        Err(PrinterError::SessionLost)
    }

    async fn capture(&mut self) -> Result<Vec<CapturedPage>, PrinterError> {
        let mut paths = vec![
            ("product", self.profile.probe.path.clone()),
            ("network", self.profile.probe.network_path.clone()),
            ("status-sheet", self.profile.status_sheet.path.clone()),
            (
                "email",
                self.profile
                    .page_path(&self.profile.email.page, &self.profile.email.read_suffix),
            ),
            (
                "email-sign-in-status",
                self.profile.email.oauth.status.clone(),
            ),
        ];
        if let Some(fax) = &self.profile.fax {
            paths.push(("fax", self.profile.page_path(&fax.page, &fax.read_suffix)));
        }
        if let Some(test) = &self.profile.connection_test {
            let path = self.profile.page_path(&test.page, &test.read_suffix);
            paths.push(("connection-test", path));
        }
        let mut pages = Vec::new();
        for (name, path) in paths {
            let page = self.get_protected(&path).await?;
            pages.push(CapturedPage {
                name: name.to_string(),
                path,
                body: page.body,
            });
        }
        Ok(pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printer::address::parse_manual_address;
    use crate::printer::tls::Trust;
    use serde_json::json;

    #[test]
    fn a_job_history_past_ten_thousand_rows_is_refused_not_read_on() {
        let spec = Profile::builtin().jobs;
        let header = [
            &spec.id_column,
            &spec.time_column,
            &spec.kind_column,
            &spec.result_column,
            &spec.code_column,
            spec.reply_column.as_ref().unwrap(),
        ]
        .map(|c| c.as_str())
        .join(",");
        let rows = |n: usize| {
            let mut text = format!("{header}\n");
            for i in 0..n {
                text.push_str(&format!(
                    "{i},2026-12-01 10:00,Scan to Email,Completed,,ana@contoso.com\n"
                ));
            }
            text
        };
        assert_eq!(parse_jobs(&rows(MAX_JOBS), &spec).unwrap().len(), MAX_JOBS);
        assert!(matches!(
            parse_jobs(&rows(MAX_JOBS + 1), &spec),
            Err(PrinterError::TooManyJobs {
                count: MAX_JOBS,
                ..
            })
        ));
    }

    #[test]
    fn fields_the_firmware_changes_itself_are_never_compared() {
        let epson = Profile::builtin();
        let owned_by = |p: &Profile| {
            owned(p, &p.email)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert!(owned_by(&epson).contains(&epson.profile.token_field));
        assert!(!owned_by(&epson).contains(&"INPUTT_NONCE".to_string()));
        let text = include_str!("../../../../assets/printers/epson-webconfig.toml").replacen(
            "[profile]\n",
            "[profile]\nvolatile_fields = [\"INPUTT_NONCE\"]\n",
            1,
        );
        let volatile = Profile::parse(&text, "epson.toml").unwrap();
        assert!(owned_by(&volatile).contains(&"INPUTT_NONCE".to_string()));
    }

    /// The profile of the simulator's `printer-other-firmware` variant.
    fn other() -> Profile {
        let text = include_str!("../../../../tests/fixtures/profiles/other-firmware.toml");
        Profile::parse(text, "other-firmware.toml").unwrap()
    }

    #[test]
    fn json_keys_may_be_dotted_paths_into_nested_answers() {
        let answer =
            json!({"result": {"user_code": "ABC", "interval": 5}, "STATUS": "x", "a.b": "flat"});
        assert_eq!(text_of(&answer, "result.user_code").as_deref(), Some("ABC"));
        assert_eq!(text_of(&answer, "result.interval").as_deref(), Some("5"));
        assert_eq!(text_of(&answer, "STATUS").as_deref(), Some("x"));
        assert_eq!(text_of(&answer, "a.b").as_deref(), Some("flat"));
        assert_eq!(text_of(&answer, "result.missing"), None);
        assert_eq!(text_of(&answer, "result"), None, "an object is no text");
    }

    #[test]
    fn the_values_that_mean_no_error_are_no_error() {
        let o = other().email.oauth;
        for none in [json!("0"), json!(0), json!(""), json!("NONE"), json!(null)] {
            assert_eq!(
                error_of(&json!({"error": {"code": none}}), &o),
                None,
                "{none}"
            );
        }
        let failed = json!({"error": {"code": "AADSTS53003"}});
        assert_eq!(error_of(&failed, &o).as_deref(), Some("AADSTS53003"));
        // Without no_error (Epson), "0" would be an error code.
        let epson = Profile::builtin().email.oauth;
        assert_eq!(
            error_of(&json!({"ERRORCODE": "0"}), &epson).as_deref(),
            Some("0")
        );
        assert_eq!(error_of(&json!({"ERRORCODE": ""}), &epson), None);
    }

    #[test]
    fn each_sign_in_state_may_have_several_status_values() {
        let o = other().email.oauth;
        let answer = |status: &str, code: &str| json!({"result": {"status": status, "account": "a@contoso.com"}, "error": {"code": code}});
        for status in ["signed_in", "authorized"] {
            assert_eq!(
                state_of(&answer(status, "0"), &o).unwrap(),
                SignInState::SignedIn {
                    account: Some("a@contoso.com".into())
                }
            );
        }
        for status in ["pending", "waiting"] {
            assert_eq!(
                state_of(&answer(status, "0"), &o).unwrap(),
                SignInState::Waiting
            );
        }
        assert_eq!(
            state_of(&answer("failed", "AADSTS53003"), &o).unwrap(),
            SignInState::Failed {
                code: "AADSTS53003".into()
            }
        );
        assert_eq!(
            state_of(&answer("failed", "0"), &o).unwrap(),
            SignInState::Failed {
                code: "unknown".into()
            }
        );
        assert_eq!(
            state_of(&answer("signed_out", "0"), &o).unwrap(),
            SignInState::SignedOut
        );
        assert!(matches!(
            state_of(&answer("SIGNEDIN", "0"), &o),
            Err(PrinterError::Profile(Mismatch::UnknownStatus { .. }))
        ));
    }

    #[test]
    fn an_unticked_checkbox_is_left_out_of_the_post() {
        let page = r#"<form><input type="hidden" name="csrf" value="t">
            <input type="checkbox" name="INPUTR_CERTVALIDATION" value="ENABLE" checked>
            <input type="text" name="INPUTT_POP3SERVER" value="pop.contoso.com">
            <input type="password" name="INPUTT_AUTHPASSWORD" value=""></form>"#;
        let spec = other().email;
        let form = html::form(page);
        let read = |form: &Form| form.get("INPUTR_CERTVALIDATION").map(str::to_string);
        assert_eq!(read(&form).as_deref(), Some("ENABLE"));

        let mut off = form.clone();
        let values = Raw::from([
            (Field::CertValidation, String::new()),
            (Field::Pop3Server, String::new()),
            (Field::Password, "secret".to_string()),
        ]);
        fill(&mut off, &spec, &values);
        assert_eq!(
            off.fields,
            [
                ("csrf".to_string(), "t".to_string()),
                ("INPUTT_POP3SERVER".into(), String::new())
            ],
            "the box and the password are left out; an empty text field is posted empty"
        );

        let mut on = off.clone();
        fill(
            &mut on,
            &spec,
            &Raw::from([(Field::CertValidation, "ENABLE".to_string())]),
        );
        assert_eq!(read(&on).as_deref(), Some("ENABLE"));

        // The shipped profile has no checkbox: an empty value is posted as it is.
        let mut epson = form.clone();
        fill(
            &mut epson,
            &Profile::builtin().email,
            &Raw::from([(Field::CertValidation, String::new())]),
        );
        assert_eq!(epson.get("INPUTR_CERTVALIDATION"), Some(""));
    }

    /// An adapter for `profile` that has not sent anything.
    fn offline(profile: Profile) -> ProfileAdapter {
        let address = parse_manual_address("127.0.0.1:9").unwrap();
        let web =
            PrinterHttp::new(&address, &Trust::Pin(None), &[], Duration::from_secs(1)).unwrap();
        ProfileAdapter::new(web, profile, address)
    }

    #[test]
    fn the_form_token_goes_back_in_a_field_a_header_or_a_cookie() {
        let page = r#"<html><head><meta name="csrf-token" content="t0k"></head>
            <body><form><input type="hidden" name="INPUTT_SETUPTOKEN" value="f1eld"></form></body></html>"#;
        let form = html::form(page);

        let mut header = offline(other());
        header.take_token("/p", page, &form).unwrap();
        assert!(header.web().has_header("X-CSRF-Token"));

        let cookie_profile =
            include_str!("../../../../tests/fixtures/profiles/other-firmware.toml")
                .replace("token_in = \"header\"", "token_in = \"cookie\"")
                .replace(
                    "token_name = \"X-CSRF-Token\"",
                    "token_name = \"XSRF-TOKEN\"",
                );
        let mut cookie = offline(Profile::parse(&cookie_profile, "c.toml").unwrap());
        assert!(!cookie.web().has_cookie("XSRF-TOKEN"));
        cookie.take_token("/p", page, &form).unwrap();
        assert!(cookie.web().has_cookie("XSRF-TOKEN"));
        assert!(!cookie.web().has_header("X-CSRF-Token"));

        // Epson's token is the form's own field: nothing else carries it.
        let mut field = offline(Profile::builtin());
        field.take_token("/p", page, &form).unwrap();
        assert!(!field.web().has_header("X-CSRF-Token") && !field.web().has_cookie("XSRF-TOKEN"));

        // A page without the token is not the profile's form.
        let bare = "<form><input name=\"x\"></form>";
        let e = header
            .take_token("/p", bare, &html::form(bare))
            .unwrap_err();
        assert!(
            matches!(e, PrinterError::Profile(Mismatch::NoField { name, .. }) if name == "csrf-token")
        );
        let e = field.take_token("/p", bare, &html::form(bare)).unwrap_err();
        assert!(
            matches!(e, PrinterError::Profile(Mismatch::NoField { name, .. }) if name == "INPUTT_SETUPTOKEN")
        );
    }

    #[test]
    fn the_reply_is_found_in_a_job_history_cell() {
        assert_eq!(
            reply_in("ana@contoso.com (SMTP 550 5.7.60 SMTP; Client does not have permissions to send as this sender [x])")
                .as_deref(),
            Some("550 5.7.60 SMTP; Client does not have permissions to send as this sender [x]")
        );
        assert_eq!(
            reply_in("535 5.7.139 Authentication unsuccessful (see aka.ms)").as_deref(),
            Some("535 5.7.139 Authentication unsuccessful (see aka.ms)")
        );
        assert_eq!(
            reply_in("554 Transaction failed").as_deref(),
            Some("554 Transaction failed")
        );
        assert_eq!(reply_in("ana@contoso.com"), None);
        assert_eq!(reply_in("room 550 on floor 5"), None);
        assert_eq!(reply_in(""), None);
    }
}
