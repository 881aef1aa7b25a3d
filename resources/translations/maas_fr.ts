<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ModelDetails</name>
    <message>
        <source> Use %1 instead.</source>
        <translation> Utilisez plutôt %1.</translation>
    </message>
    <message>
        <source>Retired on %1: requests to this model fail.</source>
        <translation>Retiré le %1 : les requêtes vers ce modèle échouent.</translation>
    </message>
    <message>
        <source>Deprecated since %1; retires on %2.</source>
        <translation>Obsolète depuis le %1 ; retrait le %2.</translation>
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
        <translation>Provient de votre catalogue : %1</translation>
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
        <translation>Certaines entrées du catalogue ont été ignorées ; corrigez-les et redémarrez :</translation>
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
            <numerusform>Projet : %1  ·  Emplacement par défaut : %2  ·  Point de terminaison : %3  ·  %n modèle dans le catalogue</numerusform>
            <numerusform>Projet : %1  ·  Emplacement par défaut : %2  ·  Point de terminaison : %3  ·  %n modèles dans le catalogue</numerusform>
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
</context>
<context>
    <name>maas::PromptEditor</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>System prompt (optional): the role and rules every model gets</source>
        <translation>Prompt système (facultatif) : le rôle et les règles donnés à chaque modèle</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
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
        <source>The answer streams here when you run the prompt.</source>
        <translation>La réponse s&apos;affiche ici en continu à l&apos;exécution du prompt.</translation>
    </message>
    <message>
        <source>Pick a model for this pane.</source>
        <translation>Choisissez un modèle pour ce volet.</translation>
    </message>
    <message>
        <source>The catalog does not list %1 at %2 (it lists: %3). The request is still sent; the server decides.</source>
        <translation>Le catalogue n&apos;indique pas %1 à l&apos;emplacement %2 (emplacements indiqués : %3). La requête est tout de même envoyée ; le serveur décide.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; it is sent as the exact model id.</source>
        <translation>%1 ne figure pas dans le catalogue ; il est envoyé tel quel comme ID de modèle.</translation>
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
        <translation>Emplacement par défaut des nouveaux volets : global, une multirégion (us, eu) ou une région</translation>
    </message>
    <message>
        <source>Empty: Google&apos;s endpoints. Or e.g. http://127.0.0.1:8080/v1</source>
        <translation>Vide : points de terminaison de Google. Ou par ex. http://127.0.0.1:8080/v1</translation>
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
        <translation>Silence maximal autorisé sur un flux ; les modèles qui raisonnent peuvent s&apos;interrompre plusieurs minutes</translation>
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
        <translation>ID du &amp;projet :</translation>
    </message>
    <message>
        <source>&amp;Default location:</source>
        <translation>Emplacement par &amp;défaut :</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>Point de &amp;terminaison personnalisé :</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Identifiants :</translation>
    </message>
    <message>
        <source>Credential &amp;file:</source>
        <translation>&amp;Fichier d&apos;identifiants :</translation>
    </message>
    <message>
        <source>Requests and layout</source>
        <translation>Requêtes et disposition</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>Dé&amp;lai d&apos;inactivité :</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Nouvelles tentatives :</translation>
    </message>
    <message>
        <source>Pane &amp;layout:</source>
        <translation>Di&amp;sposition des volets :</translation>
    </message>
    <message>
        <source>Add your own models or OpenAI-compatible servers in %1 (format: docs/catalog-format.md).</source>
        <translation>Ajoutez vos propres modèles ou serveurs compatibles OpenAI dans %1 (format : docs/catalog-format.md).</translation>
    </message>
    <message>
        <source>Project ID: 6 to 30 lowercase letters, digits or hyphens, starting with a letter (the ID, not the display name or number).</source>
        <translation>ID du projet : 6 à 30 lettres minuscules, chiffres ou traits d&apos;union, en commençant par une lettre (l&apos;ID, et non le nom à afficher ni le numéro).</translation>
    </message>
    <message>
        <source>Location: use global, us, eu or a region such as us-east5.</source>
        <translation>Emplacement : utilisez global, us, eu ou une région comme us-east5.</translation>
    </message>
    <message>
        <source>Endpoint override: %1.</source>
        <translation>Point de terminaison personnalisé : %1.</translation>
    </message>
    <message>
        <source>Credential file: a service account key needs the path of its JSON file.</source>
        <translation>Fichier d&apos;identifiants : une clé de compte de service nécessite le chemin de son fichier JSON.</translation>
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
        <translation>Utiliser ce fichier comme catalogue utilisateur (par défaut : %1).</translation>
    </message>
</context>
</TS>
