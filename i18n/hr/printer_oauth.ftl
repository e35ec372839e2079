## Katalog dijagnoza: kodovi pogrešaka iz povijesti zadataka i poruke pisača

diag-printer-360-title = Pogreška pisača 360: nema veze s uslugom e-pošte
diag-printer-360-cause = Pisač nema veze s uslugom u oblaku ili uslugom e-pošte (kod pogreške 360 u povijesti zadataka). Adresa, priključak ili sigurna veza SMTP poslužitelja možda nisu ispravno postavljeni ili mreža pisača ne može doći do Microsoftovih poslužitelja.
diag-printer-360-fix = Povežite se s uslugom u oblaku ili uslugom e-pošte: na kartici Network > Email Server > Basic provjerite SMTP Server Address (smtp.office365.com za Exchange Online), SMTP Server Port Number 587 i Secure Connection STARTTLS. Mrežu pisača provjerite u izborniku Postavke > Opće postavke > Postavke mreže > Stanje mreže, a zatim ponovno pošaljite e-poštu.
diag-printer-361-title = Pogreška pisača 361: veza s uslugom e-pošte je istekla
diag-printer-361-cause = Veza s uslugom u oblaku ili uslugom e-pošte je istekla (kod pogreške 361): token koji pisač čuva više ne vrijedi, najčešće nakon duljeg nekorištenja ili promjene lozinke.
diag-printer-361-fix = Ponovno se povežite s uslugom e-pošte: u programu Web Config otvorite Network > Email Server > Basic, kliknite Sign In, unesite prikazani kod na prikazanom URL-u i prijavite se računom s ovlastima globalnog administratora. Zatim kliknite OK za slanje podataka o postavkama pisaču.
diag-printer-370-title = Pogreška pisača 370: ponovno se prijavite
diag-printer-370-cause = Morate se ponovno prijaviti u uslugu u oblaku (kod pogreške 370): pisač nema valjanu prijavu za uslugu e-pošte.
diag-printer-370-fix = Prijavite se na uslugu u oblaku: u programu Web Config otvorite Network > Email Server > Basic, kliknite Sign In i prijavite se računom s ovlastima globalnog administratora, a zatim kliknite OK za slanje podataka o postavkama pisaču.
diag-printer-must-sign-in-title = Pisač nije prijavljen na uslugu e-pošte
diag-printer-must-sign-in-cause = Pisač prikazuje poruku „Da biste koristili ovu funkciju, morate se prijaviti na svoju uslugu e-pošte. Kontaktirajte administratora.” Na pisaču nije spremljena prijava ili je prijava dovršena, ali podaci o postavkama nisu poslani pisaču.
diag-printer-must-sign-in-fix = Provjerite trenutni status u programu Web Config na kartici Network > Email Server > Basic. Ako je Current Status na Signed in, kliknite OK za slanje podataka o postavkama pisaču; ako nema Current Status i prikazuje se gumb Sign In, prijavite se.
diag-printer-token-expired-title = Prijava pisača je istekla
diag-printer-token-expired-cause = Prikazuje se poruka o isteku: pisač dulje vrijeme nije slao e-poštu pa su token za pristup i token za osvježavanje postali nevažeći.
diag-printer-token-expired-fix = Administrator se mora ponovno prijaviti: na kartici Network > Email Server > Basic kliknite Sign In, prijavite se računom s ovlastima globalnog administratora, a zatim kliknite OK.

## Kodovi prijave u Microsoft Entra

diag-aadsts-mfa-title = Potrebna je višestruka provjera autentičnosti
diag-aadsts-mfa-cause = Microsoft Entra za ovaj račun zahtijeva višestruku provjeru autentičnosti (50076) ili račun najprije mora registrirati metodu provjere (50079), a prijava to nije dovršila.
diag-aadsts-mfa-fix = Ponovno pokrenite prijavu i u pregledniku dovršite višestruku provjeru autentičnosti; ako račun još nema metodu provjere, najprije je registrirajte na https://aka.ms/mfasetup.
diag-aadsts-conditional-access-title = Prijavu je blokirao uvjetni pristup
diag-aadsts-conditional-access-cause = Pravilo uvjetnog pristupa u Entra ID-u blokiralo je ovu prijavu, primjerice pravilo koje dopušta samo usklađene uređaje ili određene lokacije ili pravilo koje blokira prijavu kodom uređaja.
diag-aadsts-conditional-access-fix = Provjerite svoja pravila uvjetnog pristupa u administratorskom centru za Microsoft Entra: u zapisnicima prijava (Sign-in logs) pronađite ovu prijavu po prikazanom ID-u korelacije i pravilo koje ju je blokiralo, izuzmite poštanski sandučić pisača ili mu dopustite prijavu kodom uređaja, a zatim se ponovno prijavite.
diag-aadsts-security-defaults-title = Prijavu su blokirale sigurnosne zadane postavke
diag-aadsts-security-defaults-cause = Sigurnosne zadane postavke zakupca blokirale su ovu prijavu; one blokiraju i SMTP AUTH koji je pisačima potreban.
diag-aadsts-security-defaults-fix = Onemogućite sigurnosne zadane postavke za cijelu organizaciju u administratorskom centru za Microsoft Entra (Overview > Properties > Manage security defaults), kako zahtijeva Epsonov vodič, a račune zaštitite pravilima uvjetnog pristupa. Zatim se ponovno prijavite.
diag-aadsts-consent-missing-title = Nedostaje suglasnost za aplikaciju
diag-aadsts-consent-missing-cause = U ovom zakupcu nitko nije dao suglasnost za dopuštenja koja aplikacija traži (SMTP.Send, offline_access), pa Microsoft ne izdaje token.
diag-aadsts-consent-missing-fix = Ponovno se prijavite računom s ovlastima globalnog administratora i prije klika na Prihvati označite „Pristanak u ime vaše tvrtke ili ustanove”. Za vlastitu registraciju aplikacije koju koristi pomoćnik administratorsku suglasnost možete dati i u administratorskom centru za Microsoft Entra pod API permissions.
diag-aadsts-consent-declined-title = Suglasnost je odbijena
diag-aadsts-consent-declined-cause = Osoba koja se prijavljivala odbila je zahtjev za dopuštenjima, pa aplikacija nema suglasnost za slanje e-pošte.
diag-aadsts-consent-declined-fix = Ponovno pokrenite prijavu; na zaslonu s dopuštenjima označite „Pristanak u ime vaše tvrtke ili ustanove” i kliknite Prihvati, a ne Odustani.
diag-aadsts-admin-consent-title = Potrebna je administratorska suglasnost
diag-aadsts-admin-consent-cause = Zakupac ne dopušta korisnicima da sami daju suglasnost za ovu aplikaciju; suglasnost za cijelu organizaciju mora dati administrator.
diag-aadsts-admin-consent-fix = Prijavite se računom s ovlastima globalnog administratora, kako zahtijeva vodič, označite „Pristanak u ime vaše tvrtke ili ustanove” i kliknite Prihvati ili dajte administratorsku suglasnost za aplikaciju u administratorskom centru za Microsoft Entra (Enterprise applications > Permissions).
diag-aadsts-app-not-found-title = Aplikacija nije pronađena u ovom zakupcu
diag-aadsts-app-not-found-cause = U odabranom zakupcu ne postoji aplikacija s ovim ID-om klijenta: ID klijenta je pogrešno upisan ili je aplikacija registrirana u drugom zakupcu.
diag-aadsts-app-not-found-fix = U administratorskom centru za Microsoft Entra otvorite App registrations i svoju aplikaciju, točno kopirajte Application (client) ID i Directory (tenant) ID te ih unesite na stranici Exchange Online.
diag-aadsts-public-client-off-title = Tokovi javnog klijenta nisu dopušteni
diag-aadsts-public-client-off-cause = Registracija aplikacije ne dopušta tokove javnog klijenta, pa Microsoft odbija prijavu kodom uređaja koju koristi provjera prije postavljanja.
diag-aadsts-public-client-off-fix = U administratorskom centru za Microsoft Entra otvorite App registrations > vaša aplikacija > Authentication, postavite „Allow public client flows” na Yes i spremite, a zatim ponovno pokrenite prijavu.
diag-aadsts-secret-sent-title = Javni klijent poslao je tajnu klijenta
diag-aadsts-secret-sent-cause = Aplikacija je registrirana kao javni klijent, ali zahtjev je sadržavao tajnu klijenta ili certifikat, što javni klijent ne smije slati.
diag-aadsts-secret-sent-fix = Ne navodite tajnu klijenta: za provjeru prije postavljanja potrebni su samo zakupac i ID klijenta registracije aplikacije kojoj je „Allow public client flows” postavljeno na Yes.
diag-aadsts-bad-password-title = Pogrešno korisničko ime ili lozinka
diag-aadsts-bad-password-cause = Microsoft je odbio podatke za prijavu: lozinka nije ispravna ili je korisničko ime pogrešno upisano.
diag-aadsts-bad-password-fix = Ponovno pokrenite prijavu i pažljivo unesite račun i lozinku; ako je lozinka nedavno promijenjena ili zaboravljena, ponovno je postavite u administratorskom centru sustava Microsoft 365.
diag-aadsts-no-such-user-title = Račun ne postoji u ovom direktoriju
diag-aadsts-no-such-user-cause = Uneseno korisničko ime ne postoji u direktoriju zakupca: pogrešno je upisano ili račun pripada drugom zakupcu.
diag-aadsts-no-such-user-fix = Provjerite adresu u administratorskom centru sustava Microsoft 365 (Users > Active users) i prijavite se upravo tom adresom; za pisač koristite račun s ovlastima globalnog administratora zakupca u kojem je poštanski sandučić.
diag-aadsts-wrong-tenant-user-title = Račun pripada drugom zakupcu
diag-aadsts-wrong-tenant-user-cause = Račun kojim se prijavljujete nije član zakupca na koji se zahtjev odnosi, primjerice osobni Microsoftov račun ili korisnik druge organizacije.
diag-aadsts-wrong-tenant-user-fix = Prijavite se poslovnim računom zakupca u kojem je poštanski sandučić pisača ili na stranici Exchange Online ispravite polje Zakupac tako da odgovara tom računu.
diag-aadsts-tenant-not-found-title = Zakupac nije pronađen
diag-aadsts-tenant-not-found-cause = Microsoft u odabranom oblaku nije pronašao zakupca s tim ID-om ili domenom: zakupac je pogrešno upisan ili se nalazi u drugom oblaku (primjerice Vlada SAD-a ili Kina).
diag-aadsts-tenant-not-found-fix = Na prvoj stranici odaberite oblak u kojem se nalazi vaš zakupac, a zatim unesite GUID direktorija ili potvrđenu domenu točno onako kako je prikazano u administratorskom centru za Microsoft Entra (Overview).
diag-aadsts-pending-title = Čeka se unos koda
diag-aadsts-pending-cause = Ovo nije pogreška: kod još nije unesen na stranici za prijavu, pa Microsoft i dalje odgovara da se čeka autorizacija.
diag-aadsts-pending-fix = Ništa ne treba ispravljati: otvorite prikazani URL, unesite kod i dovršite prijavu. Pomoćnik čeka dok kod ne istekne; odbrojavanje pokazuje preostalo vrijeme.
diag-aadsts-bad-code-title = Neispravan kod za prijavu
diag-aadsts-bad-code-cause = Kod nije prepoznat, najčešće zato što je pogrešno upisan ili nije kopiran u cijelosti.
diag-aadsts-bad-code-fix = Ponovno kopirajte kod gumbom za kopiranje i unesite ga u cijelosti na https://microsoft.com/devicelogin; ako ni tada ne uspije, pokrenite novu prijavu da biste dobili novi kod.
diag-aadsts-code-expired-title = Kod za prijavu je istekao
diag-aadsts-code-expired-cause = Kod nije iskorišten prije isteka, pa se više ne može upotrijebiti.
diag-aadsts-code-expired-fix = Ponovno pokrenite prijavu da biste dobili novi kod i odmah ga unesite na prikazanom URL-u.
diag-aadsts-declined-title = Prijava je otkazana
diag-aadsts-declined-cause = Na Microsoftovoj stranici za prijavu odabrano je Odustani (ili Ne), pa token nije izdan.
diag-aadsts-declined-fix = Ponovno pokrenite prijavu i potvrdite zahtjev na Microsoftovim stranicama: za pisač se prijavite kao globalni administrator, označite „Pristanak u ime vaše tvrtke ili ustanove” i kliknite Prihvati.
diag-aadsts-grant-revoked-title = Prijava je opozvana, npr. nakon promjene lozinke
diag-aadsts-grant-revoked-cause = Spremljeno odobrenje više ne vrijedi jer je lozinka promijenjena, administrator je opozvao sesije ili je račun ponovno postavljen.
diag-aadsts-grant-revoked-fix = Ponovno se prijavite: za pisač kliknite Sign In na kartici Network > Email Server > Basic, a zatim OK; za provjeru prije postavljanja ponovite korak prijave.
diag-aadsts-refresh-expired-title = Prijava je istekla nakon 90 dana nekorištenja
diag-aadsts-refresh-expired-cause = Token za osvježavanje nije korišten 90 dana pa je istekao; to se događa kada pisač dulje vrijeme ne šalje e-poštu.
diag-aadsts-refresh-expired-fix = Administrator se mora ponovno prijaviti (Sign In na kartici Network > Email Server > Basic, zatim OK). Redovito slanje e-pošte s pisača održava prijavu valjanom.
diag-aadsts-sign-in-frequency-title = Pravilo učestalosti prijave traži novu prijavu
diag-aadsts-sign-in-frequency-cause = Pravilo uvjetnog pristupa s postavkom učestalosti prijave prekinulo je postojeću prijavu, pa se token više ne može osvježiti.
diag-aadsts-sign-in-frequency-fix = Ponovno se prijavite; da pisač ne bi gubio prijavu, izuzmite njegov poštanski sandučić iz pravila učestalosti prijave u administratorskom centru za Microsoft Entra (Conditional Access).
diag-aadsts-malformed-request-title = Neispravan zahtjev prema Microsoftu
diag-aadsts-malformed-request-cause = Microsoft nije mogao pročitati zahtjev za prijavu: zahtjev je neispravno oblikovan ili sadrži neispravan parametar, često zbog pogrešnog URL-a ovlasti (authority) ili proxy poslužitelja koji mijenja promet.
diag-aadsts-malformed-request-fix = Na prvoj stranici provjerite odabrani oblak i zadržite zadani URL ovlasti za taj oblak; ako proxy poslužitelj mijenja promet, zaobiđite ga za adresu prijave (primjerice login.microsoftonline.com).
diag-aadsts-missing-parameter-title = Nedostaje obavezni parametar
diag-aadsts-missing-parameter-cause = U zahtjevu nedostaje obavezni parametar, obično ID klijenta ili zakupac jer je polje ostalo prazno.
diag-aadsts-missing-parameter-fix = Na stranici Exchange Online unesite ID aplikacije (klijenta) i zakupca svoje registracije aplikacije, a zatim pokušajte ponovno.
diag-aadsts-work-app-consumers-title = Poslovna aplikacija uz prijavu za Outlook.com
diag-aadsts-work-app-consumers-cause = Aplikacija je registrirana za poslovne i školske račune u Microsoft Entra ID-u, ali zahtjev je poslan krajnjoj točki /consumers, koja služi za osobne račune Outlook.com.
diag-aadsts-work-app-consumers-fix = Na prvoj stranici umjesto Outlook.com odaberite Exchange Online ili umjesto „consumers” unesite ispravnog zakupca (GUID direktorija, domenu ili „organizations”).
diag-aadsts-no-tenant-title = Za prijavu nije naveden zakupac
diag-aadsts-no-tenant-cause = Microsoft nije mogao odrediti kojeg zakupca treba koristiti jer zahtjev ne sadrži ništa što ga identificira, primjerice zato što je polje Zakupac prazno.
diag-aadsts-no-tenant-fix = Na stranici Exchange Online unesite GUID direktorija ili domenu svojeg zakupca (administratorski centar za Microsoft Entra > Overview).

## Pogreške OAuth

