// The big-values scenario of emdb-browser-bench: values of the given sizes
// (MiB; text and binary) are selected in the window, scrolled to their end,
// jumped into and paged through; for each step it prints how long the first
// rows took and the longest event-loop stall, and the process's own memory
// (anonymous, above what it was before) at its peak. `encrypted`: the
// database is encrypted (AES-256-GCM, a raw key).
#pragma once

#include <QList>
#include <QString>

int runBigValues(const QString& dir, const QList<double>& sizesMiB, bool encrypted);
