//! What Exchange Online needs before a printer can send with OAuth 2.0 (the guide's step 2):
//! SMTP AUTH on for the organisation and for the account that signs the printer in, and Send
//! As when that account sends from another mailbox. The account plan and the PowerShell that
//! carries it out, the warnings when the accounts do not match it, the admin centres where it
//! is done by hand, per cloud, and the tenant-wide admin-consent address for a vendor's app.

use crate::cloud::{self, Cloud};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
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

/// Which account signs the printer in. Exchange Online checks that account: SMTP AUTH must be
/// on for it, and it needs Send As on the sender when the sender is another mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountPath {
    /// Beyond the guide: a Global Administrator grants admin consent to the printer vendor's
    /// app first; then the printer's own, non-admin mailbox signs in and sends as itself. No
    /// administrator's refresh token is left on the printer.
    #[default]
    LeastPrivilege,
    /// The guide's: a Global Administrator signs the printer in and consents for the
    /// organisation; the printer sends as that account, from the printer's mailbox.
    GlobalAdmin,
}

/// The accounts of one printer: the one that signs it in (the SMTP AUTH user) and the sender.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub path: AccountPath,
    /// The account that signs the printer in.
    pub signer: String,
    /// The sender's address: the printer's mailbox.
    pub sender: String,
}

/// One change the PowerShell makes in Exchange Online (and the demo tenant takes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `Set-CASMailbox -SmtpClientAuthenticationDisabled $false`: SMTP AUTH on for a mailbox.
    EnableSmtpAuth { mailbox: String },
    /// `Add-RecipientPermission -AccessRights SendAs`: `trustee` may send as `sender`.
    GrantSendAs { sender: String, trustee: String },
}

impl Command {
    /// The cmdlet that makes the change.
    fn powershell(&self) -> String {
        match self {
            Command::EnableSmtpAuth { mailbox } => format!(
                "Set-CASMailbox -Identity {} -SmtpClientAuthenticationDisabled $false",
                quote(mailbox)
            ),
            Command::GrantSendAs { sender, trustee } => format!(
                "Add-RecipientPermission -Identity {} -Trustee {} -AccessRights SendAs -Confirm:$false",
                quote(sender),
                quote(trustee)
            ),
        }
    }

    /// The cmdlet that shows the change took.
    fn check(&self) -> String {
        match self {
            Command::EnableSmtpAuth { mailbox } => format!(
                "Get-CASMailbox -Identity {} | Format-List SmtpClientAuthenticationDisabled",
                quote(mailbox)
            ),
            Command::GrantSendAs { sender, trustee } => format!(
                "Get-RecipientPermission -Identity {} -Trustee {}",
                quote(sender),
                quote(trustee)
            ),
        }
    }
}

/// Whether two addresses name the same account.
fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

impl Plan {
    /// The plan for a path: the Global Administrator `admin` signs in on the guide's path, the
    /// printer's `mailbox` on the least-privilege path; the mailbox is the sender on both.
    pub fn new(path: AccountPath, admin: &str, mailbox: &str) -> Plan {
        let signer = match path {
            AccountPath::LeastPrivilege => mailbox,
            AccountPath::GlobalAdmin => admin,
        };
        Plan {
            path,
            signer: signer.trim().to_string(),
            sender: mailbox.trim().to_string(),
        }
    }

    /// What Exchange Online needs for this plan: SMTP AUTH for the account that signs in, and
    /// Send As on the sender when that is another mailbox.
    pub fn commands(&self) -> Vec<Command> {
        let mut commands = vec![Command::EnableSmtpAuth {
            mailbox: self.signer.clone(),
        }];
        if !same(&self.signer, &self.sender) {
            commands.push(Command::GrantSendAs {
                sender: self.sender.clone(),
                trustee: self.signer.clone(),
            });
        }
        commands
    }

