#include "prompt/imageattachment.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace maas::images {

namespace {

// Formats the user may try that models do not take, to say what the file is.
QString knownOtherFormat(QByteArrayView data)
{
    if (data.startsWith("BM"))
        return u"BMP"_s;
    if (data.startsWith("%PDF"))
        return u"PDF"_s;
    if (data.startsWith("II*\0") || data.startsWith("MM\0*"))
        return u"TIFF"_s;
    if (data.size() >= 12 && data.sliced(4, 4) == "ftyp" &&
        (data.sliced(8, 4) == "heic" || data.sliced(8, 4) == "heix" || data.sliced(8, 4) == "mif1"))
        return u"HEIC"_s;
    if (data.size() >= 12 && data.sliced(4, 4) == "ftyp" && data.sliced(8, 4) == "avif")
        return u"AVIF"_s;
    if (data.startsWith("<svg") || data.startsWith("<?xml"))
        return u"SVG"_s;
    return {};
}

} // namespace

QString sniffMediaType(QByteArrayView data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (data.size() >= 12 && data.startsWith("RIFF") && data.sliced(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

bool isSupportedMediaType(QStringView mediaType)
{
    return mediaType == u"image/png" || mediaType == u"image/jpeg" || mediaType == u"image/gif" ||
           mediaType == u"image/webp";
}

Check fromData(const QByteArray &data, const QString &name)
{
    Check check;
    check.size = data.size();
    if (data.isEmpty()) {
        check.problem = Check::Problem::Empty;
        return check;
    }
    const QString mediaType = sniffMediaType(data);
    if (mediaType.isEmpty()) {
        check.problem = Check::Problem::Unsupported;
        check.detail = knownOtherFormat(data);
        return check;
    }
    if (data.size() > kMaxImageBytes) {
        check.problem = Check::Problem::TooLarge;
        return check;
    }
    check.image = ImageAttachment{mediaType, data, name};
    return check;
}

Check fromFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Check check;
        check.problem = Check::Problem::Unreadable;
        check.detail = file.errorString();
        return check;
    }
    // A huge image is refused from its size; at most one byte past the limit is ever read.
    const QByteArray head = file.peek(16);
    if (file.size() > kMaxImageBytes && !sniffMediaType(head).isEmpty()) {
        Check check;
        check.problem = Check::Problem::TooLarge;
        check.size = file.size();
        return check;
    }
    return fromData(file.read(kMaxImageBytes + 1), name);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return u"%1 B"_s.arg(bytes);
    if (bytes < 1024 * 1024)
        return u"%1 KB"_s.arg((bytes + 512) / 1024);
    return u"%1 MB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace maas::images
