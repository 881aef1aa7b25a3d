#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>

namespace maas {

// A credential value (refresh token, client secret, pasted token). It has no QDebug operator and
// no implicit conversion, so it cannot end up in a log or a message by accident: code that needs
// the bytes asks for them with reveal(). The buffer is zeroed on destruction when not shared.
class Secret final
{
public:
    Secret() = default;
    explicit Secret(QByteArray value)
        : m_value(std::move(value))
    {}
    explicit Secret(const QString &value)
        : m_value(value.toUtf8())
    {}
    Secret(const Secret &) = default;
    Secret &operator=(const Secret &) = default;
    Secret(Secret &&) noexcept = default;
    Secret &operator=(Secret &&) noexcept = default;
    ~Secret() { wipe(); }

    const QByteArray &reveal() const { return m_value; }
    QString revealString() const { return QString::fromUtf8(m_value); }
    bool isEmpty() const { return m_value.isEmpty(); }
    void clear()
    {
        wipe();
        m_value.clear();
    }

private:
    void wipe()
    {
        if (!m_value.isEmpty() && m_value.isDetached())
            std::memset(m_value.data(), 0, static_cast<std::size_t>(m_value.size()));
    }

    QByteArray m_value;
};

} // namespace maas
