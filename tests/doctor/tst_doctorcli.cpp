// `maas-cli doctor` against `maas-emulator --scenario NAME`: what it prints and its exit code.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDoctorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void allowedPassesEveryStep();
    void missingPermissionFailsWithTheGrantCommand();
    void jsonLinesOnePerStep();
    void scenarioNamesAreChecked();
    void badProjectIsAUsageError();

private:
    QString startEmulator(const QString &scenario); // the base URL
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run doctor(const QStringList &arguments);

    std::unique_ptr<QProcess> m_emulator;
};

void TestDoctorCli::cleanup()
{
    if (m_emulator) {
        m_emulator->terminate();
        m_emulator->waitForFinished(10000);
        m_emulator.reset();
    }
}

QString TestDoctorCli::startEmulator(const QString &scenario)
{
    m_emulator = std::make_unique<QProcess>();
    m_emulator->start(QStringLiteral(MAAS_EMULATOR_EXE), {u"--speed"_s, u"0"_s, u"--scenario"_s, scenario});
    if (!m_emulator->waitForStarted(10000))
        return {};
    while (!m_emulator->canReadLine())
        if (!m_emulator->waitForReadyRead(10000))
            return {};
    return QString::fromUtf8(m_emulator->readLine()).trimmed();
}

TestDoctorCli::Run TestDoctorCli::doctor(const QStringList &arguments)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MAAS_ACCESS_TOKEN"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(MAAS_CLI_EXE), QStringList{u"doctor"_s} + arguments);
    Run run;
    if (!cli.waitForFinished(60000))
        return run;
    run.exitCode = cli.exitCode();
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

void TestDoctorCli::allowedPassesEveryStep()
{
    const QString base = startEmulator(u"everything-allowed"_s);
    QVERIFY(base.startsWith(u"http://127.0.0.1:"));
    const Run run = doctor({u"--endpoint"_s, base, u"--project"_s, u"cli-project"_s, u"--location"_s, u"us-east5"_s,
                            u"--model"_s, u"claude-sonnet-4-5"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(
        lines.first().startsWith(u"Access doctor: project cli-project, location us-east5, model Claude Sonnet 4.5"));
    QCOMPARE(lines.filter(u"✓ "_s).size(), 6);
    QVERIFY(run.out.contains(u"✓ Project reachable — cli-project (project number "_s));
    QVERIFY(!run.out.contains(u"✗"_s));
}

void TestDoctorCli::missingPermissionFailsWithTheGrantCommand()
{
    const QString base = startEmulator(u"no-predict-permission"_s);
    // The location defaults to the model's default one (global for Claude Sonnet 4.5).
    const Run run =
        doctor({u"--endpoint"_s, base, u"--project"_s, u"cli-project"_s, u"--model"_s, u"claude-sonnet-4-5"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"location global"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"✗ Caller holds aiplatform.endpoints.predict\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\n      $ gcloud projects add-iam-policy-binding cli-project --member=user:YOUR_EMAIL "
                              "--role=roles/aiplatform.user\n"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"– Model enabled and served at the location (skipped: "_s));
    QVERIFY(run.out.contains(u"✓ Access token obtained"_s));
}

void TestDoctorCli::jsonLinesOnePerStep()
{
    const QString base = startEmulator(u"zero-quota"_s);
    const Run run = doctor(
        {u"--endpoint"_s, base, u"--project"_s, u"cli-project"_s, u"--model"_s, u"llama-3.3-70b"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QStringList ids;
    for (const QString &line : lines)
        ids << QJsonDocument::fromJson(line.toUtf8()).object().value("id"_L1).toString();
    QCOMPARE(ids, (QStringList{u"credentials"_s, u"token"_s, u"project"_s, u"permission"_s, u"model"_s, u"global"_s}));
    const QJsonObject model = QJsonDocument::fromJson(lines.at(4).toUtf8()).object();
    QCOMPARE(model.value("status"_L1).toString(), u"fail"_s);
    QVERIFY(QJsonDocument(model).toJson().contains("iam-admin/quotas?project=cli-project"));
}

void TestDoctorCli::scenarioNamesAreChecked()
{
    QProcess emulator;
    emulator.start(QStringLiteral(MAAS_EMULATOR_EXE), {u"--scenario"_s, u"everything-denied"_s});
    QVERIFY(emulator.waitForFinished(10000));
    QCOMPARE(emulator.exitCode(), 2);
    QVERIFY(emulator.readAllStandardError().contains("unknown --scenario 'everything-denied'; use one of: "
                                                     "everything-allowed, token-revoked"));
    emulator.start(QStringLiteral(MAAS_EMULATOR_EXE), {u"--help"_s});
    QVERIFY(emulator.waitForFinished(10000));
    const QByteArray help = emulator.readAllStandardOutput();
    for (const char *name : {"project-not-found", "api-disabled", "model-not-in-region", "global-blocked-by-org-policy",
                             "testIamPermissions"})
        QVERIFY2(help.contains(name), name);
}

void TestDoctorCli::badProjectIsAUsageError()
{
    const Run run = doctor({u"--project"_s, u"My Project"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"'My Project' is not a project id"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestDoctorCli)
#include "tst_doctorcli.moc"
