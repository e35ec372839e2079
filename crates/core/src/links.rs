//! The one gate every address the product opens in a browser goes through: `https` on one of
//! the chosen cloud's Microsoft hosts (its device-login hosts for a sign-in page; its admin
//! centres and sign-in authority for the rest), or, in the demo, a simulator the product
//! started itself. Anything else (a printer's `file:///etc/passwd`, a UNC path, a look-alike
//! host) is never opened: the front ends show it as text, with a warning.

use crate::cloud::{self, Cloud, Service};
use url::{Host, Origin, Url};

/// What an address is for, which decides the hosts it may be on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// A device-login page handed over by the sign-in service or the printer
    /// (`verification_uri`): the cloud's device-login hosts only.
    SignIn,
    /// An admin centre, or the admin-consent page on the cloud's sign-in authority.
    Admin,
}

/// Why an address is not opened. The texts are for logs; people see a Fluent warning.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotOpenable {
    #[error("not a URL")]
    NotAUrl,
    #[error("it holds spaces or control characters")]
    Unprintable,
    #[error("only https addresses are opened")]
    Scheme,
    #[error("it carries a user name or password")]
    UserInfo,
    #[error("it names a port")]
    Port,
    #[error("{0} is not one of the chosen cloud's Microsoft hosts")]
    Host(String),
    /// On a sign-in host, but not its device-login page (a consent or authorize request for
    /// another app, an open redirect).
    #[error("{0} is not a device-login page")]
    Path(String),
}

/// The paths of Microsoft's device-login pages (compared without case or a trailing slash),
/// with no query or fragment: anything else on a sign-in host could be a consent or authorize
/// request for another app.
const DEVICE_LOGIN_PATHS: &[&str] = &[
    "/devicelogin",
    "/deviceloginus",
    "/deviceloginchina",
    "/link",
    "/device",
    "/common/oauth2/deviceauth",
    "/organizations/oauth2/deviceauth",
];

/// Why an address was not opened: refused, or the browser did not start.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    NotOpenable(#[from] NotOpenable),
    #[error("{0}")]
    Browser(std::io::Error),
}

/// Where the browser may be sent: one cloud's Microsoft pages and, in the demo, the origins of
/// the simulators the product started itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    cloud: Cloud,
    own: Vec<Origin>,
    /// Any page on this computer: for a printer that is itself on loopback (a simulator).
    loopback: bool,
}

impl Links {
    /// The pages of the cloud a service signs in to (Outlook.com: the global cloud).
    pub fn new(service: Service, cloud: Cloud) -> Links {
        Links {
            cloud: cloud::cloud_of(service, cloud),
            own: Vec::new(),
            loopback: false,
        }
    }

    /// Also any page on this computer (loopback, whatever its port): for the sign-in a printer
    /// on loopback relays, which can only be a simulator whose pages are on loopback too.
    pub fn with_loopback(mut self) -> Links {
        self.loopback = true;
        self
    }

    /// Also the pages of a simulator the product started itself (the demo's, on loopback),
    /// whatever its scheme and port. An origin that is not loopback is ignored: only the demo
    /// adds one, and it never listens anywhere else.
    pub fn with_own(mut self, url: &Url) -> Links {
        if cloud::is_loopback(url) {
            self.own.push(url.origin());
        }
        self
    }

