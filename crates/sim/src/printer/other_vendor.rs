//! The `printer-not-epson` knob: the device on the port is another vendor's embedded web
//! server. Its home page names it; every Epson path is unknown there.

use super::Printer;
use crate::Fault;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

const HOME: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>HP Color LaserJet MFP M480f - HP Embedded Web Server</title></head><body>\
<h1>HP Embedded Web Server</h1><p>HP Color LaserJet MFP M480f</p>\
<p><a href=\"/hp/device/DeviceStatus/Index\">Device Status</a></p></body></html>\n";

/// Answers as the other vendor's server when the knob is on; `/sim/` stays available.
pub async fn unless_epson(
    State(printer): State<Arc<Printer>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if !printer.shared.knobs().has(Fault::PrinterNotEpson) || path.starts_with("/sim/") {
        return next.run(request).await;
    }
    let (status, body) = if path == "/" || path.starts_with("/hp/") {
        (StatusCode::OK, HOME)
    } else {
        (
            StatusCode::NOT_FOUND,
            "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n",
        )
    };
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::SERVER,
                "HP HTTP Server; HP Color LaserJet MFP M480f",
            ),
        ],
        body,
    )
        .into_response()
}
