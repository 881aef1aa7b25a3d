<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AdcSource</name>
    <message>
        <source>No Application Default Credentials: %1 is not set and %2 does not exist. Run `%3`.</source>
        <translation>Nessuna Application Default Credentials: %1 non è impostata e %2 non esiste. Esegui `%3`.</translation>
    </message>
    <message>
        <source>%1 names %2, which does not exist. Fix or unset the variable.</source>
        <translation>%1 indica %2, che non esiste. Correggi la variabile o rimuovila.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot; credentials, which MaaS Playground does not support yet. Use `%3` (%4) or a service account key file.</source>
        <translation>%1 contiene credenziali &quot;%2&quot;, che MaaS Playground non supporta ancora. Usa `%3` (%4) o un file di chiave di un account di servizio.</translation>
    </message>
</context>
<context>
    <name>AuthorizedUserSource</name>
    <message>
        <source>Your Google session needs a fresh sign-in (your organisation&apos;s re-authentication policy: %1). Run `%2`, then try again.</source>
        <translation>La tua sessione Google richiede un nuovo accesso (criterio di riautenticazione della tua organizzazione: %1). Esegui `%2`, poi riprova.</translation>
    </message>
    <message>
        <source>Your Application Default Credentials have expired or were revoked (%1). Run `%2`, then try again.</source>
        <translation>Le tue Application Default Credentials sono scadute o sono state revocate (%1). Esegui `%2`, poi riprova.</translation>
    </message>
    <message>
        <source>The token endpoint does not accept the OAuth client in %1 (%2). Run `%3` to write fresh credentials.</source>
        <translation>L&apos;endpoint dei token non accetta il client OAuth in %1 (%2). Esegui `%3` per scrivere credenziali nuove.</translation>
    </message>
    <message>
        <source>The token endpoint refused to refresh your Application Default Credentials (%1).</source>
        <translation>L&apos;endpoint dei token ha rifiutato di aggiornare le tue Application Default Credentials (%1).</translation>
    </message>
    <message>
        <source>Cannot refresh your Application Default Credentials: %1.</source>
        <translation>Impossibile aggiornare le tue Application Default Credentials: %1.</translation>
    </message>
</context>
<context>
    <name>AutomaticSource</name>
    <message>
        <source>No Google Cloud credentials found. Run `%1` (or `%2`), or set %3. Tried: %4</source>
        <translation>Nessuna credenziale Google Cloud trovata. Esegui `%1` (o `%2`), oppure imposta %3. Tentativi: %4</translation>
    </message>
</context>
<context>
    <name>CredentialFile</name>
    <message>
        <source>token_uri %1 is not Google&apos;s token endpoint (%2); MaaS Playground refuses to send credentials anywhere else</source>
        <translation>token_uri %1 non è l&apos;endpoint dei token di Google (%2); MaaS Playground si rifiuta di inviare credenziali altrove</translation>
    </message>
    <message>
        <source>Cannot read the credential file %1: %2</source>
        <translation>Impossibile leggere il file delle credenziali %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: expected a JSON credential file</source>
        <translation>%1 è vuoto: è atteso un file di credenziali JSON</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2 at offset %3): expected the JSON credential file downloaded from the Google Cloud console or written by gcloud</source>
        <translation>%1 non è JSON (%2 alla posizione %3): è atteso il file di credenziali JSON scaricato dalla console Google Cloud o scritto da gcloud</translation>
    </message>
    <message>
        <source>%1 is JSON but not a credential file: expected an object with a &quot;type&quot; field</source>
        <translation>%1 è JSON ma non è un file di credenziali: è atteso un oggetto con un campo &quot;type&quot;</translation>
    </message>
    <message>
        <source>%1 has no &quot;type&quot; field: expected &quot;service_account&quot; or &quot;authorized_user&quot;</source>
        <translation>%1 non ha il campo &quot;type&quot;: è atteso &quot;service_account&quot; o &quot;authorized_user&quot;</translation>
    </message>
    <message>
        <source>%1 is a %2 credential, not a service account key (a key file has %3)</source>
        <translation>%1 è una credenziale %2, non una chiave di un account di servizio (un file di chiave ha %3)</translation>
    </message>
    <message>
        <source>%1 has no &quot;private_key&quot;: it is not a complete service account key. Create a new JSON key for the service account in the Google Cloud console</source>
        <translation>%1 non ha &quot;private_key&quot;: non è una chiave completa di un account di servizio. Crea una nuova chiave JSON per l&apos;account di servizio nella console Google Cloud</translation>
    </message>
    <message>
        <source>%1 has no &quot;client_email&quot;: the service account it belongs to is unknown. Create a new JSON key in the Google Cloud console</source>
        <translation>%1 non ha &quot;client_email&quot;: l&apos;account di servizio a cui appartiene è sconosciuto. Crea una nuova chiave JSON nella console Google Cloud</translation>
    </message>
    <message>
        <source>The &quot;private_key&quot; in %1 is not a PEM private key OpenSSL can read (%2). The file may be damaged or edited; create a new JSON key</source>
        <translation>La &quot;private_key&quot; in %1 non è una chiave privata PEM leggibile da OpenSSL (%2). Il file potrebbe essere danneggiato o modificato; crea una nuova chiave JSON</translation>
    </message>
    <message>
        <source>%1 is a %2 credential, not user credentials from `%3` (%4)</source>
        <translation>%1 è una credenziale %2, non credenziali utente scritte da `%3` (%4)</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;: run `%3` to write complete credentials</source>
        <translation>%1 non ha &quot;%2&quot;: esegui `%3` per scrivere credenziali complete</translation>
    </message>
</context>
<context>
    <name>ErrorTranslator</name>
    <message>
        <source>The catalog says %1 was retired on %2; use %3 instead.</source>
        <translation>Il catalogo indica che %1 è stato ritirato il %2; usa %3 al suo posto.</translation>
    </message>
    <message>
        <source>The catalog says %1 was retired on %2.</source>
        <translation>Il catalogo indica che %1 è stato ritirato il %2.</translation>
    </message>
    <message>
        <source>The catalog does not know where %1 is served; check the model id and its Model Garden card.</source>
        <translation>Il catalogo non sa dove è servito %1; controlla l&apos;ID del modello e la sua scheda Model Garden.</translation>
    </message>
    <message>
        <source>The catalog lists %1 at: %2. Pick one of those locations for this pane.</source>
        <translation>Il catalogo elenca %1 in: %2. Scegli una di queste località per questo riquadro.</translation>
    </message>
    <message>
        <source>Request rejected (HTTP %1)</source>
        <translation>Richiesta rifiutata (HTTP %1)</translation>
    </message>
    <message>
        <source>The network returned a web page instead of the API (HTTP %1)</source>
        <translation>La rete ha restituito una pagina web invece dell&apos;API (HTTP %1)</translation>
    </message>
    <message>
        <source>A proxy, gateway or captive portal answered.</source>
        <translation>Ha risposto un proxy, un gateway o un captive portal.</translation>
    </message>
    <message>
        <source>Sign in to the network or check the proxy settings, then retry.</source>
        <translation>Accedi alla rete o controlla le impostazioni del proxy, poi riprova.</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Credenziali rifiutate</translation>
    </message>
    <message>
        <source>Vertex AI needs an OAuth access token, not an API key: use %1 or a service-account key.</source>
        <translation>Vertex AI richiede un token di accesso OAuth, non una chiave API: usa %1 o una chiave di un account di servizio.</translation>
    </message>
    <message>
        <source>The access token is missing, invalid or expired. Sign in again (%1, or %2) or refresh the token, then retry.</source>
        <translation>Il token di accesso manca, non è valido o è scaduto. Accedi di nuovo (%1, o %2) o aggiorna il token, poi riprova.</translation>
    </message>
    <message>
        <source>The %1 endpoint is blocked by an organization policy</source>
        <translation>L&apos;endpoint %1 è bloccato da un criterio dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Pick a regional location for this pane (%1), or ask an organization policy administrator to allow this endpoint in %2.</source>
        <translation>Scegli una località regionale per questo riquadro (%1), oppure chiedi a un amministratore dei criteri dell&apos;organizzazione di consentire questo endpoint in %2.</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>per esempio %1</translation>
    </message>
    <message>
        <source>%1 is not available at %2</source>
        <translation>%1 non è disponibile nella località %2</translation>
    </message>
    <message>
        <source>%1 is not enabled for project %2</source>
        <translation>%1 non è abilitato per il progetto %2</translation>
    </message>
    <message>
        <source>Enable the model on its Model Garden card (Agree/Enable). That needs the Consumer Procurement Entitlement Manager role: %1. The organization policy must also allow %2.</source>
        <translation>Abilita il modello nella sua scheda Model Garden (Accetta/Abilita). Serve il ruolo Consumer Procurement Entitlement Manager: %1. Il criterio dell&apos;organizzazione deve anche consentire %2.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Autorizzazione negata</translation>
    </message>
    <message>
        <source>The caller lacks %1 on project %2. Ask an administrator for the Vertex AI User role: %3</source>
        <translation>Al chiamante manca %1 nel progetto %2. Chiedi a un amministratore il ruolo Utente Vertex AI: %3</translation>
    </message>
    <message>
        <source>Enable the Vertex AI API: %1</source>
        <translation>Abilita l&apos;API Vertex AI: %1</translation>
    </message>
    <message>
        <source>Check the project id and that your account has the Vertex AI User role: %1</source>
        <translation>Controlla l&apos;ID del progetto e che il tuo account abbia il ruolo Utente Vertex AI: %1</translation>
    </message>
    <message>
        <source>Also check that the model id is exact (version suffix included).</source>
        <translation>Controlla anche che l&apos;ID del modello sia esatto (suffisso di versione incluso).</translation>
    </message>
    <message>
        <source>Quota exhausted for %1</source>
        <translation>Quota esaurita per %1</translation>
    </message>
    <message>
        <source>Wait and retry, or request a quota increase for project %1 in the Cloud console (IAM &amp; Admin ▸ Quotas). Another location may have its own quota.</source>
        <translation>Attendi e riprova, oppure richiedi un aumento della quota per il progetto %1 nella console Cloud (IAM e amministrazione ▸ Quote). Un&apos;altra località può avere una quota propria.</translation>
    </message>
    <message>
        <source>%1 is overloaded</source>
        <translation>%1 è sovraccarico</translation>
    </message>
    <message>
        <source>The service is busy; retry in a moment or pick another location.</source>
        <translation>Il servizio è occupato; riprova tra poco o scegli un&apos;altra località.</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Errore del server (HTTP %1)</translation>
    </message>
    <message>
        <source>A temporary problem on the server side; retry. If it persists, try another location.</source>
        <translation>Un problema temporaneo lato server; riprova. Se persiste, prova un&apos;altra località.</translation>
    </message>
    <message>
        <source>The request timed out on the server</source>
        <translation>La richiesta è scaduta sul server</translation>
    </message>
    <message>
        <source>Retry; shorter prompts or a lower max output help.</source>
        <translation>Riprova; prompt più brevi o un output massimo più basso aiutano.</translation>
    </message>
    <message>
        <source>The server refused the request as sent: check the parameters (max tokens within the model&apos;s limit, a thinking budget of at least 1,024 and below max tokens, supported options for this model).</source>
        <translation>Il server ha rifiutato la richiesta così com&apos;è stata inviata: controlla i parametri (token massimi entro il limite del modello, un budget di ragionamento di almeno 1.024 e inferiore ai token massimi, opzioni supportate da questo modello).</translation>
    </message>
    <message>
        <source>HTTP %1 with no message</source>
        <translation>HTTP %1 senza messaggio</translation>
    </message>
    <message>
        <source>The stream from %1 could not be read</source>
        <translation>Impossibile leggere lo stream di %1</translation>
    </message>
    <message>
        <source>The answer so far is kept. Retry; if it happens again, report it with the model and time.</source>
        <translation>La risposta ricevuta finora è conservata. Riprova; se succede di nuovo, segnalalo con il modello e l&apos;ora.</translation>
    </message>
    <message>
        <source>%1 stopped with an error</source>
        <translation>%1 si è fermato con un errore</translation>
    </message>
    <message>
        <source>Cannot resolve the API host</source>
        <translation>Impossibile risolvere l&apos;host dell&apos;API</translation>
    </message>
    <message>
        <source>You seem to be offline, or DNS/VPN blocks the name. Check the connection and retry.</source>
        <translation>Sembri offline, oppure DNS o VPN bloccano il nome. Controlla la connessione e riprova.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connessione rifiutata</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address: check the endpoint override, proxy or firewall.</source>
        <translation>Nessuno accetta connessioni a quell&apos;indirizzo: controlla l&apos;endpoint personalizzato, il proxy o il firewall.</translation>
    </message>
    <message>
        <source>Secure connection failed (TLS)</source>
        <translation>Connessione sicura non riuscita (TLS)</translation>
    </message>
    <message>
        <source>The certificate was not trusted. A corporate proxy may need its CA installed, or the system clock is wrong. The app never ignores certificate errors.</source>
        <translation>Il certificato non è considerato attendibile. Un proxy aziendale potrebbe richiedere l&apos;installazione della sua CA, oppure l&apos;orologio di sistema è sbagliato. L&apos;app non ignora mai gli errori dei certificati.</translation>
    </message>
    <message>
        <source>The stream went silent</source>
        <translation>Lo stream è rimasto in silenzio</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Nessuna risposta dal server</translation>
    </message>
    <message>
        <source>No data arrived within the idle timeout. Retry, or raise the idle timeout in Settings for slow thinking models.</source>
        <translation>Nessun dato è arrivato entro il timeout di inattività. Riprova, oppure aumenta il timeout di inattività in Strumenti ▸ Impostazioni per i modelli di ragionamento lenti.</translation>
    </message>
    <message>
        <source>Connection lost after %1 characters</source>
        <translation>Connessione persa dopo %1 caratteri</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Il server ha chiuso la connessione</translation>
    </message>
    <message>
        <source>The answer so far is kept. Retry to generate a new answer.</source>
        <translation>La risposta ricevuta finora è conservata. Riprova per generare una nuova risposta.</translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation>Errore del proxy</translation>
    </message>
    <message>
        <source>Check the system proxy settings and credentials.</source>
        <translation>Controlla le impostazioni e le credenziali del proxy di sistema.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Errore di rete</translation>
    </message>
    <message>
        <source>Check the connection and retry.</source>
        <translation>Controlla la connessione e riprova.</translation>
    </message>
    <message>
        <source>The answer from %1 ended unexpectedly</source>
        <translation>La risposta di %1 si è interrotta inaspettatamente</translation>
    </message>
    <message>
        <source>The stream closed after %1 characters without its end marker.</source>
        <translation>Lo stream si è chiuso dopo %1 caratteri senza il suo marcatore di fine.</translation>
    </message>
    <message>
        <source>The answer so far is kept and marked incomplete. Retry to generate a new one.</source>
        <translation>La risposta ricevuta finora è conservata e segnata come incompleta. Riprova per generarne una nuova.</translation>
    </message>