diag-oauth-invalid-client-title = ID klijenta je odbijen
diag-oauth-invalid-client-cause = Microsoft nije prihvatio klijenta: ID klijenta je pogrešan ili registracija aplikacije nije postavljena kao javni klijent.
diag-oauth-invalid-client-fix = U administratorskom centru za Microsoft Entra pod App registrations provjerite Application (client) ID i pod Authentication postavite „Allow public client flows” na Yes, a zatim ponovno unesite ID na stranici Exchange Online.
diag-oauth-invalid-grant-title = Prijava više ne vrijedi
diag-oauth-invalid-grant-cause = Spremljeni token za osvježavanje ili kod uređaja odbijen je jer je nevažeći, istekao ili opozvan.
diag-oauth-invalid-grant-fix = Ponovno se prijavite: za pisač gumbom Sign In na kartici Network > Email Server > Basic, a zatim OK; za provjeru prije postavljanja ponavljanjem koraka prijave.
diag-oauth-invalid-scope-title = Zatraženo dopuštenje nije valjano
diag-oauth-invalid-scope-cause = Zatraženi opseg (scope) nije valjan za ovu uslugu ili oblak, primjerice opseg za Exchange Online zatražen u pogrešnom oblaku.
diag-oauth-invalid-scope-fix = Na prvoj stranici odaberite ispravnu uslugu (Exchange Online ili Outlook.com) i oblak; pomoćnik tada traži SMTP.Send s ispravnim poslužiteljem za taj oblak.
diag-oauth-invalid-request-title = Zahtjev je odbijen kao neispravan
diag-oauth-invalid-request-cause = Microsoft je odbio zahtjev kao neispravan ili nepotpun, obično zato što je ID klijenta ili zakupac pogrešan ili nedostaje.
diag-oauth-invalid-request-fix = Na stranici Exchange Online provjerite zakupca i ID aplikacije (klijenta) svoje registracije aplikacije te pokušajte ponovno; tekst pogreške prikazan uz ovu dijagnozu obično navodi o kojem je parametru riječ.

## Odgovori SMTP poslužitelja Exchange Online

diag-smtp-auth-disabled-tenant-title = SMTP AUTH je onemogućen za organizaciju
diag-smtp-auth-disabled-tenant-cause = Exchange Online odbio je prijavu jer je SMTP AUTH onemogućen za cijelog zakupca, što je zadana postavka.
diag-smtp-auth-disabled-tenant-fix = Omogućite SMTP AUTH samo za poštanski sandučić pisača: u programu Exchange Online PowerShell pokrenite Set-CASMailbox -Identity <sandučić> -SmtpClientAuthenticationDisabled $false (postavka sandučića ima prednost pred postavkom organizacije) i provjerite rezultat naredbom Get-CASMailbox -Identity <sandučić> | Format-List SmtpClientAuthenticationDisabled. Tek kao rezervno rješenje, kada ga treba mnogo uređaja, omogućite ga za cijelu organizaciju naredbom Set-TransportConfig -SmtpClientAuthenticationDisabled $false. Može proći neko vrijeme dok promjena ne počne vrijediti.
diag-smtp-auth-disabled-mailbox-title = SMTP AUTH je onemogućen za poštanski sandučić
diag-smtp-auth-disabled-mailbox-cause = SMTP AUTH je onemogućen za poštanski sandučić pisača, pa Exchange Online ne dopušta slanje pošte putem SMTP-a.
diag-smtp-auth-disabled-mailbox-fix = U programu Exchange Online PowerShell pokrenite Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false (ili u administratorskom centru sustava Microsoft 365 omogućite SMTP AUTH za poštanski sandučić) i provjerite rezultat naredbom Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled.
diag-smtp-security-defaults-title = SMTP su blokirale sigurnosne zadane postavke
diag-smtp-security-defaults-cause = Pravilo sigurnosnih zadanih postavki organizacije odbilo je prijavu na SMTP. Ono blokira prijave lozinkom (osnovna provjera autentičnosti) čak i kada je SMTP AUTH omogućen u Exchange Online.
diag-smtp-security-defaults-fix = Provjerite prijavljuje li se uređaj putem OAuth 2.0, a ne lozinkom: postavite Authentication Method na OAuth2 i prijavite pisač (korak Prijava), a zatim ponovno pošaljite probnu poruku; sigurnosne zadane postavke to dopuštaju. Onemogućavanje sigurnosnih zadanih postavki također bi pomoglo, ali time se za sve račune u organizaciji uklanjaju višestruka provjera autentičnosti i blokiranje zastarjelih prijava: učinite to samo ako uređaj ne može koristiti OAuth 2.0, a račune zaštitite pravilima uvjetnog pristupa.
diag-smtp-criteria-not-met-title = SMTP prijava ne ispunjava uvjete
diag-smtp-criteria-not-met-cause = Exchange Online odbio je prijavu odgovorom 535 5.7.139 „the request did not meet the criteria to be authenticated successfully”: na SMTP za ovaj račun najčešće se primjenjuje pravilo uvjetnog pristupa ili višestruke provjere autentičnosti ili token nema dopuštenje SMTP.Send.
diag-smtp-criteria-not-met-fix = U administratorskom centru za Microsoft Entra provjerite zapisnike prijava i pravila uvjetnog pristupa za poštanski sandučić pisača i po potrebi ga izuzmite; provjerite ima li registracija aplikacije delegirano dopuštenje SMTP.Send (pod Microsoft Graph) za koje je dana suglasnost.
diag-smtp-auth-unsuccessful-title = Provjera autentičnosti SMTP nije uspjela
diag-smtp-auth-unsuccessful-cause = Exchange Online nije prihvatio token: izdan je za drugi račun, a ne za SMTP korisnika, ili ne sadrži dopuštenje SMTP.Send.
diag-smtp-auth-unsuccessful-fix = Provjerite ima li aplikacija dopuštenje SMTP.Send, a zatim se ponovno prijavite istim poštanskim sandučićem kojim pisač šalje poštu (Authenticated Account) da biste dobili novi token.
diag-smtp-not-authenticated-title = Pisač se ne prijavljuje na SMTP poslužitelj
diag-smtp-not-authenticated-cause = SMTP poslužitelj primio je poštu od klijenta koji se nije prijavio: metoda provjere autentičnosti pisača nije postavljena na OAuth2.
diag-smtp-not-authenticated-fix = U programu Web Config otvorite Network > Email Server > Basic, odaberite OAuth2 kao Authentication Method, prijavite se i kliknite OK za slanje podataka o postavkama pisaču.
diag-smtp-send-as-denied-title = Slanje u ime ovog pošiljatelja nije dopušteno
diag-smtp-send-as-denied-cause = Sender's Email Address nije adresa prijavljenog poštanskog sandučića, a taj sandučić nema dopuštenje Send As (Pošalji kao) za tu adresu.
diag-smtp-send-as-denied-fix = Na kartici Network > Email Server > Basic postavite Sender's Email Address na adresu prijavljenog računa (Authenticated Account) ili u administratorskom centru za Exchange dodijelite sandučiću dopuštenje Send As za adresu pošiljatelja (Recipients > Mailboxes > Delegation).
diag-smtp-old-tls-title = Pisač koristi TLS 1.0 ili 1.1
diag-smtp-old-tls-cause = Exchange Online prihvaća samo TLS 1.2 ili noviji, a pisač je ponudio stariju verziju TLS-a.
diag-smtp-old-tls-fix = Ažurirajte firmware pisača na najnoviju verziju, kako vodič preporučuje prije početka, a zatim ponovno testirajte uz Secure Connection STARTTLS i priključak 587.
diag-smtp-thread-limit-title = Previše istodobnih veza
diag-smtp-thread-limit-cause = Exchange Online privremeno je odbio poruku jer poštanski sandučić ima previše paralelnih SMTP veza (prekoračeno je ograničenje niti pošiljatelja).
diag-smtp-thread-limit-fix = Pričekajte nekoliko minuta i pošaljite ponovno; ako više uređaja dijeli isti poštanski sandučić, rasporedite ih na zasebne sandučiće ili vremenski razmaknite njihovo slanje.
diag-smtp-bad-outbound-sender-title = Poštanskom sandučiću blokirano je slanje
diag-smtp-bad-outbound-sender-cause = Microsoft je poštanskom sandučiću blokirao slanje e-pošte jer je otkriveno da šalje neželjenu poštu, često nakon što su njegovi podaci za prijavu ugroženi.
diag-smtp-bad-outbound-sender-fix = Na portalu Microsoft Defender pod Email & collaboration > Review > Restricted entities pronađite sandučić, zaštitite račun (promijenite lozinku, pregledajte prijave) i tek ga tada uklonite s popisa.
diag-smtp-invalid-xoauth2-title = Neispravni podaci XOAUTH2
diag-smtp-invalid-xoauth2-cause = Poslužitelj nije mogao pročitati podatke za prijavu XOAUTH2: korisničko ime ili token u njima nisu ispravno oblikovani ili su prazni.
diag-smtp-invalid-xoauth2-fix = Ponovno se prijavite da biste dobili novi token i provjerite sadrži li naziv računa samo adresu poštanskog sandučića bez razmaka, a zatim ponovno testirajte.
diag-smtp-dropped-title = SMTP poslužitelj prekinuo je vezu
diag-smtp-dropped-cause = SMTP poslužitelj neočekivano je zatvorio vezu prije kraja razmjene; to često uzrokuje vatrozid, proxy poslužitelj ili uređaj za pregled TLS prometa na putu do poslužitelja.
diag-smtp-dropped-fix = Na kartici Network > Email Server > Basic provjerite SMTP Server Address, priključak 587 i Secure Connection STARTTLS, provjerite je li odlazni promet na priključku 587 dopušten i bez pregleda, a zatim pokušajte ponovno.
diag-smtp-rejected-title = SMTP poslužitelj odbio je poruku
diag-smtp-rejected-cause = SMTP poslužitelj odbio je poruku odgovorom koji nije u ovom katalogu; izvorni tekst odgovora poslužitelja prikazan je uz ovu dijagnozu.
diag-smtp-rejected-fix = Pročitajte prikazani tekst odgovora i potražite njegov kod u Microsoftovoj dokumentaciji za Exchange Online (Microsoft Learn); provjerite postavke poštanskog sandučića pisača u Exchange Online i ponovno pošaljite probnu poruku.

## Mrežni uvjeti

diag-net-unreachable-title = Poslužitelj nije dostupan
diag-net-unreachable-cause = Veza s poslužiteljem nije uspostavljena: nema mreže, naziv se ne može razriješiti (DNS) ili vatrozid ili proxy poslužitelj blokira adresu.
diag-net-unreachable-fix = Provjerite je li računalo povezano s mrežom i može li doći do adrese login.microsoftonline.com i do SMTP poslužitelja na priključku 587 (proxy poslužitelj ih možda mora propustiti) te je li na prvoj stranici odabran ispravan oblak.
diag-net-timeout-title = Poslužitelj nije odgovorio na vrijeme
diag-net-timeout-cause = Poslužitelj nije odgovorio u dopuštenom vremenu; mreža je spora ili vatrozid bez obavijesti odbacuje promet.
diag-net-timeout-fix = Pokušajte ponovno; ako se to ponavlja, provjerite propušta li vatrozid ili proxy poslužitelj Microsoftove adrese za prijavu i SMTP za odabrani oblak.
diag-net-tls-title = Sigurna veza nije uspostavljena
diag-net-tls-cause = TLS rukovanje nije uspjelo ili certifikat poslužitelja nije pouzdan, primjerice samopotpisani certifikat pisača ili proxy poslužitelj koji pregledava TLS promet.
diag-net-tls-fix = Nikada ne isključujte provjeru certifikata: dodajte izdavatelja certifikata (CA) opcijom --ca-file ili provjerite i potvrdite otisak certifikata kada ga pomoćnik prikaže. Na pisaču ostavite Certificate Validation na Enable i po potrebi ažurirajte korijenske certifikate putem Root Certificate Update.
diag-net-server-error-title = Pogreška Microsoftova poslužitelja
diag-net-server-error-cause = Microsoftov poslužitelj odgovorio je internom pogreškom (HTTP 5xx); problem je na Microsoftovoj strani i obično je privremen.
diag-net-server-error-fix = Pričekajte nekoliko minuta i pokušajte ponovno; ako se pogreška nastavi, provjerite Service health u administratorskom centru sustava Microsoft 365.
diag-net-malformed-title = Odgovor se ne može pročitati
diag-net-malformed-cause = Primljeni odgovor ne može se pročitati kao Microsoftov odgovor; obično je umjesto Microsofta odgovorio proxy poslužitelj ili portal za prijavu na mrežu ili URL ovlasti (authority) upućuje na pogrešno mjesto.
diag-net-malformed-fix = Na prvoj stranici provjerite oblak i URL ovlasti (zadržite zadanu vrijednost za svoj oblak) te provjerite da proxy poslužitelj ili portal za prijavu na mrežu ne presreće promet.

## Lokalni uvjeti

diag-local-keychain-unavailable-title = Privjesak za ključeve (keychain) nije dostupan
diag-local-keychain-unavailable-cause = Privjesak za ključeve operacijskog sustava nije dostupan, pa se naredba dovršava, ali ništa se ne pamti (sljedeći put morat ćete se ponovno prijaviti).
diag-local-keychain-unavailable-fix = Na Linuxu pokrenite uslugu Secret Service, primjerice gnome-keyring, i otključajte je; na Windowsu i macOS-u pokrenite alat u uobičajenoj sesiji radne površine kako bi Upravitelj vjerodajnica odnosno Privjesak ključeva bili dostupni.
diag-local-cancelled-title = Otkazano
diag-local-cancelled-cause = Radnja je otkazana (prekinuli ste je vi ili je prozor zatvoren) prije nego što je dovršena.
diag-local-cancelled-fix = Ponovno pokrenite korak kada budete spremni.

## Pogreške unosa

diag-input-invalid-address-title = Neispravna adresa e-pošte
diag-input-invalid-address-cause = Unesena adresa e-pošte nije valjana.
diag-input-invalid-address-fix = Upišite je u obliku ime@domena, primjerice skener@contoso.com, bez razmaka i dodatnih znakova.
diag-input-invalid-authority-title = Neispravan URL ovlasti
diag-input-invalid-authority-cause = URL ovlasti (authority) nije prihvatljiv: mora koristiti https; običan http dopušten je samo za adrese povratne petlje (primjerice 127.0.0.1).
diag-input-invalid-authority-fix = Unesite adresu koja počinje s https, primjerice https://login.microsoftonline.com, ili zadržite zadanu vrijednost za odabrani oblak.
diag-input-invalid-tenant-title = Neispravan zakupac
diag-input-invalid-tenant-cause = Zakupac mora biti GUID direktorija, domena, „organizations” ili „consumers”.
diag-input-invalid-tenant-fix = Kopirajte Directory (tenant) ID ili potvrđenu domenu iz administratorskog centra za Microsoft Entra (Overview) ili za poslovne račune upotrijebite „organizations”; „consumers” služi samo za Outlook.com.
diag-input-unknown-code-title = Nepoznat kod ili tekst
diag-input-unknown-code-cause = Uneseni kod ili tekst nije u katalogu dijagnoza.
diag-input-unknown-code-fix = Provjerite je li kopiran u cijelosti (primjerice cijeli broj AADSTS ili cijeli redak odgovora SMTP poslužitelja) i pokušajte ponovno; ako je i dalje nepoznat, slijedite korake za rješavanje problema na posljednjoj stranici.

## Koraci pomoćnika (stranica na kojoj se primjenjuje rješenje)

step-welcome = Dobro došli
step-exchange-online = Exchange Online
step-printer = Pisač
step-email-server = Poslužitelj e-pošte
step-sign-in = Prijava
step-apply-verify = Primjena i provjera
step-scan-to-my-email = Skeniranje u moju e-poštu
step-finish = Završetak i rješavanje problema

## Oznake dijagnoze

label-cause = Uzrok
label-fix = Rješenje
fix-page = Rješava se u pomoćniku na stranici „{ $page }”
fix-command = U naredbenom retku rješava se naredbom: { $command }
label-detail = Pojedinosti
label-trace-id = ID praćenja (Trace ID)
label-correlation-id = ID korelacije (Correlation ID)

## Prijava i probna poruka

signin-code = Za prijavu otvorite { $uri } i unesite kod { $code }. Kod istječe za { $minutes } min.
signin-no-browser = Preglednik se nije mogao otvoriti: sami otvorite gornju adresu.
signin-waiting = Čeka se prijava… (još { $seconds } s)
signin-done = Prijavljeni ste kao { $account }.
mail-sent = Probna poruka poslana je na { $to } preko { $server }.
mail-subject = Provjera printer-oauth: ovaj poštanski sandučić može slati e-poštu uz OAuth 2.0
mail-body = Ovo je probna poruka provjere printer-oauth prije postavljanja.
    Račun { $account } prijavio se uz OAuth 2.0 i poslao je putem SMTP-a uz XOAUTH2 u { $time }.
    SMTP AUTH radi za zakupca i ovaj poštanski sandučić, pa pisač može slati e-poštu s ovim postavkama.

## Upozorenja koja ne zaustavljaju naredbu

