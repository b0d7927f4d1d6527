// The ways a journal can append a frame, side by side on the same disk: the
// engine's (a copy into space reserved ahead and mapped), pwrite, and
// io_uring with and without a kernel submission thread (SQPOLL). It decides
// whether an io_uring append path would win any phase of the benchmark.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace bench {

// Figures by name: "<path>, <what>" -> microseconds per frame. Empty when
// the benchmark was built without liburing.
std::map<std::string, double> measure_append_paths(const std::filesystem::path& dir);

}  // namespace bench
