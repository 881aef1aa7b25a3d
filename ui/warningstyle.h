#pragma once

#include <QLatin1StringView>

namespace maas {

// A label that says something is wrong: one colour for every warning label of the app.
inline constexpr QLatin1StringView kWarningLabelStyle{"QLabel { color: #b3261e; }"};

} // namespace maas