    /// Whether the plan's PowerShell lets `account` send as `sender`.
    fn grants_send_as(&self, account: &str, sender: &str) -> bool {
        self.commands().iter().any(|c| {
            matches!(c, Command::GrantSendAs { sender: s, trustee: t } if same(s, sender) && same(t, account))
        })
    }

    /// What to do on Microsoft's sign-in page when the printer's code is shown.
    pub fn sign_in_hint(&self, lang: Lang) -> String {
        let id = match self.path {
            AccountPath::LeastPrivilege => "ui-signin-as-mailbox",
            AccountPath::GlobalAdmin => "ui-signin-as-global-admin",
        };
        lang.text_with(id, &[("account", self.signer.clone())])
    }

    /// The PowerShell for this plan, connecting as `admin` when one is given, with the checks.
    pub fn script(&self, cloud: Cloud, admin: &str) -> String {
        let commands = self.commands();
        let lines: Vec<String> = std::iter::once(connect(cloud, admin))
            .chain(commands.iter().map(Command::powershell))
            .chain(commands.iter().map(Command::check))
            .collect();
        lines.join("\n")
    }
}

/// Something about the accounts that Exchange Online will refuse, found before sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountWarning {
    /// Another account signed in than the one the PowerShell turns SMTP AUTH on for.
    NotPlanned { signed_in: String, planned: String },
    /// The sender is another mailbox, and the account that signed in has no Send As on it.
    NoSendAs { signed_in: String, sender: String },
}

impl AccountWarning {
    /// The Fluent id of its text.
    pub fn id(&self) -> &'static str {
        match self {
            AccountWarning::NotPlanned { .. } => "account-warning-not-planned",
            AccountWarning::NoSendAs { .. } => "account-warning-no-send-as",
        }
    }

    /// Its text, with the accounts named.
    pub fn message(&self, lang: Lang) -> String {
        let args = match self {
            AccountWarning::NotPlanned { signed_in, planned } => {
                [("signed", signed_in.clone()), ("planned", planned.clone())]
            }
            AccountWarning::NoSendAs { signed_in, sender } => {
                [("signed", signed_in.clone()), ("sender", sender.clone())]
            }
        };
        lang.text_with(self.id(), &args)
    }
}

