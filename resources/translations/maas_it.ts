<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
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
        <source>Some catalog entries were skipped; fix them and restart:</source>
        <translation>Alcune voci del catalogo sono state ignorate; correggile e riavvia:</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
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
        <source>The answer streams here when you run the prompt.</source>
        <translation>La risposta appare qui in streaming all&apos;esecuzione del prompt.</translation>
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
        <source>&amp;Credentials:</source>
        <translation>&amp;Credenziali:</translation>
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
        <source>Project ID: 6 to 30 lowercase letters, digits or hyphens, starting with a letter (the ID, not the display name or number).</source>
        <translation>ID progetto: da 6 a 30 lettere minuscole, cifre o trattini, con una lettera come primo carattere (l&apos;ID, non il nome visualizzato né il numero).</translation>
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
</context>
</TS>