warning-keychain-unavailable = Nijedan privjesak za ključeve (keychain) nije dostupan ({ $error }): prijava nije zapamćena i ništa nije spremljeno nigdje drugdje. Sljedeći put ponovno ćete se prijaviti kodom.
warning-refresh-failed = Zapamćena prijava više ne vrijedi ({ $code }); ponovna prijava kodom.
warning-account-mismatch = Prijavljeni ste kao { $signed }, a ne kao poštanski sandučić { $expected }: probna poruka šalje se kao { $signed }.

## Naredbeni redak i demonstracija

demo-ready = Demonstracijski simulatori rade. Platforma za identitete: { $authority }; SMTP: { $smtp }; demonstracijski sandučić: { $mailbox }. Za zaustavljanje pritisnite Ctrl+C. Za isprobavanje provjere prije postavljanja:
demo-printer = Demonstracijski Epson pisač: https://{ $printer } (Web Config; administratorska lozinka { $password }, što je njegov serijski broj). Za prelazak na OAuth 2.0:
demo-failed = Demonstracijski simulatori nisu se mogli pokrenuti: { $error }
error-runtime = Pokretanje nije uspjelo: { $error }

## Stranica za prijavu simulatora identiteta

sim-page-title = Prijavite se na svoj račun (demonstracija)
sim-page-note = Ovo je zamjena za Microsoftovu stranicu za prijavu u demonstraciji printer-oauth. Ne koristi se nijedan stvarni račun.
sim-page-enter-code = Unesite kod prikazan u aplikaciji ili na uređaju.
sim-page-code-label = Kod
sim-page-next = Dalje
sim-page-bad-code = Taj kod nije valjan. Provjerite kod i pokušajte ponovno.
sim-page-app-asks = { $app } traži dopuštenje za slanje e-pošte u vaše ime (SMTP.Send) i za zadržavanje tog pristupa.
sim-page-pick-account = Odaberite račun
sim-page-permissions = Prihvatite samo ako ste ovu prijavu pokrenuli u svojoj aplikaciji ili na uređaju.
sim-page-consent-org = Pristanak u ime vaše tvrtke ili ustanove
sim-page-accept = Prihvati
sim-page-decline = Odustani
sim-page-approved = Prijavili ste se na uređaju. Sada možete zatvoriti ovaj prozor.
sim-page-declined = Prijava je otkazana. Sada možete zatvoriti ovaj prozor.
sim-consent-heading = Zatražena dopuštenja: prihvatite u ime organizacije
sim-consent-asks = { $app } traži ova dopuštenja za sve korisnike u organizaciji { $org }:
sim-consent-send = Slanje e-pošte u ime prijavljenog korisnika (SMTP.Send)
sim-consent-offline = Zadržavanje pristupa podacima kojima ste mu dali pristup
sim-consent-profile = Prijava i čitanje vašeg profila
sim-consent-note = Ako prihvatite, ova aplikacija dobiva ta dopuštenja za sve korisnike u organizaciji { $org }. Nitko drugi neće morati pregledati ta dopuštenja. Prihvatiti može samo globalni administrator.
sim-consent-granted = Dopuštenja su odobrena za organizaciju { $org }. Sada možete zatvoriti ovaj prozor.
sim-consent-failed = Nažalost, došlo je do problema s ovim zahtjevom.

## Dijagnoze dodane s naredbenim retkom

diag-signin-refused-title = Microsoft je odbio prijavu
diag-signin-refused-cause = Microsoftova platforma za identitete odgovorila je pogreškom koje nema u ovom katalogu.
diag-signin-refused-fix = Pročitajte odgovor prikazan uz ovu poruku i potražite njegov kod AADSTS; ID praćenja i ID korelacije dajte službi za podršku ili Microsoftovoj podršci.
diag-input-invalid-smtp-title = Zapis SMTP poslužitelja nije prepoznat
diag-input-invalid-smtp-cause = SMTP poslužitelj mora biti napisan kao host i priključak, na primjer smtp.office365.com:587.
diag-input-invalid-smtp-fix = Napišite poslužitelj kao HOST:PRIKLJUČAK (IPv6 adresu u uglatim zagradama, na primjer [::1]:587) i pokušajte ponovno.
diag-local-ca-file-title = Datoteka CA certifikata ne može se pročitati
diag-local-ca-file-cause = Datoteka zadana opcijom --ca-file ne postoji, ne može se pročitati ili nije PEM certifikat.
diag-local-ca-file-fix = Provjerite putanju i sadrži li datoteka PEM certifikat (počinje s -----BEGIN CERTIFICATE-----), a zatim pokušajte ponovno.

## Pisač (issue 3)

diag-printer-unreachable-title = Pisač ne odgovara
diag-printer-unreachable-cause = Na ovoj adresi i priključku ništa nije odgovorilo: pisač je možda isključen ili u stanju mirovanja, nalazi se na drugoj mreži ili je adresa pogrešna.
diag-printer-unreachable-fix = Provjerite adresu pisača na njegovoj upravljačkoj ploči u izborniku Postavke > Opće postavke > Postavke mreže > Stanje mreže > Status ožičene LAN/Wi-Fi veze, provjerite je li ovo računalo spojeno na istu mrežu kao i pisač i pokušajte ponovno.
diag-printer-timeout-title = Pisač nije odgovorio na vrijeme
diag-printer-timeout-cause = Pisač je prihvatio vezu, ali nije odgovorio u dopuštenom vremenu. Možda je zauzet ispisom, ponovno se pokreće ili se budi iz stanja mirovanja.
diag-printer-timeout-fix = Pričekajte minutu i pokušajte ponovno. Ako se to ponavlja, produljite dopušteno vrijeme opcijom --timeout.
diag-printer-tls-title = Sigurna veza s pisačem nije uspostavljena
diag-printer-tls-cause = HTTPS veza s programom Web Config na pisaču nije se mogla uspostaviti ili certifikat pisača nije prihvaćen na temelju zadane datoteke CA certifikata.
diag-printer-tls-fix = Provjerite vodi li lanac certifikata pisača do datoteke CA certifikata zadane opcijom --ca-file ili izostavite --ca-file kako biste nakon usporedbe otiska potvrdili i zapamtili vlastiti certifikat pisača.
diag-printer-http-only-title = Pisač nudi samo običan HTTP
diag-printer-http-only-cause = Web Config na pisaču odgovara bez šifriranja. Administratorska lozinka prošla bi mrežom kao čisti tekst, pa je ovaj alat ne šalje.
diag-printer-http-only-fix = Uključite HTTPS za Web Config (u programu Web Config na kartici Network Security > SSL/TLS > Basic ili na upravljačkoj ploči), a zatim se ponovno povežite. Običan http:// prihvaća se samo za simulator na ovom računalu.
diag-printer-unpinned-title = Potvrdite certifikat pisača
diag-printer-unpinned-cause = Ovo je prvo povezivanje s ovim pisačem. Pisač predočuje vlastiti (samopotpisani) certifikat s otiskom prikazanim u nastavku, za koji ne jamči nijedan izdavatelj certifikata.
diag-printer-unpinned-fix = Usporedite otisak s onim koji prikazuje pisač (Web Config > Network Security > SSL/TLS > Certificate ili list stanja mreže). Ako se podudaraju, ponovno pokrenite naredbu s opcijom --trust-fingerprint i nakon nje upišite otisak; od tada se otisak pamti.
diag-printer-pin-mismatch-title = Certifikat pisača se promijenio
diag-printer-pin-mismatch-cause = Pisač predočuje certifikat drukčiji od onoga koji je potvrđen za ovu adresu. Pisač je možda izradio novi certifikat (nakon vraćanja na zadane postavke ili ažuriranja firmwarea) ili na njegovu mjestu odgovara neki drugi uređaj.
diag-printer-pin-mismatch-fix = Ne nastavljajte dok ne utvrdite razlog. Provjerite otisak na samom pisaču; ako pisač doista ima novi certifikat, potvrdite ga opcijom --trust-fingerprint i novim otiskom.
diag-printer-not-supported-title = Pisač nije podržan
diag-printer-not-supported-cause = Uređaj na ovoj adresi odgovara, ali ne onako kako profil pisača opisuje web-konfiguraciju: možda je riječ o uređaju drugog proizvođača ili o modelu ili firmwareu koji profil ne obuhvaća.
diag-printer-not-supported-fix = Provjerite adresu. Za drugi model ili firmware naredbom „printer capture” izradite snimku njegovih stranica bez povjerljivih podataka i napišite profil za njega (docs/printer-profiles.md), a zatim ga zadajte opcijom --profile.
diag-printer-additional-network-title = Pisaču se pristupa preko dodatne mreže
diag-printer-additional-network-cause = Ova adresa pripada dodatnom mrežnom sučelju pisača. Dodatna mreža ne podržava provjeru autentičnosti OAuth 2.0.
diag-printer-additional-network-fix = Povežite se s adresom pisača na standardnoj mreži (Postavke > Opće postavke > Postavke mreže > Stanje mreže) i ondje postavite pisač.
diag-printer-bad-password-title = Pisač je odbio administratorsku lozinku
diag-printer-bad-password-cause = Pisač je odgovorio „Incorrect user name or password”. Lozinka nije ponovno isprobana: ponovljeni neuspjeli pokušaji na neko vrijeme zaključavaju administratorsku prijavu.
diag-printer-bad-password-fix = Unesite administratorsku lozinku pisača (na mnogim pisačima Epson početna lozinka je serijski broj s naljepnice na stražnjoj strani).
diag-printer-locked-out-title = Pisač je zaključao administratorsku prijavu
diag-printer-locked-out-cause = Nakon nekoliko neuspjelih prijava pisač neko vrijeme odbija svaku prijavu („Try again later.”).
diag-printer-locked-out-fix = Pričekajte nekoliko minuta bez pokušaja prijave, a zatim se jednom prijavite ispravnom lozinkom.
diag-printer-password-missing-title = Potrebna je administratorska lozinka pisača
diag-printer-password-missing-cause = Lozinka nije zadana: za ovaj pisač nijedna lozinka nije zapamćena u privjesku za ključeve, a nema terminala u kojem bi se mogla zatražiti.
diag-printer-password-missing-fix = Zadajte lozinku na standardnom ulazu opcijom --password-stdin (nikada kao argument) ili pokrenite naredbu u terminalu kako bi se lozinka zatražila. Dodajte --remember-password da biste je spremili u privjesak za ključeve.
diag-printer-session-lost-title = Pisač stalno prekida sesiju
diag-printer-session-lost-cause = Pisač je ponovno zatražio prijavu odmah nakon svake uspješne prijave, pa se postavke nisu mogle pročitati ni zapisati, a prijava pisača nije se mogla pokrenuti. Pisač prekida sesiju kada se u Web Config prijavi drugi administrator ili kada dosegne ograničenje broja sesija.
diag-printer-session-lost-fix = Zatvorite ostale prozore i sesije programa Web Config (možda je prijavljen drugi administrator: Web Config dopušta samo jednu administratorsku sesiju istodobno), pričekajte nekoliko minuta da istekne sesija na pisaču ili ponovno pokrenite pisač, a zatim pokušajte ponovno.
diag-printer-unexpected-page-title = Pisač je neočekivano odgovorio
diag-printer-unexpected-page-cause = Pisač je odgovorio stranicom koju profil pisača ne opisuje. Zbog toga ništa nije promijenjeno.
diag-printer-unexpected-page-fix = Pokušajte ponovno. Ako se to ponavlja, naredbom „printer capture” izradite snimku bez povjerljivih podataka i prijavite je zajedno s tekstom u nastavku.
diag-printer-profile-title = Profil pisača sadrži pogrešku
diag-printer-profile-cause = Profil pisača ne može se koristiti u ovom obliku: redak i polje navedeni u nastavku pogrešni su ili nedostaju ili na stranici pisača nema polja koje profil navodi.
diag-printer-profile-fix = Ispravite profil u retku i polju navedenima u nastavku (format je opisan u docs/printer-profiles.md) ili izostavite --profile da biste koristili profil koji se isporučuje s alatom.
diag-printer-invalid-address-title = Neispravna adresa pisača
diag-printer-invalid-address-cause = Zadana adresa pisača ne može se koristiti.
diag-printer-invalid-address-fix = Unesite IPv4 ili IPv6 adresu ili naziv hosta pisača, po potrebi s :priključak, primjerice 192.168.1.20 ili [fe80::1]:443. Adresa se nalazi na upravljačkoj ploči u izborniku Postavke > Opće postavke > Postavke mreže > Stanje mreže.
diag-printer-invalid-fingerprint-title = Neispravan otisak certifikata
diag-printer-invalid-fingerprint-cause = Otisak SHA-256 sastoji se od 64 heksadecimalne znamenke, obično napisane u parovima odvojenima dvotočkama.
diag-printer-invalid-fingerprint-fix = Kopirajte otisak točno onako kako ga prikazuje ovaj alat ili pisač, primjerice AB:CD:…, i zadajte ga opcijom --trust-fingerprint.
diag-printer-pins-title = Potvrđeni certifikati ne mogu se pročitati ni spremiti
diag-printer-pins-cause = Datoteka s potvrđenim certifikatima pisača (pins.json u mapi s podacima ovog alata) nije se mogla pročitati ili zapisati.
diag-printer-pins-fix = Provjerite može li vaš korisnički račun pisati u mapu s podacima navedenu u nastavku i nije li datoteka oštećena; oštećenu datoteku uklonite i ponovno potvrdite otisak pisača.
diag-printer-discovery-title = Pretraživanje mreže nije se moglo pokrenuti
diag-printer-discovery-cause = Traženje pisača koristi multicast DNS (mDNS), koji se na ovom računalu nije mogao pokrenuti.
diag-printer-discovery-fix = Dopustite mDNS (UDP priključak 5353) u vatrozidu ili sami unesite adresu pisača.
diag-printer-invalid-setting-title = Postavka krši pravila pisača
diag-printer-invalid-setting-cause = Pisač bi odbio ove postavke, pa mu ništa nije poslano.
diag-printer-invalid-setting-fix = Ispravite polja navedena u nastavku, a zatim pokušajte ponovno.
diag-printer-rejected-title = Pisač je odbio postavke
diag-printer-rejected-cause = Pisač je odgovorio da je neka vrijednost nevažeća. Prethodne postavke provjerene su i i dalje vrijede.
diag-printer-rejected-fix = Provjerite polje koje pisač navodi u nastavku na kartici Network > Email Server > Basic. Za OAuth2 možda će biti potrebno ažurirati firmware pisača.
diag-printer-no-fax-title = Nema postavki poslužitelja e-pošte za faks poslužitelj
diag-printer-no-fax-cause = Ovaj pisač (ili njegov profil) nema zaslon Fax > Fax Server > Email Server Settings. OAuth 2.0 za faks poslužitelj podržan je samo na kompatibilnim modelima.
diag-printer-no-fax-fix = Izostavite --fax da biste postavili Email Server > Basic ili koristite profil za kompatibilni model.
diag-printer-signin-failed-title = Prijava pisača u Microsoft nije uspjela
diag-printer-signin-failed-cause = Pisač je javio pogrešku pri prijavi u Microsoft koju ovaj alat ne poznaje.
diag-printer-signin-failed-fix = Ponovno pokrenite prijavu. Ako opet ne uspije, potražite kod naveden u nastavku naredbom „printer-oauth explain” ili na stranici Microsoft Learn.
diag-printer-not-signed-in-title = Pisač nije prijavljen
diag-printer-not-signed-in-cause = Postavke su poslane, ali nakon toga Current Status pisača nije Signed in.
diag-printer-not-signed-in-fix = Kliknite Sign In na kartici Network > Email Server > Basic i ponovno se prijavite (ili ponovno pokrenite postavljanje), a zatim kliknite OK za slanje podataka o postavkama pisaču.
diag-printer-restart-timeout-title = Pisač se nije vratio nakon ponovnog pokretanja
diag-printer-restart-timeout-cause = Pisač je odgovorio „Shutting down” kako bi ponovno pokrenuo svoj web-poslužitelj i otada se nije javio.
diag-printer-restart-timeout-fix = Pričekajte da upravljačka ploča pisača bude spremna, a zatim ponovno pokrenite postavljanje: ono ponovno čita postavke i točno prikazuje što je spremljeno na pisaču.
diag-printer-verify-failed-title = Pisač nije zadržao postavke
diag-printer-verify-failed-cause = Nakon zapisivanja postavke pisača ponovno su pročitane i ova se polja razlikuju od poslanih. Prethodne postavke vraćene su i provjerene.
diag-printer-verify-failed-fix = Ažurirajte firmware pisača i pokušajte ponovno. Datoteka sigurnosne kopije navedena u nastavku sadrži prethodne postavke.
diag-printer-restore-failed-title = Prethodne postavke nisu se mogle vratiti
diag-printer-restore-failed-cause = Zapisivanje novih postavki nije uspjelo, a nije uspjelo ni vraćanje prethodnih: na pisaču sada mogu biti pomiješane stare i nove postavke.
diag-printer-restore-failed-fix = Otvorite Web Config, Network > Email Server > Basic, ručno unesite vrijednosti iz datoteke sigurnosne kopije navedene u nastavku, a zatim kliknite OK.
diag-printer-backup-title = Sigurnosna kopija nije se mogla spremiti
diag-printer-backup-cause = Prije bilo kakve promjene trenutne postavke pisača spremaju se u datoteku sigurnosne kopije; to nije uspjelo, pa ništa nije promijenjeno.
diag-printer-backup-fix = Provjerite može li vaš korisnički račun pisati u mapu s podacima ovog alata, a zatim pokušajte ponovno.
diag-printer-capture-title = Snimka se nije mogla zapisati
diag-printer-capture-cause = Stranice bez povjerljivih podataka nisu se mogle zapisati u mapu zadanu opcijom --out.
diag-printer-capture-fix = Odaberite mapu u koju vaš korisnički račun može pisati i u kojoj nema ranije snimke: snimka nikad ne zamjenjuje postojeću datoteku.

