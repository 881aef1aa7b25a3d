#pragma once

// Loading and checking images for vision models: the type is read from the bytes (never trusted
// from the file name), only what every family takes (PNG, JPEG, GIF, WebP) is accepted, and one
// size limit per image (Anthropic's 5 MB per image, the strictest of the families) applies to all.

#include "wire/chatrequest.h"

#include <optional>

namespace maas::images {

inline constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;

// "image/png", "image/jpeg", "image/gif" or "image/webp" from the first bytes; empty otherwise.
QString sniffMediaType(QByteArrayView data);
bool isSupportedMediaType(QStringView mediaType);

struct Check
{
    enum class Problem
    {
        None,
        Unreadable,  // the file could not be read (detail: the system's reason)
        Empty,       // zero bytes
        Unsupported, // not PNG/JPEG/GIF/WebP (detail: what it looks like, when known)
        TooLarge,    // over kMaxImageBytes
    };
    std::optional<ImageAttachment> image;
    Problem problem = Problem::None;
    QString detail;
    qint64 size = 0;
};

Check fromData(const QByteArray &data, const QString &name);
Check fromFile(const QString &path);

// "image/png, 12 KB": what the emulator's answer and the thumbnails' tooltips say.
QString sizeText(qint64 bytes);

} // namespace maas::images
