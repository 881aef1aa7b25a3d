#include "common/clock.h"

namespace maas {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace maas