field-auth-method = Authentication Method
field-service = Email service
field-account = Authenticated Account
field-password = Authenticated Password
field-sender = Sender's Email Address
field-smtp-server = SMTP Server Address
field-smtp-port = SMTP Server Port Number
field-secure = Secure Connection
field-cert-validation = Certificate Validation
field-pop3-server = POP3 Server Address
field-pop3-port = POP3 Server Port Number

violation-empty = { $field }: unesite vrijednost.
violation-too-long = { $field }: pisač prihvaća najviše { $max } znakova.
violation-not-ascii = { $field }: pisač prihvaća samo ASCII znakove (bez slova s dijakritičkim znakovima kao što su č, ć, š ili ž).
violation-forbidden = { $field }: pisač ne prihvaća znak „{ $character }”.
violation-leading-dot = { $field }: ne smije počinjati točkom.
violation-not-address = { $field }: unesite adresu e-pošte, primjerice skener@contoso.com.
violation-not-host = { $field }: unesite IPv4 adresu ili potpuno kvalificirani naziv hosta, primjerice smtp.office365.com.
violation-port = { $field }: unesite priključak od 1 do 65535.
violation-needs-tls = { $field }: Microsoft prihvaća OAuth2 samo preko šifrirane veze; odaberite STARTTLS.

address-empty = ništa nije uneseno
address-whitespace = adresa sadrži razmake
address-scheme = ispred adrese prihvaća se samo https://
address-no-host = adresa nema host
address-user-info = korisničko ime ili lozinka ne pripadaju u adresu
address-path = unesite samo adresu pisača, bez putanje
address-port = priključak mora biti broj od 1 do 65535
address-ipv6 = nije valjana IPv6 adresa (kada dodajete priključak, napišite je u uglatim zagradama: [fe80::1]:443)
address-ipv4 = nije valjana IPv4 adresa: napišite je kao četiri broja od 0 do 255 bez vodećih nula, na primjer 192.168.1.20
address-name = nije valjan naziv hosta
address-character = naziv hosta ne smije sadržavati „{ $character }”

printer-http-refused = Običan http:// prihvaća se samo za simulator na ovom računalu; koristite adresu pisača bez http://.
label-pinned = Potvrđeno
label-shown = Sada prikazano
printer-restore-detail = { $cause }. Ni vraćanje prethodnih postavki nije uspjelo: { $why }. Datoteka sigurnosne kopije: { $file }
printer-discovering = Traženje pisača na mreži ({ $seconds } s)…
printer-none-found = Nijedan pisač nije odgovorio. Sami unesite adresu pisača (na njegovoj upravljačkoj ploči: Postavke > Opće postavke > Postavke mreže > Stanje mreže).
printer-reached = Pisač: { $model }, firmware { $firmware }, na adresi { $address }.
printer-pinned-now = Certifikat { $fingerprint } potvrđen je i zapamćen za ovaj pisač.
printer-password-prompt = Administratorska lozinka pisača { $printer }: 
printer-logged-in = Prijavljeni ste u Web Config kao administrator.
printer-status = Status poslužitelja za e-poštu: { $email }. Status poslužitelja e-pošte za faks: { $fax }.
printer-status-unknown = nije prikazano
printer-backup-saved = Trenutne postavke pisača spremljene su u { $file }.
printer-verified = Postavke su poslane pisaču i ponovno pročitane bez promjena.
printer-restored = Prethodne postavke vraćene su i provjerene (sigurnosna kopija: { $file }).
printer-ready = Gotovo. Pisač je prijavljen kao { $account }; Status poslužitelja za e-poštu: { $status }.
printer-captured = Broj stranica zapisanih u { $dir } bez povjerljivih podataka: { $count }.
warning-password-keychain = Nijedan privjesak za ključeve (keychain) nije dostupan ({ $error }): administratorska lozinka nije zapamćena.
printer-signin-replaced = Prethodnu prijavu pisača ({ $account }) zamijenila je nova i ne može se vratiti: ponovno se prijavite na kartici Network > Email Server > Basic ili ponovno pokrenite postavljanje.
printer-signout-failed = Nova prijava pisača nije se mogla poništiti ({ $error }): kliknite Sign Out na kartici Network > Email Server > Basic.
warning-password-not-forgotten = Pisač je odbio zapamćenu administratorsku lozinku, a ona se nije mogla ukloniti iz privjeska za ključeve ({ $error }). Sami uklonite unos „printer-password/{ $printer }” aplikacije „printer-oauth” kako se više ne bi isprobavala.
mismatch-no-page = stranica { $path } ne postoji na ovom pisaču
mismatch-no-field = { $path } nema polje { $name }
mismatch-no-value = profil nema vrijednost pisača za { $name } = { $value }
mismatch-not-json = { $path } nije odgovorio u obliku JSON
mismatch-no-code = odgovor { $path } ne sadrži kod ni adresu za prijavu
mismatch-status = { $path } je odgovorio nepoznatim stanjem { $value }
detail-no-data-dir = sustav ne navodi mapu podataka za korisnika (je li postavljena varijabla HOME?)
printer-pin-replaced = Certifikat { $fingerprint } potvrđen je za ovaj pisač; zamjenjuje prethodno potvrđeni certifikat ({ $old }).

## Pomoćnik (issue 4)

ui-app-title = Postavljanje OAuth-a za pisač
ui-back = Natrag
ui-next = Dalje
ui-copy = Kopiraj
ui-cancel = Odustani
ui-open-signin = Otvori stranicu za prijavu
ui-signin-enter-code = Otvorite { $uri } i unesite ovaj kod:
ui-signin-countdown = Kod istječe za { $minutes }:{ $seconds }.
ui-welcome-title = Prebacite e-poštu pisača na OAuth 2.0
ui-welcome-intro = Radi bolje sigurnosti Microsoft Exchange Online ukinuo je osnovnu provjeru autentičnosti, a provjera autentičnosti SMTP (SMTP AUTH) prema zadanim je postavkama onemogućena. Pisači i skeneri koji šalju e-poštu (skeniranje u e-poštu, obavijesti e-poštom, faks u e-poštu) sada se moraju prijavljivati putem OAuth 2.0. Ovaj pomoćnik vodi vas kroz cijeli postupak: priprema Exchange Online, pronalazi pisač, postavlja njegov poslužitelj e-pošte, prenosi Microsoftovu prijavu pisača i provjerava rezultat.
ui-welcome-need = Što vam je potrebno
ui-welcome-need-admin = Račun s ovlastima globalnog administratora u vašem zakupcu (tenant) sustava Microsoft 365.
ui-welcome-need-password = Administratorska lozinka pisača.
ui-welcome-need-mailbox = Poštanski sandučić s kojeg pisač šalje (na primjer scanner@contoso.com).
ui-welcome-need-firmware = Najnoviji firmware na pisaču ili skeneru.
ui-language = Jezik
ui-service = Usluga e-pošte
ui-service-exchange-online = Microsoft Exchange Online (poslovni ili školski)
ui-service-outlook = Outlook.com (za osobnu uporabu)
ui-service-outlook-note = Outlook.com odaberite samo za osobni poštanski sandučić.
ui-cloud = Microsoftov oblak
ui-cloud-global = Globalni
ui-cloud-usgov = Vlada SAD-a (GCC High)
ui-cloud-usgov-dod = Vlada SAD-a (DoD)
ui-cloud-china = Kina (21Vianet)
ui-exchange-title = Omogućavanje SMTP AUTH u Exchange Online
ui-exchange-intro = Pisači i skeneri koriste protokol SMTP za slanje e-pošte, stoga morate omogućiti SMTP AUTH u Exchange Online: za organizaciju i za račun kojim se pisač prijavljuje.
ui-exchange-defaults = Sigurnosne zadane postavke
ui-exchange-defaults-text = U administratorskom centru za Microsoft Entra onemogućite sigurnosne zadane postavke za cijelu organizaciju (one blokiraju SMTP AUTH), a zatim u administratorskom centru za Exchange omogućite SMTP AUTH. U administratorskom centru sustava Microsoft 365 omogućite SMTP AUTH za račun kojim se pisač prijavljuje (Active users > račun > Mail > Manage email apps > Authenticated SMTP). Ili pokrenite PowerShell u nastavku.
ui-exchange-mailbox = Poštanski sandučić pisača
ui-exchange-admin = Vaš administratorski račun (neobavezno, za Connect-ExchangeOnline)
ui-exchange-tenant-script = PowerShell: SMTP AUTH za organizaciju
ui-exchange-needs-mailbox = Za nastavak unesite poštanski sandučić pisača.
exchange-centre-exchange = Administratorski centar za Exchange
exchange-centre-m365 = Administratorski centar sustava Microsoft 365
exchange-centre-entra = Administratorski centar za Microsoft Entra
ui-preflight-title = Provjera prije izmjena na pisaču (neobavezno)
ui-preflight-intro = Pomoćnik se može prijaviti računom kojim će se prijaviti pisač i poslati pravu probnu poruku s poštanskog sandučića pisača. Time se dokazuje da je SMTP AUTH uključen za organizaciju i za taj račun te da smije slati sa sandučića; svaka se pogreška objašnjava zajedno s rješenjem.
ui-preflight-app-howto = Za to je potrebna vaša vlastita registracija aplikacije: u administratorskom centru za Microsoft Entra otvorite App registrations > New registration, zatim pod Authentication uključite „Allow public client flows”, a pod API permissions dodajte Microsoft Graph > Delegated permissions > SMTP.Send. Njezin Application (client) ID kopirajte ovdje.
ui-preflight-tenant = Zakupac (tenant): ID direktorija ili domena; prazno za „organizations”
ui-preflight-client-id = ID aplikacije (klijenta)
ui-preflight-to = Pošalji probnu poruku na
ui-preflight-run = Prijavi se i pošalji probnu poruku
ui-preflight-starting = Traženje koda za prijavu od Microsofta…
ui-failed = Prozor se nije mogao otvoriti: { $error }. Naredbeni redak radi i bez zaslona: pogledajte printer-oauth --help.
ui-printer-title = Pisač
ui-printer-intro = Odaberite pisač pronađen na mreži ili unesite njegovu IP adresu. IP adresu pisača možete provjeriti na upravljačkoj ploči: Postavke > Opće postavke > Postavke mreže > Stanje mreže > Status ožičene LAN/Wi-Fi veze. Ovo računalo mora biti spojeno na istu mrežu kao i pisač.
ui-printer-standard-network = Za modele koji podržavaju dodatnu mrežu koristite standardnu mrežu: dodatna mreža ne podržava provjeru autentičnosti OAuth 2.0.
ui-printer-found = Pisači na mreži
ui-printer-searching = Pretraživanje mreže…
ui-printer-search = Ponovno pretraži
ui-printer-address = Ili unesite adresu pisača
ui-printer-connect = Poveži
ui-printer-confirm-title = Potvrdite certifikat pisača
ui-printer-confirm-text = Ovo je prvo povezivanje s ovim pisačem. Pisač predočuje vlastiti certifikat s otiskom prikazanim u nastavku. Usporedite ga s onim koji prikazuje pisač (Web Config > Network Security > SSL/TLS > Certificate ili list stanja mreže); vjerujte mu samo ako se podudaraju. Potvrđeni certifikat zatim se pamti.
ui-printer-trust = Otisci se podudaraju: vjeruj ovom pisaču
ui-printer-password = Administratorska lozinka pisača
ui-printer-remember = Zapamti lozinku u privjesku za ključeve ovog računala
ui-printer-remembered = Koristi se lozinka zapamćena u privjesku za ključeve, osim ako ne upišete drugu.
ui-printer-log-in = Prijava
ui-printer-change = Odaberi drugi pisač
ui-printer-needs-login = Za nastavak se povežite s pisačem i prijavite kao administrator.
ui-email-title = Poslužitelj e-pošte
ui-email-intro = Ovo su postavke s kartice Network > Email Server > Basic u programu Web Config. Popunjene su za odabranu uslugu; ograničenja pisača provjeravaju se dok upisujete.
ui-email-validation-off = Preporučuje se omogućiti provjeru certifikata (Certificate Validation). Kada je provjera certifikata onemogućena, veza se uspostavlja bez potvrde sigurnosti poslužitelja e-pošte.
ui-email-fax = Konfiguriraj i postavke e-pošte faks poslužitelja (Fax > Fax Server > Email Server Settings, samo kompatibilni modeli)
ui-signin-title = Prijava
ui-signin-intro = Pisač sada od Microsofta traži kod za prijavu. Otvorite stranicu za prijavu, unesite kod i prijavite se računom odabranim na stranici Exchange Online, kako je navedeno ispod koda. Pisač čuva vlastiti token; postavke se zatim šalju pisaču i provjeravaju.
ui-signin-start = Pokreni prijavu pisača ({ $target })
ui-signin-asking = Pisač od Microsofta traži kod…
ui-signin-as-admin = Prijavite se računom globalnog administratora i označite „Pristanak u ime vaše tvrtke ili ustanove”.
ui-signin-sending = Prijavljeni ste. Postavke se šalju pisaču i ponovno čitaju…
ui-signin-done = { $target }: prijavljen kao { $account }, postavke poslane i provjerene.
ui-signin-retry = Pokušaj ponovno
ui-signin-needs-done = Za nastavak dovršite prijavu pisača.
ui-target-email = Email Server
ui-target-fax = Fax Server
ui-apply-title = Primjena i provjera
ui-apply-intro = Postavke su poslane pisaču i ponovno pročitane bez promjena. Pisač sada sadrži sljedeće postavke, onako kako ih prikazuje kartica Network > Email Server > Basic.
ui-apply-reading = Čitanje postavki pisača…
ui-apply-block = Email Server > Basic
ui-apply-current-status = Current Status
ui-apply-signed-in = Signed in
ui-apply-not-signed-in = Nije prijavljen
ui-apply-jobs-clean = Povijest zadataka ne pokazuje aktualne pogreške e-pošte.
ui-apply-jobs-failed = Pogreške e-pošte u povijesti zadataka
ui-apply-read-again = Ponovno pročitaj
choice-off = Off
choice-smtp-auth = SMTP AUTH
choice-pop-before-smtp = POP before SMTP
choice-oauth2 = OAuth2
choice-exchange-online = Microsoft Exchange Online
choice-outlook = Outlook.com
choice-none = None
choice-starttls = STARTTLS
choice-ssl-tls = SSL/TLS
choice-enable = Enable
choice-disable = Disable
ui-scan-title = Skeniranje u moju e-poštu
ui-scan-intro = Na kompatibilnim modelima s Epson Print Admin Serverless funkcija Skeniranje u moju e-poštu (na uređaju izbornik „U Moja e-pošta”) šalje skenove s vlastite adrese svakog korisnika. Ako je u postavkama provjere autentičnosti za Epson Print Admin Serverless kao Sender's Email Address odabrana User's email address, uz postavke provjere autentičnosti OAuth 2.0 za poslužitelj e-pošte svaki se korisnik prijavljuje svojom adresom e-pošte.
ui-scan-admin = Prvo administrator
ui-scan-step-1 = Na zaslonu Epson Print Admin Serverless prijavite se kao korisnik s administratorskim ovlastima za pisač.
ui-scan-step-2 = Odaberite „U Moja e-pošta”. Prikazuje se zaslon za prijavu.
ui-scan-step-3 = Unesite adresu e-pošte računa s ovlastima uloge globalnog administratora, a zatim odaberite Next.
ui-scan-step-4 = Unesite lozinku i odaberite Sign In.
ui-scan-step-5 = Na zaslonu s dopuštenjima označite „Pristanak u ime vaše tvrtke ili ustanove” i odaberite Prihvati, a zatim odaberite OK da biste zatvorili zaslon.
ui-scan-menu-note = Nazivi stavki izbornika mogu se razlikovati ovisno o uređaju.
ui-scan-users = Zatim svaki korisnik
ui-scan-users-text = Nakon što je prijava administratora dovršena, svaki korisnik registriran u Epson Print Admin Serverless može koristiti funkciju slanja e-pošte prijavom: kada prvi put odabere izbornik „U Moja e-pošta”, prijavljuje se Microsoftovim računom svoje tvrtke ili organizacije (adresom e-pošte i lozinkom). Suglasnost danu u ime organizacije možete provjeriti u administratorskom centru za Microsoft Entra pod Enterprise applications.
ui-scan-open-entra = Otvori administratorski centar za Microsoft Entra
ui-scan-consent-heading = Ili dajte suglasnost s ovog računala
ui-scan-consent-text = Istu suglasnost možete dati u pregledniku: Microsoftova stranica za administratorsku suglasnost za Epsonovu aplikaciju prihvaća njezina dopuštenja za sve korisnike u organizaciji, jednako kao kada označite „Pristanak u ime vaše tvrtke ili ustanove”. Ondje se prijavite računom s ovlastima uloge globalnog administratora.
ui-scan-tenant = Domena ili ID direktorija (zakupca) vaše organizacije
ui-scan-app-id = ID aplikacije (klijenta) Epsonove aplikacije
ui-scan-app-id-help = Pronađite ga u administratorskom centru za Microsoft Entra pod Enterprise applications > All applications: otvorite Epsonovu aplikaciju kojom se pisač prijavio (ondje se pojavljuje nakon prijave na stranici „Prijava”) i kopirajte njezin Application ID.
ui-scan-open-consent = Otvori stranicu za administratorsku suglasnost
ui-scan-need-tenant = Unesite domenu svoje organizacije (na primjer contoso.onmicrosoft.com) ili njezin ID direktorija; za „organizations” i „common” suglasnost se ne može dati.
ui-scan-need-app-id = Unesite ID aplikacije (klijenta) Epsonove aplikacije: 32 heksadecimalne znamenke u obliku 00000000-0000-0000-0000-000000000000.
ui-scan-outlook = Skeniranje u moju e-poštu i suglasnost u ime organizacije namijenjeni su poslovnim ili školskim računima (Exchange Online); uz Outlook.com nema suglasnosti koju treba dati.
ui-finish-title = Završetak i rješavanje problema
ui-finish-check = Provjerite status na pisaču
ui-finish-check-panel = Na upravljačkoj ploči: Postavke > Opće postavke > Postavke mreže > Stanje mreže > Status poslužitelja za e-poštu.
ui-finish-check-sheet = Na papiru: Postavke > Opće postavke > Postavke mreže > Stanje mreže > Ispis statusnog lista; list stanja mreže sadrži i informacije o postavkama poslužitelja e-pošte.
ui-finish-decoder = Objasni pogrešku
ui-finish-decoder-hint = Kod (361, AADSTS53003, 5.7.139) ili zalijepljena poruka
ui-finish-decode = Objasni
ui-finish-symptoms = Česti problemi
ui-finish-cannot-sign-in = Ne mogu se prijaviti ili se korisnici ne mogu prijaviti
ui-finish-cannot-send = Prikazuje se „Da biste koristili ovu funkciju, morate se prijaviti na svoju uslugu e-pošte. Kontaktirajte administratora.”
ui-finish-expired = Prikazuje se poruka o isteku
ui-finish-go-to = Idi na: { $page }
ui-finish-another = Postavi drugi pisač
ui-resume = Ranije postavljanje zaustavilo se na stranici „{ $page }” (pisač: { $printer }). Nastaviti?
ui-resume-yes = Nastavi
ui-resume-no = Počni ispočetka
ui-demo-mailbox = Demonstracijski sandučić: { $count ->
        [one] { $count } poruka
        [few] { $count } poruke
       *[other] { $count } poruka
    }
