#include "doctorcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace maas::cli {

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

QString doctorStepText(const DoctorStep &step)
{
    QString text = stepStatusMark(step.status) + u' ' + step.title;
    if (!step.found.isEmpty())
        text += u" — "_s + step.found;
    if (step.status == StepStatus::Skipped)
        text += u" (skipped: "_s + step.why + u')';
    else if (!step.why.isEmpty())
        text += u"\n    "_s + step.why;
    for (const DoctorFix &fix : step.fixes) {
        if (!fix.text.isEmpty())
            text += u"\n    fix: "_s + fix.text;
        if (fix.command.startsWith(u"https://"))
            text += u"\n      open "_s + fix.command;
        else if (!fix.command.isEmpty())
            text += u"\n      $ "_s + fix.command;
    }
    return text;
}

QJsonObject doctorStepJson(const DoctorStep &step)
{
    QJsonArray fixes;
    for (const DoctorFix &fix : step.fixes)
        fixes.append(QJsonObject{{u"text"_s, fix.text}, {u"command"_s, fix.command}});
    return QJsonObject{{u"id"_s, step.id},       {u"status"_s, stepStatusName(step.status)},
                       {u"title"_s, step.title}, {u"found"_s, step.found},
                       {u"why"_s, step.why},     {u"fixes"_s, fixes}};
}

int runDoctorCommand(AccessDoctor &doctor, const DoctorRequest &request, const QString &heading, bool json)
{
    if (!json)
        print(heading);
    // Steps are printed in order once final; Skipped ones arrive together at the end.
    int printed = 0;
    const auto flush = [&doctor, &printed, json] {
        const QList<DoctorStep> &steps = doctor.steps();
        while (printed < steps.size() && steps.at(printed).status != StepStatus::Pending) {
            const DoctorStep &step = steps.at(printed++);
            print(json ? QString::fromUtf8(QJsonDocument(doctorStepJson(step)).toJson(QJsonDocument::Compact))
                       : doctorStepText(step));
        }
    };
    QObject::connect(&doctor, &AccessDoctor::stepChanged, &doctor, [flush] { flush(); });
    QObject::connect(&doctor, &AccessDoctor::finished, &doctor, [flush](bool passed) {
        flush();
        QCoreApplication::exit(passed ? 0 : 1);
    });
    doctor.run(request);
    return QCoreApplication::exec();
}

} // namespace maas::cli
