<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>out ~%1</source>
        <translation>sortie ~%1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the model… %1</source>
        <translation>en attente du modèle… %1</translation>
    </message>
    <message>
        <source>thinking… %1</source>
        <translation>réflexion… %1</translation>
    </message>
    <message>
        <source>streaming  ·  %1 tokens  ·  %2</source>
        <translation>réception  ·  %1 tokens  ·  %2</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source> Use %1 instead.</source>
        <translation> Utilisez plutôt %1.</translation>
    </message>
    <message>
        <source>Retired on %1: requests to this model fail.</source>
        <translation>Retiré le %1&#xa0;: les requêtes vers ce modèle échouent.</translation>
    </message>
    <message>
        <source>Deprecated since %1; retires on %2.</source>
        <translation>Obsolète depuis le %1&#xa0;; retrait le %2.</translation>
    </message>
    <message>
        <source>Deprecated since %1.</source>
        <translation>Obsolète depuis le %1.</translation>
    </message>
    <message>
        <source>Scheduled to retire on %1.</source>
        <translation>Retrait prévu le %1.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>ID du modèle</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Global endpoint</source>
        <translation>Point de terminaison global</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Fenêtre de contexte</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Sortie maximale</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Max sequence</source>
        <translation>Séquence maximale</translation>
    </message>
    <message>
        <source>extended thinking with a token budget</source>
        <translation>réflexion étendue avec un budget de tokens</translation>
    </message>
    <message>
        <source>adaptive thinking</source>
        <translation>réflexion adaptative</translation>
    </message>
    <message>
        <source>always reasons first</source>
        <translation>raisonne toujours avant de répondre</translation>
    </message>
    <message>
        <source>reasoning can be switched on</source>
        <translation>raisonnement activable</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Price per 1M tokens</source>
        <translation>Prix par million de tokens</translation>
    </message>
    <message>
        <source>%1 in / %2 out (%3, as of %4)</source>
        <translation>%1 en entrée / %2 en sortie (%3, au %4)</translation>
    </message>
    <message>
        <source>GA since</source>
        <translation>Date de disponibilité générale</translation>
    </message>
    <message>
        <source>From your catalog: %1</source>
        <translation>Provient de votre catalogue&#xa0;: %1</translation>
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
        <translation>%1 — retiré</translation>
    </message>
    <message>
        <source>%1 — deprecated</source>
        <translation>%1 — obsolète</translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (preview)</translation>
    </message>
</context>
<context>
    <name>maas::CatalogPanel</name>
    <message>
        <source>Use in pane &amp;1</source>
        <translation>Utiliser dans le volet &amp;1</translation>
    </message>
    <message>
        <source>Use in pane &amp;2</source>
        <translation>Utiliser dans le volet &amp;2</translation>
    </message>
    <message>
        <source>Search models, publishers, regions…</source>
        <translation>Rechercher des modèles, éditeurs, régions…</translation>
    </message>
    <message>
        <source>Search the model catalog</source>
        <translation>Rechercher dans le catalogue de modèles</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Catalogue de modèles</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <source>Select a model to see where it is served, its limits and its price.</source>
        <translation>Sélectionnez un modèle pour voir où il est disponible, ses limites et son prix.</translation>
    </message>
    <message>
        <source>Some catalog entries were skipped; fix them and restart:</source>
        <translation>Certaines entrées du catalogue ont été ignorées&#xa0;; corrigez-les et redémarrez&#xa0;:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Only models that show their reasoning</source>
        <translation>Uniquement les modèles qui montrent leur raisonnement</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Only models that read images</source>
        <translation>Uniquement les modèles qui lisent les images</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Only embedding models</source>
        <translation>Uniquement les modèles d&apos;embedding</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Only models the global endpoint serves</source>
        <translation>Uniquement les modèles disponibles sur le point de terminaison global</translation>
    </message>
    <message>
        <source>Hide retired</source>
        <translation>Masquer les retirés</translation>
    </message>
    <message>
        <source>Hide retired models</source>
        <translation>Masquer les modèles retirés</translation>
    </message>
    <message>
        <source>Only models served at this location</source>
        <translation>Uniquement les modèles disponibles à cet emplacement</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Tous les emplacements</translation>
    </message>
