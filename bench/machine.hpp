// What the machine itself can do, measured in the same run: the disk's
// sequential write bandwidth and the latency of one small fdatasync.
#pragma once

#include <filesystem>

namespace bench {

struct MachineLimits {
  double write_mb_per_s = 0;  // 256 MiB written in 1 MiB blocks, then synced
  double fdatasync_median_us = 0;
  double fdatasync_p99_us = 0;
};

MachineLimits measure_machine(const std::filesystem::path& dir);

}  // namespace bench
