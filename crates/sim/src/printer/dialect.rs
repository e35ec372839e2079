//! The `printer-other-firmware` knob: the same printer with another firmware's conventions,
//! the variants a capture of a real device may reveal. Forms are read from `<PAGE>/read` and
//! posted to `<PAGE>/write`; the login form is at `/PRESENTATION/LOGIN`, whose own GET gives
//! a one-use token the login must post back; the setup token is shown in a `<meta>` and must
//! come back in the `X-CSRF-Token` header (with `printer-token-in-cookie`, in the
//! `XSRF-TOKEN` cookie instead); Certificate Validation is a checkbox (the firmware
//! takes a posted name as ticked, even with an empty value, and a missing one as unticked);
//! the sign-in answers are nested JSON with `"0"` for no error, and "signed in" is
//! `authorized` until the email settings use OAuth 2.0, `signed_in` after; the job history
//! is delimited by `;`.
//!
//! The Epson handlers do the work; this layer speaks the other firmware on the wire.

use super::email_form::{TOKEN_FIELD, field};
use super::settings::{DeviceField, Field, Page};
use super::texts::Lang;
use super::{Printer, conntest, session};
use crate::{Fault, random_token};
use axum::body::{Body, Bytes};
use axum::extract::{Form, Path, Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::Response;
use regex::{Captures, Regex};
use serde_json::{Map, Value, json};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

/// How the other firmware differs from Epson Web Config on the wire.
pub struct Dialect {
    /// The last path part a form page is read from, and posted to.
    read: &'static str,
    write: &'static str,
    /// The login form (GET) and the login (POST).
    login_path: &'static str,
    /// The login form's one-use token field.
    login_token: &'static str,
    /// The `<meta name>` that shows the setup token, and how it comes back.
    token_meta: &'static str,
    token_back: TokenBack,
    /// The choice shown as a checkbox, and its ticked value.
    checkbox: Field,
    ticked: &'static str,
    /// The job history's delimiter.
    delimiter: u8,
}

/// How the setup token comes back with a POST.
#[derive(Clone, Copy)]
enum TokenBack {
    Header(&'static str),
    Cookie(&'static str),
}

/// The other firmware.
const OTHER: Dialect = Dialect {
    read: "read",
    write: "write",
    login_path: "/PRESENTATION/LOGIN",
    login_token: "INPUTT_LOGINTOKEN",
    token_meta: "csrf-token",
    token_back: TokenBack::Header("X-CSRF-Token"),
    checkbox: Field::CertValidation,
    ticked: "ENABLE",
    delimiter: b';',
};

/// The other firmware with `printer-token-in-cookie`: the token comes back in a cookie.
const OTHER_COOKIE: Dialect = Dialect {
    token_back: TokenBack::Cookie("XSRF-TOKEN"),
    ..OTHER
};

/// A login token is good for this long (and one login).
const LOGIN_TOKEN_LIFE: Duration = Duration::from_secs(600);
/// The largest body this layer reads.
const BODY_LIMIT: usize = 1 << 20;
/// Epson's business login, which this firmware does not have (nor the consumer one).
const EPSON_LOGIN: &str = "/PRESENTATION/ADVANCED/PASSWORD/SET";
const EPSON_CONSUMER_LOGIN: &str = "/PRESENTATION/PSWD";

/// The setup token's hidden input, as the Epson forms render it.
static TOKEN_INPUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"<input type="hidden" name="{TOKEN_FIELD}" value="([^"]*)">"#
    ))
    .unwrap()
});
/// Links and actions of the form pages.
static FORM_PATH: LazyLock<Regex> = LazyLock::new(|| {
    let pages: Vec<&str> = form_pages().collect();
    Regex::new(&format!(
        r#"(/PRESENTATION/ADVANCED/(?:{}))/(TOP|SET)""#,
        pages.join("|")
    ))
    .unwrap()
});
/// The radio buttons of the checkbox field: the ticked one, and (once that one is a
/// checkbox) the other.
static TICKED_RADIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"<input type="radio" name="({}|{})" value="{}"( checked)?>"#,
        OTHER.checkbox.name(Page::Email),
        OTHER.checkbox.name(Page::Fax),
        OTHER.ticked
    ))
    .unwrap()
});
static OTHER_RADIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"<label><input type="radio" name="(?:{}|{})" value="[^"]*"[^>]*>[^<]*</label> ?"#,
        OTHER.checkbox.name(Page::Email),
        OTHER.checkbox.name(Page::Fax),
    ))
    .unwrap()
});

/// The names of the form pages in their paths.
fn form_pages() -> impl Iterator<Item = &'static str> {
    Page::ALL
        .into_iter()
        .map(Page::name)
        .chain([conntest::PAGE])
}