ui-demo-consented = Epsonova aplikacija: suglasnost dana za organizaciju { $org }
ui-demo-not-consented = Epsonova aplikacija: suglasnost za organizaciju još nije dana
ui-demo-scan = Skeniraj u e-poštu na demonstracijskom pisaču
report-title = Postavljanje OAuth-a za pisač: izvješće za službu podrške
report-steps = Dovršeni koraci
report-printer = Pisač
report-errors = Pogreške
report-no-errors = Nema neriješenih pogrešaka.
ui-finish-export = Izvezi izvješće za službu podrške
ui-finish-exported = Izvješće je spremljeno: { $file }
ui-printer-connecting = Povezivanje s pisačem…
ui-finish-browse = Pregledaj sve poznate kodove

## What the form says versus what the printer holds (lead)
ui-unsent-title = Izmjene još nisu poslane pisaču
ui-unsent-field = { $field }: pisač sadrži „{ $printer }”, u obrascu je „{ $form }”
ui-unsent-needs-sign-in = Promijenili su se usluga e-pošte ili način provjere autentičnosti: pisač se mora ponovno prijaviti (Ponovna prijava).
ui-unsent-send = Pošalji postavke
ui-unsent-sending = Postavke se šalju pisaču…
ui-unsent-blocker = Najprije pošaljite izmijenjene postavke pisaču (ili se ponovno prijavite).
ui-signin-again = Ponovna prijava

## Izvješće za službu podrške, stranica Završetak i naredbeni redak (issue 9)

report-resolved = Riješene pogreške
report-resolved-intro = Ove su se pogreške pojavile prije posljednjeg uspješnog slanja e-pošte s pisača: u međuvremenu su riješene.
report-lookups = Kodovi provjereni u objašnjenju pogrešaka
report-lookups-intro = Administrator je ove kodove provjerio u objašnjenju pogrešaka; nisu se nužno pojavili tijekom ovog postavljanja.
ui-finish-export-failed = Izvješće se nije moglo spremiti: { $error }
ui-finish-open-folder = Otvori mapu
signin-retrying = Poslužitelj za prijavu nije odgovorio ({ $error }); novi pokušaj za { $seconds } s.
# Apply and verify: job history in full and the printer's connection test (issue 9 section 4)
diag-printer-test-network-title = Test veze: pisač ne može doći do SMTP poslužitelja
diag-printer-test-network-cause = Test veze na pisaču javio je pogrešku u komunikaciji sa SMTP poslužiteljem: mreža pisača ne dopušta pristup poslužitelju (nema pristupnika ili DNS poslužitelja ili vatrozid blokira odlazni priključak 587) ili poslužitelj nije odgovorio.
diag-printer-test-network-fix = Na pisaču provjerite Postavke > Opće postavke > Postavke mreže > Stanje mreže (IP adresu, pristupnik i DNS poslužitelj), provjerite dopušta li mreža odlazne veze prema smtp.office365.com na priključku 587, a zatim ponovno pokrenite test veze.
diag-printer-test-server-title = Test veze: pogrešna adresa ili priključak SMTP poslužitelja
diag-printer-test-server-cause = Test veze na pisaču nije pronašao SMTP poslužitelj na adresi i priključku koje pisač ima ili s njim nije mogao komunicirati: naziv nije razriješen ili taj priključak ne nudi SMTP.
diag-printer-test-server-fix = Na kartici Network > Email Server > Basic postavite SMTP Server Address na smtp.office365.com (za Outlook.com smtp-mail.outlook.com) i SMTP Server Port Number na 587, provjerite DNS poslužitelj pisača, a zatim ponovno pokrenite test veze.
diag-printer-test-auth-title = Test veze: SMTP poslužitelj odbio je prijavu pisača
diag-printer-test-auth-cause = SMTP poslužitelj odbio je provjeru autentičnosti pisača tijekom testa veze. Uz OAuth2 to se događa kada je SMTP AUTH onemogućen za organizaciju ili za poštanski sandučić kojim je pisač prijavljen, kada ga blokiraju sigurnosne zadane postavke ili kada prijava pisača više ne vrijedi.
diag-printer-test-auth-fix = Na stranici Exchange Online provjerite je li SMTP AUTH omogućen za organizaciju i za poštanski sandučić kojim je pisač prijavljen, ponovno prijavite pisač (Network > Email Server > Basic > Sign In), a zatim ponovno pokrenite test veze.
diag-printer-test-auth-method-title = Test veze: metoda provjere autentičnosti ne odgovara poslužitelju
diag-printer-test-auth-method-cause = Test veze na pisaču javlja da Authentication Method ne odgovara onome što traži SMTP poslužitelj. Exchange Online i Outlook.com zahtijevaju OAuth2.
diag-printer-test-auth-method-fix = Na kartici Network > Email Server > Basic odaberite OAuth2 kao Authentication Method, prijavite pisač i kliknite OK, a zatim ponovno pokrenite test veze.
diag-printer-test-secure-title = Test veze: sigurna veza ne odgovara poslužitelju
diag-printer-test-secure-cause = Pisač se nije mogao povezati jer postavka Secure Connection ne odgovara poslužitelju. Exchange Online i Outlook.com koriste STARTTLS na priključku 587.
diag-printer-test-secure-fix = Na kartici Network > Email Server > Basic postavite Secure Connection na STARTTLS i SMTP Server Port Number na 587, kliknite OK, a zatim ponovno pokrenite test veze.
diag-printer-test-untrusted-title = Test veze: pisač ne vjeruje certifikatu poslužitelja
diag-printer-test-untrusted-cause = Pisač nije mogao provjeriti certifikat SMTP poslužitelja: datum i vrijeme pisača nisu točni ili pisaču nedostaje korijenski certifikat kojim je potpisan certifikat poslužitelja (na mreži koja pregledava TLS promet to je vlastiti korijenski certifikat tvrtke).
diag-printer-test-untrusted-fix = Postavite datum i vrijeme pisača (ili poslužitelj za vrijeme), ažurirajte firmware ili korijenske certifikate pisača ili u programu Web Config uvezite potrebni CA certifikat (Network Security > CA Certificate), a zatim ponovno pokrenite test veze. Certificate Validation ostavite na Enable.
diag-printer-test-sender-title = Test veze: poslužitelj je odbio adresu pošiljatelja
diag-printer-test-sender-cause = SMTP poslužitelj odbio je Sender's Email Address pisača: poštanski sandučić kojim je pisač prijavljen ne smije slati u ime te adrese (Exchange Online odgovara kodom 5.7.60).
diag-printer-test-sender-fix = Na kartici Network > Email Server > Basic postavite Sender's Email Address na adresu prijavljenog poštanskog sandučića ili u administratorskom centru za Exchange dodijelite tom sandučiću dopuštenje Send As za adresu pošiljatelja (Recipients > Mailboxes > Delegation), a zatim ponovno pokrenite test veze.
ui-apply-resolved-show = Prikaži ranije riješene pogreške ({ $count })
ui-apply-resolved-hide = Sakrij ranije riješene pogreške
ui-apply-resolved-note = Kasniji zadatak e-pošte iste vrste uspio je, pa te pogreške više ne vrijede.
ui-apply-test-title = Test veze s pisača
ui-apply-test-intro = Pisač se povezuje sa svojim SMTP poslužiteljem vlastitim postavkama i prijavom, kao i pri skeniranju (Network Settings > Email Server > Connection Test). Poruka se ne šalje.
ui-apply-test-run = Pokreni test veze na pisaču
ui-apply-test-running = Pisač testira vezu…
ui-apply-test-passed = Pisač javlja: { $message }
ui-apply-test-none = Profil ovog pisača ne navodi test veze, pa se od pisača ovdje ne može zatražiti da testira vezu. Da biste je provjerili, pošaljite skeniranje e-poštom.
# Exchange Online: koji se račun prijavljuje na pisaču (računi, administratorska suglasnost, upozorenja)
ui-exchange-accounts = Kojim se računom pisač prijavljuje
ui-exchange-accounts-text = Exchange Online provjerava račun kojim se pisač prijavio, a ne adresu pošiljatelja: za taj račun mora biti uključen SMTP AUTH, a kada pisač šalje s drugog poštanskog sandučića, taj račun za njega treba dopuštenje Send As (Pošalji kao).
ui-exchange-path-least-privilege = Vlastiti poštanski sandučić pisača (preporučeno: najmanje ovlasti)
ui-exchange-path-least-privilege-why = Globalni administrator najprije daje administratorsku suglasnost za aplikaciju proizvođača pisača u ime organizacije. Zatim se pisač prijavljuje vlastitim poštanskim sandučićem, zasebnim računom bez administratorskih ovlasti, i šalje kao taj sandučić. Pisač čuva token za osvježavanje računa kojim je prijavljen; tako na uređaju do kojeg može doći svatko na mreži ne ostaje token globalnog administratora, a token pisača otvara samo sandučić pisača.
ui-exchange-path-guide = Globalni administrator (kao u Epsonovu vodiču)
ui-exchange-path-guide-why = Kao u Epsonovu vodiču: globalni administrator prijavljuje pisač i označava „Pristanak u ime vaše tvrtke ili ustanove”. Pisač zatim šalje kao taj administrator, s poštanskog sandučića pisača: SMTP AUTH mora biti uključen za administratorov sandučić, a administrator za sandučić pisača treba dopuštenje Send As (Pošalji kao). Pisač čuva administratorov token za osvježavanje.
ui-exchange-admin-signer = Račun globalnog administratora kojim se pisač prijavljuje
ui-exchange-plan = Prijavljuje pisač: { $signer }. Šalje s adrese: { $sender }.
ui-exchange-needs-admin = Unesite račun globalnog administratora kojim se pisač prijavljuje ili odaberite vlastiti sandučić pisača.
ui-exchange-consent-heading = Najprije: administratorska suglasnost za aplikaciju pisača
ui-exchange-consent-text = Prije nego što se sandučić pisača prijavi, globalni administrator otvara Microsoftovu stranicu za administratorsku suglasnost za aplikaciju proizvođača pisača i prihvaća njezina dopuštenja za cijelu organizaciju. Sandučić se zatim prijavljuje bez upita za suglasnost i bez administratorskih ovlasti.
ui-exchange-vendor-app-id = ID aplikacije (klijenta) za aplikaciju proizvođača pisača
ui-exchange-vendor-app-help = Navodi ga dokumentacija ili podrška proizvođača; nakon što se bilo koji račun prijavi na pisaču, aplikacija se prikazuje i u administratorskom centru za Microsoft Entra pod Enterprise applications.
ui-exchange-account-script = PowerShell: SMTP AUTH za { $account }
ui-exchange-account-script-send-as = PowerShell: SMTP AUTH za { $account } i Send As (Pošalji kao) za { $sender }
ui-exchange-demo-run = Pokreni u demonstracijskom zakupcu
ui-exchange-demo-ran = Izvršeno u demonstracijskom zakupcu.
ui-preflight-sign-in-as = Prijavite se kao { $account }, račun kojim će se prijaviti pisač; probna poruka šalje se s adrese { $sender }.
ui-signin-as-mailbox = Prijavite se kao { $account }, vlastiti poštanski sandučić pisača. Organizacija je već dala suglasnost za aplikaciju pa se suglasnost ne traži.
ui-signin-as-global-admin = Prijavite se kao { $account } (globalni administrator) i označite „Pristanak u ime vaše tvrtke ili ustanove”.
account-warning-not-planned = Prijavio se { $signed }, ali PowerShell uključuje SMTP AUTH za { $planned }: ako SMTP AUTH nije uključen i za { $signed }, Exchange Online ga odbija (535 5.7.139). Prijavite se kao { $planned } ili na stranici Exchange Online odaberite odgovarajući račun.
account-warning-no-send-as = Prijavio se { $signed } i šalje s adrese { $sender } bez dopuštenja Send As (Pošalji kao) za nju: Exchange Online odbija poruku (5.7.60). Dodijelite dopuštenje Send As (Add-RecipientPermission) ili se prijavite kao { $sender }.
ui-printer-demo-found = { $printer } (simulirani pisač demonstracije)
ui-printer-demo-password = Administratorska lozinka demonstracijskog pisača: { $password }
# Messages an admin reads: attempts before a lockout, cancels, the certificate panel, the email server's port and sender
note-attempts-left = Preostalih pokušaja prije nego što pisač zaključa administratorsku prijavu na { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }: najviše { $left }.
note-locked-now = To je bio posljednji pokušaj koji pisač dopušta: sada zaključava administratorsku prijavu na { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }. Pokušajte ponovno nakon { $time }.
note-try-after = Pokušajte ponovno nakon { $time }.
note-password-forgotten = Odbijena lozinka bila je ona zapamćena u privjesku za ključeve: izbrisana je i više se neće isprobavati.
note-code-lifetime-minutes = Kod je vrijedio { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }.
note-code-lifetime-seconds = Kod je vrijedio { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekunde
       *[other] { $seconds } sekundi
    }.
