//! The demo tenant: its accounts and apps, the device codes and tokens the identity simulator
//! issued, and the messages the SMTP simulator accepted. Shared by all simulators.

use printer_oauth_core::exchange::{Command, Plan};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant, SystemTime};

/// The demo tenant's directory id.
pub const TENANT_ID: &str = "4a5c2b7e-1f3d-4e8a-9b6c-0d2e7f8a1b3c";
/// The demo tenant's initial domain.
pub const TENANT_DOMAIN: &str = "contoso.onmicrosoft.com";
/// The demo tenant's display name.
pub const TENANT_NAME: &str = "Contoso";
/// The pre-flight app registration (public client flows on, SMTP.Send delegated).
pub const APP_CLIENT_ID: &str = "5f2d1c3a-8e4b-4d7f-a6c9-1b2e3d4f5a6b";
/// The printer vendor's own app (Epson's email OAuth client), multi-tenant and open to personal
/// accounts; it needs an administrator's consent for the organisation.
pub const EPSON_CLIENT_ID: &str = "9b7e4c21-3f5a-4d8e-b1c6-2a7f0e9d5c43";
/// The printer's mailbox.
pub const MAILBOX: &str = "scanner@contoso.com";
/// The demo Global Administrator.
pub const ADMIN: &str = "admin@contoso.com";

/// A demo account.
#[derive(Debug, Clone, Serialize)]
pub struct Account {
    pub username: &'static str,
    pub display_name: &'static str,
    pub global_admin: bool,
}

/// The accounts the verification page offers.
pub const ACCOUNTS: &[Account] = &[
    Account {
        username: MAILBOX,
        display_name: "Scanner (printer mailbox)",
        global_admin: false,
    },
    Account {
        username: ADMIN,
        display_name: "Ana Admin (Global Administrator)",
        global_admin: true,
    },
];

/// A registered app.
#[derive(Debug, Clone)]
pub struct App {
    pub client_id: &'static str,
    pub name: &'static str,
    /// Whether the app also serves personal Microsoft accounts (the `consumers` tenant).
    pub personal_accounts: bool,
}

/// Where a device code stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    Pending,
    Approved {
        account: String,
        consent_for_org: bool,
    },
    Declined,
    Redeemed,
}

/// A device code the identity simulator issued.
#[derive(Debug, Clone)]
pub struct DeviceGrant {
    pub client_id: String,
    pub user_code: String,
    pub scope: String,
    pub issued: Instant,
    pub expires_in: Duration,
    pub interval: Duration,
    pub state: Grant,
    /// When each token request for this code arrived.
    pub polls: Vec<Instant>,
    /// The answer given to each token request (`authorization_pending`, `slow_down`, ...).
    pub answers: Vec<String>,
}

/// An access token the identity simulator issued.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub account: String,
    pub client_id: String,
    pub scope: String,
    pub expires: Instant,
}

/// A message the SMTP simulator accepted.
#[derive(Debug, Clone, Serialize)]
pub struct ReceivedMessage {
    pub smtp_user: String,
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    pub received_at: time::OffsetDateTime,
}

/// Everything the simulators share.
#[derive(Debug, Default)]
pub struct Directory {
    pub apps: Vec<App>,
    /// Device codes by device code.
    pub grants: HashMap<String, DeviceGrant>,
    /// Access tokens by value.
    pub access_tokens: HashMap<String, IssuedToken>,
    /// Refresh tokens by value: (account, client id).
    pub refresh_tokens: HashMap<String, (String, String)>,
    pub mailbox: Vec<ReceivedMessage>,
    /// Every secret issued, so tests can prove none leaks.
    pub issued_secrets: Vec<String>,
    /// Refresh tokens that died from disuse (AADSTS700082).
    pub expired_refresh_tokens: HashSet<String>,
    /// Refresh tokens that were revoked (AADSTS50173).
    pub revoked_refresh_tokens: HashSet<String>,
    /// "Send As" permissions: (user, mailbox it may send as), as `Add-RecipientPermission`
    /// grants them.
    pub send_as: Vec<(String, String)>,
    /// Each mailbox's `SmtpClientAuthenticationDisabled` (`Set-CASMailbox`), by lower-case
    /// address; a mailbox not listed follows the organisation's setting (on, in the demo).
    pub smtp_auth_disabled: HashMap<String, bool>,
    /// Client ids of the apps an administrator consented to for the whole organisation
    /// ("Consent on behalf of your organization", or the admin-consent page).
    pub org_consents: HashSet<String>,
    /// Who approves a code when no account is named (the demo's automatic approval): the
    /// demo wizard names the account its plan signs in with. None: the printer's mailbox
    /// for the pre-flight app or an app the organisation consented to, else the Global
    /// Administrator (who then consents for it).
    pub default_approver: Option<String>,
}