/// What Exchange Online will refuse when `signed_in` signed in and sends as `sender`, under
/// `plan`. Nothing is known, and nothing said, while no account has signed in.
pub fn account_warnings(plan: &Plan, signed_in: &str, sender: &str) -> Vec<AccountWarning> {
    let (signed_in, sender) = (signed_in.trim(), sender.trim());
    let mut warnings = Vec::new();
    if signed_in.is_empty() {
        return warnings;
    }
    if !same(signed_in, &plan.signer) {
        warnings.push(AccountWarning::NotPlanned {
            signed_in: signed_in.to_string(),
            planned: plan.signer.clone(),
        });
    }
    if !sender.is_empty() && !same(signed_in, sender) && !plan.grants_send_as(signed_in, sender) {
        warnings.push(AccountWarning::NoSendAs {
            signed_in: signed_in.to_string(),
            sender: sender.to_string(),
        });
    }
    warnings
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
    fn scripts_name_the_accounts_and_the_cloud() {
        let tenant = tenant_script(Cloud::Global, "admin@contoso.com");
        assert!(tenant.contains("Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.com'\n"));
        assert!(tenant.contains("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"));
        let own = Plan::new(AccountPath::LeastPrivilege, "", " o'brien@contoso.com ");
        let script = own.script(Cloud::Usgov, "");
        assert!(script.contains("Set-CASMailbox -Identity 'o''brien@contoso.com' -SmtpClientAuthenticationDisabled $false"));
        assert!(
            script.contains("Connect-ExchangeOnline -ExchangeEnvironmentName O365USGovGCCHigh")
        );
        assert!(!script.contains("-UserPrincipalName"));
    }

    #[test]
    fn the_guide_s_path_turns_smtp_auth_on_for_the_admin_and_grants_send_as() {
        let plan = Plan::new(
            AccountPath::GlobalAdmin,
            "admin@contoso.com",
            "scanner@contoso.com",
        );
        assert_eq!(plan.signer, "admin@contoso.com");
        let script = plan.script(Cloud::Global, "admin@contoso.com");
        let lines: Vec<&str> = script.lines().collect();
        assert_eq!(
            lines[2..],
            [
                "Set-CASMailbox -Identity 'admin@contoso.com' -SmtpClientAuthenticationDisabled $false",
                "Add-RecipientPermission -Identity 'scanner@contoso.com' -Trustee 'admin@contoso.com' -AccessRights SendAs -Confirm:$false",
                "Get-CASMailbox -Identity 'admin@contoso.com' | Format-List SmtpClientAuthenticationDisabled",
                "Get-RecipientPermission -Identity 'scanner@contoso.com' -Trustee 'admin@contoso.com'",
            ]
        );
        assert!(
            !script.contains("-Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled")
        );
    }

    #[test]
    fn the_least_privilege_path_needs_no_send_as() {
        let plan = Plan::new(
            AccountPath::LeastPrivilege,
            "admin@contoso.com",
            "scanner@contoso.com",
        );
        assert_eq!(plan.signer, "scanner@contoso.com");
        assert_eq!(
            plan.commands(),
            [Command::EnableSmtpAuth {
                mailbox: "scanner@contoso.com".into()
            }]
        );
        let script = plan.script(Cloud::Global, "admin@contoso.com");
        assert!(script.contains("Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false"));
        assert!(!script.contains("Add-RecipientPermission"));
        // The guide's path with the administrator as its own sender needs no Send As either.
        let own = Plan::new(
            AccountPath::GlobalAdmin,
            "Admin@contoso.com",
            "admin@contoso.com",
        );
        assert!(
            !own.script(Cloud::Global, "")
                .contains("Add-RecipientPermission")
        );
    }

    #[test]
    fn account_warnings_name_what_exchange_will_refuse() {
        let guide = Plan::new(
            AccountPath::GlobalAdmin,
            "admin@contoso.com",
            "scanner@contoso.com",
        );
        let own = Plan::new(
            AccountPath::LeastPrivilege,
            "admin@contoso.com",
            "scanner@contoso.com",
        );
        let (admin, scanner, ana) = (
            "admin@contoso.com",
            "scanner@contoso.com",
            "ana@contoso.com",
        );
        // As planned: nothing to say.
        assert_eq!(account_warnings(&guide, " ADMIN@contoso.com ", scanner), []);
        assert_eq!(account_warnings(&own, scanner, "Scanner@Contoso.com"), []);
        // Nobody signed in yet.
        assert_eq!(account_warnings(&guide, "", scanner), []);
        // The admin signed in on the least-privilege path: not planned, and no Send As.
        assert_eq!(
            account_warnings(&own, admin, scanner),
            [
                AccountWarning::NotPlanned {
                    signed_in: admin.into(),
                    planned: scanner.into()
                },
                AccountWarning::NoSendAs {
                    signed_in: admin.into(),
                    sender: scanner.into()
                },
            ]
        );
        // The mailbox signed in on the guide's path: it is its own sender, but has no SMTP AUTH.
        assert_eq!(
            account_warnings(&guide, scanner, scanner),
            [AccountWarning::NotPlanned {
                signed_in: scanner.into(),
                planned: admin.into()
            }]
        );
        // Another sender than the plan's: the plan's Send As does not cover it.
        assert_eq!(
            account_warnings(&guide, admin, ana),
            [AccountWarning::NoSendAs {
                signed_in: admin.into(),
                sender: ana.into()
            }]
        );
        let warning = &account_warnings(&own, admin, scanner)[1];
        assert_eq!(warning.id(), "account-warning-no-send-as");
        for lang in Lang::ALL {
            let text = warning.message(lang);
            assert!(text.contains(admin) && text.contains(scanner), "{text}");
        }
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
