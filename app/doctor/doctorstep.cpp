#include "doctor/doctorstep.h"

#include "catalog/modelinfo.h"
#include "doctor/accessdoctor.h"

using namespace Qt::StringLiterals;

namespace maas {

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return u"pending"_s;
    case StepStatus::Pass:
        return u"pass"_s;
    case StepStatus::Warning:
        return u"warning"_s;
    case StepStatus::Fail:
        return u"fail"_s;
    case StepStatus::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString stepStatusMark(StepStatus status)
{
    switch (status) {
    case StepStatus::Pass:
        return u"✓"_s;
    case StepStatus::Fail:
        return u"✗"_s;
    case StepStatus::Warning:
        return u"!"_s;
    case StepStatus::Skipped:
        return u"–"_s;
    case StepStatus::Pending:
        return u"·"_s;
    }
    return {};
}

namespace doctorfix {

QString member(const QString &email)
{
    if (email.isEmpty())
        return u"user:YOUR_EMAIL"_s;
    if (email.endsWith(u".gserviceaccount.com"))
        return u"serviceAccount:"_s + email;
    return u"user:"_s + email;
}

QString grantRole(const QString &project, const QString &email, const QString &role)
{
    return u"gcloud projects add-iam-policy-binding %1 --member=%2 --role=%3"_s.arg(project, member(email), role);
}

QString enableService(const QString &project, const QString &service)
{
    return u"gcloud services enable %1 --project %2"_s.arg(service, project);
}

QString modelGardenUrl(const ModelInfo &model, const QString &project)
{
    QString name = model.requestId.section(u'@', 0, 0);
    name = name.section(u'/', -1); // "meta/llama-…-maas" → "llama-…-maas"
    return u"https://console.cloud.google.com/vertex-ai/publishers/%1/model-garden/%2?project=%3"_s.arg(model.publisher,
                                                                                                        name, project);
}

QString quotaUrl(const QString &project)
{
    return u"https://console.cloud.google.com/iam-admin/quotas?project=%1&service=aiplatform.googleapis.com"_s.arg(
        project);
}

QString describeEndpointPolicy(const QString &project)
{
    return u"gcloud org-policies describe gcp.restrictEndpointUsage --project=%1 --effective"_s.arg(project);
}

QList<DoctorFix> signIn()
{
    return {
        {AccessDoctor::tr("Sign in again for Application Default Credentials"),
         u"gcloud auth application-default login"_s},
        {AccessDoctor::tr("Or sign in the gcloud CLI (the \"gcloud CLI login\" source)"), u"gcloud auth login"_s},
        {AccessDoctor::tr("With a service-account key: make sure the key and the account still exist and are "
                          "enabled, or create a new key"),
         u"gcloud iam service-accounts keys list --iam-account=SERVICE_ACCOUNT_EMAIL"_s},
    };
}

} // namespace doctorfix
} // namespace maas