</context>
<context>
    <name>maas::ComparisonController</name>
    <message>
        <source>Pane %1 has no model: pick one.</source>
        <translation>Le volet %1 n&apos;a pas de modèle&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Rédigez d&apos;abord un prompt.</translation>
    </message>
    <message>
        <source>Pane %1: &apos;%2&apos; is neither in the catalog nor an exact model id such as claude-sonnet-4@20250514 or meta/llama-3.3-70b-instruct-maas.</source>
        <translation>Volet %1&#xa0;: «&#xa0;%2&#xa0;» ne figure pas dans le catalogue et n&apos;est pas un ID de modèle exact comme claude-sonnet-4@20250514 ou meta/llama-3.3-70b-instruct-maas.</translation>
    </message>
    <message>
        <source>Pane %1 has no answer to follow up on yet.</source>
        <translation>Le volet %1 n&apos;a pas encore de réponse à laquelle donner suite.</translation>
    </message>
    <message>
        <source>No pane has an answer to follow up on: run the prompt first.</source>
        <translation>Aucun volet n&apos;a de réponse à laquelle donner suite&#xa0;: exécutez d&apos;abord le prompt.</translation>
    </message>
</context>
<context>
    <name>maas::DiffView</name>
    <message>
        <source>Pane &amp;A:</source>
        <translation>Volet &amp;A&#xa0;:</translation>
    </message>
    <message>
        <source>Pane &amp;B:</source>
        <translation>Volet &amp;B&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Compare the answers again, e.g. after a pane finished streaming</source>
        <translation>Comparer à nouveau les réponses, par ex. une fois la réception terminée dans un volet</translation>
    </message>
    <message>
        <source>Word differences between the two answers</source>
        <translation>Différences mot à mot entre les deux réponses</translation>
    </message>
    <message>
        <source>Pane %1: %2</source>
        <translation>Volet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add a second pane to compare two answers.</source>
        <translation>Ajoutez un second volet pour comparer deux réponses.</translation>
    </message>
    <message>
        <source>Pick two different panes.</source>
        <translation>Choisissez deux volets différents.</translation>
    </message>
    <message>
        <source>Neither pane has an answer yet: run the comparison first.</source>
        <translation>Aucun des deux volets n&apos;a encore de réponse&#xa0;: lancez d&apos;abord la comparaison.</translation>
    </message>
    <message>
        <source>Changed words: %1 (%2 only in pane %3, struck out; %4 only in pane %5, underlined). Shared: %6.</source>
        <translation>Mots modifiés&#xa0;: %1 (%2 uniquement dans le volet %3, barrés&#xa0;; %4 uniquement dans le volet %5, soulignés). Communs&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Only in pane %1</source>
        <translation>Uniquement dans le volet %1</translation>
    </message>
</context>
<context>
    <name>maas::EmbeddingsView</name>
    <message>
        <source>%1 · %2 dimensions</source>
        <translation>%1 · %2 dimensions</translation>
    </message>
    <message>
        <source> · retired</source>
        <translation> · retiré</translation>
    </message>
    <message>
        <source>&amp;Embed</source>
        <translation>&amp;Vectoriser</translation>
    </message>
    <message>
        <source>&amp;Texts, one per line:</source>
        <translation>&amp;Textes, un par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Texts to embed, one per line</source>
        <translation>Textes à vectoriser, un par ligne</translation>
    </message>
    <message>
        <source>One text per line. The multilingual-e5 models expect a prefix:
query: how do I rotate a service account key?
passage: Keys are rotated from the IAM page of the console.
Use &quot;query: &quot; for questions and searches, &quot;passage: &quot; for the documents they should find.</source>
        <translation>Un texte par ligne. Les modèles multilingual-e5 attendent un préfixe&#xa0;:
