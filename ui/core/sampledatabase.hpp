// The demo database a new user can open at once: namespaces of users,
// sessions, configuration, assets and metrics, with JSON, XML, YAML, TOML,
// Markdown, HTML, plain text, images and binary values, some with TTLs.
// Engine-facing: only ui/core and tests include it.
#pragma once

#include <QString>
#include <emdb/emdb.hpp>

#include "workercontext.hpp"

namespace browser {

struct SampleSummary {
  qint64 records = 0;
  qint64 namespaces = 0;
};

// Writes the sample into the new database at `path` (refused if the file
// exists). `progress` sees records written; when it says stop, the result is
// Cancelled. Engine calls: never on the GUI thread (asserted in debug builds).
emdb::Result<SampleSummary> createSampleDatabase(const QString& path, const emdb::Progress& progress = {});
// The same as a worker job: the task's progress and Cancel (asserted to run
// on the worker thread).
emdb::Result<SampleSummary> createSampleDatabase(WorkerContext& ctx, const QString& path);

}  // namespace browser
