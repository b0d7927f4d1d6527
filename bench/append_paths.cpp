#include "append_paths.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <functional>
#include <string>

#ifdef EMDB_BENCH_URING
#include <liburing.h>
#endif

#include "stores.hpp"

namespace bench {
namespace {

using clock_type = std::chrono::steady_clock;

constexpr std::size_t kFrame = 215;  // a 24-byte key and a 150-byte value, framed
constexpr int kUnsynced = 50'000;
constexpr int kDurable = 1'000;

// One file per measurement, reserved ahead and mapped like the engine's journal.
class File {
 public:
  explicit File(const std::filesystem::path& p) : path_(p) {
    fd_ = ::open(p.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (fd_ < 0) die("cannot create " + p.string());
    if (::fallocate(fd_, 0, 0, kCapacity) != 0) die("fallocate failed");
    void* m = ::mmap(nullptr, kCapacity, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, 0);
    if (m == MAP_FAILED) die("mmap failed");
    map_ = static_cast<char*>(m);
  }
  ~File() {
    ::munmap(map_, kCapacity);
    ::close(fd_);
    std::filesystem::remove(path_);
  }
  int fd() const { return fd_; }
  char* map() const { return map_; }

 private:
  static constexpr off_t kCapacity = 64 << 20;
  std::filesystem::path path_;
  int fd_ = -1;
  char* map_ = nullptr;
};

double us_per(int n, const std::function<void(int)>& step) {
  const auto t = clock_type::now();
  for (int i = 0; i < n; ++i) step(i);
  return std::chrono::duration<double, std::micro>(clock_type::now() - t).count() / n;
}

void must_pwrite(int fd, const std::string& frame, off_t at) {
  if (::pwrite(fd, frame.data(), frame.size(), at) != ssize_t(frame.size())) die("pwrite failed");
}

#ifdef EMDB_BENCH_URING
// A ring; `sqpoll` adds the kernel thread that polls submissions.
class Ring {
 public:
  explicit Ring(bool sqpoll) {
    io_uring_params p{};
    if (sqpoll) {
      p.flags = IORING_SETUP_SQPOLL;
      p.sq_thread_idle = 1000;
    }
    if (const int rc = io_uring_queue_init_params(64, &ring_, &p); rc < 0)
      die(std::string("io_uring setup failed: ") + std::strerror(-rc));
  }
  ~Ring() { io_uring_queue_exit(&ring_); }

  // Writes the frame at `at` and, when `sync`, makes it durable (a linked
  // fdatasync in the same submission); returns once both completed.
  void append(int fd, const std::string& frame, off_t at, bool sync) {
    io_uring_sqe* w = io_uring_get_sqe(&ring_);
    io_uring_prep_write(w, fd, frame.data(), unsigned(frame.size()), std::uint64_t(at));
    int n = 1;
    if (sync) {
      w->flags |= IOSQE_IO_LINK;
      io_uring_sqe* f = io_uring_get_sqe(&ring_);
      io_uring_prep_fsync(f, fd, IORING_FSYNC_DATASYNC);
      n = 2;
    }
    if (io_uring_submit_and_wait(&ring_, unsigned(n)) < 0) die("io_uring submit failed");
    for (int i = 0; i < n; ++i) {
      io_uring_cqe* c = nullptr;
      if (io_uring_wait_cqe(&ring_, &c) < 0 || c->res < 0) die("io_uring write failed");
      io_uring_cqe_seen(&ring_, c);
    }
  }

 private:
  io_uring ring_{};
};
#endif

}  // namespace

std::map<std::string, double> measure_append_paths(const std::filesystem::path& dir) {
  std::map<std::string, double> r;
#ifdef EMDB_BENCH_URING
  const std::string frame(kFrame, 'f');
  for (const bool durable : {false, true}) {
    const int n = durable ? kDurable : kUnsynced;
    const std::string what = durable ? ", durable each (us)" : ", without sync (us)";
    {
      File f(dir / "append.bin");
      r["copy into the mapping" + what] = us_per(n, [&](int i) {
        std::memcpy(f.map() + std::size_t(i) * kFrame, frame.data(), kFrame);
        if (durable && ::fdatasync(f.fd()) != 0) die("fdatasync failed");
      });
    }
    {
      File f(dir / "append.bin");
      r["pwrite" + what] = us_per(n, [&](int i) {
        must_pwrite(f.fd(), frame, off_t(i) * off_t(kFrame));
        if (durable && ::fdatasync(f.fd()) != 0) die("fdatasync failed");
      });
    }
    for (const bool sqpoll : {false, true}) {
      File f(dir / "append.bin");
      Ring ring(sqpoll);
      r[std::string(sqpoll ? "io_uring SQPOLL" : "io_uring") + what] =
          us_per(n, [&](int i) { ring.append(f.fd(), frame, off_t(i) * off_t(kFrame), durable); });
    }
  }
#else
  (void)dir;
#endif
  return r;
}

}  // namespace bench
