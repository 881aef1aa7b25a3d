// Images for vision models: the type comes from the bytes, four formats only, 5 MB per image.
#include "prompt/imageattachment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

using Problem = images::Check::Problem;

class TestImageAttachment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffing_data();
    void sniffing();
    void checks();
    void files();
    void sizes();
};

void TestImageAttachment::sniffing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mediaType");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << u"image/png"_s;
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE1xx", 6) << u"image/jpeg"_s;
    QTest::newRow("gif87") << QByteArray("GIF87a..") << u"image/gif"_s;
    QTest::newRow("gif89") << QByteArray("GIF89a..") << u"image/gif"_s;
    QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << u"image/webp"_s;
    QTest::newRow("riff but wave") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16) << QString();
    QTest::newRow("bmp") << QByteArray("BM\x10\0") << QString();
    QTest::newRow("short png") << QByteArray("\x89PN") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestImageAttachment::sniffing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mediaType);
    QCOMPARE(images::sniffMediaType(data), mediaType);
    QCOMPARE(images::isSupportedMediaType(mediaType), !mediaType.isEmpty());
}

void TestImageAttachment::checks()
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    const images::Check ok = images::fromData(png, u"chart.png"_s);
    QCOMPARE(ok.problem, Problem::None);
    QVERIFY(ok.image);
    QCOMPARE(ok.image->mediaType, u"image/png"_s);
    QCOMPARE(ok.image->name, u"chart.png"_s);
    QCOMPARE(ok.image->data, png);

    // The name does not decide the type: a PNG called .jpg is a PNG, a BMP called .png is refused.
    QCOMPARE(images::fromData(png, u"photo.jpg"_s).image->mediaType, u"image/png"_s);
    const images::Check bmp = images::fromData(QByteArray("BM\x36\0\0\0", 6), u"x.png"_s);
    QCOMPARE(bmp.problem, Problem::Unsupported);
    QCOMPARE(bmp.detail, u"BMP"_s);
    QVERIFY(!bmp.image);
    QCOMPARE(images::fromData(QByteArray("%PDF-1.7"), u"doc.pdf"_s).detail, u"PDF"_s);
    QCOMPARE(images::fromData(QByteArray("hello"), u"notes.txt"_s).detail, QString());
    QCOMPARE(images::fromData(QByteArray(), u"empty.png"_s).problem, Problem::Empty);

    QByteArray limit = png;
    limit.resize(images::kMaxImageBytes, 'x');
    QCOMPARE(images::fromData(limit, u"ok.png"_s).problem, Problem::None);
    limit.append('x');
    const images::Check big = images::fromData(limit, u"big.png"_s);
    QCOMPARE(big.problem, Problem::TooLarge);
    QCOMPARE(big.size, images::kMaxImageBytes + 1);
}

void TestImageAttachment::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile gif(dir.filePath(u"a.gif"_s));
    QVERIFY(gif.open(QIODevice::WriteOnly));
    gif.write("GIF89a\x01\0\x01\0", 10);
    gif.close();
    const images::Check ok = images::fromFile(gif.fileName());
    QCOMPARE(ok.problem, Problem::None);
    QCOMPARE(ok.image->name, u"a.gif"_s);
    QCOMPARE(ok.image->mediaType, u"image/gif"_s);

    QFile big(dir.filePath(u"big.jpg"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("\xFF\xD8\xFF\xE0", 4);
    QVERIFY(big.resize(7 * 1024 * 1024));
    big.close();
    const images::Check tooLarge = images::fromFile(big.fileName());
    QCOMPARE(tooLarge.problem, Problem::TooLarge);
    QCOMPARE(tooLarge.size, 7 * 1024 * 1024);

    const images::Check missing = images::fromFile(dir.filePath(u"missing.png"_s));
    QCOMPARE(missing.problem, Problem::Unreadable);
    QVERIFY(!missing.detail.isEmpty());
}

void TestImageAttachment::sizes()
{
    QCOMPARE(images::sizeText(512), u"512 B"_s);
    QCOMPARE(images::sizeText(12 * 1024), u"12 KB"_s);
    QCOMPARE(images::sizeText(5 * 1024 * 1024), u"5.0 MB"_s);
}

QTEST_GUILESS_MAIN(TestImageAttachment)
#include "tst_imageattachment.moc"
