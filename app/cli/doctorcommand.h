#pragma once

#include "doctor/accessdoctor.h"

#include <QString>

namespace maas::cli {

// "✓ Credentials found — Using …", then the why and each fix ("$ command", "open URL") indented below.
QString doctorStepText(const DoctorStep &step);
QJsonObject doctorStepJson(const DoctorStep &step);

// Runs the access doctor, printing each step as it finishes (text, or JSON Lines with json).
// Returns the exit code: 0 when no step failed, 1 otherwise.
int runDoctorCommand(AccessDoctor &doctor, const DoctorRequest &request, const QString &heading, bool json);

} // namespace maas::cli
