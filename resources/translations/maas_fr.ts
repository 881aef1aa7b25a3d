<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AdcSource</name>
    <message>
        <source>No Application Default Credentials: %1 is not set and %2 does not exist. Run `%3`.</source>
        <translation>Aucune Application Default Credentials&#xa0;: %1 n&apos;est pas définie et %2 n&apos;existe pas. Exécutez `%3`.</translation>
    </message>
    <message>
        <source>%1 names %2, which does not exist. Fix or unset the variable.</source>
        <translation>%1 désigne %2, qui n&apos;existe pas. Corrigez la variable ou supprimez-la.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot; credentials, which MaaS Playground does not support yet. Use `%3` (%4) or a service account key file.</source>
        <translation>%1 contient des identifiants «&#xa0;%2&#xa0;», que MaaS Playground ne prend pas encore en charge. Utilisez `%3` (%4) ou un fichier de clé de compte de service.</translation>
    </message>
</context>
<context>
    <name>AuthorizedUserSource</name>
    <message>
        <source>Your Google session needs a fresh sign-in (your organisation&apos;s re-authentication policy: %1). Run `%2`, then try again.</source>
        <translation>Votre session Google doit être rouverte (règle de réauthentification de votre organisation&#xa0;: %1). Exécutez `%2`, puis réessayez.</translation>
    </message>
    <message>
        <source>Your Application Default Credentials have expired or were revoked (%1). Run `%2`, then try again.</source>
        <translation>Vos Application Default Credentials ont expiré ou ont été révoqués (%1). Exécutez `%2`, puis réessayez.</translation>
    </message>
    <message>
        <source>The token endpoint does not accept the OAuth client in %1 (%2). Run `%3` to write fresh credentials.</source>
        <translation>Le point de terminaison de jetons n&apos;accepte pas le client OAuth de %1 (%2). Exécutez `%3` pour écrire de nouveaux identifiants.</translation>
    </message>
    <message>
        <source>The token endpoint refused to refresh your Application Default Credentials (%1).</source>
        <translation>Le point de terminaison de jetons a refusé d&apos;actualiser vos Application Default Credentials (%1).</translation>
    </message>
    <message>
        <source>Cannot refresh your Application Default Credentials: %1.</source>
        <translation>Impossible d&apos;actualiser vos Application Default Credentials&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>AutomaticSource</name>
    <message>
        <source>No Google Cloud credentials found. Run `%1` (or `%2`), or set %3. Tried: %4</source>
        <translation>Aucun identifiant Google Cloud trouvé. Exécutez `%1` (ou `%2`), ou définissez %3. Essayé&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>CredentialFile</name>
    <message>
        <source>token_uri %1 is not Google&apos;s token endpoint (%2); MaaS Playground refuses to send credentials anywhere else</source>
        <translation>token_uri %1 n&apos;est pas le point de terminaison de jetons de Google (%2)&#xa0;; MaaS Playground refuse d&apos;envoyer des identifiants ailleurs</translation>
    </message>
    <message>
        <source>Cannot read the credential file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: expected a JSON credential file</source>
        <translation>%1 est vide&#xa0;: un fichier d&apos;identifiants JSON est attendu</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2 at offset %3): expected the JSON credential file downloaded from the Google Cloud console or written by gcloud</source>
        <translation>%1 n&apos;est pas du JSON (%2 à la position %3)&#xa0;: le fichier d&apos;identifiants JSON téléchargé depuis la console Google Cloud ou écrit par gcloud est attendu</translation>
    </message>
    <message>
        <source>%1 is JSON but not a credential file: expected an object with a &quot;type&quot; field</source>
        <translation>%1 est du JSON mais pas un fichier d&apos;identifiants&#xa0;: un objet avec un champ &quot;type&quot; est attendu</translation>
    </message>
    <message>
        <source>%1 has no &quot;type&quot; field: expected &quot;service_account&quot; or &quot;authorized_user&quot;</source>
        <translation>%1 n&apos;a pas de champ &quot;type&quot;&#xa0;: &quot;service_account&quot; ou &quot;authorized_user&quot; est attendu</translation>
    </message>
    <message>
        <source>%1 is a %2 credential, not a service account key (a key file has %3)</source>
        <translation>%1 est un identifiant %2, pas une clé de compte de service (un fichier de clé contient %3)</translation>
    </message>
    <message>
        <source>%1 has no &quot;private_key&quot;: it is not a complete service account key. Create a new JSON key for the service account in the Google Cloud console</source>
        <translation>%1 n&apos;a pas de &quot;private_key&quot;&#xa0;: ce n&apos;est pas une clé de compte de service complète. Créez une nouvelle clé JSON pour le compte de service dans la console Google Cloud</translation>
    </message>
    <message>
        <source>%1 has no &quot;client_email&quot;: the service account it belongs to is unknown. Create a new JSON key in the Google Cloud console</source>
        <translation>%1 n&apos;a pas de &quot;client_email&quot;&#xa0;: le compte de service auquel il appartient est inconnu. Créez une nouvelle clé JSON dans la console Google Cloud</translation>
    </message>
    <message>
        <source>The &quot;private_key&quot; in %1 is not a PEM private key OpenSSL can read (%2). The file may be damaged or edited; create a new JSON key</source>
        <translation>La &quot;private_key&quot; de %1 n&apos;est pas une clé privée PEM lisible par OpenSSL (%2). Le fichier est peut-être endommagé ou modifié&#xa0;; créez une nouvelle clé JSON</translation>
    </message>
    <message>
        <source>%1 is a %2 credential, not user credentials from `%3` (%4)</source>
        <translation>%1 est un identifiant %2, pas des identifiants utilisateur écrits par `%3` (%4)</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;: run `%3` to write complete credentials</source>
        <translation>%1 n&apos;a pas de &quot;%2&quot;&#xa0;: exécutez `%3` pour écrire des identifiants complets</translation>
    </message>
</context>
<context>
    <name>ErrorTranslator</name>
    <message>
        <source>The catalog says %1 was retired on %2; use %3 instead.</source>
        <translation>Le catalogue indique que %1 a été retiré le %2&#xa0;; utilisez %3 à la place.</translation>
    </message>
    <message>
        <source>The catalog says %1 was retired on %2.</source>
        <translation>Le catalogue indique que %1 a été retiré le %2.</translation>
    </message>
    <message>
        <source>The catalog does not know where %1 is served; check the model id and its Model Garden card.</source>
        <translation>Le catalogue ne sait pas où %1 est servi&#xa0;; vérifiez l&apos;identifiant du modèle et sa fiche Model Garden.</translation>
    </message>
    <message>
        <source>The catalog lists %1 at: %2. Pick one of those locations for this pane.</source>
        <translation>Le catalogue indique %1 aux emplacements&#xa0;: %2. Choisissez l&apos;un de ces emplacements pour ce volet.</translation>
    </message>
    <message>
        <source>Request rejected (HTTP %1)</source>
        <translation>Requête refusée (HTTP %1)</translation>
    </message>
    <message>
        <source>The network returned a web page instead of the API (HTTP %1)</source>
        <translation>Le réseau a renvoyé une page web au lieu de l&apos;API (HTTP %1)</translation>
    </message>
    <message>
        <source>A proxy, gateway or captive portal answered.</source>
        <translation>Un proxy, une passerelle ou un portail captif a répondu.</translation>
    </message>
    <message>
        <source>Sign in to the network or check the proxy settings, then retry.</source>
        <translation>Connectez-vous au réseau ou vérifiez les paramètres du proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Identifiants refusés</translation>
    </message>
    <message>
        <source>Vertex AI needs an OAuth access token, not an API key: use %1 or a service-account key.</source>
        <translation>Vertex AI exige un jeton d&apos;accès OAuth, pas une clé API&#xa0;: utilisez %1 ou une clé de compte de service.</translation>
    </message>
    <message>
        <source>The access token is missing, invalid or expired. Sign in again (%1, or %2) or refresh the token, then retry.</source>
        <translation>Le jeton d&apos;accès est absent, non valide ou expiré. Reconnectez-vous (%1, ou %2) ou actualisez le jeton, puis réessayez.</translation>
    </message>
    <message>
        <source>The %1 endpoint is blocked by an organization policy</source>
        <translation>Le point de terminaison %1 est bloqué par une règle d&apos;administration</translation>
    </message>
    <message>
        <source>Pick a regional location for this pane (%1), or ask an organization policy administrator to allow this endpoint in %2.</source>
        <translation>Choisissez un emplacement régional pour ce volet (%1), ou demandez à un administrateur des règles d&apos;administration d&apos;autoriser ce point de terminaison dans %2.</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>%1 is not available at %2</source>
        <translation>%1 n&apos;est pas disponible à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>%1 is not enabled for project %2</source>
        <translation>%1 n&apos;est pas activé pour le projet %2</translation>
    </message>
    <message>
        <source>Enable the model on its Model Garden card (Agree/Enable). That needs the Consumer Procurement Entitlement Manager role: %1. The organization policy must also allow %2.</source>
        <translation>Activez le modèle sur sa fiche Model Garden (Accepter/Activer). Il faut pour cela le rôle Gestionnaire des droits d&apos;accès aux achats des consommateurs&#xa0;: %1. La règle d&apos;administration doit aussi autoriser %2.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Autorisation refusée</translation>
    </message>
    <message>
        <source>The caller lacks %1 on project %2. Ask an administrator for the Vertex AI User role: %3</source>
        <translation>Il manque à l&apos;appelant %1 sur le projet %2. Demandez à un administrateur le rôle Utilisateur Vertex AI&#xa0;: %3</translation>
    </message>
    <message>
        <source>Enable the Vertex AI API: %1</source>
        <translation>Activez l&apos;API Vertex AI&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the project id and that your account has the Vertex AI User role: %1</source>
        <translation>Vérifiez l&apos;identifiant du projet et que votre compte a le rôle Utilisateur Vertex AI&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also check that the model id is exact (version suffix included).</source>
        <translation>Vérifiez aussi que l&apos;identifiant du modèle est exact (suffixe de version compris).</translation>
    </message>
    <message>
        <source>Quota exhausted for %1</source>
        <translation>Quota épuisé pour %1</translation>
    </message>
    <message>
        <source>Wait and retry, or request a quota increase for project %1 in the Cloud console (IAM &amp; Admin ▸ Quotas). Another location may have its own quota.</source>
        <translation>Attendez et réessayez, ou demandez une augmentation de quota pour le projet %1 dans la console Cloud (IAM et administration ▸ Quotas). Un autre emplacement peut avoir son propre quota.</translation>
    </message>
    <message>
        <source>%1 is overloaded</source>
        <translation>%1 est surchargé</translation>
    </message>
    <message>
        <source>The service is busy; retry in a moment or pick another location.</source>
        <translation>Le service est occupé&#xa0;; réessayez dans un instant ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>A temporary problem on the server side; retry. If it persists, try another location.</source>
        <translation>Un problème temporaire côté serveur&#xa0;; réessayez. S&apos;il persiste, essayez un autre emplacement.</translation>
    </message>
    <message>
        <source>The request timed out on the server</source>
        <translation>La requête a expiré sur le serveur</translation>
    </message>
    <message>
        <source>Retry; shorter prompts or a lower max output help.</source>
        <translation>Réessayez&#xa0;; des prompts plus courts ou une sortie maximale plus basse aident.</translation>
    </message>
    <message>
        <source>The server refused the request as sent: check the parameters (max tokens within the model&apos;s limit, a thinking budget of at least 1,024 and below max tokens, supported options for this model).</source>
        <translation>Le serveur a refusé la requête telle qu&apos;envoyée&#xa0;: vérifiez les paramètres (nombre maximal de jetons dans la limite du modèle, budget de réflexion d&apos;au moins 1&#xa0;024 et inférieur au nombre maximal de jetons, options prises en charge par ce modèle).</translation>
    </message>
    <message>
        <source>HTTP %1 with no message</source>
        <translation>HTTP %1 sans message</translation>
    </message>
    <message>
        <source>The stream from %1 could not be read</source>
        <translation>Le flux de %1 est illisible</translation>
    </message>
    <message>
        <source>The answer so far is kept. Retry; if it happens again, report it with the model and time.</source>
        <translation>La réponse reçue jusqu&apos;ici est conservée. Réessayez&#xa0;; si cela se reproduit, signalez-le avec le modèle et l&apos;heure.</translation>
    </message>
    <message>
        <source>%1 stopped with an error</source>
        <translation>%1 s&apos;est arrêté sur une erreur</translation>
    </message>
    <message>
        <source>Cannot resolve the API host</source>
        <translation>Impossible de résoudre le nom de l&apos;hôte de l&apos;API</translation>
    </message>
    <message>
        <source>You seem to be offline, or DNS/VPN blocks the name. Check the connection and retry.</source>
        <translation>Vous semblez hors ligne, ou le DNS ou le VPN bloque le nom. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address: check the endpoint override, proxy or firewall.</source>
        <translation>Rien n&apos;accepte de connexion à cette adresse&#xa0;: vérifiez le point de terminaison personnalisé, le proxy ou le pare-feu.</translation>
    </message>
    <message>
        <source>Secure connection failed (TLS)</source>
        <translation>Échec de la connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>The certificate was not trusted. A corporate proxy may need its CA installed, or the system clock is wrong. The app never ignores certificate errors.</source>
        <translation>Le certificat n&apos;est pas reconnu comme fiable. Un proxy d&apos;entreprise peut exiger l&apos;installation de son autorité de certification, ou l&apos;horloge du système est fausse. L&apos;application n&apos;ignore jamais les erreurs de certificat.</translation>
    </message>
    <message>
        <source>The stream went silent</source>
        <translation>Le flux est devenu muet</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Aucune réponse du serveur</translation>
    </message>
    <message>
        <source>No data arrived within the idle timeout. Retry, or raise the idle timeout in Settings for slow thinking models.</source>
        <translation>Aucune donnée n&apos;est arrivée dans le délai d&apos;inactivité. Réessayez, ou augmentez le délai d&apos;inactivité dans Outils ▸ Paramètres pour les modèles de réflexion lents.</translation>
    </message>
    <message>
        <source>Connection lost after %1 characters</source>
        <translation>Connexion perdue après %1 caractères</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The answer so far is kept. Retry to generate a new answer.</source>
        <translation>La réponse reçue jusqu&apos;ici est conservée. Réessayez pour générer une nouvelle réponse.</translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation>Erreur de proxy</translation>
    </message>
    <message>
        <source>Check the system proxy settings and credentials.</source>
        <translation>Vérifiez les paramètres et les identifiants du proxy système.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Check the connection and retry.</source>
        <translation>Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The answer from %1 ended unexpectedly</source>
        <translation>La réponse de %1 s&apos;est terminée de façon inattendue</translation>
    </message>
    <message>
        <source>The stream closed after %1 characters without its end marker.</source>
        <translation>Le flux s&apos;est fermé après %1 caractères sans son marqueur de fin.</translation>
    </message>
    <message>
        <source>The answer so far is kept and marked incomplete. Retry to generate a new one.</source>
        <translation>La réponse reçue jusqu&apos;ici est conservée et marquée incomplète. Réessayez pour en générer une nouvelle.</translation>
    </message>
</context>
<context>
    <name>GcloudSource</name>
    <message>
        <source>gcloud is not installed or not on PATH (could not start &quot;%1&quot;). Install the Google Cloud CLI and run `%2`, or choose another credential source.</source>
        <translation>gcloud n&apos;est pas installé ou n&apos;est pas dans le PATH (impossible de lancer «&#xa0;%1&#xa0;»). Installez Google Cloud CLI et exécutez `%2`, ou choisissez une autre source d&apos;identifiants.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (is it waiting for the network or a prompt?). Run it in a terminal to see why.</source>
        <translation>%1 n&apos;a pas répondu en %2 s (attend-il le réseau ou une saisie&#xa0;?). Exécutez-le dans un terminal pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>%1 failed (%2)%3. Run `%4` (and check `%5`).</source>
        <translation>%1 a échoué (%2)%3. Exécutez `%4` (et vérifiez `%5`).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <source>%1 printed no token. Run `%2`.</source>
        <translation>%1 n&apos;a affiché aucun jeton. Exécutez `%2`.</translation>
    </message>
</context>
<context>
    <name>MetadataSource</name>
    <message>
        <source>no metadata server answered at %1 within %2 s (not running on Google Cloud?)</source>
        <translation>aucun serveur de métadonnées n&apos;a répondu à %1 en %2 s (pas d&apos;exécution sur Google Cloud&#xa0;?)</translation>
    </message>
    <message>
        <source>no metadata server at %1 (%2; not running on Google Cloud?)</source>
        <translation>aucun serveur de métadonnées à %1 (%2&#xa0;; pas d&apos;exécution sur Google Cloud&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 answered without the %2 header, so it is not a Google metadata server (a proxy or another service on that address?)</source>
        <translation>%1 a répondu sans l&apos;en-tête %2, ce n&apos;est donc pas un serveur de métadonnées Google (un proxy ou un autre service à cette adresse&#xa0;?)</translation>
    </message>
    <message>
        <source>the metadata server at %1 answered HTTP %2</source>
        <translation>le serveur de métadonnées à %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>Cannot get a token from the metadata server: %1.</source>
        <translation>Impossible d&apos;obtenir un jeton du serveur de métadonnées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The metadata server&apos;s token answer is unusable: %1.</source>
        <translation>La réponse du serveur de métadonnées pour le jeton est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot read the project id from the metadata server: %1.</source>
        <translation>Impossible de lire l&apos;identifiant du projet depuis le serveur de métadonnées&#xa0;: %1.</translation>
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
    <name>PastedTokenSource</name>
    <message>
        <source>the secret store holding the pasted token is gone</source>
        <translation>le magasin de secrets qui contenait le jeton collé n&apos;existe plus</translation>
    </message>
    <message>
        <source>cannot read the pasted access token: %1</source>
        <translation>impossible de lire le jeton d&apos;accès collé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no access token has been pasted: paste one in Tools ▸ Settings (the output of `%1`), or choose another credential source</source>
        <translation>aucun jeton d&apos;accès n&apos;a été collé&#xa0;: collez-en un dans Outils ▸ Paramètres (la sortie de `%1`), ou choisissez une autre source d&apos;identifiants</translation>
    </message>
    <message>
        <source>the server rejected the pasted access token, and a pasted token cannot be refreshed: paste a new one (`%1`) or choose a source that refreshes itself</source>
        <translation>le serveur a refusé le jeton d&apos;accès collé, et un jeton collé ne peut pas être actualisé&#xa0;: collez-en un nouveau (`%1`) ou choisissez une source qui s&apos;actualise d&apos;elle-même</translation>
    </message>
    <message>
        <source>the pasted access token expired at %1 (a pasted token cannot be refreshed): paste a new one (`%2`)</source>
        <translation>le jeton d&apos;accès collé a expiré à %1 (un jeton collé ne peut pas être actualisé)&#xa0;: collez-en un nouveau (`%2`)</translation>
    </message>
</context>
<context>
    <name>ServiceAccountSource</name>
    <message>
        <source>Cannot sign the token request for %1: %2</source>
        <translation>Impossible de signer la demande de jeton pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token endpoint refused the signed request of %1 (%2). Check that this computer&apos;s clock is right.</source>
        <translation>Le point de terminaison de jetons a refusé la demande signée de %1 (%2). Vérifiez que l&apos;horloge de cet ordinateur est à l&apos;heure.</translation>
    </message>
    <message>
        <source>The token endpoint refused the key of %1 (%2). The key may have been deleted or disabled, or the service account removed: create a new key, or prefer `%3`.</source>
        <translation>Le point de terminaison de jetons a refusé la clé de %1 (%2). La clé a peut-être été supprimée ou désactivée, ou le compte de service supprimé&#xa0;: créez une nouvelle clé, ou préférez `%3`.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request of %1 (%2).</source>
        <translation>Le point de terminaison de jetons a refusé la demande de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot get an access token for %1: %2.</source>
        <translation>Impossible d&apos;obtenir un jeton d&apos;accès pour %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsChecks</name>
    <message>
        <source>%1: &apos;%2&apos; looks like a project number; enter the project ID (for example my-project-123), shown in the console&apos;s project picker.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ressemble à un numéro de projet&#xa0;; saisissez l&apos;ID du projet (par exemple my-project-123), affiché dans le sélecteur de projet de la console.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; looks like a display name; enter the project ID instead (lowercase, no spaces, for example my-project-123), shown in the console&apos;s project picker.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ressemble à un nom à afficher&#xa0;; saisissez plutôt l&apos;ID du projet (en minuscules, sans espaces, par exemple my-project-123), affiché dans le sélecteur de projet de la console.</translation>
    </message>
    <message>
        <source>%1: project IDs are lowercase; did you mean &apos;%2&apos;?</source>
        <translation>%1&#xa0;: les ID de projet sont en minuscules&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not allowed; a project ID holds only lowercase letters, digits and hyphens.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas autorisé&#xa0;; un ID de projet ne contient que des lettres minuscules, des chiffres et des traits d&apos;union.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has %3 characters; a project ID has 6 to 30.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» compte %3 caractères&#xa0;; un ID de projet en compte de 6 à 30.</translation>
    </message>
    <message>
        <source>%1: a project ID starts with a letter.</source>
        <translation>%1&#xa0;: un ID de projet commence par une lettre.</translation>
    </message>
    <message>
        <source>%1: a project ID cannot end with a hyphen.</source>
        <translation>%1&#xa0;: un ID de projet ne peut pas se terminer par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>Access token: it contains spaces or line breaks; paste only the output of gcloud auth print-access-token.</source>
        <translation>Jeton d&apos;accès&#xa0;: il contient des espaces ou des sauts de ligne&#xa0;; collez uniquement la sortie de gcloud auth print-access-token.</translation>
    </message>
    <message numerus="yes">
        <source>Access token: %n character(s) is too short for a Google access token; paste the whole output of gcloud auth print-access-token.</source>
        <translation>
            <numerusform>Jeton d&apos;accès&#xa0;: %n caractère, c&apos;est trop court pour un jeton d&apos;accès Google&#xa0;; collez toute la sortie de gcloud auth print-access-token.</numerusform>
            <numerusform>Jeton d&apos;accès&#xa0;: %n caractères, c&apos;est trop court pour un jeton d&apos;accès Google&#xa0;; collez toute la sortie de gcloud auth print-access-token.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not in the catalog, so where it is served is unknown</source>
        <translation>%1&#xa0;: absent du catalogue, on ne sait donc pas où il est disponible</translation>
    </message>
    <message>
        <source>%1: your own server (%2); the location does not apply</source>
        <translation>%1&#xa0;: votre propre serveur (%2)&#xa0;; l&apos;emplacement ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;✗ %1: not served at %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;(served at: %3)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;✗ %1&#xa0;: non disponible à %2&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;(disponible à&#xa0;: %3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>Checking the credentials…</source>
        <translation>Vérification des identifiants…</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Token obtained (the source does not say for whom)</source>
        <translation>Jeton obtenu (la source n&apos;indique pas pour qui)</translation>
    </message>
    <message>
        <source>Authenticated as %1</source>
        <translation>Authentifié en tant que %1</translation>
    </message>
    <message>
        <source>%1; the source does not say when the token expires.</source>
        <translation>%1&#xa0;; la source n&apos;indique pas quand le jeton expire.</translation>
    </message>
    <message numerus="yes">
        <source>%1, token valid for %n more min only: a pasted token cannot be refreshed, paste a new one (gcloud auth print-access-token).</source>
        <translation>
            <numerusform>%1, jeton valable encore %n min seulement&#xa0;: un jeton collé ne peut pas être actualisé, collez-en un nouveau (gcloud auth print-access-token).</numerusform>
            <numerusform>%1, jeton valable encore %n min seulement&#xa0;: un jeton collé ne peut pas être actualisé, collez-en un nouveau (gcloud auth print-access-token).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, token valid for %n min</source>
        <translation>
            <numerusform>%1, jeton valable %n min</numerusform>
            <numerusform>%1, jeton valable %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · checking…</source>
        <translation>%1 · vérification…</translation>
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
            <numerusform>expire dans %n min</numerusform>
            <numerusform>expire dans %n min</numerusform>
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
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>Metadata server</source>
        <translation>Serveur de métadonnées</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Jeton collé</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Remarque&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>TokenCache</name>
    <message>
        <source>The server rejected the access token, and the credential source returned the same token again. Sign in again (`%1` or `%2`) or choose another credential source.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès, et la source d&apos;identifiants a renvoyé le même jeton. Reconnectez-vous (`%1` ou `%2`) ou choisissez une autre source d&apos;identifiants.</translation>
    </message>
    <message>
        <source>The credential source returned an empty token.</source>
        <translation>La source d&apos;identifiants a renvoyé un jeton vide.</translation>
    </message>
</context>
<context>
    <name>UserCatalogFile</name>
    <message>
        <source>Cannot read %1 (%2); nothing was changed.</source>
        <translation>Impossible de lire %1 (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON at column %3 (%4). The file was left as it is: fix it (or move it away) and try again.</source>
        <translation>%1:%2&#xa0;: JSON non valide à la colonne %3 (%4). Le fichier n&apos;a pas été modifié&#xa0;: corrigez-le (ou déplacez-le) et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a catalog (a JSON object with a &quot;models&quot; array). The file was left as it is: fix it (or move it away) and try again.</source>
        <translation>%1 n&apos;est pas un catalogue (un objet JSON avec un tableau &quot;models&quot;). Le fichier n&apos;a pas été modifié&#xa0;: corrigez-le (ou déplacez-le) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); nothing was changed.</source>
        <translation>Impossible d&apos;écrire %1 (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 already has a model with the id &quot;%2&quot;; choose another id.</source>
        <translation>%1 contient déjà un modèle avec l&apos;ID &quot;%2&quot;&#xa0;; choisissez un autre ID.</translation>
    </message>
    <message>
        <source>%1 has no model with the id &quot;%2&quot;; nothing was removed.</source>
        <translation>%1 ne contient aucun modèle avec l&apos;ID &quot;%2&quot;&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
</context>
<context>
    <name>maas::AccessDoctor</name>
    <message>
        <source>Sign in again for Application Default Credentials</source>
        <translation>Reconnectez-vous pour les identifiants par défaut de l&apos;application</translation>
    </message>
    <message>
        <source>Or sign in the gcloud CLI (the &quot;gcloud CLI login&quot; source)</source>
        <translation>Ou connectez la gcloud CLI (la source «&#xa0;Connexion via la gcloud CLI&#xa0;»)</translation>
    </message>
    <message>
        <source>With a service-account key: make sure the key and the account still exist and are enabled, or create a new key</source>
        <translation>Avec une clé de compte de service&#xa0;: vérifiez que la clé et le compte existent toujours et sont activés, ou créez une nouvelle clé</translation>
    </message>
    <message>
        <source>Credentials found</source>
        <translation>Identifiants trouvés</translation>
    </message>
    <message>
        <source>Access token obtained</source>
        <translation>Jeton d&apos;accès obtenu</translation>
    </message>
    <message>
        <source>Project reachable</source>
        <translation>Projet accessible</translation>
    </message>
    <message>
        <source>Caller holds aiplatform.endpoints.predict</source>
        <translation>L&apos;appelant dispose de aiplatform.endpoints.predict</translation>
    </message>
    <message>
        <source>Model enabled and served at the location</source>
        <translation>Modèle activé et disponible à l&apos;emplacement</translation>
    </message>
    <message>
        <source>Global endpoint allowed by organization policy</source>
        <translation>Point de terminaison global autorisé par la règle d&apos;administration</translation>
    </message>
    <message>
        <source>the app&apos;s credential source</source>
        <translation>la source d&apos;identifiants de l&apos;application</translation>
    </message>
    <message>
        <source>Create Application Default Credentials with your Google account</source>
        <translation>Créez des identifiants par défaut de l&apos;application avec votre compte Google</translation>
    </message>
    <message>
        <source>Or use a service-account key file (or pick one in Tools ▸ Settings)</source>
        <translation>Ou utilisez un fichier de clé de compte de service (ou choisissez-en un dans Outils ▸ Paramètres)</translation>
    </message>
    <message>
        <source>No credentials were found.</source>
        <translation>Aucun identifiant trouvé.</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>Utilisation de %1</translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation>Aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>A token was obtained; neither its source nor tokeninfo say whose it is</source>
        <translation>Un jeton a été obtenu&#xa0;; ni sa source ni tokeninfo n&apos;indiquent à qui il appartient</translation>
    </message>
    <message>
        <source>Authenticates as %1</source>
        <translation>Authentifié en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>, valid for %n more minute(s)</source>
        <translation>
            <numerusform>, valable encore %n minute</numerusform>
            <numerusform>, valable encore %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>List the ids of the projects you can use</source>
        <translation>Lister les ID des projets que vous pouvez utiliser</translation>
    </message>
    <message>
        <source>No valid project.</source>
        <translation>Aucun projet valide.</translation>
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation>Le serveur a refusé le jeton d&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The access token was rejected.</source>
        <translation>Le jeton d&apos;accès a été refusé.</translation>
    </message>
    <message>
        <source>Project %1 is %2, not ACTIVE.</source>
        <translation>Le projet %1 est à l&apos;état %2, et non ACTIVE.</translation>
    </message>
    <message>
        <source>Restore it within 30 days of its deletion</source>
        <translation>Restaurez-le dans les 30 jours suivant sa suppression</translation>
    </message>
    <message>
        <source>The project is not active.</source>
        <translation>Le projet n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>%1 (project number %2) is active</source>
        <translation>%1 (numéro de projet %2) est actif</translation>
    </message>
    <message>
        <source>Resource Manager could not be asked: %1</source>
        <translation>Impossible d&apos;interroger Resource Manager&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enable the Cloud Resource Manager API so the project can be checked (for a service account, in the project the message names: its own project)</source>
        <translation>Activez l&apos;API Cloud Resource Manager pour que le projet puisse être vérifié (pour un compte de service, dans le projet nommé par le message&#xa0;: son propre projet)</translation>
    </message>
    <message>
        <source>Project %1 does not exist, or %2 may not see it (HTTP %3: %4).</source>
        <translation>Le projet %1 n&apos;existe pas, ou %2 ne peut pas le voir (HTTP %3&#xa0;: %4).</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>ce compte</translation>
    </message>
    <message>
        <source>Check the project id (the id, not the display name) among the projects you can see</source>
        <translation>Vérifiez l&apos;ID du projet (l&apos;ID, pas le nom à afficher) parmi les projets que vous voyez</translation>
    </message>
    <message>
        <source>If the id is right, an owner of the project must grant you access</source>
        <translation>Si l&apos;ID est correct, un propriétaire du projet doit vous accorder l&apos;accès</translation>
    </message>
    <message>
        <source>The project could not be reached.</source>
        <translation>Le projet est inaccessible.</translation>
    </message>
    <message>
        <source>The caller</source>
        <translation>L&apos;appelant</translation>
    </message>
    <message>
        <source>Enable the Cloud Resource Manager API so the permission can be tested</source>
        <translation>Activez l&apos;API Cloud Resource Manager pour que l&apos;autorisation puisse être testée</translation>
    </message>
    <message>
        <source>The permission could not be tested: %1 %2</source>
        <translation>L&apos;autorisation n&apos;a pas pu être testée&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1 holds aiplatform.endpoints.predict on %2</source>
        <translation>%1 dispose de aiplatform.endpoints.predict sur %2</translation>
    </message>
    <message>
        <source>%1 does not hold aiplatform.endpoints.predict on project %2, so every prompt is refused.</source>
        <translation>%1 ne dispose pas de aiplatform.endpoints.predict sur le projet %2&#xa0;: chaque prompt est donc refusé.</translation>
    </message>
    <message>
        <source>Grant the Vertex AI User role, which holds it (an administrator of the project runs this)</source>
        <translation>Accordez le rôle Utilisateur Vertex AI, qui la contient (un administrateur du projet exécute cette commande)</translation>
    </message>
    <message>
        <source>Without aiplatform.endpoints.predict no model answers.</source>
        <translation>Sans aiplatform.endpoints.predict, aucun modèle ne répond.</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Aucun jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>Non atteint.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither in the catalog nor an exact Vertex model id.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le catalogue et n&apos;est pas un ID de modèle Vertex exact.</translation>
    </message>
    <message>
        <source>List the models the catalog knows</source>
        <translation>Lister les modèles connus du catalogue</translation>
    </message>
    <message>
        <source>No model to check.</source>
        <translation>Aucun modèle à vérifier.</translation>
    </message>
    <message>
        <source>Pick a location the model is served at</source>
        <translation>Choisissez un emplacement où le modèle est disponible</translation>
    </message>
    <message>
        <source>No valid location.</source>
        <translation>Aucun emplacement valide.</translation>
    </message>
    <message>
        <source>The global endpoint also serves %1 for this project.</source>
        <translation>Le point de terminaison global propose aussi %1 pour ce projet.</translation>
    </message>
    <message>
        <source>An organization policy (constraints/gcp.restrictEndpointUsage) blocks the global endpoint; this pane uses %1, which is allowed.</source>
        <translation>Une règle d&apos;administration (constraints/gcp.restrictEndpointUsage) bloque le point de terminaison global&#xa0;; ce volet utilise %1, qui est autorisé.</translation>
    </message>
    <message>
        <source>See the effective policy</source>
        <translation>Voir la règle effective</translation>
    </message>
    <message>
        <source>The global endpoint did not answer: %1</source>
        <translation>Le point de terminaison global n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Switch this pane to a regional location that serves %1: %2</source>
        <translation>Passez ce volet à un emplacement régional qui propose %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Or ask an organization policy administrator to allow the global endpoint (aiplatform.googleapis.com) in constraints/gcp.restrictEndpointUsage</source>
        <translation>Ou demandez à un administrateur des règles d&apos;administration d&apos;autoriser le point de terminaison global (aiplatform.googleapis.com) dans constraints/gcp.restrictEndpointUsage</translation>
    </message>
    <message>
        <source>An organization policy blocks the global endpoint for project %1: %2</source>
        <translation>Une règle d&apos;administration bloque le point de terminaison global pour le projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The global endpoint is blocked and the catalog lists no regional location for %1.</source>
        <translation>Le point de terminaison global est bloqué et le catalogue n&apos;indique aucun emplacement régional pour %1.</translation>
    </message>
    <message>
        <source>The model did not answer at %1.</source>
        <translation>Le modèle n&apos;a pas répondu à %1.</translation>
    </message>
    <message>
        <source>%1 answered a one-token request at %2</source>
        <translation>%1 a répondu à une requête d&apos;un token à %2</translation>
    </message>
    <message>
        <source> (asked there because the global endpoint is blocked)</source>
        <translation> (interrogé là car le point de terminaison global est bloqué)</translation>
    </message>
    <message>
        <source>The global endpoint answered.</source>
        <translation>Le point de terminaison global a répondu.</translation>
    </message>
    <message>
        <source>%1 is not offered on the global endpoint; nothing to check.</source>
        <translation>%1 n&apos;est pas proposé sur le point de terminaison global&#xa0;; rien à vérifier.</translation>
    </message>
    <message>
        <source>Enable %1 on its Model Garden card (Enable or Agree); this needs the Consumer Procurement Entitlement Manager role</source>
        <translation>Activez %1 sur sa fiche Model Garden (Activer ou Accepter)&#xa0;; cela nécessite le rôle Consumer Procurement Entitlement Manager</translation>
    </message>
    <message>
        <source>Grant that role to whoever enables models</source>
        <translation>Accordez ce rôle aux personnes qui activent les modèles</translation>
    </message>
    <message>
        <source>If an organization policy restricts services, it must allow cloudcommerceconsumerprocurement.googleapis.com</source>
        <translation>Si une règle d&apos;administration restreint les services, elle doit autoriser cloudcommerceconsumerprocurement.googleapis.com</translation>
    </message>
    <message>
        <source>Grant the Vertex AI User role (an administrator of the project runs this)</source>
        <translation>Accordez le rôle Utilisateur Vertex AI (un administrateur du projet exécute cette commande)</translation>
    </message>
    <message>
        <source>The Vertex AI API is not enabled in project %1: %2</source>
        <translation>L&apos;API Vertex AI n&apos;est pas activée dans le projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enable the Vertex AI API</source>
        <translation>Activer l&apos;API Vertex AI</translation>
    </message>
    <message>
        <source>Switch this pane to a location that serves %1: %2</source>
        <translation>Passez ce volet à un emplacement qui propose %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that location</source>
        <translation>Vérifier cet emplacement</translation>
    </message>
    <message>
        <source>Check the exact model id (version suffix included) on its Model Garden card</source>
        <translation>Vérifiez l&apos;ID exact du modèle (suffixe de version compris) sur sa fiche Model Garden</translation>
    </message>
    <message>
        <source>New projects often have a quota of 0 for partner and open models.</source>
        <translation>Les nouveaux projets ont souvent un quota de 0 pour les modèles partenaires et ouverts.</translation>
    </message>
    <message>
        <source>Request a quota increase (the metric and base model are named above)</source>
        <translation>Demandez une augmentation de quota (la métrique et le modèle de base sont indiqués ci-dessus)</translation>
    </message>
    <message>
        <source>Another location has its own quota</source>
        <translation>Un autre emplacement a son propre quota</translation>
    </message>
    <message>
        <source>%1 is served by its own OpenAI-compatible server (%2), not by Vertex AI: Google Cloud projects and IAM permissions do not apply to it, so Resource Manager is not asked.</source>
        <translation>%1 est servi par son propre serveur compatible OpenAI (%2), et non par Vertex AI&#xa0;: les projets Google Cloud et les autorisations IAM ne s&apos;y appliquent pas, Resource Manager n&apos;est donc pas interrogé.</translation>
    </message>
    <message>
        <source>%1 is served by its own server, not by Vertex AI&apos;s global endpoint; no organization policy applies.</source>
        <translation>%1 est servi par son propre serveur, et non par le point de terminaison mondial de Vertex AI&#xa0;; aucune règle d&apos;administration ne s&apos;applique.</translation>
    </message>
</context>
<context>
    <name>maas::AttachmentStrip</name>
    <message>
        <source>Attach &amp;image…</source>
        <translation>Joindre une &amp;image…</translation>
    </message>
    <message>
        <source>Send images to vision models (PNG, JPEG, GIF or WebP, up to %1 each). You can also drop image files on the prompt.</source>
        <translation>Envoyer des images aux modèles de vision (PNG, JPEG, GIF ou WebP, jusqu&apos;à %1 chacune). Vous pouvez aussi déposer des fichiers image sur le prompt.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the file and attach it again.</source>
        <translation>Impossible de lire %1 (%2). Vérifiez le fichier et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is empty. Attach a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 est vide. Joignez une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image, the only kinds models take. Convert it and attach it again.</source>
        <translation>%1 n&apos;est pas une image PNG, JPEG, GIF ou WebP, les seuls formats acceptés par les modèles. Convertissez-la et joignez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 is a %2 file; models take PNG, JPEG, GIF or WebP images. Convert it and attach it again.</source>
        <translation>%1 est un fichier %2&#xa0;; les modèles acceptent les images PNG, JPEG, GIF ou WebP. Convertissez-le et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 limit per image. Make it smaller (or save it as JPEG) and attach it again.</source>
        <translation>%1 fait %2, au-delà de la limite de %3 par image. Réduisez-la (ou enregistrez-la en JPEG) et joignez-la à nouveau.</translation>
    </message>
    <message>
        <source>dropped image.png</source>
        <translation>image déposée.png</translation>
    </message>
    <message>
        <source>The dropped image could not be read. Save it as a PNG or JPEG file and attach the file.</source>
        <translation>L&apos;image déposée n&apos;a pas pu être lue. Enregistrez-la en fichier PNG ou JPEG et joignez le fichier.</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Image jointe %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>maas::CatalogController</name>
    <message>
        <source>Reloaded the catalog: %1 changed.</source>
        <translation>Catalogue rechargé&#xa0;: %1 modifié.</translation>
    </message>
    <message>
        <source>Remove custom model</source>
        <translation>Supprimer le modèle personnalisé</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Supprimer %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Refreshing from Model Garden needs a connection to Vertex AI: set a project and credentials in Tools ▸ Settings, then restart.</source>
        <translation>L&apos;actualisation depuis Model Garden nécessite une connexion à Vertex AI&#xa0;: définissez un projet et des identifiants dans Outils ▸ Paramètres, puis redémarrez.</translation>
    </message>
    <message>
        <source>%1 listed, %2 not listed, %3 new.</source>
        <translation>%1 listés, %2 non listés, %3 nouveaux.</translation>
    </message>
    <message>
        <source>Model Garden, simulated by the offline demo&apos;s emulator: %1</source>
        <translation>Model Garden, simulé par l&apos;émulateur de la démo hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model Garden: %1</source>
        <translation>Model Garden&#xa0;: %1</translation>
    </message>
    <message>
        <source>Catalog refreshed from Model Garden: %1</source>
        <translation>Catalogue actualisé depuis Model Garden&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refresh from Model Garden failed: %1</source>
        <translation>Échec de l&apos;actualisation depuis Model Garden&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your catalog file has problems: %1</source>
        <translation>Votre fichier de catalogue présente des problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit custom model</source>
        <translation>Modifier le modèle personnalisé</translation>
    </message>
    <message>
        <source>%1 is not in %2 (any more); nothing to edit.</source>
        <translation>%1 ne figure pas (plus) dans %2&#xa0;; rien à modifier.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Keep %1 in your catalog</source>
        <translation>Garder %1 dans votre catalogue</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 supprimé de %2.</translation>
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
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoris</translation>
    </message>
    <message>
        <source>%1 — new in Model Garden</source>
        <translation>%1 — nouveau dans Model Garden</translation>
    </message>
    <message>
        <source>%1 — not listed</source>
        <translation>%1 — non listé</translation>
    </message>
    <message>
        <source>Listed in Model Garden (version %1).</source>
        <translation>Listé dans Model Garden (version %1).</translation>
    </message>
    <message>
        <source>Not listed in Model Garden: the project cannot use it, or it is retired.</source>
        <translation>Non listé dans Model Garden&#xa0;: le projet ne peut pas l&apos;utiliser, ou il est retiré.</translation>
    </message>
    <message>
        <source>New in Model Garden: not in the shipped catalog.</source>
        <translation>Nouveau dans Model Garden&#xa0;: absent du catalogue fourni.</translation>
    </message>
    <message>
        <source>A favourite (Ctrl+D to unstar).</source>
        <translation>Un favori (Ctrl+D pour le retirer).</translation>
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
    <message>
        <source>Add to &amp;favourites</source>
        <translation>Ajouter aux &amp;favoris</translation>
    </message>
    <message>
        <source>Add custom model…</source>
        <translation>Ajouter un modèle personnalisé…</translation>
    </message>
    <message>
        <source>Add an OpenAI-compatible endpoint or a Vertex AI model the catalog lacks</source>
        <translation>Ajouter un point de terminaison compatible OpenAI ou un modèle Vertex AI absent du catalogue</translation>
    </message>
    <message>
        <source>Refresh from Model Garden</source>
        <translation>Actualiser depuis Model Garden</translation>
    </message>
    <message>
        <source>List the publisher models of Model Garden and mark which catalog entries it lists, which it does not, and which are new</source>
        <translation>Lister les modèles d&apos;éditeurs de Model Garden et indiquer quelles entrées du catalogue y figurent, lesquelles n&apos;y figurent pas et lesquelles sont nouvelles</translation>
    </message>
    <message>
        <source>Model Garden refresh progress</source>
        <translation>Progression de l&apos;actualisation depuis Model Garden</translation>
    </message>
    <message>
        <source>Some catalog entries were skipped; fix them and save the file (the catalog reloads):</source>
        <translation>Certaines entrées du catalogue ont été ignorées&#xa0;; corrigez-les et enregistrez le fichier (le catalogue se recharge)&#xa0;:</translation>
    </message>
    <message>
        <source>Listing Model Garden: %1 (%2 of %3)…</source>
        <translation>Liste de Model Garden&#xa0;: %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Use in the &amp;active pane</source>
        <translation>Utiliser dans le volet &amp;actif</translation>
    </message>
    <message>
        <source>&amp;Keep in my catalog…</source>
        <translation>&amp;Garder dans mon catalogue…</translation>
    </message>
    <message>
        <source>&amp;Edit custom model…</source>
        <translation>&amp;Modifier le modèle personnalisé…</translation>
    </message>
    <message>
        <source>&amp;Remove custom model</source>
        <translation>&amp;Supprimer le modèle personnalisé</translation>
    </message>
    <message>
        <source>Add &amp;custom model…</source>
        <translation>Ajouter un modèle &amp;personnalisé…</translation>
    </message>
    <message>
        <source>Refresh from &amp;Model Garden</source>
        <translation>Actualiser depuis &amp;Model Garden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model Garden:&lt;/b&gt; listed (%1, version %2, %3).</source>
        <translation>&lt;b&gt;Model Garden&#xa0;:&lt;/b&gt; listé (%1, version %2, %3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model Garden:&lt;/b&gt; not listed. The project cannot use it, or it is retired; enable it in Model Garden or pick its replacement.</source>
        <translation>&lt;b&gt;Model Garden&#xa0;:&lt;/b&gt; non listé. Le projet ne peut pas l&apos;utiliser, ou il est retiré&#xa0;; activez-le dans Model Garden ou choisissez son remplaçant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New in Model Garden:&lt;/b&gt; %1, version %2, %3, %4. Not in the shipped catalog: the app does not know where it is served or what it costs.</source>
        <translation>&lt;b&gt;Nouveau dans Model Garden&#xa0;:&lt;/b&gt; %1, version %2, %3, %4. Absent du catalogue fourni&#xa0;: l&apos;application ne sait pas où il est disponible ni ce qu&apos;il coûte.</translation>
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
    <message>
        <source>No value for %1: fill it in the Variables table (or write \{{ to send the braces as text).</source>
        <translation>Aucune valeur pour %1&#xa0;: renseignez-la dans le tableau Variables (ou écrivez \{{ pour envoyer les accolades telles quelles).</translation>
    </message>
    <message>
        <source>%1 cannot read images; remove the image or pick a vision model.</source>
        <translation>%1 ne peut pas lire d&apos;images&#xa0;; retirez l&apos;image ou choisissez un modèle de vision.</translation>
    </message>
</context>
<context>
    <name>maas::ComparisonView</name>
    <message>
        <source>Synchronize &amp;scrolling</source>
        <translation>&amp;Synchroniser le défilement</translation>
    </message>
    <message>
        <source>Move pane &amp;left</source>
        <translation>Déplacer le volet à &amp;gauche</translation>
    </message>
    <message>
        <source>Move pane &amp;right</source>
        <translation>Déplacer le volet à &amp;droite</translation>
    </message>
    <message>
        <source>Sync scroll</source>
        <translation>Défilement lié</translation>
    </message>
    <message>
        <source>Scroll all answers together, to the same relative position</source>
        <translation>Faire défiler toutes les réponses ensemble, à la même position relative</translation>
    </message>
    <message>
        <source>◀ Move</source>
        <translation>◀ Déplacer</translation>
    </message>
    <message>
        <source>Move the active pane one place to the left (Ctrl+Shift+PgUp)</source>
        <translation>Déplacer le volet actif d&apos;une place vers la gauche (Ctrl+Maj+Pg préc.)</translation>
    </message>
    <message>
        <source>Move ▶</source>
        <translation>Déplacer ▶</translation>
    </message>
    <message>
        <source>Move the active pane one place to the right (Ctrl+Shift+PgDown)</source>
        <translation>Déplacer le volet actif d&apos;une place vers la droite (Ctrl+Maj+Pg suiv.)</translation>
    </message>
    <message>
        <source>Comparison tools</source>
        <translation>Outils de comparaison</translation>
    </message>
</context>
<context>
    <name>maas::CustomModelDialog</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Served by the global endpoint</source>
        <translation>Disponible sur le point de terminaison global</translation>
    </message>
    <message>
        <source>Add custom model</source>
        <translation>Ajouter un modèle personnalisé</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint (your own server)</source>
        <translation>Point de terminaison compatible OpenAI (votre propre serveur)</translation>
    </message>
    <message>
        <source>Vertex AI model not in the catalog</source>
        <translation>Modèle Vertex AI absent du catalogue</translation>
    </message>
    <message>
        <source>e.g. Llama 3.1 8B on my workstation</source>
        <translation>par ex. Llama 3.1 8B sur mon poste de travail</translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation>déduit du nom</translation>
    </message>
    <message>
        <source>comma-separated, e.g. us-central1, europe-west4</source>
        <translation>séparées par des virgules, par ex. us-central1, europe-west4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>not an embedding model</source>
        <translation>pas un modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>USD per 1M input tokens (optional)</source>
        <translation>USD / 1M tokens en entrée (facultatif)</translation>
    </message>
    <message>
        <source>USD per 1M output tokens (optional)</source>
        <translation>USD / 1M tokens en sortie (facultatif)</translation>
    </message>
    <message>
        <source>one line (optional)</source>
        <translation>une ligne (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom à afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Catalog &amp;id:</source>
        <translation>&amp;ID dans le catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model id on the wire:</source>
        <translation>ID du &amp;modèle dans la requête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;family:</source>
        <translation>&amp;Famille d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Édit&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Capacités&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Régions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context window:</source>
        <translation>Fenêtre de &amp;contexte&#xa0;:</translation>
    </message>
    <message>
        <source>Embedding &amp;dimensions:</source>
        <translation>&amp;Dimensions de l&apos;embedding&#xa0;:</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Prix&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Saved in %1, beside your settings.</source>
        <translation>Enregistré dans %1, à côté de vos paramètres.</translation>
    </message>
    <message>
        <source>Anthropic on Vertex (Claude)</source>
        <translation>Anthropic sur Vertex (Claude)</translation>
    </message>
    <message>
        <source>Mistral on Vertex</source>
        <translation>Mistral sur Vertex</translation>
    </message>
    <message>
        <source>OpenAI chat completions</source>
        <translation>Chat completions OpenAI</translation>
    </message>
    <message>
        <source>as the server names it, e.g. llama3.1:8b</source>
        <translation>tel que le serveur le nomme, par ex. llama3.1:8b</translation>
    </message>
    <message>
        <source>e.g. claude-sonnet-4-7@20261101 or meta/llama-5-maas</source>
        <translation>par ex. claude-sonnet-4-7@20261101 ou meta/llama-5-maas</translation>
    </message>
    <message>
        <source>e.g. anthropic, meta, qwen</source>
        <translation>par ex. anthropic, meta, qwen</translation>
    </message>
    <message>
        <source>Edit custom model</source>
        <translation>Modifier le modèle personnalisé</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible endpoint.</source>
        <translation>Point de terminaison personnalisé compatible OpenAI.</translation>
    </message>
    <message>
        <source>Vertex AI model added by hand.</source>
        <translation>Modèle Vertex AI ajouté à la main.</translation>
    </message>
    <message>
        <source>Give the model a display name.</source>
        <translation>Donnez un nom à afficher au modèle.</translation>
    </message>
    <message>
        <source>The catalog id may use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, e.g. my-llama-8b.</source>
        <translation>L&apos;ID dans le catalogue ne peut contenir que des lettres minuscules, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, par ex. my-llama-8b.</translation>
    </message>
    <message>
        <source>Enter the model id your server expects, e.g. llama3.1:8b.</source>
        <translation>Saisissez l&apos;ID de modèle attendu par votre serveur, par ex. llama3.1:8b.</translation>
    </message>
    <message>
        <source>Enter the Vertex AI model id, e.g. claude-sonnet-4-7@20261101.</source>
        <translation>Saisissez l&apos;ID du modèle Vertex AI, par ex. claude-sonnet-4-7@20261101.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. https://llm.example.com/v1 (plain http only for 127.0.0.1 or localhost).</source>
        <translation>Saisissez l&apos;URL de base du serveur, par ex. https://llm.example.com/v1 (http simple uniquement pour 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>Base URL: %1.</source>
        <translation>URL de base&#xa0;: %1.</translation>
    </message>
    <message>
        <source>List the regions that serve the model (e.g. us-central1) or tick the global endpoint.</source>
        <translation>Indiquez les régions qui proposent le modèle (par ex. us-central1) ou cochez le point de terminaison global.</translation>
    </message>
    <message>
        <source>Tick at least one capability.</source>
        <translation>Cochez au moins une capacité.</translation>
    </message>
    <message>
        <source>Embedding models need their output dimensions (e.g. 768).</source>
        <translation>Les modèles d&apos;embedding ont besoin de leurs dimensions de sortie (par ex. 768).</translation>
    </message>
    <message>
        <source>Prices are amounts in USD per 1M tokens, input and output both (or leave both empty).</source>
        <translation>Les prix sont des montants en USD par million de tokens, en entrée et en sortie (ou laissez les deux vides).</translation>
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
    <name>maas::DoctorDialog</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>pas encore exécuté</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Access doctor</source>
        <translation>Diagnostic d&apos;accès</translation>
    </message>
    <message>
        <source>Project id, e.g. my-project-123</source>
        <translation>ID du projet, par ex. my-project-123</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>No step failed: %1 at %2 is ready to use.</source>
        <translation>Aucune étape n&apos;a échoué&#xa0;: %1 à %2 est prêt à l&apos;emploi.</translation>
    </message>
    <message>
        <source>A step failed: follow its fix, then rerun.</source>
        <translation>Une étape a échoué&#xa0;: appliquez sa correction, puis relancez.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation>Commande de correction</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard</source>
        <translation>Copier cette commande dans le presse-papiers</translation>
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
    <message>
        <source>Add &amp;custom model…</source>
        <translation>Ajouter un modèle &amp;personnalisé…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Model Garden</source>
        <translation>&amp;Actualiser depuis Model Garden</translation>
    </message>
    <message>
        <source>&amp;Access doctor…</source>
        <translation>&amp;Diagnostic d&apos;accès…</translation>
    </message>
    <message>
        <source>Check credentials, project, permission, model and endpoint step by step</source>
        <translation>Vérifier étape par étape les identifiants, le projet, l&apos;autorisation, le modèle et le point de terminaison</translation>
    </message>
    <message numerus="yes">
        <source>Answers come from the built-in emulator. For Vertex AI: set a project and credentials in Tools ▸ Settings  ·  %n model(s) in the catalog</source>
        <translation>
            <numerusform>Les réponses proviennent de l&apos;émulateur intégré. Pour Vertex AI&#xa0;: définissez un projet et des identifiants dans Outils ▸ Paramètres  ·  %n modèle dans le catalogue</numerusform>
            <numerusform>Les réponses proviennent de l&apos;émulateur intégré. Pour Vertex AI&#xa0;: définissez un projet et des identifiants dans Outils ▸ Paramètres  ·  %n modèles dans le catalogue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maas::ModelGardenLister</name>
    <message>
        <source>Listed by Model Garden; not in the shipped catalog yet.</source>
        <translation>Listé par Model Garden&#xa0;; pas encore dans le catalogue fourni.</translation>
    </message>
    <message>
        <source>Where it is served, its limits and prices are unknown to the app: try the global endpoint or us-central1, and see its Model Garden page.</source>
        <translation>L&apos;application ne connaît ni ses emplacements, ni ses limites, ni ses prix&#xa0;: essayez le point de terminaison global ou us-central1, et consultez sa page Model Garden.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http</source>
        <translation>Refus d&apos;envoyer des identifiants en http simple</translation>
    </message>
    <message>
        <source>Use an https endpoint override; plain http is only allowed for loopback.</source>
        <translation>Utilisez un point de terminaison personnalisé en https&#xa0;; le http simple n&apos;est autorisé que pour le loopback.</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Aucun jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Check the credential source in Tools ▸ Settings, then refresh again.</source>
        <translation>Vérifiez la source d&apos;identifiants dans Outils ▸ Paramètres, puis actualisez à nouveau.</translation>
    </message>
    <message>
        <source>the Model Garden list</source>
        <translation>la liste de Model Garden</translation>
    </message>
    <message>
        <source>Your account may not list Model Garden models: ask a project owner for the Vertex AI User role (roles/aiplatform.user), check it with gcloud ai model-garden models list, then refresh again.</source>
        <translation>Votre compte ne peut peut-être pas lister les modèles Model Garden&#xa0;: demandez à un propriétaire du projet le rôle Utilisateur Vertex AI (roles/aiplatform.user), vérifiez avec gcloud ai model-garden models list, puis actualisez à nouveau.</translation>
    </message>
    <message>
        <source>Model Garden sent an answer the app cannot read</source>
        <translation>Model Garden a envoyé une réponse illisible pour l&apos;application</translation>
    </message>
    <message>
        <source>Check the endpoint override in Tools ▸ Settings; a proxy may be answering instead of Vertex AI.</source>
        <translation>Vérifiez le point de terminaison personnalisé dans Outils ▸ Paramètres&#xa0;; un proxy répond peut-être à la place de Vertex AI.</translation>
    </message>
</context>
<context>
    <name>maas::PaneOverrides</name>
    <message>
        <source>Parameters for this pane only</source>
        <translation>Paramètres propres à ce volet</translation>
    </message>
    <message>
        <source>Parameters of this pane</source>
        <translation>Paramètres de ce volet</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Use the shared parameters again</source>
        <translation>Utiliser à nouveau les paramètres communs</translation>
    </message>
    <message>
        <source>Parameters for this pane</source>
        <translation>Paramètres pour ce volet</translation>
    </message>
    <message>
        <source>Checked parameters apply to this pane only; the others follow the prompt editor&apos;s values.</source>
        <translation>Les paramètres cochés ne s&apos;appliquent qu&apos;à ce volet&#xa0;; les autres suivent les valeurs de l&apos;éditeur de prompt.</translation>
    </message>
    <message>
        <source>Use shared values</source>
        <translation>Utiliser les valeurs communes</translation>
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
        <translation>sans arrêt</translation>
    </message>
    <message>
        <source>stop ×%1</source>
        <translation>arrêt ×%1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>réflexion %1</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>réflexion désactivée</translation>
    </message>
    <message>
        <source>This pane&apos;s own parameters (the others follow the prompt editor):</source>
        <translation>Paramètres propres à ce volet (les autres suivent l&apos;éditeur de prompt)&#xa0;:</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>Température&#xa0;: %1</translation>
    </message>
    <message>
        <source>Max output tokens: %1</source>
        <translation>Tokens de sortie max.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Top-p: %1</source>
        <translation>Top-p&#xa0;: %1</translation>
    </message>
    <message>
        <source>Top-k: %1</source>
        <translation>Top-k&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop sequences: none</source>
        <translation>Séquences d&apos;arrêt&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Stop sequences: %1</source>
        <translation>Séquences d&apos;arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Thinking budget: %1 tokens</source>
        <translation>Budget de réflexion&#xa0;: %1 tokens</translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation>Réflexion&#xa0;: désactivée</translation>
    </message>
</context>
<context>
    <name>maas::PaneStatus</name>
    <message>
        <source>Status of pane %1</source>
        <translation>État du volet %1</translation>
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
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Waiting for the first token</source>
        <translation>En attente du premier jeton</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Connecting… · %1</source>
        <translation>Connexion… · %1</translation>
    </message>
    <message>
        <source>Waiting for the first token · %1</source>
        <translation>En attente du premier jeton · %1</translation>
    </message>
    <message>
        <source>Thinking · %1 · ~%2 tokens</source>
        <translation>Réflexion · %1 · ~%2 jetons</translation>
    </message>
    <message>
        <source>Streaming · ~%1 tokens</source>
        <translation>Diffusion · ~%1 jetons</translation>
    </message>
    <message>
        <source>Streaming · %1 tokens</source>
        <translation>Diffusion · %1 jetons</translation>
    </message>
    <message>
        <source> · %1 tok/s</source>
        <translation> · %1 jetons/s</translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2)</source>
        <translation>Nouvel essai dans %1 s (tentative %2)</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Terminé · %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>maas::ParameterForm</name>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Température</translation>
    </message>
    <message>
        <source>Unchecked: each model&apos;s default</source>
        <translation>Non coché&#xa0;: valeur par défaut de chaque modèle</translation>
    </message>
    <message>
        <source>Top-&amp;p</source>
        <translation>Top-&amp;p</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens whose probabilities add up to this value (Claude while thinking takes only 0.95 or more; lower values are left out)</source>
        <translation>Échantillonnage nucléaire&#xa0;: seuls les tokens les plus probables dont les probabilités cumulées atteignent cette valeur (Claude en réflexion n&apos;accepte que 0,95 ou plus&#xa0;; les valeurs inférieures sont omises)</translation>
    </message>
    <message>
        <source>Top-&amp;k</source>
        <translation>Top-&amp;k</translation>
    </message>
    <message>
        <source>Sample only from this many most likely tokens (Mistral does not take it; Claude drops it while thinking)</source>
        <translation>Échantillonner uniquement parmi ce nombre de tokens les plus probables (Mistral ne l&apos;accepte pas&#xa0;; Claude l&apos;ignore en réflexion)</translation>
    </message>
    <message>
        <source>T&amp;hinking</source>
        <translation>Ré&amp;flexion</translation>
    </message>
    <message>
        <source>Ask models that can reason visibly to do so (Claude extended thinking, DeepSeek V3.1 thinking); models that always reason do anyway</source>
        <translation>Demander aux modèles capables de raisonner de façon visible de le faire (réflexion étendue de Claude, mode thinking de DeepSeek V3.1)&#xa0;; les modèles qui raisonnent toujours le font de toute façon</translation>
    </message>
    <message>
        <source>&amp;Max tokens</source>
        <translation>Tokens &amp;max.</translation>
    </message>
    <message>
        <source>Longest answer, in tokens</source>
        <translation>Réponse la plus longue, en tokens</translation>
    </message>
    <message>
        <source>&amp;Stop sequences</source>
        <translation>&amp;Séquences d&apos;arrêt</translation>
    </message>
    <message>
        <source>Checked with an empty list: no stop sequences for this pane</source>
        <translation>Coché avec une liste vide&#xa0;: aucune séquence d&apos;arrêt pour ce volet</translation>
    </message>
    <message>
        <source>Checked: this pane&apos;s own thinking budget (0 switches thinking off here)</source>
        <translation>Coché&#xa0;: budget de réflexion propre à ce volet (0 y désactive la réflexion)</translation>
    </message>
    <message>
        <source>Max output tokens</source>
        <translation>Tokens de sortie max.</translation>
    </message>
    <message>
        <source>Longest answer each model may give, in tokens</source>
        <translation>Réponse la plus longue que chaque modèle peut donner, en tokens</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Séquences d&apos;arrêt</translation>
    </message>
    <message>
        <source>Stop sequences: END, \n\nHuman:</source>
        <translation>Séquences d&apos;arrêt&#xa0;: END, \n\nHuman:</translation>
    </message>
    <message>
        <source>Generation stops at any of these. Separate them with commas; \n is a new line, \, a comma, &quot;\ &quot; a space at either end.</source>
        <translation>La génération s&apos;arrête à l&apos;une d&apos;elles. Séparez-les par des virgules&#xa0;; \n est un saut de ligne, \, une virgule, &quot;\ &quot; une espace à l&apos;une ou l&apos;autre extrémité.</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>Budget de réflexion en tokens</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêt</translation>
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
    <message>
        <source>Check access…</source>
        <translation>Vérifier l&apos;accès…</translation>
    </message>
    <message>
        <source>Move this pane left</source>
        <translation>Déplacer ce volet à gauche</translation>
    </message>
    <message>
        <source>Move this pane right</source>
        <translation>Déplacer ce volet à droite</translation>
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
        <translation>Copier</translation>
    </message>
    <message>
        <source>Raw</source>
        <comment>raw-text button of a narrow pane</comment>
        <translation>Brut</translation>
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
    <message>
        <source>Check &amp;access…</source>
        <translation>Vérifier l&apos;&amp;accès…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Quota project</source>
        <translation>Projet de quota</translation>
    </message>
    <message>
        <source>Access token: pasting needs the secret store, which this window was opened without; set MAAS_ACCESS_TOKEN instead.</source>
        <translation>Jeton d&apos;accès&#xa0;: le collage nécessite le magasin de secrets, sans lequel cette fenêtre a été ouverte&#xa0;; définissez plutôt MAAS_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Access token: paste one (the output of gcloud auth print-access-token), or choose another source.</source>
        <translation>Jeton d&apos;accès&#xa0;: collez-en un (la sortie de gcloud auth print-access-token), ou choisissez une autre source.</translation>
    </message>
    <message>
        <source>Models in the panes:</source>
        <translation>Modèles dans les volets&#xa0;:</translation>
    </message>
    <message>
        <source>Provisioned Throughput is not offered on the global endpoint: panes at global will not send in this mode. Pick the region where your throughput is reserved.</source>
        <translation>Le débit provisionné n&apos;est pas proposé sur le point de terminaison global&#xa0;: les volets sur global n&apos;enverront rien dans ce mode. Choisissez la région où votre débit est réservé.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the token stays in memory only until the app quits, and is never written to the settings file.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;: le jeton reste en mémoire seulement jusqu&apos;à la fermeture de l&apos;application, et n&apos;est jamais écrit dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>A pasted token cannot be refreshed: Google access tokens last one hour.</source>
        <translation>Un jeton collé ne peut pas être actualisé&#xa0;: les jetons d&apos;accès Google sont valables une heure.</translation>
    </message>
    <message>
        <source>Token pasted at %1 (expires at %2); paste a new one to replace it</source>
        <translation>Jeton collé à %1 (expire à %2)&#xa0;; collez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Paste the output of gcloud auth print-access-token</source>
        <translation>Collez la sortie de gcloud auth print-access-token</translation>
    </message>
    <message>
        <source>Sent as x-goog-user-project: the project charged for quota and billing, when it is not the project of the credentials</source>
        <translation>Envoyé en tant que x-goog-user-project&#xa0;: le projet facturé pour le quota et la facturation, s&apos;il diffère du projet des identifiants</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Empty: %1 (from the environment or the ADC file)</source>
        <translation>Vide&#xa0;: %1 (depuis l&apos;environnement ou le fichier ADC)</translation>
    </message>
    <message>
        <source>Automatic (provisioned throughput first, then pay-as-you-go)</source>
        <translation>Automatique (débit provisionné, puis paiement à l&apos;usage)</translation>
    </message>
    <message>
        <source>Provisioned throughput only (429 when over)</source>
        <translation>Débit provisionné uniquement (429 en cas de dépassement)</translation>
    </message>
    <message>
        <source>Pay-as-you-go only (bypass provisioned throughput)</source>
        <translation>Paiement à l&apos;usage uniquement (contourne le débit provisionné)</translation>
    </message>
    <message>
        <source>Sent as the X-Vertex-AI-LLM-Request-Type header</source>
        <translation>Envoyé dans l&apos;en-tête X-Vertex-AI-LLM-Request-Type</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Run the access doctor: credentials, project, permission, model, endpoint</source>
        <translation>Lancer le diagnostic d&apos;accès&#xa0;: identifiants, projet, autorisation, modèle, point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Quota project:</source>
        <translation>Projet de &amp;quota&#xa0;:</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>&amp;Type de requête&#xa0;:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Oublier le jeton</translation>
    </message>
    <message>
        <source>Local endpoint: requests carry a placeholder token, not this source&apos;s. Set a key file, an ADC file or a pasted token to send real tokens to it.</source>
        <translation>Point de terminaison local&#xa0;: les requêtes portent un jeton fictif, pas celui de cette source. Indiquez un fichier de clé, un fichier ADC ou un jeton collé pour lui envoyer de vrais jetons.</translation>
    </message>
    <message>
        <source>Choose a service account key or ADC file</source>
        <translation>Choisir une clé de compte de service ou un fichier ADC</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The pasted token could not be removed from the keychain: %1. Remove the entry &quot;pasted-token&quot; of maas-playground with your keychain tool.</source>
        <translation>Le jeton collé n&apos;a pas pu être retiré du trousseau&#xa0;: %1. Supprimez l&apos;entrée «&#xa0;pasted-token&#xa0;» de maas-playground avec votre outil de trousseau.</translation>
    </message>
    <message>
        <source>Pick the JSON key or ADC file</source>
        <translation>Choisir le fichier de clé JSON ou le fichier ADC</translation>
    </message>
    <message>
        <source>Remove the pasted token from the keychain (or memory) now</source>
        <translation>Retirer dès maintenant le jeton collé du trousseau (ou de la mémoire)</translation>
    </message>
</context>
<context>
    <name>maas::VariablesTable</name>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>Values of the prompt variables</source>
        <translation>Valeurs des variables du prompt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Each {{name}} in the prompts is replaced by its value when the prompt runs. Write \{{name}} to send the braces as they are.</source>
        <translation>Chaque {{name}} des prompts est remplacé par sa valeur à l&apos;exécution du prompt. Écrivez \{{name}} pour envoyer les accolades telles quelles.</translation>
    </message>
    <message>
        <source>No value yet: a run is refused until {{%1}} has one.</source>
        <translation>Pas encore de valeur&#xa0;: toute exécution est refusée tant que {{%1}} n&apos;en a pas.</translation>
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
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Local endpoint</source>
        <translation>Point de terminaison local</translation>
    </message>
    <message>
        <source>the demo token of the built-in emulator</source>
        <translation>le jeton de démo de l&apos;émulateur intégré</translation>
    </message>
    <message>
        <source>a placeholder token (loopback endpoint)</source>
        <translation>un jeton fictif (point de terminaison loopback)</translation>
    </message>
</context>
</TS>
