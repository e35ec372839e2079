//! Page 7: Epson Print Admin Serverless "Scan to My Email" (compatible models): the
//! administrator consents for the organisation first, then each user signs in once. The
//! consent can also be given from here, on Microsoft's admin-consent page for the Epson app.

use super::Action;
use crate::ui::widgets;
use i18n_embed_fl::fl;
use iced::Element;
use iced::widget::{button, column, row, text};
use printer_oauth_core::cloud::{self, Cloud, Service};
use printer_oauth_core::exchange::{self, AdminCentre, ConsentError};
use printer_oauth_core::i18n::Lang;
use url::Url;

/// The organisation and the vendor's app the consent is for.
#[derive(Debug, Default)]
pub struct ScanToMyEmail {
    tenant: String,
    app_id: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tenant(String),
    AppId(String),
    OpenConsent,
    OpenEntra,
}

impl ScanToMyEmail {
    /// The page with the organisation and the app filled in (the demo's).
    pub fn prefilled(tenant: &str, app_id: &str) -> ScanToMyEmail {
        ScanToMyEmail {
            tenant: tenant.to_string(),
            app_id: app_id.to_string(),
        }
    }

    /// Takes the Exchange Online page's tenant (when it names an organisation) and the printer
    /// vendor's app id, for the fields not typed here.
    pub fn offer(&mut self, tenant: &str, app_id: &str) {
        if self.tenant.trim().is_empty() && !cloud::is_tenant_alias(tenant) {
            self.tenant = tenant.trim().to_string();
        }
        if self.app_id.trim().is_empty() {
            self.app_id = app_id.trim().to_string();
        }
    }

    /// The admin-consent address, or the Fluent id of why it cannot be opened yet.
    fn consent_url(&self, service: Service, authority: &Url) -> Result<Url, &'static str> {
        if service == Service::Outlook {
            return Err("ui-scan-outlook");
        }
        exchange::admin_consent_url(authority, &self.tenant, &self.app_id).map_err(|e| match e {
            ConsentError::Tenant => "ui-scan-need-tenant",
            ConsentError::ClientId => "ui-scan-need-app-id",
        })
    }

    /// `authority`: where the cloud (or the demo) signs in.
    pub fn update(
        &mut self,
        message: Message,
        service: Service,
        cloud: Cloud,
        authority: &Url,
    ) -> Action<Message> {
        match message {
            Message::Tenant(v) => self.tenant = v,
            Message::AppId(v) => self.app_id = v,
            Message::OpenConsent => {
                if let Ok(url) = self.consent_url(service, authority) {
                    return Action::Open(url.to_string());
                }
            }
            Message::OpenEntra => return Action::Open(AdminCentre::Entra.url(cloud).to_string()),
        }
        Action::None
    }

    pub fn view(&self, service: Service, authority: &Url, lang: Lang) -> Element<'_, Message> {
        let l = lang.loader();
        let consent = self.consent_url(service, authority);
        let mut page = column![
            widgets::title(fl!(l, "ui-scan-title")),
            widgets::paragraph(fl!(l, "ui-scan-intro")),
            widgets::heading(fl!(l, "ui-scan-admin")),
            widgets::bullet(fl!(l, "ui-scan-step-1")),
            widgets::bullet(fl!(l, "ui-scan-step-2")),
            widgets::bullet(fl!(l, "ui-scan-step-3")),
            widgets::bullet(fl!(l, "ui-scan-step-4")),
            widgets::bullet(fl!(l, "ui-scan-step-5")),
            text(fl!(l, "ui-scan-menu-note")).size(14),
            widgets::heading(fl!(l, "ui-scan-consent-heading")),
            widgets::paragraph(fl!(l, "ui-scan-consent-text")),
            widgets::field(fl!(l, "ui-scan-tenant"), &self.tenant, Message::Tenant),
            widgets::field(fl!(l, "ui-scan-app-id"), &self.app_id, Message::AppId),
            text(fl!(l, "ui-scan-app-id-help")).size(14),
        ]
        .spacing(12);
        if let Err(reason) = consent {
            page = page.push(text(lang.text(reason)).size(14).style(text::danger));
        }
        page.push(
            row![
                button(text(fl!(l, "ui-scan-open-consent")))
                    .on_press_maybe(consent.is_ok().then_some(Message::OpenConsent)),
                button(text(fl!(l, "ui-scan-open-entra")))
                    .on_press(Message::OpenEntra)
                    .style(button::secondary),
            ]
            .spacing(8)
            .wrap()
            .vertical_spacing(8),
        )
        .push(widgets::heading(fl!(l, "ui-scan-users")))
        .push(widgets::paragraph(fl!(l, "ui-scan-users-text")))
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exchange_online_page_s_tenant_and_vendor_app_are_offered() {
        let id = "9b7e4c21-3f5a-4d8e-b1c6-2a7f0e9d5c43";
        let mut page = ScanToMyEmail::default();
        page.offer("organizations", id);
        assert_eq!((page.tenant.as_str(), page.app_id.as_str()), ("", id));
        page.offer(" contoso.com ", "");
        assert_eq!(page.tenant, "contoso.com");
        // What was typed here stays.
        let mut typed = ScanToMyEmail::prefilled("fabrikam.com", "typed");
        typed.offer("contoso.com", id);
        assert_eq!(
            (typed.tenant.as_str(), typed.app_id.as_str()),
            ("fabrikam.com", "typed")
        );
    }
}
