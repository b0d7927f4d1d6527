// The journal's past in emdb-browser-bench: the History of one record, the
// Removed Records of the default namespace and a comparison with a copy of
// the file, each run through its dialog in `window` (the file open there)
// as a user would, timed from the click to the result, with the longest
// event-loop stall meanwhile. Prints one line each; false when a dialog
// gave no result within ten minutes.
#pragma once

#include <QByteArray>
#include <QString>

namespace browser {
class MainWindow;
}

bool measurePast(browser::MainWindow& window, const QByteArray& changedKey, const QString& copy);
