#pragma once

// Golden-file comparison for QtTest: compares text with a file under tests/data and, on a
// difference, prints `diff -u expected actual`. MAAS_UPDATE_GOLDEN=1 rewrites the file instead.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace maas::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(MAAS_TEST_DATA) + u'/' + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Returns true when actual equals the golden file; otherwise prints the diff and returns false.
inline bool matchesGolden(const QByteArray &actual, const QString &relative)
{
    const QString path = dataPath(relative);
    if (qEnvironmentVariableIntValue("MAAS_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        out.write(actual);
        qInfo("updated golden file %s", qPrintable(path));
        return true;
    }
    QFile expectedFile(path);
    const QByteArray expected = expectedFile.open(QIODevice::ReadOnly) ? expectedFile.readAll() : QByteArray();
    if (expected == actual)
        return true;
    QTemporaryDir dir;
    const QString actualPath = dir.filePath(QFileInfo(path).fileName() + u".actual");
    QFile actualFile(actualPath);
    if (actualFile.open(QIODevice::WriteOnly))
        actualFile.write(actual);
    actualFile.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), path, actualPath});
    diff.waitForFinished();
    qWarning("golden file %s differs (MAAS_UPDATE_GOLDEN=1 rewrites it):\n%s", qPrintable(path),
             diff.readAllStandardOutput().constData());
    return false;
}

} // namespace maas::test
