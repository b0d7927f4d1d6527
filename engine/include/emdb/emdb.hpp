// emdb: an embedded key-value database that reads and writes emdb v0.9 files.
// This header is the whole public API.
#pragma once

#include "emdb/database.hpp"
#include "emdb/error.hpp"
#include "emdb/focus.hpp"
#include "emdb/history.hpp"
#include "emdb/iter.hpp"
#include "emdb/keyspace.hpp"
#include "emdb/transaction.hpp"
#include "emdb/types.hpp"
#include "emdb/value_ref.hpp"
#include "emdb/write_batch.hpp"
