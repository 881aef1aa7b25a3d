#pragma once

// The main window in offline-demo mode on a LoopbackClient, with a settings file of its own: where
// the workspace tests start.

#include "common/loopbackclient.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "mainwindow.h"
#include "responsepane.h"
#include "settings/settings.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace maas::test {

struct DemoWindow
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;

    // A fresh window (fresh settings) at 1366 x 800; false when it never got exposed.
    bool open(LoopbackClient &loop)
    {
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile::remove(path);
        settings = std::make_unique<Settings>(path);
        window = std::make_unique<MainWindow>(*settings, loop.catalog, *loop.client, QStringLiteral("Offline demo"),
                                              true, QDate(2026, 11, 27));
        window->resize(1366, 800);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // As many panes as ids, pane i showing ids[i].
    void setModels(const QStringList &ids)
    {
        ComparisonView *view = window->comparisonView();
        while (view->paneCount() < ids.size())
            view->addPane();
        while (view->paneCount() > ids.size())
            view->removePane(view->paneCount() - 1);
        for (int i = 0; i < ids.size(); ++i)
            view->pane(i)->setModelId(ids.at(i));
    }

    // Lets running streams end (up to timeoutMs), then closes the window.
    void close(int timeoutMs)
    {
        if (window)
            (void)QTest::qWaitFor([this] { return !window->controller()->isRunning(); }, timeoutMs);
        window.reset();
        settings.reset();
    }
};

} // namespace maas::test
