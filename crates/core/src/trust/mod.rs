//! How this computer trusts Microsoft's servers, for the sign-in and for SMTP alike: the
//! operating system's own certificate verifier (Windows, macOS; on Linux the system store,
//! `SSL_CERT_FILE` and `SSL_CERT_DIR`), or the roots of `--ca-file`, checked first by rustls's
//! own verifier (so no platform needs a custom chain engine: Windows' exclusive-root engine is
//! missing under Wine). A certificate refused
//! for its issuer is remembered with that issuer's name: on a network that inspects encrypted
//! traffic it is the network's own, and the diagnosis names it.

mod name;

pub use name::Issuer;

use name::issuer;

use crate::diagnose::{self, Diagnosis, Note};
use crate::i18n::Lang;
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use std::sync::{Arc, Mutex};

/// Why the trust could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    /// `--ca-file` holds no certificate that can be read.
    #[error("the CA file holds no usable certificate: {0}")]
    CaFile(String),
    /// The operating system's verifier could not start (on Linux: no system certificates).
    #[error("the system's certificate verifier is not available: {0}")]
    System(String),
}

impl TrustError {
    /// The diagnosis for this failure, in `lang`.
    pub fn diagnose(&self, lang: Lang) -> Diagnosis {
        match self {
            TrustError::CaFile(e) => diagnose::condition("ca-file", lang, e.clone()),
            TrustError::System(e) => diagnose::condition("tls", lang, e.clone()),
        }
    }
}

/// What this computer trusts, with the extra roots of `--ca-file`: one rustls configuration
/// for every connection to Microsoft, and the issuer of the last certificate it refused.
#[derive(Debug, Clone)]
pub struct SystemTrust {
    config: Arc<ClientConfig>,
    recorder: Arc<Recorder>,
    extra_roots: Vec<CertificateDer<'static>>,
}

impl SystemTrust {
    /// The operating system's verifier, trusting also the certificates of `extra_roots_pem`.
    pub fn new(extra_roots_pem: Option<&[u8]>) -> Result<SystemTrust, TrustError> {
        let extra_roots = match extra_roots_pem {
            Some(pem) => {
                let certs: Vec<_> = CertificateDer::pem_slice_iter(pem)
                    .collect::<Result<_, _>>()
                    .map_err(|e| TrustError::CaFile(e.to_string()))?;
                if certs.is_empty() {
                    return Err(TrustError::CaFile("no CERTIFICATE block".into()));
                }
                certs
            }
            None => Vec::new(),
        };
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let platform = rustls_platform_verifier::Verifier::new(provider.clone())
            .map_err(|e| TrustError::System(e.to_string()))?;
        let ca_file = if extra_roots.is_empty() {
            None
        } else {
            let mut store = RootCertStore::empty();
            for root in &extra_roots {
                store
                    .add(root.clone())
                    .map_err(|e| TrustError::CaFile(e.to_string()))?;
            }
            let verifier =
                WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider.clone())
                    .build()
                    .map_err(|e| TrustError::CaFile(e.to_string()))?;
            Some(verifier)
        };
        let recorder = Arc::new(Recorder {
            platform,
            ca_file,
            refused: Mutex::new(None),
        });
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TrustError::System(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(recorder.clone())
            .with_no_client_auth();
        Ok(SystemTrust {
            config: Arc::new(config),
            recorder,
            extra_roots,
        })
    }

    /// The rustls configuration (for reqwest's `use_preconfigured_tls`).
    pub fn client_config(&self) -> ClientConfig {
        (*self.config).clone()
    }

    /// The rustls configuration, shared (for a direct handshake).
    pub fn shared_config(&self) -> Arc<ClientConfig> {
        self.config.clone()
    }

    /// The certificates of `--ca-file` (DER), for a client that takes roots one by one.
    pub fn extra_roots(&self) -> &[CertificateDer<'static>] {
        &self.extra_roots
    }

    /// The issuer of the last certificate refused for its issuer, forgotten once taken; None
    /// when there was none or its name could not be read.
    pub fn take_refused(&self) -> Option<Issuer> {
        self.recorder
            .refused
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }
}

/// Whether `error`, or any error it wraps, is a certificate refused because no root this
/// computer trusts vouches for its issuer.
pub fn refused_for_issuer(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(e) = next {
        if let Some(rustls::Error::InvalidCertificate(c)) = e.downcast_ref::<rustls::Error>()
            && unknown_issuer(c)
        {
            return true;
        }
        // An io::Error skips the error it carries in `source()`: go into it instead.
        next = match e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(carried) => Some(carried),
            None => e.source(),
        };
    }
    false
}

/// The diagnosis of a certificate for `host` refused for its issuer: the network inspects
/// encrypted traffic, and the issuer is named when it is known.
pub fn inspected(host: &str, issuer: Option<&Issuer>, lang: Lang) -> Diagnosis {
    match issuer {
        Some(issuer) => {
            diagnose::condition("tls-inspected", lang, format!("{host}: {}", issuer.dn)).with_note(
                Note::CertificateIssuer {
                    issuer: issuer.name.clone(),
                },
                lang,
            )
        }
        None => diagnose::condition("tls-inspected", lang, host.to_string()),
    }
}

/// Whether the verifier refused the certificate for its issuer. On macOS an anchor the
/// keychain does not trust comes back as Security.framework's errSecNotTrusted (-67843).
fn unknown_issuer(error: &CertificateError) -> bool {
    match error {
        CertificateError::UnknownIssuer => true,
        CertificateError::Other(other) => {
            cfg!(target_vendor = "apple") && other.to_string().contains("-67843")
        }
        _ => false,
    }
}

/// The roots of `--ca-file`, then the platform verifier, remembering the issuer of a chain the
/// platform refuses for its issuer.
#[derive(Debug)]
struct Recorder {
    platform: rustls_platform_verifier::Verifier,
    ca_file: Option<Arc<WebPkiServerVerifier>>,
    refused: Mutex<Option<Issuer>>,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // A chain that reaches a root of the CA file stands or falls there (a wrong name, an
        // expired certificate); only one it does not reach goes on to the system's verifier.
        if let Some(ca_file) = &self.ca_file {
            match ca_file.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ) {
                Err(rustls::Error::InvalidCertificate(e)) if unknown_issuer(&e) => {}
                verdict => return verdict,
            }
        }
        let verdict = self.platform.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        if let Err(rustls::Error::InvalidCertificate(e)) = &verdict
            && unknown_issuer(e)
        {
            // The top of the chain presented names the issuer nobody here vouches for.
            let top = intermediates.last().unwrap_or(end_entity);
            *self.refused.lock().unwrap_or_else(|e| e.into_inner()) = issuer(top);
        }
        verdict
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.platform.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.platform.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.platform.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests;
