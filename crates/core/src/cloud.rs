//! Microsoft services and clouds: sign-in authority hosts, SMTP submission hosts and scopes.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use url::Url;

/// The mail service the printer sends through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// Microsoft 365 work or school mailboxes.
    #[default]
    ExchangeOnline,
    /// Personal Outlook.com mailboxes.
    Outlook,
}

/// The Microsoft cloud a tenant lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cloud {
    /// The worldwide cloud.
    #[default]
    Global,
    /// US Government GCC High.
    Usgov,
    /// US Government DoD.
    UsgovDod,
    /// China, operated by 21Vianet.
    China,
}

impl Service {
    /// Every service, in the order the wizard offers them.
    pub const ALL: [Service; 2] = [Service::ExchangeOnline, Service::Outlook];
}

impl Cloud {
    /// Every cloud, in the order the wizard offers them.
    pub const ALL: [Cloud; 4] = [Cloud::Global, Cloud::Usgov, Cloud::UsgovDod, Cloud::China];

    /// The cloud's stable name, as the command line spells it (`usgov-dod`): for keychain keys
    /// and anything else that must not change when the code is renamed.
    pub fn name(self) -> &'static str {
        match self {
            Cloud::Global => "global",
            Cloud::Usgov => "usgov",
            Cloud::UsgovDod => "usgov-dod",
            Cloud::China => "china",
        }
    }

    /// The hosts of Microsoft's device-login page in this cloud: a `verification_uri` is opened
    /// only on one of these. Microsoft has changed the address it returns over the years, so
    /// this is the family (`microsoft.com/devicelogin`, `www.microsoft.com/link` for personal
    /// accounts, `login.microsoft.com/device`...), not one string. GCC High and DoD share theirs.
    pub fn device_login_hosts(self) -> &'static [&'static str] {
        match self {
            Cloud::Global => &[
                "microsoft.com",
                "www.microsoft.com",
                "login.microsoft.com",
                "login.microsoftonline.com",
            ],
            Cloud::Usgov | Cloud::UsgovDod => &["microsoft.com", "login.microsoftonline.us"],
            // `login.chinacloudapi.cn` is the older alias of the 21Vianet sign-in host.
            Cloud::China => &[
                "microsoft.com",
                "login.partner.microsoftonline.cn",
                "login.chinacloudapi.cn",
            ],
        }
    }

    /// The hosts of Microsoft's admin centres in this cloud (Entra, Exchange, Microsoft 365),
    /// the only other pages, with the cloud's sign-in authority for admin consent, that the
    /// product opens. The sovereign hosts are community-sourced, as the cloud hosts are.
    pub fn admin_hosts(self) -> &'static [&'static str] {
        match self {
            Cloud::Global => &[
                "entra.microsoft.com",
                "admin.exchange.microsoft.com",
                "admin.microsoft.com",
            ],
            Cloud::Usgov | Cloud::UsgovDod => &[
                "entra.microsoft.us",
                "admin.exchange.office365.us",
                "portal.office365.us",
            ],
            Cloud::China => &[
                "entra.microsoftonline.cn",
                "admin.exchange.partner.microsoftonline.cn",
                "portal.partner.microsoftonline.cn",
            ],
        }
    }
}

/// The cloud a service signs in to: Outlook.com exists only in the global cloud.
pub fn cloud_of(service: Service, cloud: Cloud) -> Cloud {
    match service {
        Service::Outlook => Cloud::Global,
        Service::ExchangeOnline => cloud,
    }
}

/// Where to sign in and where to send mail, for one service in one cloud.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    /// Authority root, e.g. `https://login.microsoftonline.com`.
    pub authority: Url,
    /// SMTP submission host.
    pub smtp_host: &'static str,
    /// SMTP submission port: 587, with STARTTLS (25 also takes STARTTLS; Exchange Online does
    /// not take client submission with implicit TLS on 465).
    pub smtp_port: u16,
    /// Host of the `SMTP.Send` scope.
    pub scope_host: &'static str,
    /// Whether these hosts come from community sources rather than Microsoft's docs.
    pub community_sourced: bool,
}