</context>
<context>
    <name>GcloudSource</name>
    <message>
        <source>gcloud is not installed or not on PATH (could not start &quot;%1&quot;). Install the Google Cloud CLI and run `%2`, or choose another credential source.</source>
        <translation>gcloud non è installato o non è nel PATH (impossibile avviare &quot;%1&quot;). Installa Google Cloud CLI ed esegui `%2`, oppure scegli un&apos;altra origine delle credenziali.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (is it waiting for the network or a prompt?). Run it in a terminal to see why.</source>
        <translation>%1 non ha risposto entro %2 s (sta aspettando la rete o un prompt?). Eseguilo in un terminale per capire perché.</translation>
    </message>
    <message>
        <source>%1 failed (%2)%3. Run `%4` (and check `%5`).</source>
        <translation>%1 non è riuscito (%2)%3. Esegui `%4` (e controlla `%5`).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>codice di uscita %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>si è arrestato in modo anomalo</translation>
    </message>
    <message>
        <source>%1 printed no token. Run `%2`.</source>
        <translation>%1 non ha stampato alcun token. Esegui `%2`.</translation>
    </message>
</context>
<context>
    <name>MetadataSource</name>
    <message>
        <source>no metadata server answered at %1 within %2 s (not running on Google Cloud?)</source>
        <translation>nessun server di metadati ha risposto a %1 entro %2 s (non in esecuzione su Google Cloud?)</translation>
    </message>
    <message>
        <source>no metadata server at %1 (%2; not running on Google Cloud?)</source>
        <translation>nessun server di metadati a %1 (%2; non in esecuzione su Google Cloud?)</translation>
    </message>
    <message>
        <source>%1 answered without the %2 header, so it is not a Google metadata server (a proxy or another service on that address?)</source>
        <translation>%1 ha risposto senza l&apos;intestazione %2, quindi non è un server di metadati Google (un proxy o un altro servizio a quell&apos;indirizzo?)</translation>
    </message>
    <message>
        <source>the metadata server at %1 answered HTTP %2</source>
        <translation>il server di metadati a %1 ha risposto HTTP %2</translation>
    </message>
    <message>
        <source>Cannot get a token from the metadata server: %1.</source>
        <translation>Impossibile ottenere un token dal server di metadati: %1.</translation>
    </message>
    <message>
        <source>The metadata server&apos;s token answer is unusable: %1.</source>
        <translation>La risposta del server di metadati con il token è inutilizzabile: %1.</translation>
    </message>
    <message>
        <source>Cannot read the project id from the metadata server: %1.</source>
        <translation>Impossibile leggere l&apos;ID del progetto dal server di metadati: %1.</translation>
    </message>
</context>
<context>
    <name>MetricsFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>input %1</translation>
    </message>
    <message>
        <source>out ~%1</source>
        <translation>output ~%1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>output %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentativo</numerusform>
            <numerusform>%n tentativi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source> Use %1 instead.</source>
        <translation> Usa %1 al suo posto.</translation>
    </message>
    <message>
        <source>Retired on %1: requests to this model fail.</source>
        <translation>Ritirato il %1: le richieste a questo modello non vanno a buon fine.</translation>
    </message>
    <message>
        <source>Deprecated since %1; retires on %2.</source>
        <translation>Deprecato dal %1; ritiro il %2.</translation>
    </message>
    <message>
        <source>Deprecated since %1.</source>
        <translation>Deprecato dal %1.</translation>
    </message>
    <message>
        <source>Scheduled to retire on %1.</source>
        <translation>Ritiro previsto il %1.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>ID modello</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Global endpoint</source>
        <translation>Endpoint globale</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>nessuna indicata</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Finestra di contesto</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Output massimo</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensioni</translation>
    </message>
    <message>
        <source>Max sequence</source>
        <translation>Sequenza massima</translation>
    </message>
    <message>
        <source>extended thinking with a token budget</source>
        <translation>pensiero esteso con un budget di token</translation>
    </message>
    <message>
        <source>adaptive thinking</source>
        <translation>pensiero adattivo</translation>
    </message>
    <message>
        <source>always reasons first</source>
        <translation>ragiona sempre prima di rispondere</translation>
    </message>
    <message>
        <source>reasoning can be switched on</source>
        <translation>ragionamento attivabile</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensiero</translation>
    </message>
    <message>
        <source>Price per 1M tokens</source>
        <translation>Prezzo per 1 milione di token</translation>
    </message>
    <message>
        <source>%1 in / %2 out (%3, as of %4)</source>
        <translation>%1 input / %2 output (%3, al %4)</translation>
    </message>
    <message>
        <source>GA since</source>
        <translation>Data di disponibilità generale</translation>
    </message>
    <message>
        <source>From your catalog: %1</source>
        <translation>Dal tuo catalogo: %1</translation>
    </message>
</context>
<context>
    <name>PastedTokenSource</name>
    <message>
        <source>the secret store holding the pasted token is gone</source>
        <translation>l&apos;archivio dei segreti che conteneva il token incollato non esiste più</translation>
    </message>
    <message>
        <source>cannot read the pasted access token: %1</source>
        <translation>impossibile leggere il token di accesso incollato: %1</translation>
    </message>
    <message>
        <source>no access token has been pasted: paste one in Tools ▸ Settings (the output of `%1`), or choose another credential source</source>
        <translation>non è stato incollato alcun token di accesso: incollane uno in Strumenti ▸ Impostazioni (l&apos;output di `%1`), oppure scegli un&apos;altra origine delle credenziali</translation>
    </message>
    <message>
        <source>the server rejected the pasted access token, and a pasted token cannot be refreshed: paste a new one (`%1`) or choose a source that refreshes itself</source>
        <translation>il server ha rifiutato il token di accesso incollato e un token incollato non può essere aggiornato: incollane uno nuovo (`%1`) oppure scegli un&apos;origine che si aggiorna da sola</translation>
    </message>
    <message>
        <source>the pasted access token expired at %1 (a pasted token cannot be refreshed): paste a new one (`%2`)</source>
        <translation>il token di accesso incollato è scaduto alle %1 (un token incollato non può essere aggiornato): incollane uno nuovo (`%2`)</translation>
    </message>
