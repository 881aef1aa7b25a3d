#include "emulator/faults.h"

#include <array>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

struct FaultName
{
    Fault::Kind kind;
    QLatin1StringView name;
    double defaultArg;
};

constexpr std::array<FaultName, 15> kFaultNames{{
    {Fault::Kind::Unauthenticated, "unauthenticated"_L1, 0},
    {Fault::Kind::Permission, "permission"_L1, 0},
    {Fault::Kind::NotEnabled, "not-enabled"_L1, 0},
    {Fault::Kind::OrgPolicy, "org-policy"_L1, 0},
    {Fault::Kind::WrongRegion, "wrong-region"_L1, 0},
    {Fault::Kind::Quota, "quota"_L1, 2},
    {Fault::Kind::ServerError, "server-error"_L1, 0},
    {Fault::Kind::Unavailable, "unavailable"_L1, 0},
    {Fault::Kind::Overloaded, "overloaded"_L1, 3},
    {Fault::Kind::Overloaded529, "overloaded-529"_L1, 0},
    {Fault::Kind::Drop, "drop"_L1, 3},
    {Fault::Kind::Malformed, "malformed"_L1, 3},
    {Fault::Kind::Stall, "stall"_L1, 2},
    {Fault::Kind::Retired, "retired"_L1, 0},
    {Fault::Kind::SlowStart, "slow-start"_L1, 1500},
}};

const FaultName *byName(QStringView name)
{
    for (const FaultName &entry : kFaultNames) {
        if (name == entry.name)
            return &entry;
    }
    return nullptr;
}

const FaultName &byKind(Fault::Kind kind)
{
    for (const FaultName &entry : kFaultNames) {
        if (entry.kind == kind)
            return entry;
    }
    Q_UNREACHABLE_RETURN(kFaultNames.front());
}

bool parseCount(QStringView value, int *out)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0)
        return false;
    *out = n;
    return true;
}

} // namespace

QString Fault::name() const
{
    return byKind(kind).name;
}

QString Fault::toString() const
{
    QString text = name();
    if (hasArg)
        text += u':' + QString::number(arg);
    if (times > 0)
        text += u";times="_s + QString::number(times);
    if (kind == Kind::Stall && after != 3)
        text += u";after="_s + QString::number(after);
    return text;
}

bool Fault::firesMidStream() const
{
    return kind == Kind::Overloaded || kind == Kind::Drop || kind == Kind::Malformed || kind == Kind::Stall;
}

int Fault::deltasBefore() const
{
    return kind == Kind::Stall ? after : qMax(0, qRound(arg));
}

bool Fault::parse(QStringView text, Fault *out, QString *error)
{
    const QList<QStringView> parts = text.trimmed().split(u';');
    const QStringView head = parts.first().trimmed();
    Fault fault;
    const qsizetype colon = head.indexOf(u':');
    QStringView name = colon < 0 ? head : head.left(colon).trimmed();
    if (name.endsWith(u"-once")) {
        name.chop(5);
        fault.times = 1;
    }
    const FaultName *entry = byName(name);
    if (!entry) {
        *error = u"unknown fault `%1`; known faults: %2"_s.arg(name, knownNames().join(u", "_s));
        return false;
    }
    fault.kind = entry->kind;
    fault.arg = entry->defaultArg;
    if (colon >= 0) {
        bool ok = false;
        const double value = head.mid(colon + 1).trimmed().toDouble(&ok);
        if (!ok || value < 0) {
            *error = u"fault `%1`: ARG must be a non-negative number, not `%2`"_s.arg(name, head.mid(colon + 1));
            return false;
        }
        fault.arg = value;
        fault.hasArg = true;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView option = parts.at(i).trimmed();
        if (option.isEmpty())
            continue;
        const qsizetype eq = option.indexOf(u'=');
        const QStringView key = eq < 0 ? option : option.left(eq).trimmed();
        const QStringView value = eq < 0 ? QStringView() : option.mid(eq + 1).trimmed();
        if (key == u"times") {
            if (!parseCount(value, &fault.times)) {
                *error = u"fault `%1`: times must be a whole number, not `%2`"_s.arg(name, value);
                return false;
            }
        } else if (key == u"after") {
            if (!parseCount(value, &fault.after)) {
                *error = u"fault `%1`: after must be a whole number, not `%2`"_s.arg(name, value);
                return false;
            }
        } else {
            *error = u"fault `%1`: unknown option `%2` (use times=N or after=K)"_s.arg(name, key);
            return false;
        }
    }
    *out = fault;
    return true;
}

bool Fault::parseList(QStringView text, QList<Fault> *out, QString *error)
{
    out->clear();
    for (const QStringView item : text.split(u',', Qt::SkipEmptyParts)) {
        Fault fault;
        if (!parse(item, &fault, error))
            return false;
        out->append(fault);
    }
    return true;
}

QStringList Fault::knownNames()
{
    QStringList names;
    for (const FaultName &entry : kFaultNames)
        names << entry.name;
    return names;
}

QString takePromptFault(QString *prompt)
{
    static constexpr auto kOpen = "[[fault:"_L1;
    const QString trimmed = prompt->trimmed();
    if (!trimmed.startsWith(kOpen))
        return {};
    const qsizetype close = trimmed.indexOf(u"]]"_s, kOpen.size());
    if (close < 0)
        return {};
    const QString spec = trimmed.mid(kOpen.size(), close - kOpen.size()).trimmed();
    *prompt = trimmed.mid(close + 2).trimmed();
    return spec;
}

bool FaultCounter::fire(const Fault &fault, const QString &model)
{
    if (fault.times <= 0)
        return true;
    const int count = ++m_counts[fault.name() + u'|' + model];
    return count <= fault.times;
}

} // namespace maas::emulator