impl Endpoints {
    /// The standard endpoints of a service in a cloud. Outlook.com exists only in the global cloud.
    pub fn of(service: Service, cloud: Cloud) -> Endpoints {
        let (authority, smtp_host, scope_host, community_sourced) = match (service, cloud) {
            (Service::Outlook, _) => (
                "https://login.microsoftonline.com",
                "smtp-mail.outlook.com",
                "outlook.office.com",
                false,
            ),
            (Service::ExchangeOnline, Cloud::Global) => (
                "https://login.microsoftonline.com",
                "smtp.office365.com",
                "outlook.office.com",
                false,
            ),
            (Service::ExchangeOnline, Cloud::Usgov) => (
                "https://login.microsoftonline.us",
                "smtp.office365.us",
                "outlook.office365.us",
                true,
            ),
            // DoD has its own submission host; no `smtp-mail.dod...` host exists.
            (Service::ExchangeOnline, Cloud::UsgovDod) => (
                "https://login.microsoftonline.us",
                "outlook-dod.office365.us",
                "outlook.office365.us",
                true,
            ),
            (Service::ExchangeOnline, Cloud::China) => (
                "https://login.partner.microsoftonline.cn",
                "smtp.partner.outlook.cn",
                "partner.outlook.cn",
                true,
            ),
        };
        Endpoints {
            authority: Url::parse(authority).expect("static authority URL"),
            smtp_host,
            smtp_port: 587,
            scope_host,
            community_sourced,
        }
    }

    /// The scopes the pre-flight asks for: SMTP.Send, a refresh token and the id token.
    pub fn scopes(&self) -> Vec<String> {
        vec![
            format!("https://{}/SMTP.Send", self.scope_host),
            "offline_access".into(),
            "openid".into(),
            "profile".into(),
        ]
    }
}

/// Why an `--authority` URL was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AuthorityError {
    #[error("not a URL: {0}")]
    NotAUrl(String),
    #[error("plain http is only allowed for loopback addresses")]
    PlainHttp,
    #[error("only https URLs are allowed")]
    Scheme,
    /// A user name, a password, a query or a fragment: none has a place in the address a
    /// token is redeemed at.
    #[error("a user name, password, query or fragment is not allowed")]
    Extra,
}

/// Checks an `--authority` override: https, or plain http to a loopback address only, with
/// no user name, password, query or fragment.
pub fn parse_authority(text: &str) -> Result<Url, AuthorityError> {
    let url = Url::parse(text.trim_end_matches('/'))
        .map_err(|e| AuthorityError::NotAUrl(e.to_string()))?;
    let extra = !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some();
    if extra {
        return Err(AuthorityError::Extra);
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(AuthorityError::PlainHttp),
        _ => Err(AuthorityError::Scheme),
    }
}

/// Whether a URL's host is a loopback address (`127.0.0.0/8`, `::1`, `localhost`).
pub fn is_loopback(url: &Url) -> bool {
    url.host_str().is_some_and(is_loopback_host)
}

/// Whether a host name or address (IPv6 with or without brackets) is a loopback address
/// (`127.0.0.0/8`, `::1`, `localhost`).
pub fn is_loopback_host(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The tenant a sign-in goes to when none is given.
pub fn default_tenant(service: Service) -> &'static str {
    match service {
        Service::ExchangeOnline => "organizations",
        Service::Outlook => "consumers",
    }
}

/// Whether a tenant is one of the multi-tenant aliases (`organizations`, `common`,
/// `consumers`, any case), which name no single organisation.
pub fn is_tenant_alias(tenant: &str) -> bool {
    ["organizations", "common", "consumers"]
        .iter()
        .any(|alias| alias.eq_ignore_ascii_case(tenant.trim()))
}

