<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
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
    <message>
        <source>waiting for the model… %1</source>
        <translation>in attesa del modello… %1</translation>
    </message>
    <message>
        <source>thinking… %1</source>
        <translation>ragionamento… %1</translation>
    </message>
    <message>
        <source>streaming  ·  %1 tokens  ·  %2</source>
        <translation>streaming  ·  %1 token  ·  %2</translation>
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
    <message numerus="yes">
        <source>Answers come from the built-in emulator. For Vertex AI: set a project and credentials in Tools ▸ Settings, then restart  ·  %n model(s) in the catalog</source>
        <translation>
            <numerusform>Le risposte provengono dall&apos;emulatore integrato. Per Vertex AI: imposta un progetto e le credenziali in Strumenti ▸ Impostazioni, poi riavvia  ·  %n modello nel catalogo</numerusform>
            <numerusform>Le risposte provengono dall&apos;emulatore integrato. Per Vertex AI: imposta un progetto e le credenziali in Strumenti ▸ Impostazioni, poi riavvia  ·  %n modelli nel catalogo</numerusform>
        </translation>
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
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>T&amp;hinking</source>
        <translation>Pe&amp;nsiero</translation>
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
        <source>Max output tokens</source>
        <translation>Token di output massimi</translation>
    </message>
    <message>
        <source>Longest answer each model may give, in tokens</source>
        <translation>Lunghezza massima della risposta di ogni modello, in token</translation>
    </message>
    <message>
        <source>Unchecked: each model&apos;s default sampling</source>
        <translation>Deselezionato: campionamento predefinito di ogni modello</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Ask models that can reason visibly to do so (Claude extended thinking, DeepSeek V3.1 thinking); models that always reason do anyway</source>
        <translation>Chiedi ai modelli che possono ragionare in modo visibile di farlo (Claude extended thinking, DeepSeek V3.1 thinking); i modelli che ragionano sempre lo fanno comunque</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>Budget di pensiero in token</translation>
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
        <source>&amp;Max tokens</source>
        <translation>Token &amp;max</translation>
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
        <source>%1 — retrying in %2 (attempt %3)</source>
        <translation>%1 — nuovo tentativo tra %2 (tentativo %3)</translation>
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
        <source>Vertex AI · %1</source>
        <translation>Vertex AI · %1</translation>
    </message>
</context>
</TS>
