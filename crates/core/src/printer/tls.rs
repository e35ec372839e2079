//! TLS for printers. Printers serve self-signed certificates, so by default the first
//! contact shows the certificate's SHA-256 fingerprint and pins it only once the admin has
//! confirmed it (`--trust-fingerprint`); a later mismatch stops. With `--ca-file` the
//! certificate is checked against that CA instead. Validation is never switched off.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The SHA-256 fingerprint of a certificate (DER), as browsers show it: `AB:CD:...`.
pub fn fingerprint(der: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, der)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// A fingerprint as typed by an admin (any case, with or without colons or spaces), in the
/// canonical `AB:CD:...` form; `None` if it is not 32 bytes of hex.
pub fn normalize_fingerprint(text: &str) -> Option<String> {
    let hex: String = text
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-'))
        .collect::<String>()
        .to_ascii_uppercase();
    if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let pairs: Vec<&str> = (0..32).map(|i| &hex[i * 2..i * 2 + 2]).collect();
    Some(pairs.join(":"))
}

/// Which certificate a printer connection accepts.
#[derive(Debug, Clone)]
pub enum Trust {
    /// Certificates chaining to these CA certificates, for the printer's name or address.
    Ca(Vec<CertificateDer<'static>>),
    /// Exactly the certificate with this fingerprint (pinned or just confirmed); `None`
    /// accepts nothing and only records what the printer showed.
    Pin(Option<String>),
}

/// Why a TLS set-up is impossible.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("the CA file has no usable certificate: {0}")]
    CaFile(String),
    #[error("TLS set-up failed: {0}")]
    Setup(String),
}

/// A client TLS configuration, the fingerprint of the certificate the printer showed, and
/// whether the pin verifier refused it (since the flag was last cleared).
pub struct PrinterTls {
    pub config: rustls::ClientConfig,
    pub seen: Arc<Mutex<Option<String>>>,
    pub refused: Arc<AtomicBool>,
}

/// Parses the CA certificates of a PEM file.
pub fn ca_certificates(pem: &[u8]) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certs: Vec<_> = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<_, _>>()
        .map_err(|e| TlsError::CaFile(e.to_string()))?;
    if certs.is_empty() {
        return Err(TlsError::CaFile("no CERTIFICATE block".into()));
    }
    Ok(certs)
}

/// The TLS configuration for a printer under a trust decision.
pub fn client_config(trust: &Trust) -> Result<PrinterTls, TlsError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Setup(e.to_string()))?;
    let seen = Arc::new(Mutex::new(None));
    let refused = Arc::new(AtomicBool::new(false));
    let config = match trust {
        Trust::Ca(certs) => {
            let mut roots = rustls::RootCertStore::empty();
            for cert in certs {
                roots
                    .add(cert.clone())
                    .map_err(|e| TlsError::CaFile(e.to_string()))?;
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
        Trust::Pin(expected) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(PinVerifier {
                expected: expected.clone(),
                seen: seen.clone(),
                refused: refused.clone(),
                algorithms: provider.signature_verification_algorithms,
            }))
            .with_no_client_auth(),
    };
    Ok(PrinterTls {
        config,
        seen,
        refused,
    })
}

/// Accepts exactly the pinned certificate, and records every certificate it is shown. The
/// handshake signature is still verified against that certificate's key.
#[derive(Debug)]
struct PinVerifier {
    expected: Option<String>,
    seen: Arc<Mutex<Option<String>>>,
    refused: Arc<AtomicBool>,
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for PinVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let shown = fingerprint(end_entity);
        *self.seen.lock().unwrap_or_else(|e| e.into_inner()) = Some(shown.clone());
        if self.expected.as_deref() == Some(shown.as_str()) {
            Ok(ServerCertVerified::assertion())
        } else {
            self.refused.store(true, Ordering::SeqCst);
            Err(rustls::Error::General(
                "certificate is not the pinned one".into(),
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// The pinned fingerprints, one per printer address, in `pins.json` of the data directory.
/// Fingerprints are public facts, not secrets.
#[derive(Debug)]
pub struct PinStore {
    path: PathBuf,
    pins: BTreeMap<String, String>,
}

impl PinStore {
    /// Opens the store in `dir` (an absent file is an empty store).
    pub fn open(dir: &Path) -> std::io::Result<PinStore> {
        let path = dir.join("pins.json");
        let pins = match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text)
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(e) => return Err(e),
        };
        Ok(PinStore { path, pins })
    }

    /// The fingerprint pinned for a printer address.
    pub fn get(&self, printer: &str) -> Option<&str> {
        self.pins.get(&printer.to_lowercase()).map(String::as_str)
    }

    /// Pins a fingerprint for a printer address and saves the store (atomically).
    pub fn pin(&mut self, printer: &str, fingerprint: &str) -> std::io::Result<()> {
        self.pins
            .insert(printer.to_lowercase(), fingerprint.to_string());
        let dir = self.path.parent().unwrap_or(Path::new("."));
        crate::paths::create_private_dir_all(dir)?;
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        serde_json::to_writer_pretty(&mut file, &self.pins)?;
        file.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_normalized() {
        let fp = fingerprint(b"certificate");
        assert_eq!(fp.len(), 95);
        let typed = fp.replace(':', "").to_lowercase();
        assert_eq!(normalize_fingerprint(&typed).as_deref(), Some(fp.as_str()));
        assert_eq!(
            normalize_fingerprint(&fp.replace(':', " ")).as_deref(),
            Some(fp.as_str())
        );
        assert_eq!(normalize_fingerprint("AB:CD"), None);
        assert_eq!(normalize_fingerprint(&"Z".repeat(64)), None);
    }

    #[test]
    fn pins_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = PinStore::open(dir.path()).unwrap();
        assert_eq!(store.get("10.0.0.5:443"), None);
        store.pin("10.0.0.5:443", "AA:BB").unwrap();
        let again = PinStore::open(dir.path()).unwrap();
        assert_eq!(again.get("10.0.0.5:443"), Some("AA:BB"));
    }
}