ui-cancelled-printer-unchanged = Na pisaču ništa nije promijenjeno.
ui-cancelled-settings-unchanged = Postavke e-pošte na pisaču nisu promijenjene.
ui-printer-identified = { $printer } na adresi { $address }
ui-printer-fingerprint = SHA-256 otisak njegova certifikata:
ui-printer-no-keychain = Na ovom računalu nije dostupan privjesak za ključeve ({ $error }), pa se lozinka ne može zapamtiti: sljedeći put morat ćete je ponovno upisati.
ui-printer-not-remembered = Pisač je prihvatio lozinku, ali privjesak za ključeve nije je spremio ({ $error }): sljedeći put morat ćete je ponovno upisati.
ui-email-port-465 = Priključak 465 služi za implicitni TLS (SSL/TLS), koji { $service } ne podržava za slanje s uređaja: Microsoftova dokumentacija kaže da uređaj koji zadano koristi 465 ne podržava slanje klijenta uz SMTP AUTH. Upotrijebite 587 sa STARTTLS-om.
ui-email-port-25 = Priključak 25 sa STARTTLS-om radi s Exchange Online, ali za slanje s uređaja preporučuje se priključak 587.
ui-email-port-other-exchange = Exchange Online prima poštu s uređaja na priključku 587 (preporučeno) ili 25, oba sa STARTTLS-om; priključak { $port } nije nijedan od njih, pa se pisač najvjerojatnije neće povezati. Upotrijebite 587.
ui-email-port-other-outlook = Outlook.com prima poštu s uređaja na priključku 587 sa STARTTLS-om; na priključku { $port } pisač se najvjerojatnije neće povezati. Upotrijebite 587.
ui-email-sender-typo = Pošiljatelj { $sender } razlikuje se od { $mailbox }, poštanskog sandučića navedenog na stranici „{ $page }”, u { $edits ->
        [one] jednom znaku
       *[other] { $edits } znaka
    }. Provjerite nije li riječ o pogrešci u upisu prije nego što se išta pošalje.
ui-notice-browser = Preglednik se nije otvorio ({ $error }). Sami otvorite ovu adresu: { $address }
ui-notice-folder = Mapa se nije otvorila ({ $error }). Nalazi se ovdje: { $folder }
ui-notice-progress = Napredak se nije mogao spremiti ({ $error }): nakon ponovnog pokretanja ovo postavljanje počinje ispočetka.
ui-notice-language = Jezik se nije mogao zapamtiti ({ $error }): pri sljedećem pokretanju koristi se jezik sustava.
ui-signin-done-earlier = { $target }: prijavljen kao { $account }; tada poslane postavke bile su provjerene, ali obrazac se od tada promijenio.
ui-apply-intro-unsent = Ovo su postavke koje pisač sadrži, pročitane s njega, onako kako ih prikazuje kartica Network > Email Server > Basic. U obrascu postoje izmjene koje pisač još ne sadrži (gore).
ui-notice-demo-keychain = Demonstracija nije mogla čuvati svoje tajne u memoriji: koristi privjesak za ključeve ovog računala.
ui-signin-confirm = Pisač se prijavio kao { $account }. Njegove postavke još nisu poslane: Exchange Online nije pripremljen za taj račun.
ui-signin-send-anyway = Svejedno pošalji postavke
# Microsoft iza pregledavanja TLS prometa (issue 10, odjeljak 7)
diag-net-tls-inspected-title = Vaša mreža pregledava šifrirani promet
diag-net-tls-inspected-cause = Vaša mreža pregledava šifrirani promet: vatrozid ili proxy poslužitelj između ovog računala i Microsofta dešifrira vezu i umjesto Microsoftova predočuje vlastiti certifikat, pa ništa nije poslano.
diag-net-tls-inspected-fix = Instalirajte korijenski certifikat svoje organizacije na ovo računalo (dobit ćete ga od informatičke službe; u sustavu Windows među Trusted Root Certification Authorities, u sustavu macOS u privjesak za ključeve System, u sustavu Linux među CA certifikate sustava) ili ga zadajte opcijom --ca-file pa pokušajte ponovno. Nikada ne isključujte provjeru certifikata. Veze samog pisača s Microsoftom prolaze isto pregledavanje: zamolite informatičku službu da Microsoftove adrese za prijavu i SMTP izuzme iz pregledavanja ili na pisač uvezite isti korijenski certifikat (Network Security > CA Certificate).
note-certificate-issuer = Certifikat mreže, koji je izdao { $issuer }, ovo računalo ne smatra pouzdanim.

# Polja obrasca pisača kojima proizvod ne upravlja (issue 10)
diag-printer-others-changed-title = Pisač je promijenio postavke koje ovaj alat ne dira
diag-printer-others-changed-cause = Nakon upisa postavki pisač je pokazao druge vrijednosti u poljima iste stranice koja ovaj alat nikada ne mijenja (navedena u nastavku). Njegov firmware ih je vratio na zadano ili drukčije pročitao. Prethodne postavke, zajedno s tim poljima, ponovno su upisane i provjerene.
diag-printer-others-changed-fix = U web-konfiguraciji pisača otvorite tu stranicu postavki i provjerite polja navedena u nastavku. Ažurirajte firmware pisača ili ondje ručno postavite poslužitelj e-pošte, a zatim nastavite od koraka Primjena i provjera. Ako firmware takvo polje svaki put mijenja sam, navedite ga u volatile_fields profila.

# Profiles that cannot weaken a printer, and limits on what is read (issue 11 sections 3 and 5)
diag-local-file-too-large-title = Datoteka je prevelika ili nije datoteka
diag-local-file-too-large-cause = Datoteka zadana opcijom --ca-file ili --profile veća je od onoga što ovaj alat čita ili nije obična datoteka (nego uređaj kao što je /dev/zero ili mapa). Datoteka certifikata i profil pisača male su tekstne datoteke pa iz nje ništa nije pročitano.
diag-local-file-too-large-fix = Provjerite putanju: zadajte samu datoteku PEM certifikata ili profil pisača (TOML) onakvu kakva je spremljena, a zatim pokušajte ponovno.
file-too-large = Datoteka { $file } veća je od { $limit }, najveće veličine koju ovaj alat čita iz takve datoteke.
file-not-regular = { $file } nije obična datoteka (nego uređaj ili mapa).
diag-printer-page-too-large-title = Odgovor pisača je prevelik
diag-printer-page-too-large-cause = Stranica koju je pisač poslao veća je od onoga što ovaj alat čita s pisača (4 MiB po stranici, 10.000 zadataka u povijesti zadataka) pa je čitanje zaustavljeno. Stranice za konfiguraciju pisača mnogo su manje: uređaj možda nije pisač ili njegov web-poslužitelj ne radi ispravno.
diag-printer-page-too-large-fix = Provjerite je li adresa doista adresa pisača, ponovno pokrenite pisač i pokušajte ponovno. Ako su stranice pisača doista toliko velike, naredbom „printer capture” izradite snimku bez povjerljivih podataka i prijavite problem.
printer-page-too-large = { $path }: više od { $limit }
printer-jobs-too-many = { $path }: više od { $count } zadataka
warning-printer-cert-validation-off = UPOZORENJE: na pisaču je na kraju isključena provjera certifikata (Certificate Validation, { $target }). Pisač neće provjeravati certifikat SMTP poslužitelja pa svatko na mrežnom putu može čitati njegovu poštu i prijavu računa. U programu Web Config postavite Certificate Validation na Enable i provjerite profil pisača: vrijednosti za cert_validation možda su zamijenjene.
ui-apply-validation-off = Na pisaču je isključena provjera certifikata (Certificate Validation): pisač ne provjerava certifikat SMTP poslužitelja pa svatko na mrežnom putu može čitati njegovu poštu i prijavu računa. U programu Web Config postavite je na Enable i, ako je zadan profil pisača, provjerite ga: vrijednosti za cert_validation možda su zamijenjene.

# Adrese koje proizvod otvara (issue 11, odjeljak 1)
signin-unexpected-address = UPOZORENJE: zadana adresa za prijavu, { $uri }, nije jedna od Microsoftovih stranica za prijavu za odabrani oblak, pa nije otvorena. Ne otvarajte je: kod { $code } unesite samo na Microsoftovoj stranici za prijavu (istječe za { $minutes } min).
ui-signin-unexpected-printer = Pisač je poslao neočekivanu adresu za prijavu koja nije jedna od Microsoftovih stranica za prijavu za odabrani oblak, pa se ne otvara: { $uri } Ne otvarajte je sami: ovaj kod unesite samo na Microsoftovoj stranici za prijavu.
ui-signin-unexpected-service = Usluga prijave poslala je neočekivanu adresu za prijavu koja nije jedna od Microsoftovih stranica za prijavu za odabrani oblak, pa se ne otvara: { $uri } Ne otvarajte je sami: ovaj kod unesite samo na Microsoftovoj stranici za prijavu.
ui-notice-not-opened = Nije otvoreno: { $address } nije jedna od Microsoftovih stranica za odabrani oblak.

