// The demo database a new user can open at once: namespaces of users,
// sessions, configuration, assets and metrics, with JSON, XML, YAML, TOML,
// Markdown, HTML, plain text, images and binary values, some with TTLs.
#pragma once

#include <QString>
#include <emdb/emdb.hpp>

namespace browser {

struct SampleSummary {
  qint64 records = 0;
  qint64 namespaces = 0;
};

// Writes the sample into the new database at `path` (refused if the file
// exists). `progress` sees records written. Runs engine calls: worker thread only.
emdb::Result<SampleSummary> createSampleDatabase(const QString& path, const emdb::Progress& progress = {});

}  // namespace browser