impl Directory {
    /// The demo tenant with its pre-flight app and the printer vendor's app (neither consented
    /// for the organisation yet). SMTP AUTH is on for the scanner mailbox and off for the
    /// administrator's, and nobody has Send As: the PowerShell the wizard makes
    /// ([`Directory::run`]) sets up the rest.
    pub fn demo() -> Directory {
        Directory {
            apps: vec![
                App {
                    client_id: APP_CLIENT_ID,
                    name: "Printer OAuth pre-flight",
                    personal_accounts: false,
                },
                App {
                    client_id: EPSON_CLIENT_ID,
                    name: "Epson Email OAuth",
                    personal_accounts: true,
                },
            ],
            smtp_auth_disabled: HashMap::from([
                (MAILBOX.to_string(), false),
                (ADMIN.to_string(), true),
            ]),
            ..Directory::default()
        }
    }

    /// Carries out the wizard's PowerShell for an account plan in the demo tenant.
    pub fn carry_out(&mut self, plan: &Plan) {
        plan.commands().iter().for_each(|c| self.run(c));
    }

    /// Carries out one change of the wizard's PowerShell in the demo tenant.
    pub fn run(&mut self, command: &Command) {
        match command {
            Command::EnableSmtpAuth { mailbox } => {
                self.smtp_auth_disabled
                    .insert(mailbox.trim().to_ascii_lowercase(), false);
            }
            Command::GrantSendAs { sender, trustee } => {
                if !self.may_send_as(trustee, sender) {
                    self.send_as
                        .push((trustee.trim().to_string(), sender.trim().to_string()));
                }
            }
        }
    }

    /// Whether SMTP AUTH is off for this mailbox (`Set-CASMailbox
    /// -SmtpClientAuthenticationDisabled $true`).
    pub fn smtp_auth_off(&self, mailbox: &str) -> bool {
        self.smtp_auth_disabled
            .get(&mailbox.trim().to_ascii_lowercase())
            .copied()
            .unwrap_or(false)
    }

    /// Whether `user` may send as `sender`: itself, or through a "Send As" permission.
    pub fn may_send_as(&self, user: &str, sender: &str) -> bool {
        user.eq_ignore_ascii_case(sender)
            || self
                .send_as
                .iter()
                .any(|(u, s)| u.eq_ignore_ascii_case(user) && s.eq_ignore_ascii_case(sender))
    }

    /// Records an administrator's consent to an app for the whole organisation.
    pub fn consent_for_org(&mut self, client_id: &str) {
        self.org_consents.insert(client_id.to_ascii_lowercase());
    }

    /// Whether an administrator consented to the app for the whole organisation.
    pub fn org_consented(&self, client_id: &str) -> bool {
        self.org_consents.contains(&client_id.to_ascii_lowercase())
    }

    /// Whether a tenant segment names the demo tenant (or a multi-tenant alias).
    pub fn knows_tenant(tenant: &str) -> bool {
        tenant.eq_ignore_ascii_case(TENANT_ID)
            || tenant.eq_ignore_ascii_case(TENANT_DOMAIN)
            || tenant.eq_ignore_ascii_case("contoso.com")
            || matches!(tenant, "organizations" | "common")
    }

    /// The app with this client id.
    pub fn app(&self, client_id: &str) -> Option<&App> {
        self.apps
            .iter()
            .find(|a| a.client_id.eq_ignore_ascii_case(client_id))
    }

    /// The grant with this user code (case-insensitive, dashes and spaces ignored).
    pub fn grant_by_user_code(&mut self, user_code: &str) -> Option<&mut DeviceGrant> {
        let wanted: String = user_code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        self.grants
            .values_mut()
            .find(|g| g.user_code.eq_ignore_ascii_case(&wanted))
    }

    /// The account an access token belongs to, if it is valid for SMTP.Send now.
    pub fn smtp_account(&self, token: &str) -> Option<&str> {
        self.access_tokens
            .get(token)
            .filter(|t| t.expires > Instant::now() && t.scope.contains("SMTP.Send"))
            .map(|t| t.account.as_str())
    }
}

/// AADSTS90002's text: the tenant is not in this cloud.
pub fn tenant_not_found(tenant: &str) -> String {
    format!(
        "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."
    )
}

/// AADSTS700016's text: no app with this client id in the tenant.
pub fn app_not_found(client_id: &str) -> String {
    format!(
        "Application with identifier '{client_id}' was not found in the directory '{TENANT_NAME}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant."
    )
}

/// Now, as Microsoft writes timestamps in error bodies (`2026-11-26 10:00:00Z`).
pub fn timestamp() -> String {
    let now = time::OffsetDateTime::from(SystemTime::now());
    now.format(time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second]Z"
    ))
    .unwrap_or_default()
}
