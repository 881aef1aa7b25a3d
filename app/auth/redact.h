#pragma once

#include <QLoggingCategory>
#include <QString>

namespace maas {

// Logging category of the credential code ("maas.auth"). Everything it logs goes through redact().
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

// Hides anything that looks like a credential (reliability.md C9): access tokens (ya29.…), refresh
// tokens (1//…), PEM private keys, JWTs, bearer headers, OAuth client secrets (GOCSPX-…), and the
// values of JSON or form fields named private_key, private_key_id, client_secret, refresh_token,
// access_token, assertion, id_token; plus every value registered with rememberSecret(). Use it on
// anything from outside (server messages, gcloud output) before it reaches a log or a message.
QString redact(const QString &text);

// Registers a secret that has no recognisable shape (a pasted token) so redact() hides it as well.
// Values shorter than 8 characters are ignored (they would hide ordinary words).
void rememberSecret(QStringView secret);
void forgetRememberedSecrets();

// Installs a message handler that passes every qDebug/qWarning/... message through redact() and
// then on to the handler that was installed before. Safe to call more than once.
void installRedactingMessageHandler();

} // namespace maas