query: comment faire la rotation d&apos;une clé de compte de service&#xa0;?
passage: La rotation des clés se fait depuis la page IAM de la console.
Utilisez &quot;query: &quot; pour les questions et les recherches, &quot;passage: &quot; pour les documents qu&apos;elles doivent trouver.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Location for %1</source>
        <translation>Emplacement pour %1</translation>
    </message>
    <message>
        <source>A region such as us-central1, a multi-region (us, eu) or global</source>
        <translation>Une région comme us-central1, une multirégion (us, eu) ou global</translation>
    </message>
    <message>
        <source>The catalog lists no embedding model.</source>
        <translation>Le catalogue n&apos;indique aucun modèle d&apos;embedding.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nearest neighbour of each text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voisin le plus proche de chaque texte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nearest neighbour of each text, per model</source>
        <translation>Voisin le plus proche de chaque texte, par modèle</translation>
    </message>
    <message>
        <source>Enter at least two texts.</source>
        <translation>Saisissez au moins deux textes.</translation>
    </message>
    <message>
        <source>Check at least one model.</source>
        <translation>Cochez au moins un modèle.</translation>
    </message>
    <message>
        <source>Embedding %1 texts…</source>
        <translation>Vectorisation de %1 textes…</translation>
    </message>
    <message>
        <source>Embedding…</source>
        <translation>Vectorisation…</translation>
    </message>
    <message>
        <source>Cosine similarity between the texts, %1</source>
        <translation>Similarité cosinus entre les textes, %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>No vectors</source>
        <translation>Aucun vecteur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unexpected answer&lt;/b&gt;&lt;br&gt;%1 vectors for %2 texts.</source>
        <translation>&lt;b&gt;Réponse inattendue&lt;/b&gt;&lt;br&gt;%1 vecteurs pour %2 textes.</translation>
    </message>
    <message>
        <source>%1 dimensions</source>
        <translation>%1 dimensions</translation>
    </message>
    <message>
        <source> · %1 input tokens</source>
        <translation> · %1 tokens en entrée</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Done; %1 of %2 models failed.</source>
        <translation>Terminé&#xa0;; échec de %1 modèles sur %2.</translation>
    </message>
    <message>
        <source>Text %1 and text %2: similarity %3</source>
        <translation>Texte %1 et texte %2&#xa0;: similarité %3</translation>
    </message>
    <message>
        <source>Colour runs from the least similar pair (%1) to the most similar (%2); hover a number for its texts.</source>
        <translation>La couleur va de la paire la moins similaire (%1) à la plus similaire (%2)&#xa0;; survolez un nombre pour voir ses textes.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Models agree?</source>
        <translation>Modèles d&apos;accord&#xa0;?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>≠ divergent</translation>
    </message>
    <message>
        <source>✓ agree</source>
        <translation>✓ d&apos;accord</translation>
    </message>
    <message>
        <source>The models agree on the nearest neighbour of every text.</source>
        <translation>Les modèles s&apos;accordent sur le voisin le plus proche de chaque texte.</translation>
    </message>
    <message>
        <source>The models disagree on the nearest neighbour of %1 of %2 texts (marked ≠).</source>
        <translation>Les modèles divergent sur le voisin le plus proche de %1 textes sur %2 (marqués ≠).</translation>
    </message>
    <message>
        <source>Check two or more models to compare their rankings.</source>
        <translation>Cochez au moins deux modèles pour comparer leurs classements.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Panes &amp;side by side</source>
        <translation>Volets &amp;côte à côte</translation>
    </message>
    <message>
        <source>Panes s&amp;tacked</source>
        <translation>Volets &amp;superposés</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About MaaS Playground</source>
        <translation>À &amp;propos de MaaS Playground</translation>
    </message>
    <message>
        <source>About MaaS Playground</source>
        <translation>À propos de MaaS Playground</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MaaS Playground %1&lt;/h3&gt;&lt;p&gt;Try prompts on the managed models of Vertex AI Model Garden and compare their answers side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MaaS Playground %1&lt;/h3&gt;&lt;p&gt;Testez des prompts sur les modèles gérés de Vertex AI Model Garden et comparez leurs réponses côte à côte.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Project: %1  ·  Default location: %2  ·  Endpoint: %3  ·  %n model(s) in the catalog</source>
        <translation>
            <numerusform>Projet&#xa0;: %1  ·  Emplacement par défaut&#xa0;: %2  ·  Point de terminaison&#xa0;: %3  ·  %n modèle dans le catalogue</numerusform>
            <numerusform>Projet&#xa0;: %1  ·  Emplacement par défaut&#xa0;: %2  ·  Point de terminaison&#xa0;: %3  ·  %n modèles dans le catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>not set (Tools ▸ Settings)</source>
        <translation>non défini (Outils ▸ Paramètres)</translation>
    </message>
    <message>
        <source>Google Vertex AI</source>
        <translation>Google Vertex AI</translation>
    </message>
    <message>
        <source>Six panes at most.</source>
        <translation>Six volets au maximum.</translation>
    </message>
    <message>
        <source>&amp;Embeddings…</source>
        <translation>&amp;Embeddings…</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>&amp;Compare two answers…</source>
        <translation>&amp;Comparer deux réponses…</translation>
    </message>
    <message>
        <source>Compare two answers</source>
        <translation>Comparer deux réponses</translation>
    </message>
    <message numerus="yes">
        <source>Answers come from the built-in emulator. For Vertex AI: set a project and credentials in Tools ▸ Settings, then restart  ·  %n model(s) in the catalog</source>
        <translation>
            <numerusform>Les réponses proviennent de l&apos;émulateur intégré. Pour Vertex AI&#xa0;: définissez un projet et des identifiants dans Outils ▸ Paramètres, puis redémarrez  ·  %n modèle dans le catalogue</numerusform>
            <numerusform>Les réponses proviennent de l&apos;émulateur intégré. Pour Vertex AI&#xa0;: définissez un projet et des identifiants dans Outils ▸ Paramètres, puis redémarrez  ·  %n modèles dans le catalogue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maas::PromptEditor</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>System prompt (optional): the role and rules every model gets</source>
        <translation>Prompt système (facultatif)&#xa0;: le rôle et les règles donnés à chaque modèle</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Prompt utilisateur</translation>
    </message>
    <message>
        <source>Your prompt, in Markdown. Every pane receives the same text.</source>
        <translation>Votre prompt, en Markdown. Tous les volets reçoivent le même texte.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Température</translation>
    </message>
    <message>
        <source>T&amp;hinking</source>
        <translation>&amp;Réflexion</translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation>&amp;Exécuter tout</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Add pane</source>
        <translation>Ajouter un volet</translation>
    </message>
    <message>
        <source>Max output tokens</source>
        <translation>Tokens de sortie max.</translation>
    </message>
    <message>
        <source>Longest answer each model may give, in tokens</source>
        <translation>Longueur maximale de la réponse de chaque modèle, en tokens</translation>
    </message>
    <message>
        <source>Unchecked: each model&apos;s default sampling</source>
        <translation>Décoché&#xa0;: échantillonnage par défaut de chaque modèle</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Ask models that can reason visibly to do so (Claude extended thinking, DeepSeek V3.1 thinking); models that always reason do anyway</source>
        <translation>Demander aux modèles capables de raisonner de manière visible de le faire (Claude extended thinking, DeepSeek V3.1 thinking)&#xa0;; les modèles qui raisonnent toujours le font de toute façon</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>Budget de réflexion en tokens</translation>
    </message>
    <message>
        <source>Send the prompt to every pane (Ctrl+Enter)</source>
        <translation>Envoyer le prompt à tous les volets (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the prompt to every pane as the next turn of its own conversation (Ctrl+Shift+Enter)</source>
        <translation>Envoyer le prompt à chaque volet comme tour suivant de sa propre conversation (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Compare one more model (up to 6)</source>
        <translation>Comparer un modèle de plus (jusqu&apos;à 6)</translation>
    </message>
    <message>
        <source>&amp;Max tokens</source>
        <translation>Tokens &amp;max.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Exécuter à nouveau</translation>
    </message>
</context>
<context>
    <name>maas::ResponsePane</name>
    <message>
        <source>Model of pane %1</source>
        <translation>Modèle du volet %1</translation>
    </message>
    <message>
        <source>Location of pane %1</source>
        <translation>Emplacement du volet %1</translation>
    </message>
    <message>
        <source>A region such as us-east5, a multi-region (us, eu) or global</source>
        <translation>Une région comme us-east5, une multirégion (us, eu) ou global</translation>
    </message>
    <message>
        <source>Answer of pane %1</source>
        <translation>Réponse du volet %1</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (retiré)</translation>
    </message>
    <message>
        <source>%1 (not in catalog)</source>
        <translation>%1 (hors catalogue)</translation>
    </message>
    <message>
        <source>Pick a model for this pane.</source>
        <translation>Choisissez un modèle pour ce volet.</translation>
    </message>
    <message>
        <source>The catalog does not list %1 at %2 (it lists: %3). The request is still sent; the server decides.</source>
        <translation>Le catalogue n&apos;indique pas %1 à l&apos;emplacement %2 (emplacements indiqués&#xa0;: %3). La requête est tout de même envoyée&#xa0;; le serveur décide.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; it is sent as the exact model id.</source>
        <translation>%1 ne figure pas dans le catalogue&#xa0;; il est envoyé tel quel comme ID de modèle.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this pane</source>
        <translation>Arrêter ce volet</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Run this pane again</source>
        <translation>Exécuter à nouveau ce volet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the answer as Markdown</source>
        <translation>Copier la réponse au format Markdown</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Show the answer as raw text</source>
        <translation>Afficher la réponse en texte brut</translation>
    </message>
    <message>
        <source>Follow up here</source>
        <translation>Continuer ici</translation>
    </message>
    <message>
        <source>Send the prompt as a follow-up to this pane only; the others keep their answers</source>
        <translation>Envoyer le prompt comme suite à ce volet uniquement&#xa0;; les autres conservent leurs réponses</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>Supprimer ce volet</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Show or hide the reasoning</source>
        <translation>Afficher ou masquer le raisonnement</translation>
    </message>
    <message>
        <source>Reasoning of pane %1</source>
        <translation>Raisonnement du volet %1</translation>
    </message>
    <message>
        <source>Metrics of pane %1</source>
        <translation>Métriques du volet %1</translation>
    </message>
    <message>
        <source>Model of pane %1: details</source>
        <translation>Modèle du volet %1&#xa0;: détails</translation>
    </message>
    <message>
        <source>The answer streams here when you run the prompt (Ctrl+Enter).</source>
        <translation>La réponse s&apos;affiche ici au fur et à mesure lorsque vous exécutez le prompt (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suite&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 (attempt %3)</source>
        <translation>%1 — nouvelle tentative dans %2 (tentative %3)</translation>
    </message>
    <message>
        <source>Thinking · ~%1 tokens</source>
        <translation>Réflexion · ~%1 tokens</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>The answer above is incomplete.</source>
        <translation>La réponse ci-dessus est incomplète.</translation>
    </message>
</context>
<context>
    <name>maas::ResponseView</name>
    <message>
        <source>Copy code block</source>
        <translation>Copier le bloc de code</translation>
    </message>
</context>
<context>
    <name>maas::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>my-project-id</source>
        <translation>mon-id-de-projet</translation>
    </message>
    <message>
        <source>The Google Cloud project that is billed and whose quota is used</source>
        <translation>Le projet Google Cloud facturé et dont le quota est utilisé</translation>
    </message>
    <message>
        <source>Default location for new panes: global, a multi-region (us, eu) or a region</source>
        <translation>Emplacement par défaut des nouveaux volets&#xa0;: global, une multirégion (us, eu) ou une région</translation>
    </message>
    <message>
        <source>Empty: Google&apos;s endpoints. Or e.g. http://127.0.0.1:8080/v1</source>
        <translation>Vide&#xa0;: points de terminaison de Google. Ou par ex. http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>Base URL including /v1, for the local emulator, a proxy or a private endpoint</source>
        <translation>URL de base avec /v1, pour l&apos;émulateur local, un proxy ou un point de terminaison privé</translation>
    </message>
    <message>
        <source>gcloud CLI login (gcloud auth print-access-token)</source>
        <translation>Connexion via la gcloud CLI (gcloud auth print-access-token)</translation>
    </message>
    <message>
        <source>Application Default Credentials file</source>
        <translation>Fichier Application Default Credentials</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>Fichier de clé de compte de service</translation>
    </message>
    <message>
        <source>Metadata server (GCE, GKE, Cloud Run)</source>
        <translation>Serveur de métadonnées (GCE, GKE, Cloud Run)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Jeton d&apos;accès collé</translation>
    </message>
    <message>
        <source>Path of the JSON key or ADC file</source>
        <translation>Chemin de la clé JSON ou du fichier ADC</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Longest silence allowed on a stream; thinking models can pause for minutes</source>
        <translation>Silence maximal autorisé sur un flux&#xa0;; les modèles qui raisonnent peuvent s&apos;interrompre plusieurs minutes</translation>
    </message>
    <message>
        <source>Retries of rate-limited or overloaded requests before the first token</source>
        <translation>Nouvelles tentatives des requêtes refusées (limite de débit ou surcharge) avant le premier token</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Superposés</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID du &amp;projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Default location:</source>
        <translation>Emplacement par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>Point de &amp;terminaison personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>Credential &amp;file:</source>
        <translation>&amp;Fichier d&apos;identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>Requests and layout</source>
        <translation>Requêtes et disposition</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>Dé&amp;lai d&apos;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Nouvelles tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Pane &amp;layout:</source>
        <translation>Di&amp;sposition des volets&#xa0;:</translation>
    </message>
    <message>
        <source>Add your own models or OpenAI-compatible servers in %1 (format: docs/catalog-format.md).</source>
        <translation>Ajoutez vos propres modèles ou serveurs compatibles OpenAI dans %1 (format&#xa0;: docs/catalog-format.md).</translation>
    </message>
    <message>
        <source>Project ID: 6 to 30 lowercase letters, digits or hyphens, starting with a letter (the ID, not the display name or number).</source>
        <translation>ID du projet&#xa0;: 6 à 30 lettres minuscules, chiffres ou traits d&apos;union, en commençant par une lettre (l&apos;ID, et non le nom à afficher ni le numéro).</translation>
    </message>
    <message>
        <source>Location: use global, us, eu or a region such as us-east5.</source>
        <translation>Emplacement&#xa0;: utilisez global, us, eu ou une région comme us-east5.</translation>
    </message>
    <message>
        <source>Endpoint override: %1.</source>
        <translation>Point de terminaison personnalisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Credential file: a service account key needs the path of its JSON file.</source>
        <translation>Fichier d&apos;identifiants&#xa0;: une clé de compte de service nécessite le chemin de son fichier JSON.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try prompts on Vertex AI Model Garden models and compare them side by side.</source>
        <translation>Testez des prompts sur les modèles de Vertex AI Model Garden et comparez-les côte à côte.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after it has painted, print its path and quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre une fois affichée, écrire son chemin et quitter.</translation>
    </message>
    <message>
        <source>Use this INI file for settings instead of the user&apos;s.</source>
        <translation>Utiliser ce fichier INI pour les paramètres au lieu de celui de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Use this file as the user catalog (default: %1).</source>
        <translation>Utiliser ce fichier comme catalogue utilisateur (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Offline demo: answers come from the built-in emulator.</source>
        <translation>Démo hors ligne&#xa0;: les réponses proviennent de l&apos;émulateur intégré.</translation>
    </message>
    <message>
        <source>Run the prompt once the window is shown.</source>
        <translation>Exécuter le prompt une fois la fenêtre affichée.</translation>
    </message>
    <message>
        <source>Start with this prompt.</source>
        <translation>Démarrer avec ce prompt.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Utiliser une palette sombre.</translation>
    </message>
    <message>
        <source>Offline demo: simulated answers</source>
        <translation>Démo hors ligne&#xa0;: réponses simulées</translation>
    </message>
    <message>
        <source>Vertex AI · MAAS_ACCESS_TOKEN</source>
        <translation>Vertex AI · MAAS_ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Point de terminaison %1</translation>
    </message>
    <message>
        <source>Vertex AI · %1</source>
        <translation>Vertex AI · %1</translation>
    </message>
</context>
</TS>
