// The engine's reader-writer lock: std::shared_mutex, except on Windows with
// MinGW, whose std::shared_mutex is a pthread rwlock made with the static
// initializer and never destroyed, so the two semaphores winpthreads makes
// on its first use leak with every lock (every open and close of a
// database). There it is an SRWLOCK, which owns nothing. Meets the standard
// SharedMutex requirements (std::unique_lock, std::shared_lock).
#pragma once

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <shared_mutex>
#endif

namespace emdb::detail {

#ifdef _WIN32
class SharedMutex {
 public:
  SharedMutex() = default;
  SharedMutex(const SharedMutex&) = delete;
  SharedMutex& operator=(const SharedMutex&) = delete;

  void lock() noexcept { ::AcquireSRWLockExclusive(&lock_); }
  bool try_lock() noexcept { return ::TryAcquireSRWLockExclusive(&lock_) != 0; }
  void unlock() noexcept { ::ReleaseSRWLockExclusive(&lock_); }
  void lock_shared() noexcept { ::AcquireSRWLockShared(&lock_); }
  bool try_lock_shared() noexcept { return ::TryAcquireSRWLockShared(&lock_) != 0; }
  void unlock_shared() noexcept { ::ReleaseSRWLockShared(&lock_); }

 private:
  SRWLOCK lock_ = SRWLOCK_INIT;
};
#else
using SharedMutex = std::shared_mutex;
#endif

}  // namespace emdb::detail
