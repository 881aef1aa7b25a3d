// The bare-Qt floor of M8 (performance.md §5): a widgets window shaped like MaaS Playground's (menu
// bar, a tree and text panes in splitters, a status bar) at the same size, with no app logic. With
// MAAS_BENCH_FIRST_PAINT set it prints CLOCK_MONOTONIC at the end of its first paint and quits,
// as maas-playground does.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once this paint (the whole window's first flush) has returned.
            QTimer::singleShot(0, this, [] {
                timespec ts{};
                clock_gettime(CLOCK_MONOTONIC, &ts);
                std::printf("first_paint_ns=%lld\n", static_cast<long long>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s);
    window.menuBar()->addMenu(u"&View"_s);
    auto *main = new QSplitter(Qt::Horizontal, &window);
    main->addWidget(new QTreeView(main));
    auto *right = new QSplitter(Qt::Vertical, main);
    auto *prompt = new QWidget(right);
    auto *promptSplit = new QSplitter(Qt::Vertical, prompt);
    promptSplit->addWidget(new QPlainTextEdit(promptSplit));
    promptSplit->addWidget(new QPlainTextEdit(promptSplit));
    right->addWidget(promptSplit);
    auto *panes = new QSplitter(Qt::Horizontal, right);
    for (int i = 0; i < 2; ++i)
        panes->addWidget(new QTextEdit(panes));
    right->addWidget(panes);
    main->addWidget(right);
    window.setCentralWidget(main);
    window.statusBar()->addWidget(new QLabel(u"Ready"_s));
    window.statusBar()->addWidget(new QPushButton(u"Run"_s));
    window.resize(1400, 860);
    if (qEnvironmentVariableIsSet("MAAS_BENCH_FIRST_PAINT"))
        window.installEventFilter(new FirstPaint(&window));
    window.show();
    return QApplication::exec();
}
