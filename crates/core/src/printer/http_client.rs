//! One printer's web server: HTTPS under the trust decision, the session cookie, GET and
//! form POST, redirects followed by hand so no cookie is lost, and only within the printer's
//! own origin. The printer is always reached directly, never through a proxy: its admin
//! password and session must not go to one, which could not reach a LAN address anyway.
//! Pages are read in the charset they declare, and forms go back in the charset of the last
//! page read (the form's own page), as a browser does.

use super::address::{ManualAddress, Scheme};
use super::charset;
use super::tls::{self, Trust};
use crate::secrets::Secret;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Why a request to the printer failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrinterHttpError {
    #[error("no answer from the printer: {0}")]
    Unreachable(String),
    #[error("the printer did not answer in time")]
    Timeout,
    /// The TLS handshake failed (the certificate shown is in [`Web::seen_fingerprint`]).
    #[error("TLS handshake failed: {0}")]
    Tls(String),
    #[error("TLS set-up failed: {0}")]
    Setup(String),
    /// The answer is larger than [`PAGE_LIMIT`]: reading stopped there.
    #[error("the printer's answer to {path} is larger than {limit} bytes")]
    TooLarge { path: String, limit: u64 },
}

/// The most a printer's answer may hold: 4 MiB (its configuration pages are a few KiB).
pub const PAGE_LIMIT: u64 = 4 * 1024 * 1024;

/// An answer page.
#[derive(Debug, Clone)]
pub struct Page {
    pub status: u16,
    pub body: String,
}

/// A connection to one printer's web server.
pub struct PrinterHttp {
    base: String,
    /// The printer's origin (scheme, host, port): the only one requests and cookies go to.
    origin: url::Origin,
    http: reqwest::Client,
    seen: Arc<Mutex<Option<String>>>,
    refused: Arc<AtomicBool>,
    cookies: BTreeMap<String, Secret>,
    /// Headers sent with every request (a form token some firmware wants in a header).
    headers: BTreeMap<String, Secret>,
    timeout: Duration,
    /// The charset of the last HTML page read: the one its form is posted in.
    form_charset: &'static encoding_rs::Encoding,
}

impl PrinterHttp {
    /// A client for the printer at `address` that accepts only what `trust` allows, sending
    /// `cookies` (`NAME=VALUE`) with every request.
    pub fn new(
        address: &ManualAddress,
        trust: &Trust,
        cookies: &[String],
        timeout: Duration,
    ) -> Result<PrinterHttp, PrinterHttpError> {
        let tls = tls::client_config(trust).map_err(|e| PrinterHttpError::Setup(e.to_string()))?;
        let http = reqwest::Client::builder()
            .use_preconfigured_tls(tls.config)
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout)
            .timeout(timeout)
            .user_agent(concat!("printer-oauth/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| PrinterHttpError::Setup(e.to_string()))?;
        let cookies = cookies
            .iter()
            .filter_map(|c| c.split_once('='))
            .map(|(k, v)| (k.to_string(), Secret::new(v)))
            .collect();
        let base = base_url(address);
        let origin = url::Url::parse(&base)
            .map_err(|e| PrinterHttpError::Setup(e.to_string()))?
            .origin();
        Ok(PrinterHttp {
            base,
            origin,
            http,
            seen: tls.seen,
            refused: tls.refused,
            cookies,
            headers: BTreeMap::new(),
            timeout,
            form_charset: encoding_rs::UTF_8,
        })
    }

    /// The fingerprint of the certificate the printer showed (HTTPS only).
    pub fn seen_fingerprint(&self) -> Option<String> {
        self.seen.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Whether a cookie is held (the session cookie after a login).
    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.contains_key(name)
    }

    /// Sends a cookie from now on (a form token some firmware wants in a cookie).
    pub fn set_cookie(&mut self, name: &str, value: Secret) {
        self.cookies.insert(name.to_string(), value);
    }

    /// Sends a header with every request from now on, replacing its earlier value (a form
    /// token some firmware wants in a header).
    pub fn set_header(&mut self, name: &str, value: Secret) {
        self.headers.insert(name.to_string(), value);
    }

    /// Whether a header is sent with every request.
    #[cfg(test)]
    pub fn has_header(&self, name: &str) -> bool {
        self.headers.contains_key(name)
    }

    /// Forgets a cookie (a session the printer ended).
    pub fn forget_cookie(&mut self, name: &str) {
        self.cookies.remove(name);
    }

    /// GET a path.
    pub async fn get(&mut self, path: &str) -> Result<Page, PrinterHttpError> {
        self.send(path, None).await
    }

    /// POST a form to a path.
    pub async fn post(
        &mut self,
        path: &str,
        form: &[(String, String)],
    ) -> Result<Page, PrinterHttpError> {
        self.send(path, Some(form)).await
    }

    async fn send(
        &mut self,
        path: &str,
        form: Option<&[(String, String)]>,
    ) -> Result<Page, PrinterHttpError> {
        let mut url = format!("{}{path}", self.base);
        let mut form = form;
        for _ in 0..4 {
            let request = match form {
                Some(fields) => self
                    .http
                    .post(&url)
                    .header(
                        reqwest::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .body(charset::encode_form(fields, self.form_charset)),
                None => self.http.get(&url),
            };
            let request = self
                .headers
                .iter()
                .fold(request, |r, (name, value)| r.header(name, value.expose()));
            let response = request
                .header(reqwest::header::COOKIE, self.cookie_header())
                .send()
                .await
                .map_err(|e| self.classify(e))?;
            self.absorb(&response);
            let status = response.status();
            if status.is_redirection()
                && let Some(next) = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|l| l.to_str().ok())
            {
                url = self.resolve(&url, next);
                form = None;
                continue;
            }
            let content_type = response
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|t| t.to_str().ok())
                .map(str::to_string);
            let bytes = self.body(response, path).await?;
            let encoding = charset::declared(content_type.as_deref(), &bytes);
            if content_type.is_none_or(|t| t.to_ascii_lowercase().contains("html")) {
                self.form_charset = encoding;
            }
            let (body, _, _) = encoding.decode(&bytes);
            return Ok(Page {
                status: status.as_u16(),
                body: body.into_owned(),
            });
        }
        Err(PrinterHttpError::Unreachable("too many redirects".into()))
    }

