// The access doctor dialog offscreen (steps, why, fix commands and their Copy buttons, Rerun), and
// the way in from a pane's error: its "Check access…" link opens the doctor for that pane's model
// and location.
#include "common/demowindow.h"
#include "common/loopbackclient.h"
#include "comparisonview.h"
#include "doctordialog.h"
#include "prompteditor.h"
#include "responsepane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

DoctorCredentials testCredentials()
{
    return {u"the test token"_s, {}};
}

} // namespace

class TestDoctorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsStepsWhyAndCopiesTheFix();
    void rerunAfterTheFixPassesEveryStep();
    void paneErrorLinkOpensTheDoctorForThatPane();
    void toolsMenuOpensTheDoctorForTheActivePane();

private:
    static bool runAndWait(DoctorDialog &dialog);
    test::LoopbackClient m_loop;
};

void TestDoctorDialog::init()
{
    QVERIFY(m_loop.start(0));
}

void TestDoctorDialog::cleanup()
{
    m_loop.client.reset();
    m_loop.emulator.reset();
}

bool TestDoctorDialog::runAndWait(DoctorDialog &dialog)
{
    QSignalSpy finished(&dialog.doctor(), &AccessDoctor::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
    return finished.wait(60'000);
}

void TestDoctorDialog::showsStepsWhyAndCopiesTheFix()
{
    m_loop.emulator->setAccessScenario(AccessScenario::NoPredictPermission);
    DoctorDialog dialog(*m_loop.client, testCredentials);
    dialog.setModel(u"claude-sonnet-4-5"_s);
    dialog.setLocation(u"us-east5"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"projectEdit"_s)->text(), u"test-project"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"modelComboBox"_s)->currentData().toString(), u"claude-sonnet-4-5"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"locationComboBox"_s)->currentText(), u"us-east5"_s);
    QCOMPARE(dialog.findChildren<QFrame *>(QRegularExpression(u"^step_"_s)).size(), 6); // planned before a run
    // Tab follows the form: project, model, location, Run.
    QWidget *project = dialog.findChild<QLineEdit *>(u"projectEdit"_s);
    QWidget *model = dialog.findChild<QComboBox *>(u"modelComboBox"_s);
    QWidget *location = dialog.findChild<QComboBox *>(u"locationComboBox"_s);
    QCOMPARE(project->nextInFocusChain(), model);
    QCOMPARE(model->nextInFocusChain(), location);
    QVERIFY(location->nextInFocusChain() == dialog.findChild<QPushButton *>(u"runButton"_s) ||
            location->nextInFocusChain()->parentWidget() == location); // an editable combo's own line edit

    QVERIFY(runAndWait(dialog));
    QTRY_COMPARE(dialog.findChild<QFrame *>(u"step_permission"_s)->property("status").toString(), u"fail"_s);
    QCOMPARE(dialog.findChild<QFrame *>(u"step_project"_s)->property("status").toString(), u"pass"_s);
    QCOMPARE(dialog.findChild<QFrame *>(u"step_model"_s)->property("status").toString(), u"skipped"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"doctorSummary"_s)->text().contains(u"failed"_s));

    QFrame *permission = dialog.findChild<QFrame *>(u"step_permission"_s);
    const QString why = permission->findChild<QLabel *>(u"stepWhy"_s)->text();
    QVERIFY2(why.contains(u"does not hold aiplatform.endpoints.predict on project test-project"_s), qPrintable(why));
    auto *command = permission->findChild<QLineEdit *>(u"fixCommand"_s);
    QVERIFY(command && command->isReadOnly());
    QVERIFY(command->font().fixedPitch() || command->font().styleHint() == QFont::Monospace ||
            QFontInfo(command->font()).fixedPitch());
    const QString expected = u"gcloud projects add-iam-policy-binding test-project --member=user:YOUR_EMAIL "
                             "--role=roles/aiplatform.user"_s;
    QCOMPARE(command->text(), expected);
    QApplication::clipboard()->clear();
    QTest::mouseClick(permission->findChild<QToolButton *>(u"copyFixButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), expected);

    if (const QString dir = qEnvironmentVariable("MAAS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"doctor-dialog.png"_s)));
    }
}

void TestDoctorDialog::rerunAfterTheFixPassesEveryStep()
{
    m_loop.emulator->setAccessScenario(AccessScenario::ModelNotEnabled);
    DoctorDialog dialog(*m_loop.client, testCredentials);
    dialog.setModel(u"meta/llama-3.3-70b-instruct-maas"_s); // an exact request id is found in the catalog too
    dialog.setLocation(u"us-central1"_s);
    dialog.show();
    QVERIFY(runAndWait(dialog));
    QFrame *model = dialog.findChild<QFrame *>(u"step_model"_s);
    QCOMPARE(model->property("status").toString(), u"fail"_s);
    QStringList commands;
    for (const QLineEdit *edit : model->findChildren<QLineEdit *>(u"fixCommand"_s))
        commands << edit->text();
    QVERIFY2(commands.contains(u"https://console.cloud.google.com/vertex-ai/publishers/meta/model-garden/"
                               "llama-3.3-70b-instruct-maas?project=test-project"_s),
             qPrintable(commands.join(u'\n')));
    auto *run = dialog.findChild<QPushButton *>(u"runButton"_s);
    QCOMPARE(run->text(), u"&Rerun"_s);

    m_loop.emulator->setAccessScenario(AccessScenario::AllowAll); // the model was enabled meanwhile
    QVERIFY(runAndWait(dialog));
    QTRY_COMPARE(dialog.findChild<QFrame *>(u"step_model"_s)->property("status").toString(), u"pass"_s);
    for (const QString &id : {u"credentials"_s, u"token"_s, u"project"_s, u"permission"_s})
        QCOMPARE(dialog.findChild<QFrame *>(u"step_"_s + id)->property("status").toString(), u"pass"_s);
    QCOMPARE(dialog.findChild<QFrame *>(u"step_global"_s)->property("status").toString(), u"skipped"_s);
    QTRY_VERIFY(dialog.findChildren<QLineEdit *>(u"fixCommand"_s).isEmpty()); // the old rows are gone
    QVERIFY(dialog.findChild<QLabel *>(u"doctorSummary"_s)->text().startsWith(u"No step failed"_s));
}

void TestDoctorDialog::paneErrorLinkOpensTheDoctorForThatPane()
{
    test::DemoWindow demo;
    QVERIFY(demo.open(m_loop));
    ResponsePane *pane = demo.window->comparisonView()->pane(0);
    pane->setModelId(u"claude-sonnet-4-5"_s);
    pane->setLocation(u"us-east5"_s);
    m_loop.emulator->setAccessScenario(AccessScenario::ModelNotEnabled);
    demo.window->promptEditor()->setUserPrompt(u"Hello"_s);
    demo.window->controller()->runAll();
    auto *error = pane->findChild<QLabel *>(u"paneError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30'000);
    QVERIFY2(error->text().contains(u"<a href=\"maas:check-access\">Check access…</a>"_s), qPrintable(error->text()));
    QVERIFY(error->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));

    QSignalSpy asked(pane, &ResponsePane::accessCheckRequested);
    Q_EMIT error->linkActivated(u"maas:check-access"_s);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toInt(), 0);
    QCOMPARE(asked.first().at(1).toString(), u"claude-sonnet-4-5"_s);
    QCOMPARE(asked.first().at(2).toString(), u"us-east5"_s);

    // MainWindow opened the doctor for that pane and started it.
    auto *dialog = demo.window->findChild<DoctorDialog *>(u"doctorDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->modelId(), u"claude-sonnet-4-5"_s);
    QCOMPARE(dialog->location(), u"us-east5"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->doctor().isRunning(), 30'000);
    QCOMPARE(dialog->doctor().steps().at(4).status, StepStatus::Fail);
    if (const QString dir = qEnvironmentVariable("MAAS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(demo.window->grab().save(QDir(dir).filePath(u"pane-error.png"_s)));
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"doctor-from-pane.png"_s)));
    }
    demo.close(10'000);
}

void TestDoctorDialog::toolsMenuOpensTheDoctorForTheActivePane()
{
    test::DemoWindow demo;
    QVERIFY(demo.open(m_loop));
    demo.window->comparisonView()->pane(0)->setModelId(u"mistral-medium-3"_s);
    demo.window->comparisonView()->pane(0)->setLocation(u"europe-west4"_s);
    auto *action = demo.window->findChild<QAction *>(u"accessDoctorAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = demo.window->findChild<DoctorDialog *>(u"doctorDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->modelId(), u"mistral-medium-3"_s);
    QCOMPARE(dialog->location(), u"europe-west4"_s);
    QVERIFY(!dialog->doctor().isRunning()); // from the menu it waits for Run

    // Asking again reuses the window, pointed at the other pane.
    demo.window->showAccessDoctor(u"llama-3.3-70b"_s, u"us-central1"_s);
    QCOMPARE(demo.window->findChildren<DoctorDialog *>().size(), 1);
    QCOMPARE(dialog->modelId(), u"llama-3.3-70b"_s);
    QCOMPARE(dialog->location(), u"us-central1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->doctor().isRunning(), 30'000);
    QVERIFY(dialog->doctor().passed());
    demo.close(10'000);
}

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
