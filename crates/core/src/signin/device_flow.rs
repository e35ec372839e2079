//! The device code request and the RFC 8628 poll loop, plus refresh-token use.

use super::Event;
use super::error::{SignInError, decode, transport};
use super::tokens::{TokenResponse, Tokens};
use crate::secrets::Secret;
use crate::trust::SystemTrust;
use serde::Deserialize;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;
use url::Url;

/// Longest wait after repeated network failures.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// RFC 8628 section 3.5: `slow_down` adds five seconds to the interval.
const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);
/// RFC 8628 section 3.2: the interval when the server names none.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);

/// A device code as issued: the user code to show, and the device code (a secret) to poll with.
#[derive(Debug, Clone)]
pub struct DeviceCode {
    pub user_code: String,
    pub verification_uri: String,
    pub expires_in: Duration,
    pub interval: Duration,
    pub issued_at: Instant,
    device_code: Secret,
}

impl DeviceCode {
    /// The first event of a sign-in: what to show the person.
    pub fn event(&self) -> Event {
        Event::Code {
            user_code: self.user_code.clone(),
            verification_uri: self.verification_uri.clone(),
            expires_in: self.expires_in.as_secs(),
            interval: self.interval.as_secs(),
        }
    }
}

/// The device authorization endpoint's answer (RFC 8628 section 3.2). Not `Debug`: it holds
/// the device code, a secret.
#[derive(Deserialize)]
struct DeviceAuthorization {
    device_code: String,
    user_code: String,
    verification_uri: String,
    expires_in: u64,
    /// Missing or `null`: RFC 8628's 5 s. (Microsoft's v2.0 endpoint names the address
    /// `verification_uri`; only its old v1 endpoint said `verification_url`.)
    #[serde(default)]
    interval: Option<u64>,
}

/// A device-flow sign-in against one authority, tenant and app registration. The three
/// requests (device code, token poll, refresh) are plain form posts through reqwest, read with
/// serde, so that Microsoft's whole error answer (`error_codes`, trace and correlation ids)
/// reaches the diagnosis.
pub struct SignIn {
    http: reqwest::Client,
    device_code_url: Url,
    token_url: Url,
    client_id: String,
    scopes: Vec<String>,
    host: String,
    trust: SystemTrust,
}

impl SignIn {
    /// Prepares a sign-in that trusts what this computer trusts. `authority` is the root
    /// (`https://login.microsoftonline.com`).
    pub fn new(
        authority: &Url,
        tenant: &str,
        client_id: &str,
        scopes: Vec<String>,
        request_timeout: Duration,
    ) -> Result<SignIn, SignInError> {
        let trust = SystemTrust::new(None).map_err(SignInError::Trust)?;
        SignIn::with_trust(authority, tenant, client_id, scopes, request_timeout, trust)
    }

    /// Prepares a sign-in under `trust` (the system's verifier and `--ca-file`), through the
    /// system's proxy or `HTTPS_PROXY` (`NO_PROXY` honoured).
    pub fn with_trust(
        authority: &Url,
        tenant: &str,
        client_id: &str,
        scopes: Vec<String>,
        request_timeout: Duration,
        trust: SystemTrust,
    ) -> Result<SignIn, SignInError> {
        let base = authority.as_str().trim_end_matches('/');
        let endpoint = |name: &str| format!("{base}/{tenant}/oauth2/v2.0/{name}");
        let url = |name: &str| {
            Url::parse(&endpoint(name)).map_err(|e| SignInError::Config(e.to_string()))
        };
        let (device_code_url, token_url) = (url("devicecode")?, url("token")?);
        let http = reqwest::Client::builder()
            .use_preconfigured_tls(trust.client_config())
            // OAuth endpoints must not follow redirects (credentials would travel along).
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(request_timeout.min(Duration::from_secs(10)))
            .timeout(request_timeout)
            .build()
            .map_err(|e| SignInError::Config(e.to_string()))?;
        Ok(SignIn {
            http,
            device_code_url,
            host: authority.host_str().unwrap_or_default().to_string(),
            token_url,
            client_id: client_id.to_string(),
            scopes,
            trust,
        })
    }

    /// Asks for a device code (RFC 8628 section 3.1).
    pub async fn request_code(&self) -> Result<DeviceCode, SignInError> {
        let issued_at = Instant::now();
        let scope = self.scopes.join(" ");
        let mut form = vec![("client_id", self.client_id.as_str())];
        if !scope.is_empty() {
            form.push(("scope", &scope));
        }
        let answer: DeviceAuthorization = self.post(&self.device_code_url, &form).await?;
        let interval = match answer.interval {
            None | Some(0) => DEFAULT_INTERVAL,
            Some(seconds) => Duration::from_secs(seconds),
        };
        Ok(DeviceCode {
            user_code: answer.user_code,
            verification_uri: answer.verification_uri,
            expires_in: Duration::from_secs(answer.expires_in),
            interval,
            issued_at,
            device_code: Secret::new(answer.device_code),
        })
    }

