//! The device code request and the RFC 8628 poll loop, plus refresh-token use.

use super::Event;
use super::error::{SignInError, decode, transport};
use super::tokens::{MicrosoftTokenResponse, Tokens};
use crate::secrets::Secret;
use crate::trust::SystemTrust;
use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
};
use oauth2::{
    AuthType, Client, ClientId, DeviceAuthorizationUrl, EndpointNotSet, EndpointSet,
    HttpClientError, HttpRequest, HttpResponse, RefreshToken, RequestTokenError, Scope,
    StandardDeviceAuthorizationResponse, StandardRevocableToken, TokenUrl,
};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;
use url::Url;

type MicrosoftClient = Client<
    BasicErrorResponse,
    MicrosoftTokenResponse,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointNotSet,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

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

/// A device-flow sign-in against one authority, tenant and app registration.
pub struct SignIn {
    client: MicrosoftClient,
    http: reqwest::Client,
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
        let token_url =
            Url::parse(&endpoint("token")).map_err(|e| SignInError::Config(e.to_string()))?;
        let client = Client::new(ClientId::new(client_id.to_string()))
            .set_auth_type(AuthType::RequestBody)
            .set_device_authorization_url(
                DeviceAuthorizationUrl::new(endpoint("devicecode"))
                    .map_err(|e| SignInError::Config(e.to_string()))?,
            )
            .set_token_uri(TokenUrl::from_url(token_url.clone()));
        let http = reqwest::Client::builder()
            .use_preconfigured_tls(trust.client_config())
            // OAuth endpoints must not follow redirects (credentials would travel along).
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(request_timeout.min(Duration::from_secs(10)))
            .timeout(request_timeout)
            .build()
            .map_err(|e| SignInError::Config(e.to_string()))?;
        Ok(SignIn {
            client,
            http,
            host: authority.host_str().unwrap_or_default().to_string(),
            token_url,
            client_id: client_id.to_string(),
            scopes,
            trust,
        })
    }

    /// Asks for a device code (RFC 8628 section 3.1).
    pub async fn request_code(&self) -> Result<DeviceCode, SignInError> {
        let recorder = Recorder::new(self);
        let issued_at = Instant::now();
        let response: Result<StandardDeviceAuthorizationResponse, _> = self
            .client
            .exchange_device_code()
            .add_scopes(self.scopes.iter().cloned().map(Scope::new))
            .request_async(&recorder)
            .await;
        let response = response.map_err(|e| recorder.explain(e))?;
        let interval = match response.interval() {
            i if i.is_zero() => DEFAULT_INTERVAL,
            i => i,
        };
        Ok(DeviceCode {
            user_code: response.user_code().secret().clone(),
            verification_uri: response.verification_uri().to_string(),
            expires_in: response.expires_in(),
            interval,
            issued_at,
            device_code: Secret::new(response.device_code().secret().clone()),
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
        let response = self
            .http
            .post(self.token_url.clone())
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&form)
            .send()
            .await
            .map_err(|e| transport(&e, &self.host, &self.trust))?;
        let status = response.status().as_u16();
        let body = capped(response)
            .await
            .map_err(|e| transport(&e, &self.host, &self.trust))?;
        decode::<MicrosoftTokenResponse>(status, &body).map(Tokens::from)
    }

    /// Redeems a refresh token for new tokens. Microsoft rotates refresh tokens: store the
    /// returned one in place of the old.
    pub async fn refresh(&self, refresh_token: &Secret) -> Result<Tokens, SignInError> {
        let recorder = Recorder::new(self);
        let token = RefreshToken::new(refresh_token.expose().to_string());
        let response = self
            .client
            .exchange_refresh_token(&token)
            .add_scopes(self.scopes.iter().cloned().map(Scope::new))
            .request_async(&recorder)
            .await
            .map_err(|e| recorder.explain(e))?;
        Ok(Tokens::from(response))
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

/// oauth2's HTTP client: a named future type, so the sign-in's futures are `Send` for any
/// executor (a closure here would not be, for every lifetime).
impl<'c> oauth2::AsyncHttpClient<'c> for Recorder<'_> {
    type Error = HttpError;
    type Future =
        std::pin::Pin<Box<dyn Future<Output = Result<HttpResponse, HttpError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.record(request))
    }
}

/// Wraps reqwest for oauth2 and keeps the last answer, because oauth2's error type drops
/// Microsoft's `error_codes`, trace id and correlation id.
struct Recorder<'a> {
    signin: &'a SignIn,
    last: Mutex<Option<(u16, Vec<u8>)>>,
    transport_error: Mutex<Option<SignInError>>,
}

type HttpError = HttpClientError<reqwest::Error>;

impl<'a> Recorder<'a> {
    fn new(signin: &'a SignIn) -> Self {
        Recorder {
            signin,
            last: Mutex::new(None),
            transport_error: Mutex::new(None),
        }
    }

    async fn record(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let request = reqwest::Request::try_from(request)
            .map_err(|e| HttpClientError::Reqwest(Box::new(e)))?;
        let outcome = async {
            let response = self.signin.http.execute(request).await?;
            let status = response.status();
            let headers = response.headers().clone();
            let body = capped(response).await?;
            Ok::<_, reqwest::Error>((status, headers, body))
        }
        .await;
        let (status, headers, body) = outcome.map_err(|e| {
            let signin = self.signin;
            *self.transport_error.lock().expect("recorder lock") =
                Some(transport(&e, &signin.host, &signin.trust));
            HttpClientError::Reqwest(Box::new(e))
        })?;
        *self.last.lock().expect("recorder lock") = Some((status.as_u16(), body.to_vec()));
        let mut response = HttpResponse::new(body.to_vec());
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        Ok(response)
    }

    /// Turns an oauth2 error into ours, from the recorded answer.
    fn explain(&self, error: RequestTokenError<HttpError, BasicErrorResponse>) -> SignInError {
        if let Some(e) = self.transport_error.lock().expect("recorder lock").take() {
            return e;
        }
        match self.last.lock().expect("recorder lock").take() {
            Some((status, body)) => match decode::<serde_json::Value>(status, &body) {
                Err(e) => e,
                // A 2xx answer oauth2 could not read.
                Ok(_) => SignInError::Malformed(error.to_string()),
            },
            None => SignInError::Malformed(error.to_string()),
        }
    }
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