</context>
<context>
    <name>ServiceAccountSource</name>
    <message>
        <source>Cannot sign the token request for %1: %2</source>
        <translation>Impossibile firmare la richiesta di token per %1: %2</translation>
    </message>
    <message>
        <source>The token endpoint refused the signed request of %1 (%2). Check that this computer&apos;s clock is right.</source>
        <translation>L&apos;endpoint dei token ha rifiutato la richiesta firmata di %1 (%2). Controlla che l&apos;orologio di questo computer sia giusto.</translation>
    </message>
    <message>
        <source>The token endpoint refused the key of %1 (%2). The key may have been deleted or disabled, or the service account removed: create a new key, or prefer `%3`.</source>
        <translation>L&apos;endpoint dei token ha rifiutato la chiave di %1 (%2). La chiave potrebbe essere stata eliminata o disattivata, oppure l&apos;account di servizio rimosso: crea una nuova chiave, oppure preferisci `%3`.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request of %1 (%2).</source>
        <translation>L&apos;endpoint dei token ha rifiutato la richiesta di %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot get an access token for %1: %2.</source>
        <translation>Impossibile ottenere un token di accesso per %1: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsChecks</name>
    <message>
        <source>%1: &apos;%2&apos; looks like a project number; enter the project ID (for example my-project-123), shown in the console&apos;s project picker.</source>
        <translation>%1: «%2» sembra un numero di progetto; inserisci l&apos;ID progetto (ad esempio my-project-123), mostrato nel selettore di progetti della console.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; looks like a display name; enter the project ID instead (lowercase, no spaces, for example my-project-123), shown in the console&apos;s project picker.</source>
        <translation>%1: «%2» sembra un nome visualizzato; inserisci invece l&apos;ID progetto (minuscolo, senza spazi, ad esempio my-project-123), mostrato nel selettore di progetti della console.</translation>
    </message>
    <message>
        <source>%1: project IDs are lowercase; did you mean &apos;%2&apos;?</source>
        <translation>%1: gli ID progetto sono in minuscolo; intendevi «%2»?</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not allowed; a project ID holds only lowercase letters, digits and hyphens.</source>
        <translation>%1: «%2» non è consentito; un ID progetto contiene solo lettere minuscole, cifre e trattini.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has %3 characters; a project ID has 6 to 30.</source>
        <translation>%1: «%2» ha %3 caratteri; un ID progetto ne ha da 6 a 30.</translation>
    </message>
    <message>
        <source>%1: a project ID starts with a letter.</source>
        <translation>%1: un ID progetto inizia con una lettera.</translation>
    </message>
    <message>
        <source>%1: a project ID cannot end with a hyphen.</source>
        <translation>%1: un ID progetto non può terminare con un trattino.</translation>
    </message>
    <message>
        <source>Access token: it contains spaces or line breaks; paste only the output of gcloud auth print-access-token.</source>
        <translation>Token di accesso: contiene spazi o interruzioni di riga; incolla solo l&apos;output di gcloud auth print-access-token.</translation>
    </message>
    <message numerus="yes">
        <source>Access token: %n character(s) is too short for a Google access token; paste the whole output of gcloud auth print-access-token.</source>
        <translation>
            <numerusform>Token di accesso: %n carattere è troppo poco per un token di accesso Google; incolla l&apos;intero output di gcloud auth print-access-token.</numerusform>
            <numerusform>Token di accesso: %n caratteri sono troppo pochi per un token di accesso Google; incolla l&apos;intero output di gcloud auth print-access-token.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not in the catalog, so where it is served is unknown</source>
        <translation>%1: non è nel catalogo, quindi non si sa dove è servito</translation>
    </message>
    <message>
        <source>%1: your own server (%2); the location does not apply</source>
        <translation>%1: il tuo server (%2); la località non si applica</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1: %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;✗ %1: not served at %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;(served at: %3)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;✗ %1: non servito in %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;(servito in: %3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>nessuna indicata</translation>
    </message>
    <message>
        <source>Checking the credentials…</source>
        <translation>Verifica delle credenziali…</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Token obtained (the source does not say for whom)</source>
        <translation>Token ottenuto (l&apos;origine non dice per chi)</translation>
    </message>
    <message>
        <source>Authenticated as %1</source>
        <translation>Autenticato come %1</translation>
    </message>
    <message>
        <source>%1; the source does not say when the token expires.</source>
        <translation>%1; l&apos;origine non dice quando scade il token.</translation>
    </message>
    <message numerus="yes">
        <source>%1, token valid for %n more min only: a pasted token cannot be refreshed, paste a new one (gcloud auth print-access-token).</source>
        <translation>
            <numerusform>%1, token valido ancora solo %n min: un token incollato non può essere aggiornato, incollane uno nuovo (gcloud auth print-access-token).</numerusform>
            <numerusform>%1, token valido ancora solo %n min: un token incollato non può essere aggiornato, incollane uno nuovo (gcloud auth print-access-token).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, token valid for %n min</source>
        <translation>
            <numerusform>%1, token valido %n min</numerusform>
            <numerusform>%1, token valido %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · checking…</source>
        <translation>%1 · verifica…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>scade tra %n min</numerusform>
            <numerusform>scade tra %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>gcloud</source>
        <translation>gcloud</translation>
    </message>
    <message>
        <source>Application Default Credentials</source>
        <translation>Application Default Credentials</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Account di servizio</translation>
    </message>
    <message>
        <source>Metadata server</source>
        <translation>Server di metadati</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Token incollato</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Nota: %1.</translation>
    </message>
</context>
<context>
    <name>TokenCache</name>
    <message>
        <source>The server rejected the access token, and the credential source returned the same token again. Sign in again (`%1` or `%2`) or choose another credential source.</source>
        <translation>Il server ha rifiutato il token di accesso e l&apos;origine delle credenziali ha restituito di nuovo lo stesso token. Accedi di nuovo (`%1` o `%2`) oppure scegli un&apos;altra origine delle credenziali.</translation>
    </message>
    <message>
        <source>The credential source returned an empty token.</source>
        <translation>L&apos;origine delle credenziali ha restituito un token vuoto.</translation>
    </message>
</context>
<context>
    <name>UserCatalogFile</name>
    <message>
        <source>Cannot read %1 (%2); nothing was changed.</source>
        <translation>Impossibile leggere %1 (%2); non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON at column %3 (%4). The file was left as it is: fix it (or move it away) and try again.</source>
        <translation>%1:%2: JSON non valido alla colonna %3 (%4). Il file è stato lasciato com&apos;è: correggilo (o spostalo altrove) e riprova.</translation>
    </message>
    <message>
        <source>%1 is not a catalog (a JSON object with a &quot;models&quot; array). The file was left as it is: fix it (or move it away) and try again.</source>
        <translation>%1 non è un catalogo (un oggetto JSON con un array &quot;models&quot;). Il file è stato lasciato com&apos;è: correggilo (o spostalo altrove) e riprova.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); nothing was changed.</source>
        <translation>Impossibile scrivere %1 (%2); non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 already has a model with the id &quot;%2&quot;; choose another id.</source>
        <translation>%1 contiene già un modello con l&apos;ID &quot;%2&quot;; scegli un altro ID.</translation>
    </message>
    <message>
        <source>%1 has no model with the id &quot;%2&quot;; nothing was removed.</source>
        <translation>%1 non contiene alcun modello con l&apos;ID &quot;%2&quot;; non è stato rimosso nulla.</translation>
    </message>
</context>
<context>
    <name>maas::AccessDoctor</name>
    <message>
        <source>Sign in again for Application Default Credentials</source>
        <translation>Accedi di nuovo per le credenziali predefinite dell&apos;applicazione</translation>
    </message>
    <message>
        <source>Or sign in the gcloud CLI (the &quot;gcloud CLI login&quot; source)</source>
        <translation>Oppure accedi con gcloud CLI (l&apos;origine «Accesso con gcloud CLI»)</translation>
    </message>
    <message>
        <source>With a service-account key: make sure the key and the account still exist and are enabled, or create a new key</source>
        <translation>Con una chiave dell&apos;account di servizio: verifica che la chiave e l&apos;account esistano ancora e siano abilitati, oppure crea una nuova chiave</translation>
    </message>
    <message>
        <source>Credentials found</source>
        <translation>Credenziali trovate</translation>
    </message>
    <message>
        <source>Access token obtained</source>
        <translation>Token di accesso ottenuto</translation>
    </message>
    <message>
        <source>Project reachable</source>
        <translation>Progetto raggiungibile</translation>
    </message>
    <message>
        <source>Caller holds aiplatform.endpoints.predict</source>
        <translation>Il chiamante dispone di aiplatform.endpoints.predict</translation>
    </message>
    <message>
        <source>Model enabled and served at the location</source>
        <translation>Modello abilitato e servito nella località</translation>
    </message>
    <message>
        <source>Global endpoint allowed by organization policy</source>
        <translation>Endpoint globale consentito dal criterio dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>the app&apos;s credential source</source>
        <translation>l&apos;origine delle credenziali dell&apos;app</translation>
    </message>
    <message>
        <source>Create Application Default Credentials with your Google account</source>
        <translation>Crea le credenziali predefinite dell&apos;applicazione con il tuo account Google</translation>
    </message>
    <message>
        <source>Or use a service-account key file (or pick one in Tools ▸ Settings)</source>
        <translation>Oppure usa un file di chiave dell&apos;account di servizio (o sceglilo in Strumenti ▸ Impostazioni)</translation>
    </message>
    <message>
        <source>No credentials were found.</source>
        <translation>Nessuna credenziale trovata.</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>Uso di %1</translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation>Nessun token di accesso.</translation>
    </message>
    <message>
        <source>A token was obtained; neither its source nor tokeninfo say whose it is</source>
        <translation>È stato ottenuto un token; né la sua origine né tokeninfo dicono di chi sia</translation>
    </message>
    <message>
        <source>Authenticates as %1</source>
        <translation>Autenticato come %1</translation>
    </message>
    <message numerus="yes">
        <source>, valid for %n more minute(s)</source>
        <translation>
            <numerusform>, valido ancora per %n minuto</numerusform>
            <numerusform>, valido ancora per %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>List the ids of the projects you can use</source>
        <translation>Elenca gli ID dei progetti che puoi usare</translation>
    </message>
    <message>
        <source>No valid project.</source>
        <translation>Nessun progetto valido.</translation>
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation>Il server ha rifiutato il token di accesso: %1</translation>
    </message>
    <message>
        <source>The access token was rejected.</source>
        <translation>Il token di accesso è stato rifiutato.</translation>
    </message>
    <message>
        <source>Project %1 is %2, not ACTIVE.</source>
        <translation>Il progetto %1 è nello stato %2, non ACTIVE.</translation>
    </message>
    <message>
        <source>Restore it within 30 days of its deletion</source>
        <translation>Ripristinalo entro 30 giorni dall&apos;eliminazione</translation>
    </message>
    <message>
        <source>The project is not active.</source>
        <translation>Il progetto non è attivo.</translation>
    </message>
    <message>
        <source>%1 (project number %2) is active</source>
        <translation>%1 (numero di progetto %2) è attivo</translation>
    </message>
    <message>
        <source>Resource Manager could not be asked: %1</source>
        <translation>Impossibile interrogare Resource Manager: %1</translation>
    </message>
    <message>
        <source>Enable the Cloud Resource Manager API so the project can be checked (for a service account, in the project the message names: its own project)</source>
        <translation>Abilita l&apos;API Cloud Resource Manager per poter verificare il progetto (per un account di servizio, nel progetto indicato dal messaggio: il suo progetto)</translation>
    </message>
    <message>
        <source>Project %1 does not exist, or %2 may not see it (HTTP %3: %4).</source>
        <translation>Il progetto %1 non esiste, oppure %2 non può vederlo (HTTP %3: %4).</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>questo account</translation>
    </message>
    <message>
        <source>Check the project id (the id, not the display name) among the projects you can see</source>
        <translation>Controlla l&apos;ID progetto (l&apos;ID, non il nome visualizzato) tra i progetti che puoi vedere</translation>
    </message>
    <message>
        <source>If the id is right, an owner of the project must grant you access</source>
        <translation>Se l&apos;ID è corretto, un proprietario del progetto deve concederti l&apos;accesso</translation>
    </message>
    <message>
        <source>The project could not be reached.</source>
        <translation>Il progetto non è raggiungibile.</translation>
    </message>
    <message>
        <source>The caller</source>
        <translation>Il chiamante</translation>
    </message>
    <message>
        <source>Enable the Cloud Resource Manager API so the permission can be tested</source>
        <translation>Abilita l&apos;API Cloud Resource Manager per poter verificare l&apos;autorizzazione</translation>
    </message>
    <message>
        <source>The permission could not be tested: %1 %2</source>
        <translation>Non è stato possibile verificare l&apos;autorizzazione: %1 %2</translation>
    </message>
    <message>
        <source>%1 holds aiplatform.endpoints.predict on %2</source>
        <translation>%1 dispone di aiplatform.endpoints.predict su %2</translation>
    </message>
    <message>
        <source>%1 does not hold aiplatform.endpoints.predict on project %2, so every prompt is refused.</source>
        <translation>%1 non dispone di aiplatform.endpoints.predict sul progetto %2, quindi ogni prompt viene rifiutato.</translation>
    </message>
    <message>
        <source>Grant the Vertex AI User role, which holds it (an administrator of the project runs this)</source>
        <translation>Concedi il ruolo Utente Vertex AI, che la include (lo esegue un amministratore del progetto)</translation>
    </message>
    <message>
        <source>Without aiplatform.endpoints.predict no model answers.</source>
        <translation>Senza aiplatform.endpoints.predict nessun modello risponde.</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Nessun token di accesso</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>Non raggiunto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither in the catalog nor an exact Vertex model id.</source>
        <translation>«%1» non è nel catalogo né è un ID modello Vertex esatto.</translation>
    </message>
    <message>
        <source>List the models the catalog knows</source>
        <translation>Elenca i modelli noti al catalogo</translation>
    </message>
    <message>
        <source>No model to check.</source>
        <translation>Nessun modello da verificare.</translation>
    </message>
    <message>
        <source>Pick a location the model is served at</source>
        <translation>Scegli una località in cui il modello è servito</translation>
    </message>
    <message>
        <source>No valid location.</source>
        <translation>Nessuna località valida.</translation>
    </message>
    <message>
        <source>The global endpoint also serves %1 for this project.</source>
        <translation>L&apos;endpoint globale serve anche %1 per questo progetto.</translation>
    </message>
    <message>
        <source>An organization policy (constraints/gcp.restrictEndpointUsage) blocks the global endpoint; this pane uses %1, which is allowed.</source>
        <translation>Un criterio dell&apos;organizzazione (constraints/gcp.restrictEndpointUsage) blocca l&apos;endpoint globale; questo riquadro usa %1, che è consentito.</translation>
    </message>
    <message>
        <source>See the effective policy</source>
        <translation>Visualizza il criterio effettivo</translation>
    </message>
    <message>
        <source>The global endpoint did not answer: %1</source>
        <translation>L&apos;endpoint globale non ha risposto: %1</translation>
    </message>
    <message>
        <source>Switch this pane to a regional location that serves %1: %2</source>
        <translation>Passa questo riquadro a una località regionale che serve %1: %2</translation>
    </message>
    <message>
        <source>Or ask an organization policy administrator to allow the global endpoint (aiplatform.googleapis.com) in constraints/gcp.restrictEndpointUsage</source>
        <translation>Oppure chiedi a un amministratore dei criteri dell&apos;organizzazione di consentire l&apos;endpoint globale (aiplatform.googleapis.com) in constraints/gcp.restrictEndpointUsage</translation>
    </message>
    <message>
        <source>An organization policy blocks the global endpoint for project %1: %2</source>
        <translation>Un criterio dell&apos;organizzazione blocca l&apos;endpoint globale per il progetto %1: %2</translation>
    </message>
    <message>
        <source>The global endpoint is blocked and the catalog lists no regional location for %1.</source>
        <translation>L&apos;endpoint globale è bloccato e il catalogo non elenca alcuna località regionale per %1.</translation>
    </message>
    <message>
        <source>The model did not answer at %1.</source>
        <translation>Il modello non ha risposto in %1.</translation>
    </message>
    <message>
        <source>%1 answered a one-token request at %2</source>
        <translation>%1 ha risposto a una richiesta di un token in %2</translation>
    </message>
    <message>
        <source> (asked there because the global endpoint is blocked)</source>
        <translation> (interrogato lì perché l&apos;endpoint globale è bloccato)</translation>
    </message>
    <message>
        <source>The global endpoint answered.</source>
        <translation>L&apos;endpoint globale ha risposto.</translation>
    </message>
    <message>
        <source>%1 is not offered on the global endpoint; nothing to check.</source>
        <translation>%1 non è offerto sull&apos;endpoint globale; niente da verificare.</translation>
    </message>
    <message>
        <source>Enable %1 on its Model Garden card (Enable or Agree); this needs the Consumer Procurement Entitlement Manager role</source>
        <translation>Abilita %1 nella sua scheda Model Garden (Abilita o Accetta); serve il ruolo Consumer Procurement Entitlement Manager</translation>
    </message>
    <message>
        <source>Grant that role to whoever enables models</source>
        <translation>Concedi quel ruolo a chi abilita i modelli</translation>
    </message>
    <message>
        <source>If an organization policy restricts services, it must allow cloudcommerceconsumerprocurement.googleapis.com</source>
        <translation>Se un criterio dell&apos;organizzazione limita i servizi, deve consentire cloudcommerceconsumerprocurement.googleapis.com</translation>
    </message>
    <message>
        <source>Grant the Vertex AI User role (an administrator of the project runs this)</source>
        <translation>Concedi il ruolo Utente Vertex AI (lo esegue un amministratore del progetto)</translation>
    </message>
    <message>
        <source>The Vertex AI API is not enabled in project %1: %2</source>
        <translation>L&apos;API Vertex AI non è abilitata nel progetto %1: %2</translation>
    </message>
    <message>
        <source>Enable the Vertex AI API</source>
        <translation>Abilita l&apos;API Vertex AI</translation>
    </message>
    <message>
        <source>Switch this pane to a location that serves %1: %2</source>
        <translation>Passa questo riquadro a una località che serve %1: %2</translation>
    </message>
    <message>
        <source>Check that location</source>
        <translation>Verifica quella località</translation>
    </message>
    <message>
        <source>Check the exact model id (version suffix included) on its Model Garden card</source>
        <translation>Controlla l&apos;ID esatto del modello (suffisso di versione incluso) nella sua scheda Model Garden</translation>
    </message>
    <message>
        <source>New projects often have a quota of 0 for partner and open models.</source>
        <translation>I nuovi progetti hanno spesso una quota pari a 0 per i modelli partner e aperti.</translation>
    </message>
    <message>
        <source>Request a quota increase (the metric and base model are named above)</source>
        <translation>Richiedi un aumento della quota (la metrica e il modello di base sono indicati sopra)</translation>
    </message>
    <message>
        <source>Another location has its own quota</source>
        <translation>Un&apos;altra località ha una propria quota</translation>
    </message>
    <message>
        <source>%1 is served by its own OpenAI-compatible server (%2), not by Vertex AI: Google Cloud projects and IAM permissions do not apply to it, so Resource Manager is not asked.</source>
        <translation>%1 è servito dal proprio server compatibile con OpenAI (%2), non da Vertex AI: i progetti Google Cloud e le autorizzazioni IAM non si applicano, quindi Resource Manager non viene interrogato.</translation>
    </message>
    <message>
        <source>%1 is served by its own server, not by Vertex AI&apos;s global endpoint; no organization policy applies.</source>
        <translation>%1 è servito dal proprio server, non dall&apos;endpoint globale di Vertex AI; non si applica alcun criterio dell&apos;organizzazione.</translation>
    </message>
