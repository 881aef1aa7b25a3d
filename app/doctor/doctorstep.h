#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace maas {

struct ModelInfo;

enum class StepStatus
{
    Pending, // not run yet
    Pass,
    Warning, // worth knowing, does not stop the model from answering here
    Fail,
    Skipped, // an earlier step failed; `why` says which
};

// One way to fix a finding: advice, and the exact shell command or console URL when there is one.
struct DoctorFix
{
    QString text;    // "Grant the Vertex AI User role (needs an administrator of the project)"
    QString command; // "gcloud projects add-iam-policy-binding …" or "https://console.cloud.google.com/…"; may be empty
};

// The result of one check of the access doctor.
struct DoctorStep
{
    QString id; // credentials, token, project, permission, model, global
    StepStatus status = StepStatus::Pending;
    QString title;
    QString found; // what the check saw: the credential source, the identity, the project number, …
    QString why;   // why it failed, warned or was skipped
    QList<DoctorFix> fixes;
};

QString stepStatusName(StepStatus status); // "pass", "fail", ...
// A one-character mark that reads without colour: ✓ pass, ✗ fail, ! warning, – skipped, · pending.
QString stepStatusMark(StepStatus status);

// The commands and links the doctor's fixes use, with the project and principal filled in.
namespace doctorfix {

// "user:EMAIL", "serviceAccount:EMAIL" for *.gserviceaccount.com, "user:YOUR_EMAIL" when unknown.
QString member(const QString &email);
QString grantRole(const QString &project, const QString &email, const QString &role);
QString enableService(const QString &project, const QString &service);
// The model's Model Garden card, where it is enabled ("Enable" / "Agree").
QString modelGardenUrl(const ModelInfo &model, const QString &project);
QString quotaUrl(const QString &project);
QString describeEndpointPolicy(const QString &project);
// Sign-in commands for a token that could not be obtained or was rejected.
QList<DoctorFix> signIn();

} // namespace doctorfix
} // namespace maas

Q_DECLARE_METATYPE(maas::DoctorStep)