# One truth about addresses (issue 11 section 7)
address-read-as-ipv4 = mrežni programi ovo čitaju kao IPv4 adresu { $ip }: IPv4 adresu napišite kao četiri decimalna broja, na primjer 192.168.1.20
address-numeric-label = zadnji dio naziva hosta ne smije biti broj: IPv4 adresu napišite kao četiri decimalna broja (192.168.1.20) ili unesite puni naziv hosta pisača
authority-extra = URL ovlasti ne smije sadržavati korisničko ime, lozinku, upit (?) ni fragment (#): navedite https://, host te priključak ili putanju ako postoje
smtp-host-port = SMTP poslužitelj napišite samo kao HOST:PRIKLJUČAK, bez sheme (smtp://), putanje i korisničkog imena

# issue 12: reading pasted lines (5.7.139 texts, other services, what else the line said)
diag-smtp-basic-auth-disabled-title = Pisač se prijavljuje lozinkom (osnovna provjera autentičnosti)
diag-smtp-basic-auth-disabled-cause = Exchange Online odbio je prijavu odgovorom 535 5.7.139 „basic authentication is disabled”: uređaj se na SMTP prijavljuje korisničkim imenom i lozinkom (SMTP AUTH), a osnovna provjera autentičnosti onemogućena je za ovog zakupca ili račun. To nije problem uvjetnog pristupa.
diag-smtp-basic-auth-disabled-fix = Prebacite pisač na OAuth 2.0: u programu Web Config otvorite Network > Email Server > Basic, odaberite OAuth2 kao Authentication Method, prijavite se putem Microsofta i kliknite OK za slanje podataka o postavkama pisaču. Lozinka više neće biti prihvaćena.
diag-smtp-wrong-credentials-title = SMTP je odbio korisničko ime ili lozinku
diag-smtp-wrong-credentials-cause = Exchange Online odbio je prijavu odgovorom 535 5.7.139 „the user credentials were incorrect”: uređaj se na SMTP prijavljuje korisničkim imenom i lozinkom, a lozinka je pogrešna ili je istekla, ili račun zahtijeva višestruku provjeru autentičnosti koju lozinka ne može zadovoljiti.
diag-smtp-wrong-credentials-fix = Umjesto ponovnog unosa lozinke prebacite pisač na OAuth 2.0: u programu Web Config otvorite Network > Email Server > Basic, odaberite OAuth2 kao Authentication Method, prijavite se putem Microsofta i kliknite OK za slanje podataka o postavkama pisaču.
diag-smtp-auth-blocked-title = SMTP prijava je odbijena
diag-smtp-auth-blocked-cause = Exchange Online odbio je prijavu na SMTP odgovorom 535 5.7.139. Tekst iza koda govori koji je od mogućih uzroka posrijedi: SMTP AUTH je onemogućen za zakupca; SMTP AUTH je onemogućen za poštanski sandučić; račun su blokirale sigurnosne zadane postavke; osnovna provjera autentičnosti je onemogućena (uređaj se prijavljuje lozinkom umjesto putem OAuth 2.0); podaci za prijavu korisnika nisu točni; ili zahtjev ne ispunjava uvjete (uvjetni pristup, višestruka provjera autentičnosti ili nedostaje dopuštenje SMTP.Send).
diag-smtp-auth-blocked-fix = Zalijepite cijeli redak odgovora, s tekstom iza 5.7.139, da biste dobili rješenje za njegov uzrok. Do tada provjerite je li Authentication Method pisača postavljen na OAuth2 i je li pisač prijavljen te je li SMTP AUTH omogućen za poštanski sandučić pisača (Get-CASMailbox -Identity <sandučić> | Format-List SmtpClientAuthenticationDisabled).
diag-out-of-scope-title = Pogreška druge usluge e-pošte
diag-out-of-scope-cause = Ova pogreška dolazi od druge usluge (primjerice Gmaila ili IMAP poslužitelja), a ne od usluge Microsoft Entra ID ili SMTP-a za Exchange Online, koje ovaj alat obuhvaća.
diag-out-of-scope-fix = Potražite pogrešku u dokumentaciji te usluge. Ako pisač treba slati poštu putem Exchange Online, na stranici Poslužitelj e-pošte provjerite je li adresa SMTP poslužitelja smtp.office365.com i je li Authentication Method postavljen na OAuth2.
label-timestamp = Vremenska oznaka (Timestamp)
label-context = Ostali kodovi u retku
note-missing-parameter = Nedostaje parametar „{ $name }”.
# Issue 12: the codes that come up in the field.
diag-aadsts-device-not-compliant-title = Uvjetni pristup zahtijeva usklađeni uređaj
diag-aadsts-device-not-compliant-cause = Pravilo uvjetnog pristupa dopušta prijavu samo uređajima koje Intune označava kao usklađene. Pisač se prijavljuje kodom uređaja i nikada nije uređaj upisan u Intune, pa taj uvjet nikada ne može ispuniti.
diag-aadsts-device-not-compliant-fix = U administratorskom centru za Microsoft Entra otvorite Protection > Conditional Access, pronađite pravilo koje zahtijeva usklađeni uređaj (za ovaj ID korelacije navode ga zapisnici prijava, Sign-in logs) i iz njega izuzmite samo poštanski sandučić pisača ili sandučiću pisača dodijelite zasebno pravilo ograničeno na pouzdane lokacije. Zatim se ponovno prijavite.
diag-aadsts-device-not-joined-title = Uvjetni pristup zahtijeva uređaj pridružen domeni
diag-aadsts-device-not-joined-cause = Pravilo uvjetnog pristupa dopušta prijavu samo uređajima hibridno pridruženima u Microsoft Entra ID (Microsoft Entra hybrid joined). Pisač se prijavljuje kodom uređaja i nikada nije pridruženi uređaj, pa taj uvjet nikada ne može ispuniti.
diag-aadsts-device-not-joined-fix = U administratorskom centru za Microsoft Entra otvorite Protection > Conditional Access, pronađite pravilo koje zahtijeva hibridno pridruženi uređaj (za ovaj ID korelacije navode ga zapisnici prijava, Sign-in logs) i iz njega izuzmite samo poštanski sandučić pisača ili sandučiću pisača dodijelite zasebno pravilo ograničeno na pouzdane lokacije. Zatim se ponovno prijavite.
diag-aadsts-app-not-approved-title = Uvjetni pristup zahtijeva odobrenu aplikaciju
diag-aadsts-app-not-approved-cause = Pravilo uvjetnog pristupa dopušta samo odobrene klijentske aplikacije ili aplikacije s pravilom zaštite aplikacija u Intuneu. Prijava pisača nije takva aplikacija, pa taj uvjet nikada ne može ispuniti.
diag-aadsts-app-not-approved-fix = U administratorskom centru za Microsoft Entra otvorite Protection > Conditional Access, pronađite pravilo koje zahtijeva odobrenu aplikaciju ili pravilo zaštite aplikacija (za ovaj ID korelacije navode ga zapisnici prijava, Sign-in logs) i iz njega izuzmite samo poštanski sandučić pisača. Zatim se ponovno prijavite.
diag-aadsts-device-auth-required-title = Potrebna je provjera autentičnosti uređaja
diag-aadsts-device-auth-required-cause = Pravilo uvjetnog pristupa zahtijeva da uređaj koji se prijavljuje dokaže svoj identitet (kao registrirani ili pridruženi uređaj). Prijava pisača kodom uređaja to ne može, bez obzira na to u kojem se pregledniku kod unese.
diag-aadsts-device-auth-required-fix = U administratorskom centru za Microsoft Entra otvorite Protection > Conditional Access, pronađite pravilo sa zahtjevom za uređaj (za ovaj ID korelacije navode ga zapisnici prijava, Sign-in logs) i iz njega izuzmite samo poštanski sandučić pisača ili aplikaciju pisača. Zatim se ponovno prijavite.
diag-aadsts-account-locked-title = Račun je zaključan
diag-aadsts-account-locked-cause = Microsoft Entra ID zaključao je račun nakon previše neuspjelih prijava ili zato što su prijave dolazile s adrese za koju se zna da je zlonamjerna.
diag-aadsts-account-locked-fix = Pričekajte da zaključavanje prestane (obično nekoliko minuta) i ponovno se prijavite ispravnom lozinkom. Ako se to ponavlja, u zapisnicima prijava (Sign-in logs) potražite neuspjele prijave s nepoznatih mjesta: netko možda pokušava pogoditi lozinku; promijenite je.
diag-aadsts-password-expired-title = Lozinka je istekla
diag-aadsts-password-expired-cause = Lozinka računa koji se prijavljuje istekla je.
diag-aadsts-password-expired-fix = U pregledniku se prijavite na https://portal.office.com kao taj poštanski sandučić i postavite novu lozinku (ili neka je administrator ponovno postavi u administratorskom centru sustava Microsoft 365), a zatim ponovno pokrenite prijavu. Za poštanski sandučić pisača razmotrite lozinku koja ne istječe.
diag-aadsts-account-disabled-title = Račun je onemogućen
diag-aadsts-account-disabled-cause = Račun koji se prijavljuje onemogućen je (prijava je blokirana) u Microsoft Entra ID-u.
diag-aadsts-account-disabled-fix = U administratorskom centru sustava Microsoft 365 otvorite Users > Active users, odaberite poštanski sandučić pisača i odaberite Unblock sign-in; zatim se ponovno prijavite. Zajednički poštanski sandučići prema zadanim postavkama imaju blokiranu prijavu, a onaj koji se prijavljuje treba vlastitu licencu: pisaču najbolje služi licencirani korisnički poštanski sandučić.
diag-aadsts-no-session-title = Nema prijavljene sesije koja bi se mogla ponovno upotrijebiti
diag-aadsts-no-session-cause = Aplikacija se pokušala prijaviti bez upita, postojećom sesijom preglednika, ali sesije nije bilo (ili je istekla), pa se korisnik mora ponovno prijaviti.
diag-aadsts-no-session-fix = Ponovno pokrenite prijavu i prijavite se računom u pregledniku. Ako se to ponavlja, u pregledniku dopustite kolačiće za login.microsoftonline.com.
diag-aadsts-app-disabled-title = Aplikacija je onemogućena u ovom zakupcu
diag-aadsts-app-disabled-cause = Poslovna aplikacija (Enterprise application, odnosno service principal) ove aplikacije onemogućena je u ovom zakupcu, pa se u nju nitko ne može prijaviti.
diag-aadsts-app-disabled-fix = U administratorskom centru za Microsoft Entra otvorite Enterprise applications, pronađite aplikaciju i pod Properties postavite „Enabled for users to sign in?” na Yes. Zatim se ponovno prijavite.
diag-aadsts-resource-not-found-title = Exchange Online nije pronađen u ovom zakupcu
diag-aadsts-resource-not-found-cause = Zatraženo dopuštenje pripada usluzi (ovdje Exchange Online) koja ne postoji u ovom zakupcu: zakupac nema pretplatu na Exchange Online ili je prijava upućena drugom zakupcu, a ne onom u kojem je poštanski sandučić.
diag-aadsts-resource-not-found-fix = Na prvoj stranici provjerite jesu li zakupac i oblak oni u kojima je poštanski sandučić pisača i ima li zakupac Exchange Online (sandučiću je potrebna licenca koja uključuje Exchange Online). Zatim se ponovno prijavite.
diag-aadsts-user-not-assigned-title = Račun nije dodijeljen aplikaciji
diag-aadsts-user-not-assigned-cause = Aplikacija zahtijeva da joj korisnici budu dodijeljeni („Assignment required”), a račun koji se prijavljuje nije joj dodijeljen.
diag-aadsts-user-not-assigned-fix = U administratorskom centru za Microsoft Entra otvorite Enterprise applications > aplikacija > Users and groups i dodajte poštanski sandučić pisača. Zatim se ponovno prijavite.
diag-aadsts-common-endpoint-title = Za prijavu je potreban vaš zakupac
diag-aadsts-common-endpoint-cause = Aplikacija se ne može prijaviti preko zajedničke adrese „common” ili „consumers”: registrirana je samo za jednu organizaciju ili je Microsoft ondje ne podržava.
diag-aadsts-common-endpoint-fix = Na prvoj stranici umjesto „common” unesite svojeg zakupca (GUID direktorija ili domenu, na primjer contoso.onmicrosoft.com). Zatim se ponovno prijavite.
diag-aadsts-scopes-unauthorized-title = Dopuštenje nije odobreno ili je isteklo
diag-aadsts-scopes-unauthorized-cause = Jedno ili više zatraženih dopuštenja (ovdje SMTP.Send) nije odobreno aplikaciji za ovaj račun ili je odobrenje isteklo.
diag-aadsts-scopes-unauthorized-fix = Ponovno se prijavite i prihvatite dopuštenja ili neka administrator da suglasnost za aplikaciju u Enterprise applications > Permissions. Provjerite navodi li registracija aplikacije delegirano dopuštenje SMTP.Send (API permissions > Microsoft Graph > Delegated permissions).
diag-oauth-slow-down-title = Prijava se provjerava prečesto
diag-oauth-slow-down-cause = Uređaj je češće nego što Microsoft dopušta provjeravao je li prijava dovršena, pa mu je Microsoft zatražio da između provjera čeka dulje. Sama prijava nije odbijena.
diag-oauth-slow-down-fix = Ništa ne treba mijenjati: dovršite prijavu u pregledniku i pričekajte; provjera se nastavlja sporijim tempom. Ako pisač to javi kao neuspjeh, ponovno pokrenite njegovu prijavu.
diag-oauth-interaction-required-title = Račun se mora ponovno prijaviti u pregledniku
diag-oauth-interaction-required-cause = Microsoft traži da se račun prijavi interaktivno: to zahtijeva višestruka provjera autentičnosti, suglasnost, promjena lozinke ili pravilo uvjetnog pristupa. Kod AADSTS, ako je naveden, govori što je od toga posrijedi.
diag-oauth-interaction-required-fix = Ponovno pokrenite prijavu i u pregledniku dovršite svaki upit. Ako prijava ponovno bude odbijena, ovdje zalijepite cijelu pogrešku s njezinim kodom AADSTS ili je potražite u zapisnicima prijava (Sign-in logs) po ID-u korelacije.
diag-smtp-password-rejected-title = SMTP prijava lozinkom je odbijena
diag-smtp-password-rejected-cause = Uređaj se na Exchange Online prijavio korisničkim imenom i lozinkom (osnovna provjera autentičnosti), a Exchange Online ju je odbio: lozinka je pogrešna ili se račun više ne smije prijavljivati lozinkom (višestruka provjera autentičnosti, sigurnosne zadane postavke, ukinuta osnovna provjera autentičnosti za SMTP AUTH). Ako uređaj koristi OAuth 2.0, odbijen je token: izdan je za drugi račun, a ne za pošiljatelja, ili nema dopuštenje SMTP.Send.
diag-smtp-password-rejected-fix = Prebacite uređaj na OAuth 2.0 (ovim pomoćnikom): na stranici Poslužitelj e-pošte odaberite OAuth2 kao Authentication Method i prijavite se kao poštanski sandučić. Do tada provjerite korisničko ime i lozinku u postavkama Email Server na pisaču.
diag-smtp-auth-type-title = Način SMTP prijave nije ponuđen
diag-smtp-auth-type-cause = Poslužitelj nije prihvatio prijavu koju je uređaj zatražio: uređaj je poslao AUTH prije nego što je vezu naredbom STARTTLS prebacio na šifriranje (Exchange Online nudi prijavu tek nakon toga), zatražio je način koji Exchange Online ne nudi (npr. CRAM-MD5 ili NTLM) ili je razgovarao s poslužiteljem koji ne prima prijave (MX poslužitelj <domena>.mail.protection.outlook.com).
diag-smtp-auth-type-fix = Na stranici Poslužitelj e-pošte postavite SMTP poslužitelj na smtp.office365.com, priključak 587, Secure Connection STARTTLS i Authentication Method OAuth2. OAuth 2.0 također zahtijeva SMTP AUTH za poštanski sandučić pisača: Set-CASMailbox -Identity <sandučić> -SmtpClientAuthenticationDisabled $false.
diag-smtp-relay-denied-title = Prosljeđivanje je odbijeno
diag-smtp-relay-denied-cause = Poslužitelj je odbio proslijediti poruku jer se uređaj nije prijavio: slao je preko poslužitelja ili priključka koji prosljeđuje poštu samo za prijavljene pošiljatelje ili za konektore (connectors) postavljene za IP adresu ovog ureda.
diag-smtp-relay-denied-fix = Na stranici Poslužitelj e-pošte postavite SMTP poslužitelj na smtp.office365.com, priključak 587, STARTTLS, a Authentication Method na OAuth2 te se prijavite kao poštanski sandučić.
diag-smtp-quota-exceeded-title = Dosegnuto je dnevno ograničenje slanja
diag-smtp-quota-exceeded-cause = Poštanski sandučić u posljednja 24 sata poslao je više poruka ili ih poslao većem broju primatelja nego što Exchange Online dopušta (za većinu planova 10.000 primatelja dnevno), pa zasad ne smije slati.
diag-smtp-quota-exceeded-fix = Pričekajte do 24 sata da se ograničenje poništi. Ako pisač nije mogao poslati toliko poruka, pregledajte poslane stavke i prijave sandučića: račun je možda ugrožen; promijenite mu lozinku i ponovno prijavite pisač.
diag-smtp-ip-reputation-title = Zakupcu je blokirano slanje
diag-smtp-ip-reputation-cause = Microsoft je većinu pošte ovog zakupca ocijenio sumnjivom i zakupcu blokirao slanje. To je često kod novih zakupaca i nakon što je ugroženi račun slao neželjenu poštu.
diag-smtp-ip-reputation-fix = Provjerite da nijedan račun nije ugrožen i da nijedan otvoreni relej (open relay) ne šalje poštu preko zakupca, a zatim u administratorskom centru sustava Microsoft 365 otvorite zahtjev za podršku kako bi blokada bila uklonjena. Uzrok nisu postavke pisača.
diag-smtp-unregistered-domains-title = Slanje s domene koja ne pripada zakupcu
diag-smtp-unregistered-domains-cause = Zakupac je poslao mnogo poruka s domena koje u njemu nisu dodane i potvrđene, pa Microsoft blokira slanje s neregistriranih domena.
diag-smtp-unregistered-domains-fix = Upotrijebite adresu pošiljatelja na domeni koja pripada zakupcu (administratorski centar sustava Microsoft 365 > Settings > Domains), postavite je kao Sender's Email Address na stranici Poslužitelj e-pošte, a ako blokada ostane, obratite se Microsoftovoj podršci.
diag-smtp-spam-abuse-title = Računu je zabranjeno slanje zbog neželjene pošte
diag-smtp-spam-abuse-cause = Exchange Online otkrio je da ovaj račun šalje neželjenu poštu i zabranio mu slanje.
diag-smtp-spam-abuse-fix = Zaštitite račun (promijenite lozinku, pregledajte njegove prijave), a zatim ga na portalu Microsoft Defender uklonite s popisa Restricted entities (Email & collaboration > Review > Restricted entities). Nakon toga ponovno prijavite pisač.
diag-smtp-server-busy-title = Exchange Online je zauzet
diag-smtp-server-busy-cause = Exchange Online zatražio je od uređaja da pokuša ponovno kasnije (451 4.7.500): poslužitelj ograničava broj veza (throttling), često s adrese loše reputacije.
diag-smtp-server-busy-fix = Pričekajte i pošaljite ponovno; uređaji sami ponavljaju pokušaj. Ako se to nastavi satima, provjerite da javna IP adresa ureda nije na popisu blokiranih adresa (block list) i da ništa drugo na mreži ne šalje masovnu poštu.
diag-aadsts-consumer-only-app-title = Aplikacija je registrirana samo za osobne račune
diag-aadsts-consumer-only-app-cause = Registracija aplikacije prihvaća samo osobne Microsoftove račune (Outlook.com), a prijava je za poslovni ili školski račun u Microsoft Entra ID-u.
diag-aadsts-consumer-only-app-fix = Upotrijebite aplikaciju registriranu za poslovne ili školske račune: u App registrations > vaša aplikacija > Authentication podržane vrste računa (supported account types) moraju uključivati „Accounts in this organizational directory”. Ili, za poštanski sandučić Outlook.com, na prvoj stranici odaberite Outlook.com.
diag-aadsts-bad-client-secret-title = Tajna klijenta je odbijena
diag-aadsts-bad-client-secret-cause = Uređaj ili aplikacija poslali su tajnu klijenta koju Microsoft Entra ID ne prihvaća: pogrešna je ili je istekla ili je umjesto vrijednosti tajne unesen njezin ID.
diag-aadsts-bad-client-secret-fix = U App registrations > vaša aplikacija > Certificates & secrets izradite novu tajnu klijenta i u uređaj unesite njezinu vrijednost (Value, prikazuje se samo jednom). Prijava koju koristi ovaj pomoćnik ne treba tajnu: za nju umjesto toga postavite „Allow public client flows” na Yes.
diag-smtp-not-permitted-title = Poruka je odbijena zbog pravila
diag-smtp-not-permitted-cause = Exchange Online odbio je poruku (550 5.7.1): pošiljatelj ne smije slati kao ova adresa, poruka bi bila proslijeđena bez prijave ili je zabranjuje pravilo ili postavke primatelja. Tekst iza koda govori što je posrijedi.
diag-smtp-not-permitted-fix = Zalijepite cijeli redak odgovora da biste dobili rješenje. Provjerite je li Sender's Email Address na stranici Poslužitelj e-pošte adresa prijavljenog poštanskog sandučića, prijavljuje li se pisač (OAuth2) te pravila protoka pošte (mail flow rules) u administratorskom centru za Exchange.
diag-smtp-service-unavailable-title = Exchange Online na trenutak nije dostupan
diag-smtp-service-unavailable-cause = Poslužitelj koji je preuzeo vezu tada je nije mogao poslužiti („Service not active”, „Temporary server error”): privremeno stanje na Microsoftovoj strani, često tijekom održavanja ili prebacivanja na drugi poslužitelj.
diag-smtp-service-unavailable-fix = Pošaljite ponovno za nekoliko minuta; uređaji to ponavljaju sami. Ako potraje dulje od sat vremena, provjerite stranicu „Service health” u administratorskom centru sustava Microsoft 365 za Exchange Online.
diag-smtp-starttls-required-title = Potrebno je šifriranje (STARTTLS)
diag-smtp-starttls-required-cause = Uređaj je poslao prijavu ili poruku a da vezu prije toga nije prebacio na šifriranje naredbom STARTTLS, koju Exchange Online zahtijeva.
diag-smtp-starttls-required-fix = Na stranici Poslužitelj e-pošte postavite Secure Connection na STARTTLS i priključak na 587, s poslužiteljem smtp.office365.com, pa ponovno pošaljite.

# Command-line help (issue 13).
# Ids follow the command path (src/cli/help.rs): <path>-about, <path>-<argument>, the most
# specific path first; <argument message>-<value> for a described value.
cli-about = Prebacuje uredske pisače i skenere koji šalju e-poštu na OAuth 2.0 za Exchange Online
cli-long-about = Prebacuje uredske pisače i skenere koji šalju e-poštu na OAuth 2.0 za Exchange Online.

    Bez naredbe otvara prozor pomoćnika za postavljanje (uz --demo s ugrađenim simulatorima). Naredbe izvode iste korake iz terminala, za službe za podršku i skripte; uz --json ispisuju po jedan JSON objekt u retku.
cli-lang = Jezik poruka (zadano: jezik sustava, inače engleski)
cli-json = Po jedan JSON objekt u retku na standardnom izlazu (stdout); tekst za čitanje ide na standardni izlaz za pogreške (stderr)
cli-verbose = Zapisi s vremenskim oznakama na standardnom izlazu za pogreške, za otklanjanje poteškoća: -v pojedinosti ovog alata i upozorenja biblioteka, -vv više (RUST_LOG ima prednost)
cli-demo = Otvori prozor s ugrađenim simulatorima umjesto s Microsoftom i stvarnim pisačem
cli-auto-approve = Odobri svaki kod za prijavu sekundu nakon što se prikaže (za uvježbavanje i skriptirane prolaze bez preglednika)
cli-interval = Uz --demo: interval provjere koji zadaje simulator identiteta, u sekundama [zadano: 2]
cli-expires-in = Trajanje kodova za prijavu, u sekundama [zadano: 900]
cli-faults = Pogreška koju simulatori proizvode da biste je uvježbali (može se ponoviti)
cli-faults-conditional-access = Zahtjevi za token nakon odobrenja dobivaju AADSTS53003
cli-faults-consent-required = Korisnici u ovom zakupcu ne smiju dati suglasnost: AADSTS65001, osim ako administrator da suglasnost za organizaciju (sada ili ranije na stranici za administratorsku suglasnost)
cli-faults-public-client-off = Registracija aplikacije ima isključeno „Allow public client flows”: AADSTS7000218
cli-faults-slow-down-storm = Prvi zahtjevi za token dobivaju `slow_down`
cli-faults-server-error = Krajnje točke platforme za identitete odgovaraju s HTTP 500
cli-faults-flaky-polls = Prva dva zahtjeva za token odgovaraju s HTTP 503, a zatim usluga ponovno radi
cli-faults-hang = Krajnje točke platforme za identitete nikad ne odgovaraju
cli-faults-malformed-json = Krajnje točke platforme za identitete odgovaraju neispravnim JSON-om
cli-faults-decline = Automatsko odobravanje umjesto toga odbija
cli-faults-revoked-refresh = Tokeni za osvježavanje opozvani su: AADSTS50173
cli-faults-smtp-auth-disabled-tenant = SMTP AUTH onemogućen je za zakupca
cli-faults-smtp-auth-disabled-mailbox = SMTP AUTH onemogućen je za poštanski sandučić
cli-faults-security-defaults = Sigurnosne zadane postavke blokiraju SMTP AUTH
cli-faults-criteria-not-met = Pravilo blokira SMTP prijavu („did not meet the criteria”)
cli-faults-send-as-denied = Poštanski sandučić ne smije slati kao pošiljatelj
cli-faults-old-tls = Poslužitelj odbija verziju TLS-a (421 4.7.66)
cli-faults-untrusted-certificate = SMTP poslužitelj predočuje certifikat za koji nitko ne jamči
cli-faults-drop-connection = SMTP poslužitelj prekida vezu nakon naredbe AUTH
cli-faults-thread-limit = Premašeno je ograničenje niti pošiljatelja (4.3.2)
cli-faults-bad-outbound-sender = Poštanski sandučić blokiran je kao loš pošiljatelj odlazne pošte (5.1.8)
cli-faults-printer-german-pages = Stranice pisača na njemačkom su bez obzira na kolačić jezika
cli-faults-printer-additional-network = Adresa pisača njegovo je dodatno mrežno sučelje (na kojem nema OAuth 2.0)
cli-faults-printer-consumer-model = Pisač je model za kućnu uporabu: postoji samo stranica za prijavu lozinkom
cli-faults-printer-session-expiry = Svaka sesija pisača prekida se nakon trećeg zaštićenog zahtjeva
cli-faults-printer-session-storm = Svaka sesija pisača završava odmah nakon prve stranice koju posluži, kao kada se nakon svake prijave prijavi drugi administrator (Web Config dopušta samo jednu prijavu istodobno)
cli-faults-printer-token-rotation = Token za postavljanje pisača mijenja se pri svakom zahtjevu sesije
cli-faults-printer-restart = Pisač na prvo primijenjeno zapisivanje postavki odgovara „Shutting down” i ponovno se pokreće
cli-faults-printer-restart-mid-write = Prvo zapisivanje postavki na pisaču spremi polovicu polja, zatim se web-poslužitelj ponovno pokrene i veza se prekine prije ikakva odgovora
cli-faults-printer-readback-mismatch = Prvo zapisivanje postavki na pisaču spremi drugi SMTP priključak od zapisanog
cli-faults-printer-rejects-settings = Pisač odbija adresu SMTP poslužitelja kad god je odabran OAuth 2.0
cli-faults-printer-cloud-unreachable = Mreža pisača ne može doći do platforme za identitete ni do SMTP poslužitelja (kod pogreške 360)
cli-faults-printer-token-expired = Tokeni pisača istekli su zbog nekorištenja: osvježavanje odgovara s AADSTS700082 (kod pogreške 361)
cli-faults-printer-token-revoked = Token za osvježavanje pisača opozvan je: osvježavanje odgovara s AADSTS50173 (kod pogreške 370)
cli-faults-printer-http-only = Pisač poslužuje običan HTTP umjesto HTTPS-a
cli-faults-printer-not-epson = Uređaj je web-poslužitelj drugog proizvođača, a ne Epson Web Config
cli-faults-printer-other-firmware = Pisač ima drugi firmware: vlastite nastavke stranica, obrazac za prijavu s tokenom, token obrasca u zaglavlju, potvrdni okvir, ugniježđene JSON odgovore i povijest zadataka odvojenu znakom `;`
cli-faults-printer-latin1 = Firmware pisača radi u kodiranju Latin-1 (ISO-8859-1, navedeno u `Content-Type`)
cli-faults-printer-shift-jis = Firmware pisača radi u kodiranju Shift_JIS (navedeno samo u oznakama `<meta>` stranica)
cli-faults-printer-redirects = Pisač na svako slanje obrasca odgovara s `303 See Other` prema stranici s rezultatom
cli-faults-printer-token-in-cookie = Uz `printer-other-firmware`: token za postavljanje vraća se u kolačiću `XSRF-TOKEN`, a ne u zaglavlju
cli-faults-printer-resets-location = Prvo zapisivanje postavki na pisaču prazni polje lokacije u obrascu, iako je poslano nepromijenjeno (pogreška u firmwareu)
cli-faults-printer-huge-page = Stranica proizvoda na pisaču ne prestaje: šalje se bez duljine, 16 MiB, više nego što alat čita s pisača
cli-faults-printer-echoes-password = Polja za lozinku u obrascima e-pošte prikazuju spremljenu SMTP lozinku u svojoj vrijednosti, kao što to čini neki firmware
cli-faults-printer-hostile-verification-uri = Pisač umjesto Microsoftove predaje zlonamjernu adresu za prijavu: lokalnu datoteku iza koje slijede kontrolni nizovi terminala (`file:///etc/passwd`, zatim OSC naslov i BEL)
cli-faults-printer-hostile-texts = Model, firmware i redak povijesti zadataka pisača sadrže kontrolne nizove terminala (promjenu naslova, brisanje zaslona, pomicanje kursora), kao kod lažnog pisača
cli-demo-about = Pokreni simulatore na lokalnoj adresi (loopback), ispiši jedan JSON redak „demo-ready” i radi do prekida
cli-demo-interval = Interval provjere koji zadaje simulator identiteta, u sekundama [zadano: 5]
cli-preflight-about = Prijavi se kao poštanski sandučić pisača i pošalji probnu poruku
cli-preflight-tenant = ID direktorija (zakupca) ili domena; zadano „organizations” (Outlook.com: „consumers”)
cli-preflight-client-id = ID aplikacije (klijenta) vaše registracije aplikacije s dopuštenim tokovima javnog klijenta (public client flows)
cli-preflight-account = Poštanski sandučić pisača (glavno korisničko ime, UPN)
cli-preflight-to = Primatelj probne poruke
cli-preflight-authority = Zamjenjuje https://login.microsoftonline.com (običan http samo za loopback adrese)
cli-preflight-smtp = SMTP poslužitelj kao HOST:PRIKLJUČAK (zadano: poslužitelj za slanje odabranog oblaka, priključak 587)
cli-preflight-ca-file = Dodatni pouzdani CA certifikat (PEM) za SMTP
cli-preflight-sign-in-again = Zaboravi zapamćenu prijavu i zatraži novi kod
cli-service = Usluga e-pošte preko koje pisač šalje
cli-service-exchange-online = Poslovni ili školski poštanski sandučići sustava Microsoft 365
cli-service-outlook = Osobni poštanski sandučići Outlook.com
cli-cloud = Microsoftov oblak u kojem je zakupac
cli-cloud-global = Globalni oblak
cli-cloud-usgov = Vlada SAD-a (GCC High)
cli-cloud-usgov-dod = Vlada SAD-a (DoD)
cli-cloud-china = Kina, njime upravlja 21Vianet
cli-no-browser = Ne otvaraj stranicu za prijavu u pregledniku
cli-timeout = Vremensko ograničenje mreže po zahtjevu, u sekundama
cli-explain-about = Objasni kod pisača, broj AADSTS ili zalijepljeni redak odgovora
cli-explain-text = Kod (361, AADSTS53003, 5.7.139) ili cijeli zalijepljeni redak odgovora, u navodnicima. I redak koji počinje znakom „-” čita se kao tekst; da biste bili sigurni, ispred njega stavite „--”
cli-explain-more = Ostatak retka zadan bez navodnika
cli-printer-about = Pronađi, pregledaj i postavi pisače
cli-printer-discover-about = Pronađi pisače na lokalnoj mreži (mDNS)
cli-printer-discover-seconds = Koliko dugo osluškivati, u sekundama
cli-printer-status-about = Model, firmware, sučelje i status poslužitelja e-pošte (Email Server); prijava nije potrebna
cli-printer-setup-about = Prebaci e-poštu pisača na OAuth 2.0: prijava se prenosi, a postavke se šalju i provjeravaju
cli-printer-jobs-about = Povijest zadataka s objašnjenjem svakog koda pogreške
cli-printer-capture-about = Snimka stranica s postavkama e-pošte bez povjerljivih podataka, za pisanje profila novog modela
cli-printer-host = Adresa pisača: IPv4, IPv6 ili naziv hosta, po potrebi s :priključak
cli-printer-profile = Datoteka profila pisača umjesto Epsonova profila koji se isporučuje s alatom
cli-printer-trust-fingerprint = Otisak SHA-256 certifikata pisača, nakon što ste ga usporedili
cli-printer-ca-file = CA certifikat (PEM) do kojeg vodi lanac certifikata pisača, umjesto potvrde otiska
cli-printer-user = Korisničko ime administratora (zadano: ono iz profila)
cli-printer-password-stdin = Pročitaj administratorsku lozinku iz prvog retka standardnog ulaza
cli-printer-remember-password = Nakon uspješne prijave zapamti administratorsku lozinku u privjesku za ključeve (keychain) operacijskog sustava
cli-printer-setup-sender = Sender's Email Address (adresa pošiljatelja) s koje pisač šalje
cli-printer-setup-fax = Postavi postavke e-pošte faks poslužitelja umjesto Email Server > Basic
cli-printer-capture-out = Mapa u koju se zapisuju stranice bez povjerljivih podataka
cli-generate-package-files-about = Zapiši stranice priručnika (man) i dovršavanje naredbi za ljuske, za pakete
cli-generate-package-files-dir = Mapa u koju se zapisuju man/ i completions/
cli-help-flag = Ispiši pomoć
cli-help-flag-summary = Ispiši pomoć (detaljnije uz --help)
cli-help-flag-long = Ispiši pomoć (sažetak uz -h)
cli-version-flag = Ispiši verziju
cli-help-about = Ispiši ovu poruku ili pomoć za navedenu naredbu
cli-heading-usage = Upotreba:
cli-heading-commands = Naredbe:
cli-heading-arguments = Argumenti:
cli-heading-options = Opcije:
cli-default = [zadano: { $value }]
cli-possible-values = [moguće vrijednosti: { $values }]
cli-possible-values-heading = Moguće vrijednosti:
cli-error-needs-demo = --auto-approve, --interval, --expires-in i --fault zahtijevaju --demo
cli-package-files-failed = Stranice priručnika i dovršavanje naredbi za ljuske nisu se mogli zapisati u { $dir }: { $error }
cli-man-name = NAZIV
cli-man-synopsis = UPOTREBA
cli-man-description = OPIS
cli-man-options = OPCIJE
cli-man-commands = NAREDBE
cli-man-version = VERZIJA
diag-smtp-sender-mailbox-full-title = Sandučić pošiljatelja je pun
diag-smtp-sender-mailbox-full-cause = Poštanski sandučić iz kojeg pisač šalje dosegnuo je kvotu pohrane, pa mu Exchange Online više ne dopušta slanje. Svaka poruka koju pisač pošalje čuva se i u mapi Poslane stavke tog sandučića, koja ga s vremenom napuni.
diag-smtp-sender-mailbox-full-fix = Ispraznite mape Poslane stavke i Izbrisane stavke sandučića (npr. pravilom zadržavanja koje briše stare poslane skenove) ili povećajte njegovu kvotu, pa ponovno pošaljite.
diag-smtp-recipient-mailbox-full-title = Sandučić primatelja je pun
diag-smtp-recipient-mailbox-full-cause = Poruka je stigla do primateljeva poslužitelja e-pošte, ali je primateljev poštanski sandučić dosegnuo kvotu pohrane. Pisač i njegova prijava nisu uzrok.
diag-smtp-recipient-mailbox-full-fix = Zamolite primatelja da oslobodi prostor u sandučiću (ili njegova administratora da poveća kvotu) ili skenirajte na drugu adresu. Zatim ponovno pošaljite.
diag-aadsts-no-password-title = Račun nema lozinku u servisu Microsoft Entra ID
diag-aadsts-no-password-cause = Račun se prijavljuje negdje drugdje (federirani davatelj identiteta) ili bez lozinke, pa Microsoft Entra ID nema lozinku koju bi provjerio: prijava korisničkim imenom i lozinkom za njega ne može uspjeti.
diag-aadsts-no-password-fix = Prijavite uređaj kroz preglednik kodom (prijava kodom uređaja protokolom OAuth 2.0, kao u ovom pomoćniku), gdje vrijedi vlastita stranica za prijavu računa, ili pisaču dodijelite račun poštanskog sandučića samo u oblaku.
diag-smtp-message-too-large-title = Poruka je prevelika
diag-smtp-message-too-large-cause = Poruka je veća od onoga što Exchange Online prima iz ovog poštanskog sandučića (zadano 35 MB, za neke sandučiće manje); veliki skenovi u visokoj razlučivosti brzo dosegnu tu granicu.
diag-smtp-message-too-large-fix = Na pisaču smanjite razlučivost skeniranja ili odaberite komprimiranu vrstu datoteke ili postavite najveću veličinu privitka tako da se veliki skenovi podijele; administrator može i povećati MaxSendSize sandučića (Set-Mailbox -Identity <sandučić> -MaxSendSize 50MB).
diag-smtp-ip-banned-title = IP adresa ureda nalazi se na Microsoftovu popisu blokiranih
diag-smtp-ip-banned-cause = Microsoft odbija poštu s ove javne IP adrese jer je na njegovu popisu zabranjenih pošiljatelja, obično nakon što je iz mreže poslana neželjena pošta.
diag-smtp-ip-banned-fix = Pronađite i zaustavite ono što je iz mreže slalo neželjenu poštu, zatim zatražite od Microsofta uklanjanje adrese na https://sender.office.com. Slanje preko smtp.office365.com protokolom OAuth 2.0, kako ga ovaj pomoćnik postavlja, ne ovisi o tom popisu.
cli-error-prefix = pogreška:
cli-error-unknown-argument = neočekivani argument „{ $arg }”
cli-error-unknown-command = nepoznata naredba „{ $command }”
cli-error-invalid-value = neispravna vrijednost „{ $value }” za { $arg }
cli-error-allowed = Dopušteno: { $range }.
cli-error-missing = nedostaje: { $args }
cli-error-missing-command = nedostaje naredba
cli-error-conflict = { $arg } ne može se koristiti uz { $other }
cli-error-misused = { $arg } se ne koristi na taj način
cli-error-did-you-mean = jeste li mislili „{ $suggestion }”?
cli-error-try-help = Za više informacija pokušajte „--help”.
diag-aadsts-redirect-uri-title = Adresa za odgovor nije registrirana za aplikaciju
diag-aadsts-redirect-uri-cause = Uređaj ili aplikacija zatražili su od Microsofta da prijavu vrati na adresu za odgovor (redirect URI) koju registracija aplikacije ne navodi ili je nisu naveli.
diag-aadsts-redirect-uri-fix = U App registrations > aplikacija > Authentication dodajte adresu za odgovor točno kako je navodi pogreška ili priručnik uređaja (ista shema, poslužitelj, priključak i putanja), pa se ponovno prijavite. Prijava kodom uređaja koju koristi ovaj pomoćnik ne treba adresu za odgovor.
diag-smtp-recipient-rejected-title = Adresa primatelja odbijena
diag-smtp-recipient-rejected-cause = Sustav e-pošte primatelja odbio je adresu: poštanski sandučić ondje ne postoji (Exchange Online odbija nepoznate primatelje već na ulazu) ili ne prima poštu od ovog pošiljatelja.
diag-smtp-recipient-rejected-fix = Provjerite adresu primatelja na pisaču (imenik ili Scan to My Email). Ako je u vašoj domeni, u administratorskom centru sustava Microsoft 365 provjerite postoji li poštanski sandučić i je li domena prihvaćena domena.
