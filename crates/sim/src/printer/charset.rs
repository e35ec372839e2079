//! The `printer-latin1` and `printer-shift-jis` knobs: firmware whose web server works in a
//! legacy charset, as older and regional firmware does. Its pages and CSV files are sent in
//! that charset (Latin-1 declared in the `Content-Type` header; Shift_JIS only in the page's
//! `<meta>`, with a bare `text/html`), and it reads every posted form in that charset, byte
//! by byte, whatever the client meant: a form posted as UTF-8 is stored garbled, as the real
//! firmware stores it.

use super::Printer;
use crate::Fault;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use encoding_rs::{Encoding, SHIFT_JIS, WINDOWS_1252};
use std::sync::Arc;

/// The largest body the firmware reads or sends.
const LIMIT: usize = 4 << 20;

/// A legacy charset firmware.
#[derive(Clone, Copy)]
struct Legacy {
    encoding: &'static Encoding,
    /// The name the firmware writes.
    label: &'static str,
    /// Whether the `Content-Type` header names the charset (else only the `<meta>` does).
    in_header: bool,
}

impl Legacy {
    fn of(printer: &Printer) -> Option<Legacy> {
        let knobs = printer.shared.knobs();
        if knobs.has(Fault::PrinterLatin1) {
            Some(Legacy {
                encoding: WINDOWS_1252,
                label: "ISO-8859-1",
                in_header: true,
            })
        } else if knobs.has(Fault::PrinterShiftJis) {
            Some(Legacy {
                encoding: SHIFT_JIS,
                label: "Shift_JIS",
                in_header: false,
            })
        } else {
            None
        }
    }
}

/// The hidden "location" field's first value on this firmware (the unowned field of the form).
pub fn first_location(shift_jis: bool) -> &'static str {
    if shift_jis {
        "本社 3階 受付 (ＦＡＸ横)"
    } else {
        "Büro 3.OG & Empfang"
    }
}

/// Reads forms and writes pages in the legacy charset when a knob asks for one.
pub async fn legacy(State(printer): State<Arc<Printer>>, request: Request, next: Next) -> Response {
    let Some(legacy) = Legacy::of(&printer) else {
        return next.run(request).await;
    };
    if request.uri().path().starts_with("/sim/") {
        return next.run(request).await;
    }
    let form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, LIMIT).await else {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let body = if form {
        Bytes::from(as_utf8_form(&bytes, legacy.encoding))
    } else {
        bytes
    };
    let response = next.run(Request::from_parts(parts, Body::from(body))).await;
    in_legacy(response, legacy).await
}

/// A form read in `encoding`, written again as UTF-8 for the handlers.
fn as_utf8_form(body: &[u8], encoding: &'static Encoding) -> String {
    let decode = |part: &[u8]| {
        let spaced: Vec<u8> = part
            .iter()
            .map(|&b| if b == b'+' { b' ' } else { b })
            .collect();
        let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
        encoding.decode_without_bom_handling(&bytes).0.into_owned()
    };
    let pairs = body
        .split(|&b| b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let mut halves = pair.splitn(2, |&b| b == b'=');
            let name = decode(halves.next().unwrap_or_default());
            let value = decode(halves.next().unwrap_or_default());
            (name, value)
        });
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// An HTML page or CSV file sent in the legacy charset; anything else as it is.
async fn in_legacy(response: Response, legacy: Legacy) -> Response {
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .and_then(|t| t.split(';').next())
        .map(str::to_string);
    let Some(kind) = kind.filter(|k| k == "text/html" || k == "text/csv") else {
        return response;
    };
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, LIMIT).await else {
        return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let text = String::from_utf8_lossy(&bytes).replace(
        "<meta charset=\"utf-8\">",
        &format!(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={}\">",
            legacy.label
        ),
    );
    let (encoded, _, _) = legacy.encoding.encode(&text);
    let declared = if legacy.in_header || kind == "text/csv" {
        format!("{kind}; charset={}", legacy.label)
    } else {
        kind
    };
    if let Ok(value) = HeaderValue::from_str(&declared) {
        parts.headers.insert(header::CONTENT_TYPE, value);
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(encoded.into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_firmware_reads_a_form_byte_by_byte_in_its_charset() {
        assert_eq!(
            as_utf8_form(b"L=B%FCro+3.OG+%26+Empfang&T=1", WINDOWS_1252),
            "L=B%C3%BCro+3.OG+%26+Empfang&T=1"
        );
        // UTF-8 posted to Latin-1 firmware is stored garbled, as the real one stores it.
        assert_eq!(
            as_utf8_form(b"L=B%C3%BCro", WINDOWS_1252),
            "L=B%C3%83%C2%BCro"
        );
        assert_eq!(
            as_utf8_form(b"L=%8E%F3%95t", SHIFT_JIS),
            "L=%E5%8F%97%E4%BB%98"
        );
    }
}