impl Dialect {
    /// The dialect in force: none for Epson's own.
    fn of(printer: &Printer) -> Option<&'static Dialect> {
        let knobs = printer.shared.knobs();
        match (
            knobs.has(Fault::PrinterOtherFirmware),
            knobs.has(Fault::PrinterTokenInCookie),
        ) {
            (false, _) => None,
            (true, false) => Some(&OTHER),
            (true, true) => Some(&OTHER_COOKIE),
        }
    }

    /// Whether a path is one of Epson's that this firmware does not have.
    fn unknown(&self, path: &str) -> bool {
        path == EPSON_LOGIN
            || path == EPSON_CONSUMER_LOGIN
            || form_pages().any(|p| {
                let base = format!("/PRESENTATION/ADVANCED/{p}/");
                path == format!("{base}TOP") || path == format!("{base}SET")
            })
    }

    /// A posted form as the Epson handlers read it: the token from the header, and the
    /// checkbox's value from whether its name was posted.
    fn posted(&self, path: &str, headers: &HeaderMap, body: &[u8]) -> Vec<(String, String)> {
        let mut form: Vec<(String, String)> = url::form_urlencoded::parse(body)
            .into_owned()
            .filter(|(k, _)| k != TOKEN_FIELD)
            .collect();
        let token = match self.token_back {
            TokenBack::Header(name) => headers
                .get(name)
                .and_then(|t| t.to_str().ok())
                .map(str::to_string),
            TokenBack::Cookie(name) => super::session::cookie(headers, name),
        };
        if let Some(token) = token {
            form.push((TOKEN_FIELD.into(), token));
        }
        let written = Page::ALL
            .into_iter()
            .find(|p| path == format!("/PRESENTATION/ADVANCED/{}/{}", p.name(), self.write));
        if let Some(page) = written {
            let name = self.checkbox.name(page);
            let ticked = field(&form, name).is_some();
            form.retain(|(k, _)| k != name);
            let value = if ticked { self.ticked } else { "DISABLE" };
            form.push((name.into(), value.into()));
        }
        form
    }

    /// An Epson HTML page in this firmware's markup.
    fn html(&self, printer: &Printer, page: &str) -> String {
        let page = TOKEN_INPUT.replace_all(page, |c: &Captures| {
            format!("<meta name=\"{}\" content=\"{}\">", self.token_meta, &c[1])
        });
        let page = FORM_PATH.replace_all(&page, |c: &Captures| {
            let suffix = if &c[2] == "TOP" {
                self.read
            } else {
                self.write
            };
            format!("{}/{suffix}\"", &c[1])
        });
        let page = TICKED_RADIO.replace_all(&page, |c: &Captures| {
            let checked = c.get(2).map_or("", |m| m.as_str());
            format!(
                "<input type=\"checkbox\" name=\"{}\" value=\"{}\"{checked}>",
                &c[1], self.ticked
            )
        });
        // The ticked radio button is the checkbox now; the other one goes.
        let page = OTHER_RADIO.replace_all(&page, "");
        let login = format!("<form method=\"post\" action=\"{EPSON_LOGIN}\">");
        if !page.contains(&login) {
            return page.into_owned();
        }
        let token = random_token("", 24);
        let mut state = printer.state();
        let tokens = &mut state.sessions.login_tokens;
        tokens.retain(|_, issued| issued.elapsed() < LOGIN_TOKEN_LIFE);
        tokens.insert(token.clone(), Instant::now());
        page.replace(
            &login,
            &format!(
                "<form method=\"post\" action=\"{}\"><input type=\"hidden\" name=\"{}\" value=\"{token}\">",
                self.login_path, self.login_token
            ),
        )
    }

    /// A sign-in answer as nested JSON: `{"result": {...}, "error": {"code": "0"}}`.
    fn json(&self, printer: &Printer, path: &str, answer: &Value) -> Value {
        let mut result = Map::new();
        for (epson, key) in [
            ("USERCODE", "user_code"),
            ("VERIFICATIONURI", "verification_uri"),
            ("EXPIRESIN", "expires_in"),
            ("INTERVAL", "interval"),
            ("ACCOUNT", "account"),
        ] {
            if let Some(value) = answer.get(epson) {
                result.insert(key.into(), value.clone());
            }
        }
        if let Some(status) = answer["STATUS"].as_str() {
            let oauth2 = Page::ALL
                .into_iter()
                .find(|p| path.contains(&format!("/{}/", p.name())))
                .is_some_and(|p| printer.state().pages[p.index()].settings.auth_method == "OAUTH2");
            let word = match status {
                "SIGNEDIN" if oauth2 => "signed_in",
                "SIGNEDIN" => "authorized",
                "WAITING" => "pending",
                "FAILED" => "failed",
                _ => "signed_out",
            };
            result.insert("status".into(), json!(word));
        }
        let code = answer["ERRORCODE"]
            .as_str()
            .filter(|c| !c.is_empty())
            .unwrap_or("0");
        json!({"result": result, "error": {"code": code}})
    }

    /// The job history CSV with this firmware's delimiter.
    fn csv(&self, epson: &[u8]) -> Vec<u8> {
        let mut out = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .quote_style(csv::QuoteStyle::Always)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let mut rows = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(epson);
        for row in rows.records().flatten() {
            let _ = out.write_record(&row);
        }
        out.into_inner().unwrap_or_default()
    }
}

