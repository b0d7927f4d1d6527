// A value search in emdb-browser-bench: text typed into the filter bar's
// Value field of `window` (the file open there), timed from Enter to the
// first matching row and to the end of the scan, with the longest
// event-loop stall meanwhile. Prints one line; false when the scan did not
// end within ten minutes.
#pragma once

#include <QString>

namespace browser {
class MainWindow;
}

bool measureValueSearch(browser::MainWindow& window, const QString& text);
