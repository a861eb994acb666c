# Wallboard, français.

language-name = Français

## Écran de connexion
sign-in-title = Se connecter à Salesforce
sign-in-step-scan = Scannez le code QR avec votre téléphone, ou ouvrez
sign-in-step-enter = et saisissez ce code :
sign-in-expires-in = Le code expire dans { $time }
sign-in-status-waiting = En attente de votre validation sur le téléphone…
sign-in-status-slow-down = Salesforce demande de ralentir. Vérification { $seconds ->
        [one] toutes les secondes
       *[other] toutes les { $seconds } secondes
    }…
sign-in-status-reconnecting = Connexion perdue. Nouvel essai dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }…
sign-in-phishing = Ne validez que si ce téléviseur est devant vous.
sign-in-starting = Obtention d’un code de connexion…
sign-in-connecting = Validé. Récupération de vos informations…

## Quand aucun code n’est affiché
idle-expired-title = Le code de connexion a expiré
idle-cancelled-title = Connexion annulée
idle-denied-title = La connexion a été refusée sur le téléphone
idle-body = Appuyez sur OK pour obtenir un nouveau code.
error-title = La connexion ne fonctionne pas
error-hint = Appuyez sur OK pour réessayer.
error-hint-config = Demandez à la personne qui a installé cet écran de corriger sa configuration, puis redémarrez Wallboard.

## Après la validation
signed-in-title = Connecté
signed-in-as = Connecté en tant que { $name }
signed-in-org = Organisation : { $org }
signed-in-username = Nom d’utilisateur : { $username }
signed-in-next = Vos tableaux de bord s’afficheront ici.
boot-connecting = Connexion à Salesforce…
boot-retrying = Wallboard réessaie tout seul.
notice-sign-in-again = Veuillez vous reconnecter

## Télécommande
keys-hint = ← → choisir   ·   OK valider   ·   Retour annuler
keys-hint-no-back = ← → choisir   ·   OK valider
action-new-code = Nouveau code
action-cancel = Annuler
action-try-again = Réessayer
action-settings = Réglages

## Réglages (langue et contraste, à la télécommande)
settings-title = Réglages
settings-language = Langue
settings-language-automatic = { $source ->
        [config] Automatique : { $language } (selon la configuration)
        [salesforce] Automatique : { $language } (votre langue Salesforce)
       *[system] Automatique : { $language } (langue du système)
    }
settings-contrast = Contraste
settings-contrast-standard = Standard
settings-contrast-high = Contraste élevé
settings-palette = Couleurs des graphiques
settings-palette-dashboard = Comme dans Salesforce
settings-palette-accessible = Palette accessible de Salesforce
settings-saved = Les changements s’appliquent aussitôt et sont conservés sur cet écran.
keys-settings = ↑ ↓ choisir   ·   ← → modifier   ·   Retour terminer

## Tableaux de bord
dashboards-title = Tableaux de bord
dashboards-empty = Aucun tableau de bord dans cette organisation.
picker-sign-out = Se déconnecter
confirm-sign-out-title = Déconnecter cet écran de Salesforce ?
confirm-sign-out-hint = L’accès est révoqué chez Salesforce et l’écran affiche un nouveau code de connexion.
signed-out-title = Déconnecté
signed-out-revoked = L’accès a été révoqué chez Salesforce et supprimé de cet écran.
signed-out-offline = Salesforce était injoignable : l’accès a seulement été supprimé de cet écran.
action-sign-out = Se déconnecter
dashboard-loading = Chargement de « { $title } »…
dashboard-as-of = Mis à jour à { $time }
dashboard-stale = Hors ligne · dernières données à { $time } ({ $ago })
dashboard-position = { $index } sur { $count }
dashboard-paused = En pause · reprise { $when }
keys-picker = ← → ↑ ↓ choisir   ·   OK ouvrir
keys-dashboard = ← → tableaux   ·   ↑ ↓ vignettes   ·   OK agrandir   ·   Retour liste
tile-no-data = Pas encore de données
tile-updating = Mise à jour…
tile-error = Erreur : { $message }
tile-unsupported = Ce type de composant ({ $kind }) ne peut pas encore s’afficher sur un téléviseur.
legend-other = Autres
scatter-x = Horizontal : { $name }
scatter-y = Vertical : { $name }

## Erreurs
error-login-host-invalid = « { $host } » n’est pas un hôte de connexion valide. Utilisez production, sandbox ou l’adresse de votre My Domain.
error-login-host-insecure = { $host } doit être joint en https. Le http non chiffré n’est permis que sur cet appareil lui-même.
error-unreachable = Impossible de joindre { $host }. Vérifiez la connexion réseau.
error-not-json = { $host } a répondu par une page web au lieu du service de connexion de Salesforce (HTTP { $status }). Vérifiez l’hôte de connexion.
error-bad-response = { $host } a envoyé une réponse que Wallboard ne sait pas lire.
error-invalid-client = { $host } ne connaît pas l’ID client de cette application. Demandez à votre administrateur Salesforce la clé consommateur de l’External Client App.
error-oauth = { $host } a refusé la connexion : { $description } ({ $error })
error-http-status = { $host } a répondu par l’erreur { $status }.
error-missing-client-id = Aucun ID client n’est configuré. Renseignez client_id dans le fichier de configuration ou WALLBOARD_CLIENT_ID.
error-config = Problème de configuration : { $detail }
error-storage = Impossible d’enregistrer la connexion dans { $path }.
error-session-rejected = Salesforce n’accepte plus la connexion de cet écran. Veuillez vous reconnecter.
error-not-signed-in = Cet écran n’est pas encore connecté. Lancez d’abord « wallboard login ».
error-missing-api-scope = Cette application n’a pas le droit de lire les données Salesforce. Ajoutez la portée « Manage user data via APIs (api) » à l’External Client App, puis reconnectez-vous.
error-rest = { $host } signale un problème : { $message }

## Connexion dans le terminal (wallboard login)
cli-instructions = Pour vous connecter, ouvrez cette adresse sur votre téléphone ou votre ordinateur :
cli-enter-code = et saisissez le code :
cli-scan = Ou scannez ce code QR :
cli-expires = Le code expire dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
cli-waiting = En attente de validation…
cli-slow-down = Salesforce demande de ralentir ; vérification désormais { $seconds ->
        [one] toutes les secondes
       *[other] toutes les { $seconds } secondes
    }.
cli-reconnecting = Connexion perdue ; nouvel essai dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
cli-signed-in = Connecté en tant que { $name } ({ $username }) à { $org }.
cli-saved = Connexion enregistrée dans { $path }.
cli-denied = La connexion a été refusée.
cli-expired = Le code de connexion a expiré avant d’être validé. Relancez la commande pour obtenir un nouveau code.
cli-cancelled = Connexion annulée.
cli-failed = Échec de la connexion : { $reason }
cli-signed-out = Déconnecté : l’accès a été révoqué chez Salesforce et supprimé de cet écran.
cli-signed-out-offline = Salesforce était injoignable pour révoquer l’accès ; il a été supprimé de cet écran. Révoquez-le dans Salesforce (utilisation OAuth des applications connectées) si l’écran est perdu.
cli-not-signed-in = Cet écran n’était pas connecté.
