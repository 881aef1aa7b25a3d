#include "auth/redact.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace maas {

Q_LOGGING_CATEGORY(lcAuth, "maas.auth")

namespace {

constexpr auto kMarker = "<redacted>"_L1;

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    const auto options = QRegularExpression::DotMatchesEverythingOption;
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> list{
        // A PEM private key, whole or cut off (JSON files carry it with \n escapes).
        {QRegularExpression(u"-----BEGIN[A-Z ]*PRIVATE KEY-----.*?(-----END[A-Z ]*PRIVATE KEY-----|$)"_s, options),
         u"-----BEGIN PRIVATE KEY-----<redacted>-----END PRIVATE KEY-----"_s},
        // JSON fields that hold secrets: "field": "value".
        {QRegularExpression(u"(\\\\?\"(?:private_key|private_key_id|client_secret|refresh_token|access_token|"
                            "assertion|id_token|token)\\\\?\"\\s*:\\s*\\\\?\")[^\"\\\\]*"_s),
         u"\\1"_s + kMarker},
        // Form or query fields: field=value.
        {QRegularExpression(
             u"\\b(refresh_token|client_secret|assertion|access_token|id_token|subject_token)=[^&\\s\"']+"_s),
         u"\\1="_s + kMarker},
        // Authorization headers and "Bearer <token>" anywhere.
        {QRegularExpression(u"\\b(bearer)\\s+[A-Za-z0-9._~+/=\\-]+"_s, ci), u"\\1 "_s + kMarker},
        // Google access tokens, refresh tokens, OAuth client secrets, JWTs.
        {QRegularExpression(u"\\bya29\\.[A-Za-z0-9._\\-]+"_s), u"ya29."_s + kMarker},
        {QRegularExpression(u"\\b1//[A-Za-z0-9._\\-]+"_s), u"1//"_s + kMarker},
        {QRegularExpression(u"\\bGOCSPX-[A-Za-z0-9_\\-]+"_s), u"GOCSPX-"_s + kMarker},
        {QRegularExpression(u"\\beyJ[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]*"_s), u"<redacted JWT>"_s},
    };
    return list;
}

QMutex &rememberedMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList &remembered()
{
    static QStringList list;
    return list;
}

QtMessageHandler g_previousHandler = nullptr;
std::atomic_bool g_installed = false;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    if (g_previousHandler) {
        g_previousHandler(type, context, clean);
        return;
    }
    // No earlier handler: format as Qt's default handler would.
    const QString line = qFormatLogMessage(type, context, clean);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    const QMutexLocker lock(&rememberedMutex());
    for (const QString &secret : std::as_const(remembered()))
        out.replace(secret, kMarker);
    return out;
}

void rememberSecret(QStringView secret)
{
    const QString value = secret.trimmed().toString();
    if (value.size() < 8)
        return;
    const QMutexLocker lock(&rememberedMutex());
    if (!remembered().contains(value))
        remembered().append(value);
}

void forgetRememberedSecrets()
{
    const QMutexLocker lock(&rememberedMutex());
    remembered().clear();
}

void installRedactingMessageHandler()
{
    if (g_installed.exchange(true))
        return;
    g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace maas
