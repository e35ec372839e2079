//! The character set of a printer's pages, as a browser finds it: a byte-order mark, else the
//! `Content-Type` header's `charset`, else a `<meta charset>` (or `http-equiv`) near the top
//! of an HTML page, else UTF-8. Forms go back in the charset of the page they came from, with
//! what it cannot hold written as `&#NNNN;`, as a browser sends it.

use encoding_rs::{Encoding, UTF_8};

/// How far into a page a `<meta>` charset is looked for (the HTML prescan's limit).
const PRESCAN: usize = 1024;

/// The encoding a page declares, UTF-8 when it declares none that is known.
pub fn declared(content_type: Option<&str>, body: &[u8]) -> &'static Encoding {
    // A byte-order mark wins over the header, as in a browser (and as `decode` reads it).
    if let Some((encoding, _)) = Encoding::for_bom(body) {
        return encoding;
    }
    if let Some(encoding) = content_type.and_then(from_content_type) {
        return encoding;
    }
    let html = content_type.is_none_or(|t| t.to_ascii_lowercase().contains("html"));
    html.then(|| from_meta(body)).flatten().unwrap_or(UTF_8)
}

/// The charset parameter of a `Content-Type` value.
fn from_content_type(value: &str) -> Option<&'static Encoding> {
    value.split(';').skip(1).find_map(|param| {
        let (name, label) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes()))
            .flatten()
    })
}

/// The charset named by the first `<meta>` that names one, in the page's first kilobyte.
fn from_meta(body: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&body[..body.len().min(PRESCAN)]).to_ascii_lowercase();
    head.match_indices("<meta").find_map(|(at, _)| {
        let tag = &head[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let value = &tag[tag.find("charset")? + "charset".len()..];
        let value = value.trim_start().strip_prefix('=')?.trim_start();
        let value = value.trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace())
            .unwrap_or(value.len());
        let encoding = Encoding::for_label(&value.as_bytes()[..end])?;
        // A page that claims UTF-16 in ASCII-compatible bytes is read as UTF-8 (HTML rule).
        Some(encoding.output_encoding())
    })
}

/// A form body (`application/x-www-form-urlencoded`) in `encoding`.
pub fn encode_form(fields: &[(String, String)], encoding: &'static Encoding) -> String {
    let encode: &dyn Fn(&str) -> std::borrow::Cow<'_, [u8]> = &|text| encoding.encode(text).0;
    form_urlencoded::Serializer::new(String::new())
        .encoding_override(Some(encode))
        .extend_pairs(fields)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{SHIFT_JIS, WINDOWS_1252};

    #[test]
    fn the_header_then_a_bom_then_the_meta_tag_name_the_charset() {
        let latin = b"<html><head><meta charset=\"utf-8\"></head>";
        assert_eq!(
            declared(Some("text/html; charset=ISO-8859-1"), latin),
            WINDOWS_1252
        );
        assert_eq!(
            declared(Some("text/html;Charset=\"Shift_JIS\""), b""),
            SHIFT_JIS
        );
        assert_eq!(declared(Some("text/html"), b"\xEF\xBB\xBF<html>"), UTF_8);
        assert_eq!(
            declared(Some("text/html; charset=ISO-8859-1"), b"\xEF\xBB\xBF<html>"),
            UTF_8
        );
        for page in [
            &b"<HTML><HEAD><META CHARSET=Shift_JIS></HEAD>"[..],
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\">",
            b"<html><head><meta charset='x-sjis'/>",
        ] {
            assert_eq!(declared(Some("text/html"), page), SHIFT_JIS);
            assert_eq!(declared(None, page), SHIFT_JIS);
        }
        assert_eq!(declared(Some("text/html"), b"<html>plain</html>"), UTF_8);
        assert_eq!(
            declared(Some("text/html"), b"<meta charset=\"klingon\">"),
            UTF_8
        );
        // JSON and CSV take only what the header says.
        assert_eq!(
            declared(Some("application/json"), b"{\"a\":\"<meta charset=sjis>\"}"),
            UTF_8
        );
    }

    #[test]
    fn a_form_goes_back_in_the_page_s_charset_as_a_browser_sends_it() {
        let fields = vec![
            (
                "INPUTT_LOCATION".to_string(),
                "Büro 3.OG & Empfang".to_string(),
            ),
            ("X".to_string(), "a+b=c €".to_string()),
        ];
        assert_eq!(
            encode_form(&fields, WINDOWS_1252),
            "INPUTT_LOCATION=B%FCro+3.OG+%26+Empfang&X=a%2Bb%3Dc+%80"
        );
        assert_eq!(
            encode_form(&fields, UTF_8),
            "INPUTT_LOCATION=B%C3%BCro+3.OG+%26+Empfang&X=a%2Bb%3Dc+%E2%82%AC"
        );
        let japanese = vec![("L".to_string(), "受付".to_string())];
        assert_eq!(encode_form(&japanese, SHIFT_JIS), "L=%8E%F3%95t");
        // What the charset cannot hold goes as a numeric character reference.
        let emoji = vec![("L".to_string(), "Büro ✓".to_string())];
        assert_eq!(encode_form(&emoji, WINDOWS_1252), "L=B%FCro+%26%2310003%3B");
    }
}