    /// Polls the token endpoint until the person signs in, exactly as RFC 8628 section 3.5
    /// asks: wait `interval` before every poll, add 5 s on `slow_down` for this and every later
    /// wait, keep going on `authorization_pending`, back off on network errors, stop when the
    /// code expires. Cancelling `cancel` ends the wait at once.
    pub async fn poll(
        &self,
        code: &DeviceCode,
        cancel: &CancellationToken,
        on_event: &mut (dyn FnMut(Event) + Send),
    ) -> Result<Tokens, SignInError> {
        let deadline = code.issued_at + code.expires_in;
        let mut interval = code.interval;
        let mut backoff = Duration::ZERO;
        loop {
            let wait = interval + backoff;
            let now = Instant::now();
            let left = deadline.saturating_duration_since(now);
            let expired = || SignInError::Expired {
                lifetime: code.expires_in,
                refusal: None,
            };
            if left.is_zero() {
                return Err(expired());
            }
            on_event(Event::Waiting {
                expires_in: left.as_secs(),
                next_poll_in: wait.as_secs(),
            });
            if wait >= left {
                // The code expires before the next poll may be made.
                sleep_or_cancel(left, cancel).await?;
                return Err(expired());
            }
            sleep_or_cancel(wait, cancel).await?;
            let Some(result) = cancel.run_until_cancelled(self.poll_once(code)).await else {
                return Err(SignInError::Cancelled);
            };
            match result {
                Ok(tokens) => {
                    on_event(Event::SignedIn {
                        account: tokens.account.clone(),
                    });
                    return Ok(tokens);
                }
                Err(SignInError::Refused(e)) if e.error == "authorization_pending" => {
                    backoff = Duration::ZERO;
                }
                Err(SignInError::Refused(e)) if e.error == "expired_token" => {
                    return Err(SignInError::Expired {
                        lifetime: code.expires_in,
                        refusal: Some(e),
                    });
                }
                Err(SignInError::Refused(e)) if e.error == "slow_down" => {
                    backoff = Duration::ZERO;
                    interval += SLOW_DOWN_STEP;
                    tracing::debug!(interval = interval.as_secs(), "slow_down: interval raised");
                }
                Err(
                    e @ (SignInError::Unreachable(_)
                    | SignInError::Timeout(_)
                    | SignInError::ServerError(_)),
                ) => {
                    backoff = (backoff * 2).max(interval).min(MAX_BACKOFF);
                    tracing::debug!(error = %e, backoff = backoff.as_secs(), "poll failed; backing off");
                    on_event(Event::Retrying {
                        error: e.to_string(),
                        retry_in: (interval + backoff).as_secs(),
                    });
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn poll_once(&self, code: &DeviceCode) -> Result<Tokens, SignInError> {
        let form = [
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("client_id", self.client_id.as_str()),
            ("device_code", code.device_code.expose()),
        ];
        let answer: TokenResponse = self.post(&self.token_url, &form).await?;
        Tokens::try_from(answer)
    }

    /// Redeems a refresh token for new tokens. Microsoft rotates refresh tokens: store the
    /// returned one in place of the old.
    pub async fn refresh(&self, refresh_token: &Secret) -> Result<Tokens, SignInError> {
        let scope = self.scopes.join(" ");
        let mut form = vec![
            ("grant_type", "refresh_token"),
            ("client_id", self.client_id.as_str()),
            ("refresh_token", refresh_token.expose()),
        ];
        if !scope.is_empty() {
            form.push(("scope", &scope));
        }
        let answer: TokenResponse = self.post(&self.token_url, &form).await?;
        Tokens::try_from(answer)
    }

    /// Posts a form to one of the sign-in service's endpoints and reads its JSON answer, or
    /// Microsoft's error answer whole.
    async fn post<T: serde::de::DeserializeOwned>(
        &self,
        url: &Url,
        form: &[(&str, &str)],
    ) -> Result<T, SignInError> {
        let response = self
            .http
            .post(url.clone())
            .header(reqwest::header::ACCEPT, "application/json")
            .form(form)
            .send()
            .await
            .map_err(|e| transport(&e, &self.host, &self.trust))?;
        let status = response.status().as_u16();
        let body = capped(response)
            .await
            .map_err(|e| transport(&e, &self.host, &self.trust))?;
        decode::<T>(status, &body)
    }
}

async fn sleep_or_cancel(
    duration: Duration,
    cancel: &CancellationToken,
) -> Result<(), SignInError> {
    cancel
        .run_until_cancelled(tokio::time::sleep(duration))
        .await
        .ok_or(SignInError::Cancelled)
}

/// The most of an answer of the sign-in service that is read: a real one is a few kilobytes.
const ANSWER_LIMIT: usize = 1 << 20;

/// An answer's body, read up to [`ANSWER_LIMIT`] and cut there (a longer one is then not
/// valid JSON, and is diagnosed as such): a service named with `--authority` cannot make the
/// product read without end.
async fn capped(mut response: reqwest::Response) -> Result<Vec<u8>, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = ANSWER_LIMIT - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() == ANSWER_LIMIT {
            break;
        }
    }
    Ok(body)
}
