#include "attachmentstrip.h"

#include "prompt/imageattachment.h"
#include "warningstyle.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr int kThumbnail = 48;

// A thumbnail of the image, or a labelled tile when Qt cannot decode it (WebP without the plugin).
QPixmap thumbnailOf(const ImageAttachment &image, const QPalette &palette)
{
    QImage decoded;
    if (decoded.loadFromData(image.data))
        return QPixmap::fromImage(
            decoded.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    QPixmap tile(kThumbnail, kThumbnail);
    tile.fill(palette.color(QPalette::AlternateBase));
    QPainter painter(&tile);
    painter.setPen(palette.color(QPalette::Text));
    painter.drawRect(0, 0, kThumbnail - 1, kThumbnail - 1);
    painter.drawText(tile.rect(), Qt::AlignCenter, image.mediaType.section(u'/', 1).toUpper());
    return tile;
}

} // namespace

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QWidget(parent)
    , m_attach(new QPushButton(tr("Attach &image…"), this))
    , m_thumbnails(new QWidget(this))
    , m_thumbnailLayout(new QHBoxLayout(m_thumbnails))
    , m_problem(new QLabel(this))
{
    m_attach->setObjectName(u"attachImageButton"_s);
    m_attach->setToolTip(tr("Send images to vision models (PNG, JPEG, GIF or WebP, up to %1 each). "
                            "You can also drop image files on the prompt.")
                             .arg(images::sizeText(images::kMaxImageBytes)));
    m_thumbnails->setObjectName(u"attachmentThumbnails"_s);
    m_thumbnailLayout->setContentsMargins(0, 0, 0, 0);
    m_thumbnailLayout->setSpacing(4);
    m_problem->setObjectName(u"attachmentProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QString(kWarningLabelStyle));
    m_problem->hide();

    // Button and thumbnails keep their size; the refusal takes the rest of the row.
    m_attach->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_thumbnails->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attach, 0, Qt::AlignVCenter);
    layout->addWidget(m_thumbnails);
    layout->addWidget(m_problem, 1);
    layout->addStretch(0);
    connect(m_attach, &QPushButton::clicked, this, &AttachmentStrip::pickFiles);
}

void AttachmentStrip::pickFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach images"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)"));
    for (const QString &path : paths)
        addFile(path);
}

QString AttachmentStrip::problemText(const images::Check &check, const QString &name)
{
    switch (check.problem) {
    case images::Check::Problem::None:
        break;
    case images::Check::Problem::Unreadable:
        return tr("%1 could not be read (%2). Check the file and attach it again.").arg(name, check.detail);
    case images::Check::Problem::Empty:
        return tr("%1 is empty. Attach a PNG, JPEG, GIF or WebP image.").arg(name);
    case images::Check::Problem::Unsupported:
        if (check.detail.isEmpty())
            return tr("%1 is not a PNG, JPEG, GIF or WebP image, the only kinds models take. Convert it and attach "
                      "it again.")
                .arg(name);
        return tr("%1 is a %2 file; models take PNG, JPEG, GIF or WebP images. Convert it and attach it again.")
            .arg(name, check.detail);
    case images::Check::Problem::TooLarge:
        return tr("%1 is %2, over the %3 limit per image. Make it smaller (or save it as JPEG) and attach it "
                  "again.")
            .arg(name, images::sizeText(check.size), images::sizeText(images::kMaxImageBytes));
    }
    return {};
}

QString AttachmentStrip::take(const images::Check &check, const QString &name)
{
    const QString problem = problemText(check, name);
    showProblem(problem);
    if (check.image) {
        m_images << *check.image;
        rebuild();
        Q_EMIT imagesChanged();
    }
    return problem;
}

QString AttachmentStrip::addFile(const QString &path)
{
    return take(images::fromFile(path), QFileInfo(path).fileName());
}

QString AttachmentStrip::addData(const QByteArray &data, const QString &name)
{
    return take(images::fromData(data, name), name);
}

void AttachmentStrip::removeImage(int index)
{
    if (index < 0 || index >= m_images.size())
        return;
    m_images.removeAt(index);
    rebuild();
    Q_EMIT imagesChanged();
}

void AttachmentStrip::clear()
{
    showProblem(QString());
    if (m_images.isEmpty())
        return;
    m_images.clear();
    rebuild();
    Q_EMIT imagesChanged();
}

bool AttachmentStrip::canTake(const QMimeData *mime)
{
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
}

void AttachmentStrip::addFromMimeData(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    if (!urls.isEmpty()) {
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                addFile(url.toLocalFile());
        }
        return;
    }
    // Pasted or dragged pixels (no file): sent as PNG.
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QByteArray png;
    QBuffer buffer(&png);
    if (!image.isNull() && buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"))
        addData(png, tr("dropped image.png"));
    else
        showProblem(tr("The dropped image could not be read. Save it as a PNG or JPEG file and attach the file."));
}

void AttachmentStrip::rebuild()
{
    while (QLayoutItem *item = m_thumbnailLayout->takeAt(0)) {
        // Later: the click that removes an image comes from a button inside the tile.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (int i = 0; i < m_images.size(); ++i) {
        const ImageAttachment &image = m_images.at(i);
        auto *tile = new QWidget(m_thumbnails);
        tile->setObjectName(u"attachment%1"_s.arg(i));
        auto *picture = new QLabel(tile);
        picture->setPixmap(thumbnailOf(image, palette()));
        const QString description =
            u"%1 (%2, %3)"_s.arg(image.name, image.mediaType, images::sizeText(image.data.size()));
        picture->setToolTip(description);
        picture->setAccessibleName(tr("Attached image %1").arg(description));
        auto *remove = new QToolButton(tile);
        remove->setObjectName(u"removeImageButton"_s);
        remove->setText(u"✕"_s);
        remove->setToolTip(tr("Remove %1").arg(image.name));
        remove->setAccessibleName(remove->toolTip());
        remove->setAutoRaise(true);
        auto *tileLayout = new QHBoxLayout(tile);
        tileLayout->setContentsMargins(0, 0, 0, 0);
        tileLayout->setSpacing(0);
        tileLayout->addWidget(picture);
        tileLayout->addWidget(remove, 0, Qt::AlignTop);
        connect(remove, &QToolButton::clicked, this, [this, i] { removeImage(i); });
        m_thumbnailLayout->addWidget(tile);
    }
    m_thumbnails->setVisible(!m_images.isEmpty());
}

void AttachmentStrip::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace maas