/// Speaks the other firmware when the knob is on; `/sim/` stays as it is.
pub async fn other_firmware(
    State(printer): State<Arc<Printer>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    let Some(dialect) = Dialect::of(&printer).filter(|_| !path.starts_with("/sim/")) else {
        return next.run(request).await;
    };
    if dialect.unknown(&path) {
        return printer.not_found();
    }
    let request = if request.method() == Method::POST && path.starts_with("/PRESENTATION/ADVANCED/")
    {
        let (mut parts, body) = request.into_parts();
        let body = axum::body::to_bytes(body, BODY_LIMIT)
            .await
            .unwrap_or_default();
        let form = dialect.posted(&path, &parts.headers, &body);
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&form)
            .finish();
        parts.headers.remove(header::CONTENT_LENGTH);
        Request::from_parts(parts, Body::from(body))
    } else {
        request
    };
    let response = next.run(request).await;
    let (mut parts, body) = response.into_parts();
    let kind = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = axum::body::to_bytes(body, BODY_LIMIT)
        .await
        .unwrap_or_default();
    let body: Bytes = if kind.starts_with("text/html") {
        dialect
            .html(&printer, &String::from_utf8_lossy(&body))
            .into()
    } else if kind.starts_with("application/json") {
        match serde_json::from_slice::<Value>(&body) {
            Ok(answer) => dialect.json(&printer, &path, &answer).to_string().into(),
            Err(_) => body,
        }
    } else if kind.starts_with("text/csv") {
        dialect.csv(&body).into()
    } else {
        body
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

/// `GET /PRESENTATION/LOGIN`: the login form, with a fresh one-use token.
pub async fn login_form(State(printer): State<Arc<Printer>>) -> Response {
    match Dialect::of(&printer) {
        Some(_) => printer.login_page(),
        None => printer.not_found(),
    }
}

/// `POST /PRESENTATION/LOGIN`: the login, with the token of the login form.
pub async fn log_in(
    State(printer): State<Arc<Printer>>,
    Form(mut form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(dialect) = Dialect::of(&printer) else {
        return printer.not_found();
    };
    let good = field(&form, dialect.login_token).is_some_and(|token| {
        let issued = printer.state().sessions.login_tokens.remove(token);
        issued.is_some_and(|t| t.elapsed() < LOGIN_TOKEN_LIFE)
    });
    if !good {
        let lang = Lang::of(&printer.shared.knobs());
        return printer.stale_page(lang, dialect.login_path);
    }
    form.retain(|(k, _)| k != dialect.login_token);
    session::business_login(printer, form).await
}

/// `GET /PRESENTATION/ADVANCED/<PAGE>/read` of a form page.
pub async fn read(
    State(printer): State<Arc<Printer>>,
    Path((page, action)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    match (Dialect::of(&printer), Page::from_name(&page)) {
        (Some(d), Some(page)) if action == d.read => printer.settings_form(&headers, page),
        (Some(d), None) if action == d.read && page == conntest::PAGE => {
            printer.connection_test_form(&headers)
        }
        _ => printer.not_found(),
    }
}

/// `POST /PRESENTATION/ADVANCED/<PAGE>/write` of a form page.
pub async fn write(
    State(printer): State<Arc<Printer>>,
    Path((page, action)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    match (Dialect::of(&printer), Page::from_name(&page)) {
        (Some(d), Some(page)) if action == d.write => printer.write_settings(&headers, page, &form),
        (Some(d), None) if action == d.write && page == conntest::PAGE => {
            printer.connection_test(&headers, &form).await
        }
        _ => printer.not_found(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_job_history_is_delimited_by_semicolons() {
        let csv = OTHER.csv(b"\"Job ID\",\"Result\"\r\n\"1021\",\"a, b\"\r\n");
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "\"Job ID\";\"Result\"\r\n\"1021\";\"a, b\"\r\n"
        );
    }

    #[test]
    fn a_posted_checkbox_name_is_ticked_even_when_empty() {
        let write = "/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/write";
        let mut headers = HeaderMap::new();
        headers.insert("X-CSRF-Token", "tok".parse().unwrap());
        let ticked = OTHER.posted(
            write,
            &headers,
            b"INPUTR_CERTVALIDATION=&INPUTT_SETUPTOKEN=x",
        );
        assert_eq!(field(&ticked, "INPUTR_CERTVALIDATION"), Some("ENABLE"));
        assert_eq!(
            field(&ticked, TOKEN_FIELD),
            Some("tok"),
            "only the header counts"
        );
        let unticked = OTHER.posted(write, &HeaderMap::new(), b"INPUTT_SMTPPORT=587");
        assert_eq!(field(&unticked, "INPUTR_CERTVALIDATION"), Some("DISABLE"));
        assert_eq!(field(&unticked, TOKEN_FIELD), None);
    }
}
