//! The issuer's name in an X.509 certificate (RFC 5280 section 4.1), read with a minimal DER
//! walk: the diagnosis names who issued a refused certificate and needs nothing else of it.

/// Who issued a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    /// The name people know: the common name, else the organisation.
    pub name: String,
    /// The distinguished name's known attributes (`CN=..., O=..., C=...`), for the detail.
    pub dn: String,
}

/// The issuer of a DER certificate; None when it cannot be read or names nobody.
pub fn issuer(cert: &[u8]) -> Option<Issuer> {
    let (certificate, _) = element(cert, SEQUENCE)?;
    let (tbs, _) = element(certificate, SEQUENCE)?;
    let mut rest = tbs;
    // version [0] EXPLICIT (optional), serialNumber, signature, issuer.
    if rest.first() == Some(&VERSION) {
        rest = any(rest)?.2;
    }
    let (_, rest) = element(rest, INTEGER)?;
    let (_, rest) = element(rest, SEQUENCE)?;
    let (name, _) = element(rest, SEQUENCE)?;
    let attributes = attributes(name)?;
    let find = |label: &str| {
        attributes
            .iter()
            .find(|(l, _)| *l == label)
            .map(|(_, v)| v.clone())
    };
    let shown = find("CN").or_else(|| find("O")).or_else(|| find("OU"))?;
    let dn = attributes
        .iter()
        .map(|(label, value)| format!("{label}={value}"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(Issuer { name: shown, dn })
}

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const INTEGER: u8 = 0x02;
const OID: u8 = 0x06;
const VERSION: u8 = 0xA0;
/// The longest name kept (a certificate may carry anything).
const MAX_CHARS: usize = 200;

/// The attributes of a Name (RDNSequence) this product shows, in order.
fn attributes(mut name: &[u8]) -> Option<Vec<(&'static str, String)>> {
    let mut found = Vec::new();
    while !name.is_empty() {
        let (mut set, rest) = element(name, SET)?;
        name = rest;
        while !set.is_empty() {
            let (pair, rest) = element(set, SEQUENCE)?;
            set = rest;
            let (oid, value) = element(pair, OID)?;
            let label = match oid {
                [0x55, 0x04, 0x03] => "CN",
                [0x55, 0x04, 0x0A] => "O",
                [0x55, 0x04, 0x0B] => "OU",
                [0x55, 0x04, 0x06] => "C",
                _ => continue,
            };
            let (tag, body, _) = any(value)?;
            if let Some(text) = text(tag, body).filter(|t| !t.is_empty()) {
                found.push((label, text));
            }
        }
    }
    Some(found)
}

/// A directory string as text, without control characters.
fn text(tag: u8, body: &[u8]) -> Option<String> {
    let text: String = match tag {
        // UTF8String, PrintableString, IA5String.
        0x0C | 0x13 | 0x16 => String::from_utf8_lossy(body).into_owned(),
        // TeletexString: in practice Latin-1.
        0x14 => body.iter().map(|b| char::from(*b)).collect(),
        // BMPString: UTF-16 big-endian.
        0x1E => char::decode_utf16(
            body.chunks(2)
                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])),
        )
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect(),
        // UniversalString: UTF-32 big-endian.
        0x1C => body
            .chunks(4)
            .map(|c| {
                let mut word = [0; 4];
                word[..c.len()].copy_from_slice(c);
                char::from_u32(u32::from_be_bytes(word)).unwrap_or(char::REPLACEMENT_CHARACTER)
            })
            .collect(),
        _ => return None,
    };
    Some(
        text.chars()
            // Control characters and bidirectional overrides would let a hostile
            // certificate reorder or hide the text of the diagnosis.
            .filter(|c| !c.is_control() && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
            .take(MAX_CHARS)
            .collect::<String>()
            .trim()
            .to_string(),
    )
}

/// One element with the expected tag: its body and what follows.
fn element(input: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
    let (found, body, rest) = any(input)?;
    (found == tag).then_some((body, rest))
}

/// One element: its tag, body and what follows (definite lengths, as DER requires).
fn any(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, input) = input.split_first()?;
    let (&first, mut input) = input.split_first()?;
    let length = if first < 0x80 {
        usize::from(first)
    } else {
        let count = usize::from(first & 0x7F);
        if count == 0 || count > 4 || input.len() < count {
            return None;
        }
        let (bytes, rest) = input.split_at(count);
        input = rest;
        bytes.iter().fold(0, |n, b| (n << 8) | usize::from(*b))
    };
    (input.len() >= length).then(|| (tag, &input[..length], &input[length..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A leaf whose issuer has the given name (tests/fixtures/certs/issuer-*.der, written by
    /// scripts/make-test-certs).
    fn leaf_issued_by(name: &str) -> Vec<u8> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/certs");
        std::fs::read(format!("{dir}/issuer-{name}.der")).unwrap()
    }

    #[test]
    fn names_the_issuer_by_its_common_name() {
        let der = leaf_issued_by("croatian");
        let issuer = issuer(&der).unwrap();
        assert_eq!(issuer.name, "Tvrtka Čakovec Inspection CA");
        assert_eq!(
            issuer.dn,
            "C=HR, O=Tvrtka d.o.o., CN=Tvrtka Čakovec Inspection CA"
        );
    }

    #[test]
    fn a_hostile_name_cannot_reorder_or_drive_the_text() {
        let der = leaf_issued_by("hostile");
        assert_eq!(issuer(&der).unwrap().name, "EvilAC troper[2J CA");
    }

    #[test]
    fn without_a_common_name_the_organisation_is_named() {
        let der = leaf_issued_by("bmp-organisation");
        assert_eq!(issuer(&der).unwrap().name, "Zaštita");
    }

    #[test]
    fn what_is_not_a_certificate_names_nobody() {
        assert_eq!(issuer(b""), None);
        assert_eq!(issuer(b"\x30\x82\xff\xff"), None);
        assert_eq!(issuer(b"-----BEGIN CERTIFICATE-----"), None);
        let der = leaf_issued_by("x");
        assert_eq!(issuer(&der[..der.len() / 2]), None);
    }
}
