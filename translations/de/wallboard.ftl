# Wallboard, Deutsch.

language-name = Deutsch

## Anmeldebildschirm
sign-in-title = Bei Salesforce anmelden
sign-in-step-scan = Scannen Sie den QR-Code mit Ihrem Telefon oder öffnen Sie
sign-in-step-enter = und geben Sie diesen Code ein:
sign-in-expires-in = Der Code läuft in { $time } ab
sign-in-status-waiting = Warte auf Ihre Freigabe am Telefon…
sign-in-status-slow-down = Salesforce bittet um weniger Anfragen. Prüfe { $seconds ->
        [one] jede Sekunde
       *[other] alle { $seconds } Sekunden
    }…
sign-in-status-reconnecting = Verbindung unterbrochen. Neuer Versuch in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }…
sign-in-phishing = Geben Sie nur frei, wenn dieser Fernseher vor Ihnen steht.
sign-in-starting = Anmeldecode wird angefordert…
sign-in-connecting = Freigegeben. Ihre Daten werden geladen…

## Kein Code sichtbar
idle-expired-title = Der Anmeldecode ist abgelaufen
idle-cancelled-title = Anmeldung abgebrochen
idle-denied-title = Die Anmeldung wurde am Telefon abgelehnt
idle-body = Drücken Sie OK für einen neuen Code.
error-title = Die Anmeldung funktioniert nicht
error-hint = Drücken Sie OK, um es erneut zu versuchen.
error-hint-config = Bitten Sie die Person, die diesen Bildschirm eingerichtet hat, die Konfiguration zu korrigieren, und starten Sie Wallboard neu.

## Nach der Freigabe
signed-in-title = Verbunden
signed-in-as = Angemeldet als { $name }
signed-in-org = Organisation: { $org }
signed-in-username = Benutzername: { $username }
signed-in-next = Hier erscheinen Ihre Dashboards.
boot-connecting = Verbindung zu Salesforce wird hergestellt…
boot-retrying = Wallboard versucht es selbstständig weiter.
notice-sign-in-again = Bitte melden Sie sich erneut an

## Fernbedienung
keys-hint = ← → wählen   ·   OK bestätigen   ·   Zurück abbrechen
keys-hint-no-back = ← → wählen   ·   OK bestätigen
action-new-code = Neuer Code
action-cancel = Abbrechen
action-try-again = Erneut versuchen
action-settings = Einstellungen

## Einstellungen (Sprache und Kontrast, mit der Fernbedienung)
settings-title = Einstellungen
settings-language = Sprache
settings-language-automatic = { $source ->
        [config] Automatisch: { $language } (aus der Konfiguration)
        [salesforce] Automatisch: { $language } (Ihre Salesforce-Sprache)
       *[system] Automatisch: { $language } (Systemsprache)
    }
settings-contrast = Kontrast
settings-contrast-standard = Standard
settings-contrast-high = Hoher Kontrast
settings-palette = Diagrammfarben
settings-palette-dashboard = Wie in Salesforce eingestellt
settings-palette-accessible = Barrierefreie Salesforce-Palette
settings-saved = Änderungen gelten sofort und bleiben auf diesem Bildschirm gespeichert.
keys-settings = ↑ ↓ wählen   ·   ← → ändern   ·   Zurück fertig

## Dashboards
dashboards-title = Dashboards
dashboards-empty = In dieser Organisation wurden keine Dashboards gefunden.
picker-sign-out = Abmelden
confirm-sign-out-title = Diesen Bildschirm von Salesforce abmelden?
confirm-sign-out-hint = Die Anmeldung wird bei Salesforce widerrufen, und der Bildschirm zeigt einen neuen Anmeldecode.
signed-out-title = Abgemeldet
signed-out-revoked = Die Anmeldung wurde bei Salesforce widerrufen und von diesem Bildschirm gelöscht.
signed-out-offline = Salesforce war nicht erreichbar; die Anmeldung wurde nur von diesem Bildschirm gelöscht.
action-sign-out = Abmelden
dashboard-loading = { $title } wird geladen…
dashboard-as-of = Stand { $time }
dashboard-stale = Offline · Daten von { $time } ({ $ago })
dashboard-position = { $index } von { $count }
dashboard-paused = Pausiert · geht { $when } weiter
keys-picker = ← → ↑ ↓ wählen   ·   OK öffnen
keys-dashboard = ← → Dashboards   ·   ↑ ↓ Kacheln   ·   OK vergrößern   ·   Zurück Liste
tile-no-data = Noch keine Daten
tile-updating = Wird aktualisiert…
tile-error = Fehler: { $message }
tile-unsupported = Dieser Komponententyp ({ $kind }) kann noch nicht auf dem Fernseher angezeigt werden.
legend-other = Sonstige
scatter-x = Waagrecht: { $name }
scatter-y = Senkrecht: { $name }

