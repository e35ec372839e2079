//! What Exchange Online needs before a printer can send with OAuth 2.0 (the guide's step 2):
//! SMTP AUTH on for the organisation and for the printer's mailbox. The PowerShell that does
//! it, and the admin centres where it is done by hand, per cloud.

use crate::cloud::Cloud;

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

#[cfg(test)]
mod tests {
    use super::*;

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
