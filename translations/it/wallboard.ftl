# Wallboard, italiano.

language-name = Italiano

## Schermata di accesso
sign-in-title = Accedi a Salesforce
sign-in-step-scan = Inquadra il codice QR con il telefono, oppure apri
sign-in-step-enter = e inserisci questo codice:
sign-in-expires-in = Il codice scade tra { $time }
sign-in-status-waiting = In attesa della tua approvazione sul telefono…
sign-in-status-slow-down = Salesforce ha chiesto di rallentare. Controllo { $seconds ->
        [one] ogni secondo
       *[other] ogni { $seconds } secondi
    }…
sign-in-status-reconnecting = Connessione persa. Nuovo tentativo tra { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }…
sign-in-phishing = Approva solo se questo televisore è davanti a te.
sign-in-starting = Richiesta di un codice di accesso…
sign-in-connecting = Approvato. Recupero dei tuoi dati…

## Quando non c'è un codice
idle-expired-title = Il codice di accesso è scaduto
idle-cancelled-title = Accesso annullato
idle-denied-title = L'accesso è stato rifiutato sul telefono
idle-body = Premi OK per un nuovo codice.
error-title = L'accesso non funziona
error-hint = Premi OK per riprovare.
error-hint-config = Chiedi a chi ha installato questo schermo di correggerne la configurazione, poi riavvia Wallboard.

## Dopo l'approvazione
signed-in-title = Connesso
signed-in-as = Accesso eseguito come { $name }
signed-in-org = Organizzazione: { $org }
signed-in-username = Nome utente: { $username }
signed-in-next = Le tue dashboard compariranno qui.
boot-connecting = Connessione a Salesforce…
boot-retrying = Wallboard continua a riprovare da solo.
notice-sign-in-again = Accedi di nuovo

## Telecomando
keys-hint = ← → scegli   ·   OK conferma   ·   Indietro annulla
keys-hint-no-back = ← → scegli   ·   OK conferma
action-new-code = Nuovo codice
action-cancel = Annulla
action-try-again = Riprova
action-settings = Impostazioni

## Impostazioni (lingua e contrasto, con il telecomando)
settings-title = Impostazioni
settings-language = Lingua
settings-language-automatic = { $source ->
        [config] Automatica: { $language } (dalla configurazione)
        [salesforce] Automatica: { $language } (la tua lingua in Salesforce)
       *[system] Automatica: { $language } (lingua del sistema)
    }
settings-contrast = Contrasto
settings-contrast-standard = Standard
settings-contrast-high = Contrasto elevato
settings-palette = Colori dei grafici
settings-palette-dashboard = Come in Salesforce
settings-palette-accessible = Tavolozza accessibile di Salesforce
settings-saved = Le modifiche valgono subito e restano salvate su questo schermo.
keys-settings = ↑ ↓ scegli   ·   ← → cambia   ·   Indietro fine

## Dashboard
dashboards-title = Dashboard
dashboards-empty = Nessuna dashboard trovata in questa organizzazione.
picker-sign-out = Esci
confirm-sign-out-title = Disconnettere questo schermo da Salesforce?
confirm-sign-out-hint = L'accesso viene revocato in Salesforce e lo schermo mostra un nuovo codice di accesso.
signed-out-title = Disconnesso
signed-out-revoked = L'accesso è stato revocato in Salesforce ed eliminato da questo schermo.
signed-out-offline = Salesforce non era raggiungibile, quindi l'accesso è stato eliminato solo da questo schermo.
action-sign-out = Esci
dashboard-loading = Caricamento di { $title }…
dashboard-as-of = Aggiornato: { $time }
dashboard-stale = Offline · ultimo aggiornamento: { $time } ({ $ago })
dashboard-position = { $index } di { $count }
dashboard-paused = In pausa · riprende { $when }
keys-picker = ← → ↑ ↓ scegli   ·   OK apri
keys-dashboard = ← → dashboard   ·   ↑ ↓ riquadri   ·   OK ingrandisci   ·   Indietro elenco
tile-no-data = Ancora nessun dato
tile-updating = Aggiornamento…
tile-error = Errore: { $message }
tile-unsupported = Questo tipo di componente ({ $kind }) non può ancora essere mostrato su un televisore.
legend-other = Altro
scatter-x = Orizzontale: { $name }
scatter-y = Verticale: { $name }

## Errori
error-login-host-invalid = “{ $host }” non è un host di accesso valido. Usa production, sandbox o l'indirizzo del tuo My Domain.
error-login-host-insecure = { $host } deve essere raggiunto via https. L'http non cifrato è ammesso solo su questo dispositivo.
error-unreachable = Impossibile raggiungere { $host }. Controlla la connessione di rete.
error-not-json = { $host } ha risposto con una pagina web invece che con il servizio di accesso di Salesforce (HTTP { $status }). Controlla l'host di accesso.
error-bad-response = { $host } ha inviato una risposta che Wallboard non sa leggere.
error-invalid-client = { $host } non riconosce l'ID client di questa app. Chiedi all'amministratore Salesforce la chiave consumer della External Client App.
error-oauth = { $host } ha rifiutato l'accesso: { $description } ({ $error })
error-http-status = { $host } ha risposto con l'errore { $status }.
error-missing-client-id = Nessun ID client configurato. Imposta client_id nel file di configurazione o WALLBOARD_CLIENT_ID.
error-config = Problema di configurazione: { $detail }
error-storage = Impossibile salvare l'accesso in { $path }.
error-session-rejected = Salesforce non accetta più l'accesso di questo schermo. Accedi di nuovo.
error-not-signed-in = Questo schermo non ha ancora eseguito l'accesso. Esegui prima “wallboard login”.
error-missing-api-scope = Questa app non è autorizzata a leggere i dati di Salesforce. Aggiungi l'ambito “Manage user data via APIs (api)” alla External Client App, poi accedi di nuovo.
error-rest = { $host } ha segnalato un problema: { $message }

## Accesso dal terminale (wallboard login)
cli-instructions = Per accedere, apri questo indirizzo sul telefono o sul computer:
cli-enter-code = e inserisci il codice:
cli-scan = Oppure inquadra questo codice QR:
cli-expires = Il codice scade tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
cli-waiting = In attesa di approvazione…
cli-slow-down = Salesforce ha chiesto di rallentare; ora il controllo avviene { $seconds ->
        [one] ogni secondo
       *[other] ogni { $seconds } secondi
    }.
cli-reconnecting = Connessione persa; nuovo tentativo tra { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }.
cli-signed-in = Accesso eseguito come { $name } ({ $username }) a { $org }.
cli-saved = Accesso salvato in { $path }.
cli-denied = L'accesso è stato rifiutato.
cli-expired = Il codice è scaduto prima dell'approvazione. Esegui di nuovo il comando per un nuovo codice.
cli-cancelled = Accesso annullato.
cli-failed = Accesso non riuscito: { $reason }
cli-signed-out = Disconnesso: l'accesso è stato revocato in Salesforce ed eliminato da questo schermo.
cli-signed-out-offline = Salesforce non era raggiungibile per revocare l'accesso; è stato eliminato da questo schermo. Revocalo in Salesforce (utilizzo OAuth delle app connesse) se lo schermo va perso.
cli-not-signed-in = Questo schermo non aveva eseguito l'accesso.