## Fehler
error-login-host-invalid = „{ $host }“ ist kein gültiger Anmeldehost. Verwenden Sie production, sandbox oder Ihre My-Domain-Adresse.
error-login-host-insecure = { $host } muss über https erreicht werden. Unverschlüsseltes http ist nur auf diesem Gerät selbst erlaubt.
error-unreachable = { $host } ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.
error-not-json = { $host } hat mit einer Webseite statt mit dem Salesforce-Anmeldedienst geantwortet (HTTP { $status }). Prüfen Sie den Anmeldehost.
error-bad-response = { $host } hat eine Antwort gesendet, die Wallboard nicht lesen kann.
error-invalid-client = { $host } kennt die Client-ID dieser App nicht. Fragen Sie Ihre Salesforce-Administration nach dem Consumer Key der External Client App.
error-oauth = { $host } hat die Anmeldung abgelehnt: { $description } ({ $error })
error-http-status = { $host } hat mit Fehler { $status } geantwortet.
error-missing-client-id = Es ist keine Client-ID eingerichtet. Setzen Sie client_id in der Konfigurationsdatei oder WALLBOARD_CLIENT_ID.
error-config = Konfigurationsproblem: { $detail }
error-storage = Die Anmeldung konnte nicht in { $path } gespeichert werden.
error-session-rejected = Salesforce akzeptiert die Anmeldung dieses Bildschirms nicht mehr. Bitte melden Sie sich erneut an.
error-not-signed-in = Dieser Bildschirm ist noch nicht angemeldet. Führen Sie zuerst „wallboard login“ aus.
error-missing-api-scope = Diese App darf keine Salesforce-Daten lesen. Fügen Sie der External Client App den Bereich „Manage user data via APIs (api)“ hinzu und melden Sie sich erneut an.
error-rest = { $host } meldet ein Problem: { $message }

## Anmeldung im Terminal (wallboard login)
cli-instructions = Öffnen Sie zur Anmeldung diese Adresse auf Ihrem Telefon oder Computer:
cli-enter-code = und geben Sie den Code ein:
cli-scan = Oder scannen Sie diesen QR-Code:
cli-expires = Der Code läuft in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } ab.
cli-waiting = Warte auf Freigabe…
cli-slow-down = Salesforce bittet um weniger Anfragen; prüfe jetzt { $seconds ->
        [one] jede Sekunde
       *[other] alle { $seconds } Sekunden
    }.
cli-reconnecting = Verbindung unterbrochen; neuer Versuch in { $seconds ->
        [one] einer Sekunde
       *[other] { $seconds } Sekunden
    }.
cli-signed-in = Angemeldet als { $name } ({ $username }) bei { $org }.
cli-saved = Anmeldung gespeichert in { $path }.
cli-denied = Die Anmeldung wurde abgelehnt.
cli-expired = Der Anmeldecode ist abgelaufen, bevor er freigegeben wurde. Starten Sie den Befehl erneut für einen neuen Code.
cli-cancelled = Anmeldung abgebrochen.
cli-failed = Anmeldung fehlgeschlagen: { $reason }
cli-signed-out = Abgemeldet: Die Anmeldung wurde bei Salesforce widerrufen und von diesem Bildschirm gelöscht.
cli-signed-out-offline = Salesforce war zum Widerrufen nicht erreichbar; die Anmeldung wurde von diesem Bildschirm gelöscht. Widerrufen Sie sie in Salesforce (OAuth-Nutzung verbundener Apps), falls der Bildschirm verloren ist.
cli-not-signed-in = Dieser Bildschirm war nicht angemeldet.
