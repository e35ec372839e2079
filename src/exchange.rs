//! What Exchange Online needs before a printer can send with OAuth 2.0 (the guide's step 2):
//! SMTP AUTH on for the organisation and for the printer's mailbox. The PowerShell that does
//! it, the admin centres where it is done by hand, per cloud, and the tenant-wide
//! admin-consent address for a vendor's app.

use crate::cloud::{self, Cloud};
use url::Url;

/// `Connect-ExchangeOnline` for the cloud, signing in as `admin` when one is given.
fn connect(cloud: Cloud, admin: &str) -> String {
    let environment = match cloud {
        Cloud::Global => "",
        Cloud::Usgov => " -ExchangeEnvironmentName O365USGovGCCHigh",
        Cloud::UsgovDod => " -ExchangeEnvironmentName O365USGovDoD",
        Cloud::China => " -ExchangeEnvironmentName O365China",
    };
    let user = if admin.trim().is_empty() {
        String::new()
    } else {
        format!(" -UserPrincipalName {}", quote(admin.trim()))
    };
    format!(
        "Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser\nConnect-ExchangeOnline{user}{environment}"
    )
}

/// A PowerShell single-quoted string (a quote inside is doubled).
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// Turns SMTP AUTH on for the whole organisation, and shows the result.
pub fn tenant_script(cloud: Cloud, admin: &str) -> String {
    format!(
        "{}\nSet-TransportConfig -SmtpClientAuthenticationDisabled $false\nGet-TransportConfig | Format-List SmtpClientAuthenticationDisabled",
        connect(cloud, admin)
    )
}

/// Turns SMTP AUTH on for the printer's mailbox, and shows the result.
pub fn mailbox_script(cloud: Cloud, admin: &str, mailbox: &str) -> String {
    let mailbox = quote(mailbox.trim());
    format!(
        "{}\nSet-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false\nGet-CASMailbox -Identity {mailbox} | Format-List SmtpClientAuthenticationDisabled",
        connect(cloud, admin)
    )
}

/// An admin centre the guide sends the admin to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminCentre {
    /// Exchange admin center: SMTP AUTH for the organisation.
    Exchange,
    /// Microsoft 365 admin center: SMTP AUTH for the mailbox (Active users > Mail > Manage
    /// email apps).
    Microsoft365,
    /// Microsoft Entra admin center: security defaults and Conditional Access.
    Entra,
}

impl AdminCentre {
    /// Every admin centre, in the order the guide uses them.
    pub const ALL: [AdminCentre; 3] = [
        AdminCentre::Entra,
        AdminCentre::Exchange,
        AdminCentre::Microsoft365,
    ];

    /// The address of this admin centre in a cloud. The sovereign addresses are
    /// community-sourced, as the cloud hosts are.
    pub fn url(self, cloud: Cloud) -> &'static str {
        match (self, cloud) {
            (AdminCentre::Exchange, Cloud::Global) => "https://admin.exchange.microsoft.com",
            (AdminCentre::Exchange, Cloud::Usgov | Cloud::UsgovDod) => {
                "https://admin.exchange.office365.us"
            }
            (AdminCentre::Exchange, Cloud::China) => {
                "https://admin.exchange.partner.microsoftonline.cn"
            }
            (AdminCentre::Microsoft365, Cloud::Global) => "https://admin.microsoft.com",
            (AdminCentre::Microsoft365, Cloud::Usgov | Cloud::UsgovDod) => {
                "https://portal.office365.us/adminportal"
            }
            (AdminCentre::Microsoft365, Cloud::China) => {
                "https://portal.partner.microsoftonline.cn/AdminPortal"
            }
            (AdminCentre::Entra, Cloud::Global) => "https://entra.microsoft.com",
            (AdminCentre::Entra, Cloud::Usgov | Cloud::UsgovDod) => "https://entra.microsoft.us",
            (AdminCentre::Entra, Cloud::China) => "https://entra.microsoftonline.cn",
        }
    }

    /// The Fluent id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            AdminCentre::Exchange => "exchange-centre-exchange",
            AdminCentre::Microsoft365 => "exchange-centre-m365",
            AdminCentre::Entra => "exchange-centre-entra",
        }
    }
}

