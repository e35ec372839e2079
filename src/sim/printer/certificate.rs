//! The printer's own self-signed certificate, as Epson devices ship it: no CA vouches for it,
//! so a client either pins its fingerprint or trusts it on first use.

use rcgen::{CertificateParams, DnType, KeyPair, SanType};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Arc;
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

/// The server configuration and the certificate's SHA-256 fingerprint (`AB:CD:...`).
pub struct PrinterCertificate {
    pub config: Arc<rustls::ServerConfig>,
    pub fingerprint: String,
}

/// Makes a fresh self-signed certificate for `CN=EPSON WF-C5890` on loopback.
pub fn make() -> Result<PrinterCertificate, String> {
    let mut params =
        CertificateParams::new(vec!["localhost".to_string()]).map_err(|e| e.to_string())?;
    params
        .distinguished_name
        .push(DnType::CommonName, "EPSON WF-C5890");
    params
        .distinguished_name
        .push(DnType::OrganizationName, "SEIKO EPSON CORP.");
    params
        .subject_alt_names
        .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    params
        .subject_alt_names
        .push(SanType::IpAddress(IpAddr::V6(Ipv6Addr::LOCALHOST)));
    let key = KeyPair::generate().map_err(|e| e.to_string())?;
    let cert = params.self_signed(&key).map_err(|e| e.to_string())?;
    let fingerprint = crate::printer::tls::fingerprint(cert.der());
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS12, &rustls::version::TLS13])
    .map_err(|e| e.to_string())?
    .with_no_client_auth()
    .with_single_cert(vec![cert.der().clone()], key)
    .map_err(|e| e.to_string())?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(PrinterCertificate {
        config: Arc::new(config),
        fingerprint,
    })
}