    /// The answer's body, read in chunks up to [`PAGE_LIMIT`] and no further.
    async fn body(
        &self,
        mut response: reqwest::Response,
        path: &str,
    ) -> Result<Vec<u8>, PrinterHttpError> {
        let too_large = || PrinterHttpError::TooLarge {
            path: path.to_string(),
            limit: PAGE_LIMIT,
        };
        if response.content_length().is_some_and(|n| n > PAGE_LIMIT) {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| self.classify(e))? {
            if (bytes.len() + chunk.len()) as u64 > PAGE_LIMIT {
                return Err(too_large());
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    }

    /// Where a redirect leads: within the printer's origin (its default port written or not),
    /// else back to its start page. Never to another host, port or scheme, nor to an address
    /// with user info, with the session cookie.
    fn resolve(&self, current: &str, location: &str) -> String {
        match url::Url::parse(current).and_then(|u| u.join(location)) {
            Ok(u)
                if u.origin() == self.origin
                    && u.username().is_empty()
                    && u.password().is_none() =>
            {
                u.to_string()
            }
            _ => format!("{}/", self.base),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={}", v.expose()))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn absorb(&mut self, response: &reqwest::Response) {
        for value in response.headers().get_all(reqwest::header::SET_COOKIE) {
            let Some(pair) = value.to_str().ok().and_then(|v| v.split(';').next()) else {
                continue;
            };
            if let Some((name, value)) = pair.split_once('=') {
                let name = name.trim().to_string();
                if value.is_empty() {
                    self.cookies.remove(&name);
                } else {
                    self.cookies.insert(name, Secret::new(value.trim()));
                }
            }
        }
    }

    /// A TLS failure is one while connecting: the pin verifier refused the certificate, or
    /// the handshake broke (a device that does not speak TLS). Anything after the connection
    /// stood (a reset, a restart) is the printer being unreachable.
    fn classify(&self, e: reqwest::Error) -> PrinterHttpError {
        if e.is_timeout() {
            return PrinterHttpError::Timeout;
        }
        let chain = error_chain(&e);
        let refused = self.refused.swap(false, Ordering::SeqCst);
        let handshake = [
            "tls",
            "certificate",
            "handshake",
            "corrupt message",
            "alert",
        ]
        .iter()
        .any(|w| chain.to_lowercase().contains(w));
        if e.is_connect() && (refused || handshake) {
            PrinterHttpError::Tls(chain)
        } else {
            PrinterHttpError::Unreachable(chain)
        }
    }

    /// After a TLS failure with no certificate shown: does the port answer plain HTTP? No
    /// credential is sent.
    pub async fn answers_plain_http(&self) -> bool {
        let plain = self.base.replacen("https://", "http://", 1);
        let Ok(client) = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(self.timeout)
            .build()
        else {
            return false;
        };
        client.get(format!("{plain}/")).send().await.is_ok()
    }
}

/// `https://host:port` (or `http://` for a loopback simulator).
pub fn base_url(address: &ManualAddress) -> String {
    let scheme = match address.scheme {
        Scheme::Https => "https",
        Scheme::Http => "http",
    };
    format!("{scheme}://{}", address.authority())
}

/// An error and its sources in one line (never contains a secret: no URL with credentials
/// is ever built).
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printer::address::parse_manual_address;

    fn web(address: &str) -> PrinterHttp {
        let address = parse_manual_address(address).unwrap();
        PrinterHttp::new(&address, &Trust::Pin(None), &[], Duration::from_secs(1)).unwrap()
    }

    #[test]
    fn redirects_are_followed_within_the_printer_s_origin_on_its_default_port() {
        let printer = web("10.0.0.5");
        let current = format!("{}/PRESENTATION/ADVANCED/PASSWORD/SET", printer.base);
        // The url crate writes https://10.0.0.5 without :443: the same origin.
        for location in [
            "/PRESENTATION/ADVANCED/NWS_EMAIL/TOP",
            "https://10.0.0.5/PRESENTATION/ADVANCED/NWS_EMAIL/TOP",
            "https://10.0.0.5:443/PRESENTATION/ADVANCED/NWS_EMAIL/TOP",
        ] {
            assert_eq!(
                printer.resolve(&current, location),
                "https://10.0.0.5/PRESENTATION/ADVANCED/NWS_EMAIL/TOP",
                "{location}"
            );
        }
    }

    #[test]
    fn a_redirect_never_takes_the_session_elsewhere() {
        let printer = web("127.0.0.1:8443");
        let current = format!("{}/PRESENTATION/ADVANCED/PASSWORD/SET", printer.base);
        let start = format!("{}/", printer.base);
        for location in [
            "https://127.0.0.1:8443@localhost:9443/",
            "https://admin:pw@127.0.0.1:8443/TOP",
            "https://127.0.0.1:9443/TOP",
            "http://127.0.0.1:8443/TOP",
            "https://127.0.0.1.evil.example:8443/TOP",
            "//evil.example/TOP",
        ] {
            assert_eq!(printer.resolve(&current, location), start, "{location}");
        }
    }
}
