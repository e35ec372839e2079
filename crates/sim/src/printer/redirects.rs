//! The `printer-redirects` knob: firmware that answers every form post (the login, a settings
//! write, the connection test) with `303 See Other` to a result page, as many web servers do
//! (Post/Redirect/Get). The login's `Location` is absolute, written from the `Host` the client
//! sent (so without the default port on 443); the others are relative. The result page is
//! served once, to the next GET of its address. Cookies set by the post go with the redirect.

use super::Printer;
use crate::{Fault, random_token};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// Where the result pages are served.
const RESULT_PATH: &str = "/PRESENTATION/ADVANCED/RESULT/TOP";
/// The largest page kept for its GET.
const LIMIT: usize = 4 << 20;

/// Answers form posts with a redirect to their result page when the knob is on.
pub async fn post_redirect_get(
    State(printer): State<Arc<Printer>>,
    request: Request,
    next: Next,
) -> Response {
    let knobs = printer.shared.knobs();
    if !knobs.has(Fault::PrinterRedirects) {
        return next.run(request).await;
    }
    let scheme = if knobs.has(Fault::PrinterHttpOnly) {
        "http"
    } else {
        "https"
    };
    let path = request.uri().path().to_string();
    if request.method() == Method::GET && path == RESULT_PATH {
        let id = request.uri().query().and_then(|q| q.strip_prefix("id="));
        let page = id.and_then(|id| printer.state().results.remove(id));
        return match page {
            Some((kind, body)) => ([(header::CONTENT_TYPE, kind)], body).into_response(),
            None => printer.not_found(),
        };
    }
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string);
    if request.method() != Method::POST || path.starts_with("/sim/") {
        return next.run(request).await;
    }
    let response = next.run(request).await;
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .map(str::to_string);
    let Some(kind) = kind.filter(|k| k.starts_with("text/html")) else {
        return response;
    };
    if response.status() != StatusCode::OK {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, LIMIT).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let id = random_token("", 16);
    printer
        .state()
        .results
        .insert(id.clone(), (kind, body.to_vec()));
    let relative = format!("{RESULT_PATH}?id={id}");
    let location = match host {
        Some(host) if path.ends_with("/PASSWORD/SET") => format!("{scheme}://{host}{relative}"),
        _ => relative,
    };
    let mut redirect = Response::new(Body::empty());
    *redirect.status_mut() = StatusCode::SEE_OTHER;
    for cookie in parts.headers.get_all(header::SET_COOKIE) {
        redirect
            .headers_mut()
            .append(header::SET_COOKIE, cookie.clone());
    }
    if let Ok(value) = HeaderValue::from_str(&location) {
        redirect.headers_mut().insert(header::LOCATION, value);
    }
    redirect
}
