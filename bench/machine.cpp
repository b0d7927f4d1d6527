#include "machine.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "stores.hpp"

namespace bench {

MachineLimits measure_machine(const std::filesystem::path& dir) {
  using clock = std::chrono::steady_clock;
  MachineLimits m;
  const auto file = dir / "machine.bin";
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) die("cannot create " + file.string());
  const std::string block(1 << 20, 'x');
  constexpr int kBlocks = 256;
  const auto t0 = clock::now();
  for (int i = 0; i < kBlocks; ++i)
    if (::write(fd, block.data(), block.size()) != ssize_t(block.size())) die("write failed");
  ::fdatasync(fd);
  const double secs = std::chrono::duration<double>(clock::now() - t0).count();
  m.write_mb_per_s = kBlocks / secs;
  std::vector<double> lat;
  const std::string small(200, 'y');
  for (int i = 0; i < 300; ++i) {
    if (::write(fd, small.data(), small.size()) != ssize_t(small.size())) die("write failed");
    const auto s = clock::now();
    ::fdatasync(fd);
    lat.push_back(std::chrono::duration<double, std::micro>(clock::now() - s).count());
  }
  ::close(fd);
  std::filesystem::remove(file);
  std::sort(lat.begin(), lat.end());
  m.fdatasync_median_us = lat[lat.size() / 2];
  m.fdatasync_p99_us = lat[lat.size() * 99 / 100];
  return m;
}

}  // namespace bench
