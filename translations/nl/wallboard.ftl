# Wallboard, Nederlands.

language-name = Nederlands

## Aanmeldscherm
sign-in-title = Aanmelden bij Salesforce
sign-in-step-scan = Scan de QR-code met je telefoon of ga naar
sign-in-step-enter = en voer deze code in:
sign-in-expires-in = De code verloopt over { $time }
sign-in-status-waiting = Wachten tot je goedkeurt op je telefoon…
sign-in-status-slow-down = Salesforce vroeg om het rustiger aan te doen. We controleren { $seconds ->
        [one] elke seconde
       *[other] elke { $seconds } seconden
    }…
sign-in-status-reconnecting = Verbinding verbroken. Nieuwe poging over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }…
sign-in-phishing = Keur alleen goed als deze tv voor je staat.
sign-in-starting = Aanmeldcode ophalen…
sign-in-connecting = Goedgekeurd. Je gegevens worden opgehaald…

## Als er geen code op het scherm staat
idle-expired-title = De aanmeldcode is verlopen
idle-cancelled-title = Aanmelden geannuleerd
idle-denied-title = Het aanmelden is op de telefoon geweigerd
idle-body = Druk op OK voor een nieuwe code.
error-title = Aanmelden lukt niet
error-hint = Druk op OK om het opnieuw te proberen.
error-hint-config = Vraag degene die dit scherm heeft ingericht om de configuratie te corrigeren en start Wallboard daarna opnieuw.

## Na het goedkeuren
signed-in-title = Verbonden
signed-in-as = Aangemeld als { $name }
signed-in-org = Organisatie: { $org }
signed-in-username = Gebruikersnaam: { $username }
signed-in-next = Je dashboards verschijnen hier.
boot-connecting = Verbinden met Salesforce…
boot-retrying = Wallboard blijft het zelf proberen.
notice-sign-in-again = Meld je opnieuw aan

## Afstandsbediening
keys-hint = ← → kiezen   ·   OK bevestigen   ·   Terug annuleren
keys-hint-no-back = ← → kiezen   ·   OK bevestigen
action-new-code = Nieuwe code
action-cancel = Annuleren
action-try-again = Opnieuw proberen
action-settings = Instellingen

## Instellingen (taal en contrast, met de afstandsbediening)
settings-title = Instellingen
settings-language = Taal
settings-language-automatic = { $source ->
        [config] Automatisch: { $language } (uit de configuratie)
        [salesforce] Automatisch: { $language } (je Salesforce-taal)
       *[system] Automatisch: { $language } (systeemtaal)
    }
settings-contrast = Contrast
settings-contrast-standard = Standaard
settings-contrast-high = Hoog contrast
settings-palette = Grafiekkleuren
settings-palette-dashboard = Zoals in Salesforce
settings-palette-accessible = Toegankelijk palet van Salesforce
settings-saved = Wijzigingen gelden meteen en blijven op dit scherm bewaard.
keys-settings = ↑ ↓ kiezen   ·   ← → wijzigen   ·   Terug klaar

## Dashboards
dashboards-title = Dashboards
dashboards-empty = Geen dashboards gevonden in deze organisatie.
picker-sign-out = Afmelden
confirm-sign-out-title = Dit scherm afmelden bij Salesforce?
confirm-sign-out-hint = De toegang wordt bij Salesforce ingetrokken en het scherm toont een nieuwe aanmeldcode.
signed-out-title = Afgemeld
signed-out-revoked = De toegang is bij Salesforce ingetrokken en van dit scherm verwijderd.
signed-out-offline = Salesforce was niet bereikbaar, dus de toegang is alleen van dit scherm verwijderd.
action-sign-out = Afmelden
dashboard-loading = { $title } laden…
dashboard-as-of = Bijgewerkt: { $time }
dashboard-stale = Offline · gegevens van { $time } ({ $ago })
dashboard-position = { $index } van { $count }
dashboard-paused = Gepauzeerd · gaat { $when } verder
keys-picker = ← → ↑ ↓ kiezen   ·   OK openen
keys-dashboard = ← → dashboards   ·   ↑ ↓ tegels   ·   OK vergroten   ·   Terug lijst
tile-no-data = Nog geen gegevens
tile-updating = Bijwerken…
tile-error = Fout: { $message }
tile-unsupported = Dit type component ({ $kind }) kan nog niet op een tv worden getoond.
legend-other = Overig
scatter-x = Horizontaal: { $name }
scatter-y = Verticaal: { $name }

## Fouten
error-login-host-invalid = ‘{ $host }’ is geen geldige aanmeldhost. Gebruik production, sandbox of het adres van je My Domain.
error-login-host-insecure = { $host } moet via https worden bereikt. Onversleuteld http mag alleen op dit apparaat zelf.
error-unreachable = { $host } is niet bereikbaar. Controleer de netwerkverbinding.
error-not-json = { $host } antwoordde met een webpagina in plaats van de aanmeldservice van Salesforce (HTTP { $status }). Controleer de aanmeldhost.
error-bad-response = { $host } stuurde een antwoord dat Wallboard niet kan lezen.
error-invalid-client = { $host } kent de client-ID van deze app niet. Vraag je Salesforce-beheerder om de consumer key van de External Client App.
error-oauth = { $host } weigerde de aanmelding: { $description } ({ $error })
error-http-status = { $host } antwoordde met fout { $status }.
error-missing-client-id = Er is geen client-ID ingesteld. Zet client_id in het configuratiebestand of WALLBOARD_CLIENT_ID.
error-config = Configuratieprobleem: { $detail }
error-storage = De aanmelding kon niet worden bewaard in { $path }.
error-session-rejected = Salesforce accepteert de aanmelding van dit scherm niet meer. Meld je opnieuw aan.
error-not-signed-in = Dit scherm is nog niet aangemeld. Voer eerst ‘wallboard login’ uit.
error-missing-api-scope = Deze app mag geen Salesforce-gegevens lezen. Voeg het bereik ‘Manage user data via APIs (api)’ toe aan de External Client App en meld je opnieuw aan.
error-rest = { $host } meldt een probleem: { $message }

## Aanmelden in de terminal (wallboard login)
cli-instructions = Open dit adres op je telefoon of computer om je aan te melden:
cli-enter-code = en voer de code in:
cli-scan = Of scan deze QR-code:
cli-expires = De code verloopt over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }.
cli-waiting = Wachten op goedkeuring…
cli-slow-down = Salesforce vroeg om het rustiger aan te doen; we controleren nu { $seconds ->
        [one] elke seconde
       *[other] elke { $seconds } seconden
    }.
cli-reconnecting = Verbinding verbroken; nieuwe poging over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }.
cli-signed-in = Aangemeld als { $name } ({ $username }) bij { $org }.
cli-saved = Aanmelding bewaard in { $path }.
cli-denied = Het aanmelden is geweigerd.
cli-expired = De aanmeldcode verliep voordat hij werd goedgekeurd. Voer de opdracht opnieuw uit voor een nieuwe code.
cli-cancelled = Aanmelden geannuleerd.
cli-failed = Aanmelden mislukt: { $reason }
cli-signed-out = Afgemeld: de toegang is bij Salesforce ingetrokken en van dit scherm verwijderd.
cli-signed-out-offline = Salesforce was niet bereikbaar om de toegang in te trekken; hij is van dit scherm verwijderd. Trek hem in Salesforce in (OAuth-gebruik van verbonden apps) als het scherm kwijt is.
cli-not-signed-in = Dit scherm was niet aangemeld.