    /// The address to open, as the URL library reads it, if it may be opened.
    pub fn check(&self, address: &str, link: Link) -> Result<Url, NotOpenable> {
        if address.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(NotOpenable::Unprintable);
        }
        let url = Url::parse(address).map_err(|_| NotOpenable::NotAUrl)?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(NotOpenable::UserInfo);
        }
        let web = matches!(url.scheme(), "http" | "https");
        if self.own.contains(&url.origin()) || (self.loopback && web && cloud::is_loopback(&url)) {
            return Ok(url);
        }
        if url.scheme() != "https" {
            return Err(NotOpenable::Scheme);
        }
        // The URL library drops the default port, so any port left is another one.
        if url.port().is_some() {
            return Err(NotOpenable::Port);
        }
        let host = match url.host() {
            Some(Host::Domain(host)) => host.to_string(),
            Some(other) => return Err(NotOpenable::Host(other.to_string())),
            None => return Err(NotOpenable::NotAUrl),
        };
        // The host is compared whole, as the URL library normalised it (lower case, IDN in
        // punycode): no suffix, prefix or look-alike passes.
        let allowed = match link {
            Link::SignIn => self.cloud.device_login_hosts().contains(&host.as_str()),
            Link::Admin => {
                let authority = cloud::Endpoints::of(Service::ExchangeOnline, self.cloud).authority;
                self.cloud.admin_hosts().contains(&host.as_str())
                    || authority.host_str() == Some(host.as_str())
            }
        };
        if !allowed {
            return Err(NotOpenable::Host(host));
        }
        if link == Link::SignIn {
            let path = url.path().trim_end_matches('/').to_ascii_lowercase();
            let page = DEVICE_LOGIN_PATHS.contains(&path.as_str());
            if !page || url.query().is_some() || url.fragment().is_some() {
                return Err(NotOpenable::Path(url.path().to_string()));
            }
        }
        Ok(url)
    }

    /// Opens an address in the browser if [`Links::check`] lets it: the only place the product
    /// opens one. What is opened is the URL as read, never the text as given.
    pub fn open(&self, address: &str, link: Link) -> Result<(), OpenError> {
        let url = self.check(address, link)?;
        open::that_detached(url.as_str()).map_err(OpenError::Browser)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::{self, AdminCentre};

    fn links(cloud: Cloud) -> Links {
        Links::new(Service::ExchangeOnline, cloud)
    }

    /// The device-login addresses Microsoft returns in each cloud.
    #[test]
    fn each_clouds_device_login_pages_are_opened() {
        let cases: [(Cloud, &[&str]); 4] = [
            (
                Cloud::Global,
                &[
                    "https://microsoft.com/devicelogin",
                    "https://www.microsoft.com/link",
                    "https://login.microsoft.com/device",
                    "https://login.microsoftonline.com/common/oauth2/deviceauth",
                    "HTTPS://Microsoft.COM:443/devicelogin",
                ],
            ),
            (
                Cloud::Usgov,
                &[
                    "https://microsoft.com/deviceloginus",
                    "https://login.microsoftonline.us/device",
                ],
            ),
            (
                Cloud::UsgovDod,
                &[
                    "https://microsoft.com/deviceloginus",
                    "https://login.microsoftonline.us/device",
                ],
            ),
            (
                Cloud::China,
                &[
                    "https://microsoft.com/deviceloginchina",
                    "https://login.partner.microsoftonline.cn/device",
                    "https://login.chinacloudapi.cn/device",
                ],
            ),
        ];
        for (cloud, addresses) in cases {
            for address in addresses {
                let url = links(cloud).check(address, Link::SignIn);
                assert!(url.is_ok(), "{cloud:?} {address}: {url:?}");
            }
        }
        // Outlook.com signs in to the global cloud, whatever cloud is chosen.
        assert!(
            Links::new(Service::Outlook, Cloud::China)
                .check("https://www.microsoft.com/link", Link::SignIn)
                .is_ok()
        );
    }

    #[test]
    fn anything_else_is_refused() {
        let global = links(Cloud::Global);
        let refused = [
            (
                "https://login.microsoftonline.com/common/adminconsent?client_id=evil",
                NotOpenable::Path("/common/adminconsent".into()),
            ),
            (
                "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=evil&redirect_uri=https://evil.example/&prompt=none",
                NotOpenable::Path("/common/oauth2/v2.0/authorize".into()),
            ),
            (
                "https://microsoft.com/devicelogin?next=https://evil.example/",
                NotOpenable::Path("/devicelogin".into()),
            ),
            (
                "https://microsoft.com/devicelogin#x",
                NotOpenable::Path("/devicelogin".into()),
            ),
            ("file:///etc/passwd", NotOpenable::Scheme),
            (
                "file:///etc/passwd\u{1b}]0;pwned\u{7}",
                NotOpenable::Unprintable,
            ),
            ("\\\\evil.example\\share\\setup.exe", NotOpenable::NotAUrl),
            ("file://evil.example/share/setup.exe", NotOpenable::Scheme),
            ("javascript:alert(1)", NotOpenable::Scheme),
            ("ms-settings:", NotOpenable::Scheme),
            ("http://microsoft.com/devicelogin", NotOpenable::Scheme),
            (
                "https://microsoft.com/devicelogin x",
                NotOpenable::Unprintable,
            ),
            (
                "https://microsoft.com/device\nlogin",
                NotOpenable::Unprintable,
            ),
            (
                "https://user@microsoft.com/devicelogin",
                NotOpenable::UserInfo,
            ),
            (
                "https://a:b@microsoft.com/devicelogin",
                NotOpenable::UserInfo,
            ),
            ("https://microsoft.com:8443/devicelogin", NotOpenable::Port),
            ("/devicelogin", NotOpenable::NotAUrl),
            (
                "https://microsoft.com.evil.example/devicelogin",
                NotOpenable::Host("microsoft.com.evil.example".into()),
            ),
            (
                "https://evil-microsoft.com/devicelogin",
                NotOpenable::Host("evil-microsoft.com".into()),
            ),
            (
                "https://microsoft.com./devicelogin",
                NotOpenable::Host("microsoft.com.".into()),
            ),
            (
                "https://evil.example\\@microsoft.com/",
                NotOpenable::Host("evil.example".into()),
            ),
            (
                "https://evil.example#@microsoft.com/",
                NotOpenable::Host("evil.example".into()),
            ),
            (
                "https://127.0.0.1/devicelogin",
                NotOpenable::Host("127.0.0.1".into()),
            ),
            // Another cloud's host, and an admin centre where a sign-in page belongs.
            (
                "https://login.microsoftonline.us/device",
                NotOpenable::Host("login.microsoftonline.us".into()),
            ),
            (
                "https://entra.microsoft.com/",
                NotOpenable::Host("entra.microsoft.com".into()),
            ),
        ];
        for (address, why) in refused {
            assert_eq!(global.check(address, Link::SignIn), Err(why), "{address}");
        }
        // Look-alikes (a Cyrillic "і", a Greek "ο") are read in punycode, and refused.
        for address in [
            "https://m\u{456}crosoft.com/devicelogin",
            "https://login.micr\u{3bf}softonline.com/device",
        ] {
            let got = global.check(address, Link::SignIn);
            assert!(
                matches!(&got, Err(NotOpenable::Host(h)) if h.split('.').any(|l| l.starts_with("xn--"))),
                "{address}: {got:?}"
            );
        }
        for cloud in [Cloud::Usgov, Cloud::UsgovDod, Cloud::China] {
            let other = links(cloud).check("https://www.microsoft.com/link", Link::SignIn);
            assert!(
                other.is_err(),
                "{cloud:?}: personal accounts sign in globally"
            );
        }
        assert!(
            links(Cloud::Global)
                .check("https://login.chinacloudapi.cn/device", Link::SignIn)
                .is_err()
        );
    }

    #[test]
    fn admin_centres_and_consent_open_in_their_own_cloud_only() {
        for cloud in [Cloud::Global, Cloud::Usgov, Cloud::UsgovDod, Cloud::China] {
            for centre in AdminCentre::ALL {
                let url = centre.url(cloud);
                assert!(links(cloud).check(url, Link::Admin).is_ok(), "{url}");
                assert!(links(cloud).check(url, Link::SignIn).is_err(), "{url}");
            }
            let authority = cloud::Endpoints::of(Service::ExchangeOnline, cloud).authority;
            let consent = exchange::admin_consent_url(
                &authority,
                "contoso.onmicrosoft.com",
                "9b7e4c21-3f5a-4d8e-b1c6-2a7f0e9d5c43",
            )
            .unwrap();
            assert!(links(cloud).check(consent.as_str(), Link::Admin).is_ok());
        }
        let global = links(Cloud::Global);
        for address in [
            "https://entra.microsoft.us/",
            "https://admin.microsoft.com.evil.example/",
            "http://admin.microsoft.com/",
            "https://aka.ms/smtp_auth_disabled",
        ] {
            assert!(global.check(address, Link::Admin).is_err(), "{address}");
        }
    }

    #[test]
    fn the_demo_opens_its_own_simulators_and_nothing_else_on_loopback() {
        let identity = Url::parse("http://127.0.0.1:40123").unwrap();
        let page = "http://127.0.0.1:40123/devicelogin";
        let consent = "http://127.0.0.1:40123/contoso.com/adminconsent?client_id=x";
        assert_eq!(
            links(Cloud::Global).check(page, Link::SignIn),
            Err(NotOpenable::Scheme),
            "outside the demo, a loopback page is not opened"
        );
        let demo = links(Cloud::Global).with_own(&identity);
        assert!(demo.check(page, Link::SignIn).is_ok());
        assert!(demo.check(consent, Link::Admin).is_ok());
        assert!(
            demo.check("https://microsoft.com/devicelogin", Link::SignIn)
                .is_ok()
        );
        for other in [
            "http://127.0.0.1:40124/devicelogin",
            "http://localhost:40123/devicelogin",
            "https://127.0.0.1:40123/devicelogin",
            "http://x@127.0.0.1:40123/devicelogin",
            "file:///etc/passwd",
        ] {
            assert!(demo.check(other, Link::SignIn).is_err(), "{other}");
        }
        // A printer on loopback (a simulator) relays a sign-in on loopback: any port there.
        let simulated = links(Cloud::Global).with_loopback();
        assert!(
            simulated
                .check("http://127.0.0.1:40999/sim/approve", Link::SignIn)
                .is_ok()
        );
        assert!(simulated.check("http://[::1]:8080/x", Link::SignIn).is_ok());
        for other in [
            "http://192.168.1.20/devicelogin",
            "file:///etc/passwd",
            "file://localhost/etc/passwd",
            "http://x@127.0.0.1:40999/",
        ] {
            assert!(simulated.check(other, Link::SignIn).is_err(), "{other}");
        }
        assert!(
            links(Cloud::Global)
                .check("http://127.0.0.1:40999/sim/approve", Link::SignIn)
                .is_err()
        );
        let lan = Url::parse("http://192.168.1.20:8080").unwrap();
        assert_eq!(
            links(Cloud::Global).with_own(&lan),
            links(Cloud::Global),
            "only loopback origins are the product's own"
        );
    }
}
