//! Certificates for the simulators: a demo CA and loopback server certificates it signs.

use rcgen::{
    BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Arc;
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A freshly made certificate authority for one demo run.
pub struct DemoCa {
    issuer: Issuer<'static, KeyPair>,
    /// The CA certificate, PEM: the `ca_file` of the demo.
    pub pem: String,
}

impl DemoCa {
    /// Makes a new CA named after the product.
    pub fn new() -> Result<DemoCa, rcgen::Error> {
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params
            .distinguished_name
            .push(DnType::CommonName, "printer-oauth demo CA");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate()?;
        let cert = params.self_signed(&key)?;
        Ok(DemoCa {
            pem: cert.pem(),
            issuer: Issuer::new(params, key),
        })
    }

    /// A server configuration for loopback (`127.0.0.1`, `::1`, `localhost`), signed by this CA.
    pub fn server_config(&self, name: &str) -> Result<Arc<rustls::ServerConfig>, String> {
        let key = KeyPair::generate().map_err(|e| e.to_string())?;
        let cert = loopback_params(name)?
            .signed_by(&key, &self.issuer)
            .map_err(|e| e.to_string())?;
        server_config(cert.der().clone(), key)
    }
}

/// A self-signed loopback server configuration that no demo CA vouches for (the
/// "untrusted certificate" failure).
pub fn untrusted_server_config(name: &str) -> Result<Arc<rustls::ServerConfig>, String> {
    self_signed(name).map(|(config, _)| config)
}

/// A self-signed loopback certificate, as printers ship them: its server configuration and
/// the certificate itself (for its fingerprint).
pub fn self_signed(
    name: &str,
) -> Result<(Arc<rustls::ServerConfig>, CertificateDer<'static>), String> {
    let key = KeyPair::generate().map_err(|e| e.to_string())?;
    let cert = loopback_params(name)?
        .self_signed(&key)
        .map_err(|e| e.to_string())?;
    let der = cert.der().clone();
    Ok((server_config(der.clone(), key)?, der))
}

fn loopback_params(name: &str) -> Result<CertificateParams, String> {
    let mut params =
        CertificateParams::new(vec!["localhost".to_string()]).map_err(|e| e.to_string())?;
    params.distinguished_name.push(DnType::CommonName, name);
    params
        .subject_alt_names
        .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    params
        .subject_alt_names
        .push(SanType::IpAddress(IpAddr::V6(Ipv6Addr::LOCALHOST)));
    Ok(params)
}

fn server_config(
    cert: CertificateDer<'static>,
    key: KeyPair,
) -> Result<Arc<rustls::ServerConfig>, String> {
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS12, &rustls::version::TLS13])
    .map_err(|e| e.to_string())?
    .with_no_client_auth()
    .with_single_cert(vec![cert], key)
    .map_err(|e| e.to_string())?;
    Ok(Arc::new(config))
}
