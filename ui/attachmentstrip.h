#pragma once

#include "wire/chatrequest.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QMimeData;
class QPushButton;

namespace maas {

namespace images {
struct Check;
}

// The images attached to the prompt: an "Attach image" button (file picker), one thumbnail per
// image with a remove button, and the last refusal ("photo.bmp is a BMP image: …") in red. Files
// dropped on the prompt editor arrive through addFromMimeData().
class AttachmentStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentStrip)

public:
    explicit AttachmentStrip(QWidget *parent = nullptr);

    QList<ImageAttachment> images() const { return m_images; }
    // Adds one image after checking it; on a refusal shows and returns the reason (empty: added).
    QString addFile(const QString &path);
    QString addData(const QByteArray &data, const QString &name);
    void removeImage(int index);
    void clear();

    // Whether a drag carries files or image data this strip could take.
    static bool canTake(const QMimeData *mime);
    void addFromMimeData(const QMimeData *mime);

Q_SIGNALS:
    void imagesChanged();

private:
    static QString problemText(const images::Check &check, const QString &name);
    QString take(const images::Check &check, const QString &name);
    void pickFiles();
    void rebuild();
    void showProblem(const QString &problem);

    QPushButton *m_attach;
    QWidget *m_thumbnails;
    QHBoxLayout *m_thumbnailLayout;
    QLabel *m_problem;
    QList<ImageAttachment> m_images;
};

} // namespace maas
