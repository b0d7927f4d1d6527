// Private hooks for the engine's own tests: swap the I/O seam and the clock,
// and read internal counters. Not part of the public API.
#pragma once

#include <functional>
#include <memory>

#include "emdb/database.hpp"
#include "engine.hpp"
#include "env.hpp"

namespace emdb::detail {

struct BuilderAccess {
  static void set_env(Builder& b, std::shared_ptr<Env> env) { b.opts_->env = std::move(env); }
  static void set_clock(Builder& b, std::function<std::uint64_t()> clock) { b.opts_->clock = std::move(clock); }
  static void set_background_checkpoint_min(Builder& b, std::uint64_t bytes) {
    b.opts_->background_checkpoint_min = bytes;
  }
  static Engine& engine(const Database& db) { return *db.engine_; }
};

}  // namespace emdb::detail