/// Why an admin-consent address cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentError {
    /// Consent for an organisation needs its domain or directory id, not an alias.
    Tenant,
    /// An application (client) id is a GUID.
    ClientId,
}

/// Microsoft's tenant-wide admin-consent address for an app:
/// `{authority}/{tenant}/adminconsent?client_id={id}`. A Global Administrator who opens it
/// accepts the app's permissions for everyone in the organisation.
pub fn admin_consent_url(
    authority: &Url,
    tenant: &str,
    client_id: &str,
) -> Result<Url, ConsentError> {
    let (tenant, client_id) = (tenant.trim(), client_id.trim());
    if cloud::is_tenant_alias(tenant) || !cloud::valid_tenant(tenant) {
        return Err(ConsentError::Tenant);
    }
    let client_id = uuid::Uuid::parse_str(client_id).map_err(|_| ConsentError::ClientId)?;
    let mut url = authority.clone();
    url.path_segments_mut()
        .map_err(|_| ConsentError::Tenant)?
        .pop_if_empty()
        .extend([tenant, "adminconsent"]);
    url.query_pairs_mut()
        .append_pair("client_id", &client_id.to_string());
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_admin_consent_address_names_the_tenant_and_the_app() {
        let global = cloud::Endpoints::of(cloud::Service::ExchangeOnline, Cloud::Global).authority;
        let id = "9B7E4C21-3F5A-4D8E-B1C6-2A7F0E9D5C43";
        assert_eq!(
            admin_consent_url(&global, " contoso.onmicrosoft.com ", id)
                .unwrap()
                .as_str(),
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=9b7e4c21-3f5a-4d8e-b1c6-2a7f0e9d5c43"
        );
        let gov = cloud::Endpoints::of(cloud::Service::ExchangeOnline, Cloud::Usgov).authority;
        assert!(
            admin_consent_url(&gov, "contoso.us", id)
                .unwrap()
                .as_str()
                .starts_with("https://login.microsoftonline.us/contoso.us/adminconsent?")
        );
        let demo = Url::parse("http://127.0.0.1:4000/").unwrap();
        assert_eq!(
            admin_consent_url(&demo, "contoso.com", id).unwrap().path(),
            "/contoso.com/adminconsent"
        );
        for alias in ["organizations", "Common", "consumers", "", "not a tenant"] {
            assert_eq!(
                admin_consent_url(&global, alias, id),
                Err(ConsentError::Tenant),
                "{alias}"
            );
        }
        assert_eq!(
            admin_consent_url(&global, "contoso.com", "Epson"),
            Err(ConsentError::ClientId)
        );
    }

    #[test]
    fn scripts_name_the_mailbox_and_the_cloud() {
        let tenant = tenant_script(Cloud::Global, "admin@contoso.com");
        assert!(tenant.contains("Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.com'\n"));
        assert!(tenant.contains("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"));
        let mailbox = mailbox_script(Cloud::Usgov, "", " o'brien@contoso.com ");
        assert!(mailbox.contains("Set-CASMailbox -Identity 'o''brien@contoso.com' -SmtpClientAuthenticationDisabled $false"));
        assert!(
            mailbox.contains("Connect-ExchangeOnline -ExchangeEnvironmentName O365USGovGCCHigh")
        );
        assert!(!mailbox.contains("-UserPrincipalName"));
    }

    #[test]
    fn every_admin_centre_has_an_https_address_in_every_cloud() {
        for cloud in [Cloud::Global, Cloud::Usgov, Cloud::UsgovDod, Cloud::China] {
            for centre in AdminCentre::ALL {
                assert!(centre.url(cloud).starts_with("https://"));
            }
        }
    }
}
