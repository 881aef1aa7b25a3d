#pragma once

#include <QPalette>

namespace maas {

// The dark palette of `--dark` and of the dark-mode tests and screenshots (Breeze Dark colours).
QPalette darkPalette();

} // namespace maas