</context>
<context>
    <name>maas::AttachmentStrip</name>
    <message>
        <source>Attach &amp;image…</source>
        <translation>Allega &amp;immagine…</translation>
    </message>
    <message>
        <source>Send images to vision models (PNG, JPEG, GIF or WebP, up to %1 each). You can also drop image files on the prompt.</source>
        <translation>Invia immagini ai modelli di visione (PNG, JPEG, GIF o WebP, fino a %1 ciascuna). Puoi anche trascinare file di immagine sul prompt.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Allega immagini</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.gif *.webp);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the file and attach it again.</source>
        <translation>Impossibile leggere %1 (%2). Controlla il file e allegalo di nuovo.</translation>
    </message>
    <message>
        <source>%1 is empty. Attach a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 è vuoto. Allega un&apos;immagine PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image, the only kinds models take. Convert it and attach it again.</source>
        <translation>%1 non è un&apos;immagine PNG, JPEG, GIF o WebP, gli unici formati accettati dai modelli. Convertila e allegala di nuovo.</translation>
    </message>
    <message>
        <source>%1 is a %2 file; models take PNG, JPEG, GIF or WebP images. Convert it and attach it again.</source>
        <translation>%1 è un file %2; i modelli accettano immagini PNG, JPEG, GIF o WebP. Convertilo e allegalo di nuovo.</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 limit per image. Make it smaller (or save it as JPEG) and attach it again.</source>
        <translation>%1 pesa %2, oltre il limite di %3 per immagine. Riducila (o salvala come JPEG) e allegala di nuovo.</translation>
    </message>
    <message>
        <source>dropped image.png</source>
        <translation>immagine trascinata.png</translation>
    </message>
    <message>
        <source>The dropped image could not be read. Save it as a PNG or JPEG file and attach the file.</source>
        <translation>Impossibile leggere l&apos;immagine trascinata. Salvala come file PNG o JPEG e allega il file.</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Immagine allegata %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
</context>
<context>
    <name>maas::CatalogController</name>
    <message>
        <source>Reloaded the catalog: %1 changed.</source>
        <translation>Catalogo ricaricato: %1 modificato.</translation>
    </message>
    <message>
        <source>Remove custom model</source>
        <translation>Rimuovi modello personalizzato</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Rimuovere %1 da %2?</translation>
    </message>
    <message>
        <source>Refreshing from Model Garden needs a connection to Vertex AI: set a project and credentials in Tools ▸ Settings, then restart.</source>
        <translation>L&apos;aggiornamento da Model Garden richiede una connessione a Vertex AI: imposta un progetto e le credenziali in Strumenti ▸ Impostazioni, poi riavvia.</translation>
    </message>
    <message>
        <source>%1 listed, %2 not listed, %3 new.</source>
        <translation>%1 elencati, %2 non elencati, %3 nuovi.</translation>
    </message>
    <message>
        <source>Model Garden, simulated by the offline demo&apos;s emulator: %1</source>
        <translation>Model Garden, simulato dall&apos;emulatore della demo offline: %1</translation>
    </message>
    <message>
        <source>Model Garden: %1</source>
        <translation>Model Garden: %1</translation>
    </message>
    <message>
        <source>Catalog refreshed from Model Garden: %1</source>
        <translation>Catalogo aggiornato da Model Garden: %1</translation>
    </message>
    <message>
        <source>Refresh from Model Garden failed: %1</source>
        <translation>Aggiornamento da Model Garden non riuscito: %1</translation>
    </message>
    <message>
        <source>Your catalog file has problems: %1</source>
        <translation>Il tuo file di catalogo ha dei problemi: %1</translation>
    </message>
    <message>
        <source>Edit custom model</source>
        <translation>Modifica modello personalizzato</translation>
    </message>
    <message>
        <source>%1 is not in %2 (any more); nothing to edit.</source>
        <translation>%1 non è (più) in %2; niente da modificare.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 salvato in %2.</translation>
    </message>
    <message>
        <source>Keep %1 in your catalog</source>
        <translation>Mantieni %1 nel tuo catalogo</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 rimosso da %2.</translation>
    </message>
</context>
<context>
    <name>maas::CatalogModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — retired</source>
        <translation>%1 — ritirato</translation>
    </message>
    <message>
        <source>%1 — deprecated</source>
        <translation>%1 — deprecato</translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (anteprima)</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Preferiti</translation>
    </message>
    <message>
        <source>%1 — new in Model Garden</source>
        <translation>%1 — nuovo in Model Garden</translation>
    </message>
    <message>
        <source>%1 — not listed</source>
        <translation>%1 — non elencato</translation>
    </message>
    <message>
        <source>Listed in Model Garden (version %1).</source>
        <translation>Elencato in Model Garden (versione %1).</translation>
    </message>
    <message>
        <source>Not listed in Model Garden: the project cannot use it, or it is retired.</source>
        <translation>Non elencato in Model Garden: il progetto non può usarlo, oppure è stato ritirato.</translation>
    </message>
    <message>
        <source>New in Model Garden: not in the shipped catalog.</source>
        <translation>Nuovo in Model Garden: non è nel catalogo fornito.</translation>
    </message>
    <message>
        <source>A favourite (Ctrl+D to unstar).</source>
        <translation>Un preferito (Ctrl+D per toglierlo).</translation>
    </message>
