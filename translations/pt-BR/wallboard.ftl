# Wallboard, português do Brasil.

language-name = Português (Brasil)

## Tela de login
sign-in-title = Entrar no Salesforce
sign-in-step-scan = Leia o código QR com o celular ou acesse
sign-in-step-enter = e digite este código:
sign-in-expires-in = O código expira em { $time }
sign-in-status-waiting = Aguardando sua aprovação no celular…
sign-in-status-slow-down = O Salesforce pediu para ir mais devagar. Verificando { $seconds ->
        [one] a cada segundo
       *[other] a cada { $seconds } segundos
    }…
sign-in-status-reconnecting = Conexão perdida. Nova tentativa em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }…
sign-in-phishing = Só aprove se esta TV estiver na sua frente.
sign-in-starting = Obtendo um código de login…
sign-in-connecting = Aprovado. Buscando seus dados…

## Quando não há código na tela
idle-expired-title = O código de login expirou
idle-cancelled-title = Login cancelado
idle-denied-title = O login foi recusado no celular
idle-body = Pressione OK para gerar um novo código.
error-title = O login não está funcionando
error-hint = Pressione OK para tentar de novo.
error-hint-config = Peça a quem configurou esta tela para corrigir a configuração e depois reinicie o Wallboard.

## Depois da aprovação
signed-in-title = Conectado
signed-in-as = Conectado como { $name }
signed-in-org = Organização: { $org }
signed-in-username = Nome de usuário: { $username }
signed-in-next = Seus painéis vão aparecer aqui.
boot-connecting = Conectando ao Salesforce…
boot-retrying = O Wallboard continua tentando sozinho.
notice-sign-in-again = Faça login novamente

## Controle remoto
keys-hint = ← → escolher   ·   OK confirmar   ·   Voltar cancelar
keys-hint-no-back = ← → escolher   ·   OK confirmar
action-new-code = Novo código
action-cancel = Cancelar
action-try-again = Tentar de novo
action-settings = Configurações

## Configurações (idioma e contraste, pelo controle remoto)
settings-title = Configurações
settings-language = Idioma
settings-language-automatic = { $source ->
        [config] Automático: { $language } (pela configuração)
        [salesforce] Automático: { $language } (seu idioma no Salesforce)
       *[system] Automático: { $language } (idioma do sistema)
    }
settings-contrast = Contraste
settings-contrast-standard = Padrão
settings-contrast-high = Alto contraste
settings-palette = Cores dos gráficos
settings-palette-dashboard = Como no Salesforce
settings-palette-accessible = Paleta acessível do Salesforce
settings-saved = As mudanças valem na hora e ficam salvas nesta tela.
keys-settings = ↑ ↓ escolher   ·   ← → mudar   ·   Voltar concluir

## Painéis
dashboards-title = Painéis
dashboards-empty = Nenhum painel encontrado nesta organização.
picker-sign-out = Sair
confirm-sign-out-title = Sair do Salesforce nesta tela?
confirm-sign-out-hint = O acesso é revogado no Salesforce e a tela mostra um novo código de login.
signed-out-title = Você saiu
signed-out-revoked = O acesso foi revogado no Salesforce e apagado desta tela.
signed-out-offline = Não foi possível falar com o Salesforce, então o acesso foi apagado só desta tela.
action-sign-out = Sair
dashboard-loading = Carregando { $title }…
dashboard-as-of = Atualizado: { $time }
dashboard-stale = Off-line · dados de { $time } ({ $ago })
dashboard-position = { $index } de { $count }
dashboard-paused = Pausado · volta { $when }
keys-picker = ← → ↑ ↓ escolher   ·   OK abrir
keys-dashboard = ← → painéis   ·   ↑ ↓ blocos   ·   OK ampliar   ·   Voltar lista
tile-no-data = Ainda sem dados
tile-updating = Atualizando…
tile-error = Erro: { $message }
tile-unsupported = Este tipo de componente ({ $kind }) ainda não pode ser mostrado numa TV.
legend-other = Outros
scatter-x = Horizontal: { $name }
scatter-y = Vertical: { $name }

## Erros
error-login-host-invalid = “{ $host }” não é um host de login válido. Use production, sandbox ou o endereço do seu My Domain.
error-login-host-insecure = { $host } precisa ser acessado por https. O http sem criptografia só é permitido neste próprio aparelho.
error-unreachable = Não foi possível acessar { $host }. Verifique a conexão de rede.
error-not-json = { $host } respondeu com uma página web em vez do serviço de login do Salesforce (HTTP { $status }). Verifique o host de login.
error-bad-response = { $host } enviou uma resposta que o Wallboard não consegue ler.
error-invalid-client = { $host } não reconhece o ID de cliente deste aplicativo. Peça ao administrador do Salesforce a chave do consumidor da External Client App.
error-oauth = { $host } recusou o login: { $description } ({ $error })
error-http-status = { $host } respondeu com o erro { $status }.
error-missing-client-id = Nenhum ID de cliente configurado. Defina client_id no arquivo de configuração ou em WALLBOARD_CLIENT_ID.
error-config = Problema de configuração: { $detail }
error-storage = Não foi possível salvar o login em { $path }.
error-session-rejected = O Salesforce não aceita mais o login desta tela. Faça login novamente.
error-not-signed-in = Esta tela ainda não fez login. Execute “wallboard login” primeiro.
error-missing-api-scope = Este aplicativo não tem permissão para ler dados do Salesforce. Adicione o escopo “Manage user data via APIs (api)” à External Client App e faça login novamente.
error-rest = { $host } informou um problema: { $message }

## Login no terminal (wallboard login)
cli-instructions = Para fazer login, abra este endereço no celular ou no computador:
cli-enter-code = e digite o código:
cli-scan = Ou leia este código QR:
cli-expires = O código expira em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
cli-waiting = Aguardando aprovação…
cli-slow-down = O Salesforce pediu para ir mais devagar; agora verificando { $seconds ->
        [one] a cada segundo
       *[other] a cada { $seconds } segundos
    }.
cli-reconnecting = Conexão perdida; nova tentativa em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
cli-signed-in = Conectado como { $name } ({ $username }) em { $org }.
cli-saved = Login salvo em { $path }.
cli-denied = O login foi recusado.
cli-expired = O código expirou antes de ser aprovado. Execute o comando de novo para gerar um novo código.
cli-cancelled = Login cancelado.
cli-failed = Falha no login: { $reason }
cli-signed-out = Você saiu: o acesso foi revogado no Salesforce e apagado desta tela.
cli-signed-out-offline = Não foi possível falar com o Salesforce para revogar o acesso; ele foi apagado desta tela. Revogue-o no Salesforce (uso de OAuth de aplicativos conectados) se a tela for perdida.
cli-not-signed-in = Esta tela não estava conectada.