/// Checks a tenant: a directory GUID, a domain name, `organizations`, `common` or `consumers`.
pub fn valid_tenant(tenant: &str) -> bool {
    let is_guid = uuid::Uuid::parse_str(tenant).is_ok();
    let is_keyword = matches!(tenant, "organizations" | "common" | "consumers");
    let is_domain = tenant.contains('.')
        && tenant.len() <= 253
        && tenant.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    is_guid || is_keyword || is_domain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_authority_is_https_or_loopback_http_with_nothing_else_in_it() {
        for good in [
            "https://login.microsoftonline.com",
            "https://login.microsoftonline.us/",
            "http://127.0.0.1:8080",
        ] {
            assert!(parse_authority(good).is_ok(), "{good}");
        }
        for (bad, why) in [
            (
                "https://user@login.microsoftonline.com",
                AuthorityError::Extra,
            ),
            (
                "https://a:b@login.microsoftonline.com",
                AuthorityError::Extra,
            ),
            (
                "https://login.microsoftonline.com?x=1",
                AuthorityError::Extra,
            ),
            ("https://login.microsoftonline.com#x", AuthorityError::Extra),
            (
                "http://login.microsoftonline.com",
                AuthorityError::PlainHttp,
            ),
            ("ftp://login.microsoftonline.com", AuthorityError::Scheme),
        ] {
            assert_eq!(parse_authority(bad).unwrap_err(), why, "{bad}");
        }
    }

    #[test]
    fn every_cloud_has_its_hosts() {
        let global = Endpoints::of(Service::ExchangeOnline, Cloud::Global);
        assert_eq!(global.smtp_host, "smtp.office365.com");
        assert_eq!(global.scopes()[0], "https://outlook.office.com/SMTP.Send");
        assert!(!global.community_sourced);
        let usgov = Endpoints::of(Service::ExchangeOnline, Cloud::Usgov);
        assert_eq!(
            usgov.authority.as_str(),
            "https://login.microsoftonline.us/"
        );
        assert_eq!(usgov.scopes()[0], "https://outlook.office365.us/SMTP.Send");
        assert!(usgov.community_sourced);
        assert_eq!(
            (usgov.smtp_host, usgov.smtp_port),
            ("smtp.office365.us", 587)
        );
        let dod = Endpoints::of(Service::ExchangeOnline, Cloud::UsgovDod);
        assert_eq!(
            (dod.smtp_host, dod.smtp_port),
            ("outlook-dod.office365.us", 587)
        );
        assert_eq!(dod.authority, usgov.authority);
        assert_eq!(dod.scopes()[0], "https://outlook.office365.us/SMTP.Send");
        let china = Endpoints::of(Service::ExchangeOnline, Cloud::China);
        assert_eq!(china.smtp_host, "smtp.partner.outlook.cn");
        assert_eq!(
            china.authority.host_str(),
            Some("login.partner.microsoftonline.cn")
        );
        let outlook = Endpoints::of(Service::Outlook, Cloud::Global);
        assert_eq!(
            (outlook.smtp_host, outlook.smtp_port),
            ("smtp-mail.outlook.com", 587)
        );
        assert_eq!(default_tenant(Service::Outlook), "consumers");
    }

    /// Microsoft's device-login hosts of each cloud (GCC High and DoD share theirs).
    #[test]
    fn every_cloud_has_its_device_login_hosts() {
        let global = [
            "microsoft.com",
            "www.microsoft.com",
            "login.microsoft.com",
            "login.microsoftonline.com",
        ];
        assert_eq!(Cloud::Global.device_login_hosts(), global);
        let us = ["microsoft.com", "login.microsoftonline.us"];
        assert_eq!(Cloud::Usgov.device_login_hosts(), us);
        assert_eq!(Cloud::UsgovDod.device_login_hosts(), us);
        let china = [
            "microsoft.com",
            "login.partner.microsoftonline.cn",
            "login.chinacloudapi.cn",
        ];
        assert_eq!(Cloud::China.device_login_hosts(), china);
        for cloud in [Cloud::Global, Cloud::Usgov, Cloud::UsgovDod, Cloud::China] {
            let authority = Endpoints::of(Service::ExchangeOnline, cloud).authority;
            let host = authority.host_str().unwrap();
            assert!(cloud.device_login_hosts().contains(&host), "{cloud:?}");
            assert!(!cloud.admin_hosts().contains(&host), "{cloud:?}");
        }
        assert_eq!(cloud_of(Service::Outlook, Cloud::China), Cloud::Global);
        assert_eq!(
            cloud_of(Service::ExchangeOnline, Cloud::China),
            Cloud::China
        );
    }

    #[test]
    fn cloud_names_are_the_saved_ones() {
        for cloud in Cloud::ALL {
            let saved = serde_json::to_value(cloud).unwrap();
            assert_eq!(saved.as_str(), Some(cloud.name()));
        }
        assert_eq!(Cloud::UsgovDod.name(), "usgov-dod");
    }

    #[test]
    fn plain_http_only_for_loopback() {
        assert!(parse_authority("https://login.example.org").is_ok());
        assert!(parse_authority("http://127.0.0.1:8080").is_ok());
        assert!(parse_authority("http://[::1]:8080/").is_ok());
        assert!(parse_authority("http://localhost:1").is_ok());
        assert_eq!(
            parse_authority("http://10.0.0.5"),
            Err(AuthorityError::PlainHttp)
        );
        assert_eq!(parse_authority("ftp://x.org"), Err(AuthorityError::Scheme));
        assert!(matches!(
            parse_authority("not a url"),
            Err(AuthorityError::NotAUrl(_))
        ));
    }

    #[test]
    fn tenants_are_checked() {
        assert!(valid_tenant("contoso.onmicrosoft.com"));
        assert!(valid_tenant("organizations"));
        assert!(valid_tenant("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        assert!(!valid_tenant("contoso"));
        assert!(!valid_tenant("bad domain.com"));
        assert!(!valid_tenant(""));
    }
}
