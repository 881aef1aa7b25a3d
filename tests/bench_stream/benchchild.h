#pragma once

// The measured side of bench_stream: one process per measurement, started by the driver with
// `--child product|bare|idle [--speed F] [--turns N]`; prints one "result key=value ..." line.

namespace maas::bench {

int runChildMode(int argc, char **argv);

} // namespace maas::bench