</context>
<context>
    <name>maas::CatalogPanel</name>
    <message>
        <source>Use in pane &amp;1</source>
        <translation>Usa nel riquadro &amp;1</translation>
    </message>
    <message>
        <source>Use in pane &amp;2</source>
        <translation>Usa nel riquadro &amp;2</translation>
    </message>
    <message>
        <source>Search models, publishers, regions…</source>
        <translation>Cerca modelli, publisher, regioni…</translation>
    </message>
    <message>
        <source>Search the model catalog</source>
        <translation>Cerca nel catalogo dei modelli</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Catalogo dei modelli</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Dettagli del modello</translation>
    </message>
    <message>
        <source>Select a model to see where it is served, its limits and its price.</source>
        <translation>Seleziona un modello per vedere dove è disponibile, i suoi limiti e il prezzo.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensiero</translation>
    </message>
    <message>
        <source>Only models that show their reasoning</source>
        <translation>Solo i modelli che mostrano il loro ragionamento</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visione</translation>
    </message>
    <message>
        <source>Only models that read images</source>
        <translation>Solo i modelli che leggono le immagini</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Only embedding models</source>
        <translation>Solo i modelli di embedding</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Globale</translation>
    </message>
    <message>
        <source>Only models the global endpoint serves</source>
        <translation>Solo i modelli serviti dall&apos;endpoint globale</translation>
    </message>
    <message>
        <source>Hide retired</source>
        <translation>Nascondi ritirati</translation>
    </message>
    <message>
        <source>Hide retired models</source>
        <translation>Nascondi i modelli ritirati</translation>
    </message>
    <message>
        <source>Only models served at this location</source>
        <translation>Solo i modelli disponibili in questa località</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Qualsiasi località</translation>
    </message>
    <message>
        <source>Add to &amp;favourites</source>
        <translation>Aggiungi ai &amp;preferiti</translation>
    </message>
    <message>
        <source>Add custom model…</source>
        <translation>Aggiungi modello personalizzato…</translation>
    </message>
    <message>
        <source>Add an OpenAI-compatible endpoint or a Vertex AI model the catalog lacks</source>
        <translation>Aggiungi un endpoint compatibile con OpenAI o un modello Vertex AI che manca nel catalogo</translation>
    </message>
    <message>
        <source>Refresh from Model Garden</source>
        <translation>Aggiorna da Model Garden</translation>
    </message>
    <message>
        <source>List the publisher models of Model Garden and mark which catalog entries it lists, which it does not, and which are new</source>
        <translation>Elenca i modelli dei publisher di Model Garden e segna quali voci del catalogo vi compaiono, quali no e quali sono nuove</translation>
    </message>
    <message>
        <source>Model Garden refresh progress</source>
        <translation>Avanzamento dell&apos;aggiornamento da Model Garden</translation>
    </message>
    <message>
        <source>Some catalog entries were skipped; fix them and save the file (the catalog reloads):</source>
        <translation>Alcune voci del catalogo sono state ignorate; correggile e salva il file (il catalogo si ricarica):</translation>
    </message>
    <message>
        <source>Listing Model Garden: %1 (%2 of %3)…</source>
        <translation>Elenco di Model Garden: %1 (%2 di %3)…</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>Rimuovi dai &amp;preferiti</translation>
    </message>
    <message>
        <source>Use in the &amp;active pane</source>
        <translation>Usa nel riquadro &amp;attivo</translation>
    </message>
    <message>
        <source>&amp;Keep in my catalog…</source>
        <translation>&amp;Mantieni nel mio catalogo…</translation>
    </message>
    <message>
        <source>&amp;Edit custom model…</source>
        <translation>&amp;Modifica modello personalizzato…</translation>
    </message>
    <message>
        <source>&amp;Remove custom model</source>
        <translation>&amp;Rimuovi modello personalizzato</translation>
    </message>
    <message>
        <source>Add &amp;custom model…</source>
        <translation>Aggiungi modello &amp;personalizzato…</translation>
    </message>
    <message>
        <source>Refresh from &amp;Model Garden</source>
        <translation>Aggiorna da &amp;Model Garden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model Garden:&lt;/b&gt; listed (%1, version %2, %3).</source>
        <translation>&lt;b&gt;Model Garden:&lt;/b&gt; elencato (%1, versione %2, %3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model Garden:&lt;/b&gt; not listed. The project cannot use it, or it is retired; enable it in Model Garden or pick its replacement.</source>
        <translation>&lt;b&gt;Model Garden:&lt;/b&gt; non elencato. Il progetto non può usarlo, oppure è stato ritirato; abilitalo in Model Garden o scegli il modello che lo sostituisce.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New in Model Garden:&lt;/b&gt; %1, version %2, %3, %4. Not in the shipped catalog: the app does not know where it is served or what it costs.</source>
        <translation>&lt;b&gt;Nuovo in Model Garden:&lt;/b&gt; %1, versione %2, %3, %4. Non è nel catalogo fornito: l&apos;app non sa dove è servito né quanto costa.</translation>
    </message>
</context>
<context>
    <name>maas::ComparisonController</name>
    <message>
        <source>Pane %1 has no model: pick one.</source>
        <translation>Il riquadro %1 non ha un modello: scegline uno.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Scrivi prima un prompt.</translation>
    </message>
    <message>
        <source>Pane %1: &apos;%2&apos; is neither in the catalog nor an exact model id such as claude-sonnet-4@20250514 or meta/llama-3.3-70b-instruct-maas.</source>
        <translation>Riquadro %1: «%2» non è nel catalogo né è un ID modello esatto come claude-sonnet-4@20250514 o meta/llama-3.3-70b-instruct-maas.</translation>
    </message>
    <message>
        <source>Pane %1 has no answer to follow up on yet.</source>
        <translation>Il riquadro %1 non ha ancora una risposta a cui dare seguito.</translation>
    </message>
    <message>
        <source>No pane has an answer to follow up on: run the prompt first.</source>
        <translation>Nessun riquadro ha una risposta a cui dare seguito: esegui prima il prompt.</translation>
    </message>
    <message>
        <source>No value for %1: fill it in the Variables table (or write \{{ to send the braces as text).</source>
        <translation>Nessun valore per %1: inseriscilo nella tabella Variabili (oppure scrivi \{{ per inviare le graffe come testo).</translation>
    </message>
    <message>
        <source>%1 cannot read images; remove the image or pick a vision model.</source>
        <translation>%1 non può leggere immagini; rimuovi l&apos;immagine o scegli un modello di visione.</translation>
    </message>
</context>
<context>
    <name>maas::ComparisonView</name>
    <message>
        <source>Synchronize &amp;scrolling</source>
        <translation>&amp;Sincronizza lo scorrimento</translation>
    </message>
    <message>
        <source>Move pane &amp;left</source>
        <translation>Sposta il riquadro a &amp;sinistra</translation>
    </message>
    <message>
        <source>Move pane &amp;right</source>
        <translation>Sposta il riquadro a &amp;destra</translation>
    </message>
    <message>
        <source>Sync scroll</source>
        <translation>Scorrimento sincronizzato</translation>
    </message>
    <message>
        <source>Scroll all answers together, to the same relative position</source>
        <translation>Scorri tutte le risposte insieme, alla stessa posizione relativa</translation>
    </message>
    <message>
        <source>◀ Move</source>
        <translation>◀ Sposta</translation>
    </message>
    <message>
        <source>Move the active pane one place to the left (Ctrl+Shift+PgUp)</source>
        <translation>Sposta il riquadro attivo di un posto a sinistra (Ctrl+Maiusc+PagSu)</translation>
    </message>
    <message>
        <source>Move ▶</source>
        <translation>Sposta ▶</translation>
    </message>
    <message>
        <source>Move the active pane one place to the right (Ctrl+Shift+PgDown)</source>
        <translation>Sposta il riquadro attivo di un posto a destra (Ctrl+Maiusc+PagGiù)</translation>
    </message>
    <message>
        <source>Comparison tools</source>
        <translation>Strumenti di confronto</translation>
    </message>
</context>
<context>
    <name>maas::CustomModelDialog</name>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visione</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Served by the global endpoint</source>
        <translation>Servito dall&apos;endpoint globale</translation>
    </message>
    <message>
        <source>Add custom model</source>
        <translation>Aggiungi modello personalizzato</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint (your own server)</source>
        <translation>Endpoint compatibile con OpenAI (il tuo server)</translation>
    </message>
    <message>
        <source>Vertex AI model not in the catalog</source>
        <translation>Modello Vertex AI non presente nel catalogo</translation>
    </message>
    <message>
        <source>e.g. Llama 3.1 8B on my workstation</source>
        <translation>ad es. Llama 3.1 8B sulla mia workstation</translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation>ricavato dal nome</translation>
    </message>
    <message>
        <source>comma-separated, e.g. us-central1, europe-west4</source>
        <translation>separate da virgole, ad es. us-central1, europe-west4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>not an embedding model</source>
        <translation>non è un modello di embedding</translation>
    </message>
    <message>
        <source>USD per 1M input tokens (optional)</source>
        <translation>USD / 1M token di input (facoltativo)</translation>
    </message>
    <message>
        <source>USD per 1M output tokens (optional)</source>
        <translation>USD / 1M token di output (facoltativo)</translation>
    </message>
    <message>
        <source>one line (optional)</source>
        <translation>una riga (facoltativa)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nome visualizzato:</translation>
    </message>
    <message>
        <source>Catalog &amp;id:</source>
        <translation>&amp;ID nel catalogo:</translation>
    </message>
    <message>
        <source>&amp;Model id on the wire:</source>
        <translation>ID del &amp;modello nella richiesta:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL di &amp;base:</translation>
    </message>
    <message>
        <source>API &amp;family:</source>
        <translation>&amp;Famiglia di API:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Publisher:</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Funzionalità:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regioni:</translation>
    </message>
    <message>
        <source>&amp;Context window:</source>
        <translation>Finestra di &amp;contesto:</translation>
    </message>
    <message>
        <source>Embedding &amp;dimensions:</source>
        <translation>&amp;Dimensioni dell&apos;embedding:</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Prezzi:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrizione:</translation>
    </message>
    <message>
        <source>Saved in %1, beside your settings.</source>
        <translation>Salvato in %1, accanto alle tue impostazioni.</translation>
    </message>
    <message>
        <source>Anthropic on Vertex (Claude)</source>
        <translation>Anthropic su Vertex (Claude)</translation>
    </message>
    <message>
        <source>Mistral on Vertex</source>
        <translation>Mistral su Vertex</translation>
    </message>
    <message>
        <source>OpenAI chat completions</source>
        <translation>Chat completions OpenAI</translation>
    </message>
    <message>
        <source>as the server names it, e.g. llama3.1:8b</source>
        <translation>come lo chiama il server, ad es. llama3.1:8b</translation>
    </message>
    <message>
        <source>e.g. claude-sonnet-4-7@20261101 or meta/llama-5-maas</source>
        <translation>ad es. claude-sonnet-4-7@20261101 o meta/llama-5-maas</translation>
    </message>
    <message>
        <source>e.g. anthropic, meta, qwen</source>
        <translation>ad es. anthropic, meta, qwen</translation>
    </message>
    <message>
        <source>Edit custom model</source>
        <translation>Modifica modello personalizzato</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible endpoint.</source>
        <translation>Endpoint personalizzato compatibile con OpenAI.</translation>
    </message>
    <message>
        <source>Vertex AI model added by hand.</source>
        <translation>Modello Vertex AI aggiunto a mano.</translation>
    </message>
    <message>
        <source>Give the model a display name.</source>
        <translation>Dai al modello un nome visualizzato.</translation>
    </message>
    <message>
        <source>The catalog id may use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, e.g. my-llama-8b.</source>
        <translation>L&apos;ID nel catalogo può contenere solo lettere minuscole, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;, ad es. my-llama-8b.</translation>
    </message>
    <message>
        <source>Enter the model id your server expects, e.g. llama3.1:8b.</source>
        <translation>Inserisci l&apos;ID modello che il tuo server si aspetta, ad es. llama3.1:8b.</translation>
    </message>
    <message>
        <source>Enter the Vertex AI model id, e.g. claude-sonnet-4-7@20261101.</source>
        <translation>Inserisci l&apos;ID del modello Vertex AI, ad es. claude-sonnet-4-7@20261101.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. https://llm.example.com/v1 (plain http only for 127.0.0.1 or localhost).</source>
        <translation>Inserisci l&apos;URL di base del server, ad es. https://llm.example.com/v1 (http semplice solo per 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>Base URL: %1.</source>
        <translation>URL di base: %1.</translation>
    </message>
    <message>
        <source>List the regions that serve the model (e.g. us-central1) or tick the global endpoint.</source>
        <translation>Elenca le regioni che servono il modello (ad es. us-central1) o seleziona l&apos;endpoint globale.</translation>
    </message>
    <message>
        <source>Tick at least one capability.</source>
        <translation>Seleziona almeno una funzionalità.</translation>
    </message>
    <message>
        <source>Embedding models need their output dimensions (e.g. 768).</source>
        <translation>I modelli di embedding richiedono le dimensioni dell&apos;output (ad es. 768).</translation>
    </message>
    <message>
        <source>Prices are amounts in USD per 1M tokens, input and output both (or leave both empty).</source>
        <translation>I prezzi sono importi in USD per 1 milione di token, sia di input sia di output (oppure lasciali entrambi vuoti).</translation>
    </message>
</context>
<context>
    <name>maas::DiffView</name>
    <message>
        <source>Pane &amp;A:</source>
        <translation>Riquadro &amp;A:</translation>
    </message>
    <message>
        <source>Pane &amp;B:</source>
        <translation>Riquadro &amp;B:</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Inverti</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Compare the answers again, e.g. after a pane finished streaming</source>
        <translation>Confronta di nuovo le risposte, ad es. dopo che un riquadro ha finito lo streaming</translation>
    </message>
    <message>
        <source>Word differences between the two answers</source>
        <translation>Differenze parola per parola tra le due risposte</translation>
    </message>
    <message>
        <source>Pane %1: %2</source>
        <translation>Riquadro %1: %2</translation>
    </message>
    <message>
        <source>Add a second pane to compare two answers.</source>
        <translation>Aggiungi un secondo riquadro per confrontare due risposte.</translation>
    </message>
    <message>
        <source>Pick two different panes.</source>
        <translation>Scegli due riquadri diversi.</translation>
    </message>
    <message>
        <source>Neither pane has an answer yet: run the comparison first.</source>
        <translation>Nessuno dei due riquadri ha ancora una risposta: esegui prima il confronto.</translation>
    </message>
    <message>
        <source>Changed words: %1 (%2 only in pane %3, struck out; %4 only in pane %5, underlined). Shared: %6.</source>
        <translation>Parole modificate: %1 (%2 solo nel riquadro %3, barrate; %4 solo nel riquadro %5, sottolineate). In comune: %6.</translation>
    </message>
    <message>
        <source>Only in pane %1</source>
        <translation>Solo nel riquadro %1</translation>
    </message>
</context>
<context>
    <name>maas::DoctorDialog</name>
    <message>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non superato</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>non ancora eseguito</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <source>Access doctor</source>
        <translation>Diagnosi dell&apos;accesso</translation>
    </message>
    <message>
        <source>Project id, e.g. my-project-123</source>
        <translation>ID progetto, ad es. my-project-123</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Località</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Progetto:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Località:</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>&amp;Riesegui</translation>
    </message>
    <message>
        <source>No step failed: %1 at %2 is ready to use.</source>
        <translation>Nessun passaggio non riuscito: %1 in %2 è pronto all&apos;uso.</translation>
    </message>
    <message>
        <source>A step failed: follow its fix, then rerun.</source>
        <translation>Un passaggio non è riuscito: segui la sua correzione, poi riesegui.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation>Comando di correzione</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard</source>
        <translation>Copia questo comando negli appunti</translation>
    </message>
</context>
<context>
    <name>maas::EmbeddingsView</name>
    <message>
        <source>%1 · %2 dimensions</source>
        <translation>%1 · %2 dimensioni</translation>
    </message>
    <message>
        <source> · retired</source>
        <translation> · ritirato</translation>
    </message>
    <message>
        <source>&amp;Embed</source>
        <translation>&amp;Vettorizza</translation>
    </message>
    <message>
        <source>&amp;Texts, one per line:</source>
        <translation>&amp;Testi, uno per riga:</translation>
    </message>
    <message>
        <source>Texts to embed, one per line</source>
        <translation>Testi da vettorizzare, uno per riga</translation>
    </message>
    <message>
        <source>One text per line. The multilingual-e5 models expect a prefix:
query: how do I rotate a service account key?
passage: Keys are rotated from the IAM page of the console.
Use &quot;query: &quot; for questions and searches, &quot;passage: &quot; for the documents they should find.</source>
        <translation>Un testo per riga. I modelli multilingual-e5 si aspettano un prefisso:
query: come si ruota la chiave di un account di servizio?
passage: Le chiavi si ruotano dalla pagina IAM della console.
Usa &quot;query: &quot; per domande e ricerche, &quot;passage: &quot; per i documenti che devono trovare.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Location for %1</source>
        <translation>Località per %1</translation>
    </message>
    <message>
        <source>A region such as us-central1, a multi-region (us, eu) or global</source>
        <translation>Una regione come us-central1, una multiregione (us, eu) o global</translation>
    </message>
    <message>
        <source>The catalog lists no embedding model.</source>
        <translation>Il catalogo non elenca alcun modello di embedding.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nearest neighbour of each text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vicino più prossimo di ogni testo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nearest neighbour of each text, per model</source>
        <translation>Vicino più prossimo di ogni testo, per modello</translation>
    </message>
    <message>
        <source>Enter at least two texts.</source>
        <translation>Inserisci almeno due testi.</translation>
    </message>
    <message>
        <source>Check at least one model.</source>
        <translation>Seleziona almeno un modello.</translation>
    </message>
    <message>
        <source>Embedding %1 texts…</source>
        <translation>Vettorizzazione di %1 testi…</translation>
    </message>
    <message>
        <source>Embedding…</source>
        <translation>Vettorizzazione…</translation>
    </message>
    <message>
        <source>Cosine similarity between the texts, %1</source>
        <translation>Similarità del coseno tra i testi, %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>No vectors</source>
        <translation>Nessun vettore</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unexpected answer&lt;/b&gt;&lt;br&gt;%1 vectors for %2 texts.</source>
        <translation>&lt;b&gt;Risposta inattesa&lt;/b&gt;&lt;br&gt;%1 vettori per %2 testi.</translation>
    </message>
    <message>
        <source>%1 dimensions</source>
        <translation>%1 dimensioni</translation>
    </message>
    <message>
        <source> · %1 input tokens</source>
        <translation> · %1 token di input</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>Done; %1 of %2 models failed.</source>
        <translation>Fatto; %1 modelli su %2 non sono riusciti.</translation>
    </message>
    <message>
        <source>Text %1 and text %2: similarity %3</source>
        <translation>Testo %1 e testo %2: similarità %3</translation>
    </message>
    <message>
        <source>Colour runs from the least similar pair (%1) to the most similar (%2); hover a number for its texts.</source>
        <translation>Il colore va dalla coppia meno simile (%1) alla più simile (%2); passa il mouse su un numero per vederne i testi.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Models agree?</source>
        <translation>Modelli concordi?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>≠ differ</source>
        <translation>≠ diversi</translation>
    </message>
    <message>
        <source>✓ agree</source>
        <translation>✓ concordi</translation>
    </message>
    <message>
        <source>The models agree on the nearest neighbour of every text.</source>
        <translation>I modelli concordano sul vicino più prossimo di ogni testo.</translation>
    </message>
    <message>
        <source>The models disagree on the nearest neighbour of %1 of %2 texts (marked ≠).</source>
        <translation>I modelli non concordano sul vicino più prossimo di %1 testi su %2 (segnati con ≠).</translation>
    </message>
    <message>
        <source>Check two or more models to compare their rankings.</source>
        <translation>Seleziona due o più modelli per confrontarne le classifiche.</translation>
    </message>
</context>
<context>
    <name>maas::MainWindow</name>
    <message>
        <source>MaaS Playground</source>
        <translation>MaaS Playground</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Panes &amp;side by side</source>
        <translation>Riquadri &amp;affiancati</translation>
    </message>
    <message>
        <source>Panes s&amp;tacked</source>
        <translation>Riquadri &amp;impilati</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About MaaS Playground</source>
        <translation>&amp;Informazioni su MaaS Playground</translation>
    </message>
    <message>
        <source>About MaaS Playground</source>
        <translation>Informazioni su MaaS Playground</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MaaS Playground %1&lt;/h3&gt;&lt;p&gt;Try prompts on the managed models of Vertex AI Model Garden and compare their answers side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MaaS Playground %1&lt;/h3&gt;&lt;p&gt;Prova i prompt sui modelli gestiti di Vertex AI Model Garden e confronta le risposte fianco a fianco.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Project: %1  ·  Default location: %2  ·  Endpoint: %3  ·  %n model(s) in the catalog</source>
        <translation>
            <numerusform>Progetto: %1  ·  Località predefinita: %2  ·  Endpoint: %3  ·  %n modello nel catalogo</numerusform>
            <numerusform>Progetto: %1  ·  Località predefinita: %2  ·  Endpoint: %3  ·  %n modelli nel catalogo</numerusform>
        </translation>
    </message>
    <message>
        <source>not set (Tools ▸ Settings)</source>
        <translation>non impostato (Strumenti ▸ Impostazioni)</translation>
    </message>
    <message>
        <source>Google Vertex AI</source>
        <translation>Google Vertex AI</translation>
    </message>
    <message>
        <source>Six panes at most.</source>
        <translation>Al massimo sei riquadri.</translation>
    </message>
    <message>
        <source>&amp;Embeddings…</source>
        <translation>&amp;Embedding…</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>&amp;Compare two answers…</source>
        <translation>&amp;Confronta due risposte…</translation>
    </message>
    <message>
        <source>Compare two answers</source>
        <translation>Confronta due risposte</translation>
    </message>
    <message>
        <source>Add &amp;custom model…</source>
        <translation>Aggiungi modello &amp;personalizzato…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Model Garden</source>
        <translation>&amp;Aggiorna da Model Garden</translation>
    </message>
    <message>
        <source>&amp;Access doctor…</source>
        <translation>&amp;Diagnosi dell&apos;accesso…</translation>
    </message>
    <message>
        <source>Check credentials, project, permission, model and endpoint step by step</source>
        <translation>Verifica passo per passo credenziali, progetto, autorizzazione, modello ed endpoint</translation>
    </message>
    <message numerus="yes">
        <source>Answers come from the built-in emulator. For Vertex AI: set a project and credentials in Tools ▸ Settings  ·  %n model(s) in the catalog</source>
        <translation>
            <numerusform>Le risposte provengono dall&apos;emulatore integrato. Per Vertex AI: imposta un progetto e le credenziali in Strumenti ▸ Impostazioni  ·  %n modello nel catalogo</numerusform>
            <numerusform>Le risposte provengono dall&apos;emulatore integrato. Per Vertex AI: imposta un progetto e le credenziali in Strumenti ▸ Impostazioni  ·  %n modelli nel catalogo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maas::ModelGardenLister</name>
    <message>
        <source>Listed by Model Garden; not in the shipped catalog yet.</source>
        <translation>Elencato da Model Garden; non ancora nel catalogo fornito.</translation>
    </message>
    <message>
        <source>Where it is served, its limits and prices are unknown to the app: try the global endpoint or us-central1, and see its Model Garden page.</source>
        <translation>L&apos;app non conosce dove è servito, i suoi limiti né i prezzi: prova l&apos;endpoint globale o us-central1 e consulta la sua pagina Model Garden.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http</source>
        <translation>Invio delle credenziali su http semplice rifiutato</translation>
    </message>
    <message>
        <source>Use an https endpoint override; plain http is only allowed for loopback.</source>
        <translation>Usa un endpoint personalizzato https; l&apos;http semplice è consentito solo per il loopback.</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Nessun token di accesso</translation>
    </message>
    <message>
        <source>Check the credential source in Tools ▸ Settings, then refresh again.</source>
        <translation>Controlla l&apos;origine delle credenziali in Strumenti ▸ Impostazioni, poi aggiorna di nuovo.</translation>
    </message>
    <message>
        <source>the Model Garden list</source>
        <translation>l&apos;elenco di Model Garden</translation>
    </message>
    <message>
        <source>Your account may not list Model Garden models: ask a project owner for the Vertex AI User role (roles/aiplatform.user), check it with gcloud ai model-garden models list, then refresh again.</source>
        <translation>Il tuo account potrebbe non poter elencare i modelli di Model Garden: chiedi a un proprietario del progetto il ruolo Utente Vertex AI (roles/aiplatform.user), verificalo con gcloud ai model-garden models list, poi aggiorna di nuovo.</translation>
    </message>
    <message>
        <source>Model Garden sent an answer the app cannot read</source>
        <translation>Model Garden ha inviato una risposta che l&apos;app non riesce a leggere</translation>
    </message>
    <message>
        <source>Check the endpoint override in Tools ▸ Settings; a proxy may be answering instead of Vertex AI.</source>
        <translation>Controlla l&apos;endpoint personalizzato in Strumenti ▸ Impostazioni; forse risponde un proxy al posto di Vertex AI.</translation>
    </message>
</context>
<context>
    <name>maas::PaneOverrides</name>
    <message>
        <source>Parameters for this pane only</source>
        <translation>Parametri solo per questo riquadro</translation>
    </message>
    <message>
        <source>Parameters of this pane</source>
        <translation>Parametri di questo riquadro</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Use the shared parameters again</source>
        <translation>Usa di nuovo i parametri condivisi</translation>
    </message>
    <message>
        <source>Parameters for this pane</source>
        <translation>Parametri per questo riquadro</translation>
    </message>
    <message>
        <source>Checked parameters apply to this pane only; the others follow the prompt editor&apos;s values.</source>
        <translation>I parametri selezionati valgono solo per questo riquadro; gli altri seguono i valori dell&apos;editor del prompt.</translation>
    </message>
    <message>
        <source>Use shared values</source>
        <translation>Usa i valori condivisi</translation>
    </message>
    <message>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max %1</translation>
    </message>
    <message>
        <source>top-p %1</source>
        <translation>top-p %1</translation>
    </message>
    <message>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <source>no stop</source>
        <translation>nessuno stop</translation>
    </message>
    <message>
        <source>stop ×%1</source>
        <translation>stop ×%1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>pensiero %1</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>pensiero disattivato</translation>
    </message>
    <message>
        <source>This pane&apos;s own parameters (the others follow the prompt editor):</source>
        <translation>Parametri propri di questo riquadro (gli altri seguono l&apos;editor del prompt):</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>Temperatura: %1</translation>
    </message>
    <message>
        <source>Max output tokens: %1</source>
        <translation>Token di output max: %1</translation>
    </message>
    <message>
        <source>Top-p: %1</source>
        <translation>Top-p: %1</translation>
    </message>
    <message>
        <source>Top-k: %1</source>
        <translation>Top-k: %1</translation>
    </message>
    <message>
        <source>Stop sequences: none</source>
        <translation>Sequenze di stop: nessuna</translation>
    </message>
    <message>
        <source>Stop sequences: %1</source>
        <translation>Sequenze di stop: %1</translation>
    </message>
    <message>
        <source>Thinking budget: %1 tokens</source>
        <translation>Budget di pensiero: %1 token</translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation>Pensiero: disattivato</translation>
    </message>
</context>
<context>
    <name>maas::PaneStatus</name>
    <message>
        <source>Status of pane %1</source>
        <translation>Stato del riquadro %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Waiting for the first token</source>
        <translation>In attesa del primo token</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nuovo tentativo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Connecting… · %1</source>
        <translation>Connessione… · %1</translation>
    </message>
    <message>
        <source>Waiting for the first token · %1</source>
        <translation>In attesa del primo token · %1</translation>
    </message>
    <message>
        <source>Thinking · %1 · ~%2 tokens</source>
        <translation>Ragionamento · %1 · ~%2 token</translation>
    </message>
    <message>
        <source>Streaming · ~%1 tokens</source>
        <translation>Streaming · ~%1 token</translation>
    </message>
    <message>
        <source>Streaming · %1 tokens</source>
        <translation>Streaming · %1 token</translation>
    </message>
    <message>
        <source> · %1 tok/s</source>
        <translation> · %1 token/s</translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2)</source>
        <translation>Nuovo tentativo tra %1 s (tentativo %2)</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Completato · %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>maas::ParameterForm</name>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>Unchecked: each model&apos;s default</source>
        <translation>Non selezionato: il valore predefinito di ogni modello</translation>
    </message>
    <message>
        <source>Top-&amp;p</source>
        <translation>Top-&amp;p</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens whose probabilities add up to this value (Claude while thinking takes only 0.95 or more; lower values are left out)</source>
        <translation>Campionamento nucleus: solo i token più probabili le cui probabilità sommate raggiungono questo valore (Claude durante il pensiero accetta solo 0,95 o più; i valori inferiori vengono omessi)</translation>
    </message>
    <message>
        <source>Top-&amp;k</source>
        <translation>Top-&amp;k</translation>
    </message>
    <message>
        <source>Sample only from this many most likely tokens (Mistral does not take it; Claude drops it while thinking)</source>
        <translation>Campiona solo tra questo numero di token più probabili (Mistral non lo accetta; Claude lo ignora durante il pensiero)</translation>
    </message>
    <message>
        <source>T&amp;hinking</source>
        <translation>Pen&amp;siero</translation>
    </message>
    <message>
        <source>Ask models that can reason visibly to do so (Claude extended thinking, DeepSeek V3.1 thinking); models that always reason do anyway</source>
        <translation>Chiedi ai modelli che sanno ragionare in modo visibile di farlo (pensiero esteso di Claude, modalità thinking di DeepSeek V3.1); i modelli che ragionano sempre lo fanno comunque</translation>
    </message>
    <message>
        <source>&amp;Max tokens</source>
        <translation>Token &amp;max</translation>
    </message>
    <message>
        <source>Longest answer, in tokens</source>
        <translation>Risposta più lunga, in token</translation>
    </message>
    <message>
        <source>&amp;Stop sequences</source>
        <translation>&amp;Sequenze di stop</translation>
    </message>
    <message>
        <source>Checked with an empty list: no stop sequences for this pane</source>
        <translation>Selezionato con un elenco vuoto: nessuna sequenza di stop per questo riquadro</translation>
    </message>
    <message>
        <source>Checked: this pane&apos;s own thinking budget (0 switches thinking off here)</source>
        <translation>Selezionato: budget di pensiero proprio di questo riquadro (0 disattiva qui il pensiero)</translation>
    </message>
    <message>
        <source>Max output tokens</source>
        <translation>Token di output max</translation>
    </message>
    <message>
        <source>Longest answer each model may give, in tokens</source>
        <translation>Risposta più lunga che ogni modello può dare, in token</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Sequenze di stop</translation>
    </message>
    <message>
        <source>Stop sequences: END, \n\nHuman:</source>
        <translation>Sequenze di stop: END, \n\nHuman:</translation>
    </message>
    <message>
        <source>Generation stops at any of these. Separate them with commas; \n is a new line, \, a comma, &quot;\ &quot; a space at either end.</source>
        <translation>La generazione si ferma a una qualsiasi di queste. Separale con virgole; \n è un a capo, \, una virgola, &quot;\ &quot; uno spazio all&apos;inizio o alla fine.</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>Budget di pensiero in token</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
</context>
<context>
    <name>maas::PromptEditor</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>System prompt (optional): the role and rules every model gets</source>
        <translation>Prompt di sistema (facoltativo): il ruolo e le regole che riceve ogni modello</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Prompt utente</translation>
    </message>
    <message>
        <source>Your prompt, in Markdown. Every pane receives the same text.</source>
        <translation>Il tuo prompt, in Markdown. Ogni riquadro riceve lo stesso testo.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation>&amp;Esegui tutti</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Ferma tutti</translation>
    </message>
    <message>
        <source>Add pane</source>
        <translation>Aggiungi riquadro</translation>
    </message>
    <message>
        <source>Send the prompt to every pane (Ctrl+Enter)</source>
        <translation>Invia il prompt a tutti i riquadri (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the prompt to every pane as the next turn of its own conversation (Ctrl+Shift+Enter)</source>
        <translation>Invia il prompt a ogni riquadro come turno successivo della sua conversazione (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Compare one more model (up to 6)</source>
        <translation>Confronta un modello in più (fino a 6)</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Esegui di nuovo</translation>
    </message>
</context>
<context>
    <name>maas::ResponsePane</name>
    <message>
        <source>Model of pane %1</source>
        <translation>Modello del riquadro %1</translation>
    </message>
    <message>
        <source>Location of pane %1</source>
        <translation>Località del riquadro %1</translation>
    </message>
    <message>
        <source>A region such as us-east5, a multi-region (us, eu) or global</source>
        <translation>Una regione come us-east5, una multiregione (us, eu) o global</translation>
    </message>
    <message>
        <source>Answer of pane %1</source>
        <translation>Risposta del riquadro %1</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ritirato)</translation>
    </message>
    <message>
        <source>%1 (not in catalog)</source>
        <translation>%1 (non in catalogo)</translation>
    </message>
    <message>
        <source>Pick a model for this pane.</source>
        <translation>Scegli un modello per questo riquadro.</translation>
    </message>
    <message>
        <source>The catalog does not list %1 at %2 (it lists: %3). The request is still sent; the server decides.</source>
        <translation>Il catalogo non elenca %1 nella località %2 (località elencate: %3). La richiesta viene comunque inviata; decide il server.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; it is sent as the exact model id.</source>
        <translation>%1 non è nel catalogo; viene inviato così com&apos;è come ID modello.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop this pane</source>
        <translation>Ferma questo riquadro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Run this pane again</source>
        <translation>Esegui di nuovo questo riquadro</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the answer as Markdown</source>
        <translation>Copia la risposta in formato Markdown</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Grezzo</translation>
    </message>
    <message>
        <source>Show the answer as raw text</source>
        <translation>Mostra la risposta come testo grezzo</translation>
    </message>
    <message>
        <source>Follow up here</source>
        <translation>Continua qui</translation>
    </message>
    <message>
        <source>Send the prompt as a follow-up to this pane only; the others keep their answers</source>
        <translation>Invia il prompt come seguito solo a questo riquadro; gli altri mantengono le loro risposte</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>Rimuovi questo riquadro</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensiero</translation>
    </message>
    <message>
        <source>Show or hide the reasoning</source>
        <translation>Mostra o nascondi il ragionamento</translation>
    </message>
    <message>
        <source>Reasoning of pane %1</source>
        <translation>Ragionamento del riquadro %1</translation>
    </message>
    <message>
        <source>Metrics of pane %1</source>
        <translation>Metriche del riquadro %1</translation>
    </message>
    <message>
        <source>Model of pane %1: details</source>
        <translation>Modello del riquadro %1: dettagli</translation>
    </message>
    <message>
        <source>The answer streams here when you run the prompt (Ctrl+Enter).</source>
        <translation>La risposta compare qui in streaming quando esegui il prompt (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguito:</translation>
    </message>
    <message>
        <source>Thinking · ~%1 tokens</source>
        <translation>Pensiero · ~%1 token</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>The answer above is incomplete.</source>
        <translation>La risposta qui sopra è incompleta.</translation>
    </message>
    <message>
        <source>Check access…</source>
        <translation>Verifica l&apos;accesso…</translation>
    </message>
    <message>
        <source>Move this pane left</source>
        <translation>Sposta questo riquadro a sinistra</translation>
    </message>
    <message>
        <source>Move this pane right</source>
        <translation>Sposta questo riquadro a destra</translation>
    </message>
    <message>
        <source>■</source>
        <comment>stop button of a narrow pane</comment>
        <translation>■</translation>
    </message>
    <message>
        <source>↻</source>
        <comment>retry button of a narrow pane</comment>
        <translation>↻</translation>
    </message>
    <message>
        <source>↪</source>
        <comment>follow-up button of a narrow pane</comment>
        <translation>↪</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy button of a narrow pane</comment>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Raw</source>
        <comment>raw-text button of a narrow pane</comment>
        <translation>Grezzo</translation>
    </message>
</context>
<context>
    <name>maas::ResponseView</name>
    <message>
        <source>Copy code block</source>
        <translation>Copia il blocco di codice</translation>
    </message>
</context>
<context>
    <name>maas::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>my-project-id</source>
        <translation>id-mio-progetto</translation>
    </message>
    <message>
        <source>The Google Cloud project that is billed and whose quota is used</source>
        <translation>Il progetto Google Cloud a cui vengono addebitati i costi e di cui si usa la quota</translation>
    </message>
    <message>
        <source>Default location for new panes: global, a multi-region (us, eu) or a region</source>
        <translation>Località predefinita per i nuovi riquadri: global, una multiregione (us, eu) o una regione</translation>
    </message>
    <message>
        <source>Empty: Google&apos;s endpoints. Or e.g. http://127.0.0.1:8080/v1</source>
        <translation>Vuoto: endpoint di Google. Oppure ad es. http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>Base URL including /v1, for the local emulator, a proxy or a private endpoint</source>
        <translation>URL di base comprensivo di /v1, per l&apos;emulatore locale, un proxy o un endpoint privato</translation>
    </message>
    <message>
        <source>gcloud CLI login (gcloud auth print-access-token)</source>
        <translation>Accesso con gcloud CLI (gcloud auth print-access-token)</translation>
    </message>
    <message>
        <source>Application Default Credentials file</source>
        <translation>File Application Default Credentials</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>File della chiave dell&apos;account di servizio</translation>
    </message>
    <message>
        <source>Metadata server (GCE, GKE, Cloud Run)</source>
        <translation>Server di metadati (GCE, GKE, Cloud Run)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Token di accesso incollato</translation>
    </message>
    <message>
        <source>Path of the JSON key or ADC file</source>
        <translation>Percorso della chiave JSON o del file ADC</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Longest silence allowed on a stream; thinking models can pause for minutes</source>
        <translation>Silenzio massimo consentito in uno stream; i modelli che ragionano possono fermarsi per minuti</translation>
    </message>
    <message>
        <source>Retries of rate-limited or overloaded requests before the first token</source>
        <translation>Nuovi tentativi delle richieste rifiutate (limite di frequenza o sovraccarico) prima del primo token</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Affiancati</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Impilati</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID &amp;progetto:</translation>
    </message>
    <message>
        <source>&amp;Default location:</source>
        <translation>&amp;Località predefinita:</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>&amp;Endpoint personalizzato:</translation>
    </message>
    <message>
        <source>Credential &amp;file:</source>
        <translation>&amp;File delle credenziali:</translation>
    </message>
    <message>
        <source>Requests and layout</source>
        <translation>Richieste e disposizione</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>&amp;Timeout di inattività:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Nuovi tentativi:</translation>
    </message>
    <message>
        <source>Pane &amp;layout:</source>
        <translation>&amp;Disposizione dei riquadri:</translation>
    </message>
    <message>
        <source>Add your own models or OpenAI-compatible servers in %1 (format: docs/catalog-format.md).</source>
        <translation>Aggiungi i tuoi modelli o server compatibili con OpenAI in %1 (formato: docs/catalog-format.md).</translation>
    </message>
    <message>
        <source>Location: use global, us, eu or a region such as us-east5.</source>
        <translation>Località: usa global, us, eu o una regione come us-east5.</translation>
    </message>
    <message>
        <source>Endpoint override: %1.</source>
        <translation>Endpoint personalizzato: %1.</translation>
    </message>
    <message>
        <source>Credential file: a service account key needs the path of its JSON file.</source>
        <translation>File delle credenziali: per una chiave dell&apos;account di servizio serve il percorso del relativo file JSON.</translation>
    </message>
    <message>
        <source>Check &amp;access…</source>
        <translation>Verifica l&apos;&amp;accesso…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID progetto</translation>
    </message>
    <message>
        <source>Quota project</source>
        <translation>Progetto per la quota</translation>
    </message>
    <message>
        <source>Access token: pasting needs the secret store, which this window was opened without; set MAAS_ACCESS_TOKEN instead.</source>
        <translation>Token di accesso: per incollarlo serve l&apos;archivio dei segreti, senza il quale è stata aperta questa finestra; imposta invece MAAS_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Access token: paste one (the output of gcloud auth print-access-token), or choose another source.</source>
        <translation>Token di accesso: incollane uno (l&apos;output di gcloud auth print-access-token) oppure scegli un&apos;altra origine.</translation>
    </message>
    <message>
        <source>Models in the panes:</source>
        <translation>Modelli nei riquadri:</translation>
    </message>
    <message>
        <source>Provisioned Throughput is not offered on the global endpoint: panes at global will not send in this mode. Pick the region where your throughput is reserved.</source>
        <translation>Provisioned Throughput non è offerto sull&apos;endpoint globale: i riquadri su global non invieranno in questa modalità. Scegli la regione in cui è riservato il tuo throughput.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Conservato nel portachiavi di sistema, mai nel file delle impostazioni.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the token stays in memory only until the app quits, and is never written to the settings file.</source>
        <translation>Nessun portachiavi disponibile (%1): il token resta in memoria solo fino alla chiusura dell&apos;app e non viene mai scritto nel file delle impostazioni.</translation>
    </message>
    <message>
        <source>A pasted token cannot be refreshed: Google access tokens last one hour.</source>
        <translation>Un token incollato non può essere aggiornato: i token di accesso Google durano un&apos;ora.</translation>
    </message>
    <message>
        <source>Token pasted at %1 (expires at %2); paste a new one to replace it</source>
        <translation>Token incollato alle %1 (scade alle %2); incollane uno nuovo per sostituirlo</translation>
    </message>
    <message>
        <source>Paste the output of gcloud auth print-access-token</source>
        <translation>Incolla l&apos;output di gcloud auth print-access-token</translation>
    </message>
    <message>
        <source>Sent as x-goog-user-project: the project charged for quota and billing, when it is not the project of the credentials</source>
        <translation>Inviato come x-goog-user-project: il progetto a cui vengono addebitate quota e fatturazione, se non è il progetto delle credenziali</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Empty: %1 (from the environment or the ADC file)</source>
        <translation>Vuoto: %1 (dall&apos;ambiente o dal file ADC)</translation>
    </message>
    <message>
        <source>Automatic (provisioned throughput first, then pay-as-you-go)</source>
        <translation>Automatico (prima Provisioned Throughput, poi pagamento a consumo)</translation>
    </message>
    <message>
        <source>Provisioned throughput only (429 when over)</source>
        <translation>Solo Provisioned Throughput (429 se superato)</translation>
    </message>
    <message>
        <source>Pay-as-you-go only (bypass provisioned throughput)</source>
        <translation>Solo pagamento a consumo (ignora Provisioned Throughput)</translation>
    </message>
    <message>
        <source>Sent as the X-Vertex-AI-LLM-Request-Type header</source>
        <translation>Inviato nell&apos;intestazione X-Vertex-AI-LLM-Request-Type</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>Run the access doctor: credentials, project, permission, model, endpoint</source>
        <translation>Avvia la diagnosi dell&apos;accesso: credenziali, progetto, autorizzazione, modello, endpoint</translation>
    </message>
    <message>
        <source>&amp;Quota project:</source>
        <translation>Progetto per la &amp;quota:</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>&amp;Tipo di richiesta:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token di accesso:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Dimentica il token</translation>
    </message>
    <message>
        <source>Local endpoint: requests carry a placeholder token, not this source&apos;s. Set a key file, an ADC file or a pasted token to send real tokens to it.</source>
        <translation>Endpoint locale: le richieste portano un token segnaposto, non quello di questa origine. Imposta un file di chiave, un file ADC o un token incollato per inviargli token veri.</translation>
    </message>
    <message>
        <source>Choose a service account key or ADC file</source>
        <translation>Scegli una chiave di account di servizio o un file ADC</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The pasted token could not be removed from the keychain: %1. Remove the entry &quot;pasted-token&quot; of maas-playground with your keychain tool.</source>
        <translation>Non è stato possibile rimuovere il token incollato dal portachiavi: %1. Rimuovi la voce &quot;pasted-token&quot; di maas-playground con lo strumento del portachiavi.</translation>
    </message>
    <message>
        <source>Pick the JSON key or ADC file</source>
        <translation>Scegli il file di chiave JSON o il file ADC</translation>
    </message>
    <message>
        <source>Remove the pasted token from the keychain (or memory) now</source>
        <translation>Rimuovi subito il token incollato dal portachiavi (o dalla memoria)</translation>
    </message>
</context>
<context>
    <name>maas::VariablesTable</name>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variabili</translation>
    </message>
    <message>
        <source>Values of the prompt variables</source>
        <translation>Valori delle variabili del prompt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Each {{name}} in the prompts is replaced by its value when the prompt runs. Write \{{name}} to send the braces as they are.</source>
        <translation>Ogni {{name}} nei prompt viene sostituito dal suo valore quando il prompt viene eseguito. Scrivi \{{name}} per inviare le graffe così come sono.</translation>
    </message>
    <message>
        <source>No value yet: a run is refused until {{%1}} has one.</source>
        <translation>Ancora nessun valore: ogni esecuzione viene rifiutata finché {{%1}} non ne ha uno.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try prompts on Vertex AI Model Garden models and compare them side by side.</source>
        <translation>Prova i prompt sui modelli di Vertex AI Model Garden e confrontali fianco a fianco.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after it has painted, print its path and quit.</source>
        <translation>Salva un&apos;immagine PNG della finestra dopo che è stata disegnata, ne stampa il percorso ed esce.</translation>
    </message>
    <message>
        <source>Use this INI file for settings instead of the user&apos;s.</source>
        <translation>Usa questo file INI per le impostazioni invece di quello dell&apos;utente.</translation>
    </message>
    <message>
        <source>Use this file as the user catalog (default: %1).</source>
        <translation>Usa questo file come catalogo utente (predefinito: %1).</translation>
    </message>
    <message>
        <source>Offline demo: answers come from the built-in emulator.</source>
        <translation>Demo offline: le risposte provengono dall&apos;emulatore integrato.</translation>
    </message>
    <message>
        <source>Run the prompt once the window is shown.</source>
        <translation>Esegue il prompt una volta mostrata la finestra.</translation>
    </message>
    <message>
        <source>Start with this prompt.</source>
        <translation>Inizia con questo prompt.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Usa una tavolozza scura.</translation>
    </message>
    <message>
        <source>Offline demo: simulated answers</source>
        <translation>Demo offline: risposte simulate</translation>
    </message>
    <message>
        <source>Vertex AI · MAAS_ACCESS_TOKEN</source>
        <translation>Vertex AI · MAAS_ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Local endpoint</source>
        <translation>Endpoint locale</translation>
    </message>
    <message>
        <source>the demo token of the built-in emulator</source>
        <translation>il token demo dell&apos;emulatore integrato</translation>
    </message>
    <message>
        <source>a placeholder token (loopback endpoint)</source>
        <translation>un token segnaposto (endpoint di loopback)</translation>
    </message>
</context>
</TS>
